import { and, asc, count, desc, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { AnySQLiteColumn, BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { headerLine, parseExport, rowLine } from './export.js';
import {
  type AuditEntry,
  type CaseFilter,
  type CaseListItem,
  CaseNotFound,
  type CaseRegister,
  type DueEntry,
  type FiledDocument,
  type FlowSummary,
  type NewVersion,
  RegisterNotEmpty,
  RegisterUnavailable,
  type StoredVersion,
  VersionConflict,
  type WriteMeta,
} from './port.js';
import { audit, type CaseRow, cases, caseVersions, documents, type VersionRow } from './tables.js';

/** A drizzle database on SQLite (libsql) or D1: the same query builder, and `batch`, one transaction. */
export type RegisterDb = BaseSQLiteDatabase<'async', unknown> & {
  batch(queries: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]): Promise<unknown>;
};

/** What the adapter knows of its driver's errors: a constraint violation, or the database failing. */
export type ErrorKind = 'constraint' | 'unavailable';

export interface DrizzleRegisterOptions {
  classify(error: unknown): ErrorKind;
}

/** The register over drizzle: the one implementation both adapters share; they differ in driver and errors. */
export class DrizzleRegister implements CaseRegister {
  constructor(
    private readonly db: RegisterDb,
    private readonly options: DrizzleRegisterOptions,
  ) {}

  async create(id: string, v: NewVersion, meta: WriteMeta): Promise<StoredVersion> {
    const stored = stored_(id, 1, v, meta, 'create');
    await this.write([
      this.db.insert(cases).values(caseRow(stored, v)),
      this.db.insert(caseVersions).values(versionRow(stored)),
      this.db.insert(audit).values(auditRow(meta, 'create', id, 1)),
    ]);
    return stored;
  }

  async save(id: string, expectedEtag: string, v: NewVersion, meta: WriteMeta): Promise<StoredVersion> {
    const current = await this.currentOf(id);
    if (!current) throw new CaseNotFound(id);
    if (current.etag !== expectedEtag) throw new VersionConflict(current);
    const reason = meta.reason ?? 'save';
    const stored = stored_(id, current.version + 1, v, meta, reason);
    try {
      // The version's primary key (case, n + 1) lets one of two saves on version n win; the loser's
      // whole batch rolls back. The audit entry comes first and takes its action from the case row as
      // read: if a delete (or another save) landed since, it is NULL, the NOT NULL constraint fails and
      // nothing is written, not even a version without its case.
      const stillLatest = sql`(SELECT ${reason} FROM ${cases} WHERE ${cases.id} = ${id} AND ${cases.etag} = ${current.etag})`;
      await this.write(
        [
          this.db
            .insert(audit)
            .values({ ...auditRow(meta, reason, id, stored.version, meta.scenario), action: stillLatest }),
          this.db.insert(caseVersions).values(versionRow(stored)),
          this.db
            .update(cases)
            .set(caseRow(stored, v))
            .where(and(eq(cases.id, id), eq(cases.latestVersion, current.version))),
        ],
        true,
      );
    } catch (error) {
      if (error !== constraintFailed) throw error;
      const now = await this.currentOf(id);
      if (!now) throw new CaseNotFound(id);
      // Still the version the write was based on: not a race, the database refused the write itself.
      if (now.etag === expectedEtag)
        throw new RegisterUnavailable(new Error('the write was refused by a constraint'));
      throw new VersionConflict(now);
    }
    return stored;
  }

  async get(id: string, version?: number): Promise<StoredVersion | undefined> {
    const row = await this.read(async () => {
      if (version !== undefined)
        return this.db
          .select()
          .from(caseVersions)
          .where(and(eq(caseVersions.caseId, id), eq(caseVersions.version, version)))
          .get();
      return this.db
        .select({ v: caseVersions })
        .from(cases)
        .innerJoin(
          caseVersions,
          and(eq(caseVersions.caseId, cases.id), eq(caseVersions.version, cases.latestVersion)),
        )
        .where(eq(cases.id, id))
        .get()
        .then((r) => r?.v);
    });
    return row ? fromVersionRow(row) : undefined;
  }

  async list(filter: CaseFilter): Promise<{ items: CaseListItem[]; total: number }> {
    const where = and(...conditions(filter));
    const [rows, totals] = await this.read(() =>
      Promise.all([
        this.db
          .select()
          .from(cases)
          .where(where)
          .orderBy(desc(cases.savedAt), asc(cases.id))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize)
          .all(),
        this.db.select({ n: count() }).from(cases).where(where).all(),
      ]),
    );
    return { items: rows.map(listItem), total: totals[0]?.n ?? 0 };
  }

  async history(id: string): Promise<{ versions: StoredVersion[]; audit: AuditEntry[] } | undefined> {
    const [versions, entries] = await this.read(() =>
      Promise.all([
        this.db
          .select()
          .from(caseVersions)
          .where(eq(caseVersions.caseId, id))
          .orderBy(asc(caseVersions.version))
          .all(),
        this.db.select().from(audit).where(eq(audit.caseId, id)).orderBy(asc(audit.seq)).all(),
      ]),
    );
    if (versions.length === 0) return undefined;
    return { versions: versions.map(fromVersionRow), audit: entries };
  }

  async delete(id: string, expectedEtag: string | undefined, meta: WriteMeta): Promise<void> {
    const current = await this.currentOf(id);
    if (!current) throw new CaseNotFound(id);
    if (expectedEtag !== undefined && current.etag !== expectedEtag) throw new VersionConflict(current);
    // The version read above must still be the latest when the batch runs: the audit entry comes first and
    // takes its action from the case row as read, so a save landing in between leaves it NULL, the NOT NULL
    // constraint fails and the whole batch rolls back (nothing deleted), as a save's primary key does.
    const stillLatest = sql`(SELECT 'delete' FROM ${cases} WHERE ${cases.id} = ${id} AND ${cases.etag} = ${current.etag})`;
    try {
      await this.write(
        [
          // No title, no names: the entry says only that the case was deleted, by whom and when.
          this.db
            .insert(audit)
            .values({ ...auditRow(meta, 'delete', id, current.version), action: stillLatest }),
          this.db.delete(documents).where(eq(documents.caseId, id)),
          this.db.delete(caseVersions).where(eq(caseVersions.caseId, id)),
          this.db.delete(cases).where(eq(cases.id, id)),
        ],
        true,
      );
    } catch (error) {
      if (error !== constraintFailed) throw error;
      const now = await this.currentOf(id);
      if (!now) throw new CaseNotFound(id);
      if (now.etag === current.etag)
        throw new RegisterUnavailable(new Error('the delete was refused by a constraint'));
      throw new VersionConflict(now);
    }
  }

  async due(until: string): Promise<{ caseId: string; title: string; due: DueEntry[] }[]> {
    const rows = await this.read(() =>
      this.db
        .select({ id: cases.id, title: cases.title, due: cases.due })
        .from(cases)
        .where(lte(cases.nextDue, until))
        .orderBy(asc(cases.nextDue), asc(cases.id))
        .all(),
    );
    return rows.map((r) => ({ caseId: r.id, title: r.title, due: JSON.parse(r.due) as DueEntry[] }));
  }

  async latest(ids?: string[]): Promise<StoredVersion[]> {
    const rows = await this.read(() =>
      this.db
        .select({ v: caseVersions })
        .from(cases)
        .innerJoin(
          caseVersions,
          and(eq(caseVersions.caseId, cases.id), eq(caseVersions.version, cases.latestVersion)),
        )
        .orderBy(asc(cases.id))
        .all(),
    );
    const wanted = ids ? new Set(ids) : undefined;
    return rows.filter((r) => !wanted || wanted.has(r.v.caseId)).map((r) => fromVersionRow(r.v));
  }

  async fileDocument(
    doc: Omit<FiledDocument, 'filedAt' | 'filedBy'> & { content: string },
    meta: WriteMeta,
  ): Promise<FiledDocument> {
    const row = { ...doc, filedAt: meta.at, filedBy: meta.actor.name };
    try {
      await this.write(
        [
          this.db.insert(documents).values(row),
          this.db.insert(audit).values(auditRow(meta, 'file-document', doc.caseId, doc.version, doc.kind)),
        ],
        true,
      );
    } catch (error) {
      // The version's foreign key: the case or the version is gone.
      if (error === constraintFailed) throw new CaseNotFound(doc.caseId);
      throw error;
    }
    const { content: _c, ...filed } = row;
    return filed;
  }

  async documents(caseId: string): Promise<FiledDocument[]> {
    const { content: _c, ...columns } = documentColumns();
    return this.read(() =>
      this.db
        .select(columns)
        .from(documents)
        .where(eq(documents.caseId, caseId))
        .orderBy(asc(documents.filedAt), asc(documents.id))
        .all(),
    );
  }

  async document(caseId: string, docId: string): Promise<(FiledDocument & { content: string }) | undefined> {
    return this.read(() =>
      this.db
        .select()
        .from(documents)
        .where(and(eq(documents.caseId, caseId), eq(documents.id, docId)))
        .get(),
    );
  }

  async exportLines(): Promise<string[]> {
    const [caseRows, versionRows, documentRows, auditRows] = await this.read(() =>
      Promise.all([
        this.db.select().from(cases).orderBy(asc(cases.id)).all(),
        this.db
          .select()
          .from(caseVersions)
          .orderBy(asc(caseVersions.caseId), asc(caseVersions.version))
          .all(),
        this.db.select().from(documents).orderBy(asc(documents.caseId), asc(documents.id)).all(),
        this.db.select().from(audit).orderBy(asc(audit.seq)).all(),
      ]),
    );
    const versionsOf = groupBy(versionRows, (r) => r.caseId);
    const documentsOf = groupBy(documentRows, (r) => r.caseId);
    const lines = [headerLine()];
    for (const c of caseRows) {
      lines.push(rowLine('case', c));
      for (const v of versionsOf.get(c.id) ?? []) lines.push(rowLine('version', v));
      for (const d of documentsOf.get(c.id) ?? []) lines.push(rowLine('document', d));
    }
    for (const a of auditRows) lines.push(rowLine('audit', a));
    return lines;
  }

  async importLines(lines: string[]) {
    const rows = parseExport(lines);
    const existing = await this.read(async () => {
      const [c, a] = await Promise.all([
        this.db.select({ n: count() }).from(cases).all(),
        this.db.select({ n: count() }).from(audit).all(),
      ]);
      return (c[0]?.n ?? 0) + (a[0]?.n ?? 0);
    });
    if (existing > 0) throw new RegisterNotEmpty();
    const counts = { cases: 0, versions: 0, documents: 0, audit: 0 };
    const statements: BatchItem<'sqlite'>[] = [];
    for (const line of rows) {
      if (line.type === 'case') {
        statements.push(this.db.insert(cases).values(line.row));
        counts.cases += 1;
      } else if (line.type === 'version') {
        statements.push(this.db.insert(caseVersions).values(line.row));
        counts.versions += 1;
      } else if (line.type === 'document') {
        statements.push(this.db.insert(documents).values(line.row));
        counts.documents += 1;
      } else {
        statements.push(this.db.insert(audit).values(line.row));
        counts.audit += 1;
      }
    }
    if (statements.length > 0)
      await this.write(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    return counts;
  }

  /** One batch: one transaction on SQLite and on D1; a failure anywhere leaves nothing of it. */
  private async write(statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]], signalConstraint = false) {
    try {
      await this.db.batch(statements);
    } catch (error) {
      if (signalConstraint && this.options.classify(error) === 'constraint') throw constraintFailed;
      // Nothing of the batch was written; the caller may try again.
      throw new RegisterUnavailable(error);
    }
  }

  /** The case's latest version as a write reads it before writing (and again when the write was refused). */
  private currentOf(id: string) {
    return this.read(() =>
      this.db
        .select({
          version: cases.latestVersion,
          etag: cases.etag,
          savedAt: cases.savedAt,
          savedBy: cases.savedBy,
        })
        .from(cases)
        .where(eq(cases.id, id))
        .get(),
    );
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new RegisterUnavailable(error);
    }
  }
}

