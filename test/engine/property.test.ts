import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand } from '../../src/answer/expand.js';
import { assessmentCase } from '../../src/domain/case.js';
import { flowVerdict } from '../../src/domain/verdict.js';
import { assessCase, assessGrouped } from '../../src/engine/assess.js';
import {
  renderAssessment,
  renderAssessmentJson,
  renderLeanAssessment,
  renderLeanAssessmentJson,
} from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';

/**
 * Any case the schema accepts either fails validation with named fields or is assessed without an error,
 * every flow getting a verdict that fits the response schema and is consistent with itself.
 */

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const countries = [
  'SE',
  'DE',
  'ES',
  'AX',
  'GB',
  'GI',
  'US',
  'CA',
  'JP',
  'IN',
  'CN',
  'BR',
  'SJ',
  'NC',
  'PT-20',
];

/** The generator's places that are in the EU on every date it draws (GB is only before 2021). */
const inUnion = new Set(['SE', 'DE', 'ES', 'AX', 'PT-20']);

/** An optional field, absent most of the time so that many generated cases are valid. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: arb, weight: 1 });
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const party = fc
  .record({
    id: fc.constantFrom(...ids),
    name: fc.string({ minLength: 1, maxLength: 10 }),
    country: fc.constantFrom(...countries),
    type: fc.constantFrom(
      'company',
      'company',
      'public-authority',
      'non-profit',
      'international-organisation',
      'individual',
    ),
    employerId: sometimes(fc.constantFrom(...ids)),
    gdprBasis: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 4 },
      { arbitrary: fc.constantFrom('establishment', 'none'), weight: 2 },
      { arbitrary: fc.constant('targeting'), weight: 1 },
    ),
    representativeCountry: sometimes(fc.constantFrom('IE', 'SE')),
    organisationId: sometimes(fc.constantFrom('european-patent-organisation', 'unknown-org')),
    dpf: sometimes(fc.record({ active: fc.boolean(), hrData: fc.boolean(), nonHrData: fc.boolean() })),
  })
  // Mostly coherent parties, so that most cases reach the engine; the validator sees the rest.
  .map((p) =>
    defined({
      ...p,
      employerId: p.type === 'individual' && p.employerId !== p.id ? p.employerId : undefined,
      organisationId: p.type === 'international-organisation' ? p.organisationId : undefined,
      dpf: p.country === 'US' ? p.dpf : undefined,
      representativeCountry: p.gdprBasis === 'targeting' ? p.representativeCountry : undefined,
      // A party in the Union is never "not subject to the GDPR" (refused: validate-case).
      gdprBasis: p.gdprBasis === 'none' && inUnion.has(p.country) ? undefined : p.gdprBasis,
    }),
  );

const flow = fc
  .record({
    id: fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8'),
    from: fc.integer({ min: 0, max: ids.length - 1 }),
    step: fc.integer({ min: 1, max: ids.length - 1 }),
    fromRole: fc.constantFrom(
      'controller',
      'controller',
      'processor',
      'processor',
      'controller',
      'data-subject',
    ),
    toRole: fc.constantFrom('controller', 'processor', 'processor', 'joint-controller'),
    how: sometimes(fc.constantFrom('transmission', 'remote-access', 'hosting')),
    hrData: sometimes(fc.boolean()),
    specialCategories: sometimes(fc.boolean()),
    publicPowers: sometimes(fc.boolean()),
    occasional: sometimes(fc.boolean()),
    combinesWithEuData: sometimes(fc.boolean()),
  })
  .map(({ from, step, ...f }) =>
    defined({
      ...f,
      from: ids[from]!,
      to: ids[(from + step) % ids.length]!,
      toRole: f.toRole === 'joint-controller' && f.fromRole !== 'controller' ? 'controller' : f.toRole,
    }),
  );

const caseArb = fc.record({
  asOf: fc.constantFrom('2019-06-01', '2021-03-01', '2024-06-01', '2026-11-01'),
  parties: fc.uniqueArray(party, { selector: (p) => p.id, minLength: 6, maxLength: 6 }),
  flows: fc.uniqueArray(flow, { selector: (f) => f.id, minLength: 1, maxLength: 8 }),
});

let assessed = 0;
describe('any case', () => {
  it('is refused with named fields, or assessed into consistent verdicts', () => {
    fc.assert(
      fc.property(caseArb, (raw) => {
        const parsed = assessmentCase.safeParse(raw);
        if (!parsed.success) return;
        const errors = validateCase(parsed.data, raw.asOf);
        if (errors.length > 0) {
          for (const error of errors) expect(error.field).toMatch(/^(parties|flows)\[\d+\]\.\w+$/);
          return;
        }
        assessed += 1;
        const result = renderAssessment(assessCase(parsed.data, raw.asOf), 'sv');
        // The lean answer (docs/lean-answer.md), expanded, is the full answer's text.
        const grouped = assessGrouped(parsed.data, raw.asOf);
        for (const detail of ['full', 'summary'] as const) {
          const full = renderAssessmentJson(grouped, 'en', detail);
          expect(JSON.stringify(expand(renderLeanAssessment(grouped, 'en', detail)))).toBe(full);
          expect(JSON.stringify(expand(JSON.parse(renderLeanAssessmentJson(grouped, 'en', detail))))).toBe(
            full,
          );
        }
        expect(result.flows.map((v) => v.id)).toEqual(parsed.data.flows.map((f) => f.id));
        for (const verdict of result.flows) {
          expect(flowVerdict.safeParse(verdict).success).toBe(true);
          // The mechanism follows from the kind.
          if (verdict.kind === 'not-a-transfer' || verdict.kind === 'onward-transfer')
            expect(verdict.mechanism).toBe('none');
          if (verdict.kind === 'undetermined') expect(verdict.mechanism).toBe('unresolved');
          // Unresolved is always explained: a missing fact, or a date the engine cannot settle (for review).
          if (verdict.mechanism === 'unresolved')
            expect(verdict.openQuestions.length > 0 || verdict.warnings.some((w) => w.review)).toBe(true);
          if (verdict.mechanism === 'scc') expect(verdict.scc).toBeDefined();
          if (verdict.mechanism === 'adequacy') expect(verdict.adequacy?.covered).toBe(true);
          if (verdict.scc?.clause14) expect(verdict.obligations).toContain('tia');
          if (verdict.mechanism === 'adequacy') expect(verdict.obligations).not.toContain('tia');
          if (verdict.kind === 'onward-transfer') expect(verdict.originatingFlows?.length).toBeGreaterThan(0);
          // Every step of the reasoning is sourced and in Swedish.
          for (const step of verdict.trail) expect(step.cites.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
    // The generator must reach the engine often enough for the property to mean something.
    expect(assessed).toBeGreaterThan(100);
  });
});
