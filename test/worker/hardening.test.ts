import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/api/config.js';
import { createApp } from '../../src/api/index.js';
import { workerEntry } from '../../src/worker.js';

// The hardening of issue 7, inside workerd: the limits and errors of the Worker entry, and bearer tokens
// read from bindings as a Worker gets its secrets.
const worker = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`http://worker${path}`, init));
const postJson = (path: string, body: string) =>
  worker(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { errors: { field: string; reason: string; in?: string }[] };
}

const party = (id: string, country: string, name = `Party ${id}`) => ({ id, name, country, type: 'company' });
const flow = (id: string) => ({ id, from: 'a', to: 'b', fromRole: 'controller', toRole: 'processor' });

describe('hardening in workerd', () => {
  it('a body over the limit: 413 from its declared length', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024 + 10) });
    const { errors } = await problem(await postJson('/v1/assessments', body), 413);
    expect(errors[0]).toMatchObject({ field: 'body', in: 'body' });
  });

  it('a body that is not JSON: 415; malformed JSON: 400', async () => {
    const form = await worker('/v1/assessments', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect((await problem(form, 415)).errors[0]).toMatchObject({ field: 'content-type', in: 'header' });
    await problem(await postJson('/v1/assessments', '{"parties": ['), 400);
  });

  it('more flows than a batch may hold: 400 naming flows', async () => {
    const body = JSON.stringify({
      parties: [party('a', 'SE'), party('b', 'US')],
      flows: Array.from({ length: 1001 }, (_, i) => flow(`f${i}`)),
    });
    const { errors } = await problem(await postJson('/v1/assessments', body), 400);
    expect(errors.map((e) => e.field)).toContain('flows');
  });

  it('a name with a right-to-left override: 400 naming the field and the character', async () => {
    const body = JSON.stringify({
      parties: [party('a', 'SE', 'Acme \u202eBA'), party('b', 'US')],
      flows: [flow('f')],
    });
    const { errors } = await problem(await postJson('/v1/assessments', body), 400);
    expect(errors).toContainEqual(
      expect.objectContaining({ field: 'parties[0].name', reason: expect.stringMatching(/U\+202E/) }),
    );
  });

  it('every answer carries a request id and the secure headers', async () => {
    const res = await worker('/healthz', { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await worker('/healthz')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('bearer tokens from bindings: /v1 needs one, /healthz and /docs stay open', async () => {
    const app = createApp({
      config: configFromEnv({ TREDJELAND_API_TOKENS: 'first, second', TREDJELAND_LOG: 'off' }),
    });
    const missing = await app.request('/v1/meta');
    expect((await problem(missing, 401)).errors[0]).toMatchObject({ field: 'authorization', in: 'header' });
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await problem(await app.request('/v1/meta', { headers: { authorization: 'Bearer third' } }), 401);
    expect((await app.request('/v1/meta', { headers: { authorization: 'Bearer second' } })).status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/docs')).status).toBe(200);
  });
});

describe('configuration in workerd', () => {
  const request = () => new Request('http://worker/v1/meta');
  const ctx = {} as never;

  it('a malformed variable: every request answers 500 problem+json naming it, never its value', async () => {
    const entry = workerEntry();
    for (const env of [{ TREDJELAND_API_TOKENS: ',' }, { TREDJELAND_MAX_BODY_BYTES: '1e6' }]) {
      const fresh = workerEntry();
      const res = await fresh.fetch(request(), env, ctx);
      const body = (await problem(res, 500)) as { type?: string; errors: { field: string }[] };
      expect(body.errors.map((e) => e.field)).toEqual(Object.keys(env));
      expect(JSON.stringify(body)).not.toMatch(/1e6/);
    }
    const bad = { TREDJELAND_TIMEOUT_MS: '10s' };
    await problem(await entry.fetch(request(), bad, ctx), 500);
    await problem(await entry.fetch(request(), bad, ctx), 500);
  });

  it('well-formed variables: the app answers', async () => {
    const res = await workerEntry().fetch(
      request(),
      { TREDJELAND_TIMEOUT_MS: '5000', TREDJELAND_LOG: 'off' },
      ctx,
    );
    expect(res.status).toBe(200);
  });
});

describe('bodies read as sent, in workerd (issue 18)', () => {
  const sound = {
    asOf: '2026-11-01',
    parties: [party('a', 'SE'), party('b', 'US')],
    flows: [flow('f')],
  };
  const send = (body: BodyInit, headers: Record<string, string> = {}) =>
    worker('/v1/assessments', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('invalid UTF-8: 400 with the byte offset', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"asOf":"'),
      0xff,
      ...new TextEncoder().encode('"}'),
    ]);
    const body = (await problem(await send(bytes), 400)) as unknown as { offset: number };
    expect(body.offset).toBe(9);
  });

  it('a repeated key: 400 naming it; malformed JSON: line and column', async () => {
    const twice = `{"asOf":"2020-01-01",${JSON.stringify(sound).slice(1)}`;
    expect((await problem(await send(twice), 400)).errors[0]?.field).toBe('asOf');
    const bad = await problem(await send('{\n"asOf" "x"}'), 400);
    expect(bad.errors[0]?.reason).toMatch(/^line 2, column 8: expected ":" after the key/);
  });

  it('Content-Encoding br and json-seq: 415; a wrong method: 405 with Allow', async () => {
    expect(
      (await problem(await send(JSON.stringify(sound), { 'content-encoding': 'br' }), 415)).errors[0]?.field,
    ).toBe('content-encoding');
    await problem(await send(JSON.stringify(sound), { 'content-type': 'application/json-seq' }), 415);
    const res = await worker('/v1/assessments');
    await problem(res, 405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('a path parameter with a bidi control is spelt out, a hidden character in a name refused', async () => {
    const text = await (await worker('/v1/countries/%E2%80%AEGB')).text();
    expect(text).not.toMatch(/\u202e/);
    expect(text).toContain('\\\\u202EGB');
    const hidden = { ...sound, parties: [party('a', 'SE', 'Ac\u200Bme'), party('b', 'US')] };
    const { errors } = await problem(await send(JSON.stringify(hidden)), 400);
    expect(errors[0]?.reason).toMatch(/U\+200B at character 3/);
  });
});
