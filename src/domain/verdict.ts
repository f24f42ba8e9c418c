import { z } from 'zod';

/**
 * The answer of an assessment, flow by flow: whether the flow is a transfer under Chapter V, on what
 * footing it may happen, which SCC module and options apply, and the reasoning (the trail) with its
 * sources. Texts are in the language asked for. The contract names (`kind`, `mechanism`, `adequacy`, `scc`,
 * `alternatives`, `derogations`, `obligations`, `warnings`, `trail`) are fixed; the rest may grow.
 */

/** `undetermined`: a fact the criteria need is missing; see `openQuestions`. Never a guess. */
export const flowKind = z.enum(['not-a-transfer', 'transfer', 'onward-transfer', 'undetermined']);
export type FlowKind = z.infer<typeof flowKind>;

/**
 * `unresolved`: the footing could not be settled without a missing fact (see `openQuestions`), or cannot be
 * settled by the engine for the date, e.g. before Decision (EU) 2021/914 applied (see `warnings`, for review).
 */
export const mechanismKind = z
  .enum(['none', 'adequacy', 'scc', 'unresolved'])
  .describe(
    '`unresolved`: a missing fact stops the choice (see `openQuestions`), or the engine cannot settle it for the date, e.g. before Decision (EU) 2021/914 applied on 2021-06-27 (see `warnings`).',
  );
export type MechanismKind = z.infer<typeof mechanismKind>;

export const alternative = z.enum(['bcr', 'art46-2a', 'art46-3b', 'derogation']);
export const derogation = z.enum([
  '49-1-a',
  '49-1-b',
  '49-1-c',
  '49-1-d',
  '49-1-e',
  '49-1-f',
  '49-1-g',
  '49-1-second',
]);

/**
 * - `art28-contract`: a processor contract under Art. 28(3); for SCC modules 2 and 3 the SCCs meet it;
 * - `art28-subprocessor-authorisation`: the controller's prior written authorisation (Art. 28(2));
 * - `art26-arrangement`: the joint controllers' arrangement;
 * - `tia`: the documented assessment of Clause 14(d) (transfer impact assessment);
 * - `onward-transfer-conditions`: the first transfer's instrument sets the conditions (SCC Clauses 8.7/8.8, 9).
 */
export const obligation = z.enum([
  'art28-contract',
  'art28-subprocessor-authorisation',
  'art26-arrangement',
  'tia',
  'onward-transfer-conditions',
]);
export type Obligation = z.infer<typeof obligation>;

export const partyRole = z.enum([
  'controller',
  'joint-controller',
  'processor',
  'sub-processor',
  'data-subject',
]);
export type PartyRole = z.infer<typeof partyRole>;

export const verdictWarning = z.object({
  code: z.string(),
  message: z.string(),
  /** True when a lawyer must look at it before the answer is relied on. */
  review: z.boolean().optional(),
});

export const trailEntry = z.object({
  /** The question id, or `conclusion` for a machine's closing line. */
  id: z.string(),
  /** Which questionnaire asked it: transfer, mechanism or sccModule. */
  machine: z.string(),
  question: z.string(),
  answer: z.string(),
  /** The answer's value as the wizard protocol takes it. */
  value: z.string(),
  cites: z.array(z.string()),
  /** The fact of the case the engine answered from, e.g. `parties[2].country`. */
  by: z.string().optional(),
  /** What the engine read to answer, e.g. the DPF facts and the date they were read off the official list. */
  note: z.string().optional(),
});
export type TrailEntryOut = z.infer<typeof trailEntry>;

export const partyRef = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().optional(),
  organisationId: z.string().optional(),
  /** When the party is an employee: the employer, whose part they are. */
  actsFor: z.string().optional(),
});

export const roleRef = z.object({ role: partyRole, label: z.string() });

/**
 * One point of an adequacy decision's scope to confirm: a `condition` must hold for the decision to cover
 * the transfer; an `exclusion` is processing the decision does not cover, and must not apply.
 */
export const conditionToConfirm = z.object({
  id: z.string(),
  kind: z
    .enum(['condition', 'exclusion'])
    .describe(
      '`condition`: must hold for the decision to cover the transfer. `exclusion`: processing the decision does not cover; confirm that it does not apply.',
    ),
  text: z.string(),
  cites: z.array(z.string()),
});

