import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentRequestError, documentRequest, draftDocuments } from '../../src/documents/index.js';
import { sampleCaseRequest } from './arbitraries.js';
import { engineAssessed, fixtureAssessed, langs } from './helpers.js';
import { readDocx } from './read-docx.js';

/**
 * Any valid request drafts, with the hand-built verdicts or the engine's: every document of the bundle
 * renders, or the request is refused with the field named.
 */

describe.each(langs)('any valid request (%s)', (lang) => {
  it('drafts every document that applies, or is refused with the field named', async () => {
    await fc.assert(
      fc.asyncProperty(sampleCaseRequest, fc.boolean(), async (input, byEngine) => {
        const request = documentRequest.parse(input);
        try {
          const assessed = byEngine ? engineAssessed(request, lang) : fixtureAssessed(lang);
          const documents = await draftDocuments('bundle', request, assessed, lang);
          for (const doc of documents) expect(readDocx(doc.bytes).paragraphs.length).toBeGreaterThan(3);
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentRequestError);
          expect((error as DocumentRequestError).field).toMatch(/^details\.flows\./);
        }
      }),
      { numRuns: 60 },
    );
    // Sixty bundles, each read back by an XML parser: more than vitest's 5 s default on a loaded machine.
  }, 60_000);
});
