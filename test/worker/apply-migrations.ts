import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// The register's migrations, read from migrations/ in vitest.config.ts, applied to both test databases
// before each test file (applyD1Migrations skips those already applied).
const bindings = env as unknown as { DB: D1Database; DB2: D1Database; TEST_MIGRATIONS: D1Migration[] };
await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
await applyD1Migrations(bindings.DB2, bindings.TEST_MIGRATIONS);
