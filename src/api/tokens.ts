/**
 * Named, scoped API tokens, from `TREDJELAND_API_TOKENS`: comma-separated `name:scope:secret` entries,
 * e.g. `anna:read-write:s3cret,revisor:read:s3cret2,kalender:calendar:s3cret3`.
 * - `read-write`: everything; `read`: every GET and every computation, but no write to the register
 *   (403); `calendar`: only the calendar feed (which also takes the secret as `?token=`, as calendar
 *   clients cannot send headers).
 * - The secret is everything after the second colon. An entry without a colon (the format before the
 *   register) is a `read-write` token named `token-<n>`, n its place in the list.
 */
export type TokenScope = 'read-write' | 'read' | 'calendar';

export interface ApiToken {
  name: string;
  scope: TokenScope;
  secret: string;
}

/** Who is calling: the token's name and scope (`anonymous`, read-write, when no tokens are set). */
export interface Caller {
  name: string;
  scope: TokenScope;
}

export const anonymous: Caller = { name: 'anonymous', scope: 'read-write' };

const scopes: readonly TokenScope[] = ['read-write', 'read', 'calendar'];

export function parseToken(entry: string, index: number): ApiToken {
  const first = entry.indexOf(':');
  if (first < 0) return { name: `token-${index + 1}`, scope: 'read-write', secret: entry };
  const second = entry.indexOf(':', first + 1);
  const name = entry.slice(0, first);
  const scope = entry.slice(first + 1, second < 0 ? undefined : second);
  const secret = second < 0 ? '' : entry.slice(second + 1);
  if (!/^[a-z0-9._-]{1,64}$/.test(name))
    throw new Error(`TREDJELAND_API_TOKENS entry ${index + 1}: the name must be 1-64 of a-z 0-9 . _ -`);
  if (!(scopes as readonly string[]).includes(scope))
    throw new Error(
      `TREDJELAND_API_TOKENS entry ${index + 1} (${name}): the scope must be one of ${scopes.join(', ')}`,
    );
  if (secret.length < 8)
    throw new Error(
      `TREDJELAND_API_TOKENS entry ${index + 1} (${name}): the secret must be at least 8 characters`,
    );
  return { name, scope: scope as TokenScope, secret };
}

export function parseTokens(entries: readonly string[]): ApiToken[] {
  const tokens = entries.map(parseToken);
  const names = new Set<string>();
  for (const t of tokens) {
    if (names.has(t.name)) throw new Error(`TREDJELAND_API_TOKENS: the name ${t.name} occurs twice`);
    names.add(t.name);
  }
  return tokens;
}
