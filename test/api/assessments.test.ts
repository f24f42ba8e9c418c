import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { openApiDocument } from '../../src/api/openapi-document.js';

const app = createApp({ config: { log: false } });

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const parties = [
  { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
  { id: 'vendor', name: 'Vendor Pvt Ltd', country: 'IN', type: 'company', gdprBasis: 'none' },
];
const flow = {
  id: 'f1',
  from: 'uni',
  to: 'vendor',
  fromRole: 'controller',
  toRole: 'processor',
  publicPowers: true,
};
const sound = { asOf: '2026-11-01', parties, flows: [flow] };

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { status: number; title: string; errors: { field: string; reason: string }[] };
}

describe('POST /v1/assessments', () => {
  it('answers 200 with the contract fields', async () => {
    const res = await post('/v1/assessments', sound);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ asOf: '2026-11-01', lang: 'en' });
    expect(body.dataVersion).toMatch(/adequacy@/);
    const [verdict] = body.flows;
    expect(verdict).toMatchObject({
      id: 'f1',
      kind: 'transfer',
      mechanism: 'scc',
      scc: { module: 2, clause14: true, subProcessorOptions: true, supervisoryAuthority: { country: 'SE' } },
      // No BCRs for a public authority (Art. 47 serves groups of undertakings).
      alternatives: ['derogation'],
      derogations: ['49-1-d', '49-1-e', '49-1-f', '49-1-g'],
      obligations: ['art28-contract', 'tia'],
    });
    expect(verdict.scc.choices.length).toBeGreaterThan(5);
    for (const step of verdict.trail) {
      expect(step).toEqual(
        expect.objectContaining({
          question: expect.any(String),
          answer: expect.any(String),
          cites: expect.any(Array),
        }),
      );
    }
  });

  describe('without asOf', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    // The clock is set, so the test reads the same at any hour; the last and first moments of a UTC day
    // show the date is the UTC one (src/api/schemas.ts).
    it.each([
      ['2026-03-31T23:59:59.999Z', '2026-03-31'],
      ['2026-04-01T00:00:00.000Z', '2026-04-01'],
    ])('at %s answers as of %s', async (now, date) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
      const res = await post('/v1/assessments', { parties, flows: [flow] });
      expect(res.status).toBe(200);
      expect((await res.json()).asOf).toBe(date);
    });
  });

  it('answers in Swedish by ?lang=sv and by Accept-Language', async () => {
    for (const res of [
      await post('/v1/assessments?lang=sv', sound),
      await post('/v1/assessments', sound, { 'accept-language': 'sv-SE,sv;q=0.9' }),
    ]) {
      const body = await res.json();
      expect(body.lang).toBe('sv');
      expect(body.flows[0].importerRole.label).toBe('personuppgiftsbiträde (PUB)');
      expect(body.flows[0].trail[0].question).toMatch(/personuppgiftsansvarig/);
      expect(body.flows[0].trail.at(-1).question).toBe('Slutsats');
    }
  });

  it('400 naming the field: unknown party in a flow', async () => {
    const res = await post('/v1/assessments', { ...sound, flows: [{ ...flow, to: 'nobody' }] });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'flows[0].to' })]);
  });

  it('400 naming the field: unknown country, in Swedish when asked', async () => {
    const res = await post('/v1/assessments?lang=sv', {
      ...sound,
      parties: [parties[0], { ...parties[1], country: 'QQ' }],
    });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.title).toBe('Begäran är inte giltig');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'parties[1].country' })]);
  });

  it('400: a flow from a party to itself, duplicate ids', async () => {
    const res = await post('/v1/assessments', {
      ...sound,
      parties: [...parties, parties[1]],
      flows: [flow, { ...flow, to: 'uni' }],
    });
    expect(res.status).toBe(400);
    const fields = (await problem(res)).errors.map((e) => e.field);
    expect(fields).toEqual(['parties[2].id', 'flows[1].id', 'flows[1].to']);
  });

  it('400: a data subject cannot be an importer, nor an organisation a data subject', async () => {
    const importer = await post('/v1/assessments', {
      ...sound,
      flows: [{ ...flow, toRole: 'data-subject' }],
    });
    expect(importer.status).toBe(400);
    expect((await problem(importer)).errors.map((e) => e.field)).toEqual(['flows[0].toRole']);
    const sender = await post('/v1/assessments', {
      ...sound,
      flows: [{ ...flow, fromRole: 'data-subject' }],
    });
    expect(sender.status).toBe(400);
    expect((await problem(sender)).errors).toEqual([
      expect.objectContaining({
        field: 'flows[0].fromRole',
        reason: expect.stringContaining('not an individual'),
      }),
    ]);
  });

  it('400: an unknown field is named, not dropped', async () => {
    const res = await post('/v1/assessments', { ...sound, flows: [{ ...flow, colour: 'red' }] });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors.map((e) => e.field)).toContain('flows[0].colour');
  });

  it('400: an impossible date', async () => {
    const res = await post('/v1/assessments', { ...sound, asOf: '2026-02-30' });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors.map((e) => e.field)).toContain('asOf');
  });

  it('400 for malformed JSON, 415 for a body that is not JSON', async () => {
    expect((await post('/v1/assessments', '{"parties": [')).status).toBe(400);
    const res = await app.request('/v1/assessments', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(res.status).toBe(415);
  });

  it('a batch of 1,000 flows works; 1,001 is refused naming flows', async () => {
    const flows = Array.from({ length: 1000 }, (_, i) => ({ ...flow, id: `f${i}`, hrData: i % 2 === 0 }));
    const res = await post('/v1/assessments', { ...sound, flows });
    expect(res.status).toBe(200);
    expect((await res.json()).flows).toHaveLength(1000);
    const tooMany = await post('/v1/assessments', { ...sound, flows: [...flows, { ...flow, id: 'extra' }] });
    expect(tooMany.status).toBe(400);
    expect((await problem(tooMany)).errors.map((e) => e.field)).toContain('flows');
  });

  it('reports a missing fact as an open question, with 200', async () => {
    const res = await post('/v1/assessments', {
      ...sound,
      parties: [parties[0], { id: 'x', name: 'X', country: 'CN', type: 'company' }],
      flows: [
        { ...flow, to: 'x' },
        { ...flow, id: 'f2', from: 'x', to: 'uni' },
      ],
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.flows[0].openQuestions).toEqual([]);
    // x is outside the EU: whether it is subject to the GDPR is asked, not guessed.
    expect(body.flows[1]).toMatchObject({ kind: 'undetermined', mechanism: 'unresolved' });
    expect(body.flows[1].openQuestions[0]).toMatchObject({
      id: 'senderSubjectToGdpr',
      field: 'parties[1].gdprBasis',
    });
  });
});

