/**
 * The register's tables as the code reads and writes them, for both SQLite (libsql) and D1. The schema
 * itself is made by the plain SQL files in migrations/ (the one source of truth for both runtimes); this
 * mirrors them: each table's columns in order, as the row's key and the column's name.
 */
export const tables = {
  cases: [
    ['id', 'id'],
    ['latestVersion', 'latest_version'],
    ['etag', 'etag'],
    ['title', 'title'],
    ['caseNumber', 'case_number'],
    ['reference', 'reference'],
    ['tags', 'tags'],
    ['search', 'search'],
    ['countries', 'countries'],
    ['mechanisms', 'mechanisms'],
    ['openTia', 'open_tia'],
    ['dpf', 'dpf'],
    ['nextDue', 'next_due'],
    ['flows', 'flows'],
    ['due', 'due'],
    ['savedAt', 'saved_at'],
    ['savedBy', 'saved_by'],
  ],
  case_versions: [
    ['caseId', 'case_id'],
    ['version', 'version'],
    ['etag', 'etag'],
    ['title', 'title'],
    ['caseNumber', 'case_number'],
    ['reference', 'reference'],
    ['tags', 'tags'],
    ['body', 'body'],
    ['sha256', 'sha256'],
    ['asOf', 'as_of'],
    ['dataVersion', 'data_version'],
    ['flows', 'flows'],
    ['due', 'due'],
    ['reason', 'reason'],
    ['scenario', 'scenario'],
    ['savedAt', 'saved_at'],
    ['savedBy', 'saved_by'],
  ],
  documents: [
    ['id', 'id'],
    ['caseId', 'case_id'],
    ['version', 'version'],
    ['kind', 'kind'],
    ['lang', 'lang'],
    ['filename', 'filename'],
    ['contentType', 'content_type'],
    ['size', 'size'],
    ['sha256', 'sha256'],
    ['content', 'content'],
    ['filedAt', 'filed_at'],
    ['filedBy', 'filed_by'],
  ],
  audit: [
    ['seq', 'seq'],
    ['at', 'at'],
    ['actor', 'actor'],
    ['action', 'action'],
    ['caseId', 'case_id'],
    ['version', 'version'],
    ['requestId', 'request_id'],
    ['detail', 'detail'],
  ],
} as const;

export type TableName = keyof typeof tables;

export type CaseRow = {
  id: string;
  latestVersion: number;
  etag: string;
  title: string;
  caseNumber: string | null;
  reference: string | null;
  tags: string;
  search: string;
  countries: string;
  mechanisms: string;
  openTia: number;
  dpf: number;
  nextDue: string | null;
  flows: string;
  due: string;
  savedAt: string;
  savedBy: string;
};

export type VersionRow = {
  caseId: string;
  version: number;
  etag: string;
  title: string;
  caseNumber: string | null;
  reference: string | null;
  tags: string;
  body: string;
  sha256: string;
  asOf: string;
  dataVersion: string;
  flows: string;
  due: string;
  reason: string;
  scenario: string | null;
  savedAt: string;
  savedBy: string;
};

export type DocumentRow = {
  id: string;
  caseId: string;
  version: number;
  kind: string;
  lang: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: string;
  filedAt: string;
  filedBy: string;
};

export type AuditRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  caseId: string | null;
  version: number | null;
  requestId: string | null;
  detail: string | null;
};

/** The select list of a table's columns (or those not left out), each named by its row key: `case_id AS caseId`. */
export function columnsOf(table: TableName, prefix = '', leaveOut: readonly string[] = []): string {
  return tables[table]
    .filter(([key]) => !leaveOut.includes(key))
    .map(([key, column]) => (key === column && !prefix ? column : `${prefix}${column} AS ${key}`))
    .join(', ');
}
