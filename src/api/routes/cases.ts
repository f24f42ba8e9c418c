import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { dueCalendar } from '../../cases/calendar.js';
import { dueItems } from '../../cases/due.js';
import { type CaseInput, prepareVersion, reassessRegister } from '../../cases/service.js';
import { addDays } from '../../data/dates.js';
import { type AssessmentCase, assessmentCase } from '../../domain/case.js';
import { legalDate, today } from '../../domain/dates.js';
import { userText } from '../../domain/text.js';
import {
  CaseNotFound,
  type CaseRegister,
  InvalidExport,
  RegisterNotEmpty,
  RegisterUnavailable,
  type StoredVersion,
  VersionConflict,
  type WriteMeta,
} from '../../register/port.js';
import type { AppEnv, RouteModule } from '../app.js';
import { assertCaseHolds, caseErrorsHook } from '../case-check.js';
import { exampleCase } from '../examples.js';
import { pickLang } from '../lang.js';
import { ApiProblem } from '../problem.js';
import { langQuery, problemContent } from '../schemas.js';
import { anonymous } from '../tokens.js';

/**
 * The case register under /v1/cases (contract: docs/register-api.md). The routes validate, call the
 * engine through src/cases and the storage through the register port; they never see SQL.
 */

/** The largest document that may be filed (its bytes, before base64). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

const tags = ['Case register'];
const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

const flowSummarySchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    mechanism: z.string(),
    module: z.number().int().optional(),
    tiaStatus: z.enum(['complete', 'open', 'not-needed']).optional(),
    dpf: z.boolean(),
  })
  .openapi('CaseFlowSummary');

const dueItemSchema = z
  .object({
    caseId: z.string(),
    title: z.string(),
    date: z.string(),
    reason: z.enum(['tia-reevaluation', 'dpf-recertification', 'adequacy-end', 'data-age']),
    label: z.string(),
    flowId: z.string().optional(),
  })
  .openapi('DueItem');

const caseRecordSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    caseNumber: z.string().nullable(),
    reference: z.string().nullable(),
    tags: z.array(z.string()),
    version: z.number().int(),
    etag: z.string(),
    asOf: z.string(),
    dataVersion: z.string(),
    savedAt: z.string(),
    savedBy: z.string(),
    sha256: z.string(),
    case: assessmentCase,
    flows: z.array(flowSummarySchema),
    due: z.array(dueItemSchema),
  })
  .openapi('CaseRecord');

const saveBody = z
  .strictObject({
    title: userText(500),
    caseNumber: userText(200).optional(),
    reference: userText(200).optional(),
    tags: z.array(userText(100)).max(50).optional(),
    case: assessmentCase,
  })
  .openapi('CaseSave');

const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const boolQuery = z.enum(['true', 'false']).optional();
const problem = (description: string) => ({ description, content: problemContent });

const routes = {
  create: createRoute({
    method: 'post',
    path: '/v1/cases',
    tags,
    summary: 'Save a case in the register (version 1)',
    description:
      'Validates and assesses the case as of `case.asOf` (default today) and stores it as sent, with the verdict summary per flow and the dates that will need a person. Answers with an ETag to send as If-Match with the next save.',
    request: {
      query: z.object({ lang: langQuery }),
      body: {
        required: true,
        content: {
          'application/json': { schema: saveBody, example: { title: 'Cloud e-mail', case: exampleCase } },
        },
      },
    },
    responses: {
      201: { description: 'Saved; `Location` and `ETag` name the record', content: json(caseRecordSchema) },
      400: problem('The body or the case is not valid'),
      403: problem('The token may not write'),
      503: problem('The register is not available; nothing was saved'),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/v1/cases',
    tags,
    summary: 'List and search saved cases',
    request: {
      query: z.object({
        q: z.string().max(200).optional(),
        country: z
          .string()
          .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)
          .optional(),
        mechanism: z.enum(['none', 'adequacy', 'scc', 'unresolved']).optional(),
        openTia: boolQuery,
        dpf: boolQuery,
        dueBefore: legalDate.optional(),
        page: z.coerce.number().int().min(1).max(100000).optional(),
        pageSize: z.coerce.number().int().min(1).max(200).optional(),
        lang: langQuery,
      }),
    },
    responses: {
      200: {
        description: 'One page of records, newest save first',
        content: json(
          z.object({
            items: z.array(
              z
                .object({ id: z.string(), title: z.string(), flows: z.array(flowSummarySchema) })
                .passthrough(),
            ),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        ),
      },
      400: problem('A query parameter is not valid'),
      503: problem('The register is not available'),
    },
  }),
  due: createRoute({
    method: 'get',
    path: '/v1/cases/due',
    tags,
    summary: 'Dates that need a person within a period (overdue ones included)',
    request: {
      query: z.object({
        within: z
          .string()
          .regex(/^\d{1,4}d$/, 'expected a number of days such as 90d')
          .optional(),
        asOf: legalDate.optional(),
        lang: langQuery,
      }),
    },
    responses: {
      200: {
        description: 'Due items by date',
        content: json(z.object({ asOf: z.string(), until: z.string(), items: z.array(dueItemSchema) })),
      },
      400: problem('A query parameter is not valid'),
      503: problem('The register is not available'),
    },
  }),
  calendar: createRoute({
    method: 'get',
    path: '/v1/cases/calendar.ics',
    tags,
    summary: 'The due dates as an iCalendar feed to subscribe to',
    description:
      'Takes a calendar token as `?token=` (calendar clients cannot send headers); a read or read-write token may be sent as a bearer header instead. Dates from 400 days ahead and every overdue one.',
    request: { query: z.object({ token: z.string().optional(), lang: langQuery }) },
    responses: {
      200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } },
      401: problem('No or unknown token'),
      503: problem('The register is not available'),
    },
  }),
  reassess: createRoute({
    method: 'post',
    path: '/v1/cases/reassess',
    tags,
    summary: 'Run the engine again over the register, as of a date and with a scenario',
    description:
      'The scenario changes the data the engine reads (an adequacy decision ended from a date, a DPF participant inactive), never its rules. Answers what changes per case and flow; with `save: true` each changed case gets a new version with an audit entry naming the scenario.',
    request: {
      query: z.object({ lang: langQuery }),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z
              .strictObject({
                asOf: legalDate,
                scenario: z
                  .strictObject({
                    name: userText(200).optional(),
                    adequacyEnded: z
                      .array(z.strictObject({ decision: z.string().min(1).max(100), from: legalDate }))
                      .max(100)
                      .optional(),
                    dpfInactive: z
                      .array(
                        z
                          .strictObject({
                            name: userText(1000).optional(),
                            id: z.string().max(200).optional(),
                            from: legalDate,
                          })
                          .refine((v) => v.name !== undefined || v.id !== undefined, 'give name or id'),
                      )
                      .max(1000)
                      .optional(),
                  })
                  .optional(),
                save: z.boolean().optional(),
                caseIds: z.array(z.string().max(100)).max(10000).optional(),
              })
              .openapi('Reassess'),
            example: {
              asOf: '2027-01-02',
              scenario: { name: 'DPF ended', adequacyEnded: [{ decision: '2023-1795', from: '2027-01-01' }] },
            },
          },
        },
      },
    },
    responses: {
      200: { description: 'Before and after per case and flow', content: json(z.object({}).passthrough()) },
      400: problem('The body is not valid'),
      403: problem('`save` needs a read-write token'),
      503: problem('The register is not available'),
    },
  }),
  exportAll: createRoute({
    method: 'get',
    path: '/v1/cases/export',
    tags,
    summary: 'The whole register as JSON Lines (cases, versions, filed documents, audit)',
    responses: {
      200: {
        description: 'application/x-ndjson',
        content: { 'application/x-ndjson': { schema: z.string() } },
      },
      503: problem('The register is not available'),
    },
  }),
  importAll: createRoute({
    method: 'post',
    path: '/v1/cases/import',
    tags,
    summary: 'Load an export into an empty register, all or nothing',
    request: { body: { required: true, content: { 'application/x-ndjson': { schema: z.string() } } } },
    responses: {
      200: { description: 'Counts of what was loaded', content: json(z.object({}).passthrough()) },
      400: problem('A line cannot be read; `errors` names it'),
      409: problem('The register is not empty'),
      503: problem('The register is not available; nothing was loaded'),
    },
  }),
  read: createRoute({
    method: 'get',
    path: '/v1/cases/{id}',
    tags,
    summary: 'A saved case: the latest version, or `?version=n`',
    request: {
      params: idParam,
      query: z.object({ version: z.coerce.number().int().min(1).optional(), lang: langQuery }),
    },
    responses: {
      200: { description: 'The version, with its ETag', content: json(caseRecordSchema) },
      404: problem('No such case or version'),
      503: problem('The register is not available'),
    },
  }),
  save: createRoute({
    method: 'put',
    path: '/v1/cases/{id}',
    tags,
    summary: 'Save a new version (If-Match required)',
    request: {
      params: idParam,
      query: z.object({ lang: langQuery }),
      headers: z.object({ 'if-match': z.string().optional() }),
      body: { required: true, content: { 'application/json': { schema: saveBody } } },
    },
    responses: {
      200: { description: 'The new version, with its ETag', content: json(caseRecordSchema) },
      400: problem('The body or the case is not valid'),
      403: problem('The token may not write'),
      404: problem('No such case'),
      412: problem('Not the latest version; `current` names it'),
      428: problem('If-Match is missing'),
      503: problem('The register is not available; nothing was saved'),
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/v1/cases/{id}',
    tags,
    summary: 'Delete a case for real (versions, documents); the audit log keeps a content-free entry',
    request: { params: idParam, headers: z.object({ 'if-match': z.string().optional() }) },
    responses: {
      204: { description: 'Deleted' },
      403: problem('The token may not write'),
      404: problem('No such case'),
      412: problem('If-Match given and not the latest version'),
      503: problem('The register is not available; nothing was deleted'),
    },
  }),
  history: createRoute({
    method: 'get',
    path: '/v1/cases/{id}/history',
    tags,
    summary: 'Every version of a case and its audit entries, oldest first',
    request: { params: idParam, query: z.object({ lang: langQuery }) },
    responses: {
      200: { description: 'Versions and audit', content: json(z.object({}).passthrough()) },
      404: problem('No such case'),
      503: problem('The register is not available'),
    },
  }),
  fileDocument: createRoute({
    method: 'post',
    path: '/v1/cases/{id}/documents',
    tags,
    summary: 'File a document (the one sent to the other party) with a version of the case',
    request: {
      params: idParam,
      query: z.object({ lang: langQuery }),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z
              .strictObject({
                kind: z.string().regex(/^[a-z0-9-]{1,50}$/),
                lang: z.enum(['sv', 'en']),
                filename: userText(255),
                contentType: z.string().max(200).optional(),
                contentBase64: z.base64().max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4 * 1024),
                version: z.number().int().min(1).optional(),
              })
              .openapi('FileDocument'),
          },
        },
      },
    },
    responses: {
      201: { description: 'Filed', content: json(z.object({}).passthrough()) },
      400: problem('The body is not valid'),
      403: problem('The token may not write'),
      404: problem('No such case or version'),
      413: problem('The document is larger than 1 MiB'),
      503: problem('The register is not available; nothing was filed'),
    },
  }),
  documents: createRoute({
    method: 'get',
    path: '/v1/cases/{id}/documents',
    tags,
    summary: 'The documents filed with a case',
    request: { params: idParam },
    responses: {
      200: { description: 'Filed documents, without their bytes', content: json(z.object({}).passthrough()) },
      503: problem('The register is not available'),
    },
  }),
  document: createRoute({
    method: 'get',
    path: '/v1/cases/{id}/documents/{docId}',
    tags,
    summary: 'The bytes of a filed document',
    request: {
      params: idParam.extend({
        docId: z
          .string()
          .max(100)
          .openapi({ param: { name: 'docId', in: 'path' } }),
      }),
    },
    responses: {
      200: { description: 'The document as filed' },
      404: problem('No such document'),
      503: problem('The register is not available'),
    },
  }),
};

type Ctx = Context<AppEnv>;
const sv = (c: Ctx) => pickLang(c) === 'sv';

function caller(c: Ctx) {
  return c.get('caller') ?? anonymous;
}

function requireWrite(c: Ctx) {
  const who = caller(c);
  if (who.scope !== 'read-write')
    throw new ApiProblem(403, 'forbidden', {
      detail: sv(c)
        ? `Token ${who.name} får bara läsa (${who.scope}).`
        : `The token ${who.name} may only read (${who.scope}).`,
    });
}

function writeMeta(c: Ctx, extra: Partial<WriteMeta> = {}): WriteMeta {
  return {
    actor: { name: caller(c).name, requestId: c.get('requestId') },
    at: new Date().toISOString(),
    ...extra,
  };
}

function notFound(c: Ctx, id: string, version?: number): never {
  throw new ApiProblem(404, 'not-found', {
    detail: sv(c)
      ? `Inget ärende ${id}${version ? ` i version ${version}` : ''}.`
      : `No case ${id}${version ? ` at version ${version}` : ''}.`,
  });
}

/** Register failures as problems: 503 (nothing written), 412 with the current version, 404. */
function registerProblem(c: Ctx, error: unknown): never {
  if (error instanceof RegisterUnavailable) {
    console.error(
      JSON.stringify({ level: 'error', msg: 'register unavailable', error: String(error.cause) }),
    );
    throw new ApiProblem(503, 'register-unavailable', {
      detail: sv(c)
        ? 'Databasen går inte att nå, är låst eller full. Inget har ändrats; försök igen om en stund.'
        : 'The database cannot be reached, is locked or full. Nothing was changed; try again shortly.',
      retryAfter: 5,
    });
  }
  if (error instanceof VersionConflict)
    throw new ApiProblem(412, 'precondition-failed', {
      detail: sv(c)
        ? `If-Match anger inte den senaste versionen (${error.current.version}); läs om ärendet och spara på den.`
        : `If-Match does not name the latest version (${error.current.version}); read the case again and save on top of it.`,
      current: error.current,
    });
  if (error instanceof CaseNotFound) notFound(c, error.id);
  throw error;
}

