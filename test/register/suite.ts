import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/api/index.js';

/**
 * The register's behaviour through the HTTP API, run against real SQLite on Node
 * (test/register/sqlite.test.ts) and against real D1 inside workerd (test/worker/register.test.ts).
 * Tests of one file share a database (D1 storage is per file), so each test makes its own cases.
 */
export interface RegisterHarness {
  /** An app over the test database, with these tokens (`name:scope:secret`) if any. */
  app(tokens?: string[]): Promise<App>;
  /** An app over a second database that nothing else writes to (the import target). */
  emptyApp(): Promise<App>;
  /** Runs SQL on the test database, as an operator would. */
  exec(sql: string): Promise<void>;
}

export const tokens = [
  'anna:read-write:secret-anna-1',
  'revisor:read:secret-revisor-1',
  'kalender:calendar:secret-kalender-1',
  'fail-midway:read-write:secret-fail-1',
];
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const jsonHeaders = { 'content-type': 'application/json' };

/** A case of three flows: to a US DPF participant (adequacy via the DPF), to the UK (adequacy), to India (SCC). */
export function sampleCase(tag: string) {
  return {
    asOf: '2026-11-01',
    parties: [
      { id: 'kommun', name: `Exempel kommun ${tag}`, country: 'SE', type: 'public-authority' },
      {
        id: 'moln',
        name: `Molnbolaget ${tag} Inc.`,
        country: 'US',
        type: 'company',
        dpf: { active: true, hrData: true, nonHrData: true },
      },
      { id: 'uk', name: `Brittiska ${tag} Ltd`, country: 'GB', type: 'company' },
      { id: 'in', name: `Indiska ${tag} Pvt`, country: 'IN', type: 'company' },
    ],
    flows: [
      {
        id: 'us',
        from: 'kommun',
        to: 'moln',
        fromRole: 'controller',
        toRole: 'processor',
        how: 'hosting',
        publicPowers: false,
      },
      {
        id: 'gb',
        from: 'kommun',
        to: 'uk',
        fromRole: 'controller',
        toRole: 'processor',
        how: 'hosting',
        publicPowers: false,
      },
      {
        id: 'in',
        from: 'kommun',
        to: 'in',
        fromRole: 'controller',
        toRole: 'processor',
        how: 'hosting',
        publicPowers: false,
      },
    ],
  };
}

interface CaseRecord {
  id: string;
  etag: string;
  version: number;
  sha256: string;
  savedBy: string;
  title: string;
  flows: { id: string; mechanism: string; module?: number; tiaStatus?: string; dpf: boolean }[];
  due: { reason: string; date: string; flowId?: string }[];
}

async function save(app: App, tag: string, headers: Record<string, string> = {}, extra: object = {}) {
  const res = await app.request('/v1/cases', {
    method: 'POST',
    headers: { ...jsonHeaders, ...headers },
    body: JSON.stringify({
      title: `Ärende ${tag}`,
      caseNumber: `KS ${tag}`,
      tags: ['moln'],
      case: sampleCase(tag),
      ...extra,
    }),
  });
  return { res, body: (await res.json()) as CaseRecord };
}

function put(
  app: App,
  id: string,
  etag: string | undefined,
  title: string,
  tag: string,
  headers: Record<string, string> = {},
) {
  return app.request(`/v1/cases/${id}`, {
    method: 'PUT',
    headers: { ...jsonHeaders, ...(etag ? { 'if-match': etag } : {}), ...headers },
    body: JSON.stringify({ title, case: sampleCase(tag) }),
  });
}

