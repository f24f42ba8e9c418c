import type { Alternative, Derogation } from '../../machines/mechanism.js';
import type { Question, TrailEntry } from '../../machines/questionnaire.js';
import type { SccModuleOutput } from '../../machines/sccModule.js';
import type {
  AdequacyDecision,
  Localized,
  PendingDevelopment,
  ScopeCondition,
  SupervisoryAuthority,
} from '../data/schema.js';
import type { FlowKind, MechanismKind, Obligation, PartyRole } from '../domain/verdict.js';
import type { TiaResult } from '../tia/assess.js';

/**
 * The engine's result before it is put into one language: every text is Localized. `render` turns it
 * into the `Assessment` of src/domain/verdict.ts.
 */

export type MachineName = 'transfer' | 'mechanism' | 'sccModule';

export interface EngineTrailEntry extends TrailEntry {
  machine: MachineName;
  /** What the engine read to answer: the decision relied on, the DPF facts and where they come from. */
  note?: Localized;
}

export interface EngineWarning {
  code: string;
  message: Localized;
  review?: boolean;
}

/**
 * A fact the case leaves out, where the engine took the cautious branch rather than stop: said once per
 * case (`EngineAssessment.assumptions`), not on every flow it touches.
 */
export interface EngineAssumption {
  code: string;
  message: Localized;
  /** The field of the case that would settle it, e.g. `parties[1].gdprBasis`. */
  field: string;
}

/** An assumption as the case states it: once, with every flow it touches and the field that settles it for each. */
export interface EngineCaseAssumption {
  code: string;
  message: Localized;
  flows: string[];
  /** `fields[i]` settles it for `flows[i]`. */
  fields: string[];
}

export interface EngineOpenQuestion {
  machine: MachineName;
  question: Question;
  field?: string;
}

export interface EnginePartyRef {
  id: string;
  name: string;
  type: string;
  country?: string;
  organisationId?: string;
  actsFor?: string;
}

export interface EngineAdequacy {
  decision: AdequacyDecision;
  covered: boolean;
  reason: Localized;
  conditionsToConfirm: (ScopeCondition & { kind: 'condition' | 'exclusion' })[];
}

export interface EngineScc extends SccModuleOutput {
  supervisoryAuthority?: SupervisoryAuthority;
}

/** An onward flow hanging from a transfer or from another onward flow, with the clauses that govern it. */
export interface EngineOnwardLink {
  flow: string;
  clauses: string[];
  onward: EngineOnwardLink[];
}

export interface EngineFlowVerdict {
  id: string;
  kind: FlowKind;
  exporter: EnginePartyRef;
  importer: EnginePartyRef;
  exporterRole: PartyRole;
  importerRole: PartyRole;
  mechanism: MechanismKind;
  adequacy?: EngineAdequacy;
  scc?: EngineScc;
  alternatives: Alternative[];
  derogations: Derogation[];
  obligations: Obligation[];
  warnings: EngineWarning[];
  /** What this flow's verdict merely assumes; the answer lists them once per case. */
  assumptions: EngineAssumption[];
  openQuestions: EngineOpenQuestion[];
  originatingFlows?: string[];
  /** For an onward transfer: the flows of this case it continues, and the clauses that govern it. */
  continues?: { flows: string[]; clauses: string[] };
  /** The onward flows that hang from this flow, recursively (src/engine/chain.ts). */
  onwardFlows?: EngineOnwardLink[];
  trail: EngineTrailEntry[];
  /** The Clause 14 transfer impact assessment, for a flow whose obligations include `tia` (src/tia). */
  tia?: TiaResult;
  /** For a flow resting on the DPF: the footing it would need if the decision fell (src/engine/dpf-exit.ts). */
  dpfFallback?: EngineDpfFallback;
}

export interface EngineDpfFallback {
  decision: string;
  /** The SCC module the facts call for, and whether Clause 14 would then ask for a TIA. */
  module?: 1 | 2 | 3 | 4;
  tia?: boolean;
  /** The field that would settle the module, when the facts leave it open. */
  missing?: string;
  pending: PendingDevelopment[];
}

export interface EngineAssessment {
  asOf: string;
  dataVersion: string;
  flows: EngineFlowVerdict[];
  assumptions: EngineCaseAssumption[];
}
