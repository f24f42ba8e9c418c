import type { InterviewStep } from './interview.js';
import type { InterviewQuestion, WizardMachine } from './questions.js';

/**
 * A per-machine wizard is the interview restricted to one questionnaire: the same case in, the same
 * questions (field, values in the case's own terms, labels, help, sources), but only the case's structure
 * (parties, flows and their roles: every questionnaire needs them) and the questions that questionnaire
 * asks. Pure: the case is the state. The order of `wizardMachines` is the order the engine runs them in.
 */

export const wizardMachines: readonly WizardMachine[] = [
  'roles',
  'transfer',
  'mechanism',
  'sccModule',
  'clause14',
] as const;

export function isWizardMachine(name: string): name is WizardMachine {
  return (wizardMachines as readonly string[]).includes(name);
}

/**
 * The interview's open questions this wizard asks, in the interview's order: the case's structure, this
 * questionnaire's own, and a fact an earlier questionnaire stops at (until it is given, this one is never
 * reached: a Clause 14 assessment needs the footing first). Facts where the engine takes the cautious
 * branch instead are left to their own questionnaire.
 */
export function wizardQuestions(step: InterviewStep, machine: WizardMachine): InterviewQuestion[] {
  const before = (other: WizardMachine | undefined) =>
    other !== undefined && wizardMachines.indexOf(other) < wizardMachines.indexOf(machine);
  return step.questions.filter(
    (q) => q.stage === 'case' || q.machine === machine || (q.stops === true && before(q.machine)),
  );
}

/**
 * What each questionnaire decides, as the assessment's flow names it: the wizard's answer shows these
 * fields of each flow, with that questionnaire's part of the trail.
 */
export const decidedFields: Record<WizardMachine, readonly string[]> = {
  roles: ['exporterRole', 'importerRole'],
  transfer: ['kind'],
  mechanism: ['mechanism', 'adequacy', 'alternatives', 'derogations'],
  sccModule: ['scc'],
  clause14: ['tia'],
};

/** One flow of a rendered assessment, cut down to what `machine` decided and its own trail steps. */
export function decidedBy(machine: WizardMachine, flow: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: flow.id };
  for (const key of decidedFields[machine]) if (flow[key] !== undefined) out[key] = flow[key];
  const trail = (flow.trail ?? []) as { machine?: string }[];
  out.trail = trail.filter((step) => step.machine === machine);
  return out;
}
