import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Puts every thread of this process but the main thread `niceness` steps below it (Linux), where it is
 * still at the main thread's priority: V8's platform threads, which do the garbage collection and
 * compiling of every isolate (the heavy-work threads' too), and libuv's thread pool. Under the heavy mix
 * V8's four platform threads used more CPU than the main thread (2.2 s against 0.8 s in 15 s), at the
 * process's priority, while the main thread waited 2.7 s for a core: the heavy work, niced in its own
 * thread, came back at full priority through them. The main isolate's own collections get less help from
 * them while heavy work runs; its heap is small (16 MB).
 *
 * Threads already lower (the pool's, which set their own) are left alone. Linux only: elsewhere a
 * thread's priority is the process's.
 */
export function lowerHelperThreads(niceness: number): void {
  if (process.platform !== 'linux' || niceness <= 0) return;
  const main = getPriority();
  const target = Math.min(19, main + niceness);
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const task of tasks) {
    const tid = Number(task);
    if (tid === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      if (nice === main) setPriority(tid, target);
    } catch {
      // gone meanwhile, or not allowed: it keeps its priority
    }
  }
}
