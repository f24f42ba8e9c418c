/** The Clause 14 transfer impact assessment: pure, no I/O. */
export { assessTia, type MeasureRef, type OpenQuestion, type TiaResult } from './assess.js';
export { attachTia, attachTias } from './flow.js';
export {
  type QuantifiedInput,
  quantifiedInput,
  type TiaAnswers,
  type TiaCircumstances,
  type TiaContext,
  type TransferTool,
  tiaAnswers,
  tiaCircumstances,
  transferTool,
  type UserFinding,
} from './input.js';
export { catalogue as measuresCatalogue, measureById, useCaseByNumber } from './measures.js';
export { allLawProfiles, lawProfileById, profileIdFor } from './profiles.js';
export { type QuantifiedResult, quantifyAccess, riskBasedApproachNote } from './quantified.js';
export { type RenderedTia, renderTia } from './render.js';
export type { LawProfile, LawStatement, ProfileId } from './schema.js';
