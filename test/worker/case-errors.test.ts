import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

// Issue 14 inside workerd, where zod keeps only its English and Swedish messages (src/zod-locales.ts):
// a case's errors all at once in Swedish, and the OpenAPI document's descriptions taken from the questions.
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

  it('/openapi.json describes a TIA answer by its Clause 14 question', async () => {
    type Node = { properties?: Record<string, Node>; items?: Node; description?: string };
    const doc = (await (await worker('/openapi.json')).json()) as {
      components: { schemas: Record<string, Node> };
    };
    const flow = doc.components.schemas.AssessmentCase?.properties?.flows?.items;
    expect(flow?.properties?.tia?.properties?.circumstances?.properties?.format?.description).toBe(
      'In what form do the data reach the destination?',
    );
  });
});
