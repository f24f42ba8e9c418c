import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { answerClientError, requestErrorResponse } from './api/client-error.js';
import { ConfigError, configFromEnv, configSummary } from './api/config.js';
import { createApp } from './api/index.js';
import { defaultDbPath, openSqliteRegister } from './register/sqlite.js';

// The local default: the same app the Worker serves, on Node, with the case register in a SQLite file
// (TREDJELAND_DB, default .tredjeland/register.db under the working directory), created and migrated here.
// A malformed setting stops it before anything else, with every variable that is wrong named.
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
const app = createApp({ config, register });

// Requests Node's parser refuses, or that cannot become a web Request, answer problem+json with a
// request id, not a bare 400.
const listener = getRequestListener(app.fetch, { hostname, errorHandler: requestErrorResponse(config.log) });
const server = createServer(listener);
server.on('clientError', (error: NodeJS.ErrnoException, socket) =>
  answerClientError(error, socket, config.log),
);
server.listen(port, hostname, () => {
  const address = server.address();
  const url =
    typeof address === 'object' && address ? `http://${address.address}:${address.port}` : String(address);
  console.log(JSON.stringify({ level: 'info', msg: 'tredjeland listening', url, register: dbPath }));
});
