import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { openSqliteRegister } from '../../src/register/sqlite.js';
import { sampleCase } from './suite.js';

// 1,000 saved cases listed and searched while writes go on (SQLite file, WAL): every read answers, sees
// a consistent register, and every write lands.
const dir = mkdtempSync(join(tmpdir(), 'tredjeland-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('1,000 cases listed and searched while 40 cases are saved again', async () => {
  const seed = await openSqliteRegister({ path: join(dir, 'seed.db') });
  const seedApp = createApp({ register: seed.register, config: { log: false } });
  await seedApp.request('/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Mall', case: sampleCase('mall') }),
  });
  const [header, ...rows] = (await (await seedApp.request('/v1/cases/export')).text()).trim().split('\n');
  seed.close();
  // The one case, a thousand times under new ids (its rows as the export has them).
  const lines = [header!];
  for (let n = 0; n < 1000; n += 1) {
    const id = `c${String(n).padStart(4, '0')}`;
    for (const line of rows) {
      const row = JSON.parse(line) as Record<string, unknown>;
      if (row.type === 'audit') continue;
      if (row.type === 'case')
        Object.assign(row, { id, title: `Ärende ${id}`, search: `ärende ${id}\n${row.search}` });
      else row.caseId = id;
      lines.push(JSON.stringify(row));
    }
  }
  const opened = await openSqliteRegister({ path: join(dir, 'load.db') });
  const app = createApp({ register: opened.register, config: { log: false } });
  expect((await opened.register.importLines(lines)).cases).toBe(1000);

  const etags = new Map<string, string>();
  for (let n = 0; n < 40; n += 1) {
    const id = `c${String(n * 7).padStart(4, '0')}`;
    etags.set(id, ((await (await app.request(`/v1/cases/${id}`)).json()) as { etag: string }).etag);
  }
  const writes = [...etags].map(([id, etag]) =>
    app.request(`/v1/cases/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ title: `Ärende ${id} ny`, case: sampleCase('ny') }),
    }),
  );
  const reads = Array.from({ length: 60 }, (_, i) =>
    app.request(
      i % 2
        ? `/v1/cases?q=c${String(i).padStart(4, '0')}`
        : `/v1/cases?country=IN&page=${(i % 20) + 1}&pageSize=50`,
    ),
  );
  const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
  expect(written.map((r) => r.status)).toEqual(written.map(() => 200));
  for (const res of read) {
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: unknown[] };
    expect(body.total === 1000 || body.total === 1).toBe(true);
  }
  const all = (await (await app.request('/v1/cases?pageSize=1')).json()) as { total: number };
  expect(all.total).toBe(1000);
  opened.close();
}, 120_000);
