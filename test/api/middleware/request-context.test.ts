import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestContext } from '../../../src/api/middleware/request-context/index.js';
import { ApiProblem } from '../../../src/api/problem.js';
import { smallApp } from './small-app.js';

afterEach(() => vi.restoreAllMocks());

describe('requestContext', () => {
  it('keeps a sane id the caller sent, and makes one for an unsafe or missing one', async () => {
    const app = smallApp(requestContext(false));
    const own = await app.request('/echo', { headers: { 'x-request-id': 'trace-42' } });
    expect(own.headers.get('x-request-id')).toBe('trace-42');
    for (const headers of [{ 'x-request-id': 'a b;c' }, {}] as Record<string, string>[]) {
      const res = await app.request('/echo', { headers });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('gives the id to a problem thrown further in', async () => {
    const app = smallApp(requestContext(false));
    app.get('/fail', () => {
      throw new ApiProblem(400, 'invalid-request', { detail: 'no' });
    });
    const res = await app.request('/fail', { headers: { 'x-request-id': 'trace-43' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBe('trace-43');
  });

  it('logs one line with route template and status, never the query', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const app = smallApp(requestContext(true));
    app.get('/items/:id', (c) => c.text('ok'));
    await app.request('/items/42?name=Anna');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ msg: 'request', method: 'GET', route: '/items/:id', status: 200 });
    // Neither the path's value nor the query, anywhere but in the random request id (which may hold "42").
    const { requestId: _, ...rest } = entry;
    expect(JSON.stringify(rest)).not.toMatch(/Anna|42/);
  });
});
