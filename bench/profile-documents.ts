import { createApp } from '../src/api/index.js';
import { fullDetails, sampleCase, sampleCaseWithTia } from '../test/documents/fixtures.js';

/**
 * The documents routes in process, over and over, for a CPU profile (not part of `npm run bench`):
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-documents.ts [scc|bundle] [n]
 * prints the CPU per request (process.cpuUsage) after a warm-up; the bodies are those of
 * bench/workerd-documents.ts.
 */
const app = createApp({ config: { log: false } });
const which = process.argv[2] === 'bundle' ? 'bundle' : 'scc';
const body = JSON.stringify(
  which === 'scc'
    ? { case: sampleCaseWithTia(), details: fullDetails, flows: ['moln-1'], documentDate: '2026-11-15' }
    : { case: sampleCase, details: fullDetails, documentDate: '2026-11-15' },
);
const path = `/v1/documents/${which}?lang=sv`;
const n = Number(process.argv[3] ?? (which === 'scc' ? 1000 : 200));

async function once() {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

const first = process.cpuUsage();
const bytes = await once();
const firstUsed = process.cpuUsage(first);
for (let i = 0; i < Math.min(n, 100); i += 1) await once();
const before = process.cpuUsage();
for (let i = 0; i < n; i += 1) await once();
const used = process.cpuUsage(before);
const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
console.log(
  `${which}: first ${ms(firstUsed).toFixed(1)} ms CPU, then ${(ms(used) / n).toFixed(3)} ms CPU per request, answer ${(bytes / 1024).toFixed(1)} KiB`,
);
