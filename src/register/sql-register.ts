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
import {
  type AuditRow,
  type CaseRow,
  columnsOf,
  type DocumentRow,
  type TableName,
  tables,
  type VersionRow,
} from './tables.js';

/** A value SQLite and D1 both bind and give back. */
export type SqlValue = string | number | null;

/** One statement with its `?` arguments. */
export interface Statement {
  sql: string;
  args: SqlValue[];
}

/**
 * What the register needs of a database, SQLite (libsql) or D1: rows as plain objects keyed by the
 * select list's names, and `batch`, one transaction.
 */
export interface SqlDatabase {
  all<T>(statement: Statement): Promise<T[]>;
  batch(statements: Statement[]): Promise<void>;
}

/** What the adapter knows of its driver's errors: a constraint violation, or the database failing. */
export type ErrorKind = 'constraint' | 'unavailable';

export interface SqlRegisterOptions {
  classify(error: unknown): ErrorKind;
}

const q = (sql: string, ...args: SqlValue[]): Statement => ({ sql, args });

/**
 * `INSERT INTO table (…) VALUES (?, …)` for the row's keys among the table's columns, in the table's order;
 * a column named in `expressions` takes that SQL and its arguments instead of a `?`.
 */
function insert(table: TableName, row: object, expressions: Record<string, Statement> = {}): Statement {
  const values = row as Record<string, SqlValue | undefined>;
  const columns = tables[table].filter(([key]) => key in values);
  return {
    sql: `INSERT INTO ${table} (${columns.map(([, column]) => column).join(', ')}) VALUES (${columns
      .map(([key]) => expressions[key]?.sql ?? '?')
      .join(', ')})`,
    args: columns.flatMap(([key]) => expressions[key]?.args ?? [values[key] ?? null]),
  };
}

const caseColumns = columnsOf('cases');
const versionColumns = columnsOf('case_versions');
const latestVersionColumns = columnsOf('case_versions', 'v.');
const latestJoin = 'FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.latest_version';
/** The action of an audit entry, NULL unless the case is still at the etag the write was based on. */
const stillLatest = (action: string, id: string, etag: string) =>
  q('(SELECT ? FROM cases WHERE id = ? AND etag = ?)', action, id, etag);

/** The register in plain SQL: the one implementation both adapters share; they differ in driver and errors. */
export class SqlRegister implements CaseRegister {
  constructor(
    private readonly db: SqlDatabase,
    private readonly options: SqlRegisterOptions,
  ) {}

