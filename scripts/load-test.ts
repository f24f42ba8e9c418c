// Load test on loopback only: the Node server as its own process, autocannon as the load, bounded in
// time. A light mix of routes, then a heavy mix (1,000-flow assessments and document bundles beside
// light routes) while a probe asks /healthz every 50 ms, in rounds alternately with heavy work in worker
// threads and in the main thread (TREDJELAND_HEAVY_THREADS=on/off), each with the 1-minute load average
// when it began; reports requests, errors, peak resident memory and the /healthz p99 of each round.
// LOAD_TEST_WORKER=1 adds a round against the Worker under `wrangler dev` with workerd's memory.
// LOAD_TEST_BASE=path/to/server.mjs alternates the heavy rounds between this checkout's built entry and
// that one (an earlier build), both with the pool on, instead of the pool on and off; LOAD_TEST_ENTRY
// names this checkout's entry (default dist/node/server.mjs), e.g. a copy that a rebuild will not touch.
//
// The heavy mix comes in two kinds (LOAD_TEST_MODE=closed|open|both, default both):
// - closed loop (autocannon, 16 connections): each connection sends again as soon as it has an answer, so
//   a quick 503 brings it straight back and a server that refuses faster gets more requests. The figures
//   of two builds then describe two different loads.
// - open loop (scripts/load-test-open.mjs): heavy requests (1,000-flow assessments and 40-flow bundles in
//   turn) sent at a fixed rate (LOAD_TEST_HEAVY_RATES, per second, default 1,2,4), light requests at
//   LOAD_TEST_LIGHT_RATE (default 20/s) beside them, whatever the server answers: the same load on both
//   sides of a comparison. Per round: heavy sent / 200 / 503 / other, /healthz p50/p99/max, light
//   latencies, the server's peak memory, its main thread's event-loop delay (bench/loop-delay.mjs) and
//   the load average. The client is on this machine, unlike a real one: by default the /healthz probe runs
//   and the light requests run each in a process of its own at the load test's priority, and the heavy
//   generator in a third, LOAD_TEST_GENERATOR_NICE (default 10) nice steps lower, so that neither the
//   generator's CPU nor its event loop (reading tens of MB of answers) is counted as the server's delay;
//   LOAD_TEST_PROBE=inline puts all three in one process (and LOAD_TEST_GENERATOR_NICE=0 at the load
//   test's priority), as the closed loop has it.
// LOAD_TEST_SKIP_LIGHT=1 leaves out the light mix (for comparisons of the heavy mix alone);
// LOAD_TEST_SERVER_NODE_ARGS adds Node options for the server (e.g. --cpu-prof --cpu-prof-dir=/tmp/p).
// Usage: npm run load-test -- [seconds=30] [connections=64]
//   (LOAD_TEST_PORT sets the port, and the Worker uses the next two; LOAD_TEST_ROUNDS the rounds)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  preload: Record<string, string> = {},
) {
  process.env.TREDJELAND_HEAVY_THREADS = threads;
  // The built entry, as `npm start` runs it (the npm script builds first), with a measuring module
  // preloaded when asked (NODE_OPTIONS for the server only).
  const saved = { ...process.env };
  Object.assign(process.env, preload);
  const nodeArgs = (process.env.LOAD_TEST_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = await startServer(port, {
    command: process.execPath,
    args: [...nodeArgs, entry],
  }).finally(() => {
    for (const key of Object.keys(preload))
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
  });
  try {
    // Heavy and light requests first, answered before the round: every thread has loaded the engine by
    // then (two 1,000-flow cases keep two threads busy, so the ten-flow ones reach any others).
    const warm = (body: string) =>
      fetch(`http://127.0.0.1:${port}/v1/assessments`, { method: 'POST', headers: json, body }).then((r) =>
        r.arrayBuffer(),
      );
    await warm(heavyAssessment);
    await Promise.all([warm(heavyAssessment), warm(heavyAssessment), warm(assessment), warm(assessment)]);
    return await work(server.child.pid);
  } finally {
    await server.stop();
  }
}

const mode = process.env.LOAD_TEST_MODE ?? 'both';
const heavyRates = (process.env.LOAD_TEST_HEAVY_RATES ?? '1,2,4')
  .split(',')
  .map(Number)
  .filter((rate) => rate > 0 && rate <= 50);
const lightRate = Math.min(Number(process.env.LOAD_TEST_LIGHT_RATE ?? 20) || 0, 500);
const probeInline = process.env.LOAD_TEST_PROBE === 'inline';
const generatorNice = Math.max(0, Math.min(19, Number(process.env.LOAD_TEST_GENERATOR_NICE ?? 10) || 0));
const openScript = resolve('scripts/load-test-open.mjs');
const loopDelayModule = resolve('bench/loop-delay.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'tredjeland-load-'));
// LOAD_TEST_KEEP_SCRATCH=1 keeps the server's event-loop delay, a line a second, for reading.
if (process.env.LOAD_TEST_KEEP_SCRATCH === '1') console.error(`scratch files in ${scratch}`);
else process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Runs scripts/load-test-open.mjs with `spec`, `nice` steps down; its one line of JSON. */
async function openLoopProcess(
  spec: Record<string, unknown>,
  nice: number,
): Promise<Record<string, unknown>> {
  const file = join(scratch, `${spec.role}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const [command, args] =
    nice > 0
      ? ['nice', ['-n', String(nice), process.execPath, openScript, file]]
      : [process.execPath, [openScript, file]];
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`load-test-open.mjs (${spec.role}) exited with ${code}`);
  return JSON.parse(out);
}

/** The server's event-loop delay, from bench/loop-delay.mjs's lines written between `from` and `to`. */
function loopDelaySummary(file: string, from: number, to: number) {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          at: number;
          p99: number;
          max: number;
          mainThreadCpuMs: number;
          mainThreadWaitMs?: number;
        },
    )
    .filter((line) => line.at > from + 1000 && line.at <= to + 1000);
  if (lines.length === 0) return undefined;
  const p99s = lines.map((l) => l.p99).sort((a, b) => a - b);
  const cpu = lines.map((l) => l.mainThreadCpuMs).sort((a, b) => a - b);
  return {
    seconds: lines.length,
    p99msMedianOfSeconds: p99s[Math.floor(p99s.length / 2)],
    p99msWorstSecond: p99s.at(-1),
    maxms: Math.max(...lines.map((l) => l.max)),
    mainThreadCpuMsPerSecondMedian: cpu[Math.floor(cpu.length / 2)],
    // Time the main thread was ready to run but had no core (other processes, its own threads).
    mainThreadWaitMsPerSecondMax: Math.max(...lines.map((l) => l.mainThreadWaitMs ?? Number.NaN)),
    mainThreadWaitMsTotal: lines.reduce((sum, l) => sum + (l.mainThreadWaitMs ?? Number.NaN), 0),
  };
}

/**
 * One open-loop round against `base` at `rate` heavy requests a second: the generator and the probe in
 * their own processes (or the probe inside the generator's, LOAD_TEST_PROBE=inline), the server's memory
 * sampled every 250 ms.
 */
async function openRound(base: string, rss: () => number, rate: number, loopDelayFile?: string) {
  const load1 = loadavg()[0]!;
  let peak = rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 250);
  const spec = {
    base,
    seconds: heavySeconds,
    heavyRate: rate,
    heavy: [
      { ...heavyMix[0], label: 'assessment-1000' },
      { ...heavyMix[1], label: 'bundle-40' },
    ].map(({ method, path, body, label }) => ({ method, path, body, label })),
    lightRate,
    light: [
      { ...heavyMix[2], label: 'country' },
      { ...heavyMix[3], label: 'assessment-10' },
      { ...requests[1], label: 'adequacy' },
    ].map((r) => ({
      method: r.method,
      path: r.path,
      label: r.label,
      ...('body' in r ? { body: r.body } : {}),
    })),
    drainMs: 25_000,
  };
  const from = Date.now();
  // The heavy generator `generatorNice` steps down; the light requests and the probe at this priority,
  // each in its own process (or all three in one, LOAD_TEST_PROBE=inline).
  const [generated, lighted, probed] = await Promise.all([
    openLoopProcess({ ...spec, role: probeInline ? 'inline' : 'generator' }, generatorNice),
    probeInline ? undefined : openLoopProcess({ ...spec, role: 'light' }, 0),
    probeInline ? undefined : openLoopProcess({ ...spec, role: 'probe' }, 0),
  ]);
  clearInterval(sampler);
  const to = from + heavySeconds * 1000;
  return {
    rate,
    client: {
      generatorNice,
      probe: probeInline ? 'heavy, light and probe in one process' : 'heavy, light and probe: 3 processes',
      generatorSendLateMaxMs: (generated.heavy as { sendLateMaxMs: number }).sendLateMaxMs,
      generatorLoopDelay: generated.ownLoopDelay,
      lightLoopDelay: (lighted ?? generated).ownLoopDelay,
      probeLoopDelay: (probed ?? generated).ownLoopDelay,
    },
    loadAverage1m: Math.round(load1 * 10) / 10,
    loadAverage1mAfter: Math.round(loadavg()[0]! * 10) / 10,
    heavy: generated.heavy,
    light: (lighted ?? generated).light,
    healthz: (probed ?? generated).healthz,
    serverLoopDelay: loopDelayFile ? loopDelaySummary(loopDelayFile, from, to) : undefined,
    rssMiBPeak: Math.round(peak),
  };
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
const light =
  process.env.LOAD_TEST_SKIP_LIGHT === '1'
    ? undefined
    : await withNodeServer('on', async (pid) => {
        const before = rssMiB(pid);
        const result = await autocannon({
          url: `http://127.0.0.1:${port}`,
          connections,
          duration: seconds,
          requests: requests.map((r) => ({ ...r })) as autocannon.Request[],
        });
        return { result, before, after: rssMiB(pid) };
      });
