import { arch, cpus, totalmem } from 'node:os';
import type { Benchmark, BenchRow } from './types.js';

/**
 * Runs every benchmark module and prints one table. Ratios compare figures measured in this same run,
 * so they hold across machines better than the raw figures do. `npm run bench -- NAME…` runs a subset.
 */
const modules: Record<string, () => Promise<{ run: Benchmark }>> = {
  'api-throughput': () => import('./api-throughput.js'),
  'dpf-search': () => import('./dpf-search.js'),
  documents: () => import('./documents.js'),
  'workerd-documents': () => import('./workerd-documents.js'),
  bundle: () => import('./bundle.js'),
  'cold-start': () => import('./cold-start.js'),
  'web-app': () => import('./web-app.js'),
  register: () => import('./register.js'),
};

const wanted = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, load] of Object.entries(modules)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  try {
    rows.push(...(await (await load()).run()));
  } catch (error) {
    rows.push({
      name: `${name}: FAILED (${(error as Error).message.split('\n')[0]})`,
      value: Number.NaN,
      unit: '',
    });
  }
}

const fmt = (n: number) =>
  Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# Tredjeland benchmarks, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `machine: ${cpu}, ${cpus().length} cores, ${arch()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log('| measurement | figure | unit | more | ratio | target |');
console.log('|---|---:|---|---|---|---|');
for (const r of rows) {
  const extra = r.extra
    ? Object.entries(r.extra)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')
    : '';
  const ratio = r.ratio ? `${fmt(r.ratio.value)} × ${r.ratio.against}` : '';
  const target = r.target ? `${r.target.text} ${r.target.met ? '✓' : '✗'}` : '';
  console.log(`| ${r.name} | ${fmt(r.value)} | ${r.unit} | ${extra} | ${ratio} | ${target} |`);
}
