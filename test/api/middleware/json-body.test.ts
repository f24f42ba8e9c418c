import { describe, expect, it } from 'vitest';
import { requireJsonBody } from '../../../src/api/middleware/json-body/index.js';
import { problemOf, smallApp } from './small-app.js';

const app = smallApp(requireJsonBody);
const post = (body: string, type?: string) =>
  app.request('/echo', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

describe('requireJsonBody', () => {
  it('passes JSON bodies, including +json types and a charset', async () => {
    for (const type of [
      'application/json',
      'application/merge-patch+json',
      'application/json; charset=utf-8',
    ]) {
      expect((await post('{"a":1}', type)).status).toBe(200);
    }
  });

  it('passes GET without looking for a body', async () => {
    expect((await app.request('/echo')).status).toBe(200);
  });

  it('a body of another type, or of none: 415 naming the content-type header', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', undefined]) {
      const res = await post('a=1', type);
      expect(res.status).toBe(415);
      expect((await problemOf(res)).errors).toEqual([
        { field: 'content-type', reason: 'must be application/json', in: 'header' },
      ]);
    }
  });

  it('malformed JSON: 400 malformed-json', async () => {
    const res = await post('{"a":', 'application/json');
    expect(res.status).toBe(400);
    expect((await problemOf(res)).type).toBe('https://tredjeland.se/problems/malformed-json');
  });
});
