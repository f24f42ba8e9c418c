import { OpenAPIHono } from '@hono/zod-openapi';
import { asApiProblem, problemResponse, zodFieldErrors } from './problem.js';

export interface AppOptions {
  /** Product version shown in /v1/meta and the OpenAPI document. */
  version?: string;
}

export type AppEnv = { Variables: { requestId: string } };

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

/** Turns every failure into problem+json: thrown problems as they are, anything else as a logged 500. */
export function handleErrors(app: ReturnType<typeof createRouter>) {
  app.notFound((c) =>
    problemResponse(c, 404, 'not-found', {
      detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`,
    }),
  );
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
