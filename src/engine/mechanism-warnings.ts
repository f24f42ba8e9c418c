import type { MechanismOutput } from '../../machines/mechanism.js';
import type { SccModuleOutput } from '../../machines/sccModule.js';
import type { Localized } from '../data/schema.js';
import type { FlowParties } from './answers.js';
import type { IndexedFlow } from './case-facts.js';
import { texts } from './texts.js';
import type { EngineFlowVerdict } from './types.js';

/**
 * The warnings that follow from the mechanism and the SCC module, as tables: each rule names its code,
 * when it fires, what it says and whether a lawyer must look at it. Read in order; every rule that holds
 * adds its warning.
 */

interface WarningRule<C> {
  code: string;
  when: (c: C) => boolean;
  message: (c: C) => Localized;
  review?: boolean;
  /**
   * For a fact the case leaves out, where the cautious branch was taken: the field that would settle it.
   * Such a rule adds an assumption, said once per case, not a warning on every flow.
   */
  assumes?: (c: C) => string;
}

/** What the rules on alternatives and derogations read. */
export interface MechanismContext {
  f: IndexedFlow;
  parties: FlowParties;
  out: MechanismOutput;
  /** The names of the international organisations with an adequacy decision in force on the date. */
  organisationDecisions: Localized[];
}

/** What the rules on the SCC module read. */
export interface SccContext {
  f: IndexedFlow;
  parties: FlowParties;
  module: SccModuleOutput;
}

export const mechanismRules: readonly WarningRule<MechanismContext>[] = [
  {
    code: 'derogations-restrictive',
    when: ({ out }) => out.derogations.length > 0,
    message: () => texts.derogationsRestrictive,
  },
  {
    // The less cautious branch, stated: derogations for occasional transfers stay listed until it is given.
    code: 'occasional-unknown',
    when: ({ out }) =>
      out.occasional === 'unknown' &&
      out.derogations.some((d) => ['49-1-b', '49-1-c', '49-1-e', '49-1-second'].includes(d)),
    message: ({ out }) => texts.occasionalUnknown(out.derogations),
    assumes: ({ f }) => `${f.path}.occasional`,
  },
  {
    code: 'derogation-conditions',
    when: ({ out }) => out.derogations.length > 0 && texts.derogationConditions(out.derogations).en !== '',
    message: ({ out }) => texts.derogationConditions(out.derogations),
  },
  {
    code: 'derogations-processor-exporter',
    when: ({ out, f }) => out.derogations.length > 0 && f.flow.fromRole === 'processor',
    message: () => texts.derogationsProcessorExporter,
    review: true,
  },
  {
    code: 'alternative-conditions',
    when: ({ out }) => out.alternatives.includes('bcr') || out.alternatives.includes('art46-3b'),
    message: ({ out }) => texts.alternativeConditions(out.alternatives),
  },
  {
    // The cautious branch (machines/mechanism.ts): said once, no review needed for a default that is safe.
    code: 'public-powers-unknown',
    when: ({ out }) => out.publicPowers === 'unknown',
    message: () => texts.publicPowersUnknown,
    assumes: ({ f }) => `${f.path}.publicPowers`,
  },
  {
    code: 'organisation-not-identified',
    when: ({ parties, organisationDecisions }) =>
      parties.importer.party.type === 'international-organisation' &&
      parties.importer.party.organisationId === undefined &&
      organisationDecisions.length > 0,
    message: ({ organisationDecisions }) => texts.organisationNotIdentified(organisationDecisions),
    assumes: ({ parties }) => `${parties.importer.path}.organisationId`,
  },
  {
    code: 'importer-international-organisation',
    when: ({ parties }) => parties.importer.party.type === 'international-organisation',
    message: () => texts.internationalOrganisation,
    review: true,
  },
];

export const sccRules: readonly WarningRule<SccContext>[] = [
  {
    // Modules 2 and 3 meet Art. 28(3) and (4) (Decision (EU) 2021/914, recital 9; Clause 2(a)).
    code: 'art28-met-by-scc',
    when: ({ module }) => module.module === 2 || module.module === 3,
    message: () => texts.art28MetByScc,
  },
  {
    code: 'joint-controllers-module1',
    when: ({ module, f }) => module.module === 1 && f.flow.toRole === 'joint-controller',
    message: () => texts.jointControllersModule1,
    review: true,
  },
  {
    code: 'importer-subject-to-gdpr',
    when: ({ module }) => module.importerSubjectToGdpr === 'yes',
    message: ({ parties }) =>
      texts.importerSubjectToGdpr(
        parties.importer.party.gdprBasis === 'none' ? undefined : parties.importer.party.gdprBasis,
      ),
    review: true,
  },
  {
    code: 'importer-gdpr-status-unknown',
    // Not for an international organisation: its own warning already sends the case to legal review.
    when: ({ module, parties }) =>
      module.importerSubjectToGdpr === 'unknown' &&
      parties.importer.party.type !== 'international-organisation',
    message: () => texts.importerGdprUnknown,
    assumes: ({ parties }) => `${parties.importer.path}.gdprBasis`,
  },
];

/** Adds the warning (or assumption) of every rule that holds, in the table's order. */
export function applyRules<C>(rules: readonly WarningRule<C>[], context: C, verdict: EngineFlowVerdict) {
  for (const rule of rules) {
    if (!rule.when(context)) continue;
    if (rule.assumes) {
      verdict.assumptions.push({
        code: rule.code,
        message: rule.message(context),
        field: rule.assumes(context),
      });
      continue;
    }
    verdict.warnings.push({
      code: rule.code,
      message: rule.message(context),
      ...(rule.review ? { review: true } : {}),
    });
  }
}
