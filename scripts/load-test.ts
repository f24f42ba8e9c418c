// Load test on loopback only: the Node server as its own process, autocannon as the load, bounded in
// time. Two runs: a light mix of routes, then a heavy mix (1,000-flow assessments and document bundles
// beside light routes) while a probe asks /healthz every 50 ms; reports requests, errors, the server's
// resident memory and the /healthz p99 under the heavy mix.
// Usage: npm run load-test -- [seconds=30] [connections=64]   (LOAD_TEST_PORT sets the port)
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { caseWithFlows } from '../bench/cases.js';
import { startServer } from '../bench/server.js';

const seconds = Math.min(Number(process.argv[2] ?? 30) || 30, 300);
const connections = Math.min(Number(process.argv[3] ?? 64) || 64, 256);
const port = Number(process.env.LOAD_TEST_PORT ?? 18_788);

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

/** Asks /healthz every 50 ms until `stop` resolves; the latencies in ms, sorted. */
async function probeHealth(stop: Promise<unknown>): Promise<number[]> {
  let done = false;
  void stop.then(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    try {
      await (await fetch(`http://127.0.0.1:${port}/healthz`)).arrayBuffer();
      latencies.push(performance.now() - started);
    } catch {
      latencies.push(Number.POSITIVE_INFINITY);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies.sort((a, b) => a - b);
}

const server = await startServer(port);
try {
  const before = rssMiB(server.child.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({ ...r })) as autocannon.Request[],
  });
  const after = rssMiB(server.child.pid);
  const serverErrors = result['5xx'];
  // The heavy mix: a third of the time, fewer connections (heavy requests queue, then 503 by design).
  const heavySeconds = Math.max(5, Math.round(seconds / 3));
  const heavyRun = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: Math.min(connections, 16),
    duration: heavySeconds,
    requests: heavyMix.map((r) => ({ ...r })) as autocannon.Request[],
  });
  const health = await probeHealth(heavyRun);
  const heavy = await heavyRun;
  const afterHeavy = rssMiB(server.child.pid);
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
        rssMiBBefore: Math.round(before),
        rssMiBAfter: Math.round(after),
        heavy: {
          seconds: heavySeconds,
          connections: Math.min(connections, 16),
          requests: heavy.requests.total,
          latencyP99ms: heavy.latency.p99,
          status2xx: heavy['2xx'],
          status4xx: heavy['4xx'],
          status503: heavy.statusCodeStats?.['503']?.count ?? 0,
          status5xx: heavy['5xx'],
          socketErrors: heavy.errors,
          timeouts: heavy.timeouts,
          rssMiBAfter: Math.round(afterHeavy),
          healthz: {
            probes: health.length,
            p50ms: Math.round(percentile(health, 50)),
            p99ms: Math.round(percentile(health, 99)),
            maxms: Math.round(health.at(-1) ?? Number.NaN),
          },
        },
      },
      null,
      2,
    ),
  );
  // The planned 400s are expected; anything else is a failure.
  if (serverErrors > 0 || result.errors > 0 || result.timeouts > 0) process.exitCode = 1;
} finally {
  await server.stop();
}
