import { createApp } from './api/index.js';

// Cloudflare Workers entry: the same app as src/node.ts, built once per isolate.
const app = createApp();

export default app;
