import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { openSqliteRegister } from '../../src/register/sqlite.js';

/**
 * Property tests over every route in the OpenAPI document: whatever arrives, the answer is never a
 * 5xx, every error is problem+json, and the server keeps answering afterwards. New routes are covered
 * as soon as they are in the document.
 */
// With a real register (SQLite in memory), so the /v1/cases routes are exercised too.
const { register } = await openSqliteRegister({ path: ':memory:' });
const app = createApp({ config: { log: false, maxBodyBytes: 256 * 1024 }, register });
const spec = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '0' } });
const operations = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
  Object.keys(item ?? {})
    .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
    .map((method) => ({ path, method: method.toUpperCase() })),
);

const segment = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'SE',
    'GB',
    'US',
    'xx',
    '..',
    '%00',
    '%F0%9F%98%80',
    'scc',
    'bundle',
    'transfer',
    'A'.repeat(300),
  ),
);
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom('{', '{"parties":', '[]', 'null', '{"a":1}{', '\u0000', '"\\ud800"'),
  fc.string({ maxLength: 200 }),
);

function fillPath(template: string, values: string[]) {
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++] ?? 'x'));
}

async function send(method: string, url: string, body?: string, type = 'application/json') {
  const init: RequestInit = { method };
  if (body !== undefined && method !== 'GET') init.body = body;
  if (method !== 'GET') init.headers = { 'content-type': type };
  return app.request(url, init);
}

async function expectSane(res: Response) {
  expect(res.status, await res.clone().text()).toBeLessThan(500);
  if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

describe('no input makes any route answer 5xx', () => {
  it('found the routes to test', () => {
    expect(operations.length).toBeGreaterThanOrEqual(4);
  });

  for (const { path, method } of operations) {
    it(`${method} ${path} with arbitrary parameters and bodies`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(segment, { minLength: 3, maxLength: 3 }),
          fc.dictionary(
            fc.constantFrom('asOf', 'lang', 'q', 'limit', 'format', 'x'),
            fc.string({ maxLength: 30 }),
          ),
          jsonish,
          fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/problem+json',
          ),
          async (params, query, body, type) => {
            const qs = new URLSearchParams(query).toString();
            const url = `${fillPath(path, params)}${qs ? `?${qs}` : ''}`;
            await expectSane(
              await send(method, url, typeof body === 'string' ? body : JSON.stringify(body), type),
            );
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('survives deep nesting and huge strings, then still answers', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const huge = JSON.stringify({ parties: [{ id: 'x'.repeat(200_000) }] });
    for (const { path, method } of operations.filter((o) => o.method === 'POST')) {
      await expectSane(await send(method, fillPath(path, ['SE', 'scc', 'x']), deep));
      await expectSane(await send(method, fillPath(path, ['SE', 'scc', 'x']), huge));
      await expectSane(await send(method, fillPath(path, ['SE', 'scc', 'x']), 'x'.repeat(300 * 1024)));
    }
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
