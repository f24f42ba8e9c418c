import { createRoute, z } from '@hono/zod-openapi';
import type { Conclusion, Question } from '../../../machines/questionnaire.js';
import { runQuestionnaire } from '../../../machines/questionnaire.js';
import { type RolesOutput, roleLabels, rolesMachine } from '../../../machines/roles.js';
import { renderQuestion, renderTrail } from '../../engine/render.js';
import type { RouteModule } from '../app.js';
import { pickLang } from '../lang.js';
import { ApiProblem } from '../problem.js';
import { langQuery, problemContent } from '../schemas.js';

/** Every question of the roles questionnaire, by id, read from the machine itself. */
const rolesQuestions = new Map<string, Question>(
  Object.values(rolesMachine.root.states)
    .map((node) => (node.meta as { question?: Question } | undefined)?.question)
    .filter((q): q is Question => q !== undefined)
    .map((q) => [q.id, q]),
);

const questionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    help: z.string().optional(),
    choices: z.array(z.object({ value: z.string(), label: z.string() })),
    cites: z.array(z.string()),
  })
  .openapi('RolesQuestion');

const wizardTrailSchema = z
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
  .openapi('RolesTrail');

const rolesBody = z
  .strictObject({
    answers: z
      .record(z.string().max(100), z.string().max(100))
      .openapi({ example: { decidesPurposes: 'no', decidesEssentialMeans: 'no', processesOnBehalf: 'yes' } }),
  })
  .openapi('RolesRequest');

const rolesResponse = z
  .discriminatedUnion('status', [
    z.object({
      status: z.literal('done'),
      role: z.enum(['controller', 'joint-controller', 'processor', 'sub-processor', 'none', 'undetermined']),
      label: z.string(),
      conclusion: z.object({ text: z.string(), cites: z.array(z.string()) }).optional(),
      trail: wizardTrailSchema,
      /** Answers given to questions this path did not ask; they did not influence the role. */
      unused: z.array(z.string()),
    }),
    z.object({ status: z.literal('question'), question: questionSchema, trail: wizardTrailSchema }),
  ])
  .openapi('RolesAnswer');

const roles = createRoute({
  method: 'post',
  path: '/v1/roles',
  tags: ['Wizard'],
  summary:
    'The role of a party for one processing: controller (PUA), joint controller, processor (PUB), sub-processor',
  description:
    'Answers to the roles questionnaire (EDPB Guidelines 07/2020), keyed by question id. With enough answers: the role and the trail; otherwise the next question to answer.',
  request: {
    query: z.object({ lang: langQuery }),
    body: { required: true, content: { 'application/json': { schema: rolesBody } } },
  },
  responses: {
    200: {
      description: 'The role, or the next question',
      content: { 'application/json': { schema: rolesResponse } },
    },
    400: { description: 'An answer does not fit', content: problemContent },
  },
});

export const rolesRoutes: RouteModule = (app) => {
  app.openapi(roles, (c) => {
    const lang = pickLang(c);
    const { answers } = c.req.valid('json');
    const errors: { field: string; reason: string; in: string }[] = [];
    for (const [id, value] of Object.entries(answers)) {
      const question = rolesQuestions.get(id);
      if (!question) {
        errors.push({
          field: `answers.${id}`,
          reason: `not a question of the roles questionnaire (${[...rolesQuestions.keys()].join(', ')})`,
          in: 'body',
        });
      } else if (!question.choices.some((choice) => choice.value === value)) {
        errors.push({
          field: `answers.${id}`,
          reason: `"${value}" is not an answer; allowed: ${question.choices.map((choice) => choice.value).join(', ')}`,
          in: 'body',
        });
      }
    }
    if (errors.length > 0) {
      throw new ApiProblem(400, 'invalid-request', {
        detail: 'One or more answers do not fit; see errors.',
        errors,
      });
    }

    const result = runQuestionnaire<RolesOutput>(rolesMachine, undefined, (question) => {
      const value = answers[question.id];
      return value === undefined ? undefined : { value, by: 'user' };
    });
    const trail = renderTrail(result.trail, lang);
    if (result.status === 'open') {
      return c.json(
        { status: 'question' as const, question: renderQuestion(result.question, lang), trail },
        200,
      );
    }
    if (result.status === 'invalid') throw new Error('roles answers were checked before the run');
    const asked = new Set(result.trail.map((entry) => entry.id));
    const node = rolesMachine.root.states[result.state];
    const conclusion = (node?.meta as { conclusion?: Conclusion } | undefined)?.conclusion;
    return c.json(
      {
        status: 'done' as const,
        role: result.output.role,
        label: roleLabels[result.output.role][lang],
        ...(conclusion ? { conclusion: { text: conclusion.text[lang], cites: conclusion.cites } } : {}),
        trail,
        unused: Object.keys(answers).filter((id) => !asked.has(id)),
      },
      200,
    );
  });
};
