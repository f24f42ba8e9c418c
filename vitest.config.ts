import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Two projects: the pure core and the Node app in Node, and the Worker entry inside workerd. The Worker
// tests get the register's migrations (the same migrations/ folder wrangler applies) and a second empty
// D1 database (DB2) for the export/import round trip; test/worker/apply-migrations.ts applies them.
// Time-outs are hang guards, not timing checks (timing is the benchmarks' job): property tests and the first
// requests in a fresh workerd take several seconds when the shared machine is loaded, so 30 s, not 5 s.
const hangGuard = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    test: {
      projects: [
        {
          test: {
            name: 'node',
            ...hangGuard,
            include: ['test/**/*.test.ts'],
            exclude: ['test/worker/**', 'test/browser/**'],
          },
        },
        {
          // The web app in Debian's Chromium (npm run test:browser; scripts/ensure-chromium.sh installs it).
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                d1Databases: { DB2: 'tredjeland-second' },
                bindings: { TEST_MIGRATIONS: migrations },
              },
            }),
          ],
          test: {
            name: 'workers',
            ...hangGuard,
            include: ['test/worker/**/*.test.ts'],
            setupFiles: ['./test/worker/apply-migrations.ts'],
          },
        },
      ],
    },
  };
});
