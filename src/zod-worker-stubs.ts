// The Worker's stand-ins for two parts of zod the app never calls (wrangler.toml aliases zod's own
// `./compile.js` and `./from-json-schema.js` here). `compile` builds validators with `new Function`, which
// Workers forbid, and `fromJSONSchema` reads JSON Schema into zod; zod's entry re-exports both, so they
// would otherwise ride along in the bundle (about 43 KiB before gzip). Node runs zod unchanged.
const absent = (name: string) => () => {
  throw new Error(`zod's ${name} is left out of the Worker build (see wrangler.toml)`);
};

export const INVALID = Symbol.for('zod.compile.invalid');
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
export const compile = absent('compile');
export const compileFn = absent('compileFn');
export const withParser = absent('withParser');
export const fromJSONSchema = absent('fromJSONSchema');
