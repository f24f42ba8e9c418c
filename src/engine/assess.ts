import { dataVersion } from '../data/version.js';
import type { AssessmentCase } from '../domain/case.js';
import { dpfListMeta } from '../dpf/list.js';
import { attachTia } from '../tia/flow.js';
import { flowParties } from './answers.js';
import { CaseFacts, type IndexedFlow } from './case-facts.js';
import { classifyFlows } from './classify.js';
import { assessFlow } from './flow-verdict.js';
import { flowIndexMark, likeFlow, markedPlaces, relabel } from './like-flows.js';
import { describeOnwardTransfers } from './onward.js';
import type { EngineAssessment, EngineFlowVerdict } from './types.js';

/**
 * The engine: runs the questionnaires over every flow of a case, answering each question from the facts
 * of the case and the legal data, so the trail it returns is the one a person would get from the wizard
 * with the same answers. Pure: no I/O. The case must have passed `validateCase`.
 */

/**
 * A case's verdicts with each group of like flows assessed once. Flows are alike when they share every
 * fact a verdict depends on: all their fields but the id (so the same parties) and how the data reached
 * the sender. A batch of a thousand flows is mostly such repeats.
 */
export interface GroupedAssessment {
  asOf: string;
  dataVersion: string;
  /**
   * The verdict of each group, written for any of its flows: the `id` is empty and a path into the flow
   * reads `flows[\uE000]` where `marked` is true. `flowVerdict` makes the verdict of one flow.
   */
  groups: EngineFlowVerdict[];
  /** Every flow in input order: its id and its group. */
  flows: { id: string; group: number }[];
  /** False when the case itself holds the mark: then no flows are grouped and the paths are the real ones. */
  marked: boolean;
}

export function assessCase(input: AssessmentCase, asOf: string): EngineAssessment {
  const grouped = assessGrouped(input, asOf);
  return {
    asOf,
    dataVersion: grouped.dataVersion,
    flows: grouped.flows.map((_, i) => flowVerdict(grouped, i)),
  };
}

export function assessGrouped(input: AssessmentCase, asOf: string): GroupedAssessment {
  const facts = new CaseFacts(input, asOf);
  const marked = !JSON.stringify(input).includes(flowIndexMark);
  const classified = classifyFlows(facts, marked);
  const keys = new Map<string, number>();
  const groups: { verdict: EngineFlowVerdict; flow: IndexedFlow }[] = [];
  const flows = facts.flows.map((f, i) => {
    const c = classified[i]!;
    const key = marked ? JSON.stringify([c.key, c.receipt ?? null, c.origins ?? null]) : String(i);
    let group = keys.get(key);
    if (group === undefined) {
      group = groups.length;
      keys.set(key, group);
      const like = likeFlow(f, marked);
      groups.push({ verdict: assessFlow(facts, like, c), flow: like });
    }
    return { id: f.flow.id, group };
  });
  const verdicts = groups.map((g) => g.verdict);
  const groupOf = new Map(flows.map((f) => [f.id, verdicts[f.group]!]));
  describeOnwardTransfers(verdicts, groupOf);
  // Clause 14: the transfer impact assessment of every flow whose obligations include `tia`.
  for (const g of groups) {
    const importer = flowParties(facts, g.flow).importer.party;
    attachTia(g.flow.flow, g.verdict, asOf, g.flow.path, importer.country ?? g.verdict.importer.country);
  }
  return { asOf, dataVersion: currentDataVersion(), groups: verdicts, flows, marked };
}

/**
 * The verdict of the flow at `index`: its group's, with the flow's own id and paths. The verdict and its
 * lists are the flow's own; the objects in the lists may be shared with the other flows of its group.
 */
export function flowVerdict(grouped: GroupedAssessment, index: number): EngineFlowVerdict {
  const flow = grouped.flows[index];
  if (!flow) throw new RangeError(`no flow at ${index}`);
  const verdict = grouped.groups[flow.group]!;
  const places = grouped.marked ? markedPlaces(verdict) : undefined;
  const own = places ? (relabel(verdict, places, String(index)) as EngineFlowVerdict) : verdict;
  return {
    ...own,
    id: flow.id,
    alternatives: [...own.alternatives],
    derogations: [...own.derogations],
    obligations: [...own.obligations],
    warnings: [...own.warnings],
    openQuestions: [...own.openQuestions],
    trail: [...own.trail],
  };
}

/** dataVersion() copies every dataset's meta; it changes only when another DPF list is loaded. */
let version: { list: object; text: string } | undefined;
function currentDataVersion(): string {
  const list = dpfListMeta();
  if (version?.list !== list) version = { list, text: dataVersion() };
  return version.text;
}
