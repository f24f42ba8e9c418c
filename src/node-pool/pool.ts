import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HeavyAnswer, HeavyJob, HeavyWork } from '../api/heavy-work.js';
import { ApiProblem } from '../api/problem.js';
import { type AnswerSlots, createAnswerSlots } from './answer-slots.js';
import { lowerHelperThreads } from './helper-priority.js';
import { failureFromWire, type WireFailure } from './wire.js';

/**
 * A small pool of worker threads for the heavy routes on Node (assessments and documents): the engine
 * and the documents run for seconds without yielding, and in the main thread that would hold up
 * /healthz and every light route for as long. Admission control already bounds how many heavy requests
 * run at once, so the pool is as large as that bound and its queue is only a safety net.
 *
 * Requests on those routes that pass admission without a turn (a small case: tens of ms) are `light`
 * jobs. They have a thread of their own besides (the light lane), so that a ten-flow assessment does not
 * wait seconds behind two bundles; a heavy thread left free takes them too, while no heavy job waits.
 *
 * Written on node:worker_threads directly: a fixed number of threads, one job each, a thread that dies
 * replaced, and a close that finishes the work under way is all it needs.
 */
export interface HeavyPool {
  /** Runs a job in a thread; resolves with its answer, rejects with the ApiProblem the work threw. */
  run: HeavyWork;
  /** Jobs being worked on now. */
  readonly running: number;
  /** Shared answer slots free now (answer-slots.ts): all of them when no answer is being made or sent. */
  readonly answerSlotsFree: number;
  /** Starts the threads now rather than at the first job (each loads the engine and the documents). */
  warm(): void;
  /**
   * Refuses the jobs of requests that arrive from now on, lets those under way and waiting finish, then
   * ends the threads (a request that arrived before, still reading its body, is still served).
   */
  close(): Promise<void>;
}

export interface HeavyPoolOptions {
  /** Threads for heavy jobs, at most (TREDJELAND_HEAVY_CONCURRENCY). */
  size: number;
  /** Threads for light jobs only (HeavyJob.light), at most. Default 1; 0: light jobs queue with the rest. */
  lightThreads?: number;
  /** The thread's script; found beside the built entry or the source by default (threadScript). */
  script?: URL;
  /**
   * Bytes of each shared answer slot (answer-slots.ts); two slots per thread. 0: no slots, every answer's
   * buffer is moved to the main thread. Default 16 MiB.
   */
  answerSlotBytes?: number;
  /**
   * How much lower the threads' CPU priority is than the main thread's (Linux: nice steps, up to 19), so
   * that the event loop gets a core first when both are busy with heavy work. 0: the same. Default 10;
   * the light lane's thread half as many steps.
   */
  niceness?: number;
}

interface Pending {
  id: number;
  job: HeavyJob;
  /** The answer slot the thread writes into, from dispatch until the answer has been sent. */
  slot?: number;
  resolve: (answer: HeavyAnswer) => void;
  reject: (error: Error) => void;
}

type Lane = 'heavy' | 'light';

interface Slot {
  worker: Worker;
  lane: Lane;
  current?: Pending;
}

type Reply =
  | { id: number; answer: HeavyAnswer }
  | { id: number; answer: { headers: Record<string, string>; slot: number; length: number } }
  | { id: number; failure: WireFailure };

/**
 * The thread's script: `heavy-thread.mjs` beside the built entry (dist/node/server.mjs, where this code
 * is bundled), else `heavy-thread-source.mjs` beside this file, which loads heavy-thread.ts through tsx.
 */
