// Preloaded into the server under test (NODE_OPTIONS="--import=./bench/loop-delay.mjs",
// LOOP_DELAY_FILE=path): the main thread's event-loop delay (perf_hooks.monitorEventLoopDelay, 5 ms
// resolution) as one line of JSON a second (p50, p99, max in ms, the CPU of the process and of its main thread in that second, and how long the main thread waited for a
// core), so
// that what stops the loop under load can be told from what delays the client. Worker threads and other
// processes that inherit NODE_OPTIONS measure nothing.
import { appendFileSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.LOOP_DELAY_FILE;
if (file && isMainThread && /server\.mjs$/.test(process.argv[1] ?? '')) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let cpu = process.cpuUsage();
  // The main thread's own CPU (Linux: its task's utime + stime, in 1/100 s), apart from the pool's threads.
  const mainCpuMs = () => {
    try {
      const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return Number.NaN;
    }
  };
  // How long the main thread was ready to run but waited for a core (Linux schedstat: run-queue wait, ns).
  const mainWaitMs = () => {
    try {
      return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
    } catch {
      return Number.NaN;
    }
  };
  let main = mainCpuMs();
  let waited = mainWaitMs();
  const ms = (ns) => Math.round(ns / 1e5) / 10;
  setInterval(() => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const line = {
      at: Date.now(),
      p50: ms(delay.percentile(50)),
      p99: ms(delay.percentile(99)),
      max: ms(delay.max),
      processCpuMs: Math.round((used.user + used.system) / 1000),
      mainThreadCpuMs: mainCpuMs() - main,
      mainThreadWaitMs: Math.round(mainWaitMs() - waited),
    };
    main = mainCpuMs();
    waited = mainWaitMs();
    delay.reset();
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 1000).unref();
}
