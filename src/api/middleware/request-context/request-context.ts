import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../../app.js';

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a new one), returns it on
 * the response and writes one structured log line per request. The log holds method, route, status and
 * duration only: never a body or a query string, which may carry personal data.
 *
 * @param log false silences the log line; the id is given either way.
 * @example app.use('*', requestContext(true));
 */
export function requestContext(log: boolean): MiddlewareHandler<AppEnv> {
  return async function giveRequestId(c, next) {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    const started = Date.now();
    await next();
    c.res.headers.set('x-request-id', requestId);
    if (log) {
      console.log(
        JSON.stringify({
          level: c.res.status >= 500 ? 'error' : 'info',
          msg: 'request',
          requestId,
          method: c.req.method,
          route: routeTemplate(c),
          status: c.res.status,
          ms: Date.now() - started,
        }),
      );
    }
  };
}

/** The route template (`/v1/countries/:code`), not the path a caller typed. */
function routeTemplate(c: Context): string {
  return (
    matchedRoutes(c)
      .filter((r) => r.method !== 'ALL')
      .at(-1)?.path ?? '(no route)'
  );
}
