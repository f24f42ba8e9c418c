import type { MiddlewareHandler } from 'hono';
import { documentKindNames } from '../documents/kind-names.js';
import type { AppEnv } from './app.js';
import { answerResponse } from './heavy-answer.js';
import type { HeavyJob, HeavyWork } from './heavy-work.js';
import { pickLang } from './lang.js';
import { assessQuery } from './routes/assessments.js';
import { draftQuery } from './routes/documents.js';

/**
 * Heavy requests handed to `work` (Node's thread pool) as their raw bytes: the main thread reads the body
 * off the socket and checks the headers, query and path, and the worker thread does the rest (UTF-8, JSON,
 * the schema, the work itself). Reading and validating a 1,000-flow case takes tens of milliseconds, which
 * on the main thread hold up /healthz and every light route.
 *
 * Only a request whose every check before the body passes is offloaded this way; any other (a query or
 * path the route refuses, an unusual Content-Type or Content-Encoding) takes the ordinary way through
 * requireJsonBody and the route's validators, so that its problem is the same one, in the same order.
 * The worker thread throws the same problems as the ordinary way; the app's error handler answers them
 * with this request's id.
 */
export function offloadHeavy(
  work: HeavyWork,
  /** Whether admission let this request pass without a turn (HeavyJob.light). */
  light: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => boolean = () => false,
): MiddlewareHandler<AppEnv> {
  return async function offload(c, next) {
    // The ordinary way still runs its work in the pool.
    c.set('work', work);
    const job = c.req.method === 'POST' && plainJson(c.req.header()) ? jobFor(c) : undefined;
    if (!job) return next();
    const answer = await work({
      ...job(new Uint8Array(await c.req.arrayBuffer())),
      ...(light(c) ? { light: true } : {}),
    });
    return answerResponse(c, answer);
  };
}

/**
 * application/json (charset UTF-8 at most) without a Content-Encoding: what requireJsonBody, Hono's json
 * validator and @hono/zod-openapi's media-type gate all accept.
 */
function plainJson(headers: Record<string, string>): boolean {
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  return (
    /^application\/json(;\s*charset=utf-8)?$/i.test(headers['content-type'] ?? '') &&
    (encoding === '' || encoding === 'identity')
  );
}

/** The query as Hono's validator gives it to the schema: one value as a string, several as an array. */
function queryOf(queries: Record<string, string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(queries).map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
}

const documentPath = /^\/v1\/documents\/([a-z]+)$/;
const kinds: readonly string[] = [...documentKindNames, 'bundle'];

/** The job for this request, given its body, when its path and query pass the route's checks. */
function jobFor(c: Parameters<MiddlewareHandler<AppEnv>>[0]): ((body: Uint8Array) => HeavyJob) | undefined {
  const path = c.req.path;
  const query = queryOf(c.req.queries());
  const terms = c.get('limits').terms;
  if (path === '/v1/assessments') {
    const valid = assessQuery.safeParse(query);
    if (!valid.success) return undefined;
    const { detail = 'full', shape = 'full' } = valid.data;
    return (body) => ({ kind: 'assessment', lang: pickLang(c), detail, shape, terms, body });
  }
  const kind = documentPath.exec(path)?.[1];
  if (!kind || !kinds.includes(kind)) return undefined;
  const valid = draftQuery.safeParse(query);
  if (!valid.success) return undefined;
  const document = kind as Extract<HeavyJob, { kind: 'documents' }>['document'];
  const format = valid.data.format ?? 'docx';
  return (body) => ({ kind: 'documents', document, format, lang: pickLang(c), terms, body });
}
