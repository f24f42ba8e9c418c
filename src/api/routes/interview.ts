import { createRoute, z } from '@hono/zod-openapi';
import { today } from '../../domain/dates.js';
import { renderAssessmentBytes, renderLeanAssessment } from '../../engine/render.js';
import { interviewCase, referenceErrors } from '../../interview/draft.js';
import { interviewStep } from '../../interview/interview.js';
import type { InterviewQuestion } from '../../interview/questions.js';
import type { RouteModule } from '../app.js';
import { caseErrorsHook, invalidCase as invalid } from '../case-check.js';
import { type Lang, pickLang } from '../lang.js';
import type { FieldError } from '../problem.js';
import { langQuery, problemContent, shapeQuery } from '../schemas.js';

/**
 * POST /v1/interview: the case as far as it is known in; the verdicts so far and the next question out.
 * The question names the field of the case it fills; answering is setting that field and sending the
 * case again (docs/interview-api.md).
 */

const choiceSchema = z.object({ value: z.union([z.string(), z.boolean()]), label: z.string() });
export const questionSchema = z
  .object({
    field: z
      .string()
      .openapi({ example: 'flows[0].publicPowers', description: 'The path in the case this question fills' }),
    stage: z.enum(['case', 'transfer', 'tia', 'documents']),
    machine: z.enum(['roles', 'transfer', 'mechanism', 'sccModule', 'clause14']).optional().openapi({
      description:
        'The questionnaire that asks it (`POST /v1/wizard/{machine}` keeps these); none for the parties and flows themselves and for details only a document needs',
    }),
    flowId: z.string().optional(),
    partyId: z.string().optional(),
    text: z.string(),
    help: z.string().optional(),
    kind: z.enum([
      'choice',
      'boolean',
      'text',
      'texts',
      'number',
      'country',
      'parties',
      'flows',
      'person',
      'dpf',
      'measures',
      'subProcessors',
    ]),
    choices: z.array(choiceSchema).optional(),
    example: z.unknown().optional(),
    sources: z.array(z.string()),
    findings: z.array(z.unknown()).optional(),
  })
  .openapi('InterviewQuestion');

const interviewAnswer = z
  .object({
    case: z.unknown().openapi({
      description: 'The case as read (country codes upper-cased): send it back with the next answer',
    }),
    assessment: z.unknown().openapi({
      description:
        'The /v1/assessments answer for the case, once every party and flow is complete; null before. With `shape=lean`, the lean answer (`LeanAssessment`).',
    }),
    next: questionSchema.nullable(),
    remaining: z.number().int(),
    documents: z.object({
      ready: z.boolean(),
      kinds: z.array(z.enum(['memo', 'scc', 'tia', 'dpa'])),
      missing: z.array(z.object({ field: z.string(), label: z.string() })),
    }),
  })
  .openapi('InterviewStep');

/** The case as far as it is known, named once in OpenAPI: the body of the interview and the wizards. */
export const interviewCaseSchema = interviewCase.openapi('InterviewCase');

export const skipQuery = z
  .union([z.string().max(500), z.array(z.string().max(500)).max(500)])
  .optional()
  .openapi({ description: 'Fields the user chose to leave open: not asked in this request (repeatable)' });

const route = createRoute({
  method: 'post',
  path: '/v1/interview',
  tags: ['Interview'],
  summary: 'The case as far as it is known in; the verdicts so far and the next question that matters out',
  description:
    'Each question names the field of the case it fills: set it and send the case again. Decisive facts come before document details; what is known or moot is not asked.',
  request: {
    query: z.object({ lang: langQuery, skip: skipQuery, shape: shapeQuery }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: interviewCaseSchema,
          example: {
            asOf: '2026-11-01',
            parties: [{ id: 'kommun', name: 'Exempel kommun', country: 'se', type: 'public-authority' }],
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The verdicts so far and the next question',
      content: { 'application/json': { schema: interviewAnswer } },
    },
    400: {
      description: 'The case is not valid; `errors` names every field at once',
      content: problemContent,
    },
  },
});

/** The interview's cross-check on a body its schema refused: references only (parts may be incomplete). */
export const referenceCheck = (raw: unknown, schemaErrors: FieldError[], lang: Lang) => {
  const known = new Set(schemaErrors.map((e) => e.field));
  return referenceErrors(raw, lang)
    .filter((e) => !known.has(e.field))
    .map((e) => ({ ...e, in: 'body' }));
};

export const renderQuestion = (q: InterviewQuestion, lang: Lang) => ({
  field: q.field,
  stage: q.stage,
  ...(q.machine !== undefined ? { machine: q.machine } : {}),
  ...(q.flowId !== undefined ? { flowId: q.flowId } : {}),
  ...(q.partyId !== undefined ? { partyId: q.partyId } : {}),
  text: q.text[lang],
  ...(q.help ? { help: q.help[lang] } : {}),
  kind: q.kind,
  ...(q.choices ? { choices: q.choices.map((ch) => ({ value: ch.value, label: ch.label[lang] })) } : {}),
  ...(q.example !== undefined ? { example: q.example } : {}),
  sources: q.sources,
  ...(q.findings
    ? {
        findings: q.findings.map((s) => ({
          id: s.id,
          law: s.law,
          text: s.text[lang],
          sources: s.sources,
          checked: s.checked,
          confidence: s.confidence,
        })),
      }
    : {}),
});

export const interviewRoutes: RouteModule = (app) => {
  app.openapi(
    route,
    async (c) => {
      const lang = pickLang(c);
      const draft = c.req.valid('json');
      const references = referenceErrors(draft, lang);
      if (references.length > 0)
        throw invalid(
          lang,
          references.map((e) => ({ ...e, in: 'body' })),
        );
      const skipped = c.req.queries('skip') ?? [];
      const asOf = draft.asOf ?? today();
      const step = interviewStep(draft, asOf, new Set(skipped), lang);
      if (step.errors)
        throw invalid(
          lang,
          step.errors.map((e) => ({ ...e, in: 'body' })),
        );
      const lean = c.req.valid('query').shape === 'lean';
      const assessment = !step.assessed
        ? null
        : lean
          ? renderLeanAssessment(step.assessed.grouped, lang, 'full')
          : JSON.parse(new TextDecoder().decode(renderAssessmentBytes(step.assessed.grouped, lang, 'full')));
      const next = step.questions[0];
      const missing = step.documents.missing.map((q) => ({ field: q.field, label: q.text[lang] }));
      const settled = step.assessed !== undefined && step.questions.every((q) => q.stage === 'documents');
      return c.json(
        {
          // The date is pinned in the case, so the next request assesses on the same day.
          case: { ...draft, asOf },
          assessment,
          next: next ? renderQuestion(next, lang) : null,
          remaining: step.questions.length,
          documents: { ready: settled && missing.length === 0, kinds: step.documents.kinds, missing },
        },
        200,
      );
    },
    caseErrorsHook(interviewCase, '', referenceCheck),
  );
};
