import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Client, createClient, LibsqlError } from '@libsql/client';
import { d1MigrationsTable, splitStatements } from './migrations.js';
import { RegisterUnavailable } from './port.js';
import { type ErrorKind, type SqlDatabase, SqlRegister } from './sql-register.js';

/**
 * The register on Node: SQLite in a file through @libsql/client (prebuilt, installs with `npm ci`), WAL
 * mode, migrated on open from migrations/ (the files wrangler applies on D1). Node-only: only
 * src/node.ts, scripts, tests and benchmarks import it.
 */

export { defaultDbPath } from './default-path.js';
export const migrationsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface SqliteRegisterOptions {
  /** A file path, or `:memory:`. */
  path: string;
  /** How long a write waits for another connection's lock before answering 503 (default 2000 ms). */
  busyTimeoutMs?: number;
}

export interface OpenedRegister {
  register: SqlRegister;
  client: Client;
  close(): void;
}

export async function openSqliteRegister(options: SqliteRegisterOptions): Promise<OpenedRegister> {
  const { path } = options;
  let client: Client;
  try {
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    client = createClient({ url: path === ':memory:' ? ':memory:' : `file:${resolve(path)}` });
    if (path !== ':memory:') await client.execute('PRAGMA journal_mode = WAL');
    await client.execute(`PRAGMA busy_timeout = ${options.busyTimeoutMs ?? 2000}`);
    await client.execute('PRAGMA foreign_keys = ON');
    await migrate(client);
  } catch (error) {
    throw new RegisterUnavailable(error);
  }
  return {
    register: new SqlRegister(libsqlDatabase(client), { classify }),
    client,
    close: () => client.close(),
  };
}

/** The libsql client as the register uses it: rows as plain objects, a batch as one transaction. */
function libsqlDatabase(client: Client): SqlDatabase {
  return {
    async all<T>(statement: { sql: string; args: (string | number | null)[] }) {
      const { columns, rows } = await client.execute(statement);
      return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as T);
    },
    async batch(statements) {
      await client.batch(statements);
    },
  };
}

/** Applies the files of migrations/ not yet in d1_migrations, each in one transaction with its record. */
export async function migrate(client: Client, dir = migrationsDir): Promise<string[]> {
  await client.execute(d1MigrationsTable);
  const applied = new Set(
    (await client.execute('SELECT name FROM d1_migrations')).rows.map((r) => String(r.name)),
  );
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const statements = splitStatements(readFileSync(join(dir, file), 'utf8'));
    await client.batch(
      [...statements, { sql: 'INSERT INTO d1_migrations (name) VALUES (?)', args: [file] }],
      'write',
    );
    done.push(file);
  }
  return done;
}

function classify(error: unknown): ErrorKind {
  const code = error instanceof LibsqlError ? error.code : codeOf(error);
  return code?.startsWith('SQLITE_CONSTRAINT') ? 'constraint' : 'unavailable';
}

function codeOf(error: unknown): string | undefined {
  // A wrapped driver error: its cause is the LibsqlError.
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof LibsqlError) return cause.code;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}
