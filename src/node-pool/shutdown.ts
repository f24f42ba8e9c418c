import type { Server } from 'node:http';
import type { HeavyPool } from './pool.js';

/**
 * Stops the Node server cleanly on SIGTERM or SIGINT: no new connections, the requests under way answered
 * (their work is bounded by the request time limit), the heavy-work threads ended, then exit 0. Should
 * anything hang past `graceMs`, exit 1 rather than never.
 */
export function stopOnSignals(server: Server, pool: HeavyPool, graceMs: number): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 'info', msg: 'tredjeland stopping', signal }));
    setTimeout(() => {
      console.error(JSON.stringify({ level: 'error', msg: `not stopped within ${graceMs} ms; exiting` }));
      process.exit(1);
    }, graceMs).unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await pool.close();
    await closed;
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
