export { clause14Conclusions } from './conclusions.js';
export { clause14Machine } from './machine.js';
export { type Clause14Question, clause14Questions, clause14Steps, lookaheadAnswers } from './questions.js';
export type { AssessorRole, Clause14Outcome, Clause14Output, NotNeededReason } from './types.js';
export { assessorOf, useCaseFor, useCaseOrder, useCaseRules } from './use-cases.js';
