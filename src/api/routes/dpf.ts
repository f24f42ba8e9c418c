import { createRoute, z } from '@hono/zod-openapi';
import type { Localized } from '../../data/schema.js';
import { dpfListMeta, getDpfEntry, searchDpf } from '../../dpf/list.js';
import { type DpfEntry, officialListUrl } from '../../dpf/schema.js';
import type { RouteModule } from '../app.js';
import { type Lang, pickLang } from '../lang.js';
import { ApiProblem, echo } from '../problem.js';
import { langQuery, problemContent, sourceSchema } from '../schemas.js';

const frameworkStatus = z.enum(['active', 'inactive', 'none']);

const entrySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    otherNames: z.array(z.string()),
    frameworks: z.object({ euUs: frameworkStatus, ukExtension: frameworkStatus, swissUs: frameworkStatus }),
    hrData: z.boolean(),
    nonHrData: z.boolean(),
    originalCertification: z.string().optional(),
    nextCertificationDue: z.string().optional(),
    enforcementBody: z.string().optional(),
    url: z.string().optional(),
    listDate: z.string().openapi({ description: 'The date the list was read off the official site' }),
    sample: z
      .boolean()
      .openapi({ description: 'true: an invented organisation from the shipped sample list' }),
  })
  .openapi('DpfEntry');

const listSchema = z
  .object({
    listDate: z.string(),
    sample: z.boolean(),
    importedAt: z.string(),
    source: sourceSchema,
    entries: z.number().int(),
  })
  .openapi('DpfList');

const hitSchema = entrySchema
  .extend({
    score: z.number().openapi({ description: '0..1; 1 is the same name with the same legal form' }),
    matchedName: z.string(),
    viaOtherName: z.boolean(),
  })
  .openapi('DpfHit');

const noticeField = z.string().optional().openapi({ description: 'Present while the sample list is loaded' });

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/dpf',
  tags: ['Data Privacy Framework'],
  summary: 'Search the Data Privacy Framework participant list by name or other name',
  description:
    'Ranked matches ignoring case, accents, punctuation and legal forms (Inc., LLC, Corp., Ltd, L.P., GmbH …). ' +
    'The answer comes from the imported copy of the list dated `list.listDate`; the official list is at `searchUrl`.',
  request: {
    query: z.object({
      q: z
        .string({
          error: (issue) => (issue.input === undefined ? 'required: the name to search for' : undefined),
        })
        .min(1)
        .max(200)
        .openapi({ description: 'Organisation name or part of it', example: 'acme corp' }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(50)
        .optional()
        .openapi({ description: 'Most matches to return (1-50, default 10)', example: 10 }),
      lang: langQuery,
    }),
  },
  responses: {
    200: {
      description: 'Matches, best first',
      content: {
        'application/json': {
          schema: z.object({
            query: z.string(),
            list: listSchema,
            notice: noticeField,
            searchUrl: z.string(),
            results: z.array(hitSchema),
          }),
        },
      },
    },
    400: { description: 'Missing or malformed q or limit', content: problemContent },
  },
});

const entryRoute = createRoute({
  method: 'get',
  path: '/v1/dpf/{id}',
  tags: ['Data Privacy Framework'],
  summary: 'One entry of the Data Privacy Framework participant list',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'acme-corporation' }),
    }),
    query: z.object({ lang: langQuery }),
  },
  responses: {
    200: {
      description: 'The entry',
      content: {
        'application/json': {
          schema: entrySchema.extend({ notice: noticeField, searchUrl: z.string() }),
        },
      },
    },
    400: { description: 'Malformed query', content: problemContent },
    404: { description: 'No entry with this id', content: problemContent },
  },
});

const sampleNotice: Localized = {
  en: 'SAMPLE list of invented organisations: it says nothing about any real organisation. Check the official list.',
  sv: 'EXEMPELFÖRTECKNING med påhittade organisationer: den säger ingenting om någon verklig organisation. Kontrollera den officiella förteckningen.',
};

function present(entry: DpfEntry) {
  const meta = dpfListMeta();
  return { ...entry, listDate: meta.listDate, sample: meta.sample };
}

function notice(lang: Lang) {
  return dpfListMeta().sample ? { notice: sampleNotice[lang] } : {};
}

export const dpfRoutes: RouteModule = (app) => {
  app.openapi(searchRoute, (c) => {
    const lang = pickLang(c);
    const { q, limit } = c.req.valid('query');
    const meta = dpfListMeta();
    const results = searchDpf(q, limit ?? 10).map((hit) => ({
      ...present(hit.entry),
      score: Math.round(hit.score * 1000) / 1000,
      matchedName: hit.matchedName,
      viaOtherName: hit.viaOtherName,
    }));
    return c.json(
      {
        query: q,
        list: {
          listDate: meta.listDate,
          sample: meta.sample,
          importedAt: meta.importedAt,
          source: meta.source,
          entries: meta.counts.accepted,
        },
        ...notice(lang),
        searchUrl: officialListUrl,
        results,
      },
      200,
    );
  });

  app.openapi(entryRoute, (c) => {
    const lang = pickLang(c);
    const { id } = c.req.valid('param');
    const entry = getDpfEntry(id);
    if (!entry) {
      throw new ApiProblem(404, 'not-found', {
        detail:
          lang === 'sv'
            ? `Deltagarförteckningen har ingen post med id "${echo(id)}". Sök med GET /v1/dpf?q=.`
            : `The participant list has no entry with id "${echo(id)}". Search with GET /v1/dpf?q=.`,
        errors: [{ field: 'id', reason: 'no entry with this id', in: 'path' }],
      });
    }
    return c.json({ ...present(entry), ...notice(lang), searchUrl: officialListUrl }, 200);
  });
};
