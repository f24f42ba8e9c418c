import { createRoute, z } from '@hono/zod-openapi';
import { isKnownCode, sccDecision2021, territoryStatusAt } from '../../data/index.js';
import { countryCode } from '../../domain/case.js';
import { legalDate, today } from '../../domain/dates.js';
import {
  assessTia,
  lawProfileById,
  profileIdFor,
  renderTia,
  tiaAnswers,
  transferTool,
} from '../../tia/index.js';
import type { RouteModule } from '../app.js';
import { exampleTiaRequest } from '../examples.js';
import { pickLang } from '../lang.js';
import { langQuery, problemContent } from '../schemas.js';

/**
 * POST /v1/tia: a Clause 14 transfer impact assessment on its own. The body carries the facts a case
 * would give (destination, tool, module) beside the assessor's answers; the answer is the TIA result,
 * `open` with the questions still unanswered when answers are missing. Texts come in both languages:
 * the result is the documentation Clause 14(d) asks for.
 */

const tiaRequest = tiaAnswers
  .extend({
    destination: countryCode,
    transferTool: transferTool.optional(),
    sccModule: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    combinesWithEuData: z.boolean().optional(),
    asOf: legalDate.optional(),
  })
  .superRefine((body, ctx) => {
    // Nothing the user sent may be silently ignored: answers that cannot apply are errors.
    if (body.sccModule !== undefined && body.transferTool !== 'scc') {
      ctx.addIssue({
        code: 'custom',
        path: ['sccModule'],
        message: 'applies only when transferTool is "scc"',
      });
    }
    if (body.combinesWithEuData !== undefined && body.sccModule !== 4) {
      ctx.addIssue({ code: 'custom', path: ['combinesWithEuData'], message: 'applies only to SCC module 4' });
    }
    if (!isKnownCode(body.destination)) {
      ctx.addIssue({ code: 'custom', path: ['destination'], message: 'unknown country or territory code' });
      return;
    }
    // The checks on asOf itself may have failed already; refinements still run, so look before using it.
    const asOf = body.asOf ?? today();
    if (!legalDate.safeParse(asOf).success) return;
    // Clause 14 is part of the SCCs of Decision (EU) 2021/914 (dates in data/instruments.json).
    const scc2021 = sccDecision2021().from;
    if (body.transferTool === 'scc' && asOf < scc2021) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: `Clause 14 belongs to the standard contractual clauses of Decision (EU) 2021/914, which apply from ${scc2021} (Art. 4); there is no Clause 14 assessment for an earlier date`,
      });
    }
    const status = territoryStatusAt(body.destination, asOf).status;
    if (status !== 'third-country') {
      ctx.addIssue({
        code: 'custom',
        path: ['destination'],
        message: `is in the ${status === 'eu' ? 'EU' : 'EEA'} on ${asOf}: a transfer impact assessment concerns third countries`,
      });
    }
    const profile = lawProfileById(profileIdFor(body.destination));
    if (body.laws?.relyOnCommissionFinding !== undefined && !profile.commissionFinding) {
      ctx.addIssue({
        code: 'custom',
        path: ['laws', 'relyOnCommissionFinding'],
        message: `the ${profile.meta.id} profile records no Commission finding to rely on`,
      });
    }
    if (body.laws?.importerIsEcsp !== undefined && !profile.serviceProviderReach) {
      ctx.addIssue({
        code: 'custom',
        path: ['laws', 'importerIsEcsp'],
        message: `the ${profile.meta.id} profile has no law that turns on the importer being an electronic communication service provider`,
      });
    }
  })
  .openapi('TiaRequest');

/** Texts come in the language of `?lang=` or Accept-Language, as on every other route. */
const localizedSchema = z.string();

const tiaResultSchema = z
  .object({
    status: z.enum(['complete', 'open', 'not-needed']),
    assessedOn: z.string(),
    destination: z.object({ code: z.string(), profile: z.string() }),
    assessor: z.object({ role: z.string(), text: localizedSchema }).passthrough(),
    circumstances: z.object({}).passthrough(),
    conclusion: z
      .object({
        outcome: z.enum(['proceed', 'proceed-with-measures', 'do-not-transfer']),
        state: z.string(),
        text: localizedSchema,
        cites: z.array(z.string()),
      })
      .optional(),
    reevaluateBy: z.string().optional(),
    openQuestions: z
      .array(z.object({ id: z.string(), field: z.string(), step: z.number() }).passthrough())
      .optional(),
    legalReview: z.array(localizedSchema),
    trail: z.array(z.object({ id: z.string(), value: z.string() }).passthrough()),
  })
  .passthrough()
  .openapi('TiaResult');

const tiaRoute = createRoute({
  method: 'post',
  path: '/v1/tia',
  tags: ['Transfer impact assessment'],
  summary: 'Clause 14 transfer impact assessment (EDPB Recommendations 01/2020) for one transfer',
  request: {
    query: z.object({ lang: langQuery }),
    body: {
      required: true,
      content: { 'application/json': { schema: tiaRequest, example: exampleTiaRequest } },
    },
  },
  responses: {
    200: {
      description: 'The assessment: complete, open with the questions left, or not needed and why',
      content: { 'application/json': { schema: tiaResultSchema } },
    },
    400: { description: 'Invalid body; every offending field is named', content: problemContent },
  },
});

export const tiaRoutes: RouteModule = (app) => {
  app.openapi(tiaRoute, (c) => {
    const {
      destination,
      transferTool: tool,
      sccModule,
      combinesWithEuData,
      asOf,
      ...answers
    } = c.req.valid('json');
    const result = assessTia(answers, {
      destination,
      asOf: asOf ?? today(),
      ...(tool ? { transferTool: tool } : {}),
      ...(sccModule ? { sccModule } : {}),
      ...(combinesWithEuData !== undefined ? { combinesWithEuData } : {}),
    });
    return c.json(renderTia(result, pickLang(c)), 200);
  });
};
