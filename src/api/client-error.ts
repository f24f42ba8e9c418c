import { problemTitle } from './problem.js';

/** The part of a socket this needs (Node's net.Socket has it); kept structural so src/api stays runtime-free. */
interface ClientSocket {
  writable: boolean;
  end(data: string): void;
  destroy(): void;
}

/** The parser's error code, for the answer: 431 for headers too large, 400 for anything else. */
const statusFor: Partial<Record<string, { status: number; reason: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large' },
};

function problemBody(status: number, detail: string, requestId: string): string {
  return JSON.stringify({
    type: 'https://tredjeland.se/problems/invalid-request',
    title: problemTitle('invalid-request', 'en'),
    status,
    detail,
    requestId,
  });
}

/**
 * A request Node parsed that cannot become a web Request (`GET *`, a bad Host): @hono/node-server would
 * answer a bare 400; this is its `errorHandler`, answering problem+json with a request id.
 */
export function requestErrorResponse(log = true): (error: unknown) => Response {
  return function unreadableRequest(error) {
    const requestId = crypto.randomUUID();
    // @hono/node-server's RequestError says what was wrong with the request; anything else stays unsaid.
    const why =
      error instanceof Error && error.name === 'RequestError'
        ? error.message.slice(0, 100)
        : 'unreadable request';
    if (log)
      console.log(JSON.stringify({ level: 'info', msg: 'request error', requestId, status: 400, why }));
    return new Response(problemBody(400, `The request could not be read: ${why}.`, requestId), {
      status: 400,
      headers: { 'content-type': 'application/problem+json; charset=utf-8', 'x-request-id': requestId },
    });
  };
}

/**
 * A request the HTTP parser refused (bad Content-Length, `GET *`, a NUL in a header) never reaches the
 * app, and Node answers it with a bare 400. This answers problem+json with a request id instead, where
 * the socket still takes a write, and logs one line with the id and the parser's code.
 */
export function answerClientError(error: { code?: string }, socket: ClientSocket, log = true): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const { status, reason } = statusFor[error.code ?? ''] ?? { status: 400, reason: 'Bad Request' };
  const requestId = crypto.randomUUID();
  const code = /^[A-Z_]{1,64}$/.test(error.code ?? '') ? error.code : 'unknown';
  const body = problemBody(status, `The request could not be read as HTTP/1.1 (${code}).`, requestId);
  if (log) console.log(JSON.stringify({ level: 'info', msg: 'client error', requestId, status, code }));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/problem+json; charset=utf-8\r\n` +
      `content-length: ${new TextEncoder().encode(body).length}\r\nx-request-id: ${requestId}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}
