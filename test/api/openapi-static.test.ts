import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { openApiDocument, openApiPaths, untranslated } from '../../src/api/openapi-document.js';

/**
 * Issue 14: the OpenAPI document in English and Swedish is made at build time by the one generator and
 * served as a static file (web/openapi.json, web/openapi.sv.json). These tests keep the files from going
 * stale: each must equal what the generator gives from the schemas now.
 */

const file = (lang: 'en' | 'sv') => {
  const path = join(import.meta.dirname, '..', '..', 'web', openApiPaths[lang].slice(1));
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
};

type Node = { properties?: Record<string, Node>; items?: Node; description?: string };
const flowOf = (doc: Record<string, unknown>) =>
  (doc as { components: { schemas: Record<string, Node> } }).components.schemas.AssessmentCase!.properties!
    .flows!.items!;

describe('the OpenAPI documents served as files', () => {
  it('web/openapi.json is what the generator gives (run npm run build when it is not)', () => {
    expect(file('en')).toEqual(openApiDocument('en'));
  });

  it('web/openapi.sv.json is what the generator gives, in Swedish', () => {
    expect(file('sv')).toEqual(openApiDocument('sv'));
  });

  it('the Swedish document: operations and fields described in Swedish, the data the same', () => {
    const en = openApiDocument('en');
    const sv = openApiDocument('sv') as typeof en & { info: { title: string } };
    expect(sv.info.title).toBe('Tredjelands API');
    // A field a question fills is described by the question, in the document's language.
    expect(flowOf(sv).properties!.publicPowers!.description).toBe(
      'Gör avsändaren överföringen när den utövar sina offentliga befogenheter?',
    );
    expect(flowOf(en).properties!.publicPowers!.description).toBe(
      'Does the sender make this transfer in the exercise of its public powers?',
    );
    // Only words change: the same paths, schemas, examples, allowed values.
    const strip = (doc: unknown): unknown =>
      JSON.parse(
        JSON.stringify(doc, (k, v) =>
          k === 'description' || k === 'summary' || k === 'info' ? undefined : v,
        ),
      );
    expect(strip(sv)).toEqual(strip(en));
  });

  it('every description and summary has its Swedish text', () => {
    expect(untranslated()).toEqual([]);
  });

  it('the app itself does not build the document at run time: the file is served before it', async () => {
    const app = createApp({ config: { log: false } });
    expect((await app.request('/openapi.json')).status).toBe(404);
    const docs = await (await app.request('/docs?lang=sv')).text();
    expect(docs).toContain('fetch("/openapi.sv.json")');
  });
});
