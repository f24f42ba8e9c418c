import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/api/index.js';

/**
 * The body limit over real HTTP on Node, where a body comes with a Content-Length or chunked, and in
 * process, where a Request may carry a body with neither.
 */

const limit = 2000;
const app = createApp({ config: { log: false, maxBodyBytes: limit } });
const sound = {
  asOf: '2026-11-01',
  parties: [
    { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
    { id: 'jp', name: 'Example KK', country: 'JP', type: 'company' },
  ],
  flows: [{ id: 'f1', from: 'uni', to: 'jp', fromRole: 'controller', toRole: 'processor' }],
};
const tooLarge = { ...sound, parties: [{ ...sound.parties[0], name: 'x'.repeat(limit) }, sound.parties[1]] };

let server: ReturnType<typeof serve>;
let base = '';
beforeAll(async () => {
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const json = { 'content-type': 'application/json' };

/** A body sent in chunks, without a Content-Length. */
const chunked = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.subarray(i, i + 500));
      controller.close();
    },
  });

describe('the body limit', () => {
  it('lets a body within the limit through, with its Content-Length', async () => {
    const res = await fetch(`${base}/v1/assessments`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(sound),
    });
    expect(res.status).toBe(200);
  });

  it('refuses a declared Content-Length over the limit with 413 problem+json', async () => {
    const res = await fetch(`${base}/v1/assessments`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(tooLarge),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('counts a chunked body as it is read', async () => {
    const post = (body: unknown) =>
      fetch(`${base}/v1/assessments`, {
        method: 'POST',
        headers: json,
        body: chunked(JSON.stringify(body)),
        duplex: 'half',
      } as RequestInit);
    expect((await post(tooLarge)).status).toBe(413);
    expect((await post(sound)).status).toBe(200);
  });

  it('counts a body made in process without any length', async () => {
    const res = await app.request('/v1/assessments', {
      method: 'POST',
      headers: json,
      body: JSON.stringify(tooLarge),
    });
    expect(res.status).toBe(413);
  });

  // A body of exactly the limit is allowed, one byte more is not: JSON may end in whitespace, so the sound
  // case padded with spaces is the same case at any length.
  const ofLength = (bytes: number) => {
    const text = JSON.stringify(sound);
    return text + ' '.repeat(bytes - new TextEncoder().encode(text).length);
  };

  it('lets a body of exactly the limit through, and refuses one byte more (declared Content-Length)', async () => {
    const post = (body: string) => fetch(`${base}/v1/assessments`, { method: 'POST', headers: json, body });
    const exactly = await post(ofLength(limit));
    expect(exactly.status).toBe(200);
    expect(((await exactly.json()) as { flows: unknown[] }).flows).toHaveLength(1);
    expect((await post(ofLength(limit + 1))).status).toBe(413);
  });

  it('lets a body of exactly the limit through, and refuses one byte more (counted as read)', async () => {
    const post = (body: string) => app.request('/v1/assessments', { method: 'POST', headers: json, body });
    expect((await post(ofLength(limit))).status).toBe(200);
    expect((await post(ofLength(limit + 1))).status).toBe(413);
  });

  it('passes a GET without a body', async () => {
    expect((await fetch(`${base}/v1/meta`)).status).toBe(200);
  });
});
