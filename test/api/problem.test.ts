import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, kindForStatus } from '../../src/api/problem.js';
import { problemOf, smallApp } from './middleware/small-app.js';

// One error path: whatever is thrown, by a route, a middleware or Hono itself, answers problem+json.
describe('the error path', () => {
  const app = smallApp(async (_c, next) => next());
  app.get('/problem', () => {
    throw new ApiProblem(503, 'timeout', { detail: 'slow' }, { 'retry-after': '2' });
  });
  app.get('/http/:status', (c) => {
    throw new HTTPException(Number(c.req.param('status')) as 400, { message: 'from hono' });
  });
  app.get('/crash', () => {
    throw new Error('secret detail');
  });

  it('an ApiProblem is an HTTPException and keeps its kind, detail and headers', async () => {
    expect(new ApiProblem(400, 'invalid-request')).toBeInstanceOf(HTTPException);
    const res = await app.request('/problem');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await problemOf(res)).toMatchObject({
      type: 'https://tredjeland.se/problems/timeout',
      detail: 'slow',
    });
  });

  it('an HTTPException gets its kind from the status table', async () => {
    for (const [status, kind] of Object.entries(kindForStatus)) {
      const res = await app.request(`/http/${status}`);
      expect(res.status).toBe(Number(status));
      expect((await problemOf(res)).type).toBe(`https://tredjeland.se/problems/${kind}`);
    }
    const teapot = await app.request('/http/418');
    expect((await problemOf(teapot)).type).toBe('https://tredjeland.se/problems/invalid-request');
  });

  it('anything else: 500 internal-error without the message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/crash');
    expect(res.status).toBe(500);
    expect(JSON.stringify(await problemOf(res))).not.toMatch(/secret/);
    spy.mockRestore();
  });
});
