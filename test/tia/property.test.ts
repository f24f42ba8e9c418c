import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTia, type TiaAnswers, type TiaContext } from '../../src/tia/index.js';

/**
 * Any combination of answers, some missing: the assessment never fails and its parts agree. The answers
 * are mostly given (each is missing about one time in twenty) and the context is mostly SCCs that need
 * an assessment, so that complete assessments, and each of their conclusions, are common.
 */

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 20 });
const guarantee = maybe(fc.constantFrom('met' as const, 'not-met' as const));

const answersArb: fc.Arbitrary<TiaAnswers> = fc.record({
  circumstances: fc.record({
    processingChain: maybe(fc.constantFrom('importer-only' as const, 'onward-transfers' as const)),
    format: maybe(fc.constantFrom('clear' as const, 'pseudonymised' as const, 'encrypted' as const)),
    encryption: fc.record({
      stateOfTheArt: maybe(fc.boolean()),
      keysHeldBy: maybe(
        fc.constantFrom('exporter-eea' as const, 'importer' as const, 'other-in-destination' as const),
      ),
    }),
    pseudonymisation: fc.record({ additionalInformationKeptInEea: maybe(fc.boolean()) }),
    storage: maybe(fc.constantFrom('eea' as const, 'destination' as const, 'transit-only' as const)),
    clearTextAccess: maybe(fc.boolean()),
    remoteAccess: maybe(fc.boolean()),
    protectedRecipient: maybe(fc.boolean()),
    splitProcessing: maybe(fc.boolean()),
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
    const seen = { runs: 0, complete: 0, outcomes: new Map<string, number>() };
    fc.assert(
      fc.property(answersArb, contextArb, (answers, context) => {
        const r = assessTia(answers, context);
        seen.runs++;
        if (r.status === 'complete') {
          seen.complete++;
          const outcome = r.conclusion?.outcome ?? 'none';
          seen.outcomes.set(outcome, (seen.outcomes.get(outcome) ?? 0) + 1);
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
    // The runs reached what they are meant to check: complete assessments, each conclusion many times.
    expect(seen.complete / seen.runs).toBeGreaterThan(0.3);
    for (const outcome of ['proceed', 'proceed-with-measures', 'do-not-transfer'])
      expect(seen.outcomes.get(outcome) ?? 0, outcome).toBeGreaterThanOrEqual(5);
    // Most runs now go through a whole assessment: more than 5 s on a loaded machine.
  }, 30_000);
});
