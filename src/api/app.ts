import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { ApiProblem, problemResponse, zodFieldErrors } from './problem.js';

export interface AppOptions {
  /** Product version shown in /v1/meta and the OpenAPI document. */
  version?: string;
}

import type { Caller } from './tokens.js';

/** `caller` is set by the auth middleware when tokens are configured. */
export type AppEnv = { Variables: { requestId: string; caller?: Caller } };

const locationOf: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/** A router whose validation failures answer 400 problem+json naming every field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problemResponse(c, 400, 'invalid-request', {
          detail: 'One or more fields are not valid; see errors.',
          errors: zodFieldErrors(result.error, locationOf[result.target] ?? result.target),
        });
      }
    },
  });
}

/** Routes an area registers on the app. */
export type RouteModule = (app: ReturnType<typeof createRouter>, options: Required<AppOptions>) => void;

export function handleErrors(app: ReturnType<typeof createRouter>) {
  app.notFound((c) =>
    problemResponse(c, 404, 'not-found', {
      detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`,
    }),
  );
  app.onError((err, c) => {
    if (err instanceof ApiProblem) return problemResponse(c, err.status, err.kind, err.extra);
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 400 && /json/i.test(err.message)) {
        return problemResponse(c, 400, 'malformed-json', { detail: err.message });
      }
      if (status === 413) return problemResponse(c, 413, 'payload-too-large', { detail: err.message });
      if (status === 401) return problemResponse(c, 401, 'unauthorized', { detail: err.message });
      if (status === 503) return problemResponse(c, 503, 'timeout', { detail: err.message });
      if (status >= 400 && status < 500)
        return problemResponse(c, status, 'invalid-request', { detail: err.message });
    }
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', error: String(err) }));
    return problemResponse(c, 500, 'internal-error', { detail: 'The error has been logged.' });
  });
}
