import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';
import { clause14Machine } from '../../machines/clause14/index.js';
import { mechanismMachine } from '../../machines/mechanism.js';
import { rolesMachine } from '../../machines/roles.js';
import { sccModuleMachine } from '../../machines/sccModule.js';
import { transferMachine } from '../../machines/transfer.js';
import type { Localized } from '../data/schema.js';

/**
 * The questionnaires a front end can walk through with `POST /v1/wizard/{machine}`. To offer another,
 * add one entry: its machine, the schema of the input it is started with (an empty strict object when it
 * takes none), and its title.
 */

export interface WizardEntry {
  machine: AnyStateMachine;
  /** Validates the optional `input` of a wizard request; the machine is started with the parsed value. */
  inputSchema: z.ZodType;
  title: Localized;
}

const noInput = z.strictObject({});

export const wizardRegistry: Record<string, WizardEntry> = {
  roles: {
    machine: rolesMachine,
    inputSchema: noInput,
    title: { en: 'Role of a party', sv: 'En parts roll' },
  },
  transfer: {
    machine: transferMachine,
    inputSchema: noInput,
    title: { en: 'Is it a transfer under Chapter V?', sv: 'Är det en överföring enligt kapitel V?' },
  },
  mechanism: {
    machine: mechanismMachine,
    inputSchema: noInput,
    title: {
      en: 'On what footing may the transfer take place?',
      sv: 'Med vilket stöd får överföringen ske?',
    },
  },
  sccModule: {
    machine: sccModuleMachine,
    inputSchema: noInput,
    title: {
      en: 'Which SCC module, and what to settle',
      sv: 'Vilken modul av standardavtalsklausulerna som passar och vad parterna ska bestämma',
    },
  },
  clause14: {
    machine: clause14Machine,
    inputSchema: noInput,
    title: {
      en: 'Transfer impact assessment (Clause 14)',
      sv: 'Överföringsbedömning enligt klausul 14 (TIA)',
    },
  },
};

export function wizardNames(): string[] {
  return Object.keys(wizardRegistry);
}

export function wizardFor(name: string): WizardEntry | undefined {
  return Object.hasOwn(wizardRegistry, name) ? wizardRegistry[name] : undefined;
}
