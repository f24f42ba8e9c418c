import { describe, expect, it } from 'vitest';
import raw from '../../data/dpf/list.json' with { type: 'json' };
import { createApp } from '../../src/api/index.js';
import { openApiDocument } from '../../src/api/openapi-document.js';
import { officialListUrl } from '../../src/dpf/schema.js';

const app = createApp({ config: { log: false } });
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { res, body: await res.json() };
};

describe('GET /v1/dpf', () => {
  it.each(['acme corp', 'ACME, Inc.', 'Ácme'])('finds Acme Corporation from %j', async (q) => {
    const { res, body } = await get(`/v1/dpf?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(body.results[0].name).toBe('Acme Corporation');
  });

  it('marks the sample list, its date and the official list on the answer and on every entry', async () => {
    const { body } = await get('/v1/dpf?q=demo%20mailer');
    expect(body.list).toMatchObject({
      listDate: raw.meta.listDate,
      sample: true,
      entries: raw.entries.length,
    });
    expect(body.notice).toMatch(/SAMPLE/);
    expect(body.searchUrl).toBe(officialListUrl);
    expect(body.results.length).toBeGreaterThanOrEqual(2);
    for (const hit of body.results) expect(hit).toMatchObject({ sample: true, listDate: raw.meta.listDate });
  });

  it('answers the notice in Swedish when asked', async () => {
    const { body } = await get('/v1/dpf?q=acme&lang=sv');
    expect(body.notice).toMatch(/EXEMPELFÖRTECKNING/);
  });

  it('honours limit', async () => {
    const { body } = await get('/v1/dpf?q=example&limit=1');
    expect(body.results.length).toBeLessThanOrEqual(1);
  });

  it('shows the frameworks beyond the EU', async () => {
    const { body } = await get('/v1/dpf?q=Sample%20Payroll%20Cloud');
    expect(body.results[0].frameworks).toEqual({
      euUs: 'active',
      ukExtension: 'active',
      swissUs: 'inactive',
    });
  });

  it.each([
    ['/v1/dpf', 'q'],
    ['/v1/dpf?q=', 'q'],
    [`/v1/dpf?q=${'a'.repeat(201)}`, 'q'],
    ['/v1/dpf?q=acme&limit=0', 'limit'],
    ['/v1/dpf?q=acme&limit=51', 'limit'],
    ['/v1/dpf?q=acme&limit=two', 'limit'],
    ['/v1/dpf?q=acme&lang=de', 'lang'],
  ])('%s → 400 naming %s', async (path, field) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body.errors).toContainEqual(expect.objectContaining({ field, in: 'query' }));
  });
});

describe('GET /v1/dpf/{id}', () => {
  it('gives one entry with the list date, the sample flag and the official list', async () => {
    const { res, body } = await get('/v1/dpf/placeholder-analytics-corp');
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      id: 'placeholder-analytics-corp',
      name: 'Placeholder Analytics Corp.',
      hrData: false,
      nonHrData: true,
      listDate: raw.meta.listDate,
      sample: true,
      searchUrl: officialListUrl,
    });
    expect(body.notice).toMatch(/SAMPLE/);
  });

  it('answers 404 problem+json naming the id for an unknown entry', async () => {
    const { res, body } = await get('/v1/dpf/no-such-organisation', { 'accept-language': 'sv' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body.errors).toEqual([{ field: 'id', reason: 'no entry with this id', in: 'path' }]);
    expect(body.detail).toMatch(/ingen post/);
  });

  it('is in the OpenAPI document', async () => {
    const body = openApiDocument('en') as { paths: object };
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/v1/dpf', '/v1/dpf/{id}']));
  });
});
