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
  purpose: shortText.optional().describe('Purpose of the transfer'),
  sector: shortText.optional().describe("The importer's sector"),
  processingChain: z
    .enum(['importer-only', 'onward-transfers'])
    .optional()
    .describe('The data reach only the importer, or go on to others'),
  actors: z.array(shortText).max(50).optional().describe('Who takes part in the processing'),
  channels: z.array(shortText).max(20).optional().describe('Transmission channels used'),
  dataCategories: z.array(shortText).max(100).optional().describe('Categories of personal data'),
  specialCategories: z.boolean().optional().describe('Special categories (Art. 9) are transferred'),
  format: z
    .enum(['clear', 'pseudonymised', 'encrypted'])
    .optional()
    .describe('The format the data reach the destination in'),
  encryption: z
    .strictObject({
      stateOfTheArt: z
        .boolean()
        .optional()
        .describe('State-of-the-art, flawlessly implemented and maintained'),
      keysHeldBy: z
        .enum(['exporter-eea', 'importer', 'other-in-destination'])
        .optional()
        .describe('Who holds the decryption keys'),
    })
    .optional()
    .describe('When format is encrypted'),
  pseudonymisation: z
    .strictObject({
      additionalInformationKeptInEea: z
        .boolean()
        .optional()
        .describe('What re-identifies stays in the EEA or an adequate country'),
    })
    .optional()
    .describe('When format is pseudonymised'),
  storage: z.enum(['eea', 'destination', 'transit-only']).optional().describe('Where the data are stored'),
  clearTextAccess: z
    .boolean()
    .optional()
    .describe('Anyone in the destination can read the data in the clear'),
  remoteAccess: z
    .boolean()
    .optional()
    .describe('People in the destination access data kept in the EEA remotely'),
  protectedRecipient: z
    .boolean()
    .optional()
    .describe("The destination's law shields the importer from public-authority access"),
  splitProcessing: z
    .boolean()
    .optional()
    .describe('Split between independent processors; no part reveals anything alone'),
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
  relyOnCommissionFinding: z
    .boolean()
    .optional()
    .describe("Rely on the Commission's finding for the destination (the US)"),
  guarantees: z
    .strictObject({
      A: guaranteeAnswer.optional().describe('A: clear, precise and accessible rules'),
      B: guaranteeAnswer.optional().describe('B: necessity and proportionality'),
      C: guaranteeAnswer.optional().describe('C: independent oversight'),
      D: guaranteeAnswer.optional().describe('D: effective remedies'),
    })
    .optional()
    .describe("The European Essential Guarantees, as the assessor finds the destination's law"),
  findings: z.array(userFinding).max(100).optional().describe("The assessor's own findings"),
});

/** The importer's documented practical experience (footnote to Clause 14(b)). */
export const tiaPracticalExperience = z.strictObject({
  claimed: z.boolean().describe('The importer relies on its practical experience'),
  documented: z.boolean().optional().describe('Kept continuously, certified by senior management'),
  corroborated: z.boolean().optional().describe('Corroborated by reliable public information'),
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
  otherMeasuresEffective: z
    .boolean()
    .optional()
    .describe('No EDPB use case fits; other measures documented as effective'),
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
