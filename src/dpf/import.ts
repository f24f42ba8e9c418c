import { isoDate } from '../data/schema.js';
import { isCalendarDate } from '../domain/dates.js';
import { CsvFileError, parseCsv } from './csv.js';
import { nameKeys, slugOf } from './normalise.js';
import {
  type DpfEntry,
  type DpfListCounts,
  type DpfListFile,
  dpfEntry,
  dpfEntryId,
  dpfListFile,
  type FrameworkStatus,
  officialListUrl,
} from './schema.js';

/**
 * Turns an export of the participant list (CSV or JSON rows, columns as in data/dpf/README.md) into
 * list entries. Every row is accounted for: accepted, rejected with its line and reasons, or reported as
 * a duplicate of an earlier line. Pure: the script in scripts/dpf-import.ts reads and writes the files.
 */

/** The columns of an import file, and other spellings accepted for them (compared after `columnKey`). */
export const columns = {
  name: ['name', 'organization_name', 'organisation_name', 'organization', 'organisation'],
  other_names: ['other_names', 'other_name', 'aliases', 'also_known_as'],
  eu_us_status: ['eu_us_status', 'eu_us_dpf_status', 'eu_us_dpf'],
  uk_extension_status: ['uk_extension_status', 'uk_extension'],
  swiss_us_status: ['swiss_us_status', 'swiss_us_dpf_status', 'swiss_us_dpf'],
  hr_data: ['hr_data', 'covers_hr_data'],
  non_hr_data: ['non_hr_data', 'covers_non_hr_data'],
  original_certification_date: ['original_certification_date', 'original_certification'],
  next_certification_due: ['next_certification_due', 'next_certification_due_date'],
  enforcement_body: ['enforcement_body', 'enforcement_authority'],
  participant_url: ['participant_url', 'url'],
  id: ['id'],
} as const;
export type Column = keyof typeof columns;

export const requiredColumns: Column[] = [
  'name',
  'eu_us_status',
  'uk_extension_status',
  'swiss_us_status',
  'hr_data',
  'non_hr_data',
];

/** "Organization Name", "organizationName" and "organization_name" all become `organization_name`. */
export function columnKey(header: string): string {
  return header
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const columnOf = new Map<string, Column>(
  Object.entries(columns).flatMap(([column, spellings]) => spellings.map((s) => [s, column as Column])),
);

/** A file the importer cannot read as a whole; nothing is written. */
export class ImportFileError extends Error {}

export interface RejectedRow {
  line: number;
  name?: string;
  reasons: string[];
}

export interface DuplicateRow {
  line: number;
  name: string;
  /** The line whose entry was kept. */
  keptLine: number;
  /** The duplicate states other facts than the kept line: a person should look at both. */
  conflicting: boolean;
}

export interface ImportReport {
  entries: DpfEntry[];
  /** The file line of each accepted entry, in the same order. */
  lines: number[];
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
  /** Columns (or JSON fields) the importer does not know; their values are not imported. */
  ignoredColumns: string[];
  counts: DpfListCounts;
  /** The list date a JSON file gave, if any. */
  listDate?: string;
}

interface RawRow {
  line: number;
  values: Partial<Record<Column, unknown>>;
}

/** A CSV export: a header line naming the columns, one participant per record. */
export function importCsv(text: string): ImportReport {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvFileError) throw new ImportFileError(`line ${error.line}: ${error.message}`);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw new ImportFileError('the file is empty: expected a header line naming the columns');
  if (header.error)
    throw new ImportFileError(`line ${header.line}: the header is malformed: ${header.error}`);
  const mapping = mapColumns(header.fields);
  const rows: RawRow[] = [];
  const malformed: RejectedRow[] = [];
  for (const record of data) {
    if (record.error) {
      malformed.push({ line: record.line, reasons: [`malformed CSV: ${record.error}`] });
      continue;
    }
    if (record.fields.length !== header.fields.length) {
      malformed.push({
        line: record.line,
        reasons: [`has ${record.fields.length} fields, the header names ${header.fields.length}`],
      });
      continue;
    }
    const values: RawRow['values'] = {};
    mapping.columns.forEach((column, i) => {
      if (column) values[column] = record.fields[i];
    });
    rows.push({ line: record.line, values });
  }
  return importRows(rows, mapping.ignored, malformed);
}

/**
 * A JSON export: an array of row objects with the CSV's column names (camelCase accepted), or an object
 * `{ "listDate": "YYYY-MM-DD", "rows": [...] }`. Lines reported are those where each row object starts.
 */
