import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { RegisterUnavailable } from '../../src/register/port.js';
import { migrate, openSqliteRegister } from '../../src/register/sqlite.js';
import { sampleCase } from './suite.js';

// The database locked by another process, or not there: 503 problem+json, and nothing saved is lost.
const dir = mkdtempSync(join(tmpdir(), 'tredjeland-unavailable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = { 'content-type': 'application/json' };

describe('register unavailable', () => {
  it('a database locked by another connection: 503 with Retry-After; the saved case is intact after', async () => {
    const path = join(dir, 'locked.db');
    const opened = await openSqliteRegister({ path, busyTimeoutMs: 100 });
    const app = createApp({ register: opened.register, config: { log: false } });
    const saved = await app.request('/v1/cases', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ title: 'Före låset', case: sampleCase('lock') }),
    });
    expect(saved.status).toBe(201);
    const { id, etag } = (await saved.json()) as { id: string; etag: string };

    // Another process holds the write lock (BEGIN IMMEDIATE) longer than the register waits.
    const other = createClient({ url: `file:${path}` });
    const lock = await other.transaction('write');
    await lock.execute("INSERT INTO audit (at, actor, action) VALUES ('2026-01-01', 'lock', 'test')");
    try {
      const res = await app.request(`/v1/cases/${id}?lang=sv`, {
        method: 'PUT',
        headers: { ...json, 'if-match': etag },
        body: JSON.stringify({ title: 'Under låset', case: sampleCase('lock') }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('retry-after')).toBe('5');
      const problem = (await res.json()) as { type: string; title: string };
      expect(problem.type).toMatch(/register-unavailable$/);
      expect(problem.title).toMatch(/inget sparades/);
    } finally {
      await lock.rollback();
      other.close();
    }
    const after = (await (await app.request(`/v1/cases/${id}`)).json()) as { version: number; title: string };
    expect(after).toMatchObject({ version: 1, title: 'Före låset' });
    opened.close();
  });

  it('a database that cannot be opened: the register says so (RegisterUnavailable)', async () => {
    const notAFile = join(dir, 'a-directory.db');
    mkdirSync(notAFile);
    await expect(openSqliteRegister({ path: notAFile })).rejects.toBeInstanceOf(RegisterUnavailable);
  });

  it('no register configured: /v1/cases answers 503 problem+json, the rest of the API works', async () => {
    const app = createApp({ config: { log: false } });
    const res = await app.request('/v1/cases');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('the Node migrator keeps d1_migrations as wrangler does, and applies each file once', async () => {
    const client = createClient({ url: `file:${join(dir, 'migrate.db')}` });
    expect(await migrate(client)).toEqual(['0001_case_register.sql']);
    expect(await migrate(client)).toEqual([]);
    const rows = (await client.execute('SELECT name FROM d1_migrations')).rows.map((r) => r.name);
    expect(rows).toEqual(['0001_case_register.sql']);
    // The audit log refuses to be changed.
    await client.execute("INSERT INTO audit (at, actor, action) VALUES ('2026-01-01', 'x', 'create')");
    await expect(client.execute("UPDATE audit SET actor = 'y'")).rejects.toThrow(/append-only/);
    await expect(client.execute('DELETE FROM audit')).rejects.toThrow(/append-only/);
    client.close();
  });
});
