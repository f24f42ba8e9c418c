import { createRoute, z } from '@hono/zod-openapi';
import { assessmentCase } from '../../domain/case.js';
import { today } from '../../domain/dates.js';
import { leanAssessment } from '../../domain/lean.js';
import { assessment, assessmentSummary } from '../../domain/verdict.js';
import { assessGrouped } from '../../engine/assess.js';
import { renderAssessmentBytes, renderLeanAssessmentBytes } from '../../engine/render.js';
import type { RouteModule } from '../app.js';
import { assertCaseHolds, caseErrorsHook } from '../case-check.js';
import { exampleCase } from '../examples.js';
import { pickLang } from '../lang.js';
import { langQuery, problemContent, shapeQuery } from '../schemas.js';

const detailQuery = z.enum(['full', 'summary']).optional().openapi({
  description:
    '`full` (default): every verdict with its trail and transfer impact assessment. `summary`: the verdicts without trails, each transfer impact assessment in brief.',
  example: 'summary',
});

const assess = createRoute({
  method: 'post',
  path: '/v1/assessments',
  tags: ['Assessments'],
  summary:
    'Flow by flow: is it a transfer under Chapter V, on what footing, which SCC module and options, and why',
  description:
    'Runs the transfer, mechanism and SCC-module questionnaires over every flow, answering each question from the facts of the case and the legal data as of `asOf` (default today). The trail of each flow is the same a person gets from the wizard with the same answers. A missing fact that decides the outcome stops the flow at that question (`openQuestions`); one that only adds a caveat takes a stated default, listed once for the whole case in `assumptions` with the field that settles it for each flow. The law profiles the transfer impact assessments rest on are given once, in `lawProfiles`. With `detail=summary` each verdict comes without its trail and with its transfer impact assessment in brief (`AssessmentSummary`), for large batches.',
  request: {
    query: z.object({ lang: langQuery, detail: detailQuery, shape: shapeQuery }),
    body: {
      required: true,
      content: {
        'application/json': { schema: assessmentCase.openapi('AssessmentCase'), example: exampleCase },
      },
    },
  },
  responses: {
    200: {
      description: 'One verdict per flow, in input order',
      content: {
        'application/json': {
          schema: z.union([
            assessment.openapi('Assessment'),
            assessmentSummary.openapi('AssessmentSummary'),
            leanAssessment.openapi('LeanAssessment'),
          ]),
        },
      },
    },
    400: { description: 'The case is not valid; `errors` names each field', content: problemContent },
    415: { description: 'The body is not JSON', content: problemContent },
  },
});

export const assessmentRoutes: RouteModule = (app) => {
  app.openapi(
    assess,
    (c) => {
      const lang = pickLang(c);
      const { detail = 'full', shape = 'full' } = c.req.valid('query');
      const input = c.req.valid('json');
      const asOf = input.asOf ?? today();
      assertCaseHolds(input, asOf, lang);
      // Like flows are assessed and rendered once, straight to the UTF-8 of the JSON answer (see
      // renderAssessmentBytes); the typed-response check cannot look into bytes.
      const limits = c.get('limits');
      limits.claim(input.flows.length, 1);
      const grouped = assessGrouped(input, asOf, limits.checkpoint);
      const body =
        shape === 'lean'
          ? renderLeanAssessmentBytes(grouped, lang, detail)
          : renderAssessmentBytes(grouped, lang, detail);
      limits.answer(body.length);
      return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json' }) as never;
    },
    caseErrorsHook(assessmentCase),
  );
};
