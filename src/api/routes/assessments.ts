import { createRoute, z } from '@hono/zod-openapi';
import { assessmentCase } from '../../domain/case.js';
import { leanAssessment } from '../../domain/lean.js';
import { assessment, assessmentSummary } from '../../domain/verdict.js';
import type { RouteModule } from '../app.js';
import { caseErrorsHook } from '../case-check.js';
import { exampleCase } from '../examples.js';
import { answerResponse } from '../heavy-answer.js';
import { workInProcess } from '../heavy-work.js';
import { pickLang } from '../lang.js';
import { langQuery, problemContent, shapeQuery } from '../schemas.js';

const detailQuery = z.enum(['full', 'summary']).optional().openapi({
  description:
    '`full` (default): every verdict with its trail and transfer impact assessment. `summary`: the verdicts without trails, each transfer impact assessment in brief.',
  example: 'summary',
});

/** The route's query, also checked by the offload of raw bodies on Node (src/api/heavy-offload.ts). */
export const assessQuery = z.object({ lang: langQuery, detail: detailQuery, shape: shapeQuery });

const assess = createRoute({
  method: 'post',
  path: '/v1/assessments',
  tags: ['Assessments'],
  summary:
    'Flow by flow: is it a transfer under Chapter V, on what footing, which SCC module and options, and why',
  description:
    'Runs the transfer, mechanism and SCC-module questionnaires over every flow, answering each question from the facts of the case and the legal data as of `asOf` (default today). The trail of each flow is the same a person gets from the wizard with the same answers. A missing fact that decides the outcome stops the flow at that question (`openQuestions`); one that only adds a caveat takes a stated default, listed once for the whole case in `assumptions` with the field that settles it for each flow. The law profiles the transfer impact assessments rest on are given once, in `lawProfiles`. With `detail=summary` each verdict comes without its trail and with its transfer impact assessment in brief (`AssessmentSummary`), for large batches.',
  request: {
    query: assessQuery,
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
    async (c) => {
      const lang = pickLang(c);
      const { detail = 'full', shape = 'full' } = c.req.valid('query');
      const input = c.req.valid('json');
      // The work runs where the app was told to run it (a worker thread on Node), with this request's
      // limits; the typed-response check cannot look into the bytes it answers.
      const work = c.get('work') ?? workInProcess;
      const answer = await work({
        kind: 'assessment',
        input,
        lang,
        detail,
        shape,
        terms: c.get('limits').terms,
      });
      return answerResponse(c, answer) as never;
    },
    caseErrorsHook(assessmentCase),
  );
};
