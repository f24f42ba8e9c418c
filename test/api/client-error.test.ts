import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError, requestErrorResponse } from '../../src/api/client-error.js';
import { createApp } from '../../src/api/index.js';

// Issue 18, point 8: what Node's HTTP parser refuses, over a real socket on loopback.
const app = createApp({ config: { log: false } });
let server: Server;
let port = 0;
// Wired as src/node.ts wires them.
beforeAll(async () => {
  server = createServer(getRequestListener(app.fetch, { errorHandler: requestErrorResponse(false) }));
  server.listen(0, '127.0.0.1');
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket, false));
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends raw bytes and reads everything until the server closes (5 s at most). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within 5 s: ${answer}`));
    }, 5000);
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on('error', reject);
  });
}

describe('requests the HTTP parser refuses', () => {
  it.each([
    ['a malformed Content-Length', 'POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['GET *', 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a NUL in a header', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n'],
  ])('%s: 400 problem+json with a request id', async (_name, request) => {
    const answer = await raw(request);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    const id = /x-request-id: ([0-9a-f-]{36})/i.exec(head)?.[1];
    expect(id).toBeDefined();
    expect(JSON.parse(body)).toMatchObject({ status: 400, requestId: id });
  });

  it('a sound request on the same server still answers', async () => {
    expect(await raw('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 200/,
    );
  });
});
