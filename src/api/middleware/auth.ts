import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app.js';
import { problemResponse } from '../problem.js';
import { type ApiToken, parseTokens } from '../tokens.js';

/** The one route a calendar token may read, and the only one that takes the secret as `?token=`. */
export const calendarPath = '/v1/cases/calendar.ics';

/**
 * Optional bearer-token auth with named, scoped tokens (src/api/tokens.ts); the caller's name and scope
 * are kept for the routes (`c.var.caller`). Tokens are compared through their SHA-256 digests, byte by
 * byte without an early exit, so the time taken does not tell how much of a guess was right.
 */
export function bearerAuth(entries: readonly string[]): MiddlewareHandler<AppEnv> {
  const tokens = parseTokens(entries);
  const digests = Promise.all(tokens.map((t) => sha256(t.secret)));
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    const onCalendar = new URL(c.req.url).pathname === calendarPath;
    const secret = match?.[1] ?? (onCalendar ? c.req.query('token') : undefined);
    const given = secret ? await sha256(secret) : undefined;
    let found: ApiToken | undefined;
    if (given) {
      const all = await digests;
      all.forEach((digest, i) => {
        if (constantTimeEqual(given, digest)) found = tokens[i];
      });
    }
    if (!found) {
      const response = problemResponse(c, 401, 'unauthorized', {
        detail: secret ? 'The bearer token is not valid.' : 'Send an Authorization: Bearer <token> header.',
        errors: [{ field: 'authorization', reason: secret ? 'token not accepted' : 'missing', in: 'header' }],
      });
      response.headers.set('www-authenticate', 'Bearer realm="tredjeland"');
      return response;
    }
    // A secret in a URL ends up in logs and histories: only the read-only calendar token may go there.
    const viaQuery = !match?.[1];
    if ((found.scope === 'calendar' && !onCalendar) || (viaQuery && found.scope !== 'calendar')) {
      return problemResponse(c, 403, 'forbidden', {
        detail:
          found.scope === 'calendar'
            ? `The token ${found.name} may read only ${calendarPath}.`
            : `The calendar feed takes a calendar token; ${found.name} is a ${found.scope} token.`,
      });
    }
    c.set('caller', { name: found.name, scope: found.scope });
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
