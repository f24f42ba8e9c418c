import { ConfigError, configFromEnv, configSummary } from './api/config.js';
import { type App, createApp } from './api/index.js';
import { problemTitle } from './api/problem.js';
import { type D1DatabaseLike, d1Register } from './register/d1.js';

// Cloudflare Workers entry: the same app as src/node.ts. Bindings (secrets, vars, the D1 database `DB`)
// arrive with the first request, so the configuration is checked and the app and the register built then,
// once per isolate. A malformed setting
// answers every request with 500 problem+json naming the variable (a Worker cannot refuse to start).
function build(env: Record<string, unknown>): App | ConfigError {
  try {
    const config = configFromEnv(env);
    console.log(JSON.stringify(configSummary(config)));
    const db = env.DB as D1DatabaseLike | undefined;
    const register = db ? d1Register(db) : undefined;
    return createApp({ config, ...(register ? { register } : {}) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(JSON.stringify({ level: 'error', msg: error.message }));
    return error;
  }
}

function misconfigured(error: ConfigError, request: Request): Response {
  const body = {
    type: 'https://tredjeland.se/problems/misconfigured',
    title: problemTitle('misconfigured', 'en'),
    status: 500,
    detail: 'The service is not configured correctly; its operator has to fix the variables named in errors.',
    instance: new URL(request.url).pathname,
    errors: error.problems.map((p) => ({ field: p.variable, reason: p.reason, in: 'configuration' })),
  };
  return new Response(JSON.stringify(body), {
    status: 500,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'x-request-id': crypto.randomUUID(),
    },
  });
}

/** A Worker handler with its own app, built on its first request (tests make fresh ones). */
export function workerEntry() {
  let app: App | ConfigError | undefined;
  return {
    fetch(request: Request, env: Record<string, unknown>, ctx: unknown) {
      app ??= build(env ?? {});
      if (app instanceof ConfigError) return misconfigured(app, request);
      return app.fetch(request, env, ctx as never);
    },
  };
}

export default workerEntry();
