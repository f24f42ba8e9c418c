// The score of a sample of mutants drawn by `scripts/mutation-sample.mjs --mutants N --list FILE`: reads each
// drawn mutant's result from Stryker's JSON report(s) and prints the counts, the score and a 95 % interval
// (Wilson). Mutants the run judged static (not counted anywhere, see test/MUTATION.md) leave the sample.
//   node scripts/mutation-sample-score.mjs reports/sample.json reports/mutation/engine-sample.json
import { readFileSync } from 'node:fs';

const [listFile, ...reportFiles] = process.argv.slice(2);
const { population, drawn } = JSON.parse(readFileSync(listFile, 'utf8'));
// The report counts lines and columns from 1; the instrumenter, which drew the sample, from 0.
const key = (file, m, shift) =>
  [
    file,
    m.mutatorName,
    m.replacement,
    m.location.start.line + shift,
    m.location.start.column + shift,
    m.location.end.line + shift,
    m.location.end.column + shift,
  ].join('|');
const results = new Map();
for (const reportFile of reportFiles) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) results.set(key(file, m, 0), m.status);
  }
}
const counts = {};
const missing = [];
for (const m of drawn) {
  const status = results.get(key(m.file, m, 1));
  if (status === undefined) missing.push(m);
  else counts[status] = (counts[status] ?? 0) + 1;
}
const killed = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
const counted = killed + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
const p = killed / counted;
const z = 1.96;
const centre = (p + (z * z) / (2 * counted)) / (1 + (z * z) / counted);
const half =
  (z / (1 + (z * z) / counted)) * Math.sqrt((p * (1 - p)) / counted + (z * z) / (4 * counted * counted));
console.log(`population ${population} mutants; drawn ${drawn.length}; results`, JSON.stringify(counts));
console.log(
  `score ${(100 * p).toFixed(1)} % (${killed}/${counted}), 95 % interval ${(100 * (centre - half)).toFixed(1)}-${(100 * (centre + half)).toFixed(1)} %`,
);
if (missing.length > 0) console.log(`not in the report(s): ${missing.length}`, missing.slice(0, 5));
