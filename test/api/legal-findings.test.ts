import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';

/**
 * Corrections made after a legal review, checked through the HTTP API as a client sees them; each test
 * fails without its correction. These are the routes other than POST /v1/assessments (roles, countries,
 * the Clause 14 assessment); the assessments' legal scenarios are data, run by test/scenarios/run.test.ts.
 */

const app = createApp({ config: { log: false } });

const post = (path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /v1/roles (EDPB Guidelines 07/2020)', () => {
  it('essential means decided jointly, without the purposes, is no joint control: legal review', async () => {
    for (const lang of ['en', 'sv']) {
      const res = await post(`/v1/roles?lang=${lang}`, {
        answers: { decidesPurposes: 'no', decidesEssentialMeans: 'yes', jointDecision: 'yes' },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; role: string; conclusion?: { cites: string[] } };
      expect(body).toMatchObject({ status: 'done', role: 'undetermined' });
      expect(body.conclusion?.cites).toContain('EDPB Guidelines 07/2020, paras 34 and 51');
    }
  });

  it('deciding the purposes jointly still makes a joint controller', async () => {
    const res = await post('/v1/roles', { answers: { decidesPurposes: 'yes', jointDecision: 'yes' } });
    expect(await res.json()).toMatchObject({ status: 'done', role: 'joint-controller' });
  });
});

describe('GET /v1/countries/GB during the EU-UK bridge (TCA Art. FINPROV.10A)', () => {
  it('stays a third country and names the arrangement with its conditions, only within its period', async () => {
    const during = (await (await app.request('/v1/countries/GB?asOf=2021-03-01&lang=sv')).json()) as {
      status: string;
      interimArrangements?: { id: string; conditions: unknown[]; until: string }[];
    };
    expect(during.status).toBe('third-country');
    expect(during.interimArrangements).toEqual([
      expect.objectContaining({ id: 'eu-uk-tca-finprov-10a', until: '2021-06-27' }),
    ]);
    expect(during.interimArrangements?.[0]?.conditions.length).toBeGreaterThan(0);
    const after = await (await app.request('/v1/countries/GB?asOf=2021-07-01')).json();
    expect(after.interimArrangements).toBeUndefined();
    expect(after.adequacy.map((d: { id: string }) => d.id)).toEqual(['2021-1772']);
    const gibraltar = await (await app.request('/v1/countries/GI?asOf=2021-03-01')).json();
    expect(gibraltar.interimArrangements).toBeUndefined();
  });
});

describe('dates the product cannot answer for', () => {
  // POST /v1/assessments and a date before the GDPR applied: test/scenarios/dates.scenarios.ts.
  it('POST /v1/tia refuses a Clause 14 assessment dated before Decision (EU) 2021/914 applied', async () => {
    const body = { destination: 'IN', transferTool: 'scc', sccModule: 2 };
    const early = await post('/v1/tia', { ...body, asOf: '2021-06-26' });
    expect(early.status).toBe(400);
    const problem = (await early.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain('asOf');
    expect((await post('/v1/tia', { ...body, asOf: '2021-06-27' })).status).toBe(200);
  });
});
