import { createRoute, z } from '@hono/zod-openapi';
import {
  adequacyDecisionsInForce,
  authorityFor,
  countryName,
  interimArrangementsAt,
  isKnownCode,
  knownCodes,
  territoryStatusAt,
} from '../../data/index.js';
import { today } from '../../domain/dates.js';
import type { RouteModule } from '../app.js';
import { pickLang } from '../lang.js';
import { presentAuthority, presentDecision } from '../present.js';
import { ApiProblem, echo } from '../problem.js';
import { asOfQuery, langQuery, problemContent, sourceSchema } from '../schemas.js';

const decisionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    celex: z.string(),
    adopted: z.string(),
    inForceFrom: z.string(),
    inForceUntil: z.string().optional(),
    scope: z.object({
      kind: z.enum(['general', 'partial']),
      summary: z.string(),
      importerTypes: z.array(z.string()).optional(),
      requiresDpf: z.boolean().optional(),
      conditions: z.array(z.object({ id: z.string(), text: z.string(), cites: z.array(z.string()) })),
      exclusions: z.array(z.object({ id: z.string(), text: z.string(), cites: z.array(z.string()) })),
    }),
    confidence: z.enum(['confirmed', 'unconfirmed']),
    confidenceNote: z.string().optional(),
    sources: z.array(sourceSchema),
    checked: z.string(),
  })
  .passthrough()
  .openapi('AdequacyDecision');

const countrySchema = z
  .object({
    code: z.string(),
    asOf: z.string(),
    name: z.string(),
    names: z.object({ sv: z.string(), en: z.string() }),
    status: z.enum(['eu', 'eea', 'third-country']),
    kind: z.enum(['state', 'territory']),
    sovereign: z.string().optional(),
    category: z.string().optional(),
    note: z.string().optional(),
    uncertain: z.boolean(),
    adequacy: z.array(decisionSchema),
    interimArrangements: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          effect: z.literal('not-a-transfer'),
          from: z.string(),
          until: z.string(),
          summary: z.string(),
          conditions: z.array(z.object({ id: z.string(), text: z.string(), cites: z.array(z.string()) })),
          cites: z.array(z.string()),
          confidence: z.enum(['confirmed', 'unconfirmed']),
          confidenceNote: z.string().optional(),
          sources: z.array(sourceSchema),
          checked: z.string(),
        }),
      )
      .optional()
      .describe(
        'Agreements in force on the date under which transmission to this third country from the exporters they name is not a transfer to a third country (EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A). The place remains a third country.',
      ),
    supervisoryAuthority: z
      .object({ id: z.string(), name: z.string(), nativeName: z.string(), url: z.string() })
      .passthrough()
      .optional(),
  })
  .passthrough()
  .openapi('Country');

const codeParam = z
  .string()
  .min(1)
  .max(10)
  .openapi({
    param: { name: 'code', in: 'path' },
    example: 'SE',
    description: 'ISO 3166-1 alpha-2 or territory code',
  });

const oneCountry = createRoute({
  method: 'get',
  path: '/v1/countries/{code}',
  tags: ['Countries'],
  summary: 'A country or territory: Chapter V status, adequacy in force, supervisory authority',
  request: { params: z.object({ code: codeParam }), query: z.object({ asOf: asOfQuery, lang: langQuery }) },
  responses: {
    200: {
      description: 'The country as of the date',
      content: { 'application/json': { schema: countrySchema } },
    },
    400: { description: 'Malformed query', content: problemContent },
    404: { description: 'Unknown code', content: problemContent },
  },
});

const allCountries = createRoute({
  method: 'get',
  path: '/v1/countries',
  tags: ['Countries'],
  summary: 'Every country and territory with its status and the adequacy decisions in force',
  request: { query: z.object({ asOf: asOfQuery, lang: langQuery }) },
  responses: {
    200: {
      description: 'All codes',
      content: {
        'application/json': {
          schema: z.object({
            asOf: z.string(),
            countries: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                status: z.enum(['eu', 'eea', 'third-country']),
                kind: z.enum(['state', 'territory']),
                adequacy: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    400: { description: 'Malformed query', content: problemContent },
  },
});

/** Codes people commonly type that are not ISO 3166-1. */
const commonMistakes: Record<string, string> = { UK: 'GB', EL: 'GR', KO: 'KR', EN: 'GB' };

export function describeCountry(code: string, asOf: string, lang: 'sv' | 'en') {
  const { status, record } = territoryStatusAt(code, asOf);
  const names = { sv: countryName(code, 'sv') ?? code, en: countryName(code, 'en') ?? code };
  const authority = status === 'third-country' ? undefined : authorityFor(code);
  const uncertain = record?.confidence === 'unconfirmed';
  const interim = interimArrangementsAt(code, asOf).map((a) => ({
    id: a.id,
    title: a.title[lang],
    effect: a.effect,
    from: a.from,
    until: a.until,
    summary: a.summary[lang],
    conditions: a.conditions.map((c) => ({ id: c.id, text: c.text[lang], cites: c.cites })),
    cites: a.cites,
    confidence: a.confidence,
    ...(a.confidenceNote ? { confidenceNote: a.confidenceNote[lang] } : {}),
    sources: a.sources,
    checked: a.checked,
  }));
  return {
    code,
    asOf,
    name: names[lang],
    names,
    status,
    kind: record?.kind ?? ('state' as const),
    ...(record?.sovereign ? { sovereign: record.sovereign } : {}),
    ...(record ? { category: record.category } : {}),
    ...(record?.note ? { note: record.note[lang] } : {}),
    uncertain,
    ...(uncertain && record?.confidenceNote ? { uncertainty: record.confidenceNote[lang] } : {}),
    ...(record ? { sources: record.sources, checked: record.checked } : {}),
    adequacy:
      status === 'third-country'
        ? adequacyDecisionsInForce(asOf, { code }).map((d) => presentDecision(d, lang))
        : [],
    ...(authority ? { supervisoryAuthority: presentAuthority(authority, lang) } : {}),
    ...(interim.length > 0 ? { interimArrangements: interim } : {}),
  };
}

export const countryRoutes: RouteModule = (app) => {
  app.openapi(allCountries, (c) => {
    const lang = pickLang(c);
    const asOf = c.req.valid('query').asOf ?? today();
    const countries = knownCodes().map((code) => {
      const { status, record } = territoryStatusAt(code, asOf);
      return {
        code,
        name: countryName(code, lang) ?? code,
        status,
        kind: record?.kind ?? ('state' as const),
        adequacy: status === 'third-country' ? adequacyDecisionsInForce(asOf, { code }).map((d) => d.id) : [],
      };
    });
    return c.json({ asOf, countries }, 200);
  });

  app.openapi(oneCountry, (c) => {
    const lang = pickLang(c);
    const code = c.req.valid('param').code.toUpperCase();
    const asOf = c.req.valid('query').asOf ?? today();
    if (!isKnownCode(code)) {
      const suggestion = commonMistakes[code];
      throw new ApiProblem(404, 'unknown-country', {
        detail:
          lang === 'sv'
            ? `"${echo(code)}" är ingen känd kod. Använd en ISO 3166-1 alpha-2-kod, t.ex. SE${suggestion ? `; menade du ${suggestion}?` : '.'}`
            : `"${echo(code)}" is not a known code. Use an ISO 3166-1 alpha-2 code such as SE${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
        errors: [{ field: 'code', reason: 'unknown country or territory code', in: 'path' }],
        ...(suggestion ? { hint: suggestion } : {}),
      });
    }
    return c.json(describeCountry(code, asOf, lang), 200);
  });
};
