import { InvalidExport } from './port.js';
import type { AuditRow, CaseRow, DocumentRow, VersionRow } from './tables.js';

/**
 * The export format: JSON Lines, one row a line, keys in a fixed order, so an export read back into an
 * empty register and exported again gives the same bytes.
 * 1. `{"type":"register","format":1}`
 * 2. per case (by id): the `case` row, its `version` rows (by version), its `document` rows (by id)
 * 3. every `audit` row (by seq), including those of deleted cases
 */
export const exportFormat = 1;

const keys = {
  case: [
    'id',
    'latestVersion',
    'etag',
    'title',
    'caseNumber',
    'reference',
    'tags',
    'search',
    'countries',
    'mechanisms',
    'openTia',
    'dpf',
    'nextDue',
    'flows',
    'due',
    'savedAt',
    'savedBy',
  ],
  version: [
    'caseId',
    'version',
    'etag',
    'title',
    'caseNumber',
    'reference',
    'tags',
    'body',
    'sha256',
    'asOf',
    'dataVersion',
    'flows',
    'due',
    'reason',
    'scenario',
    'savedAt',
    'savedBy',
  ],
  document: [
    'id',
    'caseId',
    'version',
    'kind',
    'lang',
    'filename',
    'contentType',
    'size',
    'sha256',
    'content',
    'filedAt',
    'filedBy',
  ],
  audit: ['seq', 'at', 'actor', 'action', 'caseId', 'version', 'requestId', 'detail'],
} as const;

export type RowType = keyof typeof keys;
type Rows = { case: CaseRow; version: VersionRow; document: DocumentRow; audit: AuditRow };

export function headerLine(): string {
  return JSON.stringify({ type: 'register', format: exportFormat });
}

export function rowLine<T extends RowType>(type: T, row: Rows[T]): string {
  const out: Record<string, unknown> = { type };
  for (const key of keys[type]) out[key] = (row as Record<string, unknown>)[key] ?? null;
  return JSON.stringify(out);
}

export type ParsedLine = { [T in RowType]: { type: T; row: Rows[T] } }[RowType];

const textKeys = new Set([
  'id',
  'etag',
  'title',
  'tags',
  'search',
  'countries',
  'mechanisms',
  'flows',
  'due',
]);

/** Reads the lines of an export back into rows; a line that does not fit throws InvalidExport. */
export function parseExport(lines: readonly string[]): ParsedLine[] {
  const rows: ParsedLine[] = [];
  let sawHeader = false;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InvalidExport(n, 'not JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new InvalidExport(n, 'not an object');
    const record = value as Record<string, unknown>;
    if (!sawHeader) {
      if (record.type !== 'register' || record.format !== exportFormat)
        throw new InvalidExport(n, `the first line must be {"type":"register","format":${exportFormat}}`);
      sawHeader = true;
      return;
    }
    const type = record.type as RowType;
    if (!(type in keys)) throw new InvalidExport(n, `unknown type ${JSON.stringify(record.type)}`);
    const expected = keys[type] as readonly string[];
    const extra = Object.keys(record).filter((k) => k !== 'type' && !expected.includes(k));
    if (extra.length > 0) throw new InvalidExport(n, `unknown field ${extra[0]}`);
    for (const key of expected) {
      const v = record[key];
      if (v === undefined) throw new InvalidExport(n, `missing field ${key}`);
      if (v !== null && typeof v !== 'string' && typeof v !== 'number')
        throw new InvalidExport(n, `field ${key} must be a string, a number or null`);
      if (v === null && type !== 'audit' && textKeys.has(key))
        throw new InvalidExport(n, `field ${key} is null`);
    }
    const { type: _t, ...row } = record;
    rows.push({ type, row } as ParsedLine);
  });
  if (!sawHeader) throw new InvalidExport(1, 'empty export');
  return rows;
}
