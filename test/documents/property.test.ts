import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentRequestError, documentRequest, draftDocuments } from '../../src/documents/index.js';
import { sampleCase } from './fixtures.js';
import { engineAssessed, fixtureAssessed, langs } from './helpers.js';
import { readDocx } from './read-docx.js';

/**
 * Any valid request drafts, with the hand-built verdicts or the engine's: every document of the bundle
 * renders, or the request is refused with the field named.
 */

const text = fc.string({ minLength: 1, maxLength: 40 });
const texts = fc.array(text, { maxLength: 3 });
const person = fc.record(
  { name: text, title: text, email: fc.constant('a@b.se'), phone: fc.constant('+46 1') },
  { requiredKeys: ['name'] },
);
const country = fc.constantFrom('SE', 'FI', 'US', 'NO', 'JP');
const partyDetails = fc.record(
  { address: text, registrationNumber: text, contact: person, signatory: person, activities: text },
  { requiredKeys: [] },
);
const flowDetails = fc.record(
  {
    dataSubjects: texts,
    dataCategories: texts,
    sensitiveData: texts,
    sensitiveSafeguards: texts,
    frequency: text,
    nature: text,
    purposes: texts,
    retention: text,
    subProcessorTransfers: text,
    measures: fc.array(fc.record({ area: text, description: text }), { maxLength: 2 }),
    assistanceMeasures: text,
    subProcessors: fc.array(
      fc.record(
        { name: text, address: text, country, contact: person, processing: text },
        { requiredKeys: ['name'] },
      ),
      {
        maxLength: 2,
      },
    ),
    scc: fc.record(
      {
        docking: fc.boolean(),
        subProcessorOption: fc.constantFrom('specific' as const, 'general' as const),
        subProcessorNoticeDays: fc.integer({ min: 1, max: 365 }),
        disputeBody: fc.boolean(),
        disputeBodyName: text,
        governingLawOption: fc.constantFrom('named' as const, 'exporter' as const),
        governingLaw: country,
        courts: country,
      },
      { requiredKeys: [] },
    ),
    dpa: fc.record(
      {
        mainAgreement: text,
        subjectMatter: text,
        duration: text,
        breachNoticeHours: fc.integer({ min: 1, max: 72 }),
        subProcessorAuthorisation: fc.constantFrom('specific' as const, 'general' as const),
        subProcessorNoticeDays: fc.integer({ min: 1, max: 365 }),
      },
      { requiredKeys: [] },
    ),
    tia: fc.record({ assessor: person }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const partyIds = sampleCase.parties.map((p) => p.id);
const flowIds = sampleCase.flows.map((f) => f.id);

describe.each(langs)('any valid request (%s)', (lang) => {
  it('drafts every document that applies, or is refused with the field named', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...partyIds), partyDetails, { maxKeys: 3 }),
        fc.dictionary(fc.constantFrom(...flowIds), flowDetails, { maxKeys: 3 }),
        fc.option(fc.subarray(flowIds, { minLength: 1 }), { nil: undefined }),
        fc.boolean(),
        async (parties, flows, selected, byEngine) => {
          const request = documentRequest.parse({
            case: sampleCase,
            details: { parties, flows },
            ...(selected ? { flows: selected } : {}),
            documentDate: '2026-11-15',
          });
          try {
            const assessed = byEngine ? engineAssessed(request, lang) : fixtureAssessed(lang);
            const documents = await draftDocuments('bundle', request, assessed, lang);
            for (const doc of documents) expect(readDocx(doc.bytes).paragraphs.length).toBeGreaterThan(3);
          } catch (error) {
            expect(error).toBeInstanceOf(DocumentRequestError);
            expect((error as DocumentRequestError).field).toMatch(/^details\.flows\./);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
