import { z } from 'zod';
import { caseAssumption, lawProfileOut } from './verdict.js';

/**
 * The lean answer of `POST /v1/assessments?shape=lean` (docs/lean-answer.md), for the OpenAPI document:
 * what repeats across flows is said once in dictionaries and referred to by the flows. `expand`
 * (src/answer/expand.ts) gives back the full `Assessment`.
 */

const cites = z.array(z.number().int()).describe('Indices into `citations`.');

const leanQuestion = z.object({
  machine: z.string().describe('transfer, mechanism, sccModule or clause14 (the transfer impact assessment)'),
  id: z.string(),
  text: z.string(),
  help: z.string().optional(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});

const leanTrailEntry = z.object({
  q: z.string().describe('Key into `questions`'),
  answer: z.string(),
  value: z.string(),
  cites,
  by: z.string().optional(),
  note: z.string().optional(),
});

const leanFlow = z
  .object({
    id: z.string(),
    warnings: z.array(
      z.object({
        code: z.string(),
        text: z.string().describe('Key into `warnings`'),
        review: z.boolean().optional(),
      }),
    ),
    openQuestions: z.array(
      z.object({ q: z.string().describe('Key into `questions`'), cites, field: z.string().optional() }),
    ),
    trail: z.array(leanTrailEntry).optional(),
    adequacy: z
      .object({
        decision: z.string().describe('Key into `decisions`'),
        covered: z.boolean(),
        reason: z.string(),
        conditionsToConfirm: z.array(
          z.object({ id: z.string(), kind: z.enum(['condition', 'exclusion']), text: z.string(), cites }),
        ),
      })
      .optional(),
    scc: z
      .object({ choices: z.array(z.string().describe('Key into `sccChoices`')) })
      .loose()
      .optional(),
    dpfFallback: z
      .object({ pending: z.array(z.string().describe('Key into `pending`')) })
      .loose()
      .optional(),
    tia: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'As in the full answer, except that its `trail` entries and `openQuestions` name a question in `questions` (`q`) and every `cites` is a list of indices into `citations`.',
      ),
  })
  .loose()
  .describe(
    'A flow verdict of the full answer with its repeated parts replaced by references; every other field is as in `FlowVerdict`.',
  );

export const leanAssessment = z.object({
  shape: z.literal('lean'),
  asOf: z.string(),
  dataVersion: z.string(),
  lang: z.enum(['sv', 'en']),
  flows: z.array(leanFlow),
  assumptions: z.array(caseAssumption).describe('As in the full answer: what the case merely assumes, once.'),
  citations: z.array(z.string()).describe('Every citation text once; `cites` lists index into it.'),
  questions: z.record(z.string(), leanQuestion),
  warnings: z.record(z.string(), z.string()).describe('Warning texts by key'),
  sccChoices: z.record(
    z.string(),
    z.object({
      id: z.string(),
      clause: z.string(),
      text: z.string(),
      options: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
      required: z.boolean(),
    }),
  ),
  decisions: z.record(
    z.string(),
    z.object({
      id: z.string(),
      title: z.string(),
      celex: z.string(),
      amendedBy: z.array(z.string()).optional(),
      until: z.string().optional(),
      scope: z.string(),
      confidence: z.enum(['confirmed', 'unconfirmed']),
    }),
  ),
  pending: z.record(z.string(), z.record(z.string(), z.unknown())).describe('Pending developments by key'),
  lawProfiles: z.record(z.string(), lawProfileOut).optional(),
});
export type LeanAssessmentOut = z.infer<typeof leanAssessment>;
