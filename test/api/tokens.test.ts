import { describe, expect, it } from 'vitest';
import { parseToken, parseTokens } from '../../src/api/tokens.js';

describe('TREDJELAND_API_TOKENS entries', () => {
  it('name:scope:secret, the secret may hold colons', () => {
    expect(parseToken('anna:read-write:a:b:c:d1', 0)).toEqual({
      name: 'anna',
      scope: 'read-write',
      secret: 'a:b:c:d1',
    });
    expect(parseToken('kal:calendar:12345678', 2)).toEqual({
      name: 'kal',
      scope: 'calendar',
      secret: '12345678',
    });
  });
  it('a bare token (the older format) is read-write, named by its place', () => {
    expect(parseToken('s3cret', 1)).toEqual({ name: 'token-2', scope: 'read-write', secret: 's3cret' });
  });
  it('refuses unknown scopes, bad names, short secrets and repeated names, saying which entry', () => {
    expect(() => parseToken('anna:admin:12345678', 0)).toThrow(/entry 1.*scope/);
    expect(() => parseToken('Anna Svensson:read:12345678', 0)).toThrow(/name/);
    expect(() => parseToken('anna:read:short', 0)).toThrow(/at least 8/);
    expect(() => parseTokens(['anna:read:12345678', 'anna:read-write:87654321'])).toThrow(/twice/);
  });
});
