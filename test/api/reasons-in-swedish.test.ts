import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';

/**
 * Issue 14: errors in the requested language, field reasons included, on the routes that take no case too
 * (their hook has no schema to parse again): zod's own messages in Swedish, a schema's own message as it is.
 */

const app = createApp({ config: { log: false } });
const errorsOf = async (res: Response) => {
  expect(res.status).toBe(400);
  const body = (await res.json()) as {
    detail: string;
    errors: { field: string; reason: string; in: string }[];
  };
  return body;
};
const tia = (lang: string) =>
  app.request(`/v1/tia?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      destination: 'IN',
      transferTool: 'sccs',
      sccModule: 2,
      asOf: '2026-11-01',
      extra: 1,
    }),
  });

describe('zod reasons in Swedish on every route', () => {
  it('POST /v1/tia?lang=sv: an enum and an unknown field, in Swedish', async () => {
    const sv = await errorsOf(await tia('sv'));
    expect(sv.detail).toBe('Ett eller flera fält är inte giltiga; se errors.');
    expect(sv.errors).toEqual([
      {
        field: 'transferTool',
        reason: 'Ogiltigt val: förväntade en av "adequacy"|"art49-derogation"|"scc"|"bcr"|"other-art46"',
        in: 'body',
      },
      { field: 'extra', reason: 'okänt fält: ingår inte i schemat', in: 'body' },
    ]);
    const en = await errorsOf(await tia('en'));
    expect(en.errors[0]!.reason).toMatch(/^Invalid option: expected one of/);
  });

  it('GET /v1/dpf?lang=sv: query limits in Swedish, with the value read back', async () => {
    const sv = await errorsOf(await app.request('/v1/dpf?q=acme&limit=99&lang=sv'));
    expect(sv.errors).toEqual([
      { field: 'limit', reason: expect.stringMatching(/^För stor\(t\)/), in: 'query' },
    ]);
  });

  it('POST /v1/roles?lang=sv: a wrong type names what it got, not "undefined"', async () => {
    const res = await app.request('/v1/roles?lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: 'ja' }),
    });
    const sv = await errorsOf(res);
    expect(sv.errors[0]!.field).toBe('answers');
    expect(sv.errors[0]!.reason).toMatch(/^Ogiltig inmatning/);
    expect(sv.errors[0]!.reason).not.toMatch(/undefined/);
  });
  it('case routes: a refused query is worded in Swedish too, and not called an invalid case', async () => {
    const post = (path: string, body: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const one = { parties: [], flows: [] };
    for (const path of ['/v1/assessments?lang=sv&detail=bogus', '/v1/interview?lang=sv&shape=bogus']) {
      const sv = await errorsOf(await post(path, one));
      expect(sv.detail).toBe('Ett eller flera fält är inte giltiga; se errors.');
      expect(sv.errors[0]).toMatchObject({
        in: 'query',
        reason: expect.stringMatching(/^Ogiltigt val: förväntade en av/),
      });
    }
    const en = await errorsOf(await post('/v1/assessments?lang=en&detail=bogus', one));
    expect(en.detail).toBe('One or more fields are not valid; see errors.');
    expect(en.errors[0]!.reason).toMatch(/^Invalid option: expected one of/);
  });

  it('a malformed date is refused in Swedish: the first reason too', async () => {
    const res = await app.request('/v1/assessments?lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ asOf: '1 nov 2026', parties: [], flows: [] }),
    });
    const sv = await errorsOf(res);
    const reasons = sv.errors.filter((e) => e.field === 'asOf').map((e) => e.reason);
    expect(reasons).toContain('förväntade ett datum på formen ÅÅÅÅ-MM-DD');
    expect(reasons.join(' ')).not.toMatch(/expected|date as/);
  });
});
