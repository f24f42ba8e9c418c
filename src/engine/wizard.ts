import {
  answersInOrder,
  type Conclusion,
  type Question,
  runQuestionnaire,
  type TrailEntry,
  WizardAnswerMismatch,
} from '../../machines/questionnaire.js';
import type { WizardEntry } from './wizard-registry.js';

/**
 * The stateless wizard: the client sends every answer so far; the questionnaire is replayed from the
 * start, so a tampered or stale list is checked again answer by answer and no session is kept.
 */

export interface WizardAnswer {
  question: string;
  value: string;
}

export type WizardOutcome =
  | { status: 'question'; question: Question; trail: TrailEntry[] }
  | { status: 'done'; result: unknown; conclusion?: Conclusion; state: string; trail: TrailEntry[] }
  | { status: 'rejected'; index: number; field: 'question' | 'value' | 'answer'; reason: string };

export function replayWizard(
  entry: WizardEntry,
  answers: readonly WizardAnswer[],
  input: unknown,
): WizardOutcome {
  const { answerer, used } = answersInOrder(answers);
  let result: ReturnType<typeof runQuestionnaire>;
  try {
    result = runQuestionnaire(entry.machine, input, answerer);
  } catch (error) {
    if (error instanceof WizardAnswerMismatch) {
      return {
        status: 'rejected',
        index: error.index,
        field: 'question',
        reason: `the questionnaire asks "${error.expected}" at this point, not "${error.got}"`,
      };
    }
    throw error;
  }
  if (result.status === 'invalid') {
    const allowed = result.question.choices.map((c) => c.value).join(', ');
    return {
      status: 'rejected',
      index: used() - 1,
      field: 'value',
      reason: `"${result.value}" is not an answer to "${result.question.id}"; allowed: ${allowed}`,
    };
  }
  if (used() < answers.length) {
    return {
      status: 'rejected',
      index: used(),
      field: 'answer',
      reason: 'the questionnaire had already reached its conclusion; remove this and later answers',
    };
  }
  if (result.status === 'open') return { status: 'question', question: result.question, trail: result.trail };
  const conclusion = conclusionOf(entry, result.state);
  return {
    status: 'done',
    result: result.output,
    state: result.state,
    ...(conclusion ? { conclusion } : {}),
    trail: result.trail,
  };
}

function conclusionOf(entry: WizardEntry, state: string): Conclusion | undefined {
  const node = entry.machine.root.states[state];
  return (node?.meta as { conclusion?: Conclusion } | undefined)?.conclusion;
}
