// Preloaded into the server under test (NODE_OPTIONS="--import=./bench/gc-trace.mjs", GC_TRACE_FILE=path):
// every garbage collection of the main thread's isolate as one line of JSON (start relative to the
// process's start, duration, kind and flags), to see what stops the event loop under load. Worker threads
// and other processes that inherit NODE_OPTIONS trace nothing.
import { appendFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.GC_TRACE_FILE;
const kinds = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
};
if (file && isMainThread && /server\.mjs$/.test(process.argv[1] ?? '')) {
  new PerformanceObserver((list) => {
    const lines = list.getEntries().map((e) =>
      JSON.stringify({
        pid: process.pid,
        at: Math.round(e.startTime),
        ms: Math.round(e.duration * 10) / 10,
        kind: kinds[e.detail?.kind] ?? e.detail?.kind,
        flags: e.detail?.flags,
        external: Math.round(process.memoryUsage().external / 2 ** 20),
      }),
    );
    appendFileSync(file, `${lines.join('\n')}\n`);
  }).observe({ entryTypes: ['gc'] });
}
