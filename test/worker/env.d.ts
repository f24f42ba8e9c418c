// The bindings the Worker tests use; the full types live in @cloudflare/workers-types.
declare module 'cloudflare:workers' {
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
  export const env: Record<string, unknown>;
}
declare module 'cloudflare:test' {
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[], table?: string): Promise<void>;
}
interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  all<T>(): Promise<{ results: T[] }>;
  run(): Promise<unknown>;
}
interface D1Database {
  prepare(query: string): D1PreparedStatement;
  exec(query: string): Promise<unknown>;
  batch(statements: unknown[]): Promise<unknown>;
}
interface D1Migration {
  name: string;
  queries: string[];
}
