import { serve } from '@hono/node-server';
import { configFromEnv } from './api/config.js';
import { createApp } from './api/index.js';
import { defaultDbPath, openSqliteRegister } from './register/sqlite.js';

// The local default: the same app the Worker serves, on Node, with the case register in a SQLite file
// (TREDJELAND_DB, default .tredjeland/register.db under the working directory), created and migrated here.
const port = Number.parseInt(process.env.PORT ?? '8787', 10);
const hostname = process.env.HOST ?? '127.0.0.1';
const dbPath = process.env.TREDJELAND_DB || defaultDbPath;
const { register } = await openSqliteRegister({ path: dbPath });
const app = createApp({ config: configFromEnv(process.env), register });

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'tredjeland listening',
      url: `http://${info.address}:${info.port}`,
      register: dbPath,
    }),
  );
});
