import { buildWorkerBundle, bundleLimitKiB } from '../scripts/worker-bundle.js';
import type { Benchmark } from './types.js';

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The gzip size of the minified Worker bundle that `wrangler deploy` would upload, and what it is made of. */
export const run: Benchmark = async () => {
  const bundle = buildWorkerBundle();
  const largest = [...bundle.groups].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return [
    {
      name: 'Worker bundle, minified, gzip',
      value: kib(bundle.gzipBytes),
      unit: 'KiB',
      extra: { 'raw KiB': kib(bundle.rawBytes) },
      target: { text: `≤ ${bundleLimitKiB} KiB`, met: bundle.gzipBytes / 1024 <= bundleLimitKiB },
    },
    {
      name: 'Worker bundle, largest inputs (minified, before gzip)',
      value: kib(largest.reduce((sum, [, bytes]) => sum + bytes, 0)),
      unit: 'KiB',
      extra: Object.fromEntries(largest.map(([group, bytes]) => [group, kib(bytes)])),
    },
    {
      name: 'Worker bundle, docx and the zod parts swapped out (other locales, compile, fromJSONSchema)',
      value: kib(bundle.outsideBytes),
      unit: 'KiB',
      target: { text: '0 (kept out of the Worker)', met: bundle.outsideBytes === 0 },
    },
  ];
};
