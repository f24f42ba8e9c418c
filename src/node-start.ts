// The built Node entry (scripts/bundle-node-entry.mjs bundles this file into dist/node/server.mjs).
// zod 4 copies a schema's methods onto it when it is made, so @hono/zod-openapi must have added
// `.openapi` to zod's prototypes before any schema is made. The bundle is split into chunks (the
// documents and the SQLite register load at first use), and a chunk shared with them can make schemas
// before the entry's own code runs: so the extension is loaded, and done, before the service's code.
await import('@hono/zod-openapi');
await import('./node.js');

export {};
