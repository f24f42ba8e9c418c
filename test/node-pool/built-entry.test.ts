import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseWithFlows } from '../../bench/cases.js';
import { createApp } from '../../src/api/index.js';

/**
 * Issue 18: the built entry (dist/node/server.mjs, made by `npm run build`, which `npm test` runs first)
 * finds its heavy-work thread (dist/node/heavy-thread.mjs), answers a heavy request from it as the app
 * answers in-process, and on SIGTERM finishes the request under way and exits 0. Loopback, port 0.
 */

const entry = 'dist/node/server.mjs';
const dir = mkdtempSync(join(tmpdir(), 'tredjeland-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(existsSync(entry))('the built entry with its thread pool', () => {
  it('answers heavy work from a thread, byte for byte, and stops cleanly mid-request', async () => {
    const child = spawn(process.execPath, [entry], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        TREDJELAND_LOG: 'off',
        TREDJELAND_DB: join(dir, 'r.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const url = out.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
          if (url) resolve(url[1]!);
        });
        void exited.then(() => reject(new Error(`the entry exited: ${out} ${err}`)));
      });
      // The register opens and the threads start once it has answered (src/node.ts): let that be done,
      // so that the request below is under way when the signal comes, not queued behind the start.
      expect((await fetch(`${base}/v1/cases`)).status).toBe(200);
      const body = JSON.stringify(caseWithFlows(1000));
      const expected = await createApp({ config: { log: false } }).request('/v1/assessments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const heavy = fetch(`${base}/v1/assessments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      // Let the request reach the server, then ask it to stop: the request under way is still answered.
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.kill('SIGTERM');
      const res = await heavy;
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(await expected.arrayBuffer()))).toBe(
        true,
      );
      expect(await exited).toBe(0);
      expect(out).toMatch(/"msg":"tredjeland stopping","signal":"SIGTERM"/);
      expect(err).toBe('');
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  /** Starts the entry on a loopback port; its base URL, its output so far and its exit. */
  async function start(db: string) {
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TREDJELAND_LOG: 'off', TREDJELAND_DB: db },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const seen = { out: '', err: '' };
    child.stderr.on('data', (chunk) => (seen.err += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        seen.out += chunk;
        const url = seen.out.match(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/);
        if (url) resolve(url[1]!);
      });
      void exited.then(() => reject(new Error(`the entry exited: ${seen.out} ${seen.err}`)));
    });
    return { child, base, seen, exited };
  }

  it('opens its register after it listens (its own chunk) and answers the register from it', async () => {
    const db = join(dir, 'later.db');
    const { child, base, exited } = await start(db);
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const res = await fetch(`${base}/v1/cases`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ items: [], total: 0 });
      expect(existsSync(db)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('answers from the legal data it was built with (parsed at build time) as the app does in process', async () => {
    const { child, base, exited } = await start(join(dir, 'data.db'));
    try {
      const app = createApp({ config: { log: false } });
      for (const path of ['/v1/meta', '/v1/countries/US?asOf=2026-11-01', '/v1/adequacy', '/v1/countries']) {
        const [built, inProcess] = await Promise.all([fetch(`${base}${path}`), app.request(path)]);
        expect(built.status).toBe(200);
        expect(await built.text()).toBe(await inProcess.text());
      }
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('stops with exit code 1, naming the register, when the register cannot be opened', async () => {
    const notADir = join(dir, 'a-file');
    writeFileSync(notADir, 'not a directory');
    // It stops before it listens: no /healthz that answers and then a service that is gone.
    const child = spawn(process.execPath, [entry], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        TREDJELAND_LOG: 'off',
        TREDJELAND_DB: join(notADir, 'r.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const seen = { out: '', err: '' };
    child.stdout.on('data', (chunk) => (seen.out += chunk));
    child.stderr.on('data', (chunk) => (seen.err += chunk));
    try {
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
      expect(seen.err).toMatch(/"msg":"the case register cannot be opened"/);
      expect(seen.out).not.toMatch(/tredjeland listening/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