export function importJson(text: string): ImportReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportFileError(`not valid JSON: ${(error as Error).message}`);
  }
  let items: unknown[];
  let listDate: string | undefined;
  let rowsKey: string | undefined;
  if (Array.isArray(parsed)) items = parsed;
  else if (parsed && typeof parsed === 'object') {
    const object = parsed as Record<string, unknown>;
    const unknownKeys = Object.keys(object).filter((k) => k !== 'listDate' && k !== 'rows');
    if (unknownKeys.length > 0) {
      throw new ImportFileError(
        `unknown top-level fields: ${unknownKeys.join(', ')} (expected listDate and rows)`,
      );
    }
    if (!Array.isArray(object.rows))
      throw new ImportFileError('expected "rows": an array of participant objects');
    items = object.rows;
    rowsKey = 'rows';
    if (object.listDate !== undefined) {
      if (
        typeof object.listDate !== 'string' ||
        !isoDate.safeParse(object.listDate).success ||
        !isCalendarDate(object.listDate)
      ) {
        throw new ImportFileError(
          `listDate must be a date as YYYY-MM-DD (got ${JSON.stringify(object.listDate)})`,
        );
      }
      listDate = object.listDate;
    }
  } else throw new ImportFileError('expected an array of participant objects or { "listDate", "rows" }');

  const lines = elementLines(text, rowsKey);
  const ignored = new Set<string>();
  const rows: RawRow[] = [];
  const malformed: RejectedRow[] = [];
  items.forEach((item, i) => {
    const line = lines[i] ?? 0;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      malformed.push({ line, reasons: ['expected an object with the participant columns'] });
      return;
    }
    const values: RawRow['values'] = {};
    const seen = new Map<Column, string>();
    const reasons: string[] = [];
    for (const [key, value] of Object.entries(item)) {
      const column = columnOf.get(columnKey(key));
      if (!column) {
        ignored.add(key);
        continue;
      }
      const earlier = seen.get(column);
      if (earlier !== undefined) reasons.push(`"${key}" and "${earlier}" both give ${column}`);
      seen.set(column, key);
      values[column] = value;
    }
    if (reasons.length > 0) malformed.push({ line, reasons });
    else rows.push({ line, values });
  });
  for (const column of requiredColumns) {
    if (rows.length > 0 && rows.every((r) => !(column in r.values))) {
      throw new ImportFileError(`no row gives the required column ${column}`);
    }
  }
  const report = importRows(rows, [...ignored], malformed);
  return listDate ? { ...report, listDate } : report;
}

function mapColumns(headers: string[]) {
  const columnsFound: Array<Column | undefined> = [];
  const ignored: string[] = [];
  const seen = new Map<Column, string>();
  for (const header of headers) {
    const column = columnOf.get(columnKey(header));
    if (column) {
      const earlier = seen.get(column);
      if (earlier !== undefined) {
        throw new ImportFileError(`the header names ${column} twice: "${earlier}" and "${header}"`);
      }
      seen.set(column, header);
    } else ignored.push(header);
    columnsFound.push(column);
  }
  const missing = requiredColumns.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    throw new ImportFileError(
      `the header lacks required columns: ${missing.join(', ')} (found: ${headers.map((h) => `"${h}"`).join(', ')})`,
    );
  }
  return { columns: columnsFound, ignored };
}

/** Validates each row, keeps the first of each organisation and reports every other outcome. */
export function importRows(
  rows: RawRow[],
  ignoredColumns: string[],
  alreadyRejected: RejectedRow[] = [],
): ImportReport {
  const entries: DpfEntry[] = [];
  const lines: number[] = [];
  const rejected = [...alreadyRejected];
  const duplicates: DuplicateRow[] = [];
  const byName = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const byGivenId = new Map<string, number>();
  const usedIds = new Set<string>();

  for (const row of rows) {
    const result = validateRow(row.values);
    if ('reasons' in result) {
      rejected.push({
        line: row.line,
        ...(result.name ? { name: result.name } : {}),
        reasons: result.reasons,
      });
      continue;
    }
    const { entry, idGiven } = result;
    const nameKey = nameKeys(entry.name).fullKey;
    const earlier =
      byName.get(nameKey) ??
      (entry.url ? byUrl.get(entry.url) : undefined) ??
      (idGiven ? byGivenId.get(entry.id) : undefined);
    if (earlier !== undefined) {
      const kept = entries[earlier]!;
      duplicates.push({
        line: row.line,
        name: entry.name,
        keptLine: lines[earlier]!,
        conflicting: !sameFacts(kept, entry),
      });
      continue;
    }
    if (idGiven && usedIds.has(entry.id)) {
      rejected.push({
        line: row.line,
        name: entry.name,
        reasons: [`id ${entry.id} is already used by another row`],
      });
      continue;
    }
    if (!idGiven) entry.id = uniqueId(entry.id, usedIds, rows.length);
    usedIds.add(entry.id);
    byName.set(nameKey, entries.length);
    if (entry.url) byUrl.set(entry.url, entries.length);
    if (idGiven) byGivenId.set(entry.id, entries.length);
    entries.push(entry);
    lines.push(row.line);
  }
  rejected.sort((a, b) => a.line - b.line);
  return {
    entries,
    lines,
    rejected,
    duplicates,
    ignoredColumns,
    counts: {
      rows: rows.length + alreadyRejected.length,
      accepted: entries.length,
      rejected: rejected.length,
      duplicates: duplicates.length,
    },
  };
}