export const adequacyVerdict = z.object({
  /** The decision's id in the adequacy data, e.g. `2023-1795`. */
  decision: z.string(),
  /** The decision's title; for an amended decision, "…, as amended by …". */
  title: z.string(),
  celex: z.string(),
  /** CELEX numbers of the amending acts behind the text that applied on the date. */
  amendedBy: z.array(z.string()).optional(),
  /** The last day the decision applies as it then stood (its sunset), when it has one. */
  until: z.string().optional(),
  covered: z.boolean(),
  /** The decision's scope in one sentence. */
  scope: z.string(),
  /** Why the decision covers this transfer, or why not. */
  reason: z.string(),
  /** Conditions the user must confirm hold, and exclusions they must confirm do not apply. */
  conditionsToConfirm: z.array(conditionToConfirm),
  confidence: z.enum(['confirmed', 'unconfirmed']),
});

export const sccChoiceOut = z.object({
  id: z.string(),
  clause: z.string(),
  text: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  required: z.boolean(),
});

export const supervisoryAuthorityRef = z.object({
  country: z.string(),
  id: z.string(),
  name: z.string(),
  nativeName: z.string(),
  url: z.string(),
});

export const sccVerdict = z.object({
  module: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** Clauses 14 and 15 apply; the documented assessment of Clause 14(d) is then an obligation (`tia`). */
  clause14: z.boolean(),
  subProcessorOptions: z.boolean(),
  /** The Clause 13 case; absent for module 4. */
  clause13: z.enum(['member-state', 'representative', 'no-representative']).optional(),
  /** The authority of Annex I.C when the case names one; absent when the parties must pick it. */
  supervisoryAuthority: supervisoryAuthorityRef.optional(),
  importerSubjectToGdpr: z.enum(['yes', 'no', 'unknown']),
  choices: z.array(sccChoiceOut),
});

export const openQuestion = z.object({
  machine: z.string(),
  id: z.string(),
  question: z.string(),
  help: z.string().optional(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })),
  cites: z.array(z.string()),
  /** The field of the case that would answer it, e.g. `parties[3].gdprBasis`. */
  field: z.string().optional(),
});

/** An onward flow hanging from another flow, with the clauses that govern it and its own onward flows. */
export interface OnwardLink {
  flow: string;
  clauses: string[];
  onward: OnwardLink[];
}
/** Its `onward` list holds links of the same shape (kept open here: the OpenAPI generator takes no recursion). */
export const onwardLink = z.object({
  flow: z.string(),
  clauses: z.array(z.string()),
  onward: z.array(z.record(z.string(), z.unknown())),
});

export const flowVerdict = z.object({
  id: z.string(),
  kind: flowKind,
  exporter: partyRef.optional(),
  importer: partyRef.optional(),
  exporterRole: roleRef.optional(),
  importerRole: roleRef.optional(),
  mechanism: mechanismKind,
  adequacy: adequacyVerdict.optional(),
  /** For a flow resting on the EU-U.S. DPF: its footing if the decision fell, and what is pending against it. */
  dpfFallback: z
    .object({
      decision: z.string(),
      module: z.number().int().min(1).max(4).optional(),
      tia: z.boolean().optional(),
      missing: z.string().optional(),
      pending: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          from: z.string(),
          title: z.string(),
          summary: z.string(),
          sources: z.array(z.object({ title: z.string(), url: z.string().optional() })),
          confidence: z.enum(['confirmed', 'unconfirmed']),
        }),
      ),
    })
    .optional(),
  scc: sccVerdict.optional(),
  alternatives: z.array(alternative),
  derogations: z.array(derogation),
  obligations: z.array(obligation),
  warnings: z.array(verdictWarning),
  openQuestions: z.array(openQuestion),
  /** For an onward transfer: the transfer flows of this case through which the data reached the sender. */
  originatingFlows: z.array(z.string()).optional(),
  /** For an onward transfer: the flows of this case it continues, and the clauses that govern it. */
  continues: z
    .object({ flows: z.array(z.string()), clauses: z.array(z.string()) })
    .optional()
    .describe(
      'For an onward transfer: the flows it continues and the clauses of the first transfer’s SCCs that govern it (Clause 8.7 for module 1, 8.8 for modules 2 and 3, and Clause 9 for a sub-processor).',
    ),
  /** The onward flows hanging from this flow, recursively: a chain as one unit. */
  onwardFlows: z
    .array(onwardLink)
    .optional()
    .describe('The onward flows that hang from this flow, each with its clauses and its own onward flows.'),
  trail: z.array(trailEntry),
  /**
   * The Clause 14 transfer impact assessment, where the obligations include `tia`: the shape of POST
   * /v1/tia, except that `laws.profile` is the id of the destination's law profile, given once for the
   * whole answer in `lawProfiles` (its sources and statements are the same for every flow to it).
   */
  tia: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      'The Clause 14 transfer impact assessment, as POST /v1/tia gives it, except that `laws.profile` is the id of the law profile given once in `lawProfiles`.',
    ),
});
export type FlowVerdict = z.infer<typeof flowVerdict>;