const constraintFailed = Symbol('constraint failed');

export function etagOf(version: number, sha256: string): string {
  return `"${version}.${sha256.slice(0, 16)}"`;
}

function stored_(id: string, version: number, v: NewVersion, meta: WriteMeta, reason: string): StoredVersion {
  return {
    id,
    version,
    etag: etagOf(version, v.sha256),
    title: v.title,
    caseNumber: v.caseNumber,
    reference: v.reference,
    tags: v.tags,
    body: v.body,
    sha256: v.sha256,
    asOf: v.asOf,
    dataVersion: v.dataVersion,
    flows: v.flows,
    due: v.due,
    reason,
    scenario: meta.scenario ?? null,
    savedAt: meta.at,
    savedBy: meta.actor.name,
  };
}

const bars = (items: string[]) => (items.length ? `|${items.join('|')}|` : '');

function caseRow(s: StoredVersion, v: NewVersion): CaseRow {
  return {
    id: s.id,
    latestVersion: s.version,
    etag: s.etag,
    title: s.title,
    caseNumber: s.caseNumber,
    reference: s.reference,
    tags: JSON.stringify(s.tags),
    search: v.searchText,
    countries: bars(v.countries),
    mechanisms: bars(v.mechanisms),
    openTia: v.openTia ? 1 : 0,
    dpf: v.dpf ? 1 : 0,
    nextDue: v.nextDue,
    flows: JSON.stringify(s.flows),
    due: JSON.stringify(s.due),
    savedAt: s.savedAt,
    savedBy: s.savedBy,
  };
}

