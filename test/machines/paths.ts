import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { type AnswerEvent, currentMeta, stateName } from '../../machines/questionnaire.js';

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
      finalState: stateName(path.state),
      output: path.state.output,
    }));
}

/** Every leaf state of a machine, with its kind: phases are parent states and hold leaves of their own. */
function leaves(node: AnyStateMachine['root']): [string, AnyStateMachine['root']][] {
  return Object.entries(node.states).flatMap(([key, child]) =>
    Object.keys(child.states).length > 0 ? leaves(child) : [[key, child] as [string, typeof child]],
  );
}

/** The ids of the machine's final states, read from its definition (nested phases included). */
export function finalStateIds(machine: AnyStateMachine): string[] {
  return leaves(machine.root)
    .filter(([, node]) => node.type === 'final')
    .map(([key]) => key);
}

/** The ids of the machine's leaf states that are not final: those that ask something, or pass on. */
export function questionStateIds(machine: AnyStateMachine): string[] {
  return leaves(machine.root)
    .filter(([, node]) => node.type !== 'final')
    .map(([key]) => key);
}
