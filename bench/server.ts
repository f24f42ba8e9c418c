import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux; undefined elsewhere). */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 1/100 s
  } catch {
    return undefined;
  }
}

/** How a server process is started: a TypeScript entry run through tsx, or any command line. */
export type ServerCommand = { entry: string } | { command: string; args: readonly string[] };

/**
 * Starts a server (the service's own TypeScript entry by default) as its own process on a loopback port
 * and waits until it answers; `startupMs` is from the spawn to the first answer.
 */
export async function startServer(
  port: number,
  how: string | ServerCommand = 'src/node.ts',
): Promise<{
  child: ChildProcess;
  startupMs: number;
  /** CPU the started process itself used up to its first answer (not its children's). */
  startupCpuMs: number | undefined;
  stop: () => Promise<void>;
}> {
  const spec = typeof how === 'string' ? { entry: how } : how;
  const [command, args] =
    'entry' in spec ? [process.execPath, ['--import', 'tsx', spec.entry]] : [spec.command, [...spec.args]];
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TREDJELAND_LOG: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group: `npm start` runs the server as a grandchild, which must stop with it.
    detached: true,
  });
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline) {
      kill('SIGTERM');
      throw new Error('the server did not answer within 30 s');
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startupMs = performance.now() - started;
  const startupCpuMs = processCpuMs(child.pid);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = once(child, 'exit');
      kill('SIGTERM');
      await exited;
    }
    // `npm start` exits before the server it started has drained and let go of the port: wait until
    // nothing answers there, or the next start would be timed against this server's answer.
    for (const until = Date.now() + 15_000; Date.now() < until; ) {
      try {
        await fetch(`http://127.0.0.1:${port}/healthz`);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { child, startupMs, startupCpuMs, stop };
}
