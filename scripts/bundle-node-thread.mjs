// Bundles the heavy-work thread (src/node-pool/heavy-thread.ts) into dist/node/heavy-thread.mjs, beside
// the built entry, where the pool looks for it first (src/node-pool/pool.ts, threadScript): the threads
// then start without tsx, as the entry does. Same settings as the entry (bundle-node-entry.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle-options.mjs';
import { legalDataParsedAtBuild } from './node-legal-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const legalData = legalDataParsedAtBuild();
await build({
  entryPoints: [join(root, 'src', 'node-pool', 'heavy-thread.ts')],
  outfile: join(root, 'dist', 'node', 'heavy-thread.mjs'),
  plugins: [legalData.plugin],
  define: legalData.define,
  ...nodeBundleOptions,
});
console.log('bundled the heavy-work thread into dist/node/heavy-thread.mjs');