  async create(id: string, v: NewVersion, meta: WriteMeta): Promise<StoredVersion> {
    const stored = stored_(id, 1, v, meta, 'create');
    await this.write([
      insert('cases', caseRow(stored, v)),
      insert('case_versions', versionRow(stored)),
      insert('audit', auditRow(meta, 'create', id, 1)),
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
      const row = caseRow(stored, v);
      const set = tables.cases.map(([, column]) => `${column} = ?`).join(', ');
      await this.write(
        [
          insert('audit', auditRow(meta, reason, id, stored.version, meta.scenario), {
            action: stillLatest(reason, id, current.etag),
          }),
          insert('case_versions', versionRow(stored)),
          q(
            `UPDATE cases SET ${set} WHERE id = ? AND latest_version = ?`,
            ...tables.cases.map(([key]) => row[key]),
            id,
            current.version,
          ),
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
    const rows = await this.read(() =>
      version !== undefined
        ? this.db.all<VersionRow>(
            q(`SELECT ${versionColumns} FROM case_versions WHERE case_id = ? AND version = ?`, id, version),
          )
        : this.db.all<VersionRow>(q(`SELECT ${latestVersionColumns} ${latestJoin} WHERE c.id = ?`, id)),
    );
    return rows[0] ? fromVersionRow(rows[0]) : undefined;
  }

  async list(filter: CaseFilter): Promise<{ items: CaseListItem[]; total: number }> {
    const { where, args } = conditions(filter);
    const [rows, totals] = await this.read(() =>
      Promise.all([
        this.db.all<CaseRow>(
          q(
            `SELECT ${caseColumns} FROM cases${where} ORDER BY saved_at DESC, id ASC LIMIT ? OFFSET ?`,
            ...args,
            filter.pageSize,
            (filter.page - 1) * filter.pageSize,
          ),
        ),
        this.db.all<{ n: number }>(q(`SELECT count(*) AS n FROM cases${where}`, ...args)),
      ]),
    );
    return { items: rows.map(listItem), total: totals[0]?.n ?? 0 };
  }

  async history(id: string): Promise<{ versions: StoredVersion[]; audit: AuditEntry[] } | undefined> {
    const [versions, entries] = await this.read(() =>
      Promise.all([
        this.db.all<VersionRow>(
          q(`SELECT ${versionColumns} FROM case_versions WHERE case_id = ? ORDER BY version ASC`, id),
        ),
        this.db.all<AuditEntry>(
          q(`SELECT ${columnsOf('audit')} FROM audit WHERE case_id = ? ORDER BY seq ASC`, id),
        ),
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
    // No title, no names: the entry says only that the case was deleted, by whom and when.
    try {
      await this.write(
        [
          insert('audit', auditRow(meta, 'delete', id, current.version), {
            action: stillLatest('delete', id, current.etag),
          }),
          q('DELETE FROM documents WHERE case_id = ?', id),
          q('DELETE FROM case_versions WHERE case_id = ?', id),
          q('DELETE FROM cases WHERE id = ?', id),
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
      this.db.all<{ id: string; title: string; due: string }>(
        q('SELECT id, title, due FROM cases WHERE next_due <= ? ORDER BY next_due ASC, id ASC', until),
      ),
    );
    return rows.map((r) => ({ caseId: r.id, title: r.title, due: JSON.parse(r.due) as DueEntry[] }));
  }

  async latest(ids?: string[]): Promise<StoredVersion[]> {
    const rows = await this.read(() =>
      this.db.all<VersionRow>(q(`SELECT ${latestVersionColumns} ${latestJoin} ORDER BY c.id ASC`)),
    );
    const wanted = ids ? new Set(ids) : undefined;
    return rows.filter((r) => !wanted || wanted.has(r.caseId)).map(fromVersionRow);
  }

  async fileDocument(
    doc: Omit<FiledDocument, 'filedAt' | 'filedBy'> & { content: string },
    meta: WriteMeta,
  ): Promise<FiledDocument> {
    const row = { ...doc, filedAt: meta.at, filedBy: meta.actor.name };
    try {
      await this.write(
        [
          insert('documents', row),
          insert('audit', auditRow(meta, 'file-document', doc.caseId, doc.version, doc.kind)),
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
    return this.read(() =>
      this.db.all<FiledDocument>(
        q(
          `SELECT ${columnsOf('documents', '', ['content'])} FROM documents WHERE case_id = ? ORDER BY filed_at ASC, id ASC`,
          caseId,
        ),
      ),
    );
  }

  async document(caseId: string, docId: string): Promise<(FiledDocument & { content: string }) | undefined> {
    const rows = await this.read(() =>
      this.db.all<FiledDocument & { content: string }>(
        q(`SELECT ${columnsOf('documents')} FROM documents WHERE case_id = ? AND id = ?`, caseId, docId),
      ),
    );
    return rows[0];
  }

  async exportLines(): Promise<string[]> {
    const [caseRows, versionRows, documentRows, auditRows] = await this.read(() =>
      Promise.all([
        this.db.all<CaseRow>(q(`SELECT ${caseColumns} FROM cases ORDER BY id ASC`)),
        this.db.all<VersionRow>(
          q(`SELECT ${versionColumns} FROM case_versions ORDER BY case_id ASC, version ASC`),
        ),
        this.db.all<DocumentRow>(
          q(`SELECT ${columnsOf('documents')} FROM documents ORDER BY case_id ASC, id ASC`),
        ),
        this.db.all<AuditRow>(q(`SELECT ${columnsOf('audit')} FROM audit ORDER BY seq ASC`)),
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
        this.db.all<{ n: number }>(q('SELECT count(*) AS n FROM cases')),
        this.db.all<{ n: number }>(q('SELECT count(*) AS n FROM audit')),
      ]);
      return (c[0]?.n ?? 0) + (a[0]?.n ?? 0);
    });
    if (existing > 0) throw new RegisterNotEmpty();
    const counts = { cases: 0, versions: 0, documents: 0, audit: 0 };
    const statements: Statement[] = [];
    for (const line of rows) {
      if (line.type === 'case') {
        statements.push(insert('cases', line.row));
        counts.cases += 1;
      } else if (line.type === 'version') {
        statements.push(insert('case_versions', line.row));
        counts.versions += 1;
      } else if (line.type === 'document') {
        statements.push(insert('documents', line.row));
        counts.documents += 1;
      } else {
        statements.push(insert('audit', line.row));
        counts.audit += 1;
      }
    }
    if (statements.length > 0) await this.write(statements);
    return counts;
  }

  /** One batch: one transaction on SQLite and on D1; a failure anywhere leaves nothing of it. */
  private async write(statements: Statement[], signalConstraint = false) {
    try {
      await this.db.batch(statements);
    } catch (error) {
      if (signalConstraint && this.options.classify(error) === 'constraint') throw constraintFailed;
      // Nothing of the batch was written; the caller may try again.
      throw new RegisterUnavailable(error);
    }
  }

  /** The case's latest version as a write reads it before writing (and again when the write was refused). */
  private async currentOf(id: string) {
    const rows = await this.read(() =>
      this.db.all<{ version: number; etag: string; savedAt: string; savedBy: string }>(
        q(
          'SELECT latest_version AS version, etag, saved_at AS savedAt, saved_by AS savedBy FROM cases WHERE id = ?',
          id,
        ),
      ),
    );
    return rows[0];
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
const contains = (column: string) => `${column} LIKE ? ESCAPE '\\'`;

/** The filter as a WHERE clause (empty when there is nothing to filter on) and its arguments. */
function conditions(f: CaseFilter): { where: string; args: SqlValue[] } {
  const parts: string[] = [];
  const args: SqlValue[] = [];
  const add = (part: string, arg: SqlValue) => {
    parts.push(part);
    args.push(arg);
  };
  const like = (text: string) => `%${likeLiteral(text)}%`;
  for (const word of f.words ?? []) add(contains('search'), like(word.toLowerCase()));
  if (f.country) add(contains('countries'), like(`|${f.country}|`));
  if (f.mechanism) add(contains('mechanisms'), like(`|${f.mechanism}|`));
  if (f.openTia !== undefined) add('open_tia = ?', f.openTia ? 1 : 0);
  if (f.dpf !== undefined) add('dpf = ?', f.dpf ? 1 : 0);
  if (f.dueBefore) add('next_due < ?', f.dueBefore);
  return { where: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', args };
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
