import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { openApiDocument } from '../../src/api/openapi-document.js';
import { schoolCase } from '../interview/school-case.js';
import { answerFor, setAt } from '../interview/walk.js';

/**
 * Issue 14: a per-machine wizard is the interview restricted to one questionnaire. The body is the case,
 * each question's `field` is the case field it fills (values in the case's own terms), and a body in the
 * old form (`answers`, `input`) is refused with a 400 that says what changed, in the user's language.
 */

const app = createApp({ config: { log: false } });
const post = async (path: string, body: unknown) => {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
};

type Question = { field: string; stage: string; machine?: string; text: string; choices?: unknown[] };
type Flow = Record<string, unknown> & { id: string; trail: { machine: string }[] };

const clone = <T>(x: T): T => structuredClone(x);
const machines = ['roles', 'transfer', 'mechanism', 'sccModule', 'clause14'] as const;

/** Walks a wizard from `start`, answering each question from the school case. */
async function walk(machine: string, start: Record<string, unknown>, lang = 'en') {
  let state = start;
  const asked: Question[] = [];
  for (let i = 0; ; i++) {
    const { status, body } = await post(`/v1/wizard/${machine}?lang=${lang}`, state);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.machine).toBe(machine);
    state = body.case;
    if (!body.next) return { state, asked, flows: body.flows as Flow[] };
    asked.push(body.next);
    const value = answerFor(body.next.field);
    expect(value, `asked ${body.next.field}, which the school case does not give`).not.toBeUndefined();
    setAt(state, body.next.field, value);
    if (i > 150) throw new Error('the wizard does not end');
  }
}

/** The school case without the TIA answers and the documents' details. */
function withoutTia() {
  const c = clone(schoolCase) as unknown as { flows: Record<string, unknown>[]; details?: unknown };
  for (const f of c.flows) delete f.tia;
  delete c.details;
  return c;
}

const assessed = async (c: unknown) => {
  const { asOf, parties, flows } = c as Record<string, unknown>;
  const res = await post('/v1/assessments', { asOf, parties, flows });
  expect(res.status).toBe(200);
  return res.body.flows as Flow[];
};

