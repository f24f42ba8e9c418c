import { describe, expect, it } from 'vitest';
import { bearerAuth, constantTimeEqual } from '../../../src/api/middleware/auth/index.js';
import { problemOf, smallApp } from './small-app.js';

const app = smallApp(bearerAuth(['s3cret', 'other']));
const withToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('bearerAuth', () => {
  it('passes a request with one of the tokens', async () => {
    for (const token of ['s3cret', 'other']) {
      const res = await app.request('/echo', withToken(token));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('passed');
    }
  });

  it('without a header: 401 problem+json naming the header, with WWW-Authenticate', async () => {
    const res = await app.request('/echo');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="tredjeland"');
    const problem = await problemOf(res);
    expect(problem.type).toBe('https://tredjeland.se/problems/unauthorized');
    expect(problem.errors).toEqual([{ field: 'authorization', reason: 'missing', in: 'header' }]);
  });

  it('a wrong token or a prefix of a token: 401 "token not accepted"', async () => {
    for (const init of [withToken('wrong'), withToken('s3cre'), withToken('s3cret2')]) {
      const res = await app.request('/echo', init);
      expect(res.status).toBe(401);
      expect((await problemOf(res)).errors?.[0]?.reason).toBe('token not accepted');
    }
  });

  it('another scheme counts as no bearer token: 401 "missing"', async () => {
    const res = await app.request('/echo', { headers: { authorization: 'Basic czNjcmV0' } });
    expect(res.status).toBe(401);
    expect((await problemOf(res)).errors?.[0]?.reason).toBe('missing');
  });

  it('answers in Swedish when asked to', async () => {
    const res = await app.request('/echo?lang=sv');
    expect((await problemOf(res)).title).toBe('Autentisering krävs');
  });

  it('compares digests without regard to where they differ', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
