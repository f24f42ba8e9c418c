// The open-loop part of `npm run load-test` (scripts/load-test.ts starts it, one process per role):
// heavy requests sent at a fixed rate whatever the server answers (a 503 does not bring its sender back
// sooner, as it does in autocannon's closed loop), light requests at a fixed rate beside them, and the
// /healthz probe every 50 ms. Plain node:http, loopback only; the answers are read and counted, not kept.
//
// Usage: node scripts/load-test-open.mjs <spec.json>, spec = {
//   base, seconds, role: 'generator' (heavy) | 'light' | 'probe' (/healthz) | 'inline' (all three),
//   heavyRate (per s), heavy: [{ method, path, body? }], lightRate (per s), light: [...], drainMs }
// Prints one line of JSON: per kind of request sent / 200 / 503 / other (with latencies), the probe's
// latencies, and how late the generator sent (its own event loop's delay shows there).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { base, seconds, role } = spec;
const target = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const ownDelay = monitorEventLoopDelay({ resolution: 5 });
ownDelay.enable();

/** One request; resolves with its status (0: no answer), its latency in ms and the bytes read. */
function send({ method, path, body }, viaAgent = agent, timeoutMs = 60_000) {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json' };
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    const request = http.request(
      { host: target.hostname, port: target.port, method, path, headers, agent: viaAgent },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk) => {
          bytes += chunk.length;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode, ms: performance.now() - started, bytes }),
        );
        response.on('error', (error) =>
          resolve({ status: 0, ms: performance.now() - started, bytes, error: error.message }),
        );
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) =>
      resolve({ status: 0, ms: performance.now() - started, bytes: 0, error: error.message }),
    );
    request.end(body);
  });
}

const percentile = (sorted, p) =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (ms) => (ms === null || ms === undefined ? null : Math.round(ms));

/** Counts and latencies of answers, per label. */
function tally(results) {
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const ok = results
    .filter((r) => r.status === 200)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const errors = results.filter((r) => r.status === 0);
  return {
    sent: results.length,
    status200: ok.length,
    status503: results.filter((r) => r.status === 503).length,
    other: results.length - ok.length - results.filter((r) => r.status === 503).length,
    ...(errors.length > 0 ? { firstError: errors[0].error } : {}),
    p50ms: round(percentile(latencies, 50)),
    p99ms: round(percentile(latencies, 99)),
    maxms: round(latencies.at(-1)),
    ok200p50ms: round(percentile(ok, 50)),
    ...(() => {
      // How soon a refusal came (admission: at once when the queue is full, else after waiting in it).
      const refused = results
        .filter((r) => r.status === 503)
        .map((r) => r.ms)
        .sort((a, b) => a - b);
      return refused.length === 0
        ? {}
        : { refused503p50ms: round(percentile(refused, 50)), refused503maxms: round(refused.at(-1)) };
    })(),
    megabytes: Math.round(results.reduce((sum, r) => sum + r.bytes, 0) / 1e5) / 10,
  };
}

/**
 * Sends `requests` in turn at `rate` per second from `start` until `end`, each on time whatever became
 * of the ones before (open loop); returns every answer and how late the sends were.
 */
async function openLoop(requests, rate, start, end) {
  const pending = [];
  const labels = [];
  let lateMax = 0;
  let next = 0;
  if (!(rate > 0) || requests.length === 0) return { pending, labels, lateMax };
  for (;;) {
    const due = start + (next * 1000) / rate;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lateMax = Math.max(lateMax, performance.now() - due);
    const request = requests[next % requests.length];
    labels.push(request.label ?? request.path);
    pending.push(send(request));
    next += 1;
  }
  return { pending, labels, lateMax };
}

async function probe(end) {
  const latencies = [];
  let unanswered = 0;
  let firstError;
  while (performance.now() < end) {
    const answer = await send({ method: 'GET', path: '/healthz' }, probeAgent, 30_000);
    if (answer.status === 200) latencies.push(answer.ms);
    else {
      unanswered += 1;
      firstError ??= answer.error ?? `status ${answer.status}`;
      latencies.push(answer.status === 0 ? Number.POSITIVE_INFINITY : answer.ms);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  latencies.sort((a, b) => a - b);
  return {
    probes: latencies.length,
    ...(unanswered > 0 ? { unanswered, firstError } : {}),
    p50ms: round(percentile(latencies, 50)),
    p99ms: round(percentile(latencies, 99)),
    maxms: round(latencies.at(-1)),
  };
}

const start = performance.now() + 100;
const end = start + seconds * 1000;
const out = { role };
// generator: the heavy requests; light: the light ones; probe: /healthz; inline: all three in one process.
const probing = role === 'probe' || role === 'inline' ? probe(end) : undefined;
const none = { pending: [], labels: [], lateMax: 0 };
const [heavy, light] = await Promise.all([
  role === 'generator' || role === 'inline' ? openLoop(spec.heavy, spec.heavyRate, start, end) : none,
  role === 'light' || role === 'inline' ? openLoop(spec.light, spec.lightRate, start, end) : none,
]);
// Answers still under way when the sending stops are waited for (a bounded time: the server's own
// request time limit answers them first).
const settle = (loop) =>
  Promise.race([
    Promise.all(loop.pending),
    new Promise((resolve) => setTimeout(resolve, spec.drainMs ?? 20_000)),
  ]);
await Promise.all([settle(heavy), settle(light)]);
const gone = { status: 0, ms: Number.POSITIVE_INFINITY, bytes: 0, error: 'still waiting' };
/** Every answer, those still under way counted as unanswered; and per label. */
async function summary(loop, rate) {
  const results = await Promise.all(loop.pending.map((p) => Promise.race([p, Promise.resolve(gone)])));
  const byLabel = {};
  results.forEach((r, i) => {
    byLabel[loop.labels[i]] ??= [];
    byLabel[loop.labels[i]].push(r);
  });
  return {
    rate,
    ...tally(results),
    byKind: Object.fromEntries(Object.entries(byLabel).map(([label, rs]) => [label, tally(rs)])),
    sendLateMaxMs: round(loop.lateMax),
  };
}
if (heavy.pending.length > 0) out.heavy = await summary(heavy, spec.heavyRate);
if (light.pending.length > 0) out.light = await summary(light, spec.lightRate);
if (probing) out.healthz = await probing;
ownDelay.disable();
out.ownLoopDelay = {
  p99ms: round(ownDelay.percentile(99) / 1e6),
  maxms: round(ownDelay.max / 1e6),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
agent.destroy();
probeAgent.destroy();
process.exit(0);
