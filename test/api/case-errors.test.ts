import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { type OpenedRegister, openSqliteRegister } from '../../src/register/sqlite.js';

/**
 * Issue 14: every route that takes a case reports all its errors in one answer, in the user's language:
 * the schema's (zod's Swedish locale with lang=sv) together with the cross-checks' (an unknown party id,
 * contradictions), which before came only once the schema passed.
 */

const dir = mkdtempSync(join(tmpdir(), 'tredjeland-case-errors-'));
let opened: OpenedRegister | undefined;
afterAll(() => {
  opened?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function app() {
  opened ??= await openSqliteRegister({ path: join(dir, 'register.db') });
  return createApp({ register: opened.register, config: { log: false } });
}

/** A case with one schema error (`kommun` is no party type) and two cross-check errors. */
const brokenCase = {
  asOf: '2026-11-01',
  parties: [
    { id: 'a', name: 'A', country: 'SE', type: 'kommun' },
    {
      id: 'b',
      name: 'B',
      country: 'se',
      type: 'company',
      dpf: { active: true, hrData: false, nonHrData: true },
    },
  ],
  flows: [{ id: 'f', from: 'a', to: 'x', fromRole: 'controller', toRole: 'processor' }],
};

type Problem = { status: number; detail: string; errors: { field: string; reason: string; in?: string }[] };

async function send(path: string, body: unknown, lang: 'sv' | 'en', method = 'POST'): Promise<Problem> {
  const res = await (await app()).request(`${path}?lang=${lang}`, {
    method,
    headers: { 'content-type': 'application/json', 'if-match': '"x"' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as Problem;
}

const routes: { name: string; path: string; method?: string; wrap: (c: unknown) => unknown; at: string }[] = [
  { name: 'assessments', path: '/v1/assessments', wrap: (c) => c, at: '' },
  { name: 'map', path: '/v1/map', wrap: (c) => c, at: '' },
  { name: 'documents', path: '/v1/documents/memo', wrap: (c) => ({ case: c }), at: 'case.' },
  { name: 'cases (create)', path: '/v1/cases', wrap: (c) => ({ title: 'T', case: c }), at: 'case.' },
  {
    name: 'cases (save)',
    path: '/v1/cases/00000000-0000-4000-8000-000000000000',
    method: 'PUT',
    wrap: (c) => ({ title: 'T', case: c }),
    at: 'case.',
  },
];

describe('all errors at once on every route that takes a case', () => {
  for (const route of routes) {
    it(`${route.name}: schema and cross-check errors together, in English`, async () => {
      const problem = await send(route.path, route.wrap(brokenCase), 'en', route.method);
      expect(problem.errors.map((e) => e.field)).toEqual([
        `${route.at}parties[0].type`,
        `${route.at}parties[1].dpf`,
        `${route.at}flows[0].to`,
      ]);
      expect(problem.errors[0]!.reason).toMatch(/Invalid option/);
      expect(problem.errors[1]!.reason).toBe(
        'Data Privacy Framework facts apply only to a party in the United States (country "US")',
      );
      expect(problem.errors[2]!.reason).toBe('no party has the id "x"');
      expect(problem.errors.every((e) => e.in === 'body')).toBe(true);
    });

    it(`${route.name}: the same in Swedish, field reasons included`, async () => {
      const problem = await send(route.path, route.wrap(brokenCase), 'sv', route.method);
      expect(problem.detail).toBe('Fallet är inte giltigt; se errors för varje fält.');
      expect(problem.errors).toEqual([
        { field: `${route.at}parties[0].type`, reason: expect.stringMatching(/^Ogiltigt val/), in: 'body' },
        {
          field: `${route.at}parties[1].dpf`,
          reason: 'uppgifter om Data Privacy Framework gäller bara en part i USA (country "US")',
          in: 'body',
        },
        { field: `${route.at}flows[0].to`, reason: 'ingen part har id "x"', in: 'body' },
      ]);
    });
  }

  it('a field the schema refused is not reported twice by the cross-checks', async () => {
    // The country is refused by the schema; the cross-check "country required" for the same field is not added.
    const problem = await send(
      '/v1/assessments',
      {
        parties: [
          { id: 'a', name: 'A', country: 'Sverige', type: 'public-authority' },
          { id: 'a', name: 'B', country: 'US', type: 'company' },
        ],
        flows: [{ id: 'f', from: 'a', to: 'a', fromRole: 'controller', toRole: 'processor', hrData: 'ja' }],
      },
      'sv',
    );
    expect(problem.errors.map((e) => e.field)).toEqual([
      'parties[0].country',
      'flows[0].hrData',
      'parties[1].id',
      'flows[0].to',
    ]);
    // The schema's own message (zod's locale does not reach it) in Swedish too.
    expect(problem.errors[0]!.reason).toBe(
      'förväntade en kod enligt ISO 3166-1 alfa-2, t.ex. SE, eller en territoriekod som PT-20',
    );
    expect(problem.errors[1]!.reason).toMatch(/^Ogiltig inmatning/);
    expect(problem.errors[2]!.reason).toBe('part-id "a" används redan (av parties[0])');
    expect(problem.errors[3]!.reason).toBe(
      'ett flöde från en part till samma part är inget flöde mellan parter',
    );
  });

  it('an unknown field is named in Swedish', async () => {
    const problem = await send(
      '/v1/assessments',
      { ...brokenCase, parties: [{ ...brokenCase.parties[0], typ: 'x' }, brokenCase.parties[1]] },
      'sv',
    );
    expect(problem.errors).toContainEqual({
      field: 'parties[0].typ',
      reason: 'okänt fält: ingår inte i schemat',
      in: 'body',
    });
  });

  it('a body whose parties are no list: the schema error alone, no guesses about references', async () => {
    const problem = await send('/v1/assessments', { parties: 'a', flows: brokenCase.flows }, 'en');
    expect(problem.errors.map((e) => e.field)).toEqual(['parties']);
  });

  it('a case that passes the schema: the cross-checks in Swedish (a cycle of onward flows)', async () => {
    const problem = await send(
      '/v1/assessments',
      {
        asOf: '2026-11-01',
        parties: [
          { id: 'se', name: 'SE', country: 'SE', type: 'public-authority' },
          { id: 'us', name: 'US', country: 'US', type: 'company', gdprBasis: 'none' },
          { id: 'in', name: 'IN', country: 'IN', type: 'company', gdprBasis: 'none' },
        ],
        flows: [
          { id: 'f1', from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor' },
          { id: 'f2', from: 'us', to: 'in', fromRole: 'processor', toRole: 'processor' },
          { id: 'f3', from: 'in', to: 'us', fromRole: 'processor', toRole: 'processor' },
        ],
      },
      'sv',
    );
    expect(problem.detail).toBe('Fallet hänger inte ihop; se errors för varje fält.');
    expect(problem.errors.map((e) => e.field)).toEqual(['flows[1].to', 'flows[2].to']);
    expect(problem.errors[0]!.reason).toMatch(/^flödena "f2" → "f3" → "f2" bildar en cirkel/);
  });
});
