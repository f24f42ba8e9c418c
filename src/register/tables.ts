import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The register's tables as drizzle sees them, for both SQLite (libsql) and D1. The schema itself is made
 * by the plain SQL files in migrations/ (the one source of truth for both runtimes); this mirrors them.
 */
export const cases = sqliteTable('cases', {
  id: text('id').primaryKey(),
  latestVersion: integer('latest_version').notNull(),
  etag: text('etag').notNull(),
  title: text('title').notNull(),
  caseNumber: text('case_number'),
  reference: text('reference'),
  tags: text('tags').notNull(),
  search: text('search').notNull(),
  countries: text('countries').notNull(),
  mechanisms: text('mechanisms').notNull(),
  openTia: integer('open_tia').notNull(),
  dpf: integer('dpf').notNull(),
  nextDue: text('next_due'),
  flows: text('flows').notNull(),
  due: text('due').notNull(),
  savedAt: text('saved_at').notNull(),
  savedBy: text('saved_by').notNull(),
});

export const caseVersions = sqliteTable(
  'case_versions',
  {
    caseId: text('case_id').notNull(),
    version: integer('version').notNull(),
    etag: text('etag').notNull(),
    title: text('title').notNull(),
    caseNumber: text('case_number'),
    reference: text('reference'),
    tags: text('tags').notNull(),
    body: text('body').notNull(),
    sha256: text('sha256').notNull(),
    asOf: text('as_of').notNull(),
    dataVersion: text('data_version').notNull(),
    flows: text('flows').notNull(),
    due: text('due').notNull(),
    reason: text('reason').notNull(),
    scenario: text('scenario'),
    savedAt: text('saved_at').notNull(),
    savedBy: text('saved_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.version] })],
);

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(),
  caseId: text('case_id').notNull(),
  version: integer('version').notNull(),
  kind: text('kind').notNull(),
  lang: text('lang').notNull(),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: text('content').notNull(),
  filedAt: text('filed_at').notNull(),
  filedBy: text('filed_by').notNull(),
});

export const audit = sqliteTable('audit', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  caseId: text('case_id'),
  version: integer('version'),
  requestId: text('request_id'),
  detail: text('detail'),
});

export type CaseRow = typeof cases.$inferSelect;
export type VersionRow = typeof caseVersions.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type AuditRow = typeof audit.$inferSelect;
