import { describe, expect, it } from 'vitest';
import { expand, type LeanAssessment } from '../../src/answer/expand.js';
import { createApp } from '../../src/api/index.js';
import { assessmentCase } from '../../src/domain/case.js';
import type { FlowVerdict } from '../../src/domain/verdict.js';
import { assessCase } from '../../src/engine/assess.js';
import { renderAssessment } from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';
import { assessTia } from '../../src/tia/index.js';
import { scenarios as adequacy } from './adequacy.scenarios.js';
import { scenarios as chains } from './chains.scenarios.js';
import { scenarios as dates } from './dates.scenarios.js';
import { scenarios as dpfHrData } from './dpf-hr-data.scenarios.js';
import { scenarios as footings } from './footings.scenarios.js';
import { scenarios as modules } from './modules.scenarios.js';
import { scenarios as onward } from './onward.scenarios.js';
import { scenarios as review } from './review.scenarios.js';
import type {
  AssessmentScenario,
  AssumptionsExpect,
  FlowExpect,
  RefusalExpect,
  StepCheck,
  Text,
  TextCheck,
  TiaScenario,
} from './scenario.js';
import { scenarios as tia } from './tia.scenarios.js';
import { scenarios as trail } from './trail.scenarios.js';
import { scenarios as transferTest } from './transfer-test.scenarios.js';
import { scenarios as warnings } from './warnings.scenarios.js';

type CaseAssumption = { code: string; message: string; flows: string[]; fields: string[] };

/** The one runner of the legal scenarios (test/scenarios/*.scenarios.ts; the vocabulary: scenario.ts). */

const files: Record<string, (AssessmentScenario | TiaScenario)[]> = {
  'the transfer test (EDPB Guidelines 05/2021)': transferTest,
  'adequacy, scope-aware and as of the date (Art. 45)': adequacy,
  'DPF: HR data and non-HR data (Decision (EU) 2023/1795)': dpfHrData,
  'roles and SCC modules (Decision (EU) 2021/914)': modules,
  'what each footing further requires (Art. 46, Art. 49)': footings,
  'onward transfers': onward,
  'onward transfers by the instrument they continue': chains,
  'where each answer of the reasoning was read': trail,
  'dates the law turns on': dates,
  "a second reader's scenarios, through the API": review,
  'Clause 14 assessments (EDPB Recommendations 01/2020)': tia,
  'warnings of place and footing (EEA incorporation, the DPF exit strategy)': warnings,
};

const app = createApp({ config: { log: false } });

describe.each(Object.entries(files))('%s', (_title, scenarios) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    if ('tia' in scenario.case) runTia(scenario as TiaScenario);
    else await runAssessment(scenario as AssessmentScenario);
  });
});