async function call<T>(c: Ctx, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    registerProblem(c, error);
  }
}

function record(c: Ctx, v: StoredVersion) {
  const lang = pickLang(c);
  return {
    id: v.id,
    title: v.title,
    caseNumber: v.caseNumber,
    reference: v.reference,
    tags: v.tags,
    version: v.version,
    etag: v.etag,
    asOf: v.asOf,
    dataVersion: v.dataVersion,
    savedAt: v.savedAt,
    savedBy: v.savedBy,
    sha256: v.sha256,
    case: JSON.parse(v.body) as AssessmentCase,
    flows: v.flows,
    due: dueItems([{ caseId: v.id, title: v.title, due: v.due }], '9999-12-31', lang),
  };
}

/** The validated body, plus the case exactly as sent (the parsed body keeps the client's key order). */
async function caseInput(
  c: Ctx,
  body: z.infer<typeof saveBody>,
): Promise<{ input: CaseInput; asOf: string }> {
  const asOf = body.case.asOf ?? today();
  assertCaseHolds(body.case, asOf, sv(c) ? 'sv' : 'en', 'case.');
  const raw = (await c.req.json()) as { case: unknown };
  return {
    input: {
      title: body.title,
      caseNumber: body.caseNumber,
      reference: body.reference,
      tags: body.tags,
      case: body.case,
      body: JSON.stringify(raw.case),
    },
    asOf,
  };
}

