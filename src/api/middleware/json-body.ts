import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.js';

/** Routes that take JSON Lines (application/x-ndjson) instead. */
const jsonLinesRoutes = ['/v1/cases/import'];

/**
 * Requests that carry a body must say it is JSON. Without this, a form-encoded body would reach the
 * validators as an empty object and the user would be told that every field is missing.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
    const type = c.req.header('content-type') ?? '';
    const jsonLines =
      jsonLinesRoutes.includes(new URL(c.req.url).pathname) && /^application\/x-ndjson\b/i.test(type.trim());
    if (!jsonLines && !/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim())) {
      return problemResponse(c, 415, 'unsupported-media-type', {
        detail: `Send the body as application/json (got ${type ? `"${type.slice(0, 100)}"` : 'no content-type'}).`,
        errors: [{ field: 'content-type', reason: 'must be application/json', in: 'header' }],
      });
    }
  }
  await next();
};
