import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { answerClientError, requestErrorResponse } from './api/client-error.js';
import { ConfigError, configFromEnv, configSummary } from './api/config.js';
import { createApp } from './api/index.js';
import { createHeavyPool } from './node-pool/pool.js';
import { stopOnSignals } from './node-pool/shutdown.js';
import { defaultDbPath } from './register/default-path.js';
import { type CaseRegister, RegisterUnavailable } from './register/port.js';
import { assetPathFor, contentTypeFor, headersForAll } from './web/assets.js';

// The local default: the same app the Worker serves, on Node, with the case register in a SQLite file
// (TREDJELAND_DB, default .tredjeland/register.db under the working directory), created and migrated here.
// The web app's files (web/) are served here as Workers static assets serve them there: same paths, same
// headers (web/_headers). A malformed setting stops it before anything else, with every variable that is
// wrong named.
let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(JSON.stringify({ level: 'error', msg: error.message, problems: error.problems }));
  process.exit(1);
}
console.log(JSON.stringify(configSummary(config)));

const port = Number.parseInt(process.env.PORT ?? '8787', 10);
const hostname = process.env.HOST ?? '127.0.0.1';
const dbPath = process.env.TREDJELAND_DB || defaultDbPath;

// Start-up: only what the first answer needs runs before the server listens. The register (SQLite
// through @libsql/client, a native module) and the heavy-work threads (each loads the engine and the
// documents) start once the first request has been answered, or after a second without one, whichever
// comes first, so that they do not compete with it for the CPU; a request that needs one of them sooner
// starts it then, and waits for it within its own time limit.
let opening: Promise<CaseRegister> | undefined;
// A stop signal before the register has opened is not a broken register: under tsx the signal also ends
// esbuild's service, so the register's module cannot be loaded any more. The stop then goes on (exit 0),
// and a request still waiting for the register is answered 503 (RegisterUnavailable).
let stopSignalled = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => (stopSignalled = true));
function registerCannotOpen(error: unknown): never {
  console.error(
    JSON.stringify({
      level: 'error',
      msg: 'the case register cannot be opened',
      register: dbPath,
      error: String((error as { cause?: unknown }).cause ?? error),
    }),
  );
  process.exit(1);
}
// The register's file must be reachable before the service listens: a path that cannot be created stops
// the start, instead of a service that answers /healthz and then exits with requests under way. (SQLite
// itself, and the migrations, are checked when the register opens, just after the first answer.)
if (dbPath !== ':memory:') {
  try {
    mkdirSync(dirname(resolve(dbPath)), { recursive: true });
    closeSync(openSync(resolve(dbPath), 'a'));
  } catch (error) {
    registerCannotOpen(error);
  }
}
function openRegister(): Promise<CaseRegister> {
  opening ??= import('./register/sqlite.js')
    .then(({ openSqliteRegister }) => openSqliteRegister({ path: dbPath }))
    .then(
      (opened) => opened.register,
      // A register that cannot be opened stops the service, as it stopped its start before.
      (error: unknown) => {
        if (!stopSignalled) registerCannotOpen(error);
        console.log(JSON.stringify({ level: 'info', msg: 'the case register was not opened: stopping' }));
        throw new RegisterUnavailable(error);
      },
    );
  return opening;
}
/** The register's every method, called once it has opened. */
const register = new Proxy({} as CaseRegister, {
  get(_target, method) {
    // Not a promise itself (`then`), nor anything but the port's methods.
    if (typeof method !== 'string' || method === 'then') return undefined;
    return async (...args: unknown[]) => {
      const opened = (await openRegister()) as unknown as Record<string, (...a: unknown[]) => unknown>;
      return opened[method]!.apply(opened, args);
    };
  },
});
// Assessments and documents run in worker threads, so /healthz and light routes answer meanwhile.
// (TREDJELAND_HEAVY_THREADS=off keeps them in the main thread, for comparison.)
// Their answers come back through shared slots no larger than an answer may be (answer-slots.ts).
const pool = createHeavyPool({
  size: config.heavyConcurrency,
  answerSlotBytes: Math.min(config.maxAnswerBytes, 16 * 1024 * 1024),
});
const app = createApp({ config, register, heavyWork: config.heavyThreads ? pool.run : undefined });
// web/ sits at the root of the checkout: one level up from src/node.ts, two from a bundle in dist/node/.
const webDir = [new URL('../web/', import.meta.url), new URL('../../web/', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(`${dir}_headers`)) as string;
const assetHeaders = headersForAll(await readFile(`${webDir}_headers`, 'utf8'));

// `env` is @hono/node-server's { incoming, outgoing }: a heavy answer in a shared slot is released when
// its response closes (src/api/heavy-answer.ts).
async function fetchWithAssets(request: Request, env: unknown): Promise<Response> {
  const path =
    request.method === 'GET' || request.method === 'HEAD'
      ? assetPathFor(new URL(request.url).pathname)
      : undefined;
  if (path) {
    const body = await readFile(webDir + path).catch(() => undefined);
    if (body) {
      const headers = { ...assetHeaders, 'Content-Type': contentTypeFor(path) };
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
    }
  }
  return app.fetch(request, env);
}

// Requests Node's parser refuses, or that cannot become a web Request, answer problem+json with a
// request id, not a bare 400.
const listener = getRequestListener(fetchWithAssets, {
  hostname,
  errorHandler: requestErrorResponse(config.log),
});
const server = createServer(listener);
server.on('clientError', (error: NodeJS.ErrnoException, socket) =>
  answerClientError(error, socket, config.log),
);
server.listen(port, hostname, () => {
  const address = server.address();
  const url =
    typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
  const heavyThreads = config.heavyThreads ? config.heavyConcurrency : 0;
  console.log(
    JSON.stringify({ level: 'info', msg: 'tredjeland listening', url, register: dbPath, heavyThreads }),
  );
});
let started = false;
function startTheRest() {
  if (started || stopSignalled || !server.listening) return;
  started = true;
  // Its failure is handled where it is opened (exit 1, or 503s while stopping).
  openRegister().catch(() => undefined);
  if (config.heavyThreads) pool.warm();
}
server.once('request', (_request, response) => response.once('close', () => setImmediate(startTheRest)));
setTimeout(startTheRest, 1000).unref();
stopOnSignals(server, pool, config.requestTimeoutMs + 5_000);
