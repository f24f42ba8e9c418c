import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { openApiDocument, openApiPaths } from '../../src/api/openapi-document.js';

// Issue 14 inside workerd, where zod keeps only its English and Swedish messages (src/zod-locales.ts):
// a case's errors all at once in Swedish, and the OpenAPI documents (static assets) with the descriptions
// taken from the questions.
const worker = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`http://worker${path}`, init));

describe('issue 14 in workerd', () => {
  it('an unknown party id comes with the schema errors, in Swedish', async () => {
    const res = await worker('/v1/assessments?lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        parties: [{ id: 'a', name: 'A', country: 'Sverige', type: 'public-authority' }],
        flows: [{ id: 'f', from: 'a', to: 'x', fromRole: 'controller', toRole: 'processor', hrData: 'ja' }],
      }),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string; reason: string }[] };
    expect(problem.errors).toEqual([
      {
        field: 'parties[0].country',
        reason: 'förväntade en kod enligt ISO 3166-1 alfa-2, t.ex. SE, eller en territoriekod som PT-20',
        in: 'body',
      },
      { field: 'flows[0].hrData', reason: expect.stringMatching(/^Ogiltig inmatning/), in: 'body' },
      { field: 'flows[0].to', reason: 'ingen part har id "x"', in: 'body' },
    ]);
  });

  it('zod reasons in Swedish on a route without a case (POST /v1/tia)', async () => {
    const res = await worker('/v1/tia?lang=sv', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ destination: 'IN', transferTool: 'sccs', sccModule: 2, asOf: '2026-11-01' }),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string; reason: string }[] };
    expect(problem.errors[0]).toMatchObject({
      field: 'transferTool',
      reason: expect.stringMatching(/^Ogiltigt val/),
    });
  });

  it('/openapi.json and /openapi.sv.json are static assets, equal to what the generator gives in workerd', async () => {
    type Node = { properties?: Record<string, Node>; items?: Node; description?: string };
    for (const lang of ['en', 'sv'] as const) {
      const res = await (env.ASSETS as { fetch: typeof fetch }).fetch(
        new Request(`http://worker${openApiPaths[lang]}`),
      );
      expect(res.status, `${openApiPaths[lang]}: run npm run build`).toBe(200);
      const doc = (await res.json()) as { components: { schemas: Record<string, Node> } };
      expect(doc).toEqual(openApiDocument(lang));
      const flow = doc.components.schemas.AssessmentCase?.properties?.flows?.items;
      expect(flow?.properties?.tia?.properties?.circumstances?.properties?.format?.description).toBe(
        lang === 'sv'
          ? 'I vilken form når uppgifterna mottagarlandet?'
          : 'In what form do the data reach the destination?',
      );
    }
    // The Worker script itself no longer builds the document: the asset router serves the file first.
    expect((await worker('/openapi.json')).status).toBe(404);
  });
});
