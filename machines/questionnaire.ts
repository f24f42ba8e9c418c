import { type AnyStateMachine, createActor, type SnapshotFrom } from 'xstate';
import type { Localized } from '../src/data/schema.js';

/**
 * The convention every machine in this folder follows, and the one driver that runs them.
 *
 * - A state that asks something carries `meta: { question }`: its id, the text in Swedish and English,
 *   the allowed answers and the sources the question rests on.
 * - The answer is the event `{ type: 'ANSWER', value }`; guards named after the rule they encode pick
 *   the next state.
 * - A final state may carry `meta: { conclusion }`, the sentence that closes the explanation.
 * - The trail, the explanation a lawyer reads, is the list of questions answered on the way, in order,
 *   followed by the conclusion. The driver records it, so the same trail comes out whether the answers
 *   come one by one from a person (the wizard) or all at once from the facts of a case (the engine).
 */

export interface Choice {
  value: string;
  label: Localized;
}

export interface Question {
  id: string;
  text: Localized;
  help?: Localized;
  cites: string[];
  choices: Choice[];
}

export interface Conclusion {
  text: Localized;
  cites: string[];
}

export interface StateMeta {
  question?: Question;
  conclusion?: Conclusion;
}

export type AnswerEvent = { type: 'ANSWER'; value: string };

export interface TrailEntry {
  /** Question id, or `conclusion` for the closing line. */
  id: string;
  question: Localized;
  answer: Localized;
  value: string;
  cites: string[];
  /** Who gave the answer: the person (wizard), or the engine from the facts of the case. */
  by?: string;
}

export type Answerer = (question: Question) => { value: string; by?: string } | undefined;

export type RunResult<TOutput> =
  | { status: 'done'; output: TOutput; trail: TrailEntry[]; state: string }
  | { status: 'open'; question: Question; trail: TrailEntry[]; state: string }
  | { status: 'invalid'; question: Question; value: string; trail: TrailEntry[]; state: string };

const conclusionLabel: Localized = { en: 'Conclusion', sv: 'Slutsats' };

/** The meta of the state the snapshot is in (the deepest state that has any). */
export function currentMeta(snapshot: SnapshotFrom<AnyStateMachine>): StateMeta {
  const metas = Object.values(snapshot.getMeta() as Record<string, StateMeta | undefined>).filter(Boolean);
  return (metas.at(-1) as StateMeta | undefined) ?? {};
}

function stateName(snapshot: SnapshotFrom<AnyStateMachine>): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

/**
 * Runs a questionnaire to its end, or to the first question the answerer cannot answer.
 * `maxSteps` guards against a machine that loops on its own questions.
 */
export function runQuestionnaire<TOutput>(
  machine: AnyStateMachine,
  input: unknown,
  answer: Answerer,
  maxSteps = 200,
): RunResult<TOutput> {
  const actor = createActor(machine, { input });
  actor.start();
  const trail: TrailEntry[] = [];
  try {
    for (let step = 0; step < maxSteps; step += 1) {
      const snapshot = actor.getSnapshot();
      const meta = currentMeta(snapshot);
      if (snapshot.status === 'done') {
        if (meta.conclusion) {
          trail.push({
            id: 'conclusion',
            question: conclusionLabel,
            answer: meta.conclusion.text,
            value: stateName(snapshot),
            cites: meta.conclusion.cites,
          });
        }
        return { status: 'done', output: snapshot.output as TOutput, trail, state: stateName(snapshot) };
      }
      const question = meta.question;
      if (!question) throw new Error(`machine ${machine.id} is stuck in ${stateName(snapshot)}, which asks nothing`);
      const given = answer(question);
      if (!given) return { status: 'open', question, trail, state: stateName(snapshot) };
      const choice = question.choices.find((c) => c.value === given.value);
      if (!choice) return { status: 'invalid', question, value: given.value, trail, state: stateName(snapshot) };
      trail.push({
        id: question.id,
        question: question.text,
        answer: choice.label,
        value: choice.value,
        cites: question.cites,
        ...(given.by ? { by: given.by } : {}),
      });
      actor.send({ type: 'ANSWER', value: given.value } satisfies AnswerEvent);
      if (actor.getSnapshot() === snapshot) {
        throw new Error(`machine ${machine.id}: answer ${given.value} to ${question.id} leads nowhere`);
      }
    }
    throw new Error(`machine ${machine.id} asked more than ${maxSteps} questions`);
  } finally {
    actor.stop();
  }
}

/** Answers taken from a list, in order, each naming the question it answers (the wizard). */
export function answersInOrder(answers: readonly { question: string; value: string }[]) {
  let index = 0;
  const answerer: Answerer = (question) => {
    const next = answers[index];
    if (!next) return undefined;
    if (next.question !== question.id) {
      throw new WizardAnswerMismatch(index, question.id, next.question);
    }
    index += 1;
    return { value: next.value, by: 'user' };
  };
  return { answerer, used: () => index };
}

export class WizardAnswerMismatch extends Error {
  constructor(
    readonly index: number,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`answer ${index} is for question "${got}", but the questionnaire asks "${expected}" at that point`);
  }
}