// POST /v1/wizard/{machine}: test/api/wizard.test.ts (the interview restricted to one questionnaire).

describe('POST /v1/roles', () => {
  it('finds the role from the answers, in Swedish', async () => {
    const res = await post('/v1/roles?lang=sv', {
      answers: {
        decidesPurposes: 'no',
        decidesEssentialMeans: 'no',
        processesOnBehalf: 'yes',
        ownPurposes: 'no',
        engagedBy: 'processor',
      },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'done', role: 'sub-processor', label: 'underbiträde', unused: [] });
    expect(body.trail).toHaveLength(6);
  });

  it('asks the next question when the answers are not enough, and reports unused answers', async () => {
    const open = await (await post('/v1/roles', { answers: { decidesPurposes: 'no' } })).json();
    expect(open).toMatchObject({ status: 'question', question: { id: 'decidesEssentialMeans' } });
    const done = await (
      await post('/v1/roles', {
        answers: { decidesPurposes: 'yes', jointDecision: 'no', engagedBy: 'controller' },
      })
    ).json();
    expect(done).toMatchObject({ role: 'controller', unused: ['engagedBy'] });
  });

  it('400 naming an unknown question or an answer it does not take', async () => {
    const res = await post('/v1/roles', { answers: { decidesPurposes: 'maybe', favouriteColour: 'blue' } });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors.map((e) => e.field)).toEqual([
      'answers.decidesPurposes',
      'answers.favouriteColour',
    ]);
  });
});

describe('OpenAPI', () => {
  it('documents the three routes', async () => {
    const doc = openApiDocument('en') as { paths: object };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/assessments', '/v1/roles', '/v1/wizard/{machine}']),
    );
  });
});
