// The Worker's stand-in for @asteasolutions/zod-to-openapi (wrangler.toml [alias]): the registry and zod's
// `.openapi()` as they are, the document builders swapped out. The Worker never builds the OpenAPI
// document: it is a static file made at build time (src/api/openapi-document.ts, scripts/write-openapi.ts).

// By path, so the alias does not catch this import too.
// @ts-expect-error TS7016: a path into the package has no declaration file of its own
import * as real from '../node_modules/@asteasolutions/zod-to-openapi/dist/index.mjs';

export const extendZodWithOpenApi = real.extendZodWithOpenApi;
export const getOpenApiMetadata = real.getOpenApiMetadata;
export const OpenAPIRegistry = real.OpenAPIRegistry;

class NotInTheWorker {
  constructor() {
    throw new Error('The OpenAPI document is built at build time, not in the Worker (web/openapi.json)');
  }
}
export const OpenApiGeneratorV3 = NotInTheWorker;
export const OpenApiGeneratorV31 = NotInTheWorker;
