// A random sample for an estimated mutation score where a full run does not fit (test/MUTATION.md), of lines
// (default) or of mutants (--mutants N --list sample.json: N mutants drawn uniformly from all the files' mutants,
// each printed as its exact range, and listed so scripts/mutation-sample-score.mjs can read each one's result
// from Stryker's report; a range also takes the mutants nested inside it, which the score leaves out).
// Lists every mutant StrykerJS's instrumenter makes in the files (no test runs), keeps the lines holding at
// least one single-line mutant, and draws a share of those lines from each file (a seeded draw, so the same
// seed gives the same sample). Prints one `--mutate` value: `file:L-L,...` (Stryker mutates only mutants that
// lie wholly within a range, so multi-line mutants are outside the sample: say so with the estimate).
//   node scripts/mutation-sample.mjs --share 0.06 --seed 19 machines/transfer.ts src/engine/*.ts
//   node scripts/mutation-sample.mjs --mutants 150 --seed 19 --list reports/sample.json src/engine/render.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return Number(value);
};
const listIndex = args.indexOf('--list');
const listFile = listIndex < 0 ? undefined : args.splice(listIndex, 2)[1];
const mutantCount = option('--mutants', 0);
const share = option('--share', 0.06);
let seed = option('--seed', 19);
const random = () => {
  // mulberry32: small, seeded, good enough to draw lines
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const quiet = () => {};
const logger = { debug: quiet, info: quiet, trace: quiet, warn: console.warn, error: console.error };
Object.assign(logger, { isDebugEnabled: () => false, isTraceEnabled: () => false });
const files = args.map((name) => ({ name, mutate: true, content: readFileSync(name, 'utf8') }));
const { mutants } = await new Instrumenter(logger).instrument(files, {
  plugins: null,
  excludedMutations: [],
  ignorers: [],
  noHeader: false,
});

const ranges = [];
if (mutantCount > 0) {
  if (!listFile) throw new Error('--mutants needs --list FILE to record which mutants were drawn');
  const pool = [...mutants];
  const drawn = [];
  while (drawn.length < mutantCount && pool.length > 0) {
    drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  }
  // Stryker's --mutate ranges count lines from 1 and columns from 0, as the instrumenter's columns do.
  for (const m of drawn) {
    const at = (p) => `${m.location[p].line + 1}:${m.location[p].column}`;
    ranges.push(`${m.fileName}:${at('start')}-${at('end')}`);
  }
  const list = drawn.map((m) => ({
    file: m.fileName,
    mutatorName: m.mutatorName,
    replacement: m.replacement,
    location: m.location,
  }));
  writeFileSync(listFile, `${JSON.stringify({ population: mutants.length, drawn: list }, null, 1)}\n`);
  console.log(ranges.join(','));
  process.exit(0);
}
for (const { name } of files) {
  const lines = [
    ...new Set(
      mutants
        .filter((m) => m.fileName === name && m.location.start.line === m.location.end.line)
        .map((m) => m.location.start.line + 1),
    ),
  ];
  // Proportional allocation; the fraction of a line left over is drawn at random.
  const exact = lines.length * share;
  let n = Math.floor(exact) + (random() < exact - Math.floor(exact) ? 1 : 0);
  const pool = [...lines];
  while (n-- > 0 && pool.length > 0) {
    const [line] = pool.splice(Math.floor(random() * pool.length), 1);
    ranges.push(`${name}:${line}-${line}`);
  }
}
console.log(ranges.join(','));
