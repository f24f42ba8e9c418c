// web/openapi.json and web/openapi.sv.json: the OpenAPI document in English and Swedish, made by the one
// generator (src/api/openapi-document.ts) and served as static files on Node and Workers, so the document
// builder and the Swedish texts stay out of the Worker. Run by `npm run build`;
// test/api/openapi-static.test.ts fails when a file and the generator part.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument, openApiPaths } from '../src/api/openapi-document.js';

const web = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
for (const lang of ['en', 'sv'] as const) {
  writeFileSync(join(web, openApiPaths[lang].slice(1)), `${JSON.stringify(openApiDocument(lang))}\n`);
  console.log(`wrote web${openApiPaths[lang]}`);
}
