import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { HeavyJob } from '../api/heavy-work.js';

// One worker thread of the heavy-work pool (pool.ts): runs each job it is sent with the same code the
// request's own thread would run, and sends back the answer or the failure. The answer's bytes go into
// the shared answer slot the job names (answer-slots.ts), else they are moved (a view into a larger
// buffer is copied).
if (!parentPort) throw new Error('heavy-thread runs as a worker thread of the heavy-work pool');
const port = parentPort;
const data = (workerData ?? {}) as { slots?: SharedArrayBuffer[]; niceness?: number };
const slots = data.slots ?? [];

// This thread gives way to the main thread when they compete for a core, so that /healthz and light
// routes are answered while heavy work runs (both cores busy with heavy work otherwise keep the event
// loop waiting for a turn). On Linux a thread has a priority of its own, and priority 0 means "this
// thread"; elsewhere it would be the whole process's, so it is left alone there.
if (process.platform === 'linux' && data.niceness) {
  try {
    // From the main thread's priority (the process id names it), not this thread's: the pool may have
    // lowered this one already (helper-priority.ts).
    setPriority(Math.min(19, getPriority(process.pid) + data.niceness));
  } catch {
    // not allowed here: the thread runs at the process's priority
  }
}

// The engine and the documents are loaded only now, at the lower priority: loading them takes hundreds of
// ms of CPU, which at the process's priority competed with the main thread (a thread started while
// requests are served, or the light lane's, showed as event-loop delays of 100-300 ms).
const { workInProcess } = await import('../api/heavy-work.js');
const { writeToSlot } = await import('./answer-slots.js');
const { failureToWire } = await import('./wire.js');

port.on('message', async ({ id, job, slot }: { id: number; job: HeavyJob; slot?: number }) => {
  try {
    const { body, headers } = await workInProcess(job);
    if (slot !== undefined && writeToSlot(slots[slot], body)) {
      port.postMessage({ id, answer: { headers, slot, length: body.byteLength } });
      return;
    }
    const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    port.postMessage({ id, answer: { body, headers } }, owned ? [body.buffer as ArrayBuffer] : []);
  } catch (error) {
    port.postMessage({ id, failure: failureToWire(error) });
  }
});
