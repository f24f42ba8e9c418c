import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as countingBodyLimit } from 'hono/body-limit';

/**
 * The limit on a request body. Hono's own middleware starts by asking for `c.req.raw.body`, which on
 * Node turns every request into a web stream and a full Request object before any route runs: on a small
 * POST that costs as much as the rest of the request. A declared Content-Length is checked without
 * touching the body (the HTTP parser, on Node and on Workers, ends the body at that length), and a GET or
 * HEAD without one carries none. Any other body (chunked, or a Request made in process) is counted as it
 * is read.
 */
export function bodyLimit(
  maxSize: number,
  onError: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const counting = countingBodyLimit({ maxSize, onError });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? onError(c) : next();
    }
    if (length === undefined && (c.req.method === 'GET' || c.req.method === 'HEAD')) return next();
    return counting(c, next);
  };
}
