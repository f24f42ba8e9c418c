import { z } from 'zod';
import { partyType } from '../data/schema.js';
import { tiaAnswers } from '../tia/input.js';
import { legalDate } from './dates.js';
import { userText } from './text.js';

/**
 * The input of an assessment: the parties and the flows of personal data between them.
 * Field names follow the public contract of `POST /v1/assessments`.
 */

/**
 * An ISO 3166-1 alpha-2 code, or the code of a territory the datasets list on its own (PT-20 for the
 * Azores, ES-CN for the Canary Islands). Whether the code is known is checked against the data. Lower
 * case is accepted and upper-cased (the interview answers with the case as read, so the change is shown).
 */
export const countryCode = z
  .string()
  .max(10)
  .toUpperCase()
  .regex(
    /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
    'expected an ISO 3166-1 alpha-2 code, e.g. SE, or a territory code such as PT-20',
  )
  .meta({ description: 'ISO 3166-1 alpha-2 code (lower case is accepted and upper-cased)', example: 'SE' });

/** The status of a Data Privacy Framework certification; `none`: the organisation does not take part. */
const dpfFrameworkStatus = z.enum(['active', 'inactive', 'none']);

/**
 * What the user read off the official Data Privacy Framework List for a US importer. `active` is the
 * EU-U.S. DPF status; `frameworks` may repeat it and adds the UK Extension and the Swiss-U.S. DPF.
 */
export const dpfFacts = z
  .strictObject({
    active: z.boolean().describe('Listed as active in the EU-U.S. DPF'),
    hrData: z.boolean().describe('The certification covers HR data'),
    nonHrData: z.boolean().describe('The certification covers non-HR data'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional()
      .describe("The organisation's entry on the official DPF List"),
    checked: legalDate.optional().describe('When these facts were read off the list (YYYY-MM-DD)'),
    frameworks: z
      .strictObject({
        euUs: dpfFrameworkStatus.optional().describe('EU-U.S. DPF (must agree with active)'),
        ukExtension: dpfFrameworkStatus.optional().describe('UK Extension to the EU-U.S. DPF'),
        swissUs: dpfFrameworkStatus.optional().describe('Swiss-U.S. DPF'),
      })
      .optional()
      .describe('Status per framework; none: not a participant'),
  })
  .superRefine((facts, ctx) => {
    const euUs = facts.frameworks?.euUs;
    if (euUs !== undefined && (euUs === 'active') !== facts.active) {
      ctx.addIssue({
        code: 'custom',
        path: ['frameworks', 'euUs'],
        message: `contradicts active: ${facts.active} (active is the EU-U.S. DPF status)`,
      });
    }
  });

/**
 * A party's or a flow's id. Details are keyed by it (`details.parties.<id>`), and `__proto__` cannot be a
 * key there (zod leaves it out), so it cannot be an id either.
 */
const recordId = userText(200).refine(
  (id) => id !== '__proto__',
  '"__proto__" cannot be an id; choose another',
);

export const party = z.strictObject({
  id: recordId.describe("The party's id in this case; flows name it").meta({ example: 'kommun' }),
  name: userText(1000).meta({ example: 'Exempel kommun' }),
  /** Where the party is; required for every party but an international organisation. */
  country: countryCode.optional(),
  type: partyType,
  /** For an individual who is an employee: the party that employs them (an employee is part of it). */
  employerId: userText(200).optional().describe('For an employee: the id of the employing party'),
  /**
   * Why the party is subject to the GDPR for the processing: Art. 3(1) establishment, Art. 3(2) targeting
   * or monitoring, or not at all. Default: `establishment` for a party in the EU/EEA; for any other party
   * the engine does not guess and asks.
   */
  gdprBasis: z
    .enum(['establishment', 'targeting', 'none'])
    .optional()
    .describe(
      'Why the GDPR applies: Art. 3(1), Art. 3(2), or not. Default establishment in the EU/EEA; elsewhere asked',
    ),
  /** Where the Art. 27 representative of an Art. 3(2) party is (Clause 13). */
  representativeCountry: countryCode
    .optional()
    .describe('Country of the Art. 27 representative (targeting only)'),
  /** For an international organisation: its id in the adequacy data, e.g. `european-patent-organisation`. */
  organisationId: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'expected a lower-case id such as european-patent-organisation')
    .max(200)
    .optional()
    .meta({ example: 'european-patent-organisation' }),
  dpf: dpfFacts.optional(),
  /**
   * The group of undertakings (Art. 4(19)) or of enterprises engaged in a joint economic activity the party
   * belongs to, by any name the case chooses: binding corporate rules (Art. 47) are offered only between
   * parties of one group.
   */
  group: userText(200).optional().describe('Group of undertakings; BCRs only between parties of one group'),
});
export type Party = z.infer<typeof party>;

export const flow = z.strictObject({
  id: recordId.describe("The flow's id in this case").meta({ example: 'plattform' }),
  from: userText(200),
  to: userText(200),
  fromRole: z.enum(['controller', 'processor', 'data-subject']),
  toRole: z.enum(['controller', 'processor', 'joint-controller']),
  how: z
    .enum(['transmission', 'remote-access', 'hosting'])
    .optional()
    .describe('How the recipient gets the data'),
  hrData: z.boolean().optional(),
  specialCategories: z.boolean().optional().describe('Special categories of personal data (Art. 9)'),
  personnummer: z
    .boolean()
    .optional()
    .describe('Swedish personal identity or coordination numbers (Art. 87)'),
  children: z.boolean().optional().describe("Children's data (recital 38)"),
  publicPowers: z.boolean().optional(),
  occasional: z.boolean().optional(),
  combinesWithEuData: z.boolean().optional(),
  tia: tiaAnswers.optional().describe('Clause 14 TIA answers for this flow (as POST /v1/tia)'),
});
export type Flow = z.infer<typeof flow>;

export const assessmentCase = z.strictObject({
  asOf: legalDate.optional().describe('Legal date of the assessment (YYYY-MM-DD); default today (UTC)'),
  parties: z.array(party).min(1).max(2000).describe('Everyone who sends or receives the data'),
  flows: z.array(flow).min(1).max(1000).describe('Each flow of personal data from one party to another'),
});
export type AssessmentCase = z.infer<typeof assessmentCase>;

/** One step of the reasoning: the question asked, the answer found, and the sources. */
export const trailStep = z.object({
  question: z.string(),
  answer: z.string(),
  cites: z.array(z.string()),
});
export type TrailStep = z.infer<typeof trailStep>;

export const warning = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof warning>;
