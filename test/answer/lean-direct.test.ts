import { describe, expect, it } from 'vitest';
import { caseWithDistinctFlows, caseWithFlows } from '../../bench/cases.js';
import { dictionariesJson, Lean, MarkedCitation } from '../../src/answer/lean.js';
import { type AssessmentCase, assessmentCase } from '../../src/domain/case.js';
import { assessGrouped } from '../../src/engine/assess.js';
import { partyRoleLabel, renderVerdict } from '../../src/engine/render.js';
import { leanVerdict } from '../../src/engine/render-lean.js';
import { validateCase } from '../../src/engine/validate-case.js';
import { schoolCase } from '../interview/school-case.js';
import { assessmentScenarioFiles } from '../scenarios/assessment-scenarios.js';
import type { AssessmentScenario } from '../scenarios/scenario.js';

/**
 * The lean answer is written straight from the engine's verdicts (src/engine/render-lean.ts). It must be,
 * text for text, what making the rendered full verdict lean gives (`Lean.flow(renderVerdict(…))`, the way
 * it was made before): every flow, and the dictionaries the flows fill in the same order.
 */

type Lang = 'sv' | 'en';

function bothWays(input: AssessmentCase, lang: Lang, detail: 'full' | 'summary') {
  const grouped = assessGrouped(input, input.asOf ?? '2026-11-01');
  const direct = new Lean();
  const viaFull = new Lean();
  let flows = 0;
  for (const [g, verdict] of grouped.groups.entries()) {
    if (grouped.marked) {
      direct.group = g;
      viaFull.group = g;
    }
    const v = { ...verdict, id: '' };
    let reference: string;
    try {
      reference = JSON.stringify(viaFull.flow(renderVerdict(v, lang, detail) as never));
    } catch (error) {
      // A citation naming a flow: neither way makes the group lean once (both renderers fall back).
      expect(error).toBeInstanceOf(MarkedCitation);
      expect(() => leanVerdict(v, lang, detail, direct, (r) => partyRoleLabel(r, lang))).toThrow(
        MarkedCitation,
      );
      return flows;
    }
    const made = JSON.stringify(leanVerdict(v, lang, detail, direct, (r) => partyRoleLabel(r, lang)));
    expect(made).toBe(reference);
    flows += 1;
  }
  expect(dictionariesJson(direct)).toBe(dictionariesJson(viaFull));
  return flows;
}

const scenarios = assessmentScenarioFiles;

const scenarioCases = scenarios
  .filter((s): s is AssessmentScenario => !('tia' in s.case) && !('refused' in s.expect))
  .map((s) => {
    const parsed = assessmentCase.safeParse({
      asOf: s.asOf,
      parties: s.case.parties.map((p) => ({ name: p.id.toUpperCase(), ...p })),
      flows: s.case.flows.map((f, i) => ({ id: `f${i + 1}`, ...f })),
    });
    return [s.name, parsed.success ? parsed.data : undefined] as const;
  })
  .filter(
    (entry): entry is readonly [string, AssessmentCase] =>
      entry[1] !== undefined && validateCase(entry[1], entry[1].asOf ?? '2026-11-01').length === 0,
  );

const { details: _, ...school } = schoolCase;
const benchCases: [string, AssessmentCase][] = [
  ['the school case', assessmentCase.parse(school)],
  ['ten distinct flows', assessmentCase.parse(caseWithFlows(10))],
  ['forty flows of ten patterns (grouped, marked)', assessmentCase.parse(caseWithFlows(40))],
  ['sixty flows, each to its own importer', assessmentCase.parse(caseWithDistinctFlows(60))],
];

describe('the lean verdict straight from the engine equals the full verdict made lean', () => {
  it('covers the legal scenarios (most of them)', () => {
    expect(scenarioCases.length).toBeGreaterThan(scenarios.length / 2);
  });

  it.each([...benchCases, ...scenarioCases])('%s', (_name, input) => {
    let flows = 0;
    for (const lang of ['en', 'sv'] as const) {
      for (const detail of ['full', 'summary'] as const) flows += bothWays(input, lang, detail);
    }
    expect(flows).toBeGreaterThan(0);
  });
});