function versionRow(s: StoredVersion): VersionRow {
  return {
    caseId: s.id,
    version: s.version,
    etag: s.etag,
    title: s.title,
    caseNumber: s.caseNumber,
    reference: s.reference,
    tags: JSON.stringify(s.tags),
    body: s.body,
    sha256: s.sha256,
    asOf: s.asOf,
    dataVersion: s.dataVersion,
    flows: JSON.stringify(s.flows),
    due: JSON.stringify(s.due),
    reason: s.reason,
    scenario: s.scenario,
    savedAt: s.savedAt,
    savedBy: s.savedBy,
  };
}

function fromVersionRow(r: VersionRow): StoredVersion {
  return {
    id: r.caseId,
    version: r.version,
    etag: r.etag,
    title: r.title,
    caseNumber: r.caseNumber,
    reference: r.reference,
    tags: JSON.parse(r.tags) as string[],
    body: r.body,
    sha256: r.sha256,
    asOf: r.asOf,
    dataVersion: r.dataVersion,
    flows: JSON.parse(r.flows) as FlowSummary[],
    due: JSON.parse(r.due) as DueEntry[],
    reason: r.reason,
    scenario: r.scenario,
    savedAt: r.savedAt,
    savedBy: r.savedBy,
  };
}

function listItem(r: CaseRow): CaseListItem {
  return {
    id: r.id,
    title: r.title,
    caseNumber: r.caseNumber,
    reference: r.reference,
    tags: JSON.parse(r.tags) as string[],
    version: r.latestVersion,
    etag: r.etag,
    savedAt: r.savedAt,
    savedBy: r.savedBy,
    nextDue: r.nextDue,
    flows: JSON.parse(r.flows) as FlowSummary[],
  };
}

