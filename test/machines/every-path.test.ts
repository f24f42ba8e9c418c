import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { mechanismMachine } from '../../machines/mechanism.js';
import {
  answersInOrder,
  type Conclusion,
  type Question,
  runQuestionnaire,
} from '../../machines/questionnaire.js';
import { rolesMachine } from '../../machines/roles.js';
import { sccModuleMachine } from '../../machines/sccModule.js';
import { transferMachine } from '../../machines/transfer.js';
import {
  type Answers,
  alternativesTable,
  derogationsTable,
  fits,
  mechanismTable,
  type Row,
  rolesTable,
  sccModuleTable,
  transferTable,
} from './conclusions.js';
import { finalStateIds, pathsToFinalStates, questionStateIds } from './paths.js';

const machines: [string, AnyStateMachine][] = [
  ['roles', rolesMachine],
  ['transfer', transferMachine],
  ['mechanism', mechanismMachine],
  ['sccModule', sccModuleMachine],
];

/** The decision tables of conclusions.ts each machine's conclusions must follow. */
const tablesOf: Record<string, Record<string, Row[]>> = {
  roles: { roles: rolesTable },
  transfer: { transfer: transferTable },
  mechanism: { mechanism: mechanismTable, derogations: derogationsTable, alternatives: alternativesTable },
  sccModule: { module: sccModuleTable },
};

const filled = (text: { sv: string; en: string }) => text.sv.trim().length > 0 && text.en.trim().length > 0;

describe.each(machines)('every path of the %s machine', (_name, machine) => {
  const paths = pathsToFinalStates(machine);
  const tables = Object.entries(tablesOf[_name]!);

  it('reaches every final state the machine defines', () => {
    const reached = new Set(paths.map((p) => p.finalState));
    expect([...reached].sort()).toEqual(finalStateIds(machine).sort());
  });

  it('asks every question state on some path', () => {
    const asked = new Set(paths.flatMap((p) => p.answers.map((a) => a.question)));
    const questionIds = questionStateIds(machine).map((state) => {
      const meta = machine.root.states[state]!.meta as { question?: Question } | undefined;
      return meta?.question?.id;
    });
    expect(questionIds.every((id) => id !== undefined && asked.has(id))).toBe(true);
  });

  it.each(paths.map((p) => [p.answers.map((a) => `${a.question}=${a.value}`).join(' > '), p] as const))(
    '%s',
    (_label, path) => {
      const { answerer, used } = answersInOrder(path.answers);
      const run = runQuestionnaire(machine, undefined, answerer);
      expect(run.status).toBe('done');
      if (run.status !== 'done') return;
      expect(used()).toBe(path.answers.length);
      expect(run.state).toBe(path.finalState);
      expect(run.output).toEqual(path.output);
      // The trail is the questions answered, in order, then the conclusion.
      expect(run.trail.map((step) => step.id)).toEqual([
        ...path.answers.map((a) => a.question),
        'conclusion',
      ]);
      const conclusion = run.trail.at(-1)!;
      expect(filled(conclusion.answer)).toBe(true);
      expect(conclusion.cites.length).toBeGreaterThan(0);
      // The conclusion a lawyer expects for these answers, from the tables of conclusions.ts: the graph
      // walk above only compares the machine with itself, so a flipped guard fails only here.
      const answers: Answers = Object.fromEntries(path.answers.map((a) => [a.question, a.value]));
      for (const [table, rows] of tables) {
        const fitting = rows.filter((row) => fits(row, answers));
        expect(fitting, `${table} rows fitting`).toHaveLength(1);
        const { state, ...facts } = fitting[0]!.concludes;
        expect(run.state, table).toBe(state);
        const output = run.output as Record<string, unknown>;
        for (const [key, value] of Object.entries(facts))
          expect(output[key], `${table}: ${key}`).toEqual(value);
        expect(conclusion.cites, table).toContain(fitting[0]!.because);
      }
    },
  );

  it('has no row in its tables that no path reaches', () => {
    for (const [table, rows] of tables) {
      for (const row of rows) {
        const reached = paths.some((p) =>
          fits(row, Object.fromEntries(p.answers.map((a) => [a.question, a.value]))),
        );
        expect(reached, `${table}: ${JSON.stringify(row.when)}`).toBe(true);
      }
    }
  });
});

describe.each(machines)('texts of the %s machine', (_name, machine) => {
  const states = Object.values(machine.root.states);

  it('gives every question an id, both languages, sources and at least two answers', () => {
    for (const node of states) {
      const question = (node.meta as { question?: Question } | undefined)?.question;
      if (node.type === 'final') continue;
      expect(question).toBeDefined();
      expect(filled(question!.text)).toBe(true);
      if (question!.help) expect(filled(question!.help)).toBe(true);
      expect(question!.cites.length).toBeGreaterThan(0);
      expect(question!.choices.length).toBeGreaterThanOrEqual(2);
      for (const choice of question!.choices) expect(filled(choice.label)).toBe(true);
    }
  });

  it('gives every final state a conclusion in both languages with sources', () => {
    for (const node of states.filter((s) => s.type === 'final')) {
      const conclusion = (node.meta as { conclusion?: Conclusion } | undefined)?.conclusion;
      expect(conclusion).toBeDefined();
      expect(filled(conclusion!.text)).toBe(true);
      expect(conclusion!.cites.length).toBeGreaterThan(0);
    }
  });

  it('uses question ids that are unique within the machine', () => {
    const ids = states
      .map((node) => (node.meta as { question?: Question } | undefined)?.question?.id)
      .filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
