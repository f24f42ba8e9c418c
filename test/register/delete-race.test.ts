import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseNotFound, type NewVersion, VersionConflict } from '../../src/register/port.js';
import { type OpenedRegister, openSqliteRegister } from '../../src/register/sqlite.js';

// A save and a delete of the same version, run at once on the register itself (real SQLite), so that both
// read before either writes: the delete must never remove a version it did not see.
const dir = mkdtempSync(join(tmpdir(), 'tredjeland-delete-race-'));
let opened: OpenedRegister | undefined;
afterAll(() => {
  opened?.close();
  rmSync(dir, { recursive: true, force: true });
});

function version(title: string): NewVersion {
  return {
    title,
    caseNumber: null,
    reference: null,
    tags: [],
    body: JSON.stringify({ parties: [], flows: [] }),
    sha256: '0'.repeat(64),
    asOf: '2026-12-05',
    dataVersion: 'test',
    flows: [],
    due: [],
    searchText: title.toLowerCase(),
    countries: [],
    mechanisms: [],
    openTia: false,
    dpf: false,
    nextDue: null,
  };
}
const meta = (name: string) => ({ actor: { name }, at: '2026-12-05T12:00:00.000Z' });

describe('the register: a save and a delete of the same version at once', () => {
  it('never both succeed; the saved version survives or both are gone, and the audit says which', async () => {
    opened = await openSqliteRegister({ path: join(dir, 'register.db') });
    const { register } = opened;
    for (let round = 0; round < 10; round += 1) {
      const id = `race-${round}`;
      const first = await register.create(id, version(`Ärende ${round}`), meta('anna'));
      const [saved, deleted] = await Promise.allSettled([
        register.save(id, first.etag, version(`Ärende ${round}, version 2`), meta('anna')),
        register.delete(id, first.etag, meta('bertil')),
      ]);
      const after = await register.get(id);
      if (deleted.status === 'fulfilled') {
        expect(saved.status).toBe('rejected');
        expect(after).toBeUndefined();
      } else {
        expect(deleted.reason).toBeInstanceOf(VersionConflict);
        expect(saved.status).toBe('fulfilled');
        expect(after?.version).toBe(2);
        const history = await register.history(id);
        expect(history?.audit.map((e) => e.action)).toEqual(['create', 'save']);
      }
      if (saved.status === 'rejected') {
        const reason = saved.reason as unknown;
        expect(reason instanceof VersionConflict || reason instanceof CaseNotFound).toBe(true);
      }
    }
  });
});
