import { drizzle } from 'drizzle-orm/d1';
import { DrizzleRegister, type ErrorKind, type RegisterDb } from './drizzle-register.js';

/**
 * The register on Workers: Cloudflare D1 (binding `DB` in wrangler.toml). Migrations are applied by
 * `wrangler d1 migrations apply` (and by `applyD1Migrations` in the Worker tests), from the same
 * migrations/ folder the Node migrator reads. Writes are `batch`es: D1 refuses `transaction()`.
 */
export function d1Register(binding: D1DatabaseLike): DrizzleRegister {
  const db = drizzle(binding as never) as unknown as RegisterDb;
  return new DrizzleRegister(db, { classify });
}

/** The part of the D1 binding's type we rely on (kept local so src/ needs no Workers types). */
export interface D1DatabaseLike {
  prepare(query: string): unknown;
  batch(statements: unknown[]): Promise<unknown>;
}

function classify(error: unknown): ErrorKind {
  // D1 gives errors as text: "D1_ERROR: UNIQUE constraint failed: …" (sometimes wrapped by drizzle).
  const text = `${String(error)} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return /constraint failed|SQLITE_CONSTRAINT/i.test(text) ? 'constraint' : 'unavailable';
}
