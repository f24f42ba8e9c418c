import type { Context } from 'hono';
import type { HeavyAnswer, HeavyWork } from './heavy-work.js';

/**
 * The bytes of a heavy answer to hand to `c.body`. An answer whose bytes lie in memory that is reused
 * (Node's pool writes them into a shared answer slot; see src/node-pool/answer-slots.ts) carries
 * `release`: on @hono/node-server its view is written to the socket as it is and the slot is released
 * when the response closes (sent, or the connection gone, so no write still reads it), or at once when
 * the connection has gone already (nothing will be written); anywhere else (the
 * app run in process, as in tests) the bytes are copied out and the slot released at once.
 */
export function answerBytes(c: Context, answer: HeavyAnswer): Uint8Array<ArrayBuffer> {
  const { body, release } = answer;
  if (!release) return body as Uint8Array<ArrayBuffer>;
  const outgoing = nodeResponse(c);
  if (outgoing) {
    // A response already gone (the client left while the work ran) writes nothing: the slot is free now.
    if (outgoing.destroyed) release();
    else outgoing.once('close', release);
    return body as Uint8Array<ArrayBuffer>;
  }
  const copy = body.slice();
  release();
  return copy;
}

/** Bytes handed to Node's socket per turn of the event loop (answerResponse). */
const bytesPerTurn = 256 * 1024;

/**
 * The 200 answer of heavy work. On Node a large answer is written a quarter MiB per turn of the event
 * loop, so that /healthz and light requests are served between its parts: written at once, a 10 MB
 * answer held the main thread in one `writev` for up to tens of ms (the kernel copies it to the client
 * on loopback) and then in further ones as the socket drained (issue 18's CPU profile). The bytes and the
 * headers are the same (Content-Length as Node sets it for bytes); elsewhere the bytes go as they are.
 */
export function answerResponse(c: Context, answer: HeavyAnswer): Response {
  const bytes = answerBytes(c, answer);
  if (!nodeResponse(c) || bytes.byteLength <= bytesPerTurn) return c.body(bytes, 200, answer.headers);
  const headers = { ...answer.headers, 'Content-Length': String(bytes.byteLength) };
  return c.body(inTurns(bytes), 200, headers);
}

/** The bytes as a stream of `bytesPerTurn` parts, each after a turn of the event loop (setImmediate). */
function inTurns(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  return new ReadableStream(
    {
      async pull(controller) {
        if (at > 0) await new Promise((resolve) => setImmediate(resolve));
        const end = Math.min(at + bytesPerTurn, bytes.byteLength);
        controller.enqueue(bytes.subarray(at, end));
        at = end;
        if (at === bytes.byteLength) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The ServerResponse @hono/node-server passes as `env.outgoing`, when the app runs there. */
interface NodeResponse {
  destroyed: boolean;
  once(event: 'close', listener: () => void): unknown;
}

function nodeResponse(c: Context): NodeResponse | undefined {
  const outgoing = (c.env as { outgoing?: Partial<NodeResponse> } | undefined)?.outgoing;
  return typeof outgoing?.once === 'function' && typeof outgoing.destroyed === 'boolean'
    ? (outgoing as NodeResponse)
    : undefined;
}

/**
 * Heavy work whose answers never stay in shared memory: each is copied out and its slot released at once.
 * For an app with CORS on: hono/cors rebuilds the response through undici's Response, which refuses bytes
 * in a SharedArrayBuffer, so every answer from a slot was a 500 there. The copy costs what slots save.
 */
export function copiedOutOfSlots(work: HeavyWork): HeavyWork {
  return async (job) => {
    const answer = await work(job);
    if (!answer.release) return answer;
    const body = answer.body.slice();
    answer.release();
    return { body, headers: answer.headers };
  };
}
