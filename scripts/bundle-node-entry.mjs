// Bundles the Node entry (src/node.ts) with the app, machines, data and generated templates into one
// ES module, dist/node/server.mjs: Node then starts it without compiling TypeScript or resolving
// hundreds of files (tsx took over a second). Packages are bundled too, but those with native code or
// files of their own read at run time, which stay external and resolve from node_modules as usual.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src', 'node.ts')],
  outfile: join(root, 'dist', 'node', 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@libsql/*', 'libsql', 'playwright-core', 'esbuild', 'fsevents'],
  // CommonJS packages bundled into an ES module still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log('bundled the Node entry into dist/node/server.mjs');
