// Load test on loopback only: the Node server as its own process, autocannon as the load, bounded in
// time. A light mix of routes, then a heavy mix (1,000-flow assessments and document bundles beside
// light routes) while a probe asks /healthz every 50 ms, in rounds alternately with heavy work in worker
// threads and in the main thread (TREDJELAND_HEAVY_THREADS=on/off), each with the 1-minute load average
// when it began; reports requests, errors, peak resident memory and the /healthz p99 of each round.
// LOAD_TEST_WORKER=1 adds a round against the Worker under `wrangler dev` with workerd's memory.
// LOAD_TEST_BASE=path/to/server.mjs alternates the heavy rounds between this checkout's built entry and
// that one (an earlier build), both with the pool on, instead of the pool on and off; LOAD_TEST_ENTRY
// names this checkout's entry (default dist/node/server.mjs), e.g. a copy that a rebuild will not touch.
// Usage: npm run load-test -- [seconds=30] [connections=64]
//   (LOAD_TEST_PORT sets the port, and the Worker uses the next two; LOAD_TEST_ROUNDS the rounds)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { caseWithFlows } from '../bench/cases.js';
import { startServer } from '../bench/server.js';

const seconds = Math.min(Number(process.argv[2] ?? 30) || 30, 300);
const connections = Math.min(Number(process.argv[3] ?? 64) || 64, 256);
const port = Number(process.env.LOAD_TEST_PORT ?? 18_788);
/** Heavy-mix rounds, each once with the thread pool and once without (LOAD_TEST_ROUNDS, default 2). */
const rounds = Math.min(Number(process.env.LOAD_TEST_ROUNDS ?? 2) || 2, 10);

function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

const json = { 'content-type': 'application/json' };
const assessment = JSON.stringify(caseWithFlows(10));
const documentBody = JSON.stringify({ case: caseWithFlows(2) });
const requests = [
  { method: 'GET', path: '/v1/countries/US?asOf=2026-11-01' },
  { method: 'GET', path: '/v1/adequacy' },
  { method: 'POST', path: '/v1/assessments', headers: json, body: assessment },
  { method: 'GET', path: '/v1/dpf?q=acme' },
  { method: 'POST', path: '/v1/documents/memo?lang=sv', headers: json, body: documentBody },
  { method: 'POST', path: '/v1/assessments', headers: json, body: '{"parties": 1}' }, // a 400 on purpose
] as const;

const heavyAssessment = JSON.stringify(caseWithFlows(1000));
const heavyBundle = JSON.stringify({ case: caseWithFlows(40) });
const heavyMix = [
  { method: 'POST', path: '/v1/assessments', headers: json, body: heavyAssessment },
  { method: 'POST', path: '/v1/documents/bundle?lang=sv', headers: json, body: heavyBundle },
  { method: 'GET', path: '/v1/countries/US?asOf=2026-11-01' },
  { method: 'POST', path: '/v1/assessments', headers: json, body: assessment },
] as const;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Probes of /healthz that got no answer (a socket error), and the first error's message. */
const probeFailures = { count: 0, first: undefined as string | undefined };

