import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The Worker bundle that `wrangler deploy` would upload (minified), measured and checked. */
export interface WorkerBundle {
  gzipBytes: number;
  rawBytes: number;
  /** Bytes in the output per package (or first two path segments for our own files). */
  groups: Map<string, number>;
  /** Bytes of inputs that must stay out (docx, zod's non-English locales). */
  outsideBytes: number;
  /** Modules that reach a stand-in of wrangler.toml's [alias] without being part of zod. */
  strayAliasImports: string[];
}

export const bundleLimitKiB = 300;

interface Metafile {
  inputs: Record<string, { imports: { path: string; original?: string }[] }>;
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

/** The stand-ins wrangler.toml aliases zod's own modules to: only zod may import them. */
const standIns = ['src/zod-locales.ts', 'src/zod-worker-stubs.ts'];

export function buildWorkerBundle(): WorkerBundle {
  const out = mkdtempSync(join(tmpdir(), 'tredjeland-worker-'));
  const metafile = join(out, 'meta.json');
  execFileSync(
    'npx',
    ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', out, '--metafile', metafile],
    { stdio: 'ignore' },
  );
  const contents = readdirSync(out)
    .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
    .map((f) => readFileSync(join(out, f)));
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as Metafile;

  const groups = new Map<string, number>();
  let outsideBytes = 0;
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
      if (mustStayOut(input)) outsideBytes += bytesInOutput;
    }
  }
  const strayAliasImports = Object.entries(meta.inputs)
    .filter(([input, { imports }]) => {
      const reachesStandIn = imports.some((i) => standIns.includes(i.path));
      return reachesStandIn && !input.startsWith('node_modules/zod/');
    })
    .map(([input]) => input);

  return {
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
    rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
    groups,
    outsideBytes,
    strayAliasImports,
  };
}
