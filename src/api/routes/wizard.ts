import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { today } from '../../domain/dates.js';
import { renderAssessmentBytes } from '../../engine/render.js';
import { interviewCase, referenceErrors } from '../../interview/draft.js';
import { interviewStep } from '../../interview/interview.js';
import { decidedBy, isWizardMachine, wizardMachines, wizardQuestions } from '../../interview/wizard.js';
import type { RouteModule } from '../app.js';
import { caseErrorsHook, invalidCase } from '../case-check.js';
import { type Lang, pickLang } from '../lang.js';
import { ApiProblem, echo } from '../problem.js';
import { langQuery, problemContent } from '../schemas.js';
import {
  interviewCaseSchema,
  questionSchema,
  referenceCheck,
  renderQuestion,
  skipQuery,
} from './interview.js';

/**
 * POST /v1/wizard/{machine}: the interview (POST /v1/interview) restricted to one questionnaire. The body is
 * the case; each question names the case field it fills, with the interview's labels, help and sources;
 * answering is setting that field and sending the case again (docs/interview-api.md).
 */

const wizardAnswer = z
  .object({
    machine: z.enum(wizardMachines as [string, ...string[]]),
    case: z.unknown().openapi({
      description:
        'The case as read (country codes upper-cased, `asOf` pinned): send it back with the next answer',
    }),
    next: questionSchema.nullable().openapi({
      description:
        "The next question of this questionnaire (or of the case's structure, which it needs first); null when it has all it asks",
    }),
    remaining: z.number().int(),
    flows: z.array(z.record(z.string(), z.unknown())).nullable().openapi({
      description:
        "Per flow, once the parties and flows are complete: `id`, what this questionnaire decided (roles: `exporterRole`, `importerRole`; transfer: `kind`; mechanism: `mechanism`, `adequacy`, `alternatives`, `derogations`; sccModule: `scc`; clause14: `tia`) as `/v1/assessments` gives it, and this questionnaire's `trail`. null before.",
    }),
  })
  .openapi('WizardStep');