// The heavy mix, alternately with and without the thread pool (or this build and LOAD_TEST_BASE), so
// that both see the same machine.
const heavyRounds: Record<string, unknown>[] = [];
const openRounds: Record<string, unknown>[] = [];
const base = process.env.LOAD_TEST_BASE;
const variants = base
  ? ([
      { threads: 'on', entry: process.env.LOAD_TEST_ENTRY ?? 'dist/node/server.mjs' },
      { threads: 'on', entry: base },
    ] as const)
  : ([{ threads: 'on' }, { threads: 'off' }] as const);
/** One line a round on stderr while the test runs; the whole figures come at the end as JSON. */
// biome-ignore lint/suspicious/noExplicitAny: a progress line over two shapes of figures
function progress(variant: object, figures: Record<string, any>) {
  const h = figures.healthz ?? {};
  const heavy = figures.heavy ?? {};
  console.error(
    [
      JSON.stringify(variant),
      figures.rate === undefined ? 'closed' : `open ${figures.rate}/s`,
      `heavy ${heavy.sent ?? figures.requests} sent, ${heavy.status200 ?? figures.status2xx} 200, ${heavy.status503 ?? figures.status503} 503, ${heavy.other ?? '-'} other`,
      `healthz p50/p99/max ${h.p50ms}/${h.p99ms}/${h.maxms} ms (${h.probes} probes)`,
      figures.light ? `light p99 ${figures.light.p99ms} ms` : '',
      figures.serverLoopDelay ? `server loop p99 worst s ${figures.serverLoopDelay.p99msWorstSecond} ms` : '',
      `rss ${figures.rssMiBPeak} MiB, load ${figures.loadAverage1m}`,
    ]
      .filter(Boolean)
      .join(' | '),
  );
}
for (let round = 0; round < rounds; round++) {
  if (mode !== 'open')
    for (const variant of variants) {
      const entry = 'entry' in variant ? variant.entry : undefined;
      const figures = await withNodeServer(
        variant.threads,
        (pid) => heavyRound(`http://127.0.0.1:${port}`, () => rssMiB(pid)),
        entry,
      );
      progress(variant, figures);
      heavyRounds.push({ ...variant, ...figures });
    }
  if (mode !== 'closed')
    for (const rate of heavyRates)
      for (const variant of variants) {
        const entry = 'entry' in variant ? variant.entry : undefined;
        const delayFile = join(scratch, `loop-delay-${openRounds.length}.jsonl`);
        const figures = await withNodeServer(
          variant.threads,
          (pid) => openRound(`http://127.0.0.1:${port}`, () => rssMiB(pid), rate, delayFile),
          entry,
          {
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${loopDelayModule}`.trim(),
            LOOP_DELAY_FILE: delayFile,
          },
        );
        progress(variant, figures);
        openRounds.push({ ...variant, ...figures });
      }
}
const worker = process.env.LOAD_TEST_WORKER === '1' ? await workerRound() : undefined;
const result = light?.result;
const serverErrors = result?.['5xx'] ?? 0;
console.log(
  JSON.stringify(
    {
      seconds,
      connections,
      ...(result && light
        ? {
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
          }
        : {}),
      heavy: { seconds: heavySeconds, connections: Math.min(connections, 16), rounds: heavyRounds },
      ...(openRounds.length > 0
        ? { heavyOpenLoop: { seconds: heavySeconds, lightRate, rounds: openRounds } }
        : {}),
      ...(worker ? { worker } : {}),
    },
    null,
    2,
  ),
);
// The planned 400s are expected; anything else is a failure.
if (result && (serverErrors > 0 || result.errors > 0 || result.timeouts > 0)) process.exitCode = 1;
