import { configFromEnv } from './api/config.js';
import { type App, createApp } from './api/index.js';

// Cloudflare Workers entry: the same app as src/node.ts. Bindings (secrets, vars) arrive with the first
// request, so the app is built then, once per isolate.
let app: App | undefined;

export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: unknown) {
    app ??= createApp({ config: configFromEnv(env ?? {}) });
    return app.fetch(request, env, ctx as never);
  },
};