const lawSource = z.object({
  title: z.string(),
  celex: z.string().optional(),
  oj: z.string().optional(),
  url: z.string().optional(),
});

/** One sourced statement of a law profile, on one of the four European Essential Guarantees. */
export const lawStatementOut = z.object({
  id: z.string(),
  topic: z.enum(['A', 'B', 'C', 'D']),
  law: z.string(),
  text: z.string(),
  sources: z.array(lawSource),
  checked: z.string(),
  confidence: z.enum(['confirmed', 'unconfirmed']),
  confidenceNote: z.string().optional(),
});

/** The laws and practices of a destination that a transfer impact assessment rests on. */
export const lawProfileOut = z.object({
  id: z.string(),
  title: z.string(),
  /** ISO 3166-1 alpha-2; null for the generic profile of a destination without one of its own. */
  country: z.string().nullable(),
  asOf: z.string(),
  note: z.string().optional(),
  sources: z.array(lawSource),
  statements: z.array(lawStatementOut),
});

/** A fact the case leaves out where the engine took the cautious branch: said once for the whole case. */
export const caseAssumption = z
  .object({
    code: z
      .string()
      .describe(
        'e.g. `public-powers-unknown`, `occasional-unknown`, `importer-gdpr-status-unknown`, `onward-gdpr-status-assumed`, `organisation-not-identified`, `dpf-status-unknown`.',
      ),
    message: z.string(),
    flows: z
      .array(z.string())
      .describe('The flows whose verdicts rest on the assumption, in the case’s order.'),
    fields: z
      .array(z.string())
      .describe(
        'The field of the case that settles it for each flow, in the same order as `flows` (`fields[i]` for `flows[i]`), e.g. `flows[0].publicPowers`.',
      ),
  })
  .describe(
    'A fact the case leaves out, where the engine took a stated default rather than stop: said once for the case, not flagged for legal review; giving the field settles it.',
  );

export const assessment = z.object({
  asOf: z.string(),
  dataVersion: z.string(),
  lang: z.enum(['sv', 'en']),
  flows: z.array(flowVerdict),
  assumptions: z
    .array(caseAssumption)
    .describe(
      'What the verdicts merely assume because the case leaves a fact out, each said once for the case.',
    ),
  /** The law profiles the flows' transfer impact assessments name in `tia.laws.profile`, by id. */
  lawProfiles: z
    .record(z.string(), lawProfileOut)
    .optional()
    .describe(
      'The law profiles the transfer impact assessments rest on, by the id their `tia.laws.profile` gives: each once for the whole answer.',
    ),
});
export type Assessment = z.infer<typeof assessment>;

/** `?detail=summary`: the transfer impact assessment in brief. */
export const tiaSummary = z.object({
  status: z.enum(['complete', 'open', 'not-needed']),
  destination: z.object({ code: z.string(), profile: z.string() }),
  reasonNotNeeded: z.string().optional(),
  conclusion: z.object({ outcome: z.string(), text: z.string() }).optional(),
  reevaluateBy: z.string().optional(),
  /** The questions still open and the field of the case that answers each, next one first. */
  openQuestions: z.array(z.object({ id: z.string(), field: z.string() })).optional(),
  /** Each leg of the chain (Clause 14(b)(i)): the flow, where it stands and its outcome. */
  chain: z
    .array(z.object({ flow: z.string(), status: z.string(), outcome: z.string().optional() }))
    .optional(),
});

/** `?detail=summary`: a verdict without its trail, its transfer impact assessment in brief. */
export const flowVerdictSummary = flowVerdict.omit({ trail: true, tia: true }).extend({
  tia: tiaSummary.optional(),
});
export type FlowVerdictSummary = z.infer<typeof flowVerdictSummary>;

export const assessmentSummary = z.object({
  asOf: z.string(),
  dataVersion: z.string(),
  lang: z.enum(['sv', 'en']),
  flows: z.array(flowVerdictSummary),
  assumptions: z
    .array(caseAssumption)
    .describe(
      'What the verdicts merely assume because the case leaves a fact out, each said once for the case.',
    ),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;
