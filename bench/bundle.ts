import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './types.js';

/** The gzip size of the minified Worker bundle that `wrangler deploy` would upload. */
export const run: Benchmark = async () => {
  const out = mkdtempSync(join(tmpdir(), 'tredjeland-worker-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', out], { stdio: 'ignore' });
  const files = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
  const kib = bytes / 1024;
  return [
    {
      name: 'Worker bundle, minified, gzip',
      value: Math.round(kib * 10) / 10,
      unit: 'KiB',
      target: { text: '≤ 300 KiB', met: kib <= 300 },
    },
  ];
};
