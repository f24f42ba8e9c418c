/**
 * Long-lived shared memory the worker threads write their answers into, so that an answer reaches the
 * socket without a new buffer in the main thread. A 1,000-flow answer is 10 MB: arriving as a new
 * ArrayBuffer each time, such answers count as the main isolate's external memory, and V8 answers that
 * with garbage collections of tens to hundreds of ms ("external memory pressure") that stop /healthz and
 * every light route (issue 18's GC trace, bench/RESULTS.md). A slot is counted once, when it is made.
 *
 * A slot is taken when a job is sent to a thread and released when its answer has been written to the
 * socket (or the job failed); when none is free, or an answer is larger than a slot, the answer's own
 * buffer is moved as before.
 */
export interface AnswerSlots {
  /** The slots' memory, given to each thread once (workerData). */
  readonly memory: SharedArrayBuffer[];
  /** A free slot's index, taken; undefined when every slot is in use. */
  take(): number | undefined;
  /** How many are free. */
  free(): number;
  /** Gives a slot back. */
  release(slot: number): void;
  /** The first `length` bytes of a slot. */
  view(slot: number, length: number): Uint8Array;
}

export function createAnswerSlots(count: number, bytes: number): AnswerSlots {
  // Untouched pages of a SharedArrayBuffer are not resident: a slot costs what its largest answer used.
  const memory = Array.from({ length: count }, () => new SharedArrayBuffer(bytes));
  const free = memory.map((_, i) => count - 1 - i);
  return {
    memory,
    take: () => free.pop(),
    free: () => free.length,
    release(slot) {
      if (!free.includes(slot)) free.push(slot);
    },
    view: (slot, length) => new Uint8Array(memory[slot]!, 0, length),
  };
}

/** In the thread: writes an answer into its slot when it fits; false when it does not. */
export function writeToSlot(memory: SharedArrayBuffer | undefined, body: Uint8Array): boolean {
  if (!memory || body.byteLength > memory.byteLength) return false;
  new Uint8Array(memory, 0, body.byteLength).set(body);
  return true;
}
