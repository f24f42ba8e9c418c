import { configFromEnv } from './api/config.js';
import { type App, createApp } from './api/index.js';
import { type D1DatabaseLike, d1Register } from './register/d1.js';

// Cloudflare Workers entry: the same app as src/node.ts. Bindings (secrets, vars, the D1 database `DB`)
// arrive with the first request, so the app and the register are built then, once per isolate.
let app: App | undefined;

export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: unknown) {
    if (!app) {
      const db = env?.DB as D1DatabaseLike | undefined;
      const register = db ? d1Register(db) : undefined;
      app = createApp({ config: configFromEnv(env ?? {}), ...(register ? { register } : {}) });
    }
    return app.fetch(request, env, ctx as never);
  },
};
