// Load test on loopback only: the Node server as its own process, autocannon as the load, mixed routes,
// bounded in time. Reports requests, errors and the server's resident memory before and after.
// Usage: npm run load-test -- [seconds=30] [connections=64]
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { caseWithFlows } from '../bench/cases.js';
import { startServer } from '../bench/server.js';

const seconds = Math.min(Number(process.argv[2] ?? 30) || 30, 300);
const connections = Math.min(Number(process.argv[3] ?? 64) || 64, 256);
const port = 18_788;

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
