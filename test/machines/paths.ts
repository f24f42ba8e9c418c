import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { type AnswerEvent, currentMeta } from '../../machines/questionnaire.js';

/** One way through a questionnaire: the answers given, each naming its question, and where it ends. */
export interface AnswerPath {
  answers: { question: string; value: string }[];
  finalState: string;
  output: unknown;
}

const answersOffered = (snapshot: SnapshotFrom<AnyStateMachine>): AnswerEvent[] =>
  (currentMeta(snapshot).question?.choices ?? []).map((choice) => ({ type: 'ANSWER', value: choice.value }));

/** Every simple path from the first question to a final state, found by xstate's graph traversal. */
export function pathsToFinalStates(machine: AnyStateMachine): AnswerPath[] {
  const paths = getSimplePaths(machine, { events: answersOffered });
  return paths
    .filter((path) => path.state.status === 'done')
    .map((path) => ({
      answers: path.steps.slice(1).map((step, i) => {
        const asked = currentMeta(path.steps[i]!.state).question;
        if (!asked) throw new Error(`no question before step ${i + 1}`);
        return { question: asked.id, value: (step.event as AnswerEvent).value };
      }),
      finalState: String(path.state.value),
      output: path.state.output,
    }));
}

/** The ids of the machine's final states, read from its definition. */
export function finalStateIds(machine: AnyStateMachine): string[] {
  return Object.entries(machine.root.states)
    .filter(([, node]) => node.type === 'final')
    .map(([key]) => key);
}

/** The ids of the machine's states that ask something. */
export function questionStateIds(machine: AnyStateMachine): string[] {
  return Object.entries(machine.root.states)
    .filter(([, node]) => node.type !== 'final')
    .map(([key]) => key);
}
