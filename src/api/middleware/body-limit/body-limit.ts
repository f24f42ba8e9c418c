import type { MiddlewareHandler } from 'hono';
import { bodyLimit as countingBodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../../problem.js';

/**
 * The limit on a request body.
 *
 * Hono's own middleware starts by asking for `c.req.raw.body`, which on Node turns every request into a
 * web stream and a full Request object before any route runs: on a small POST that costs as much as the
 * rest of the request. A declared Content-Length is checked without touching the body (the HTTP parser,
 * on Node and on Workers, ends the body at that length), and a GET or HEAD without one carries none. Any
 * other body (chunked, or a Request made in process) is counted as it is read.
 *
 * @param maxSize the largest body accepted, in bytes.
 * @throws ApiProblem 413 `payload-too-large` naming the limit, with `errors: [{ field: 'body' }]`.
 * @example app.use('/v1/*', bodyLimit(2 * 1024 * 1024));
 */
export function bodyLimit(maxSize: number): MiddlewareHandler {
  const tooLarge = () => {
    throw new ApiProblem(413, 'payload-too-large', {
      detail: `The body may be at most ${maxSize} bytes.`,
      errors: [{ field: 'body', reason: `larger than ${maxSize} bytes`, in: 'body' }],
    });
  };
  const counting = countingBodyLimit({ maxSize, onError: tooLarge });
  return async function limitBody(c, next) {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? tooLarge() : next();
    }
    if (length === undefined && (c.req.method === 'GET' || c.req.method === 'HEAD')) return next();
    return counting(c, next);
  };
}
