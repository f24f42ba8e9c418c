import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';

/** POST /v1/assessments: the law profiles given once, and `?detail=summary` for batches. */

const app = createApp({ config: { log: false } });

const post = (query: string, body: unknown) =>
  app.request(`/v1/assessments${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const parties = [
  { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
  { id: 'cloud', name: 'Example Cloud Inc.', country: 'US', type: 'company', gdprBasis: 'none' },
  { id: 'jp', name: 'Example KK', country: 'JP', type: 'company' },
];
const flows = Array.from({ length: 6 }, (_, i) => ({
  id: `f${i}`,
  from: 'uni',
  to: i % 2 === 0 ? 'cloud' : 'jp',
  fromRole: 'controller',
  toRole: 'processor',
}));
const batch = { asOf: '2026-11-01', parties, flows };

type Json = Record<string, unknown>;

describe('POST /v1/assessments', () => {
  it('answers JSON with each law profile once, named by id in the flows’ TIAs', async () => {
    const res = await post('?lang=sv', batch);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { flows: Json[]; lawProfiles: Record<string, Json> };
    const tias = body.flows.filter((f) => f.tia).map((f) => f.tia as { laws: { profile: string } });
    expect(tias).toHaveLength(3);
    for (const tia of tias) expect(tia.laws.profile).toBe('us');
    expect(Object.keys(body.lawProfiles)).toEqual(['us']);
    expect(body.lawProfiles.us).toMatchObject({ id: 'us', country: 'US' });
    expect((body.lawProfiles.us!.statements as unknown[]).length).toBeGreaterThan(0);
    // Each flow's paths are its own.
    const by = (i: number) => (body.flows[i]!.trail as { id: string; by?: string }[])[0]!.by;
    expect([by(0), by(4)]).toEqual(['flows[0].fromRole', 'flows[4].fromRole']);
  });

  it('with detail=summary, gives the verdicts without trails and each TIA in brief', async () => {
    const full = (await (await post('', batch)).json()) as { flows: Json[] };
    const res = await post('?detail=summary', batch);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json & { flows: Json[] };
    expect(body).not.toHaveProperty('lawProfiles');
    body.flows.forEach((flow, i) => {
      expect(flow).not.toHaveProperty('trail');
      for (const key of ['id', 'kind', 'mechanism', 'scc', 'adequacy', 'obligations', 'warnings'])
        expect(flow[key]).toEqual(full.flows[i]![key]);
    });
    expect(body.flows[2]!.tia).toEqual({
      status: 'open',
      destination: { code: 'US', profile: 'us' },
      openQuestions: expect.arrayContaining([
        { id: 'processingChain', field: 'flows[2].tia.circumstances.processingChain' },
      ]),
    });
    expect(JSON.stringify(body).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('refuses an unknown detail, naming the query field', async () => {
    const res = await post('?detail=everything', batch);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string; in: string }[] };
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'detail', in: 'query' }));
  });
});
