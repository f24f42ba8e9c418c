import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { type OpenedRegister, openSqliteRegister } from '../../src/register/sqlite.js';
import { registerSuite } from './suite.js';

// The register suite against real SQLite files (libsql), each test file its own directory.
const dir = mkdtempSync(join(tmpdir(), 'tredjeland-register-'));
const opened: OpenedRegister[] = [];
let main: OpenedRegister | undefined;
let count = 0;

async function open(path: string) {
  const register = await openSqliteRegister({ path });
  opened.push(register);
  return register;
}

afterAll(() => {
  for (const o of opened) o.close();
  rmSync(dir, { recursive: true, force: true });
});

registerSuite('SQLite', {
  async app(tokens) {
    main ??= await open(join(dir, 'register.db'));
    return createApp({
      register: main.register,
      config: { log: false, ...(tokens ? { apiTokens: tokens } : {}) },
    });
  },
  async emptyApp() {
    count += 1;
    const fresh = await open(join(dir, `empty-${count}.db`));
    return createApp({ register: fresh.register, config: { log: false } });
  },
  async exec(sql) {
    main ??= await open(join(dir, 'register.db'));
    await main.client.execute(sql);
  },
});
