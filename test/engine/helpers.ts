import { expect } from 'vitest';
import { type AssessmentCase, assessmentCase, type Flow, type Party } from '../../src/domain/case.js';
import type { Assessment, FlowVerdict } from '../../src/domain/verdict.js';
import { assessCase } from '../../src/engine/assess.js';
import { type Lang, renderAssessment } from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';

type PartyIn = Omit<Party, 'name'> & { name?: string };
type FlowIn = Omit<Flow, 'id'> & { id?: string };

/** Parses, validates and assesses a case; fails the test if the case itself is not valid. */
export function assess(parties: PartyIn[], flows: FlowIn[], asOf: string, lang: Lang = 'en') {
  const input: AssessmentCase = assessmentCase.parse({
    asOf,
    parties: parties.map((p) => ({ name: p.name ?? p.id.toUpperCase(), ...p })),
    flows: flows.map((f, i) => ({ id: f.id ?? `f${i + 1}`, ...f })),
  });
  expect(validateCase(input, asOf)).toEqual([]);
  return renderAssessment(assessCase(input, asOf), lang);
}

/** The one verdict of a one-flow case. */
export function only(parties: PartyIn[], flow: FlowIn, asOf: string, lang: Lang = 'en'): FlowVerdict {
  const result = assess(parties, [flow], asOf, lang);
  expect(result.flows).toHaveLength(1);
  return result.flows[0]!;
}

export const answerOf = (verdict: FlowVerdict, id: string) =>
  verdict.trail.find((step) => step.id === id)?.value;
export const codes = (verdict: FlowVerdict) => verdict.warnings.map((w) => w.code);

/** What a case's verdicts merely assume, said once for the case (`assumptions`), by code. */
export const assumed = (result: Assessment, code: string) => result.assumptions.find((a) => a.code === code);
