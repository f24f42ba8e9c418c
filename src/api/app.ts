import { OpenAPIHono } from '@hono/zod-openapi';
import type { HeavyWork } from './heavy-work.js';
import type { WorkLimits } from './middleware/work-limits/index.js';
import { asApiProblem, fieldsNotValid, problemResponse, safeLang, zodFieldErrors } from './problem.js';
import { inSwedish } from './zod-swedish.js';

export interface AppOptions {
  /** Product version shown in /v1/meta and the OpenAPI document. */
  version?: string;
}

import type { Caller } from './tokens.js';

/**
 * `caller` is set by the auth middleware when tokens are configured; `limits` by workLimits; `work`, where
 * assessments and documents run when not in the request's own thread (Node's thread pool).
 */
export type AppEnv = {
  Variables: { requestId: string; limits: WorkLimits; caller?: Caller; work?: HeavyWork };
};

const locationOf: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/** A router whose validation failures answer 400 problem+json naming every field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: async (result, c) => {
      if (!result.success) {
        // Every reason in the user's language: zod's own (src/api/zod-swedish.ts) and the schemas'.
        const lang = safeLang(c);
        const error = lang === 'sv' ? await inSwedish(result.error, result.target, c) : result.error;
        return problemResponse(c, 400, 'invalid-request', {
          detail: fieldsNotValid(lang),
          errors: zodFieldErrors(error, locationOf[result.target] ?? result.target, lang),
        });
      }
    },
  });
}

/** Routes an area registers on the app. */
export type RouteModule = (app: ReturnType<typeof createRouter>, options: Required<AppOptions>) => void;

/** Turns every failure into problem+json: thrown problems as they are, anything else as a logged 500. */
export function handleErrors(app: ReturnType<typeof createRouter>) {
  app.notFound(function noRoute(c) {
    const path = new URL(c.req.url).pathname;
    const allow = allowedMethods(app, path);
    if (allow.length > 0) {
      const response = problemResponse(c, 405, 'method-not-allowed', {
        detail: `${path} answers ${allow.join(', ')}, not ${c.req.method}.`,
        errors: [{ field: 'method', reason: `not allowed here; use ${allow.join(' or ')}`, in: 'request' }],
      });
      response.headers.set('allow', allow.join(', '));
      return response;
    }
    return problemResponse(c, 404, 'not-found', { detail: `No route for ${c.req.method} ${path}.` });
  });
  app.onError(function renderProblem(err, c) {
    const problem = asApiProblem(err);
    if (problem) {
      const response = problemResponse(c, problem.status, problem.kind, problem.extra);
      for (const [name, value] of Object.entries(problem.headers)) response.headers.set(name, value);
      return response;
    }
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', error: String(err) }));
    return problemResponse(c, 500, 'internal-error', { detail: 'The error has been logged.' });
  });
}

/** The methods the app's routes answer at `path` (HEAD with GET, as Hono serves it), for Allow. */
function allowedMethods(app: ReturnType<typeof createRouter>, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || !routePattern(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  return [...methods];
}

const patterns = new Map<string, RegExp>();
/** `/v1/countries/:code` as a pattern matching one segment per parameter. */
function routePattern(template: string): RegExp {
  let pattern = patterns.get(template);
  if (!pattern) {
    const source = template
      .split('/')
      .map((part) =>
        part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    pattern = new RegExp(`^${source}/?$`);
    patterns.set(template, pattern);
  }
  return pattern;
}
