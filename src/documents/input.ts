import { z } from 'zod';
import { assessmentCase, countryCode } from '../domain/case.js';
import { legalDate } from '../domain/dates.js';
import { userText } from '../domain/text.js';

/**
 * What a document request carries besides the case: the facts an assessment does not need but a paper
 * does (addresses, signatories, the parties' choices in the SCCs, the description of the transfer). Every
 * fact is optional: a missing one becomes a visible placeholder in the document and is listed in the
 * response. Free texts are printed as written, in the language the user wrote them in.
 */

const text = userText(2000);
const longText = userText(20000);
const texts = z.array(text).max(200);

export const person = z.strictObject({
  name: text,
  title: text.optional().describe('Position or title, e.g. "dataskyddsombud" / "Head of Legal".'),
  email: z.string().email().max(320).optional(),
  phone: userText(50).optional(),
});
export type Person = z.infer<typeof person>;

export const partyDetails = z.strictObject({
  address: text.optional(),
  registrationNumber: text.optional().describe('Organisation number or other registration number.'),
  contact: person.optional(),
  signatory: person.optional().describe('Who signs for the party.'),
  activities: text.optional().describe("Annex I.A: the party's activities relevant to the data transferred."),
});
export type PartyDetails = z.infer<typeof partyDetails>;

/** The parties' choices in the SCCs (Decision (EU) 2021/914); which apply depends on the module. */
export const sccChoices = z.strictObject({
  docking: z.boolean().optional().describe('Clause 7: the optional docking clause.'),
  subProcessorOption: z
    .enum(['specific', 'general'])
    .optional()
    .describe(
      'Clause 9(a), modules 2 and 3: Option 1 specific prior authorisation, Option 2 general written authorisation.',
    ),
  subProcessorNoticeDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .describe('Clause 9(a): how many days in advance the importer asks (Option 1) or informs (Option 2).'),
  disputeBody: z
    .boolean()
    .optional()
    .describe('Clause 11(a): whether data subjects may also turn to an independent dispute resolution body.'),
  disputeBodyName: text.optional().describe("Clause 11(a): the body's name, when one is used."),
  governingLawOption: z
    .enum(['named', 'exporter'])
    .optional()
    .describe(
      "Clause 17, modules 2 and 3: Option 1 a named Member State's law, Option 2 the exporter's Member State's.",
    ),
  governingLaw: countryCode
    .optional()
    .describe('Clause 17: the country whose law governs (with Option 2: the fallback).'),
  courts: countryCode.optional().describe('Clause 18: the country whose courts settle disputes.'),
});
export type SccChoices = z.infer<typeof sccChoices>;

export const measureEntry = z.strictObject({ area: text, description: longText });
export type MeasureEntry = z.infer<typeof measureEntry>;

export const subProcessorEntry = z.strictObject({
  name: text,
  address: text.optional(),
  country: countryCode.optional(),
  contact: person.optional(),
  processing: longText
    .optional()
    .describe('What the sub-processor does, and the delimitation of responsibilities.'),
});
export type SubProcessorEntry = z.infer<typeof subProcessorEntry>;

