import { percentile } from './types.js';
import { buildBundle, cold, warm } from './workerd-documents.js';

/**
 * Two Worker scripts alternated in workerd, for before/after figures on a loaded machine (not part of
 * `npm run bench`):
 *   BENCH_WORKERD_PORT=12010 npx tsx bench/workerd-ab.ts <before.js> [after.js] [rounds]
 * `after` defaults to this checkout's bundle as `wrangler deploy --minify` builds it. Each round measures
 * the warm routes and the fresh-isolate figures of one script, then of the other.
 */
const [before, givenAfter, roundsText] = process.argv.slice(2);
if (!before) throw new Error('usage: bench/workerd-ab.ts <before.js> [after.js] [rounds]');
const after = givenAfter && givenAfter !== '-' ? givenAfter : buildBundle().script;
const rounds = Number(roundsText ?? 2);
const scripts = { before, after } as const;
const results: Record<string, Record<string, number[]>> = { before: {}, after: {} };
const add = (who: string, what: string, values: number[]) => {
  const list = results[who] as Record<string, number[]>;
  list[what] = [...(list[what] ?? []), ...values];
};

for (let round = 0; round < rounds; round += 1) {
  for (const who of round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
    const w = await warm(scripts[who]);
    add(who, 'warm scc', w.scc);
    add(who, 'warm bundle', w.bundle);
    const c = await cold(scripts[who], 3);
    add(who, 'fresh isolate, first scc', c.first);
    add(who, 'fresh isolate, first healthz', c.healthz);
    add(who, 'start-up', c.startup);
  }
}
const fmt = (list: number[]) =>
  `${percentile(list, 50).toFixed(2)} (min ${Math.min(...list).toFixed(2)}, n ${list.length})`;
console.log(`| ms CPU, median | before | after |\n|---|---:|---:|`);
for (const what of Object.keys(results.before ?? {}))
  console.log(`| ${what} | ${fmt(results.before?.[what] ?? [])} | ${fmt(results.after?.[what] ?? [])} |`);
