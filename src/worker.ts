import { ConfigError, configFromEnv, configSummary, type Platform } from './api/config.js';
import { type App, createApp } from './api/index.js';
import { problemTitle } from './api/problem.js';
import { type D1DatabaseLike, d1Register } from './register/d1.js';

// Cloudflare Workers entry: the same app as src/node.ts. Bindings (secrets, vars, the D1 database `DB`)
// arrive with the first request, so the configuration is checked and the app and the register built then,
// once per isolate. A malformed setting
// answers every request with 500 problem+json naming the variable (a Worker cannot refuse to start).
/**
 * A Worker isolate has 128 MB for the app, every request under way and their answers (ArrayBuffers
 * count). Measured (bench/RESULTS.md, issue 18): the app itself about 20 MB of heap; a 1,000-flow full
 * assessment under 24 MB of heap plus its answer (10.9 MB) about twice over while it is put together;
 * a 200-flow bundle 32-64 MB of heap for a 1.5 MB zip. So one heavy request at a time per isolate, and
 * answers of at most 16 MiB: 20 + 64 + 2 × 16 = 116 MB at the worst. Larger settings are refused.
 */
export const workersPlatform: Platform = {
  defaults: { heavyConcurrency: 1, maxAnswerBytes: 16 * 1024 * 1024 },
  ceilings: { heavyConcurrency: 1, maxAnswerBytes: 16 * 1024 * 1024 },
  why: 'on Workers (an isolate has 128 MB; see README, Answer size)',
};

function build(env: Record<string, unknown>): App | ConfigError {
  try {
    const config = configFromEnv(env, workersPlatform);
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
