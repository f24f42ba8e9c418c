/** The output of the clause14 machine and the kinds it names. */

export type Clause14Outcome = 'not-needed' | 'proceed' | 'proceed-with-measures' | 'do-not-transfer';
export type NotNeededReason = 'adequacy' | 'derogation' | 'module4-no-combination';
export type AssessorRole = 'exporter-controller' | 'exporter-processor' | 'exporter';

export interface Clause14Output {
  outcome: Clause14Outcome;
  /** The final state that decided, e.g. `doNotTransferUseCase6`. */
  state: string;
  notNeeded?: NotNeededReason;
  /** The EDPB use case (Annex 2) that decided at step 4. */
  useCase?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Who carries out the assessment; module 3 adds the controller as reviewer (CNIL TIA guide). */
  assessor?: AssessorRole;
  reviewer?: 'controller';
  practicalExperience?: 'accepted' | 'rejected' | 'not-claimed';
  /** Every answer given, by question id. */
  answers: Record<string, string>;
}

export interface Clause14Context {
  answers: Record<string, string>;
  outcome?: {
    outcome: Clause14Outcome;
    state: string;
    notNeeded?: NotNeededReason;
    useCase?: Clause14Output['useCase'];
  };
}
