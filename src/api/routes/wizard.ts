import { createRoute, z } from '@hono/zod-openapi';
import { renderQuestion, renderTrail } from '../../engine/render.js';
import { replayWizard } from '../../engine/wizard.js';
import { wizardFor, wizardNames } from '../../engine/wizard-registry.js';
import type { RouteModule } from '../app.js';
import { exampleWizardRequest } from '../examples.js';
import { pickLang } from '../lang.js';
import { ApiProblem, echo, fieldPath, zodFieldErrors } from '../problem.js';
import { langQuery, problemContent } from '../schemas.js';

export const questionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    help: z.string().optional(),
    choices: z.array(z.object({ value: z.string(), label: z.string() })),
    cites: z.array(z.string()),
  })
  .openapi('WizardQuestion');

export const wizardTrailSchema = z
  .array(
    z.object({
      id: z.string(),
      question: z.string(),
      answer: z.string(),
      value: z.string(),
      cites: z.array(z.string()),
      by: z.string().optional(),
    }),
  )
  .openapi('WizardTrail');

const answerSchema = z.strictObject({
  question: z.string().min(1).max(100),
  value: z.string().min(1).max(100),
});

const wizardBody = z
  .strictObject({
    answers: z.array(answerSchema).max(200),
    /** Validated by the questionnaire's own input schema. */
    input: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('WizardRequest');

const wizardResponse = z
  .discriminatedUnion('status', [
    z.object({
      machine: z.string(),
      status: z.literal('question'),
      question: questionSchema,
      trail: wizardTrailSchema,
    }),
    z.object({
      machine: z.string(),
      status: z.literal('done'),
      result: z.unknown(),
      conclusion: z.object({ text: z.string(), cites: z.array(z.string()) }).optional(),
      trail: wizardTrailSchema,
    }),
  ])
  .openapi('WizardStep');

const step = createRoute({
  method: 'post',
  path: '/v1/wizard/{machine}',
  tags: ['Wizard'],
  summary: 'One questionnaire alone, without a case (superseded by /v1/interview)',
  deprecated: true,
  description:
    "Kept as it was. Its question ids and values are the questionnaire's own, not case fields: to fill in a case use `POST /v1/interview`. Stateless: send every answer so far, in order; one that does not fit is rejected naming `answers[i]`.",
  request: {
    params: z.object({
      // The registry's names; another name still reaches the handler's 404 (a string, not an enum, at run time).
      machine: z
        .string()
        .min(1)
        .max(50)
        .openapi({
          param: { name: 'machine', in: 'path' },
          example: 'transfer',
          enum: wizardNames(),
          description: `The questionnaire: ${wizardNames().join(', ')}`,
        }),
    }),
    query: z.object({ lang: langQuery }),
    body: {
      required: true,
      content: { 'application/json': { schema: wizardBody, example: exampleWizardRequest } },
    },
  },
  responses: {
    200: {
      description: 'The next question, or the result',
      content: { 'application/json': { schema: wizardResponse } },
    },
    400: { description: 'An answer or the input does not fit', content: problemContent },
    404: { description: 'No such questionnaire', content: problemContent },
  },
});

export const wizardRoutes: RouteModule = (app) => {
  app.openapi(step, (c) => {
    const lang = pickLang(c);
    const name = c.req.valid('param').machine;
    const entry = wizardFor(name);
    if (!entry) {
      throw new ApiProblem(404, 'not-found', {
        detail: `No questionnaire "${echo(name)}". Known: ${wizardNames().join(', ')}.`,
        errors: [{ field: 'machine', reason: 'unknown questionnaire', in: 'path' }],
      });
    }
    const body = c.req.valid('json');
    const parsedInput = entry.inputSchema.safeParse(body.input ?? {});
    if (!parsedInput.success) {
      throw new ApiProblem(400, 'invalid-request', {
        detail: 'The input does not fit this questionnaire; see errors.',
        errors: zodFieldErrors(parsedInput.error, 'body').map((e) => ({
          ...e,
          field: e.field === '(root)' ? 'input' : `input.${e.field}`,
        })),
      });
    }
    const outcome = replayWizard(entry, body.answers, parsedInput.data);
    if (outcome.status === 'rejected') {
      const field = fieldPath([
        'answers',
        outcome.index,
        ...(outcome.field === 'answer' ? [] : [outcome.field]),
      ]);
      throw new ApiProblem(400, 'invalid-request', {
        detail: `${field}: ${outcome.reason}`,
        errors: [{ field, reason: outcome.reason, in: 'body' }],
      });
    }
    const trail = renderTrail(outcome.trail, lang);
    if (outcome.status === 'question') {
      return c.json(
        {
          machine: name,
          status: 'question' as const,
          question: renderQuestion(outcome.question, lang),
          trail,
        },
        200,
      );
    }
    return c.json(
      {
        machine: name,
        status: 'done' as const,
        result: outcome.result,
        ...(outcome.conclusion
          ? { conclusion: { text: outcome.conclusion.text[lang], cites: outcome.conclusion.cites } }
          : {}),
        trail,
      },
      200,
    );
  });
};
