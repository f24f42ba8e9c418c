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
  /** Position or title, e.g. "dataskyddsombud" / "Head of Legal". */
  title: text.optional(),
  email: z.string().email().max(320).optional(),
  phone: userText(50).optional(),
});
export type Person = z.infer<typeof person>;

export const partyDetails = z.strictObject({
  address: text.optional(),
  /** Organisation number or other registration number. */
  registrationNumber: text.optional(),
  contact: person.optional(),
  /** Who signs for the party. */
  signatory: person.optional(),
  /** Annex I.A: the party's activities relevant to the data transferred. */
  activities: text.optional(),
});
export type PartyDetails = z.infer<typeof partyDetails>;

/** The parties' choices in the SCCs (Decision (EU) 2021/914); which apply depends on the module. */
export const sccChoices = z.strictObject({
  /** Clause 7: the optional docking clause. */
  docking: z.boolean().optional(),
  /** Clause 9(a), modules 2 and 3: Option 1 specific prior authorisation, Option 2 general written authorisation. */
  subProcessorOption: z.enum(['specific', 'general']).optional(),
  /** Clause 9(a): how many days in advance the importer asks (Option 1) or informs (Option 2). */
  subProcessorNoticeDays: z.number().int().min(1).max(365).optional(),
  /** Clause 11(a): whether data subjects may also turn to an independent dispute resolution body. */
  disputeBody: z.boolean().optional(),
  /** Clause 11(a): the body's name, when one is used. */
  disputeBodyName: text.optional(),
  /** Clause 17, modules 2 and 3: Option 1 a named Member State's law, Option 2 the exporter's Member State's. */
  governingLawOption: z.enum(['named', 'exporter']).optional(),
  /** Clause 17: the country whose law governs (with Option 2: the fallback). */
  governingLaw: countryCode.optional(),
  /** Clause 18: the country whose courts settle disputes. */
  courts: countryCode.optional(),
});
export type SccChoices = z.infer<typeof sccChoices>;

export const measureEntry = z.strictObject({ area: text, description: longText });
export type MeasureEntry = z.infer<typeof measureEntry>;

export const subProcessorEntry = z.strictObject({
  name: text,
  address: text.optional(),
  country: countryCode.optional(),
  contact: person.optional(),
  /** What the sub-processor does, and the delimitation of responsibilities. */
  processing: longText.optional(),
});
export type SubProcessorEntry = z.infer<typeof subProcessorEntry>;

/** Facts about one flow: the description of Annex I.B, the measures and sub-processors, the DPA terms. */
export const flowDetails = z.strictObject({
  dataSubjects: texts.optional(),
  dataCategories: texts.optional(),
  /** Special categories (Art. 9) or data on offences (Art. 10) and the safeguards for them; [] for none. */
  sensitiveData: texts.optional(),
  sensitiveSafeguards: texts.optional(),
  /** E.g. "continuously" / "löpande", "once" / "vid ett tillfälle". */
  frequency: text.optional(),
  nature: text.optional(),
  purposes: texts.optional(),
  /** How long the data are kept, or the criteria for it. */
  retention: text.optional(),
  /** Annex I.B: for transfers to (sub-)processors, the subject matter, nature and duration of their processing. */
  subProcessorTransfers: text.optional(),
  /** Annex II (SCC) and the DPA's security annex. */
  measures: z.array(measureEntry).max(200).optional(),
  /** Annex II for modules 2 and 3: how the importer helps the controller (Clauses 8.6(d), 10(b)). */
  assistanceMeasures: longText.optional(),
  /** Annex III (SCC) and the DPA's list of approved sub-processors; [] for none. */
  subProcessors: z.array(subProcessorEntry).max(200).optional(),
  scc: sccChoices.optional(),
  /** Terms of a data processing agreement (Art. 28) for a controller-to-processor flow. */
  dpa: z
    .strictObject({
      /** The agreement the processing serves, e.g. "Avtal om e-tjänst, dnr 2026/123". */
      mainAgreement: text.optional(),
      subjectMatter: text.optional(),
      duration: text.optional(),
      /** Hours within which the processor notifies a personal data breach (at most 72; Art. 33(2) says without undue delay). */
      breachNoticeHours: z.number().int().min(1).max(72).optional(),
      subProcessorAuthorisation: z.enum(['specific', 'general']).optional(),
      subProcessorNoticeDays: z.number().int().min(1).max(365).optional(),
    })
    .optional(),
  /**
   * The Clause 14(d) assessment: who carried it out. Its answers belong to the case (`case.flows[].tia`),
   * where the engine runs the assessment.
   */
  tia: z.strictObject({ assessor: person.optional() }).optional(),
});
export type FlowDetails = z.infer<typeof flowDetails>;

const idKey = userText(200);

export const documentDetails = z.strictObject({
  /** The public body's case number (diarienummer), printed on every document. */
  caseNumber: text.optional(),
  /** Keyed by party id. */
  parties: z.record(idKey, partyDetails).optional(),
  /** Keyed by flow id. */
  flows: z.record(idKey, flowDetails).optional(),
});
export type DocumentDetails = z.infer<typeof documentDetails>;

export const documentRequest = z
  .strictObject({
    case: assessmentCase,
    details: documentDetails.optional(),
    /** Only these flows (ids); default every flow the document kind applies to. */
    flows: z.array(idKey).min(1).max(1000).optional(),
    /** The date printed on the documents and used for their fixed timestamps; default the case's asOf, else today. */
    documentDate: legalDate.optional(),
  })
  .superRefine((request, ctx) => {
    const partyIds = new Set(request.case.parties.map((p) => p.id));
    const flowIds = new Set(request.case.flows.map((f) => f.id));
    for (const id of Object.keys(request.details?.parties ?? {})) {
      if (!partyIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['details', 'parties', id],
          message: 'no party of the case has this id',
        });
    }
    for (const id of Object.keys(request.details?.flows ?? {})) {
      if (!flowIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['details', 'flows', id],
          message: 'no flow of the case has this id',
        });
    }
    (request.flows ?? []).forEach((id, i) => {
      if (!flowIds.has(id))
        ctx.addIssue({ code: 'custom', path: ['flows', i], message: 'no flow of the case has this id' });
    });
  });
export type DocumentRequest = z.infer<typeof documentRequest>;
