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
    active: z.boolean(),
    hrData: z.boolean(),
    nonHrData: z.boolean(),
    /** The organisation's entry on the official list. */
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** The date the facts were read off the official list. */
    checked: legalDate.optional(),
    frameworks: z
      .strictObject({
        euUs: dpfFrameworkStatus.optional(),
        ukExtension: dpfFrameworkStatus.optional(),
        swissUs: dpfFrameworkStatus.optional(),
      })
      .optional(),
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
  id: recordId,
  name: userText(1000),
  /** Where the party is; required for every party but an international organisation. */
  country: countryCode.optional(),
  type: partyType,
  /** For an individual who is an employee: the party that employs them (an employee is part of it). */
  employerId: userText(200).optional(),
  /**
   * Why the party is subject to the GDPR for the processing: Art. 3(1) establishment, Art. 3(2) targeting
   * or monitoring, or not at all. Default: `establishment` for a party in the EU/EEA; for any other party
   * the engine does not guess and asks.
   */
  gdprBasis: z.enum(['establishment', 'targeting', 'none']).optional(),
  /** Where the Art. 27 representative of an Art. 3(2) party is (Clause 13). */
  representativeCountry: countryCode.optional(),
  /** For an international organisation: its id in the adequacy data, e.g. `european-patent-organisation`. */
  organisationId: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'expected a lower-case id such as european-patent-organisation')
    .max(200)
    .optional(),
  dpf: dpfFacts.optional(),
  /**
   * The group of undertakings (Art. 4(19)) or of enterprises engaged in a joint economic activity the party
   * belongs to, by any name the case chooses: binding corporate rules (Art. 47) are offered only between
   * parties of one group.
   */
  group: userText(200).optional(),
});
export type Party = z.infer<typeof party>;

export const flow = z.strictObject({
  id: recordId,
  from: userText(200),
  to: userText(200),
  fromRole: z.enum(['controller', 'processor', 'data-subject']),
  toRole: z.enum(['controller', 'processor', 'joint-controller']),
  how: z.enum(['transmission', 'remote-access', 'hosting']).optional(),
  hrData: z.boolean().optional(),
  specialCategories: z.boolean().optional(),
  /** The flow carries Swedish personal identity or coordination numbers (GDPR Art. 87; 3 kap. 10 § dataskyddslagen). */
  personnummer: z.boolean().optional(),
  /** The flow carries personal data about children (GDPR recital 38). */
  children: z.boolean().optional(),
  publicPowers: z.boolean().optional(),
  occasional: z.boolean().optional(),
  combinesWithEuData: z.boolean().optional(),
  /** Answers for the Clause 14 transfer impact assessment of this flow (the body of POST /v1/tia less the case facts). */
  tia: tiaAnswers.optional(),
});
export type Flow = z.infer<typeof flow>;

export const assessmentCase = z.strictObject({
  asOf: legalDate.optional(),
  parties: z.array(party).min(1).max(2000),
  flows: z.array(flow).min(1).max(1000),
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
