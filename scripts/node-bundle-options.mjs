// The esbuild settings the built Node entry (bundle-node-entry.mjs) and its heavy-work thread
// (bundle-node-thread.mjs) share, so that the two bundles are made alike.
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native or build-time packages stay outside: @libsql's native module, and what only tests and builds use.
  external: ['@libsql/*', 'libsql', 'playwright-core', 'esbuild', 'fsevents'],
  // CommonJS packages bundled into an ES module still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};
