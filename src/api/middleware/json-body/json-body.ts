import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../../problem.js';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);
const jsonType = /^application\/([a-z.+-]*\+)?json\b/i;

/**
 * Requests that carry a body (POST, PUT, PATCH) must say it is JSON. Without this, a form-encoded body
 * would reach the validators as an empty object and the user would be told that every field is missing.
 *
 * @throws ApiProblem 415 `unsupported-media-type` naming the `content-type` header.
 * @example app.use('/v1/*', requireJsonBody);
 */
export const requireJsonBody: MiddlewareHandler = async function requireJsonBody(c, next) {
  if (bodyMethods.has(c.req.method)) {
    const type = c.req.header('content-type') ?? '';
    if (!jsonType.test(type.trim())) {
      throw new ApiProblem(415, 'unsupported-media-type', {
        detail: `Send the body as application/json (got ${type ? `"${type.slice(0, 100)}"` : 'no content-type'}).`,
        errors: [{ field: 'content-type', reason: 'must be application/json', in: 'header' }],
      });
    }
    try {
      await c.req.json();
    } catch (error) {
      throw new ApiProblem(400, 'malformed-json', {
        detail: `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  await next();
};
