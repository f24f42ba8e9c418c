import { type RunResult, runQuestionnaire, type TrailEntry } from '../../machines/questionnaire.js';
import { answererFor, type FactSource } from './answers.js';
import { texts } from './texts.js';
import type { EngineFlowVerdict, EngineTrailEntry, MachineName } from './types.js';

/** Running one questionnaire over a flow's facts, and what its open question asks of the case. */

export interface Run<T> {
  result: RunResult<T>;
  /** For each question left open: the field of the case that would answer it. */
  missing: Map<string, string>;
}

export function run<T>(machine: Parameters<typeof runQuestionnaire>[0], source: FactSource): Run<T> {
  const missing = new Map<string, string>();
  return { result: runQuestionnaire<T>(machine, undefined, answererFor(source, missing)), missing };
}

/** The trail with each step naming its machine (built field by field: spreading is slow in this hot path). */
export function tag(trail: TrailEntry[], machine: MachineName): EngineTrailEntry[] {
  return trail.map(({ id, question, answer, value, cites, by }) =>
    by
      ? { id, question, answer, value, cites, by, machine }
      : { id, question, answer, value, cites, machine },
  );
}

export function openQuestionOf<T>(verdict: EngineFlowVerdict, machine: MachineName, run: Run<T>) {
  if (run.result.status !== 'open') return;
  const field = run.missing.get(run.result.question.id);
  verdict.openQuestions.push({ machine, question: run.result.question, ...(field ? { field } : {}) });
  verdict.warnings.push({
    code: 'open-question',
    message: texts.openQuestion(run.result.question.text, field),
  });
}
