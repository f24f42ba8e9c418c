import { createRoute, z } from '@hono/zod-openapi';
import { adequacyDecisionsInForce } from '../../data/index.js';
import { today } from '../../domain/dates.js';
import type { RouteModule } from '../app.js';
import { pickLang } from '../lang.js';
import { presentDecision } from '../present.js';
import { asOfQuery, langQuery, problemContent } from '../schemas.js';

const inForce = createRoute({
  method: 'get',
  path: '/v1/adequacy',
  tags: ['Countries'],
  summary: 'The Art. 45 adequacy decisions in force at a date, with scope and conditions',
  request: { query: z.object({ asOf: asOfQuery, lang: langQuery }) },
  responses: {
    200: {
      description: 'Decisions in force',
      content: {
        'application/json': {
          schema: z.object({
            asOf: z.string(),
            decisions: z.array(z.object({ id: z.string() }).passthrough()),
          }),
        },
      },
    },
    400: { description: 'Malformed query', content: problemContent },
  },
});

export const adequacyRoutes: RouteModule = (app) => {
  app.openapi(inForce, (c) => {
    const lang = pickLang(c);
    const asOf = c.req.valid('query').asOf ?? today();
    return c.json(
      { asOf, decisions: adequacyDecisionsInForce(asOf).map((d) => presentDecision(d, lang)) },
      200,
    );
  });
};
