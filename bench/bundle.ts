import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './types.js';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** What an input counts under: its package, or its first two path segments. */
function groupOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  if (pkg) return pkg;
  return input.split('/').slice(0, 2).join('/');
}

/**
 * Inputs that must stay out of the Worker: docx (the run time assembles documents from the stamps the
 * build learnt; docx is for the stock path and the build) and zod's message languages besides English
 * (wrangler.toml aliases zod's locales index to src/zod-locales.ts).
 */
const mustStayOut = (input: string) =>
  /node_modules\/docx\//.test(input) ||
  (/node_modules\/zod\/v4\/locales\//.test(input) && !input.endsWith('/en.js'));

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The gzip size of the minified Worker bundle that `wrangler deploy` would upload, and what it is made of. */
export const run: Benchmark = async () => {
  const out = mkdtempSync(join(tmpdir(), 'tredjeland-worker-'));
  const metafile = join(out, 'meta.json');
  execFileSync(
    'npx',
    ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', out, '--metafile', metafile],
    { stdio: 'ignore' },
  );
  const files = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const contents = files.map((f) => readFileSync(join(out, f)));
  const gzip = contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
  const raw = contents.reduce((sum, c) => sum + c.length, 0);

  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as Metafile;
  const groups = new Map<string, number>();
  let outside = 0;
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = groupOf(input);
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
      if (mustStayOut(input)) outside += bytesInOutput;
    }
  }
  const largest = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 8);

  return [
    {
      name: 'Worker bundle, minified, gzip',
      value: kib(gzip),
      unit: 'KiB',
      extra: { 'raw KiB': kib(raw) },
      target: { text: '≤ 300 KiB', met: gzip / 1024 <= 300 },
    },
    {
      name: 'Worker bundle, largest inputs (minified, before gzip)',
      value: kib(largest.reduce((sum, [, bytes]) => sum + bytes, 0)),
      unit: 'KiB',
      extra: Object.fromEntries(largest.map(([group, bytes]) => [group, kib(bytes)])),
    },
    {
      name: 'Worker bundle, docx and zod locales other than English',
      value: kib(outside),
      unit: 'KiB',
      target: { text: '0 (kept out of the Worker)', met: outside === 0 },
    },
  ];
};