function auditRow(meta: WriteMeta, action: string, caseId: string, version: number, detail?: string) {
  return {
    at: meta.at,
    actor: meta.actor.name,
    action,
    caseId,
    version,
    requestId: meta.actor.requestId ?? null,
    detail: detail ?? null,
  };
}

/** `%`, `_` and the escape itself taken literally in LIKE. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const contains = (column: AnySQLiteColumn, text: string): SQL =>
  sql`${column} LIKE ${`%${likeLiteral(text)}%`} ESCAPE '\\'`;

function conditions(f: CaseFilter): SQL[] {
  const out: SQL[] = [];
  for (const word of f.words ?? []) out.push(contains(cases.search, word.toLowerCase()));
  if (f.country) out.push(contains(cases.countries, `|${f.country}|`));
  if (f.mechanism) out.push(contains(cases.mechanisms, `|${f.mechanism}|`));
  if (f.openTia !== undefined) out.push(eq(cases.openTia, f.openTia ? 1 : 0));
  if (f.dpf !== undefined) out.push(eq(cases.dpf, f.dpf ? 1 : 0));
  if (f.dueBefore) out.push(sql`${cases.nextDue} < ${f.dueBefore}`);
  return out;
}

function documentColumns() {
  return {
    id: documents.id,
    caseId: documents.caseId,
    version: documents.version,
    kind: documents.kind,
    lang: documents.lang,
    filename: documents.filename,
    contentType: documents.contentType,
    size: documents.size,
    sha256: documents.sha256,
    content: documents.content,
    filedAt: documents.filedAt,
    filedBy: documents.filedBy,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}
