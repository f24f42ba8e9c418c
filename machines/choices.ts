import type { Choice } from './questionnaire.js';

/** Answers that recur across the questionnaires, with their labels in both languages. */

export const yes: Choice = { value: 'yes', label: { en: 'Yes', sv: 'Ja' } };
export const no: Choice = { value: 'no', label: { en: 'No', sv: 'Nej' } };

/**
 * Offered only where not knowing is an answer the law can carry: the questionnaire then goes on along
 * the cautious branch and the result says what is left to confirm. Never offered where the answer
 * decides the outcome.
 */
export const unknown: Choice = { value: 'unknown', label: { en: 'Not known', sv: 'Vet inte' } };

export const yesNo: Choice[] = [yes, no];
export const yesNoUnknown: Choice[] = [yes, no, unknown];
