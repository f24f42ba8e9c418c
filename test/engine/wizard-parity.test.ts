import { describe, expect, it } from 'vitest';
import type { FlowVerdict } from '../../src/domain/verdict.js';
import { replayWizard } from '../../src/engine/wizard.js';
import { wizardFor } from '../../src/engine/wizard-registry.js';
import { assess } from './helpers.js';

/**
 * The engine answers from the facts; a person answers in the wizard. Given the same answers, both must
 * walk the same path to the same conclusion: replay every machine's part of each batch trail through the
 * wizard and compare.
 */

const asOf = '2026-11-01';

/** Assessed inside the tests, not when the file loads, so that mutation runs credit them (test/MUTATION.md). */
const assessed = () =>
  assess(
    [
      { id: 'uni', country: 'SE', type: 'public-authority' },
      { id: 'de', country: 'DE', type: 'company' },
      {
        id: 'us',
        country: 'US',
        type: 'company',
        gdprBasis: 'none',
        dpf: { active: true, hrData: false, nonHrData: true },
      },
      { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
      { id: 'nl', country: 'NL', type: 'company' },
      { id: 'sg', country: 'SG', type: 'company', gdprBasis: 'targeting', representativeCountry: 'IE' },
      { id: 'ca', country: 'CA', type: 'public-authority', gdprBasis: 'none' },
      { id: 'maria', country: 'IT', type: 'individual' },
      { id: 'emp', country: 'IN', type: 'individual', employerId: 'uni' },
      { id: 'x', country: 'CN', type: 'company' },
    ],
    [
      { from: 'uni', to: 'us', fromRole: 'controller', toRole: 'processor', hrData: false },
      {
        from: 'uni',
        to: 'us',
        fromRole: 'controller',
        toRole: 'processor',
        hrData: true,
        publicPowers: true,
        occasional: false,
      },
      { from: 'us', to: 'in', fromRole: 'processor', toRole: 'processor' },
      { from: 'nl', to: 'in', fromRole: 'processor', toRole: 'controller', combinesWithEuData: true },
      { from: 'nl', to: 'in', fromRole: 'processor', toRole: 'controller' },
      { from: 'sg', to: 'in', fromRole: 'controller', toRole: 'joint-controller' },
      { from: 'uni', to: 'ca', fromRole: 'controller', toRole: 'controller' },
      { from: 'maria', to: 'sg', fromRole: 'data-subject', toRole: 'controller' },
      { from: 'uni', to: 'emp', fromRole: 'controller', toRole: 'controller', how: 'remote-access' },
      { from: 'x', to: 'in', fromRole: 'controller', toRole: 'processor' },
      { from: 'de', to: 'nl', fromRole: 'controller', toRole: 'processor' },
    ],
    asOf,
  );

function machineParts(verdict: FlowVerdict) {
  const parts = new Map<string, FlowVerdict['trail']>();
  for (const step of verdict.trail) parts.set(step.machine, [...(parts.get(step.machine) ?? []), step]);
  return [...parts.entries()];
}

const flowCount = 11;

describe('batch trail equals wizard trail', () => {
  it.each(Array.from({ length: flowCount }, (_, i) => i))('flow %i', (i) => {
    const { flows } = assessed();
    expect(flows).toHaveLength(flowCount);
    const verdict = flows[i]!;
    const parts = machineParts(verdict);
    expect(parts.length).toBeGreaterThan(0);
    for (const [machine, steps] of parts) {
      const entry = wizardFor(machine);
      expect(entry).toBeDefined();
      const answers = steps
        .filter((s) => s.id !== 'conclusion')
        .map((s) => ({ question: s.id, value: s.value }));
      const outcome = replayWizard(entry!, answers, {});
      const concluded = steps.find((s) => s.id === 'conclusion');
      if (concluded) {
        expect(outcome.status).toBe('done');
        if (outcome.status !== 'done') continue;
        expect(outcome.state).toBe(concluded.value);
        expect(outcome.trail.map((t) => [t.id, t.value])).toEqual(steps.map((s) => [s.id, s.value]));
        expect(outcome.trail.map((t) => t.question.en)).toEqual(steps.map((s) => s.question));
      } else {
        // The engine stopped at a missing fact: the wizard asks the very question.
        expect(outcome.status).toBe('question');
        if (outcome.status !== 'question') continue;
        expect(verdict.openQuestions.map((q) => q.id)).toContain(outcome.question.id);
      }
    }
  });
});
