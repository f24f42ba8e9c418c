import type { AssessmentCase } from '../domain/case.js';
import { validateCase } from '../engine/validate-case.js';
import type { Lang } from './lang.js';
import { ApiProblem } from './problem.js';

/**
 * Refuses, with a 400 naming every field, a case whose parts do not hold together (flows naming unknown
 * parties, countries unknown on the date, ...): what the schema alone cannot check. `at` is where the case
 * sits in the body (`case.` when it is wrapped), so the field paths name the body's own fields.
 */
export function assertCaseHolds(input: AssessmentCase, asOf: string, lang: Lang, at = ''): void {
  const errors = validateCase(input, asOf);
  if (errors.length === 0) return;
  throw new ApiProblem(400, 'invalid-request', {
    detail:
      lang === 'sv'
        ? 'Fallet hänger inte ihop; se errors för varje fält.'
        : 'The case does not hold together; see errors for each field.',
    errors: errors.map((e) => ({ ...e, field: `${at}${e.field}`, in: 'body' })),
  });
}
