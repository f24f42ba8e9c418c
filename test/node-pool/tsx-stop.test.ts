import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 18: `node --import tsx src/node.ts` stopped by a signal to its process group (Ctrl-C, a supervisor)
 * just after its first answer. The signal ends tsx's esbuild service too, while the register's module is
 * still to be loaded (it opens after the first answer): that is a stop, exit 0, not "the case register
 * cannot be opened" and exit 1. Loopback, port 0.
 */
const dir = mkdtempSync(join(tmpdir(), 'tredjeland-tsx-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(process.platform !== 'win32')('a stop signal while the service starts, under tsx', () => {
  it('exits 0 without blaming the register', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        TREDJELAND_LOG: 'off',
        TREDJELAND_DB: join(dir, 'r.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const seen = { out: '', err: '' };
    child.stderr.on('data', (chunk) => (seen.err += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          seen.out += chunk;
          const url = seen.out.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
          if (url) resolve(url[1]!);
        });
        void exited.then(() => reject(new Error(`it exited: ${seen.out} ${seen.err}`)));
      });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      process.kill(-child.pid!, 'SIGTERM');
      expect(await exited, seen.err).toBe(0);
      expect(seen.err).not.toMatch(/cannot be opened/);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }, 60_000);
});
