import { parentPort } from 'node:worker_threads';
import { type HeavyJob, workInProcess } from '../api/heavy-work.js';
import { failureToWire } from './wire.js';

// One worker thread of the heavy-work pool (pool.ts): runs each job it is sent with the same code the
// request's own thread would run, and sends back the answer (its bytes moved, not copied) or the failure.
if (!parentPort) throw new Error('heavy-thread runs as a worker thread of the heavy-work pool');
const port = parentPort;

port.on('message', async ({ id, job }: { id: number; job: HeavyJob }) => {
  try {
    const answer = await workInProcess(job);
    const { body } = answer;
    // Move the bytes when they own their buffer; a view into a larger (shared) one is copied.
    const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    port.postMessage({ id, answer }, owned ? [body.buffer as ArrayBuffer] : []);
  } catch (error) {
    port.postMessage({ id, failure: failureToWire(error) });
  }
});