describe('POST /v1/wizard/{machine}: the interview restricted to one questionnaire', () => {
  it('clause14: asks the Clause 14 questions by case field and fills in the same TIA as the whole case', async () => {
    const { state, asked, flows } = await walk('clause14', withoutTia());
    expect(asked.length).toBeGreaterThan(10);
    for (const q of asked) expect(q, q.field).toMatchObject({ machine: 'clause14' });
    const fields = asked.map((q) => q.field);
    expect(new Set(fields).size).toBe(fields.length);
    // The case's own fields, not the questionnaire's ids (`dataFormat`, `guaranteeA`).
    expect(fields).toContain('flows[0].tia.circumstances.format');
    expect(fields).toContain('flows[1].tia.laws.guarantees.A');
    expect(fields.some((f) => /^(dataFormat|guarantee[A-D]|transferTool)$/.test(f))).toBe(false);
    const format = asked.find((q) => q.field === 'flows[0].tia.circumstances.format')!;
    expect(format.choices).toContainEqual({ value: 'clear', label: expect.any(String) });
    // The walked case holds the school case's TIA answers, and the wizard's result is the assessment's.
    const c = state as typeof schoolCase;
    expect(c.flows.map((f) => f.tia)).toEqual(schoolCase.flows.map((f) => f.tia));
    const whole = await assessed(schoolCase);
    expect(flows.map((f) => f.tia)).toEqual(whole.map((f) => f.tia));
    expect(flows.map((f) => (f.tia as { status: string }).status)).toEqual(['complete', 'complete']);
  }, 60_000);

  it('clause14: each question is the interview question for the same field (text, choices, sources, findings)', async () => {
    const start = withoutTia();
    const wizard = await post('/v1/wizard/clause14?lang=sv', start);
    const interview = await post('/v1/interview?lang=sv', start);
    expect(interview.body.next.stage).toBe('tia');
    expect(wizard.body.next).toEqual(interview.body.next);
  });

  it('sccModule: the clause choices in case terms (clause-9 option as details.flows.<id>.scc.subProcessorOption)', async () => {
    const start = clone(schoolCase) as unknown as {
      details: { flows: Record<string, Record<string, unknown>> };
    };
    for (const f of Object.values(start.details.flows)) delete f.scc;
    const { state, asked, flows } = await walk('sccModule', start as unknown as Record<string, unknown>);
    const fields = asked.map((q) => q.field);
    expect(fields).toContain('details.flows.plattform.scc.subProcessorOption');
    for (const q of asked) expect(q.machine, q.field).toBe('sccModule');
    const option = asked.find((q) => q.field === 'details.flows.plattform.scc.subProcessorOption')!;
    expect((option.choices as { value: string }[]).map((ch) => ch.value)).toEqual(['specific', 'general']);
    expect(state).toEqual(schoolCase);
    const whole = await assessed(schoolCase);
    expect(flows.map((f) => f.scc)).toEqual(whole.map((f) => f.scc));
    expect(flows.map((f) => (f.scc as { module: number }).module)).toEqual([2, 3]);
  }, 60_000);

  it('every wizard from nothing: the case structure first, then only its own questions, each field once', async () => {
    for (const machine of machines) {
      const { state, asked, flows } = await walk(machine, { asOf: schoolCase.asOf });
      const fields = asked.map((q) => q.field);
      expect(new Set(fields).size, machine).toBe(fields.length);
      expect(fields.slice(0, 2), machine).toEqual(['parties', 'flows']);
      for (const q of asked) {
        if (q.stage === 'case') continue;
        // Its own, or a fact an earlier questionnaire stops at (it could not be reached without it).
        expect(
          [machine, 'transfer', 'mechanism', 'sccModule'].slice(0, machines.indexOf(machine) + 1),
          q.field,
        ).toContain(q.machine);
      }
      // What the wizard says it decided is what /v1/assessments says for the case it built.
      const whole = await assessed(state);
      expect(flows.map((f) => f.id)).toEqual(whole.map((f) => f.id));
      flows.forEach((f, i) => {
        for (const [key, value] of Object.entries(f)) {
          if (key === 'trail') expect(value).toEqual(whole[i]!.trail.filter((s) => s.machine === machine));
          else expect(value, `${machine} ${key}`).toEqual(whole[i]![key]);
        }
      });
      if (machine === 'roles')
        expect(Object.keys(flows[0]!)).toEqual(['id', 'exporterRole', 'importerRole', 'trail']);
      if (machine === 'transfer') expect(flows[0]!.kind).toBe('transfer');
      if (machine === 'transfer') expect(flows[0]!.trail.length).toBeGreaterThan(1);
    }
  }, 120_000);

  it('an old-form body is a 400 in the user language saying what changed, never a crash or silence', async () => {
    const en = await post('/v1/wizard/transfer', {
      answers: [{ question: 'senderRole', value: 'controller' }],
    });
    expect(en.status).toBe(400);
    expect(en.type).toMatch(/application\/problem\+json/);
    expect(en.body.detail).toMatch(/now takes the case itself/);
    expect(en.body.detail).toMatch(/docs\/interview-api\.md/);
    expect(en.body.errors).toEqual([
      {
        field: 'answers',
        reason: 'no longer used: the answer goes in the field of the case the question names',
        in: 'body',
      },
    ]);
    const sv = await post('/v1/wizard/mechanism?lang=sv', { answers: [], input: { country: 'US' } });
    expect(sv.status).toBe(400);
    expect(sv.body.title).toBe('Begäran är inte giltig');
    expect(sv.body.detail).toMatch(/^Guiden tar nu emot själva fallet/);
    expect(sv.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers', 'input']);
    expect(sv.body.errors[0].reason).toMatch(/^används inte längre/);
    // Old form with an unknown machine: the machine is what is wrong first.
    const unknown = await post('/v1/wizard/nothing?lang=sv', { answers: [] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([{ field: 'machine', reason: 'okänt frågeformulär', in: 'path' }]);
    expect((await post('/v1/wizard/nothing', {})).status).toBe(404);
  });

  it('a case with errors: every error at once, in Swedish, as the interview gives them', async () => {
    const bad = { parties: [{ id: 'a', type: 'robot' }], flows: [{ id: 'f', from: 'a', to: 'b' }] };
    const wizard = await post('/v1/wizard/transfer?lang=sv', bad);
    const interview = await post('/v1/interview?lang=sv', bad);
    expect(wizard.status).toBe(400);
    expect(wizard.body.errors).toEqual(interview.body.errors);
    expect(wizard.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['parties[0].type', 'flows[0].to']),
    );
  });

  it('OpenAPI lists every wizard machine, clause14 included, and the body is the case', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a JSON document read field by field
    const doc = openApiDocument('en') as any;
    const op = doc.paths['/v1/wizard/{machine}'].post;
    expect(op.deprecated).toBeUndefined();
    const param = op.parameters.find((p: { name: string }) => p.name === 'machine');
    expect(param.schema.enum).toEqual([...machines]);
    expect(op.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/InterviewCase');
  });
});
