import { valueAt } from '../../src/interview/interview.js';
import { schoolCase } from './school-case.js';

/** A person answering the interview's (or a wizard's) questions from the school case. */

/** The answer a person gives to a question, read off the whole case. */
export function answerFor(field: string): unknown {
  if (field === 'parties')
    return schoolCase.parties.map(({ id, name, country, type }) => ({ id, name, country, type }));
  if (field === 'flows') return schoolCase.flows.map(({ id, from, to }) => ({ id, from, to }));
  return valueAt(schoolCase, field);
}

export function setAt(root: Record<string, unknown>, field: string, value: unknown) {
  const keys: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part)!;
    keys.push(m[1]!);
    for (const x of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(x[1]));
  }
  let at = root as Record<string | number, unknown>;
  keys.slice(0, -1).forEach((k, i) => {
    at[k] ??= typeof keys[i + 1] === 'number' ? [] : {};
    at = at[k] as Record<string | number, unknown>;
  });
  at[keys.at(-1)!] = value;
}