/** Asks /healthz every 50 ms until `stop` resolves; the latencies in ms, sorted (no answer: Infinity). */
async function probeHealth(base: string, stop: Promise<unknown>): Promise<number[]> {
  let done = false;
  void stop.then(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    try {
      await (await fetch(`${base}/healthz`)).arrayBuffer();
      latencies.push(performance.now() - started);
    } catch (error) {
      probeFailures.count += 1;
      probeFailures.first ??= String((error as { cause?: unknown }).cause ?? error);
      latencies.push(Number.POSITIVE_INFINITY);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies.sort((a, b) => a - b);
}

/** The resident memory of every process in a process group whose name is `name` (workerd), in MiB. */
function groupRssMiB(group: number, name: string): number {
  let kib = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group || comm !== name) continue;
      kib += Number(readFileSync(`/proc/${entry}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kib / 1024;
}

/**
 * One run of the heavy mix against `base`, with /healthz probed every 50 ms and the server's memory
 * sampled every 250 ms (`rss`): what it answered, the /healthz latencies and the peak memory.
 */
async function heavyRound(base: string, rss: () => number) {
  const load1 = loadavg()[0]!;
  let peak = rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 250);
  const heavyRun = autocannon({
    url: base,
    connections: Math.min(connections, 16),
    duration: heavySeconds,
    requests: heavyMix.map((r) => ({ ...r })) as autocannon.Request[],
  });
  probeFailures.count = 0;
  probeFailures.first = undefined;
  const health = await probeHealth(base, heavyRun);
  const heavy = await heavyRun;
  clearInterval(sampler);
  return {
    loadAverage1m: Math.round(load1 * 10) / 10,
    requests: heavy.requests.total,
    latencyP99ms: heavy.latency.p99,
    status2xx: heavy['2xx'],
    status4xx: heavy['4xx'],
    status503: heavy.statusCodeStats?.['503']?.count ?? 0,
    status5xx: heavy['5xx'],
    socketErrors: heavy.errors,
    timeouts: heavy.timeouts,
    rssMiBPeak: Math.round(peak),
    healthz: {
      probes: health.length,
      ...(probeFailures.count > 0
        ? { unanswered: probeFailures.count, firstError: probeFailures.first }
        : {}),
      p50ms: Math.round(percentile(health, 50)),
      p99ms: Math.round(percentile(health, 99)),
      maxms: Math.round(health.at(-1) ?? Number.NaN),
    },
  };
}

/** The Node server with heavy work in worker threads (`on`) or in the main thread (`off`). */
async function withNodeServer<T>(
  threads: 'on' | 'off',
  work: (pid: number | undefined) => Promise<T>,
  entry = process.env.LOAD_TEST_ENTRY ?? 'dist/node/server.mjs',
) {
  process.env.TREDJELAND_HEAVY_THREADS = threads;
  // The built entry, as `npm start` runs it (the npm script builds first).
  const server = await startServer(port, { command: process.execPath, args: [entry] });
  try {
    // One heavy request first, answered before the round: the threads have loaded the engine by then.
    await (
      await fetch(`http://127.0.0.1:${port}/v1/assessments`, {
        method: 'POST',
        headers: json,
        body: heavyAssessment,
      })
    ).arrayBuffer();
    return await work(server.child.pid);
  } finally {
    await server.stop();
  }
}

/**
 * The same heavy mix against the Worker under `wrangler dev` (workerd, offline), its workerd processes'
 * memory sampled: what an isolate holds while 1,000-flow answers are made.
 */
async function workerRound() {
  const workerPort = port + 1;
  const child = spawn(
    'node_modules/.bin/wrangler',
    [
      'dev',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(workerPort),
      '--inspector-port',
      String(port + 2),
    ],
    {
      env: {
        ...process.env,
        WRANGLER_LOG_PATH: process.env.WRANGLER_LOG_PATH ?? '/tmp/wrangler-load-test',
        WRANGLER_SEND_METRICS: 'false',
        TREDJELAND_LOG: 'off',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const group = child.pid!;
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('wrangler dev did not answer within 120 s');
      const ok = await fetch(`http://127.0.0.1:${workerPort}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const idle = groupRssMiB(group, 'workerd');
    const round = await heavyRound(`http://127.0.0.1:${workerPort}`, () => groupRssMiB(group, 'workerd'));
    return { workerdRssMiBIdle: Math.round(idle), ...round };
  } finally {
    const exited = once(child, 'exit');
    process.kill(-group, 'SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

const heavySeconds = Math.max(5, Math.round((seconds * 2) / 3));
const light = await withNodeServer('on', async (pid) => {
  const before = rssMiB(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({ ...r })) as autocannon.Request[],
  });
  return { result, before, after: rssMiB(pid) };
});
const { result } = light;
// The heavy mix, alternately with and without the thread pool, so that both see the same machine.
const heavyRounds: Record<string, unknown>[] = [];
const base = process.env.LOAD_TEST_BASE;
const variants = base
  ? ([
      { threads: 'on', entry: process.env.LOAD_TEST_ENTRY ?? 'dist/node/server.mjs' },
      { threads: 'on', entry: base },
    ] as const)
  : ([{ threads: 'on' }, { threads: 'off' }] as const);
for (let round = 0; round < rounds; round++) {
  for (const variant of variants) {
    const entry = 'entry' in variant ? variant.entry : undefined;
    const figures = await withNodeServer(
      variant.threads,
      (pid) => heavyRound(`http://127.0.0.1:${port}`, () => rssMiB(pid)),
      entry,
    );
    heavyRounds.push({ ...variant, ...figures });
  }
}
const worker = process.env.LOAD_TEST_WORKER === '1' ? await workerRound() : undefined;
const serverErrors = result['5xx'];
console.log(
  JSON.stringify(
    {
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP99ms: result.latency.p99,
      status2xx: result['2xx'],
      status4xx: result['4xx'],
      status5xx: serverErrors,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      rssMiBBefore: Math.round(light.before),
      rssMiBAfter: Math.round(light.after),
      heavy: { seconds: heavySeconds, connections: Math.min(connections, 16), rounds: heavyRounds },
      ...(worker ? { worker } : {}),
    },
    null,
    2,
  ),
);
// The planned 400s are expected; anything else is a failure.
if (serverErrors > 0 || result.errors > 0 || result.timeouts > 0) process.exitCode = 1;