function uniqueId(base: string, used: Set<string>, limit: number): string {
  if (!used.has(base)) return base;
  for (let i = 2; i <= limit + 1; i++) {
    const candidate = `${base}-${i}`;
    if (!used.has(candidate)) return candidate;
  }
  return `${base}-${used.size + 1}`;
}

/** The same facts, whatever the spelling of the name that made the rows duplicates. */
function sameFacts(a: DpfEntry, b: DpfEntry): boolean {
  const facts = ({ id: _id, name: _name, ...rest }: DpfEntry) => JSON.stringify(rest);
  return facts(a) === facts(b);
}

type Validated = { entry: DpfEntry; idGiven: boolean } | { reasons: string[]; name?: string };

function validateRow(values: RawRow['values']): Validated {
  const reasons: string[] = [];
  const text = (column: Column): string | undefined => {
    const value = values[column];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      reasons.push(`${column}: expected text, got ${JSON.stringify(value)}`);
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  };

  const name = text('name');
  if (!name) {
    if (values.name === undefined || values.name === null || typeof values.name === 'string')
      reasons.push('name is empty');
  } else if (name.length > 500) reasons.push('name is longer than 500 characters');

  const otherNames = readOtherNames(values.other_names, reasons);
  const euUs = readStatus('eu_us_status', values.eu_us_status, true, reasons);
  const ukExtension = readStatus('uk_extension_status', values.uk_extension_status, false, reasons);
  const swissUs = readStatus('swiss_us_status', values.swiss_us_status, false, reasons);
  const hrData = readBoolean('hr_data', values.hr_data, reasons);
  const nonHrData = readBoolean('non_hr_data', values.non_hr_data, reasons);
  const original = readDate('original_certification_date', text('original_certification_date'), reasons);
  const nextDue = readDate('next_certification_due', text('next_certification_due'), reasons);
  const enforcementBody = text('enforcement_body');
  const url = text('participant_url');
  const givenId = text('id');

  const anyActive = euUs === 'active' || ukExtension === 'active' || swissUs === 'active';
  if (anyActive && hrData === false && nonHrData === false) {
    reasons.push(
      'an active certification covers HR data, non-HR data or both, but hr_data and non_hr_data are both no',
    );
  }
  if (original && nextDue && nextDue < original) {
    reasons.push(`next_certification_due ${nextDue} lies before original_certification_date ${original}`);
  }
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url))
    reasons.push(`participant_url "${url}" is not an http(s) address`);
  if (givenId && !dpfEntryId.safeParse(givenId).success) {
    reasons.push(`id "${givenId}" may hold only lower-case letters, digits and dashes`);
  }
  if (enforcementBody && enforcementBody.length > 200)
    reasons.push('enforcement_body is longer than 200 characters');

  if (
    reasons.length > 0 ||
    !name ||
    !euUs ||
    !ukExtension ||
    !swissUs ||
    hrData === undefined ||
    nonHrData === undefined
  ) {
    return { reasons, ...(name ? { name } : {}) };
  }
  const candidate = {
    id: givenId ?? slugOf(name),
    name,
    otherNames,
    frameworks: { euUs, ukExtension, swissUs },
    hrData,
    nonHrData,
    ...(original ? { originalCertification: original } : {}),
    ...(nextDue ? { nextCertificationDue: nextDue } : {}),
    ...(enforcementBody ? { enforcementBody } : {}),
    ...(url ? { url } : {}),
  };
  // The schema is the last word, so the importer can never write a list the service refuses to load.
  const checked = dpfEntry.safeParse(candidate);
  if (!checked.success) {
    return { reasons: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), name };
  }
  return { entry: checked.data, idGiven: givenId !== undefined };
}

