import fc from 'fast-check';
import { sampleCase } from './fixtures.js';

/** Details a request may carry for the sample case's parties and flows, for property tests. */

const text = fc.string({ minLength: 1, maxLength: 40 });
const texts = fc.array(text, { maxLength: 3 });
const person = fc.record(
  { name: text, title: text, email: fc.constant('a@b.se'), phone: fc.constant('+46 1') },
  { requiredKeys: ['name'] },
);
const country = fc.constantFrom('SE', 'FI', 'US', 'NO', 'JP');
export const partyDetails = fc.record(
  { address: text, registrationNumber: text, contact: person, signatory: person, activities: text },
  { requiredKeys: [] },
);
export const flowDetails = fc.record(
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
export const partyIds = sampleCase.parties.map((p) => p.id);
export const flowIds = sampleCase.flows.map((f) => f.id);

/** A valid request for the sample case: details for some parties and flows, some flows selected. */
export const sampleCaseRequest = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...partyIds), partyDetails, { maxKeys: 3 }),
    fc.dictionary(fc.constantFrom(...flowIds), flowDetails, { maxKeys: 3 }),
    fc.option(fc.subarray(flowIds, { minLength: 1 }), { nil: undefined }),
  )
  .map(([parties, flows, selected]) => ({
    case: sampleCase,
    details: { parties, flows },
    ...(selected ? { flows: selected } : {}),
    documentDate: '2026-11-15',
  }));
