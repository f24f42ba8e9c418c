import { z } from 'zod';
import { sourceIsFindable } from '../data/schema.js';
import { legalDate } from '../domain/dates.js';
import { userText } from '../domain/text.js';
import { measureIdsOf } from './measures.js';
import { guaranteeLetter } from './schema.js';

/**
 * The answers a transfer impact assessment runs on. Strict objects: a field the schema does not know is
 * reported, never dropped.
 */

const shortText = userText(2000);

/** Step 1 of EDPB Recommendations 01/2020 and SCC Clause 14(b)(i): the circumstances of the transfer. */
export const tiaCircumstances = z.strictObject({
  purpose: shortText.optional(),
  sector: shortText.optional(),
  /** The data reach only the importer, or go on to sub-processors or other recipients (onward transfers). */
  processingChain: z.enum(['importer-only', 'onward-transfers']).optional(),
  actors: z.array(shortText).max(50).optional(),
  /** Transmission channels used. */
  channels: z.array(shortText).max(20).optional(),
  dataCategories: z.array(shortText).max(100).optional(),
  specialCategories: z.boolean().optional(),
  /** The format in which the data reach the destination. */
  format: z.enum(['clear', 'pseudonymised', 'encrypted']).optional(),
  encryption: z
    .strictObject({
      /** State-of-the-art algorithms, flawlessly implemented and maintained. */
      stateOfTheArt: z.boolean().optional(),
      /** Who holds the decryption keys. */
      keysHeldBy: z.enum(['exporter-eea', 'importer', 'other-in-destination']).optional(),
    })
    .optional(),
  pseudonymisation: z
    .strictObject({
      /** The additional information needed to re-identify stays with the exporter in the EEA or an adequate country. */
      additionalInformationKeptInEea: z.boolean().optional(),
    })
    .optional(),
  /** Where the data are stored: in the EEA, in the destination, or they merely transit the destination. */
  storage: z.enum(['eea', 'destination', 'transit-only']).optional(),
  /** Whether the importer, or anyone in the destination, can access the data in the clear and identifiable. */
  clearTextAccess: z.boolean().optional(),
  /** Whether people in the destination access data kept in the EEA remotely, for business purposes. */
  remoteAccess: z.boolean().optional(),
  /** The destination's law protects the importer from access by public authorities for this purpose. */
  protectedRecipient: z.boolean().optional(),
  /** The data are split between independent processors so that no part reveals anything on its own. */
  splitProcessing: z.boolean().optional(),
});
export type TiaCircumstances = z.infer<typeof tiaCircumstances>;

export const guaranteeAnswer = z.enum(['met', 'not-met']);

/**
 * A source the assessor gives for a finding, printed in the TIA report: strict, so no field is dropped,
 * and each text checked like any other the product prints.
 */
const findingSource = z
  .strictObject({
    title: userText(1000),
    celex: userText(100).optional(),
    oj: userText(200).optional(),
    url: userText(2000).pipe(z.url()).optional(),
  })
  .refine(...sourceIsFindable);

/** A finding the assessor records against one guarantee, with its own sources. */
export const userFinding = z.strictObject({
  guarantee: guaranteeLetter,
  text: shortText,
  sources: z.array(findingSource).min(1).max(50),
  checked: legalDate.optional(),
});
export type UserFinding = z.infer<typeof userFinding>;

/** Step 3 and Clause 14(b)(ii): the destination's laws and practices. */
export const tiaLaws = z.strictObject({
  /**
   * United States only: the importer, for the service in question, is an electronic communication service
   * provider under 50 U.S.C. § 1881(b)(4), the only kind of company a FISA section 702 directive can reach.
   */
  importerIsEcsp: z.boolean().optional(),
  /** For a destination with a Commission finding (the US): the assessment relies on it. */
  relyOnCommissionFinding: z.boolean().optional(),
  guarantees: z
    .strictObject({
      A: guaranteeAnswer.optional(),
      B: guaranteeAnswer.optional(),
      C: guaranteeAnswer.optional(),
      D: guaranteeAnswer.optional(),
    })
    .optional(),
  findings: z.array(userFinding).max(100).optional(),
});

/** The importer's documented practical experience (footnote to Clause 14(b)). */
export const tiaPracticalExperience = z.strictObject({
  claimed: z.boolean(),
  /** Records kept continuously over a representative period, certified at senior management level and lawfully shareable. */
  documented: z.boolean().optional(),
  /** Supported by other objective elements and corroborated, not contradicted, by public or otherwise accessible reliable information. */
  corroborated: z.boolean().optional(),
  description: shortText.optional(),
  period: z
    .strictObject({ from: legalDate, until: legalDate })
    .refine((p) => p.from <= p.until, { message: 'from must not be after until', path: ['until'] })
    .optional(),
});

/** Step 4 and Clause 14(b)(iii): measures chosen from the catalogue. */
export const tiaMeasures = z.strictObject({
  technical: z
    .array(z.enum(measureIdsOf('technical')))
    .max(50)
    .optional(),
  contractual: z
    .array(z.enum(measureIdsOf('contractual')))
    .max(50)
    .optional(),
  organisational: z
    .array(z.enum(measureIdsOf('organisational')))
    .max(50)
    .optional(),
  /** Where no EDPB use case fits: other measures the assessor has documented as effective. */
  otherMeasuresEffective: z.boolean().optional(),
  otherMeasuresDescription: shortText.optional(),
});

/** A legal basis for access, with the assessor's estimates per year. */
export const quantifiedBasis = z.strictObject({
  legalBasis: userText(200),
  /** Probability, per year, that the importer is targeted under this basis. */
  pTargeted: z.number().min(0).max(1),
  /** Probability that the transferred data fall within the scope of such a request. */
  pInScope: z.number().min(0).max(1),
  /** Probability that access succeeds despite the measures in place. */
  pSuccess: z.number().min(0).max(1),
});

export const quantifiedInput = z.strictObject({
  /** The period the combination covers, in years (fractions allowed). */
  periodYears: z.number().gt(0).max(50),
  bases: z.array(quantifiedBasis).min(1).max(20),
});
export type QuantifiedInput = z.infer<typeof quantifiedInput>;

/**
 * The answers of a TIA that the case cannot supply: what the assessor knows about the transfer, the
 * destination's law and the measures. Every field is optional: a missing answer leaves the TIA open with
 * the question it would answer.
 */
export const tiaAnswers = z.strictObject({
  circumstances: tiaCircumstances.optional(),
  laws: tiaLaws.optional(),
  practicalExperience: tiaPracticalExperience.optional(),
  measures: tiaMeasures.optional(),
  /** Months until the assessment is looked at again; default from the country profile. */
  reevaluateAfterMonths: z.number().int().min(1).max(36).optional(),
  quantified: quantifiedInput.optional(),
});
export type TiaAnswers = z.infer<typeof tiaAnswers>;

export const transferTool = z.enum(['adequacy', 'art49-derogation', 'scc', 'bcr', 'other-art46']);
export type TransferTool = z.infer<typeof transferTool>;

/** What the case supplies: the engine derives these from the parties and flows. */
export interface TiaContext {
  /** ISO 3166-1 alpha-2 code of the destination. */
  destination: string;
  transferTool?: TransferTool;
  sccModule?: 1 | 2 | 3 | 4;
  /** Module 4 only: the EU processor combines the data received with data it collected in the EU. */
  combinesWithEuData?: boolean;
  /** The date of the assessment (YYYY-MM-DD). */
  asOf: string;
}