async function sha256Hex(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function registerSuite(name: string, h: RegisterHarness) {
  describe(`case register (${name})`, () => {
    it('saves a case as sent, with an ETag, a Location and the verdict per flow', async () => {
      const app = await h.app();
      const sent = sampleCase('save1');
      const res = await app.request('/v1/cases', {
        method: 'POST',
        headers: jsonHeaders,
        // Keys in an unusual order: the stored body keeps them as sent.
        body: JSON.stringify({
          case: { flows: sent.flows, parties: sent.parties, asOf: sent.asOf },
          title: 'Ärende save1',
        }),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as CaseRecord & { case: unknown };
      expect(res.headers.get('etag')).toBe(body.etag);
      expect(res.headers.get('location')).toBe(`/v1/cases/${body.id}`);
      expect(body.version).toBe(1);
      expect(body.savedBy).toBe('anonymous');
      expect(body.sha256).toBe(
        await sha256Hex(JSON.stringify({ flows: sent.flows, parties: sent.parties, asOf: sent.asOf })),
      );
      expect(Object.keys(body.case as object)).toEqual(['flows', 'parties', 'asOf']);
      expect(body.flows).toEqual([
        { id: 'us', kind: 'transfer', mechanism: 'adequacy', dpf: true },
        { id: 'gb', kind: 'transfer', mechanism: 'adequacy', dpf: false },
        expect.objectContaining({ id: 'in', kind: 'transfer', mechanism: 'scc', module: 2, dpf: false }),
      ]);
      expect(body.due).toContainEqual(
        expect.objectContaining({ reason: 'adequacy-end', date: '2031-12-27', flowId: 'gb' }),
      );
      const read = await app.request(`/v1/cases/${body.id}`);
      expect(read.status).toBe(200);
      expect(read.headers.get('etag')).toBe(body.etag);
    });

    it('an invalid case: 400 naming the field under case.', async () => {
      const app = await h.app();
      const bad = sampleCase('bad');
      bad.flows[0]!.to = 'nobody';
      const res = await app.request('/v1/cases?lang=sv', {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ title: 'x', case: bad }),
      });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { field: string }[]; detail: string };
      expect(problem.errors[0]?.field).toMatch(/^case\.flows\[0\]/);
      expect(problem.detail).toMatch(/Fallet/);
    });

    it('lists and searches: words, party names, country, mechanism, DPF, open TIA, paging', async () => {
      const app = await h.app();
      const { body: a } = await save(app, 'sökord-alfa');
      const { body: b } = await save(app, 'sökord-beta');
      const list = async (query: string) => {
        const res = await app.request(`/v1/cases?${query}`);
        expect(res.status).toBe(200);
        return (await res.json()) as {
          items: { id: string }[];
          total: number;
          page: number;
          pageSize: number;
        };
      };
      expect((await list('q=SÖKORD-ALFA')).items.map((i) => i.id)).toEqual([a.id]);
      expect(
        (await list(`q=${encodeURIComponent('molnbolaget sökord-beta')}`)).items.map((i) => i.id),
      ).toEqual([b.id]);
      expect((await list('q=sökord&country=IN&mechanism=scc&dpf=true')).total).toBe(2);
      expect((await list('q=sökord&country=JP')).total).toBe(0);
      expect((await list('q=sökord&dpf=false')).total).toBe(0);
      const page = await list('q=sökord&pageSize=1&page=2');
      expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(page.items).toHaveLength(1);
      expect((await app.request('/v1/cases?mechanism=bogus')).status).toBe(400);
    });

    it('no lost update: 428 without If-Match, 412 with a stale one (naming the current version), versions kept', async () => {
      const app = await h.app();
      const { body: v1 } = await save(app, 'etag');
      expect((await put(app, v1.id, undefined, 'Ny', 'etag')).status).toBe(428);
      const ok = await put(app, v1.id, v1.etag, 'Version två', 'etag');
      expect(ok.status).toBe(200);
      const v2 = (await ok.json()) as CaseRecord;
      expect(v2.version).toBe(2);
      expect(ok.headers.get('etag')).toBe(v2.etag);
      const stale = await put(app, v1.id, v1.etag, 'Version tre', 'etag');
      expect(stale.status).toBe(412);
      expect(((await stale.json()) as { current: unknown }).current).toMatchObject({
        version: 2,
        etag: v2.etag,
      });
      const old = (await (await app.request(`/v1/cases/${v1.id}?version=1`)).json()) as CaseRecord;
      expect(old).toMatchObject({ version: 1, title: 'Ärende etag', etag: v1.etag });
      expect((await app.request(`/v1/cases/${v1.id}?version=9`)).status).toBe(404);
      const history = (await (await app.request(`/v1/cases/${v1.id}/history`)).json()) as {
        versions: { version: number; reason: string }[];
        audit: { action: string; actor: string; version: number; requestId: string }[];
      };
      expect(history.versions.map((v) => [v.version, v.reason])).toEqual([
        [1, 'create'],
        [2, 'save'],
      ]);
      expect(history.audit.map((e) => e.action)).toEqual(['create', 'save']);
      expect(history.audit[0]?.requestId).toBeTruthy();
    });

    it('20 concurrent writers on one case: exactly one wins each round, the others get 412', async () => {
      const app = await h.app();
      const { body } = await save(app, 'race');
      let etag = body.etag;
      for (let round = 1; round <= 3; round += 1) {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            put(app, body.id, etag, `Runda ${round} skrivare ${i}`, 'race'),
          ),
        );
        const statuses = results.map((r) => r.status);
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect(statuses.filter((s) => s === 412)).toHaveLength(19);
        const winner = results.find((r) => r.status === 200)!;
        etag = winner.headers.get('etag')!;
      }
      const history = (await (await app.request(`/v1/cases/${body.id}/history`)).json()) as {
        versions: unknown[];
      };
      expect(history.versions).toHaveLength(4);
    });

    it('a write failing midway leaves nothing half saved', async () => {
      // The database itself refuses the audit entry, the last statement of the write.
      await h.exec(
        "CREATE TRIGGER IF NOT EXISTS test_fail_midway BEFORE INSERT ON audit WHEN NEW.actor = 'fail-midway' BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
      );
      const app = await h.app(tokens);
      const anna = bearer('secret-anna-1');
      const failing = bearer('secret-fail-1');
      const { body: v1 } = await save(app, 'midway', anna);
      const res = await put(app, v1.id, v1.etag, 'Halvsparad', 'midway', failing);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      const now = (await (await app.request(`/v1/cases/${v1.id}`, { headers: anna })).json()) as CaseRecord;
      expect(now).toMatchObject({ version: 1, etag: v1.etag, title: 'Ärende midway' });
      const history = (await (await app.request(`/v1/cases/${v1.id}/history`, { headers: anna })).json()) as {
        versions: unknown[];
        audit: unknown[];
      };
      expect(history.versions).toHaveLength(1);
      expect(history.audit).toHaveLength(1);
      // A new case failing the same way leaves no trace at all.
      const create = await save(app, 'midway-new', failing);
      expect(create.res.status).toBe(503);
      const found = (await (await app.request('/v1/cases?q=midway-new', { headers: anna })).json()) as {
        total: number;
      };
      expect(found.total).toBe(0);
      // The same write by someone else goes through: nothing was left locked or half done.
      expect((await put(app, v1.id, v1.etag, 'Hel', 'midway', anna)).status).toBe(200);
    });

    it('tokens: names in savedBy and the audit log, read-only 403, calendar token only on the feed', async () => {
      const app = await h.app(tokens);
      expect((await app.request('/v1/cases')).status).toBe(401);
      const { res, body } = await save(app, 'tokens', bearer('secret-anna-1'));
      expect(res.status).toBe(201);
      expect(body.savedBy).toBe('anna');
      const readOnly = await save(app, 'tokens-ro', bearer('secret-revisor-1'));
      expect(readOnly.res.status).toBe(403);
      expect((await put(app, body.id, body.etag, 'x', 'tokens', bearer('secret-revisor-1'))).status).toBe(
        403,
      );
      expect(
        (await app.request(`/v1/cases/${body.id}`, { method: 'DELETE', headers: bearer('secret-revisor-1') }))
          .status,
      ).toBe(403);
      expect(
        (await app.request(`/v1/cases/${body.id}`, { headers: bearer('secret-revisor-1') })).status,
      ).toBe(200);
      // Reading is allowed, saving a re-assessment is a write.
      const reassess = (save: boolean) =>
        app.request('/v1/cases/reassess', {
          method: 'POST',
          headers: { ...jsonHeaders, ...bearer('secret-revisor-1') },
          body: JSON.stringify({ asOf: '2026-11-02', caseIds: [body.id], save }),
        });
      expect((await reassess(false)).status).toBe(200);
      expect((await reassess(true)).status).toBe(403);
      const calendar = bearer('secret-kalender-1');
      expect((await app.request('/v1/cases', { headers: calendar })).status).toBe(403);
      expect(
        (
          await app.request('/v1/assessments', {
            method: 'POST',
            headers: { ...jsonHeaders, ...calendar },
            body: '{}',
          })
        ).status,
      ).toBe(403);
      expect((await app.request('/v1/cases/calendar.ics?token=secret-kalender-1')).status).toBe(200);
      expect((await app.request('/v1/cases/calendar.ics?token=secret-anna-1')).status).toBe(403);
      expect((await app.request('/v1/cases/calendar.ics?token=wrong-secret')).status).toBe(401);
      expect((await app.request(`/v1/cases/${body.id}?token=secret-kalender-1`)).status).toBe(401);
      const history = (await (
        await app.request(`/v1/cases/${body.id}/history`, { headers: bearer('secret-anna-1') })
      ).json()) as {
        audit: { actor: string }[];
      };
      expect(history.audit.map((e) => e.actor)).toEqual(['anna']);
    });

    it('due list and an iCalendar feed a parser reads, with stable UIDs', async () => {
      const app = await h.app();
      const { body } = await save(app, 'due');
      const due = (await (
        await app.request('/v1/cases/due?within=3650d&asOf=2026-11-01&lang=sv')
      ).json()) as {
        items: { caseId: string; reason: string; date: string; label: string; flowId?: string }[];
      };
      const mine = due.items.filter((i) => i.caseId === body.id);
      expect(mine).toContainEqual(
        expect.objectContaining({ reason: 'adequacy-end', date: '2031-12-27', flowId: 'gb' }),
      );
      expect(mine.find((i) => i.reason === 'adequacy-end')?.label).toMatch(/Sista dagen/);
      expect((await app.request('/v1/cases/due?within=90x')).status).toBe(400);
      const near = (await (await app.request('/v1/cases/due?within=30d&asOf=2026-11-01')).json()) as {
        items: { caseId: string; date: string }[];
      };
      expect(near.items.every((i) => i.date <= '2026-12-01')).toBe(true);

      const fetchFeed = async () => {
        const res = await app.request('/v1/cases/calendar.ics');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
        const calendar = new ICAL.Component(ICAL.parse(await res.text()));
        return calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      };
      const events = await fetchFeed();
      // The UK decision's last day is beyond the feed's 400 days; the data-age date is within it.
      const dataAge = events.find((e) => e.uid.startsWith(`${body.id}.data-age`));
      expect(dataAge).toBeDefined();
      expect(dataAge!.startDate.isDate).toBe(true);
      expect(dataAge!.summary).toContain('Ärende due');
      const again = await fetchFeed();
      expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    });

    it('re-assessment with a scenario: the DPF decision ended, a participant inactive; save stores versions with the scenario', async () => {
      const app = await h.app();
      const { body } = await save(app, 'reassess');
      const run = async (payload: object) => {
        const res = await app.request('/v1/cases/reassess', {
          method: 'POST',
          headers: jsonHeaders,
          body: JSON.stringify({ caseIds: [body.id], ...payload }),
        });
        expect(res.status).toBe(200);
        return (await res.json()) as {
          cases: {
            caseId: string;
            savedVersion?: number;
            flows: {
              flowId: string;
              before: { mechanism: string } | null;
              after: { mechanism: string; module?: number } | null;
              changed: boolean;
            }[];
          }[];
          changedFlows: number;
        };
      };
      // The law as the data say it: nothing moves.
      expect((await run({ asOf: '2026-11-02' })).changedFlows).toBe(0);
      const ended = await run({
        asOf: '2027-01-02',
        scenario: { name: 'DPF upphävt', adequacyEnded: [{ decision: '2023-1795', from: '2027-01-01' }] },
      });
      const us = ended.cases[0]!.flows.find((f) => f.flowId === 'us')!;
      expect(us).toMatchObject({
        changed: true,
        before: { mechanism: 'adequacy' },
        after: { mechanism: 'scc', module: 2 },
      });
      expect(ended.cases[0]!.flows.filter((f) => f.changed).map((f) => f.flowId)).toEqual(['us']);
      // Before the scenario's date the decision still holds.
      expect(
        (
          await run({
            asOf: '2026-12-31',
            scenario: { adequacyEnded: [{ decision: '2023-1795', from: '2027-01-01' }] },
          })
        ).changedFlows,
      ).toBe(0);
      const inactive = await run({
        asOf: '2026-11-02',
        scenario: {
          name: 'Molnbolaget inaktivt',
          dpfInactive: [{ name: 'Molnbolaget reassess Inc.', from: '2026-11-01' }],
        },
        save: true,
      });
      expect(inactive.cases[0]!.flows.find((f) => f.flowId === 'us')).toMatchObject({
        changed: true,
        after: { mechanism: 'scc' },
      });
      expect(inactive.cases[0]!.savedVersion).toBe(2);
      const history = (await (await app.request(`/v1/cases/${body.id}/history`)).json()) as {
        versions: { version: number; reason: string; scenario?: string }[];
        audit: { action: string; detail: string | null }[];
      };
      expect(history.versions[1]).toMatchObject({
        version: 2,
        reason: 'reassess',
        scenario: 'Molnbolaget inaktivt',
      });
      expect(history.audit.at(-1)).toMatchObject({ action: 'reassess', detail: 'Molnbolaget inaktivt' });
      // The saved version says what the scenario found; the data themselves are unchanged afterwards.
      const latest = (await (await app.request(`/v1/cases/${body.id}`)).json()) as CaseRecord;
      expect(latest.flows.find((f) => f.id === 'us')?.mechanism).toBe('scc');
      expect(
        (await run({ asOf: '2026-11-02' })).cases[0]!.flows.find((f) => f.flowId === 'us'),
      ).toMatchObject({
        changed: true,
        after: { mechanism: 'adequacy' },
      });
    });

    it('files a document (bytes back as sent), 413 beyond 1 MiB', async () => {
      const app = await h.app();
      const { body } = await save(app, 'doc');
      const bytes = new Uint8Array(3000).map((_, i) => (i * 7) % 256);
      const base64 = btoa(String.fromCharCode(...bytes));
      const filed = await app.request(`/v1/cases/${body.id}/documents`, {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ kind: 'scc', lang: 'sv', filename: 'scc.docx', contentBase64: base64 }),
      });
      expect(filed.status).toBe(201);
      const doc = (await filed.json()) as { id: string; version: number; size: number; sha256: string };
      expect(doc).toMatchObject({ version: 1, size: 3000 });
      const back = await app.request(`/v1/cases/${body.id}/documents/${doc.id}`);
      expect(new Uint8Array(await back.arrayBuffer())).toEqual(bytes);
      const list = (await (await app.request(`/v1/cases/${body.id}/documents`)).json()) as {
        items: { id: string }[];
      };
      expect(list.items.map((d) => d.id)).toEqual([doc.id]);
      // 1 MiB + 2 zero bytes in base64.
      const big = 'A'.repeat(((1024 * 1024 + 2) / 3) * 4);
      const tooBig = await app.request(`/v1/cases/${body.id}/documents`, {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ kind: 'scc', lang: 'sv', filename: 'big.docx', contentBase64: big }),
      });
      expect(tooBig.status, await tooBig.clone().text()).toBe(413);
    });

    it('delete removes the content for real; the audit keeps an entry without it', async () => {
      const app = await h.app();
      const { body } = await save(app, 'radera-hemligt-namn');
      await app.request(`/v1/cases/${body.id}/documents`, {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({
          kind: 'memo',
          lang: 'sv',
          filename: 'memo.docx',
          contentBase64: btoa('hemligt-innehall'),
        }),
      });
      expect(
        (await app.request(`/v1/cases/${body.id}`, { method: 'DELETE', headers: { 'if-match': '"9.0000"' } }))
          .status,
      ).toBe(412);
      expect((await app.request(`/v1/cases/${body.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await app.request(`/v1/cases/${body.id}`)).status).toBe(404);
      expect((await app.request(`/v1/cases/${body.id}/history`)).status).toBe(404);
      expect((await app.request(`/v1/cases/${body.id}`, { method: 'DELETE' })).status).toBe(404);
      const exported = await (await app.request('/v1/cases/export')).text();
      expect(exported).not.toContain('radera-hemligt-namn');
      expect(exported).not.toContain(btoa('hemligt-innehall'));
      const entries = exported
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; caseId?: string; action?: string })
        .filter((l) => l.type === 'audit' && l.caseId === body.id);
      expect(entries.map((e) => e.action)).toEqual(['create', 'file-document', 'delete']);
    });

    it('export, import into an empty register, export again: the same bytes', async () => {
      const app = await h.app();
      await save(app, 'export-a');
      const { body } = await save(app, 'export-b');
      await put(app, body.id, body.etag, 'Andra versionen', 'export-b');
      await app.request(`/v1/cases/${body.id}/documents`, {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({
          kind: 'tia',
          lang: 'en',
          filename: 'tia.docx',
          contentBase64: btoa('PK\u0003\u0004 bytes'),
        }),
      });
      const first = await app.request('/v1/cases/export');
      expect(first.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      const exported = await first.text();
      const target = await h.emptyApp();
      const imported = await target.request('/v1/cases/import', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: exported,
      });
      expect(imported.status).toBe(200);
      const again = await (await target.request('/v1/cases/export')).text();
      expect(again).toBe(exported);
      const twice = await target.request('/v1/cases/import', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: exported,
      });
      expect(twice.status).toBe(409);
      // The imported register works: the case reads back with its versions.
      expect(((await (await target.request(`/v1/cases/${body.id}`)).json()) as CaseRecord).version).toBe(2);
    });

    it('an export that cannot be read: 400 naming the line, nothing loaded', async () => {
      const app = await h.app();
      const res = await app.request('/v1/cases/import', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: '{"type":"register","format":1}\n{"type":"case","id":"x"}\n',
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('line 2');
    });
  });
}
