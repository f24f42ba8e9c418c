import { createRoute, z } from '@hono/zod-openapi';
import { assessmentCase } from '../../domain/case.js';
import { today } from '../../domain/dates.js';
import { assessCase } from '../../engine/assess.js';
import { renderAssessment } from '../../engine/render.js';
import { caseMapInput } from '../../map/case-map.js';
import { transferMapSvg } from '../../map/transfer-map.js';
import type { RouteModule } from '../app.js';
import { assertCaseHolds, caseErrorsHook } from '../case-check.js';
import { exampleCase } from '../examples.js';
import { pickLang } from '../lang.js';
import { langQuery, problemContent } from '../schemas.js';

const mapRoute = createRoute({
  method: 'post',
  path: '/v1/map',
  tags: ['Assessments'],
  summary: 'The transfer map of a case as SVG',
  description:
    'Assesses the case as `POST /v1/assessments` does and draws it: EU/EEA on the left, third countries and international organisations on the right, parties grouped by country, each flow an arrow whose colour, line pattern and written label give its footing (adequacy, SCC with module, derogation, onward transfer, none, unresolved, not a transfer), so the picture also reads in black and white. The SVG has a title and a description that say in words what it shows.',
  request: {
    query: z.object({ lang: langQuery }),
    body: {
      required: true,
      content: {
        'application/json': { schema: assessmentCase.openapi('AssessmentCase'), example: exampleCase },
      },
    },
  },
  responses: {
    200: {
      description: 'The map',
      content: { 'image/svg+xml': { schema: z.string() } },
    },
    400: { description: 'The case is not valid; `errors` names each field', content: problemContent },
    415: { description: 'The body is not JSON', content: problemContent },
  },
});

export const mapRoutes: RouteModule = (app) => {
  app.openapi(
    mapRoute,
    (c) => {
      const lang = pickLang(c);
      const input = c.req.valid('json');
      const asOf = input.asOf ?? today();
      assertCaseHolds(input, asOf, lang);
      const answer = renderAssessment(assessCase(input, asOf), lang, 'summary');
      const svg = transferMapSvg(caseMapInput(input, answer.flows, lang, asOf));
      return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' }) as never;
    },
    caseErrorsHook(assessmentCase),
  );
};
