import { env, exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { d1Register } from '../../src/register/d1.js';
import { registerSuite } from '../register/suite.js';

// The register suite of test/register/suite.ts against real D1 inside workerd, migrated from the same
// migrations/ folder (test/worker/apply-migrations.ts). DB2 is the empty target of the import.
const bindings = env as unknown as { DB: D1Database; DB2: D1Database };

registerSuite('D1', {
  async app(tokens) {
    return createApp({
      register: d1Register(bindings.DB),
      config: { log: false, ...(tokens ? { apiTokens: tokens } : {}) },
    });
  },
  async emptyApp() {
    return createApp({ register: d1Register(bindings.DB2), config: { log: false } });
  },
  async exec(sql) {
    await bindings.DB.prepare(sql).run();
  },
});

it('the Worker entry binds D1 from env.DB: save and read through the deployed fetch handler', async () => {
  const worker = (path: string, init?: RequestInit) =>
    exports.default.fetch(new Request(`http://worker${path}`, init));
  const res = await worker('/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Via the Worker entry',
      case: {
        asOf: '2026-11-01',
        parties: [
          { id: 'a', name: 'A', country: 'SE', type: 'public-authority' },
          { id: 'b', name: 'B', country: 'JP', type: 'company' },
        ],
        flows: [{ id: 'f', from: 'a', to: 'b', fromRole: 'controller', toRole: 'processor' }],
      },
    }),
  });
  expect(res.status).toBe(201);
  const location = res.headers.get('location')!;
  expect((await worker(location)).status).toBe(200);
});
