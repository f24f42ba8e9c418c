-- The case register (issue 15). One set of migrations for both runtimes: `wrangler d1 migrations apply`
-- on Workers, `applyD1Migrations` in the Worker tests, src/register/sqlite-migrate.ts on Node; all keep
-- the applied files in the table d1_migrations.

-- One row per saved case: its register fields and what the latest version says, kept for listing and
-- searching without reading the versions.
CREATE TABLE cases (
  id TEXT PRIMARY KEY NOT NULL,
  latest_version INTEGER NOT NULL,
  etag TEXT NOT NULL,
  title TEXT NOT NULL,
  case_number TEXT,
  reference TEXT,
  tags TEXT NOT NULL,          -- JSON array of strings
  search TEXT NOT NULL,        -- lower-case title, case number, reference, tags and party names
  countries TEXT NOT NULL,     -- the parties' country codes as |SE|US|
  mechanisms TEXT NOT NULL,    -- the flows' mechanisms as |adequacy|scc|
  open_tia INTEGER NOT NULL,   -- 1 when a flow needs a TIA that is not complete
  dpf INTEGER NOT NULL,        -- 1 when a flow rests on the EU-U.S. DPF
  next_due TEXT,               -- the earliest due date, YYYY-MM-DD
  flows TEXT NOT NULL,         -- JSON: the flow summaries of the latest version
  due TEXT NOT NULL,           -- JSON: the due items of the latest version
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL
);
CREATE INDEX cases_saved_at ON cases (saved_at DESC, id);
CREATE INDEX cases_next_due ON cases (next_due);

-- Immutable versions: a save adds one, nothing updates or overwrites one. The primary key is what lets
-- exactly one of two saves against the same version win.
CREATE TABLE case_versions (
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  etag TEXT NOT NULL,
  title TEXT NOT NULL,
  case_number TEXT,
  reference TEXT,
  tags TEXT NOT NULL,
  body TEXT NOT NULL,          -- the case as sent (JSON)
  sha256 TEXT NOT NULL,        -- of body's UTF-8
  as_of TEXT NOT NULL,
  data_version TEXT NOT NULL,
  flows TEXT NOT NULL,
  due TEXT NOT NULL,
  reason TEXT NOT NULL,        -- create | save | reassess
  scenario TEXT,               -- the scenario's name on a reassess save
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  PRIMARY KEY (case_id, version)
);

-- Documents filed with a case: the bytes sent to the other party, tied to the version they came from.
CREATE TABLE documents (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  kind TEXT NOT NULL,
  lang TEXT NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content TEXT NOT NULL,       -- base64 (the same text on SQLite and D1, and in the export)
  filed_at TEXT NOT NULL,
  filed_by TEXT NOT NULL,
  FOREIGN KEY (case_id, version) REFERENCES case_versions (case_id, version) ON DELETE CASCADE
);
CREATE INDEX documents_case ON documents (case_id);

-- Append-only: who did what, when, under which request. Never holds case content, so it may outlive a
-- deleted case.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  case_id TEXT,
  version INTEGER,
  request_id TEXT,
  detail TEXT
);
CREATE INDEX audit_case ON audit (case_id, seq);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
