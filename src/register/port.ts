/**
 * The case register as the rest of the service sees it: one interface, two adapters (SQLite on Node in
 * src/register/sqlite.ts, D1 on Workers in src/register/d1.ts). It stores what it is given; assessing a
 * case and summarising it is done before (src/cases), so the engine never meets storage.
 */

/** A flow as the register lists it: what the engine found for it when the version was saved. */
export interface FlowSummary {
  id: string;
  kind: string;
  mechanism: string;
  module?: number;
  tiaStatus?: 'complete' | 'open' | 'not-needed';
  dpf: boolean;
}

export type DueReason = 'tia-reevaluation' | 'dpf-recertification' | 'adequacy-end' | 'data-age';

/** A date that needs a person, as stored with a version (texts are made when read, in the reader's language). */
export interface DueEntry {
  date: string;
  reason: DueReason;
  flowId?: string;
  /** What the date is about: the decision id, the importer's name. */
  subject?: string;
}

/** Everything a new version holds, prepared by src/cases. */
export interface NewVersion {
  title: string;
  caseNumber: string | null;
  reference: string | null;
  tags: string[];
  /** The case body, exactly as it is stored and hashed (JSON text). */
  body: string;
  sha256: string;
  asOf: string;
  dataVersion: string;
  flows: FlowSummary[];
  due: DueEntry[];
  /** For search and filters. */
  searchText: string;
  countries: string[];
  mechanisms: string[];
  openTia: boolean;
  dpf: boolean;
  nextDue: string | null;
}

export interface StoredVersion {
  id: string;
  version: number;
  etag: string;
  title: string;
  caseNumber: string | null;
  reference: string | null;
  tags: string[];
  body: string;
  sha256: string;
  asOf: string;
  dataVersion: string;
  flows: FlowSummary[];
  due: DueEntry[];
  reason: string;
  scenario: string | null;
  savedAt: string;
  savedBy: string;
}

export interface CaseListItem {
  id: string;
  title: string;
  caseNumber: string | null;
  reference: string | null;
  tags: string[];
  version: number;
  etag: string;
  savedAt: string;
  savedBy: string;
  nextDue: string | null;
  flows: FlowSummary[];
}

export interface CaseFilter {
  words?: string[];
  country?: string;
  mechanism?: string;
  openTia?: boolean;
  dpf?: boolean;
  dueBefore?: string;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  caseId: string | null;
  version: number | null;
  requestId: string | null;
  detail: string | null;
}

export interface FiledDocument {
  id: string;
  caseId: string;
  version: number;
  kind: string;
  lang: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  filedAt: string;
  filedBy: string;
}

/** Who writes, and under which request: what the audit log records. */
export interface Actor {
  name: string;
  requestId?: string;
}

export interface WriteMeta {
  actor: Actor;
  /** ISO timestamp of the write. */
  at: string;
  reason?: 'create' | 'save' | 'reassess';
  scenario?: string;
}

export interface CaseRegister {
  create(id: string, version: NewVersion, meta: WriteMeta): Promise<StoredVersion>;
  /** A new version on top of `expectedEtag`; throws VersionConflict when it is not the latest. */
  save(id: string, expectedEtag: string, version: NewVersion, meta: WriteMeta): Promise<StoredVersion>;
  get(id: string, version?: number): Promise<StoredVersion | undefined>;
  list(filter: CaseFilter): Promise<{ items: CaseListItem[]; total: number }>;
  history(id: string): Promise<{ versions: StoredVersion[]; audit: AuditEntry[] } | undefined>;
  /** Deletes the case, its versions and documents; the audit log keeps a content-free entry. */
  delete(id: string, expectedEtag: string | undefined, meta: WriteMeta): Promise<void>;
  /** The latest due entries of every case with something due on or before `until`. */
  due(until: string): Promise<{ caseId: string; title: string; due: DueEntry[] }[]>;
  /** The latest version of each case (all, or those named), for re-assessment. */
  latest(ids?: string[]): Promise<StoredVersion[]>;
  fileDocument(
    doc: Omit<FiledDocument, 'filedAt' | 'filedBy'> & { content: string },
    meta: WriteMeta,
  ): Promise<FiledDocument>;
  documents(caseId: string): Promise<FiledDocument[]>;
  document(caseId: string, docId: string): Promise<(FiledDocument & { content: string }) | undefined>;
  /** The whole register as JSON Lines, in a fixed order (see src/register/export.ts). */
  exportLines(): Promise<string[]>;
  /** Loads an export into an empty register, all or nothing; throws RegisterNotEmpty otherwise. */
  importLines(
    lines: string[],
  ): Promise<{ cases: number; versions: number; documents: number; audit: number }>;
}

/** The database cannot be reached, is locked or full: nothing was written, try again later. */
export class RegisterUnavailable extends Error {
  constructor(override readonly cause: unknown) {
    super('The case register is not available.');
  }
}

/** The version a write was based on is not the latest one. */
export class VersionConflict extends Error {
  constructor(readonly current: { version: number; etag: string; savedAt: string; savedBy: string }) {
    super('The case has a newer version.');
  }
}

export class CaseNotFound extends Error {
  constructor(readonly id: string) {
    super(`No case ${id}.`);
  }
}

export class RegisterNotEmpty extends Error {
  constructor() {
    super('The register is not empty.');
  }
}

/** An export line that cannot be read back; `line` counts from 1. */
export class InvalidExport extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Line ${line}: ${reason}`);
  }
}