/** Facts about one flow: the description of Annex I.B, the measures and sub-processors, the DPA terms. */
export const flowDetails = z.strictObject({
  dataSubjects: texts.optional(),
  dataCategories: texts.optional(),
  sensitiveData: texts
    .optional()
    .describe(
      'Special categories (Art. 9) or data on offences (Art. 10) and the safeguards for them; [] for none.',
    ),
  sensitiveSafeguards: texts.optional(),
  frequency: text.optional().describe('E.g. "continuously" / "löpande", "once" / "vid ett tillfälle".'),
  nature: text.optional(),
  purposes: texts.optional(),
  retention: text.optional().describe('How long the data are kept, or the criteria for it.'),
  subProcessorTransfers: text
    .optional()
    .describe(
      'Annex I.B: for transfers to (sub-)processors, the subject matter, nature and duration of their processing.',
    ),
  measures: z
    .array(measureEntry)
    .max(200)
    .optional()
    .describe("Annex II (SCC) and the DPA's security annex."),
  assistanceMeasures: longText
    .optional()
    .describe('Annex II for modules 2 and 3: how the importer helps the controller (Clauses 8.6(d), 10(b)).'),
  subProcessors: z
    .array(subProcessorEntry)
    .max(200)
    .optional()
    .describe("Annex III (SCC) and the DPA's list of approved sub-processors; [] for none."),
  scc: sccChoices.optional(),
  /** Terms of a data processing agreement (Art. 28) for a controller-to-processor flow. */
  dpa: z
    .strictObject({
      mainAgreement: text
        .optional()
        .describe('The agreement the processing serves, e.g. "Avtal om e-tjänst, dnr 2026/123".'),
      subjectMatter: text.optional(),
      duration: text.optional(),
      breachNoticeHours: z
        .number()
        .int()
        .min(1)
        .max(72)
        .optional()
        .describe(
          'Hours within which the processor notifies a personal data breach (at most 72; Art. 33(2) says without undue delay).',
        ),
      subProcessorAuthorisation: z.enum(['specific', 'general']).optional(),
      subProcessorNoticeDays: z.number().int().min(1).max(365).optional(),
    })
    .optional(),
  tia: z
    .strictObject({ assessor: person.optional() })
    .optional()
    .describe(
      'The Clause 14(d) assessment: who carried it out. Its answers belong to the case (`case.flows[].tia`), where the engine runs the assessment.',
    ),
});
export type FlowDetails = z.infer<typeof flowDetails>;

const idKey = userText(200);

/**
 * Details keyed by party or flow id. zod leaves a `__proto__` key out of what it parses (so that it cannot
 * replace an object's prototype), which would drop `details.parties.__proto__` without a word while any
 * other unknown id is refused: it is refused here the same way. (A case cannot give a party that id.)
 */
function keyedById<T extends z.ZodType>(what: 'party' | 'flow', value: T) {
  return z.preprocess(
    (input, ctx) => {
      if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
        ctx.addIssue({
          code: 'custom',
          path: ['__proto__'],
          message: `no ${what} of the case has this id`,
          input,
        });
      }
      return input;
    },
    z.record(idKey, value),
  );
}

export const documentDetails = z.strictObject({
  /** The public body's case number (diarienummer), printed on every document. */
  caseNumber: text.optional(),
  parties: keyedById('party', partyDetails).optional().describe('Keyed by party id.'),
  flows: keyedById('flow', flowDetails).optional().describe('Keyed by flow id.'),
});
export type DocumentDetails = z.infer<typeof documentDetails>;

export const documentRequest = z
  .strictObject({
    case: assessmentCase
      .extend({ details: documentDetails.optional() })
      .describe(
        'The case; its `details` may sit inside it (the case of /v1/interview) or beside it, not both.',
      ),
    details: documentDetails.optional(),
    flows: z
      .array(idKey)
      .min(1)
      .max(1000)
      .optional()
      .describe('Only these flows (ids); default every flow the document kind applies to.'),
    documentDate: legalDate
      .optional()
      .describe(
        "The date printed on the documents and used for their fixed timestamps; default the case's asOf, else today.",
      ),
  })
  .superRefine((request, ctx) => {
    if (request.details !== undefined && request.case.details !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['details'],
        message: 'details are given both here and in case.details: give them once',
      });
    const details = request.details ?? request.case.details;
    const partyIds = new Set(request.case.parties.map((p) => p.id));
    const flowIds = new Set(request.case.flows.map((f) => f.id));
    const at = request.details !== undefined ? ['details'] : ['case', 'details'];
    for (const id of Object.keys(details?.parties ?? {})) {
      if (!partyIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'parties', id],
          message: 'no party of the case has this id',
        });
    }
    for (const id of Object.keys(details?.flows ?? {})) {
      if (!flowIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'flows', id],
          message: 'no flow of the case has this id',
        });
    }
    (request.flows ?? []).forEach((id, i) => {
      if (!flowIds.has(id))
        ctx.addIssue({ code: 'custom', path: ['flows', i], message: 'no flow of the case has this id' });
    });
  });
export type DocumentRequest = z.infer<typeof documentRequest>;

/** The request with the case's own `details` moved beside it: one shape for the documents to read. */
export function withDetailsBeside(request: DocumentRequest): DocumentRequest {
  const { details, ...theCase } = request.case;
  if (details === undefined) return request;
  return { ...request, case: theCase, details };
}
