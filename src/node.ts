import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { answerClientError, requestErrorResponse } from './api/client-error.js';
import { ConfigError, configFromEnv, configSummary } from './api/config.js';
import { createApp } from './api/index.js';
import { createHeavyPool } from './node-pool/pool.js';
import { stopOnSignals } from './node-pool/shutdown.js';
import { defaultDbPath, openSqliteRegister } from './register/sqlite.js';
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
const { register } = await openSqliteRegister({ path: dbPath });
// Assessments and documents run in worker threads, so /healthz and light routes answer meanwhile.
// (TREDJELAND_HEAVY_THREADS=off keeps them in the main thread, for comparison.)
const pool = createHeavyPool({ size: config.heavyConcurrency });
const app = createApp({ config, register, heavyWork: config.heavyThreads ? pool.run : undefined });
// web/ sits at the root of the checkout: one level up from src/node.ts, two from a bundle in dist/node/.
const webDir = [new URL('../web/', import.meta.url), new URL('../../web/', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(`${dir}_headers`)) as string;
const assetHeaders = headersForAll(await readFile(`${webDir}_headers`, 'utf8'));

async function fetchWithAssets(request: Request): Promise<Response> {
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
  return app.fetch(request);
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
  if (config.heavyThreads) pool.warm();
});
stopOnSignals(server, pool, config.requestTimeoutMs + 5_000);