export function threadScript(): URL {
  const bundled = new URL('./heavy-thread.mjs', import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL('./heavy-thread-source.mjs', import.meta.url);
}

/**
 * A raw body's buffer, moved to the thread rather than copied, when the body owns all of it (a view into
 * a larger or pooled buffer is copied).
 */
function bytesToMove(job: HeavyJob): ArrayBuffer[] {
  if (!('body' in job)) return [];
  const { body } = job;
  const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
  return owned && body.buffer instanceof ArrayBuffer ? [body.buffer] : [];
}

export function createHeavyPool(options: HeavyPoolOptions): HeavyPool {
  const script = options.script ?? threadScript();
  const slotBytes = options.answerSlotBytes ?? 16 * 1024 * 1024;
  const answerSlots: AnswerSlots | undefined =
    slotBytes > 0 ? createAnswerSlots(options.size * 2, slotBytes) : undefined;
  /** A slot back to the free ones, once; a job without one releases nothing. */
  const releaser = (slot: number | undefined) => {
    let done = false;
    return () => {
      if (done || slot === undefined) return;
      done = true;
      answerSlots?.release(slot);
    };
  };
  const slots: Slot[] = [];
  const lightThreads = options.lightThreads ?? 1;
  const niceness = options.niceness ?? 10;
  const threadsOf: Record<Lane, number> = { heavy: options.size, light: lightThreads };
  /** Jobs waiting for a thread: heavy ones first in line for a heavy thread. */
  const waiting: Record<Lane, Pending[]> = { heavy: [], light: [] };
  let nextId = 1;
  /** When close() was called: jobs of requests that arrived later are refused, earlier ones still run. */
  let closingAt: number | undefined;
  let drained: (() => void) | undefined;

  const running = () => slots.filter((s) => s.current).length;

  /** V8's and libuv's threads below the main thread too, once each thread has answered its first job. */
  const lowerHelpers = () => lowerHelperThreads(niceness);
  function spawn(lane: Lane): Slot {
    const slot: Slot = {
      lane,
      worker: new Worker(script, {
        // The light lane half as far down: its short jobs go before heavy work, the main thread first.
        workerData: {
          slots: answerSlots?.memory ?? [],
          niceness: lane === 'light' ? Math.floor(niceness / 2) : niceness,
        },
      }),
    };
    slot.worker.unref(); // an idle thread never keeps the process alive
    let answered = false;
    slot.worker.on('message', (reply: Reply) => {
      // By its first answer the thread has run code: the helper threads it needs exist.
      if (!answered) {
        answered = true;
        lowerHelpers();
      }
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      slot.current = undefined;
      slot.worker.unref();
      const release = releaser(pending.slot);
      if (!('answer' in reply)) {
        release();
        pending.reject(failureFromWire(reply.failure));
      } else if ('slot' in reply.answer) {
        const { headers, length } = reply.answer;
        pending.resolve({ body: answerSlots!.view(reply.answer.slot, length), headers, release });
      } else {
        release();
        pending.resolve(reply.answer);
      }
      dispatch();
    });
    // A thread that throws outside a job, or dies (out of memory, killed), fails its job and is replaced.
    const lost = (error: Error) => {
      const at = slots.indexOf(slot);
      if (at < 0) return;
      slots.splice(at, 1);
      if (slot.current) releaser(slot.current.slot)();
      slot.current?.reject(error);
      slot.current = undefined;
      dispatch();
    };
    slot.worker.on('error', (error) => lost(error));
    slot.worker.on('exit', (code) => lost(new Error(`a heavy-work thread stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  }

  /** A free thread of `lane`, started now if the lane has fewer than its number. */
  function freeThread(lane: Lane): Slot | undefined {
    const free = slots.find((s) => !s.current && s.lane === lane);
    if (free) return free;
    return slots.filter((s) => s.lane === lane).length < threadsOf[lane] ? spawn(lane) : undefined;
  }

  function dispatch() {
    while (waiting.heavy.length > 0) {
      const slot = freeThread('heavy');
      if (!slot) break;
      start(slot, waiting.heavy.shift()!);
    }
    // Light jobs: their own lane, else a heavy thread no heavy job is waiting for.
    while (waiting.light.length > 0) {
      const slot = freeThread('light') ?? freeThread('heavy');
      if (!slot) break;
      start(slot, waiting.light.shift()!);
    }
    if (drained && running() === 0) drained();
  }

  function start(slot: Slot, pending: Pending) {
    pending.slot = answerSlots?.take();
    slot.current = pending;
    slot.worker.ref(); // a job under way keeps the process alive until it answers
    try {
      const { id, job, slot: answerSlot } = pending;
      slot.worker.postMessage({ id, job, slot: answerSlot }, bytesToMove(job));
    } catch (error) {
      // A job that cannot be copied to a thread is a bug here, not the caller's: a logged 500.
      releaser(pending.slot)();
      slot.current = undefined;
      slot.worker.unref();
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return {
    run(job) {
      // A request that arrived before the signal may still be reading its body: its job is taken.
      const arrived = job.terms.deadline - job.terms.timeoutMs;
      if (closingAt !== undefined && arrived > closingAt) {
        return Promise.reject(
          new ApiProblem(
            503,
            'busy',
            {
              detail:
                job.lang === 'sv'
                  ? 'Tjänsten håller på att stängas; försök igen om 2 s.'
                  : 'The service is shutting down; try again in 2 s.',
            },
            { 'retry-after': '2' },
          ),
        );
      }
      return new Promise<HeavyAnswer>((resolve, reject) => {
        waiting[job.light && lightThreads > 0 ? 'light' : 'heavy'].push({
          id: nextId++,
          job,
          resolve,
          reject,
        });
        dispatch();
      });
    },
    get running() {
      return running();
    },
    get answerSlotsFree() {
      return answerSlots?.free() ?? 0;
    },
    warm() {
      for (const lane of ['heavy', 'light'] as const)
        while (closingAt === undefined && slots.filter((s) => s.lane === lane).length < threadsOf[lane])
          spawn(lane);
    },
    async close() {
      closingAt ??= Date.now();
      if (running() > 0 || waiting.heavy.length + waiting.light.length > 0)
        await new Promise<void>((resolve) => (drained = resolve));
      const ending = slots.splice(0).map((slot) => slot.worker.terminate());
      await Promise.all(ending);
    },
  };
}
