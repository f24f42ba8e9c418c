import { serve } from '@hono/node-server';
import { configFromEnv } from './api/config.js';
import { createApp } from './api/index.js';

// The local default: the same app the Worker serves, on Node.
const port = Number.parseInt(process.env.PORT ?? '8787', 10);
const hostname = process.env.HOST ?? '127.0.0.1';
const app = createApp({ config: configFromEnv(process.env) });

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'tredjeland listening',
      url: `http://${info.address}:${info.port}`,
    }),
  );
});
