import { z } from 'zod';
import { clause14Questions } from '../../machines/clause14/index.js';
import { flow, party } from '../domain/case.js';
import { caseQuestions } from '../interview/questions.js';
import { answerSources } from '../tia/answers.js';
import { tiaAnswers } from '../tia/input.js';

/**
 * One vocabulary in the reference too: a field that a question fills is described in OpenAPI (and so on
 * /docs) by that question, the interview's for a party or a flow, the Clause 14 questionnaire's for a TIA
 * answer. The reference and the questions say the same, and the Worker bundle carries the words once. A
 * field with a description of its own in the schema (`.describe()`) keeps it.
 */

function describe(schema: z.ZodType | undefined, text: string) {
  if (!schema) return;
  const meta = z.globalRegistry.get(schema);
  if (!meta?.description) z.globalRegistry.add(schema, { ...meta, description: text });
}

/** The schema at a dotted path under an object schema, through its optional wrappers. */
function schemaAt(root: z.ZodType, path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = root;
  for (const key of path.split('.')) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    node = node instanceof z.ZodObject ? (node.shape as Record<string, z.ZodType>)[key] : undefined;
  }
  return node;
}

export function describeFieldsByQuestions(): void {
  for (const [key, question] of Object.entries(caseQuestions)) {
    const [of, name] = key.split('.');
    if (name) describe((of === 'party' ? party : flow).shape[name as never], question.text.en);
  }
  for (const question of clause14Questions) {
    const source = answerSources[question.id as keyof typeof answerSources];
    if (source?.from === 'answers') describe(schemaAt(tiaAnswers, source.field), question.text.en);
  }
}
