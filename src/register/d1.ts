import { type ErrorKind, type SqlDatabase, SqlRegister, type Statement } from './sql-register.js';

/**
 * The register on Workers: Cloudflare D1 (binding `DB` in wrangler.toml). Migrations are applied by
 * `wrangler d1 migrations apply` (and by `applyD1Migrations` in the Worker tests), from the same
 * migrations/ folder the Node migrator reads. Writes are `batch`es: D1 refuses `transaction()`.
 */
export function d1Register(binding: D1DatabaseLike): SqlRegister {
  const prepare = (s: Statement) => binding.prepare(s.sql).bind(...s.args);
  const db: SqlDatabase = {
    all: async <T>(s: Statement) => (await prepare(s).all<T>()).results,
    batch: async (statements) => {
      await binding.batch(statements.map(prepare));
    },
  };
  return new SqlRegister(db, { classify });
}

/** The part of the D1 binding's type we rely on (kept local so src/ needs no Workers types). */
export interface D1DatabaseLike {
  prepare(query: string): D1StatementLike;
  batch(statements: D1StatementLike[]): Promise<unknown>;
}

interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all<T>(): Promise<{ results: T[] }>;
}

function classify(error: unknown): ErrorKind {
  // D1 gives errors as text: "D1_ERROR: UNIQUE constraint failed: …" (sometimes with a cause).
  const text = `${String(error)} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return /constraint failed|SQLITE_CONSTRAINT/i.test(text) ? 'constraint' : 'unavailable';
}
