import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { openSqliteRegister } from '../../src/register/sqlite.js';

const quiet = { log: false };

describe('errors are problem+json naming the field', () => {
  const app = createApp({ config: quiet });

  it('rejects an unsupported language', async () => {
    const res = await app.request('/v1/countries/SE?lang=de');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json();
    expect(body.errors).toContainEqual(expect.objectContaining({ field: 'lang', in: 'query' }));
  });

  it('suggests GB for UK and answers in Swedish when asked', async () => {
    const res = await app.request('/v1/countries/UK', {
      headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' },
    });
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.title).toBe('Okänd kod för land eller territorium');
    expect(body.hint).toBe('GB');
  });

  it('accepts lower-case codes', async () => {
    const res = await app.request('/v1/countries/se?asOf=2026-11-01');
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('eu');
  });

  it('rejects a body that is not JSON with 415', async () => {
    const malformed = await app.request('/v1/nothing-here', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(malformed.status).toBe(415);
    expect((await malformed.json()).errors[0].field).toBe('content-type');
  });

  it('answers 404 problem for an unknown route', async () => {
    const res = await app.request('/v2/whatever');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('country answers follow the date asked', () => {
  const app = createApp({ config: quiet });
  const get = async (path: string) => (await app.request(path)).json();

  it('treats the UK as EU during the transition period and as a third country after it', async () => {
    expect((await get('/v1/countries/GB?asOf=2020-06-01')).status).toBe('eu');
    expect((await get('/v1/countries/GB?asOf=2021-03-01')).status).toBe('third-country');
  });

  it('lists Norway as EEA with its supervisory authority', async () => {
    const no = await get('/v1/countries/NO?asOf=2026-11-01&lang=sv');
    expect(no.status).toBe('eea');
    expect(no.name).toBe('Norge');
    expect(no.supervisoryAuthority.country).toBe('NO');
  });

  it('gives the US the DPF decision only from its adoption', async () => {
    const before = await get('/v1/countries/US?asOf=2023-07-09');
    const after = await get('/v1/countries/US?asOf=2023-07-11');
    expect(before.adequacy.map((d: { celex: string }) => d.celex)).not.toContain('32023D1795');
    expect(after.adequacy.map((d: { celex: string }) => d.celex)).toContain('32023D1795');
    const dpf = after.adequacy.find((d: { celex: string }) => d.celex === '32023D1795');
    expect(dpf.scope.requiresDpf).toBe(true);
  });

  it('lists every code once in /v1/countries with a Swedish name', async () => {
    const all = await get('/v1/countries?lang=sv&asOf=2026-11-01');
    const codes = all.countries.map((c: { code: string }) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(240);
    expect(all.countries.find((c: { code: string }) => c.code === 'FI').name).toBe('Finland');
    expect(all.countries.find((c: { code: string }) => c.code === 'CH').adequacy.length).toBeGreaterThan(0);
  });

  it('describes the datasets in /v1/meta', async () => {
    const meta = await get('/v1/meta');
    expect(meta.product).toBe('tredjeland');
    for (const dataset of meta.datasets) {
      expect(dataset.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dataset.sources.length).toBeGreaterThan(0);
      expect(dataset.records).toBeGreaterThan(0);
    }
  });
});

describe('service hardening', () => {
  it('requires a bearer token on /v1 when tokens are configured, but not on /healthz', async () => {
    const app = createApp({ config: { ...quiet, apiTokens: ['s3cret', 'other'] } });
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/docs')).status).toBe(200);
    const missing = await app.request('/v1/meta');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await app.request('/v1/meta', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await app.request('/v1/meta', { headers: { authorization: 'Bearer other' } })).status).toBe(200);
  });

  it('refuses a body over the limit with 413 problem+json', async () => {
    const app = createApp({ config: { ...quiet, maxBodyBytes: 100 } });
    const res = await app.request('/v1/meta', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(500) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('returns a request id, keeping a sane one the caller sent', async () => {
    const app = createApp({ config: quiet });
    const own = await app.request('/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(own.headers.get('x-request-id')).toBe('abc-123');
    const fresh = await app.request('/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets secure headers and CORS only for configured origins', async () => {
    const closed = createApp({ config: quiet });
    const res = await closed.request('/healthz', { headers: { origin: 'https://example.org' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ config: { ...quiet, corsOrigins: ['https://example.org'] } });
    const allowed = await open.request('/healthz', { headers: { origin: 'https://example.org' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://example.org');
  });
});

describe('the OpenAPI examples are valid requests', async () => {
  // The register's routes need a register: a real SQLite one, in memory.
  const { register } = await openSqliteRegister({ path: ':memory:' });
  const app = createApp({ config: quiet, register });
  const spec = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '0' } });
  const examples = Object.entries(spec.paths ?? {}).flatMap(([path, item]) => {
    const body = (item?.post?.requestBody as { content?: Record<string, { example?: unknown }> } | undefined)
      ?.content?.['application/json'];
    return body?.example ? [{ path, example: body.example }] : [];
  });

  it('has examples for the assessment, document, wizard and TIA routes', () => {
    expect(examples.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/v1/assessments', '/v1/documents/{kind}', '/v1/wizard/{machine}', '/v1/tia']),
    );
  });

  for (const { path, example } of examples) {
    it(`${path} accepts its own example`, async () => {
      const url = path.replace('{kind}', 'scc').replace('{machine}', 'transfer');
      const res = await app.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(example),
      });
      expect(res.status, await res.clone().text()).toBe(path === '/v1/cases' ? 201 : 200);
    });
  }
});
