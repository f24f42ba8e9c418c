import { z } from 'zod';
import { sourceIsFindable } from '../data/schema.js';
import { legalDate } from '../domain/dates.js';
import { userText } from '../domain/text.js';
import { measureIdsOf } from './measures.js';
import { guaranteeLetter } from './schema.js';

/**
 * The answers a transfer impact assessment runs on. Strict objects: a field the schema does not know is
 * reported, never dropped. A field a Clause 14 question answers is described in OpenAPI by that question
 * (src/api/field-descriptions.ts); every other field by its `.describe()` here.
 */

const shortText = userText(2000);

/** Step 1 of EDPB Recommendations 01/2020 and SCC Clause 14(b)(i): the circumstances of the transfer. */
export const tiaCircumstances = z.strictObject({
  purpose: shortText.optional().describe('Purpose of the transfer'),
  sector: shortText.optional().describe("The importer's sector"),
  processingChain: z.enum(['importer-only', 'onward-transfers']).optional(),
  actors: z.array(shortText).max(50).optional().describe('Who takes part in the processing'),
  channels: z.array(shortText).max(20).optional().describe('Transmission channels used'),
  dataCategories: z.array(shortText).max(100).optional().describe('Categories of personal data'),
  specialCategories: z.boolean().optional().describe('Special categories (Art. 9) are transferred'),
  format: z.enum(['clear', 'pseudonymised', 'encrypted']).optional(),
  encryption: z
    .strictObject({
      stateOfTheArt: z.boolean().optional(),
      keysHeldBy: z.enum(['exporter-eea', 'importer', 'other-in-destination']).optional(),
    })
    .optional()
    .describe('When format is encrypted'),
  pseudonymisation: z
    .strictObject({
      additionalInformationKeptInEea: z.boolean().optional(),
    })
    .optional()
    .describe('When format is pseudonymised'),
  storage: z.enum(['eea', 'destination', 'transit-only']).optional(),
  clearTextAccess: z.boolean().optional(),
  remoteAccess: z.boolean().optional(),
  protectedRecipient: z.boolean().optional(),
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
    title: userText(1000).describe('Title of the source'),
    celex: userText(100).optional().describe('CELEX number'),
    oj: userText(200).optional().describe('Official Journal reference'),
    url: userText(2000).pipe(z.url()).optional().describe('Address of the source'),
  })
  .refine(...sourceIsFindable);

/** A finding the assessor records against one guarantee, with its own sources. */
export const userFinding = z.strictObject({
  guarantee: guaranteeLetter.describe('The European Essential Guarantee it concerns'),
  text: shortText.describe('The finding'),
  sources: z.array(findingSource).min(1).max(50).describe('Where it is found'),
  checked: legalDate.optional().describe('When it was last checked (YYYY-MM-DD)'),
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
    .optional()
    .describe("The European Essential Guarantees, as the assessor finds the destination's law"),
  findings: z.array(userFinding).max(100).optional().describe("The assessor's own findings"),
});

/** The importer's documented practical experience (footnote to Clause 14(b)). */
export const tiaPracticalExperience = z.strictObject({
  claimed: z.boolean(),
  /** Records kept continuously over a representative period, certified at senior management level and lawfully shareable. */
  documented: z.boolean().optional(),
  /** Supported by other objective elements and corroborated, not contradicted, by public or otherwise accessible reliable information. */
  corroborated: z.boolean().optional(),
  description: shortText.optional().describe('The experience, in words'),
  period: z
    .strictObject({
      from: legalDate.describe('First day (YYYY-MM-DD)'),
      until: legalDate.describe('Last day (YYYY-MM-DD)'),
    })
    .refine((p) => p.from <= p.until, { message: 'from must not be after until', path: ['until'] })
    .optional()
    .describe('The period the records cover'),
});

/** Step 4 and Clause 14(b)(iii): measures chosen from the catalogue. */
export const tiaMeasures = z.strictObject({
  technical: z
    .array(z.enum(measureIdsOf('technical')))
    .max(50)
    .optional()
    .describe('Technical measures from the catalogue'),
  contractual: z
    .array(z.enum(measureIdsOf('contractual')))
    .max(50)
    .optional()
    .describe('Contractual measures from the catalogue'),
  organisational: z
    .array(z.enum(measureIdsOf('organisational')))
    .max(50)
    .optional()
    .describe('Organisational measures from the catalogue'),
  otherMeasuresEffective: z.boolean().optional(),
  otherMeasuresDescription: shortText.optional().describe('Those other measures, in words'),
});

/** A legal basis for access, with the assessor's estimates per year. */
export const quantifiedBasis = z.strictObject({
  legalBasis: userText(200).describe('The law that allows access').meta({ example: 'FISA 702' }),
  pTargeted: z.number().min(0).max(1).describe('Yearly probability the importer is targeted'),
  pInScope: z.number().min(0).max(1).describe('Probability the data fall within the request'),
  pSuccess: z.number().min(0).max(1).describe('Probability access succeeds despite the measures'),
});

export const quantifiedInput = z.strictObject({
  periodYears: z.number().gt(0).max(50).describe('Period covered, in years'),
  bases: z.array(quantifiedBasis).min(1).max(20).describe('Legal bases for access, with estimates'),
});
export type QuantifiedInput = z.infer<typeof quantifiedInput>;

/**
 * The answers of a TIA that the case cannot supply: what the assessor knows about the transfer, the
 * destination's law and the measures. Every field is optional: a missing answer leaves the TIA open with
 * the question it would answer.
 */
export const tiaAnswers = z.strictObject({
  circumstances: tiaCircumstances.optional().describe('Step 1: the circumstances of the transfer'),
  laws: tiaLaws.optional().describe("Step 3: the destination's laws and practices"),
  practicalExperience: tiaPracticalExperience.optional().describe("The importer's documented experience"),
  measures: tiaMeasures.optional().describe('Step 4: supplementary measures'),
  reevaluateAfterMonths: z
    .number()
    .int()
    .min(1)
    .max(36)
    .optional()
    .describe("Months until re-evaluation; default: the country profile's"),
  quantified: quantifiedInput.optional().describe('Optional quantified estimate of access'),
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
