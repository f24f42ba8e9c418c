import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../../problem.js';

/**
 * Bearer-token auth: a request passes with `Authorization: Bearer <token>` for one of `tokens`.
 *
 * Tokens are compared through their SHA-256 digests, byte by byte without an early exit, so the time
 * taken does not tell how much of a guess was right.
 *
 * @param tokens the accepted tokens (at least one; with none, do not mount the middleware).
 * @throws ApiProblem 401 `unauthorized` with `WWW-Authenticate: Bearer`, naming the header in `errors`.
 * @example app.use('/v1/*', bearerAuth(['s3cret']));
 */
export function bearerAuth(tokens: readonly string[]): MiddlewareHandler {
  const digests = Promise.all(tokens.map(sha256));
  return async function checkBearerToken(c, next) {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const given = match?.[1] ? await sha256(match[1]) : undefined;
    let ok = false;
    if (given) for (const digest of await digests) ok = constantTimeEqual(given, digest) || ok;
    if (!ok) {
      throw new ApiProblem(
        401,
        'unauthorized',
        {
          detail: header ? 'The bearer token is not valid.' : 'Send an Authorization: Bearer <token> header.',
          errors: [
            { field: 'authorization', reason: header ? 'token not accepted' : 'missing', in: 'header' },
          ],
        },
        { 'www-authenticate': 'Bearer realm="tredjeland"' },
      );
    }
    await next();
  };
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
