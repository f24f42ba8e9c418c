import { createApp } from '../src/api/index.js';
import { caseWithDistinctFlows, caseWithFlows } from './cases.js';

/**
 * The assessment route in process, over and over, for a CPU profile (not part of `npm run bench`):
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-assessment.ts [full|lean|big-full|big-lean] [n]
 * prints the CPU per request (process.cpuUsage) after a warm-up.
 */
const app = createApp({ config: { log: false } });
const which = process.argv[2] ?? 'full';
const big = which.startsWith('big');
const body = JSON.stringify(big ? caseWithDistinctFlows(1000) : caseWithFlows(10));
const path = `/v1/assessments${which.endsWith('lean') ? '?shape=lean' : ''}`;
const n = Number(process.argv[3] ?? (big ? 20 : 2000));

async function once() {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

const bytes = await once();
for (let i = 0; i < Math.min(n, 300); i += 1) await once();
const before = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < n; i += 1) await once();
const used = process.cpuUsage(before);
console.log(
  `${which}: ${((used.user + used.system) / n / 1000).toFixed(3)} ms CPU, ${((performance.now() - started) / n).toFixed(3)} ms wall per request, answer ${(bytes / 1024).toFixed(1)} KiB`,
);
