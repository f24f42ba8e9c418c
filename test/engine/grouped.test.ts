import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssessmentCase, assessmentCase } from '../../src/domain/case.js';
import { assessCase, assessGrouped } from '../../src/engine/assess.js';
import { flowIndexMark } from '../../src/engine/like-flows.js';
import { renderAssessment, renderAssessmentBytes, renderAssessmentJson } from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';

/**
 * The engine assesses each group of like flows once and gives every flow of the group that verdict with
 * its own id and paths. These tests hold the grouped answer against flows assessed one by one.
 */

const asOf = '2026-11-01';

const parties = [
  { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
  { id: 'us', name: 'Cloud Inc.', country: 'US', type: 'company', gdprBasis: 'none' },
  {
    id: 'us-dpf',
    name: 'Certified Inc.',
    country: 'US',
    type: 'company',
    dpf: { active: true, hrData: false, nonHrData: true },
  },
  { id: 'in', name: 'Vendor Pvt Ltd', country: 'IN', type: 'company', gdprBasis: 'none' },
  { id: 'jp', name: 'Example KK', country: 'JP', type: 'company' },
  { id: 'de', name: 'Beispiel GmbH', country: 'DE', type: 'company' },
  { id: 'cn', name: 'Backup Ltd', country: 'CN', type: 'company', gdprBasis: 'none' },
  { id: 'ana', name: 'Ana', country: 'BR', type: 'individual', employerId: 'uni' },
  { id: 'unknown-io', name: 'Some Organisation', type: 'international-organisation' },
];

const tiaAnswers = {
  circumstances: { processingChain: 'importer-only', format: 'clear', storage: 'destination' },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
};

/** Flows that do not depend on one another (every sender is in the EU/EEA or is the data subject). */
const kinds = [
  { from: 'uni', to: 'us', fromRole: 'controller', toRole: 'processor' },
  { from: 'uni', to: 'us', fromRole: 'controller', toRole: 'processor', tia: tiaAnswers },
  { from: 'uni', to: 'us-dpf', fromRole: 'controller', toRole: 'processor', hrData: false },
  { from: 'uni', to: 'us-dpf', fromRole: 'controller', toRole: 'controller', hrData: true },
  { from: 'uni', to: 'in', fromRole: 'controller', toRole: 'processor', publicPowers: true },
  { from: 'uni', to: 'in', fromRole: 'controller', toRole: 'controller', occasional: false },
  { from: 'uni', to: 'jp', fromRole: 'controller', toRole: 'processor', how: 'remote-access' },
  { from: 'uni', to: 'de', fromRole: 'controller', toRole: 'processor' },
  { from: 'uni', to: 'cn', fromRole: 'controller', toRole: 'processor', specialCategories: true },
  { from: 'uni', to: 'ana', fromRole: 'controller', toRole: 'processor' },
  { from: 'uni', to: 'unknown-io', fromRole: 'controller', toRole: 'controller' },
  { from: 'ana', to: 'in', fromRole: 'controller', toRole: 'processor' },
];

/** `count` flows cycling through the kinds in a scrambled order, so that like flows sit far apart. */
function batch(count: number, extraParties: object[] = []) {
  const flows = Array.from({ length: count }, (_, i) => ({
    id: `flow-${i}`,
    ...kinds[(i * 7) % kinds.length]!,
  }));
  return parse({ asOf, parties: [...parties, ...extraParties], flows });
}

function parse(raw: unknown): AssessmentCase {
  const input = assessmentCase.parse(raw);
  expect(validateCase(input, asOf)).toEqual([]);
  return input;
}

/** Every string of a value with `flows[0]` read as `flows[i]`: the path a lone flow would have at i. */
function movedTo(value: unknown, index: number): unknown {
  return JSON.parse(JSON.stringify(value).replaceAll('flows[0]', `flows[${index}]`));
}

describe('a batch of like flows', () => {
  it('gives each flow the verdict it gets in a case of its own, with its own id and paths', () => {
    const input = batch(40);
    const together = assessCase(input, asOf);
    expect(assessGrouped(input, asOf).groups.length).toBe(kinds.length);
    input.flows.forEach((flow, i) => {
      const alone = assessCase({ ...input, flows: [flow] }, asOf).flows[0];
      expect(together.flows[i]).toEqual(movedTo(alone, i));
    });
    // The paths really differ from flow to flow: the trail names the flow's own fields.
    const byOf = (i: number) => together.flows[i]!.trail.find((e) => e.id === 'senderRole')?.by;
    expect(byOf(0)).toBe('flows[0].fromRole');
    expect(byOf(12)).toBe('flows[12].fromRole');
    const tiaField = (i: number) => together.flows[i]!.tia?.openQuestions?.[0]?.field;
    expect(tiaField(0)).toBe('flows[0].tia.circumstances.processingChain');
    expect(tiaField(24)).toBe('flows[24].tia.circumstances.processingChain');
  });

  it('gives every flow objects of its own, so changing one verdict leaves the others alone', () => {
    const together = assessCase(batch(24), asOf);
    const [first, twin] = [together.flows[0]!, together.flows[12]!];
    expect(twin.kind).toBe(first.kind);
    first.warnings.push({ code: 'changed', message: { en: 'x', sv: 'x' } });
    first.obligations.push('tia');
    expect(twin.warnings.map((w) => w.code)).not.toContain('changed');
    expect(first.trail[0]).not.toBe(twin.trail[0]);
  });

  it('follows onward chains as flow by flow does, whatever the order of the flows', () => {
    const chain = [
      { from: 'uni', to: 'in', fromRole: 'controller', toRole: 'processor' },
      { from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' },
      { from: 'cn', to: 'us', fromRole: 'processor', toRole: 'processor' },
      { from: 'us', to: 'jp', fromRole: 'processor', toRole: 'processor' },
      { from: 'jp', to: 'us-dpf', fromRole: 'controller', toRole: 'controller' },
    ];
    const raw = {
      asOf,
      parties,
      flows: [...chain, ...chain.toReversed(), ...chain].map((f, i) => ({ id: `c${i}`, ...f })),
    };
    const input = parse(raw);
    // A party named with the mark keeps the engine from grouping: each flow is assessed on its own.
    const unmarked = parse({
      ...raw,
      parties: [...parties, { ...parties[5]!, id: 'x', name: flowIndexMark }],
    });
    expect(assessGrouped(unmarked, asOf).marked).toBe(false);
    expect(assessGrouped(unmarked, asOf).groups.length).toBe(raw.flows.length);
    const grouped = assessCase(input, asOf);
    expect(grouped.flows.some((v) => v.kind === 'onward-transfer')).toBe(true);
    expect(grouped).toEqual(assessCase(unmarked, asOf));
  });

  it('keeps a mark the case itself holds, untouched', () => {
    const name = `Name ${flowIndexMark} with the mark`;
    const input = parse({
      asOf,
      parties: [...parties, { id: 'io', name, type: 'international-organisation' }],
      flows: [
        { id: 'a', from: 'uni', to: 'io', fromRole: 'controller', toRole: 'controller' },
        { id: 'b', from: 'uni', to: 'io', fromRole: 'controller', toRole: 'controller' },
      ],
    });
    const result = assessCase(input, asOf);
    expect(result.flows[1]!.importer.name).toBe(name);
    expect(result.flows[1]!.trail.find((e) => e.id === 'senderRole')?.by).toBe('flows[1].fromRole');
  });
});

describe('the answer as text', () => {
  const decoder = new TextDecoder();

  it('is the rendered assessment, stringified, in full and in summary, as text and as UTF-8', () => {
    const input = batch(60);
    const grouped = assessGrouped(input, asOf);
    for (const lang of ['en', 'sv'] as const) {
      const full = JSON.stringify(renderAssessment(assessCase(input, asOf), lang));
      expect(renderAssessmentJson(grouped, lang)).toBe(full);
      expect(decoder.decode(renderAssessmentBytes(grouped, lang))).toBe(full);
      const summary = JSON.stringify(renderAssessment(assessCase(input, asOf), lang, 'summary'));
      expect(renderAssessmentJson(grouped, lang, 'summary')).toBe(summary);
      expect(decoder.decode(renderAssessmentBytes(grouped, lang, 'summary'))).toBe(summary);
    }
  });

  it('gives each law profile once, and every TIA names one it gives', () => {
    const answer = renderAssessment(assessCase(batch(30), asOf), 'sv');
    const named = answer.flows.flatMap((f) => {
      const laws = (f.tia as { laws?: { profile: string } } | undefined)?.laws;
      return laws ? [laws.profile] : [];
    });
    expect(new Set(named)).toEqual(new Set(['us', 'in', 'cn']));
    expect(Object.keys(answer.lawProfiles ?? {}).sort()).toEqual(['cn', 'in', 'us']);
    expect(answer.lawProfiles?.us?.statements.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer.flows)).not.toContain('"statements"');
  });

  it('leaves out trails and TIA details in summary, and keeps the verdicts', () => {
    const input = batch(24);
    const full = renderAssessment(assessCase(input, asOf), 'en');
    const summary = renderAssessment(assessCase(input, asOf), 'en', 'summary');
    expect(summary).not.toHaveProperty('lawProfiles');
    summary.flows.forEach((s, i) => {
      const { trail: _, tia, ...rest } = full.flows[i]!;
      expect(s).not.toHaveProperty('trail');
      expect({ ...s, tia: undefined }).toEqual({ ...rest, tia: undefined });
      if (tia) expect(s.tia).toMatchObject({ status: tia.status, destination: tia.destination });
      else expect(s.tia).toBeUndefined();
    });
    const open = summary.flows.find((s) => s.tia?.status === 'open');
    expect(open?.tia?.openQuestions?.[0]).toEqual({
      id: 'processingChain',
      field: `flows[${summary.flows.indexOf(open!)}].tia.circumstances.processingChain`,
    });
  });
});

// Any schema-valid case: the grouped text equals the answer assessed flow by flow (a party named with
// the mark keeps the engine from grouping), like flows or not.
const ids = ['a', 'b', 'c', 'd'];
const partyArb = fc.record({
  country: fc.constantFrom('SE', 'US', 'IN', 'JP', 'CN', 'GB', 'BR'),
  type: fc.constantFrom('company', 'public-authority', 'non-profit'),
  gdprBasis: fc.constantFrom(undefined, 'none', 'establishment'),
});
const flowArb = fc.record({
  from: fc.integer({ min: 0, max: 3 }),
  step: fc.integer({ min: 1, max: 3 }),
  fromRole: fc.constantFrom('controller', 'processor'),
  toRole: fc.constantFrom('controller', 'processor'),
  hrData: fc.constantFrom(undefined, true, false),
  combinesWithEuData: fc.constantFrom(undefined, true, false),
});

describe('any case', () => {
  it('gets the same answer group by group as flow by flow', () => {
    fc.assert(
      fc.property(
        fc.array(partyArb, { minLength: 4, maxLength: 4 }),
        fc.array(flowArb, { minLength: 1, maxLength: 12 }),
        (ps, fs) => {
          const raw = {
            asOf,
            parties: ps.map((p, i) => ({ id: ids[i], name: `P${i}`, ...p })),
            flows: fs.map(({ from, step, ...f }, i) => ({
              id: `f${i}`,
              from: ids[from],
              to: ids[(from + step) % 4],
              ...f,
            })),
          };
          const parsed = assessmentCase.safeParse(raw);
          if (!parsed.success || validateCase(parsed.data, asOf).length > 0) return;
          const one = { id: 'z', name: flowIndexMark, country: 'SE', type: 'company' };
          const byFlow = assessmentCase.parse({ ...raw, parties: [...raw.parties, one] });
          const text = renderAssessmentJson(assessGrouped(parsed.data, asOf), 'en');
          expect(text).toBe(JSON.stringify(renderAssessment(assessCase(byFlow, asOf), 'en')));
        },
      ),
      { numRuns: 150 },
    );
  });
});
