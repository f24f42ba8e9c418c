import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { HeavyPool } from './pool.js';

/**
 * Stops the Node server cleanly on SIGTERM or SIGINT: the requests under way answered (their work is
 * bounded by the request time limit) and their bytes written out, the heavy-work threads ended, no new
 * connections, then exit 0. Should anything hang past `graceMs`, exit 1 rather than never.
 *
 * `server.close()` closes idle connections at once, and a connection whose response has been handed to its
 * socket counts as idle while megabytes of it still wait to be written: closing it then cuts the answer.
 * So the server is closed only once no response is under way and every socket has written what it holds.
 */
export function stopOnSignals(server: Server, pool: HeavyPool, graceMs: number): void {
  const sockets = new Set<Socket>();
  let answering = 0;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (_req, res) => {
    answering += 1;
    res.once('close', () => {
      answering -= 1;
    });
  });
  const settled = () => answering === 0 && [...sockets].every((s) => s.writableLength === 0);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 'info', msg: 'tredjeland stopping', signal }));
    setTimeout(() => {
      console.error(JSON.stringify({ level: 'error', msg: `not stopped within ${graceMs} ms; exiting` }));
      process.exit(1);
    }, graceMs).unref();
    await pool.close();
    while (!settled()) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
