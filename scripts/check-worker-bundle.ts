import { buildWorkerBundle, bundleLimitKiB } from './worker-bundle.js';

/**
 * CI's check of the Worker bundle: it builds, stays within the size target, keeps docx and zod's other
 * languages out, and the [alias] stand-ins of wrangler.toml catch nothing but zod's own modules.
 */
const bundle = buildWorkerBundle();
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const problems: string[] = [];
if (bundle.gzipBytes / 1024 > bundleLimitKiB) {
  problems.push(`the bundle is ${kib(bundle.gzipBytes)} KiB gzip, over the ${bundleLimitKiB} KiB target`);
}
if (bundle.outsideBytes > 0) problems.push(`${kib(bundle.outsideBytes)} KiB of docx or zod locales got in`);
for (const input of bundle.strayAliasImports) {
  problems.push(`${input} imports a zod stand-in of wrangler.toml's [alias]; rename the alias key`);
}
console.log(
  `Worker bundle: ${kib(bundle.gzipBytes)} KiB gzip (target ≤ ${bundleLimitKiB}), ${kib(bundle.rawBytes)} KiB raw`,
);
for (const problem of problems) console.error(`✗ ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
