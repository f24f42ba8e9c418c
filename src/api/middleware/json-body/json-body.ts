import type { MiddlewareHandler } from 'hono';
import { type Lang, pickLang } from '../../lang.js';
import { ApiProblem, fieldPath } from '../../problem.js';
import { decodeUtf8, JsonBodyError, type JsonFault, parseStrictJson } from './strict-json.js';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);
/** Routes that take JSON Lines (application/x-ndjson) instead, and read their body themselves. */
const jsonLinesRoutes = ['/v1/cases/import'];
/** application/json or a +json type, with parameters; not application/json-seq or jsonlines. */
const jsonType = /^application\/([\w.-]+\+)?json\s*(;.*)?$/i;

/**
 * Requests that carry a body (POST, PUT, PATCH) must send JSON, exactly: the body is read here once,
 * as UTF-8 and with every key once per object, and the routes' validators get what was read.
 *
 * Without the type check a form-encoded body would reach the validators as an empty object and the user
 * would be told that every field is missing; without the strict reading a repeated `"asOf"` would assess
 * the case as of the last one, and bytes that are not UTF-8 would become U+FFFD in a contract.
 *
 * @throws ApiProblem 415 `unsupported-media-type`: a type other than JSON, or a `Content-Encoding` (the
 *   service decodes none), naming the header.
 * @throws ApiProblem 400 `malformed-json`: not UTF-8 (the byte offset) or not JSON (line, column and what
 *   was expected); 400 `invalid-request` for a repeated key (the key and its path).
 * @example app.use('/v1/*', requireJsonBody);
 */
export const requireJsonBody: MiddlewareHandler = async function requireJsonBody(c, next) {
  if (!bodyMethods.has(c.req.method)) return next();
  const type = c.req.header('content-type') ?? '';
  if (jsonLinesRoutes.includes(new URL(c.req.url).pathname) && /^application\/x-ndjson\b/i.test(type.trim()))
    return next();
  if (!jsonType.test(type.trim())) {
    throw new ApiProblem(415, 'unsupported-media-type', {
      detail: `Send the body as application/json (got ${type ? JSON.stringify(type.slice(0, 100)) : 'no content-type'}).`,
      errors: [{ field: 'content-type', reason: 'must be application/json', in: 'header' }],
    });
  }
  const encoding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    throw new ApiProblem(415, 'unsupported-media-type', {
      detail: 'Send the body without a Content-Encoding: the service decodes none.',
      errors: [
        { field: 'content-encoding', reason: 'not supported; send the body uncompressed', in: 'header' },
      ],
    });
  }
  let body: unknown;
  try {
    body = parseStrictJson(decodeUtf8(new Uint8Array(await c.req.arrayBuffer())));
  } catch (error) {
    if (error instanceof JsonBodyError) throw bodyProblem(pickLang(c), error.fault);
    throw error;
  }
  // The validators ask for c.req.json(): give them what was read, not a second, lenient parse.
  c.req.json = () => Promise.resolve(body as never);
  await next();
};

/** The 400 of a body that is not UTF-8, not JSON, too deep or with a repeated key, in the user's language. */
export function bodyProblem(lang: Lang, fault: JsonFault): ApiProblem {
  const sv = lang === 'sv';
  switch (fault.kind) {
    case 'utf8':
      return new ApiProblem(400, 'malformed-json', {
        detail: sv
          ? `Innehållet är inte UTF-8: byte ${fault.offset} (räknat från 0) inleder ingen giltig teckenföljd.`
          : `The body is not UTF-8: byte ${fault.offset} (counting from 0) starts no valid sequence.`,
        errors: [{ field: 'body', reason: `not UTF-8 at byte offset ${fault.offset}`, in: 'body' }],
        offset: fault.offset,
      });
    case 'syntax': {
      const reason = `line ${fault.line}, column ${fault.column}: expected ${fault.expected}, found ${fault.found}`;
      return new ApiProblem(400, 'malformed-json', {
        detail: sv
          ? `Innehållet är inte giltig JSON (rad ${fault.line}, kolumn ${fault.column}).`
          : `The body is not valid JSON (line ${fault.line}, column ${fault.column}).`,
        errors: [{ field: 'body', reason, in: 'body' }],
        line: fault.line,
        column: fault.column,
        expected: fault.expected,
      });
    }
    case 'too-deep':
      return new ApiProblem(400, 'invalid-request', {
        detail: sv
          ? `Innehållet är nästlat djupare än ${fault.limit} nivåer.`
          : `The body is nested deeper than ${fault.limit} levels.`,
        errors: [{ field: 'body', reason: `nested deeper than ${fault.limit} levels`, in: 'body' }],
      });
    case 'duplicate-key': {
      const key = fieldPath([fault.key]);
      return new ApiProblem(400, 'invalid-request', {
        detail: sv
          ? `Nyckeln "${key}" förekommer mer än en gång i samma objekt; skicka varje nyckel en gång.`
          : `The key "${key}" appears more than once in the same object; send each key once.`,
        errors: [
          {
            field: fieldPath(fault.path),
            reason: 'duplicate key: sent more than once in this object',
            in: 'body',
          },
        ],
      });
    }
  }
}
