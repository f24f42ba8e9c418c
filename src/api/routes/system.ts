import { createRoute, z } from '@hono/zod-openapi';
import { datasetsMeta } from '../../data/index.js';
import type { Source } from '../../data/schema.js';
import { dataVersion } from '../../data/version.js';
import { dpfListMeta } from '../../dpf/list.js';
import type { RouteModule } from '../app.js';
import { apiReferencePage } from '../docs-page.js';
import { pickLang } from '../lang.js';
import { langQuery, sourceSchema } from '../schemas.js';

const metaRoute = createRoute({
  method: 'get',
  path: '/v1/meta',
  tags: ['System'],
  summary: 'Product version and the date and source of each dataset',
  request: { query: z.object({ lang: langQuery }) },
  responses: {
    200: {
      description: 'Versions and datasets',
      content: {
        'application/json': {
          schema: z
            .object({
              product: z.literal('tredjeland'),
              version: z.string(),
              dataVersion: z.string(),
              datasets: z.array(
                z.object({
                  id: z.string(),
                  title: z.string(),
                  asOf: z.string(),
                  records: z.number().int(),
                  sources: z.array(sourceSchema),
                  note: z.string().optional(),
                  sample: z.boolean().optional(),
                }),
              ),
            })
            .openapi('Meta'),
        },
      },
    },
  },
});

export const systemRoutes: RouteModule = (app, options) => {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.openapi(metaRoute, (c) => {
    const lang = pickLang(c);
    const datasets: {
      id: string;
      title: string;
      asOf: string;
      records: number;
      sources: Source[];
      note?: string;
      sample?: boolean;
    }[] = datasetsMeta().map((d) => ({
      id: d.id,
      title: d.title[lang],
      asOf: d.asOf,
      records: d.records,
      sources: d.sources,
      ...(d.note ? { note: d.note[lang] } : {}),
    }));
    const dpf = dpfListMeta();
    datasets.push({
      id: dpf.id,
      title: dpf.title[lang],
      asOf: dpf.listDate,
      records: dpf.counts.accepted,
      sources: [dpf.source],
      ...(dpf.note ? { note: dpf.note[lang] } : {}),
      sample: dpf.sample,
    });
    return c.json(
      { product: 'tredjeland' as const, version: options.version, dataVersion: dataVersion(), datasets },
      200,
    );
  });

  // /openapi.json and /openapi.sv.json are static files made at build time (src/api/openapi-document.ts).
  app.get('/docs', (c) => {
    const lang = c.req.query('lang') === 'sv' ? 'sv' : 'en';
    return c.html(apiReferencePage(lang === 'sv' ? '/openapi.sv.json' : '/openapi.json', lang));
  });
};
