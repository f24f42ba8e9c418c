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
  /** Bytes of inputs that must stay out (docx, zod's locales but English and Swedish). */
  outsideBytes: number;
  /**
   * What is wrong with wrangler.toml's [alias]: a module that reaches a stand-in without being the zod
   * module it was made for, or an expected swap that no longer happens (zod moved its files).
   */
  aliasProblems: string[];
}

/**
 * 350 KiB: issue 17's target is 300, or 350 with the case register and the legal data in the script. The
 * December 2026 merge measured 381.7; issue 17b (second round) took out drizzle-orm (the register's few
 * statements are plain SQL: -19.3) and Handlebars' compiled code and runtime (the templates are syntax trees
 * run by src/documents/template-runtime.ts: -19.7), 342.7 KiB; the ceiling is the 350 target itself.
 * Largest inputs (minified, before gzip): src/documents 244 KiB (template trees 139, docx stamps 47), zod 159,
 * data/laws 102, src/api 81, src/engine 78, data/adequacy 58, data/authorities 50, xstate 42,
 * machines/clause14 40, data/countries 39, src/tia 34, @asteasolutions/zod-to-openapi 31, hono 29.
 * What would reach 300 is named in bench/RESULTS.md (issue 17b's section).
 */
export const bundleLimitKiB = 350;

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
 * build learnt; docx is for the stock path and the build), zod's message languages besides English,
 * zod's `compile` and `fromJSONSchema` (wrangler.toml swaps those for src/zod-*.ts), and the Node-only
 * parts: the Node entry and its start, its thread pool and the SQLite register (the Worker has D1).
 */
const mustStayOut = (input: string) =>
  /^src\/(node\.ts|node-start\.ts|node-pool\/|register\/sqlite\.ts)/.test(input) ||
  /node_modules\/@libsql\//.test(input) ||
  /node_modules\/docx\//.test(input) ||
  (/node_modules\/zod\/v4\/locales\//.test(input) && !/\/(en|sv)\.js$/.test(input)) ||
  /node_modules\/zod\/v4\/(core\/compile|classic\/from-json-schema)\.js$/.test(input);

/** Every swap wrangler.toml's [alias] makes: the module that imports, what it wrote, the stand-in. */
const expectedSwaps = [
  ['node_modules/zod/v4/core/index.js', '../locales/index.js', 'src/zod-locales.ts'],
  ['node_modules/zod/v4/classic/external.js', '../locales/index.js', 'src/zod-locales.ts'],
  ['node_modules/zod/v4/core/index.js', './compile.js', 'src/zod-worker-stubs.ts'],
  ['node_modules/zod/v4/classic/external.js', './from-json-schema.js', 'src/zod-worker-stubs.ts'],
  // The OpenAPI document builders: the document is a static file made at build time (issue 14).
  [
    'node_modules/@hono/zod-openapi/dist/index.mjs',
    '@asteasolutions/zod-to-openapi',
    'src/zod-openapi-worker.ts',
  ],
] as const;
const standIns = new Set<string>(expectedSwaps.map(([, , standIn]) => standIn));

function aliasProblemsOf(meta: Metafile): string[] {
  const problems: string[] = [];
  const swaps = Object.entries(meta.inputs).flatMap(([importer, { imports }]) =>
    imports.filter((i) => standIns.has(i.path)).map((i) => `${importer} ${i.original} ${i.path}`),
  );
  const expected = new Set(expectedSwaps.map((swap) => swap.join(' ')));
  for (const swap of swaps) {
    if (!expected.has(swap)) problems.push(`unexpected swap: ${swap} (an alias key catches another module)`);
  }
  for (const swap of expected) {
    if (!swaps.includes(swap)) problems.push(`swap no longer made: ${swap} (did zod move the file?)`);
  }
  return problems;
}

export function buildWorkerBundle(): WorkerBundle {
  const out = mkdtempSync(join(tmpdir(), 'tredjeland-worker-'));
  const metafile = join(out, 'meta.json');
  execFileSync(
    'npx',
    ['wrangler', 'deploy', '--dry-run', '--minify', '--outdir', out, '--metafile', metafile],
    { stdio: ['ignore', 'ignore', 'inherit'] },
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

  return {
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
    rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
    groups,
    outsideBytes,
    aliasProblems: aliasProblemsOf(meta),
  };
}
