import { buildWorkerBundle, bundleLimitKiB } from './worker-bundle.js';

/**
 * CI's check of the Worker bundle: it builds, stays within the size target, keeps docx, the Node-only code
 * (src/node.ts, src/node-pool, the SQLite register) and the zod parts swapped out by wrangler.toml's [alias] out, and every swap is made where expected and nowhere else.
 */
const bundle = buildWorkerBundle();
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const problems: string[] = [];
if (bundle.gzipBytes / 1024 > bundleLimitKiB) {
  problems.push(`the bundle is ${kib(bundle.gzipBytes)} KiB gzip, over the ${bundleLimitKiB} KiB target`);
}
if (bundle.outsideBytes > 0) {
  problems.push(
    `${kib(bundle.outsideBytes)} KiB of docx, Node-only code or zod parts swapped out in wrangler.toml got in`,
  );
}
problems.push(...bundle.aliasProblems);
console.log(
  `Worker bundle: ${kib(bundle.gzipBytes)} KiB gzip (target ≤ ${bundleLimitKiB}), ${kib(bundle.rawBytes)} KiB raw`,
);
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
