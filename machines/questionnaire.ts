import { type AnyStateMachine, initialTransition, type SnapshotFrom, transition } from 'xstate';
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

/** A guard that holds when the answer is `value`: the rule's name goes in `setup`, its citation beside it. */
export const answered =
  (value: string) =>
  ({ event }: { event: AnswerEvent }) =>
    event.value === value;

/**
 * A final state: the conclusion it closes the trail with, and what it decides, recorded in the context
 * by the machine's `conclude` action for the output to read.
 */
export function final<P extends object>(conclusion: Conclusion, params: P) {
  return {
    type: 'final' as const,
    meta: { conclusion },
    entry: { type: 'conclude' as const, params },
  };
}

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

/**
 * The name of the state a run is in: the leaf, since phases are parent states (`{ step1: 'dataFormat' }`
 * is in `dataFormat`). A question or conclusion is named once in a machine, so the leaf is unique.
 */
export function stateName(snapshot: SnapshotFrom<AnyStateMachine>): string {
  let value: unknown = snapshot.value;
  while (value !== null && typeof value === 'object') {
    const entries = Object.values(value as Record<string, unknown>);
    if (entries.length !== 1) return JSON.stringify(snapshot.value);
    value = entries[0];
  }
  return String(value);
}

/**
 * A state a run can be in, with what the driver reads from it. The machines are pure (guards read only
 * the answers; actions only assign), so the state an answer leads to is always the same: each step
 * keeps the steps its answers led to, and a run over answers given before is a walk through the map
 * instead of a fresh xstate actor per flow. Runs started with an input are not kept.
 */
interface Step {
  snapshot: SnapshotFrom<AnyStateMachine>;
  meta: StateMeta;
  name: string;
  /** The steps the answers given here led to, by answer; undefined for a step that is not kept. */
  next?: Map<string, Step>;
}

/** Steps kept per machine, at most (about 300 bytes each); past it, runs are computed without being kept. */
const maxStepsKept = 10_000;
let kept = new WeakMap<AnyStateMachine, { start: Step; size: number }>();

/**
 * Forgets every kept step, so the next run computes each step afresh. For mutation testing only
 * (test/mutation-setup.ts): Stryker credits a machine's code to the tests that run it, and a run that walks
 * kept steps runs none, so a test walking a path another test walked before would never meet a mutant there.
 */
export function forgetKeptSteps(): void {
  kept = new WeakMap();
}

function stepOf(snapshot: SnapshotFrom<AnyStateMachine>, keep: boolean): Step {
  const step: Step = { snapshot, meta: currentMeta(snapshot), name: stateName(snapshot) };
  if (keep) {
    step.next = new Map();
    // A kept output reaches every run that ends in the same state: frozen, so no caller can change it.
    if (snapshot.status === 'done') deepFreeze(snapshot.output);
  }
  return step;
}

function firstStep(machine: AnyStateMachine, input: unknown): Step {
  if (input !== undefined) return stepOf(initialTransition(machine, input)[0], false);
  let entry = kept.get(machine);
  if (!entry) {
    entry = { start: stepOf(initialTransition(machine)[0], true), size: 1 };
    kept.set(machine, entry);
  }
  return entry.start;
}

function nextStep(machine: AnyStateMachine, from: Step, value: string): Step {
  const known = from.next?.get(value);
  if (known) return known;
  const event: AnswerEvent = { type: 'ANSWER', value };
  const snapshot = transition(machine, from.snapshot, event)[0];
  if (snapshot === from.snapshot) return from;
  const entry = from.next ? kept.get(machine) : undefined;
  const keep = entry !== undefined && entry.size < maxStepsKept;
  const step = stepOf(snapshot, keep);
  if (keep) {
    entry.size += 1;
    from.next?.set(value, step);
  }
  return step;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
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
  let step = firstStep(machine, input);
  const trail: TrailEntry[] = [];
  for (let count = 0; count < maxSteps; count += 1) {
    const { meta, name } = step;
    if (step.snapshot.status === 'done') {
      if (meta.conclusion) {
        trail.push({
          id: 'conclusion',
          question: conclusionLabel,
          answer: meta.conclusion.text,
          value: name,
          cites: meta.conclusion.cites,
        });
      }
      return { status: 'done', output: step.snapshot.output as TOutput, trail, state: name };
    }
    const question = meta.question;
    if (!question) throw new Error(`machine ${machine.id} is stuck in ${name}, which asks nothing`);
    const given = answer(question);
    if (!given) return { status: 'open', question, trail, state: name };
    const choice = question.choices.find((c) => c.value === given.value);
    if (!choice) return { status: 'invalid', question, value: given.value, trail, state: name };
    trail.push({
      id: question.id,
      question: question.text,
      answer: choice.label,
      value: choice.value,
      cites: question.cites,
      ...(given.by ? { by: given.by } : {}),
    });
    const next = nextStep(machine, step, given.value);
    if (next === step) {
      throw new Error(`machine ${machine.id}: answer ${given.value} to ${question.id} leads nowhere`);
    }
    step = next;
  }
  throw new Error(`machine ${machine.id} asked more than ${maxSteps} questions`);
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
