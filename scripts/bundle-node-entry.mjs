// Bundles the Node entry (src/node-start.ts, which runs src/node.ts) with the app, machines, data and
// generated templates into ES modules in dist/node/, server.mjs first: Node then starts it without
// compiling TypeScript or resolving hundreds of files (tsx took over a second). Packages are bundled too,
// but those with native code or files of their own read at run time, which stay external and resolve
// from node_modules as usual. The bundle is split where the code imports with import(): the documents
// (views, templates, stamps: a third of the code) and the SQLite register (@libsql/client, a native
// module) are chunks of their own, parsed and run at their first use, not at every start.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle-options.mjs';
import { legalDataParsedAtBuild } from './node-legal-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The swaps wrangler.toml's [alias] makes in the Worker, made here too, and only where zod imports them:
 * zod's entry re-exports its 60-odd message languages (about 290 KiB of the entry; the app keeps English
 * and Swedish, src/zod-locales.ts) and two parts the app never calls (src/zod-worker-stubs.ts). Less code
 * to compile at every start.
 */
const zodSwaps = {
  '../locales/index.js': join(root, 'src', 'zod-locales.ts'),
  './compile.js': join(root, 'src', 'zod-worker-stubs.ts'),
  './from-json-schema.js': join(root, 'src', 'zod-worker-stubs.ts'),
};
const zodAsInTheWorker = {
  name: 'zod-as-in-the-worker',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/(locales\/index|compile|from-json-schema)\.js$/ }, (args) =>
      /node_modules\/zod\/v4\/(core|classic)\//.test(args.importer)
        ? { path: zodSwaps[args.path] }
        : undefined,
    );
  },
};

// Chunks of an earlier build would linger beside the new ones.
rmSync(join(root, 'dist', 'node'), { recursive: true, force: true });
const legalData = legalDataParsedAtBuild();
await build({
  entryPoints: { server: join(root, 'src', 'node-start.ts') },
  outdir: join(root, 'dist', 'node'),
  outExtension: { '.js': '.mjs' },
  plugins: [zodAsInTheWorker, legalData.plugin],
  define: legalData.define,
  ...nodeBundleOptions,
  splitting: true,
});
console.log('bundled the Node entry into dist/node/server.mjs');
