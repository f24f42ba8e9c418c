// A random sample of lines for an estimated mutation score where a full run does not fit (test/MUTATION.md).
// Lists every mutant StrykerJS's instrumenter makes in the files (no test runs), keeps the lines holding at
// least one single-line mutant, and draws a share of those lines from each file (a seeded draw, so the same
// seed gives the same sample). Prints one `--mutate` value: `file:L-L,...` (Stryker mutates only mutants that
// lie wholly within a range, so multi-line mutants are outside the sample: say so with the estimate).
//   node scripts/mutation-sample.mjs --share 0.06 --seed 19 machines/transfer.ts src/engine/*.ts
import { readFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return Number(value);
};
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
