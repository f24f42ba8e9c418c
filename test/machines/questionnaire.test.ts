import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { type AnswerEvent, type Question, runQuestionnaire } from '../../machines/questionnaire.js';
import { type TransferOutput, transferMachine } from '../../machines/transfer.js';

/**
 * The driver keeps the states answers led to, per machine, and walks them on the next run with the same
 * answers. A run must come out as if the machine had been run afresh, and what it shares must not be
 * changeable by the caller.
 */

const answers: Record<string, string> = {
  senderRole: 'controller',
  senderSubjectToGdpr: 'establishment',
  disclosure: 'transmission',
  recipientLocation: 'third-country',
};

const runTransfer = (input?: unknown) =>
  runQuestionnaire<TransferOutput>(transferMachine, input, (question) => {
    const value = answers[question.id];
    return value === undefined ? undefined : { value, by: `case.${question.id}` };
  });

const question = (id: string, values: string[]): Question => ({
  id,
  text: { en: id, sv: id },
  cites: [],
  choices: values.map((value) => ({ value, label: { en: value, sv: value } })),
});

describe('runQuestionnaire', () => {
  it('gives the same run, trail and output when the same answers come again', () => {
    const first = runTransfer();
    const again = runTransfer();
    expect(first.status).toBe('done');
    expect(again).toEqual(first);
    // A fresh trail for every run, so a caller may extend its own.
    expect(again.trail).not.toBe(first.trail);
    expect(again.trail.map((step) => step.by)).toEqual([
      'case.senderRole',
      'case.senderSubjectToGdpr',
      'case.disclosure',
      'case.recipientLocation',
      undefined,
    ]);
  });

  it('shares the output of a kept run frozen, so no caller can change it for the next', () => {
    const result = runTransfer();
    if (result.status !== 'done') throw new Error('expected done');
    expect(Object.isFrozen(result.output)).toBe(true);
    expect(() => {
      (result.output as { kind: string }).kind = 'not-a-transfer';
    }).toThrow(TypeError);
    expect(runTransfer()).toMatchObject({ output: { kind: 'transfer' } });
  });

  it('runs a machine started with an input afresh, keeping nothing', () => {
    const result = runTransfer({});
    expect(result).toEqual(runTransfer());
    if (result.status !== 'done') throw new Error('expected done');
    expect(Object.isFrozen(result.output)).toBe(false);
  });

  it('still refuses an answer that leads nowhere, kept or not', () => {
    const stuck = setup({ types: { events: {} as AnswerEvent } }).createMachine({
      id: 'stuck',
      initial: 'ask',
      states: {
        ask: {
          meta: { question: question('ask', ['yes', 'no']) },
          on: { ANSWER: { guard: ({ event }) => event.value === 'yes', target: 'end' } },
        },
        end: { type: 'final' },
      },
    });
    const answerNo = () => ({ value: 'no' });
    expect(() => runQuestionnaire(stuck, undefined, answerNo)).toThrow(/answer no to ask leads nowhere/);
    expect(() => runQuestionnaire(stuck, undefined, answerNo)).toThrow(/leads nowhere/);
    expect(() => runQuestionnaire(stuck, {}, answerNo)).toThrow(/leads nowhere/);
    expect(runQuestionnaire(stuck, undefined, () => ({ value: 'yes' })).status).toBe('done');
  });
});