const parseStored = (body: string) => assessmentCase.parse(JSON.parse(body));

/**
 * Registers the routes over `register` (a function, so a Worker can bind D1 on its first request).
 * Without a register every route answers 503.
 */
export function caseRoutes(getRegister: (c: Ctx) => CaseRegister | undefined): RouteModule {
  return (app) => {
    const registerOf = (c: Ctx): CaseRegister => {
      const register = getRegister(c);
      if (!register)
        throw new ApiProblem(503, 'register-unavailable', {
          detail: sv(c)
            ? 'Ingen databas är konfigurerad för ärenderegistret.'
            : 'No database is configured for the case register.',
        });
      return register;
    };

    app.openapi(
      routes.create,
      async (c) => {
        requireWrite(c);
        const register = registerOf(c);
        const { input, asOf } = await caseInput(c, c.req.valid('json'));
        const version = await prepareVersion(input, asOf);
        const stored = await call(c, () =>
          register.create(crypto.randomUUID(), version, writeMeta(c, { reason: 'create' })),
        );
        return c.json(record(c, stored), 201, { ETag: stored.etag, Location: `/v1/cases/${stored.id}` });
      },
      caseErrorsHook(saveBody, 'case.'),
    );

    app.openapi(routes.list, async (c) => {
      const q = c.req.valid('query');
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 50;
      const words = (q.q ?? '').split(/\s+/).filter(Boolean);
      const result = await call(c, () =>
        registerOf(c).list({
          words,
          ...(q.country ? { country: q.country } : {}),
          ...(q.mechanism ? { mechanism: q.mechanism } : {}),
          ...(q.openTia ? { openTia: q.openTia === 'true' } : {}),
          ...(q.dpf ? { dpf: q.dpf === 'true' } : {}),
          ...(q.dueBefore ? { dueBefore: q.dueBefore } : {}),
          page,
          pageSize,
        }),
      );
      return c.json({ items: result.items, total: result.total, page, pageSize }, 200);
    });

    app.openapi(routes.due, async (c) => {
      const q = c.req.valid('query');
      const asOf = q.asOf ?? today();
      const days = Number.parseInt(q.within ?? '90d', 10);
      if (days < 1 || days > 3650)
        throw new ApiProblem(400, 'invalid-request', {
          detail: 'within must be 1d to 3650d',
          errors: [{ field: 'within', reason: 'between 1d and 3650d', in: 'query' }],
        });
      const until = addDays(asOf, days);
      const cases = await call(c, () => registerOf(c).due(until));
      return c.json({ asOf, until, items: dueItems(cases, until, pickLang(c)) }, 200);
    });

    app.openapi(routes.calendar, async (c) => {
      const until = addDays(today(), 400);
      const cases = await call(c, () => registerOf(c).due(until));
      const lang = pickLang(c);
      const url = new URL(c.req.url);
      const body = dueCalendar(dueItems(cases, until, lang), { lang, host: url.hostname || 'tredjeland' });
      return c.body(body, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': 'private, max-age=300',
      }) as never;
    });

    app.openapi(routes.reassess, async (c) => {
      const body = c.req.valid('json');
      if (body.save) requireWrite(c);
      const register = registerOf(c);
      const scenario = body.scenario;
      const result = await call(c, () =>
        reassessRegister(register, {
          asOf: body.asOf,
          ...(scenario ? { scenario } : {}),
          ...(body.caseIds ? { caseIds: body.caseIds } : {}),
          ...(body.save
            ? {
                save: writeMeta(c, {
                  reason: 'reassess',
                  scenario: scenario?.name ?? `reassess as of ${body.asOf}`,
                }),
              }
            : {}),
          parse: parseStored,
        }),
      );
      return c.json({ asOf: body.asOf, scenario: scenario ?? null, ...result }, 200);
    });

    app.openapi(routes.exportAll, async (c) => {
      const lines = await call(c, () => registerOf(c).exportLines());
      return c.body(`${lines.join('\n')}\n`, 200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': 'attachment; filename="tredjeland-register.jsonl"',
      }) as never;
    });

    app.openapi(routes.importAll, async (c) => {
      requireWrite(c);
      const text = new TextDecoder().decode(await c.req.arrayBuffer());
      const lines = text.split('\n');
      if (lines.at(-1) === '') lines.pop();
      try {
        const counts = await registerOf(c).importLines(lines);
        return c.json({ imported: counts }, 200);
      } catch (error) {
        if (error instanceof InvalidExport)
          throw new ApiProblem(400, 'invalid-request', {
            detail: error.message,
            errors: [{ field: `line ${error.line}`, reason: error.reason, in: 'body' }],
          });
        if (error instanceof RegisterNotEmpty)
          throw new ApiProblem(409, 'conflict', {
            detail: sv(c)
              ? 'Registret är inte tomt: en import läses bara in i ett tomt register.'
              : 'The register is not empty: an export is loaded only into an empty register.',
          });
        registerProblem(c, error);
      }
    });

    app.openapi(routes.read, async (c) => {
      const { id } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const stored = await call(c, () => registerOf(c).get(id, version));
      if (!stored) notFound(c, id, version);
      return c.json(record(c, stored), 200, { ETag: stored.etag });
    });

    app.openapi(
      routes.save,
      async (c) => {
        requireWrite(c);
        const register = registerOf(c);
        const { id } = c.req.valid('param');
        const ifMatch = c.req.header('if-match')?.trim();
        if (!ifMatch || ifMatch === '*')
          throw new ApiProblem(428, 'precondition-required', {
            detail: sv(c)
              ? 'Skicka If-Match med ETag för versionen du ändrade, så att ingen annans ändring skrivs över.'
              : "Send If-Match with the ETag of the version you changed, so that no one else's change is overwritten.",
            errors: [{ field: 'if-match', reason: 'missing', in: 'header' }],
          });
        const { input, asOf } = await caseInput(c, c.req.valid('json'));
        const version = await prepareVersion(input, asOf);
        const stored = await call(c, () =>
          register.save(id, ifMatch, version, writeMeta(c, { reason: 'save' })),
        );
        return c.json(record(c, stored), 200, { ETag: stored.etag });
      },
      caseErrorsHook(saveBody, 'case.'),
    );

    app.openapi(routes.remove, async (c) => {
      requireWrite(c);
      const { id } = c.req.valid('param');
      const ifMatch = c.req.header('if-match')?.trim();
      await call(c, () =>
        registerOf(c).delete(id, ifMatch && ifMatch !== '*' ? ifMatch : undefined, writeMeta(c)),
      );
      return c.body(null, 204) as never;
    });

    app.openapi(routes.history, async (c) => {
      const { id } = c.req.valid('param');
      const history = await call(c, () => registerOf(c).history(id));
      if (!history) notFound(c, id);
      return c.json(
        {
          id,
          versions: history.versions.map((v) => ({
            version: v.version,
            etag: v.etag,
            savedAt: v.savedAt,
            savedBy: v.savedBy,
            asOf: v.asOf,
            dataVersion: v.dataVersion,
            sha256: v.sha256,
            reason: v.reason,
            ...(v.scenario ? { scenario: v.scenario } : {}),
          })),
          audit: history.audit,
        },
        200,
      );
    });

    app.openapi(routes.fileDocument, async (c) => {
      requireWrite(c);
      const register = registerOf(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const bytes = Uint8Array.from(atob(body.contentBase64), (ch) => ch.charCodeAt(0));
      if (bytes.length > MAX_DOCUMENT_BYTES)
        throw new ApiProblem(413, 'payload-too-large', {
          detail: `A filed document may be at most ${MAX_DOCUMENT_BYTES} bytes (this one: ${bytes.length}).`,
          errors: [{ field: 'contentBase64', reason: `larger than ${MAX_DOCUMENT_BYTES} bytes`, in: 'body' }],
        });
      const latest = await call(c, () => register.get(id, body.version));
      if (!latest) notFound(c, id, body.version);
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const filed = await call(c, () =>
        register.fileDocument(
          {
            id: crypto.randomUUID(),
            caseId: id,
            version: latest.version,
            kind: body.kind,
            lang: body.lang,
            filename: body.filename,
            contentType:
              body.contentType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            size: bytes.length,
            sha256,
            content: body.contentBase64,
          },
          writeMeta(c),
        ),
      );
      return c.json(filed, 201, { Location: `/v1/cases/${id}/documents/${filed.id}` });
    });

    app.openapi(routes.documents, async (c) => {
      const { id } = c.req.valid('param');
      const items = await call(c, () => registerOf(c).documents(id));
      return c.json({ items }, 200);
    });

    app.openapi(routes.document, async (c) => {
      const { id, docId } = c.req.valid('param');
      const doc = await call(c, () => registerOf(c).document(id, docId));
      if (!doc) notFound(c, `${id}/documents/${docId}`);
      const bytes = Uint8Array.from(atob(doc.content), (ch) => ch.charCodeAt(0));
      return c.body(bytes, 200, {
        'Content-Type': doc.contentType,
        'Content-Disposition': `attachment; filename="${doc.filename.replace(/[^\w.-]/g, '_')}"`,
      }) as never;
    });
  };
}
