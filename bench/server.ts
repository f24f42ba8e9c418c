import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/** Starts a Node entry (the service's own by default) as its own process on a loopback port and waits until it answers. */
export async function startServer(
  port: number,
  entry = 'src/node.ts',
): Promise<{ child: ChildProcess; startupMs: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TREDJELAND_LOG: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline) {
      child.kill();
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
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  return { child, startupMs, stop };
}
