import { describe, expect, it } from 'vitest';
import { caseWithDistinctFlows, caseWithFlows } from '../../bench/cases.js';
import { expand, type LeanAssessment } from '../../src/answer/expand.js';
import { toLean } from '../../src/answer/lean.js';
import { createApp } from '../../src/api/index.js';
import { openApiDocument } from '../../src/api/openapi-document.js';
import { assessmentCase } from '../../src/domain/case.js';
import { leanAssessment } from '../../src/domain/lean.js';
import { assessGrouped } from '../../src/engine/assess.js';
import { renderAssessmentJson, renderLeanAssessmentJson } from '../../src/engine/render.js';
import { schoolCase } from '../interview/school-case.js';

/**
 * The lean answer (docs/lean-answer.md) carries the full answer's information exactly: expanded, it is
 * the same JSON text as the full answer to the same request, key order included.
 */

const app = createApp({ config: { log: false } });

async function post(path: string, body: unknown) {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.text();
}

async function both(body: unknown, query: string) {
  const full = await post(`/v1/assessments?${query}`, body);
  const lean = JSON.parse(await post(`/v1/assessments?${query}&shape=lean`, body)) as LeanAssessment;
  return { full, lean };
}

const { details: _, ...school } = schoolCase;
const cases: [string, unknown][] = [
  ['the school case (chain, TIA complete, sub-processor)', school],
  ['ten distinct flows to ten countries', caseWithDistinctFlows(10)],
  ['thirty flows of ten patterns (like flows assessed once)', caseWithFlows(30)],
];

describe('POST /v1/assessments?shape=lean', () => {
  for (const [name, body] of cases)
    for (const query of ['lang=en', 'lang=sv', 'lang=sv&detail=summary', 'lang=en&detail=summary'])
      it(`expands to the full answer: ${name}, ${query}`, async () => {
        const { full, lean } = await both(body, query);
        expect(lean.shape).toBe('lean');
        expect(leanAssessment.safeParse(lean).success).toBe(true);
        expect(JSON.stringify(expand(lean))).toBe(full);
        // Built from the full answer, the lean one is the same.
        expect(JSON.stringify(expand(toLean(JSON.parse(full))))).toBe(full);
      });

  it('says each citation, question, warning text and SCC choice once', async () => {
    const { full, lean } = await both(caseWithDistinctFlows(10), 'lang=en');
    expect(new Set(lean.citations).size).toBe(lean.citations.length);
    const texts = Object.values(lean.questions).map((q) => `${q.machine}\0${q.id}\0${JSON.stringify(q)}`);
    expect(new Set(texts).size).toBe(texts.length);
    const choices = Object.values(lean.sccChoices).map((c) => JSON.stringify(c));
    expect(new Set(choices).size).toBe(choices.length);
    // The full answer repeats them: far more citations than distinct ones.
    const citedInFull = full
      .match(/"cites":\[[^\]]*\]/g)!
      .join('')
      .match(/"[^"]+"/g)!.length;
    expect(citedInFull).toBeGreaterThan(3 * lean.citations.length);
    expect(JSON.stringify(lean).length).toBeLessThan(0.8 * full.length);
    // A warning that several flows share is one text.
    const flows = (JSON.parse(full) as { flows: { warnings: { code: string }[] }[] }).flows;
    const shared = [...new Set(flows.flatMap((f) => f.warnings.map((w) => w.code)))].filter(
      (code) => flows.filter((f) => f.warnings.some((w) => w.code === code)).length > 1,
    );
    const saidOnce = shared.filter(
      (code) => Object.keys(lean.warnings).filter((k) => k.startsWith(code)).length === 1,
    );
    expect(saidOnce.length).toBeGreaterThan(0);
  });

  it('refuses a shape it does not know, in the language asked', async () => {
    const res = await app.request('/v1/assessments?shape=slim&lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(caseWithFlows(1)),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('problem+json');
  });
});

describe('expand', () => {
  it('throws on a reference that is not in its dictionary instead of giving a wrong text', async () => {
    const { lean } = await both(caseWithDistinctFlows(3), 'lang=en');
    const broken = structuredClone(lean);
    const first = Object.keys(broken.warnings)[0]!;
    delete broken.warnings[first];
    expect(() => expand(broken)).toThrow(/no warning text/);
    const badCite = structuredClone(lean);
    badCite.citations.pop();
    expect(() => expand(badCite)).toThrow(/no citation/);
    expect(() => expand({ ...lean, shape: 'full' } as never)).toThrow(/not a lean answer/);
  });
});

describe('POST /v1/interview?shape=lean', () => {
  it("gives the interview's assessment in the lean shape, expanding to the full one", async () => {
    const full = JSON.parse(await post('/v1/interview?lang=sv', schoolCase));
    const lean = JSON.parse(await post('/v1/interview?lang=sv&shape=lean', schoolCase));
    expect(full.assessment).not.toBeNull();
    expect(lean.assessment.shape).toBe('lean');
    expect(JSON.stringify(expand(lean.assessment))).toBe(JSON.stringify(full.assessment));
    expect({ ...lean, assessment: null }).toEqual({ ...full, assessment: null });
  });
});

describe('the lean answer written group by group', () => {
  it('is the lean answer made flow by flow, for like flows whose warnings name their own field', () => {
    // Forty flows of ten patterns; an open transfer impact assessment's warning names flows[i].tia.
    const input = caseWithFlows(40);
    input.flows = input.flows.map((f) => ({
      ...f,
      toRole: 'processor',
      how: 'transmission',
      hrData: false,
      publicPowers: true,
    }));
    const parsed = assessmentCase.parse(input);
    const grouped = assessGrouped(parsed, parsed.asOf!);
    expect(grouped.groups.length).toBeLessThan(grouped.flows.length);
    for (const lang of ['en', 'sv'] as const)
      for (const detail of ['full', 'summary'] as const) {
        const text = renderLeanAssessmentJson(grouped, lang, detail);
        const full = renderAssessmentJson(grouped, lang, detail);
        expect(JSON.stringify(expand(JSON.parse(text)))).toBe(full);
        expect(text).not.toContain('\uE000');
      }
    const lean = JSON.parse(renderLeanAssessmentJson(grouped, 'en')) as LeanAssessment;
    const perFlow = Object.keys(lean.warnings).filter((k) => k.startsWith('tia-open'));
    // One text per flow that has the warning: each names its own flow's field.
    const full = JSON.parse(renderAssessmentJson(grouped, 'en')) as {
      flows: { warnings: { code: string }[] }[];
    };
    const warned = full.flows.flatMap((f, i) => (f.warnings.some((w) => w.code === 'tia-open') ? [i] : []));
    // Several of them share a group: its one lean verdict stood for each.
    expect(new Set(warned.map((i) => grouped.flows[i]!.group)).size).toBeLessThan(warned.length);
    expect(perFlow.length).toBe(warned.length);
  });
});

describe('OpenAPI', () => {
  it('documents the lean answer and the shape parameter', async () => {
    const doc = openApiDocument('en') as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      paths: Record<string, { post?: { parameters?: { name: string }[] } }>;
    };
    const lean = doc.components.schemas.LeanAssessment!;
    for (const key of [
      'citations',
      'questions',
      'warnings',
      'sccChoices',
      'decisions',
      'pending',
      'assumptions',
    ])
      expect(lean.properties).toHaveProperty(key);
    const parameters = (path: string) => doc.paths[path]?.post?.parameters?.map((p) => p.name);
    expect(parameters('/v1/assessments')).toContain('shape');
    expect(parameters('/v1/interview')).toContain('shape');
  });
});
