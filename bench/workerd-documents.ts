import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Miniflare } from 'miniflare';
import { fullDetails, sampleCase, sampleCaseWithTia } from '../test/documents/fixtures.js';
import { type Benchmark, type BenchRow, percentile } from './types.js';

/**
 * Documents inside workerd, as the Worker runs them: the minified bundle `wrangler deploy` would upload,
 * served by Miniflare's workerd (what `wrangler dev` runs). CPU is read from the workerd process itself
 * (/proc/<pid>/stat, user + system) before and after a slice of requests, so the load generator's work and
 * the machine's other load do not count; a slice of GET /healthz of the same size is the baseline
 * subtracted (HTTP handling, Miniflare's proxy worker in front of ours). Slices alternate route by route.
 *
 * The cold figure starts a fresh workerd (a fresh isolate) per sample and sends it one document request
 * first: its CPU includes building the app and everything the documents do lazily on first use. The
 * Worker's start-up CPU (workerd up with the script loaded, before any request) is reported beside it.
 */

const PORT = Number(process.env.BENCH_WORKERD_PORT ?? 12_010);
const SLICE = 20;
const ROUNDS = 8;
const COLD_SAMPLES = 5;
const TICK_MS = 1000 / 100; // USER_HZ: Linux reports process times in 1/100 s

const scc = JSON.stringify({
  case: sampleCaseWithTia(),
  details: fullDetails,
  flows: ['moln-1'],
  documentDate: '2026-11-15',
});
const bundle = JSON.stringify({ case: sampleCase, details: fullDetails, documentDate: '2026-11-15' });
const routes = {
  healthz: { path: '/healthz', body: undefined },
  scc: { path: '/v1/documents/scc?lang=sv', body: scc },
  bundle: { path: '/v1/documents/bundle?lang=sv', body: bundle },
} as const;
type Route = keyof typeof routes;

/** The Worker bundle as `wrangler deploy` builds it (minified), in a fresh folder. */
export function buildBundle(): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tredjeland-workerd-bench-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_LOG_PATH: join(dir, 'logs') },
  });
  const script = readdirSync(dir).find((f) => f.endsWith('.js'));
  if (!script) throw new Error('wrangler wrote no script');
  return { dir, script: join(dir, script) };
}

/** The workerd processes that are children of this process (Miniflare starts one per instance). */
function workerdPids(): Set<number> {
  const pids = new Set<number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      if (comm.startsWith('workerd') && ppid === process.pid) pids.add(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU time of a process so far (user + system), in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command's closing parenthesis.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function startWorkerd(script: string, port: number) {
  const before = workerdPids();
  const started = performance.now();
  const mf = new Miniflare({
    modules: true,
    scriptPath: script,
    modulesRoot: dirname(script),
    compatibilityDate: '2026-04-01',
    host: '127.0.0.1',
    port,
    bindings: { TREDJELAND_LOG: 'off' },
  });
  const url = await mf.ready;
  const readyMs = performance.now() - started;
  const pid = [...workerdPids()].find((p) => !before.has(p));
  if (pid === undefined) throw new Error('no workerd process found');
  return { mf, url, pid, readyMs };
}

async function send(base: URL, route: Route): Promise<void> {
  const { path, body } = routes[route];
  const res = await fetch(new URL(path, base), {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    ...(body ? { body } : {}),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
}

/** Warm CPU per request of each route minus GET /healthz's, slices alternating within one instance. */
export async function warm(script: string): Promise<Record<'scc' | 'bundle', number[]>> {
  const { mf, url, pid } = await startWorkerd(script, PORT);
  try {
    for (const route of ['scc', 'bundle', 'scc', 'bundle'] as const) {
      for (let i = 0; i < 10; i += 1) await send(url, route);
    }
    const perRequest: Record<Route, number[]> = { healthz: [], scc: [], bundle: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const route of ['healthz', 'scc', 'healthz', 'bundle'] as const) {
        const before = cpuMs(pid);
        for (let i = 0; i < SLICE; i += 1) await send(url, route);
        perRequest[route].push((cpuMs(pid) - before) / SLICE);
      }
    }
    // Each route slice against the two healthz slices around it in the same round.
    const baseline = (round: number) =>
      ((perRequest.healthz[2 * round] ?? 0) + (perRequest.healthz[2 * round + 1] ?? 0)) / 2;
    return {
      scc: perRequest.scc.map((v, round) => v - baseline(round)),
      bundle: perRequest.bundle.map((v, round) => v - baseline(round)),
    };
  } finally {
    await mf.dispose();
  }
}

/** A fresh workerd per sample: its start-up CPU, and the CPU of its first request (a document). */
export async function cold(
  script: string,
  samples = COLD_SAMPLES,
): Promise<{ startup: number[]; first: number[]; healthz: number[] }> {
  const out = { startup: [] as number[], first: [] as number[], healthz: [] as number[] };
  for (let i = 0; i < samples; i += 1) {
    for (const first of ['scc', 'healthz'] as const) {
      const { mf, url, pid } = await startWorkerd(script, PORT + 1 + i);
      try {
        const before = cpuMs(pid);
        await send(url, first);
        const spent = cpuMs(pid) - before;
        if (first === 'scc') {
          out.first.push(spent);
          out.startup.push(before);
        } else out.healthz.push(spent);
      } finally {
        await mf.dispose();
      }
    }
  }
  return out;
}

export const run: Benchmark = async () => {
  const { dir, script } = buildBundle();
  try {
    const w = await warm(script);
    const c = await cold(script);
    const row = (name: string, list: number[], target: number | undefined, unit = 'ms CPU median') =>
      ({
        name,
        value: percentile(list, 50),
        unit,
        extra: { min: Math.min(...list), max: Math.max(...list) },
        ...(target ? { target: { text: `≤ ${target} ms`, met: percentile(list, 50) <= target } } : {}),
      }) satisfies BenchRow;
    return [
      row(
        `workerd, warm: POST /v1/documents/scc (SCC pack, module 2), minus GET /healthz (${ROUNDS} × ${SLICE})`,
        w.scc,
        5,
      ),
      row(
        `workerd, warm: POST /v1/documents/bundle (8 documents, zip), minus GET /healthz (${ROUNDS} × ${SLICE})`,
        w.bundle,
        10,
      ),
      row(
        `workerd, fresh isolate: first request, POST /v1/documents/scc (${COLD_SAMPLES} fresh workerd)`,
        c.first,
        30,
      ),
      row(
        'workerd, fresh isolate: first request, GET /healthz (the app built, no document)',
        c.healthz,
        undefined,
      ),
      row(
        'workerd: start-up CPU, process start to ready with the Worker loaded (Miniflare, no request)',
        c.startup,
        undefined,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