function readOtherNames(value: unknown, reasons: string[]): string[] {
  if (value === undefined || value === null || value === '') return [];
  let parts: unknown[];
  if (typeof value === 'string') parts = value.split(/[;|\n]/);
  else if (Array.isArray(value)) parts = value;
  else {
    reasons.push(`other_names: expected text separated by ";" or a list, got ${JSON.stringify(value)}`);
    return [];
  }
  const out: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      reasons.push(`other_names: expected text, got ${JSON.stringify(part)}`);
      continue;
    }
    const trimmed = part.trim();
    if (trimmed && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

const statusWords: Record<string, FrameworkStatus> = {
  active: 'active',
  inactive: 'inactive',
  none: 'none',
  notparticipating: 'none',
};

function readStatus(
  column: Column,
  value: unknown,
  required: boolean,
  reasons: string[],
): FrameworkStatus | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) {
      reasons.push(`${column} is empty: expected active, inactive or none`);
      return undefined;
    }
    return 'none';
  }
  const word = typeof value === 'string' ? value.toLowerCase().replace(/[\s_-]+/g, '') : '';
  const status = statusWords[word];
  if (!status) reasons.push(`${column} ${JSON.stringify(value)} is not one of active, inactive, none`);
  return status;
}

const yes = new Set(['yes', 'y', 'true', '1', 'ja', 'j']);
const no = new Set(['no', 'n', 'false', '0', 'nej']);

function readBoolean(column: Column, value: unknown, reasons: string[]): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (yes.has(word)) return true;
    if (no.has(word)) return false;
    reasons.push(
      word === ''
        ? `${column} is empty: expected yes or no`
        : `${column} ${JSON.stringify(value)} is not yes or no`,
    );
    return undefined;
  }
  reasons.push(`${column}: expected yes or no, got ${JSON.stringify(value ?? null)}`);
  return undefined;
}

function readDate(column: Column, value: string | undefined, reasons: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    reasons.push(`${column} "${value}" is not a date as YYYY-MM-DD`);
    return undefined;
  }
  return value;
}

export interface ListFileOptions {
  listDate: string;
  sample: boolean;
  importedAt: string;
  note?: { en: string; sv: string };
}

/** The file the service loads, `data/dpf/list.json`. */
export function buildListFile(report: ImportReport, options: ListFileOptions): DpfListFile {
  return dpfListFile.parse({
    meta: {
      id: 'dpf-participants',
      title: options.sample
        ? {
            en: 'Data Privacy Framework participants: SAMPLE of invented organisations',
            sv: 'Deltagare i ramen för dataskydd: EXEMPEL med påhittade organisationer',
          }
        : {
            en: 'Data Privacy Framework participants',
            sv: 'Deltagare i ramen för dataskydd (Data Privacy Framework)',
          },
      listDate: options.listDate,
      source: options.sample
        ? {
            title:
              'Invented sample shipped with Tredjeland, not read off the official list; the official list is at this address',
            url: officialListUrl,
          }
        : { title: 'Data Privacy Framework List, U.S. Department of Commerce', url: officialListUrl },
      sample: options.sample,
      importedAt: options.importedAt,
      counts: report.counts,
      ...(options.note ? { note: options.note } : {}),
    },
    entries: report.entries,
  });
}

/**
 * The line on which each element of the rows array starts: the top-level array, or the array under
 * `rowsKey` in the top-level object. A small scanner over the text, since JSON.parse keeps no positions.
 */
export function elementLines(text: string, rowsKey?: string): number[] {
  const lines: number[] = [];
  // Each open container: its kind, whether it is the rows array, and (objects) whether a key comes next.
  const stack: Array<{ kind: 'array' | 'object'; rows: boolean; expectKey: boolean; lastKey?: string }> = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const valueStarts = () => {
    const top = stack[stack.length - 1];
    if (top?.rows) lines.push(line);
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      line += 1;
      i += 1;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === ',' || ch === ':') {
      if (ch === ',' && stack[stack.length - 1]?.kind === 'object') stack[stack.length - 1]!.expectKey = true;
      if (ch === ':' && stack[stack.length - 1]?.kind === 'object')
        stack[stack.length - 1]!.expectKey = false;
      i += 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\') {
          value += text[j + 1] ?? '';
          j += 2;
        } else value += text[j++];
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) top.lastKey = value;
      else valueStarts();
      i = j + 1;
      continue;
    }
    if (ch === '{' || ch === '[') {
      valueStarts();
      const parent = stack[stack.length - 1];
      const isRows =
        ch === '[' &&
        ((rowsKey === undefined && stack.length === 0) ||
          (rowsKey !== undefined &&
            stack.length === 1 &&
            parent?.kind === 'object' &&
            parent.lastKey === rowsKey));
      stack.push({ kind: ch === '{' ? 'object' : 'array', rows: isRows, expectKey: ch === '{' });
      i += 1;
      continue;
    }
    if (ch === '}' || ch === ']') {
      stack.pop();
      i += 1;
      continue;
    }
    // A number, true, false or null.
    valueStarts();
    while (i < n && !/[\s,\]}]/.test(text[i]!)) i += 1;
  }
  return lines;
}
