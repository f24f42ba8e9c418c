import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clause14Conclusions } from '../../machines/clause14/index.js';
import { assessTia, type TiaAnswers, type TiaContext } from '../../src/tia/index.js';

/**
 * Any combination of answers, some missing: the assessment never fails and its parts agree. The answers
 * are mostly given (each is missing about one time in twenty) and the context is mostly SCCs that need
 * an assessment, so that complete assessments, and each of their conclusions, are common.
 */

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 20 });
const guarantee = maybe(fc.constantFrom('met' as const, 'not-met' as const));
/** A boolean that is `true` about one time in `1 + falses`. */
const mostlyFalse = (falses: number) =>
  fc.oneof({ arbitrary: fc.constant(false), weight: falses }, { arbitrary: fc.constant(true), weight: 1 });
const mostlyTrue = (trues: number) =>
  fc.oneof({ arbitrary: fc.constant(true), weight: trues }, { arbitrary: fc.constant(false), weight: 1 });

// Weighted so that every conclusion of step 4 is common: split processing (use case 5) and clear text
// (use cases 6 and 7) would otherwise decide most runs, and encryption with the keys in the EEA
// (use cases 1 and 3) would be rare.
const answersArb: fc.Arbitrary<TiaAnswers> = fc.record({
  circumstances: fc.record({
    processingChain: maybe(fc.constantFrom('importer-only' as const, 'onward-transfers' as const)),
    format: maybe(
      fc.constantFrom('clear' as const, 'pseudonymised' as const, 'encrypted' as const, 'encrypted' as const),
    ),
    encryption: fc.record({
      stateOfTheArt: maybe(mostlyTrue(3)),
      keysHeldBy: maybe(
        fc.constantFrom(
          'exporter-eea' as const,
          'exporter-eea' as const,
          'importer' as const,
          'other-in-destination' as const,
        ),
      ),
    }),
    pseudonymisation: fc.record({ additionalInformationKeptInEea: maybe(fc.boolean()) }),
    storage: maybe(fc.constantFrom('eea' as const, 'destination' as const, 'transit-only' as const)),
    clearTextAccess: maybe(mostlyFalse(2)),
    remoteAccess: maybe(fc.boolean()),
    protectedRecipient: maybe(fc.boolean()),
    splitProcessing: maybe(mostlyFalse(5)),
  }),
  laws: fc.record({
    importerIsEcsp: fc.option(fc.boolean(), { nil: undefined, freq: 5 }),
    relyOnCommissionFinding: maybe(fc.boolean()),
    guarantees: fc.record({ A: guarantee, B: guarantee, C: guarantee, D: guarantee }),
  }),
  practicalExperience: maybe(
    fc.record({ claimed: fc.boolean(), documented: maybe(fc.boolean()), corroborated: maybe(fc.boolean()) }),
  ),
  measures: fc.record({ otherMeasuresEffective: maybe(fc.boolean()) }),
});

const contextArb: fc.Arbitrary<TiaContext> = fc.record({
  destination: fc.constantFrom('US', 'CN', 'IN', 'RU', 'BR', 'ZA'),
  transferTool: fc.oneof(
    { arbitrary: fc.constant('scc' as const), weight: 8 },
    {
      arbitrary: maybe(
        fc.constantFrom(
          'adequacy' as const,
          'art49-derogation' as const,
          'bcr' as const,
          'other-art46' as const,
        ),
      ),
      weight: 2,
    },
  ),
  sccModule: maybe(fc.constantFrom(1 as const, 2 as const, 3 as const, 3 as const, 2 as const, 4 as const)),
  combinesWithEuData: maybe(fc.boolean()),
  asOf: fc.constant('2026-11-26'),
});

describe('assessTia over arbitrary answers', () => {
  it('never throws, and status, conclusion, questions and dates agree', () => {
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const r = assessTia(answers, context);
        if (r.status === 'complete') {
          expect(r.conclusion).toBeDefined();
          expect(r.reevaluateBy! > context.asOf).toBe(true);
          expect(r.openQuestions).toBeUndefined();
          expect(r.trail.at(-1)?.id).toBe('conclusion');
          if (r.conclusion!.outcome === 'do-not-transfer') {
            // Never while the laws were found to meet the guarantees or the Commission finding was relied on.
            expect(Object.values(r.laws!.guarantees)).toContain('not-met');
            expect(r.laws!.commissionFinding?.reliedOn).not.toBe(true);
            expect(r.practicalExperience!.accepted).toBe(false);
          }
        } else if (r.status === 'open') {
          expect(r.conclusion).toBeUndefined();
          expect(r.openQuestions!.length).toBeGreaterThan(0);
          // The open questions are ones not yet answered.
          const answered = new Set(r.trail.map((t) => t.id));
          for (const q of r.openQuestions!) expect(answered.has(q.id)).toBe(false);
        } else {
          expect(r.reasonNotNeeded).toBeDefined();
          expect(r.assessor.role).toBe('none');
        }
      }),
      { numRuns: 150 },
    );
    // Most runs now go through a whole assessment: more than 5 s on a loaded machine.
  }, 30_000);

  // The generator reaches what the property is meant to check: complete assessments, each conclusion many
  // times, and every final state of Clause 14. Counted on a fixed sample, so that the count is the same on
  // every run (with a random seed it fell short about one run in six).
  it('reaches complete assessments, each conclusion often and every final state', () => {
    const sample = fc.sample(fc.tuple(answersArb, contextArb), { numRuns: 300, seed: 20261205 });
    const outcomes = new Map<string, number>();
    const states = new Set<string>();
    for (const [answers, context] of sample) {
      const r = assessTia(answers, context);
      if (r.status === 'not-needed') states.add(`notNeeded:${r.reasonNotNeeded?.code}`);
      if (r.status !== 'complete') continue;
      const outcome = r.conclusion?.outcome ?? 'none';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      states.add(r.conclusion!.state);
    }
    const complete = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect(complete / sample.length).toBeGreaterThan(0.3);
    for (const outcome of ['proceed', 'proceed-with-measures', 'do-not-transfer'])
      expect(outcomes.get(outcome) ?? 0, outcome).toBeGreaterThanOrEqual(10);
    const finals = Object.keys(clause14Conclusions).filter((id) => !id.startsWith('notNeeded'));
    expect([...states].filter((s) => !s.startsWith('notNeeded')).sort()).toEqual(finals.sort());
    expect([...states].filter((s) => s.startsWith('notNeeded')).sort()).toEqual([
      'notNeeded:adequacy',
      'notNeeded:derogation',
      'notNeeded:module4-no-combination',
    ]);
  }, 30_000);
});