const route = createRoute({
  method: 'post',
  path: '/v1/wizard/{machine}',
  tags: ['Wizard'],
  summary: "The interview restricted to one questionnaire's questions",
  description:
    "The body is the case, as for `POST /v1/interview`. The parties, flows and their roles are asked first (every questionnaire needs them), then only this questionnaire's questions; each names the field of the case it fills, with values in the case's own terms: set it and send the case again. A body in the old form (`answers`, `input`: the questionnaire's own ids and values) is refused with a 400 that says what changed.",
  request: {
    params: z.object({
      // The wizards' names; another name reaches the handler's 404 (a string, not an enum, at run time).
      machine: z
        .string()
        .min(1)
        .max(50)
        .openapi({
          param: { name: 'machine', in: 'path' },
          example: 'clause14',
          enum: [...wizardMachines],
          description: `The questionnaire: ${wizardMachines.join(', ')}`,
        }),
    }),
    query: z.object({ lang: langQuery, skip: skipQuery }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: interviewCaseSchema,
          example: {
            asOf: '2026-11-01',
            parties: [
              { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' },
              { id: 'edtech', name: 'EdTech Learning Inc.', country: 'US', type: 'company' },
            ],
            flows: [
              { id: 'plattform', from: 'kommun', to: 'edtech', fromRole: 'controller', toRole: 'processor' },
            ],
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: "This questionnaire's next question, and what it decided so far",
      content: { 'application/json': { schema: wizardAnswer } },
    },
    400: {
      description: 'The case is not valid (every field at once), or the body is in the old form',
      content: problemContent,
    },
    404: { description: 'No such questionnaire', content: problemContent },
  },
});

const unknownMachine = (name: string, lang: Lang) =>
  new ApiProblem(404, 'not-found', {
    detail:
      lang === 'sv'
        ? `Det finns ingen guide "${echo(name)}". Kända: ${wizardMachines.join(', ')}.`
        : `No questionnaire "${echo(name)}". Known: ${wizardMachines.join(', ')}.`,
    errors: [
      {
        field: 'machine',
        reason: lang === 'sv' ? 'okänt frågeformulär' : 'unknown questionnaire',
        in: 'path',
      },
    ],
  });

/** The wizard's body before this version: answers in the questionnaire's own ids, and its input. */
const oldKeys = ['answers', 'input'] as const;

const oldForm = (keys: string[], lang: Lang) =>
  new ApiProblem(400, 'invalid-request', {
    detail:
      lang === 'sv'
        ? 'Guiden tar nu emot själva fallet, inte en lista med svar, så `answers` och `input` läses inte. Varje fråga anger det fält i fallet som den fyller i (`next.field`), med värden som fallet skriver dem (till exempel `flows[0].tia.circumstances.format: "clear"` i stället för `dataFormat: "clear"`): ange fältet och skicka fallet igen. Läs avsnittet om guiderna i docs/interview-api.md eller /docs?lang=sv.'
        : 'The wizard now takes the case itself, not a list of answers, so `answers` and `input` are not read. Each question names the field of the case it fills (`next.field`), with values as the case holds them (for example `flows[0].tia.circumstances.format: "clear"` instead of `dataFormat: "clear"`): set that field and send the case again. Read the wizards section of docs/interview-api.md, or /docs.',
    errors: keys.map((field) => ({
      field,
      reason:
        lang === 'sv'
          ? 'används inte längre: svaret anges i det fält i fallet som frågan anger'
          : 'no longer used: the answer goes in the field of the case the question names',
      in: 'body',
    })),
  });

/** The hook: an unknown questionnaire is a 404 and an old-form body says so, before the case's own errors. */
const interviewErrors = caseErrorsHook(interviewCase, '', referenceCheck);
const wizardHook = (async (result: { success: boolean }, c: Context) => {
  if (result.success) return undefined;
  const lang = pickLang(c);
  const name = c.req.param('machine') ?? '';
  if (!isWizardMachine(name)) throw unknownMachine(name, lang);
  const raw: unknown = await c.req.json().catch(() => undefined);
  const old = typeof raw === 'object' && raw !== null ? oldKeys.filter((k) => Object.hasOwn(raw, k)) : [];
  if (old.length > 0) throw oldForm(old, lang);
  return (interviewErrors as (r: unknown, c: Context) => Promise<undefined>)(result, c);
}) as never;

export const wizardRoutes: RouteModule = (app) => {
  app.openapi(
    route,
    (c) => {
      const lang = pickLang(c);
      const machine = c.req.valid('param').machine;
      if (!isWizardMachine(machine)) throw unknownMachine(machine, lang);
      const draft = c.req.valid('json');
      const references = referenceErrors(draft, lang);
      if (references.length > 0)
        throw invalidCase(
          lang,
          references.map((e) => ({ ...e, in: 'body' })),
        );
      const asOf = draft.asOf ?? today();
      const step = interviewStep(draft, asOf, new Set(c.req.queries('skip') ?? []), lang);
      if (step.errors)
        throw invalidCase(
          lang,
          step.errors.map((e) => ({ ...e, in: 'body' })),
        );
      const questions = wizardQuestions(step, machine);
      const flows = step.assessed
        ? (
            JSON.parse(
              new TextDecoder().decode(renderAssessmentBytes(step.assessed.grouped, lang, 'full')),
            ) as { flows: Record<string, unknown>[] }
          ).flows.map((flow) => decidedBy(machine, flow))
        : null;
      const next = questions[0];
      return c.json(
        {
          machine,
          case: { ...draft, asOf },
          next: next ? renderQuestion(next, lang) : null,
          remaining: questions.length,
          flows,
        },
        200,
      );
    },
    wizardHook,
  );
};