async function runAssessment(scenario: AssessmentScenario) {
  const lang = scenario.lang ?? 'en';
  const body = {
    asOf: scenario.asOf,
    parties: scenario.case.parties.map((p) => ({ name: p.id.toUpperCase(), ...p })),
    flows: scenario.case.flows.map((f, i) => ({ id: `f${i + 1}`, ...f })),
  };
  const refusal = 'refused' in scenario.expect ? (scenario.expect as RefusalExpect) : undefined;
  let flows: FlowVerdict[];
  let assumptions: CaseAssumption[];
  if (scenario.via === 'api') {
    const res = await app.request(`/v1/assessments?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (refusal) {
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = (await res.json()) as { errors: unknown[] };
      expect(problem.errors).toEqual(refusal.refused.map((r) => expect.objectContaining(matcher(r))));
      return;
    }
    expect(res.status).toBe(200);
    const text = await res.text();
    // Every such scenario also through the lean answer (docs/lean-answer.md): expanded, it is the same text.
    const lean = await app.request(`/v1/assessments?lang=${lang}&shape=lean`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(JSON.stringify(expand((await lean.json()) as LeanAssessment))).toBe(text);
    ({ flows, assumptions } = JSON.parse(text) as { flows: FlowVerdict[]; assumptions: CaseAssumption[] });
  } else {
    const input = assessmentCase.parse(body);
    if (refusal) {
      expect(validateCase(input, scenario.asOf)).toEqual(refusal.refused.map(matcher));
      return;
    }
    expect(validateCase(input, scenario.asOf)).toEqual([]);
    ({ flows, assumptions } = renderAssessment(assessCase(input, scenario.asOf), lang));
  }
  const expected = scenario.expect as
    | FlowExpect
    | { flows: Record<string, FlowExpect>; assumptions?: AssumptionsExpect };
  if (expected.assumptions) checkAssumptions(assumptions, expected.assumptions);
  if ('flows' in expected) {
    for (const [id, flowExpect] of Object.entries(expected.flows)) {
      const verdict = flows.find((f) => f.id === id);
      expect(verdict, `flow ${id}`).toBeDefined();
      checkFlow(verdict!, flowExpect, `flow ${id}: `);
    }
  } else {
    expect(flows).toHaveLength(1);
    checkFlow(flows[0]!, expected as FlowExpect, '');
  }
}

function checkFlow(v: FlowVerdict, e: FlowExpect, where: string) {
  const codes = v.warnings.map((w) => w.code);
  const step = (id: string) => v.trail.find((s) => s.id === id);
  if (e.is) expect(v, `${where}is`).toMatchObject(matcher(e.is) as object);
  for (const [path, value] of Object.entries(e.exactly ?? {}))
    expect(at(v, path), `${where}${path}`).toEqual(matcher(value));
  for (const [path, items] of Object.entries(e.includes ?? {}))
    for (const item of items) expect(at(v, path), `${where}${path}`).toContainEqual(partly(item));
  for (const [path, items] of Object.entries(e.excludes ?? {}))
    for (const item of items) expect(at(v, path), `${where}${path}`).not.toContainEqual(item);
  for (const path of e.notEmpty ?? [])
    expect((at(v, path) as unknown[]).length, `${where}${path}`).toBeGreaterThan(0);
  const w = e.warnings ?? {};
  for (const code of w.has ?? []) expect(codes, `${where}warnings`).toContain(code);
  for (const code of w.lacks ?? []) expect(codes, `${where}warnings`).not.toContain(code);
  for (const code of w.forReview ?? [])
    expect(v.warnings, `${where}warnings`).toContainEqual(expect.objectContaining({ code, review: true }));
  for (const [code, check] of Object.entries(e.says ?? {}))
    checkText(v.warnings.find((x) => x.code === code)?.message ?? '', check, `${where}warning ${code}`);
  for (const [id, value] of Object.entries(e.answers ?? {}))
    expect(step(id)?.value, `${where}answer ${id}`).toBe(value);
  for (const [id, check] of Object.entries(e.steps ?? {})) checkStep(step(id), check, `${where}step ${id}`);
  if (e.concludes !== undefined)
    expect(v.trail.at(-1), `${where}conclusion`).toMatchObject({ id: 'conclusion', value: e.concludes });
  for (const [machine, check] of Object.entries(e.closing ?? {}))
    checkStep(v.trail.filter((s) => s.machine === machine).at(-1), check, `${where}${machine}'s conclusion`);
  for (const [id, check] of Object.entries(e.choices ?? {})) {
    const choice = v.scc?.choices.find((c) => c.id === id);
    expect(choice, `${where}SCC choice ${id}`).toBeDefined();
    if (check.options === 'none') expect(choice?.options, `${where}${id} options`).toBeUndefined();
    else if (check.options)
      expect(
        choice?.options?.map((o) => o.id),
        `${where}${id} options`,
      ).toEqual(check.options);
    if (check.required !== undefined) expect(choice?.required, `${where}${id} required`).toBe(check.required);
  }
  const asked = new Set(v.trail.map((s) => s.machine));
  for (const machine of e.questionnaires?.asked ?? [])
    expect(asked.has(machine), `${where}${machine}`).toBe(true);
  for (const machine of e.questionnaires?.notAsked ?? [])
    expect(asked.has(machine), `${where}${machine}`).toBe(false);
}

function checkAssumptions(assumptions: CaseAssumption[], e: AssumptionsExpect) {
  const codes = assumptions.map((a) => a.code);
  for (const [code, check] of Object.entries(e.has ?? {})) {
    const assumption = assumptions.find((a) => a.code === code);
    expect(assumption, `the case assumes ${code}`).toBeDefined();
    if (check.flows) expect(assumption?.flows, `assumption ${code}: flows`).toEqual(check.flows);
    if (check.fields) expect(assumption?.fields, `assumption ${code}: fields`).toEqual(check.fields);
    if (check.says) checkText(assumption?.message ?? '', check.says, `assumption ${code}`);
  }
  for (const code of e.lacks ?? []) expect(codes, 'assumptions').not.toContain(code);
}

function checkStep(step: FlowVerdict['trail'][number] | undefined, check: StepCheck, where: string) {
  expect(step, where).toBeDefined();
  if (check.value !== undefined) expect(step?.value, `${where} value`).toBe(check.value);
  if (check.by !== undefined) expect(step?.by, `${where} by`).toEqual(matcher(check.by));
  if (check.question) checkText(step?.question ?? '', check.question, `${where} question`);
  if (check.answer) checkText(step?.answer ?? '', check.answer, `${where} answer`);
  if (check.note) checkText(step?.note ?? '', check.note, `${where} note`);
  for (const cite of check.cites ?? []) expect(step?.cites, `${where} cites`).toContain(cite);
}

function checkText(text: string, check: TextCheck, where: string) {
  for (const t of check.has ?? []) expect(text, where).toEqual(containing(t));
  for (const t of check.lacks ?? []) expect(text, where).not.toEqual(containing(t));
  if (check.split) {
    const cut = text.indexOf(check.split.at);
    expect(cut, `${where}: "${check.split.at}"`).toBeGreaterThanOrEqual(0);
    if (check.split.before) checkText(text.slice(0, cut), check.split.before, `${where} (before the cut)`);
    if (check.split.after) checkText(text.slice(cut), check.split.after, `${where} (after the cut)`);
  }
}

function runTia(scenario: TiaScenario) {
  const r = assessTia(scenario.case.tia, { ...scenario.case.context, asOf: scenario.asOf });
  const { conclusion, legalReview } = scenario.expect;
  if (typeof conclusion === 'string') expect(r.conclusion?.state).toBe(conclusion);
  else if (conclusion) expect(r.conclusion?.state).not.toBe(conclusion.not);
  for (const point of legalReview ?? [])
    expect(
      r.legalReview.some((p) => (!point.en || point.en.test(p.en)) && (!point.sv || point.sv.test(p.sv))),
      `a point for legal review matching ${point.en ?? ''} ${point.sv ?? ''}`,
    ).toBe(true);
}

/** An item of a list: an object holds at least the values given; anything else, exactly. */
const partly = (item: unknown) =>
  item && typeof item === 'object' && !Array.isArray(item)
    ? expect.objectContaining(matcher(item) as object)
    : matcher(item);

const containing = (t: Text) =>
  typeof t === 'string' ? expect.stringContaining(t) : expect.stringMatching(t);

/** Expected values with regular expressions turned into text matchers, for toMatchObject and toEqual. */
function matcher(value: unknown): unknown {
  if (value instanceof RegExp) return expect.stringMatching(value);
  if (Array.isArray(value)) return value.map(matcher);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, matcher(x)]));
  return value;
}

/** The value at a path: `scc.module`; `adequacy.conditionsToConfirm[].id` maps over the list. */
function at(value: unknown, path: string): unknown {
  const [head, ...rest] = path.split('[].');
  let v = head!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], value);
  for (const tail of rest)
    v = (v as unknown[] | undefined)?.map((item) =>
      tail.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], item),
    );
  return v;
}
