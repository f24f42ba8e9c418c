/**
 * Splits a migration file into statements the way it is meant to be run: on `;` at the end of a line,
 * except inside a trigger's BEGIN … END. Comments (`-- …`) are dropped. The files are ours and plain;
 * this is not a general SQL parser.
 */
export function splitStatements(sqlText: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inTrigger = false;
  for (const raw of sqlText.split('\n')) {
    const line = raw.replace(/--.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    current.push(line);
    if (/^\s*CREATE\s+TRIGGER\b/i.test(line)) inTrigger = true;
    const ends = inTrigger ? /^\s*END;$/i.test(line) : line.endsWith(';');
    if (ends) {
      statements.push(current.join('\n'));
      current = [];
      inTrigger = false;
    }
  }
  if (current.length > 0) statements.push(current.join('\n'));
  return statements;
}

/** wrangler's own bookkeeping table: the same on Node, so one database could move between the two. */
export const d1MigrationsTable = `CREATE TABLE IF NOT EXISTS d1_migrations(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)`;
