import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { configFromEnv } from './api/config.js';
import { createApp } from './api/index.js';
import { defaultDbPath, openSqliteRegister } from './register/sqlite.js';
import { assetPathFor, contentTypeFor, headersForAll } from './web/assets.js';

// The local default: the same app the Worker serves, on Node, with the case register in a SQLite file
// (TREDJELAND_DB, default .tredjeland/register.db under the working directory), created and migrated here. The web app's files (web/) are served here
// as Workers static assets serve them there: same paths, same headers (web/_headers).
const port = Number.parseInt(process.env.PORT ?? '8787', 10);
const hostname = process.env.HOST ?? '127.0.0.1';
const dbPath = process.env.TREDJELAND_DB || defaultDbPath;
const { register } = await openSqliteRegister({ path: dbPath });
const app = createApp({ config: configFromEnv(process.env), register });
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

serve({ fetch: fetchWithAssets, port, hostname }, (info) => {
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'tredjeland listening',
      url: `http://${info.address}:${info.port}`,
      register: dbPath,
    }),
  );
});
