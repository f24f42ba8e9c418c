import { dataVersion } from '../data/version.js';
import type { AssessmentCase } from '../domain/case.js';
import { dpfListMeta } from '../dpf/list.js';
import { withOnwardLegs } from '../tia/chain.js';
import { attachTia, doNotTransfer } from '../tia/flow.js';
import { flowParties } from './answers.js';
import { caseAssumptions } from './assumptions.js';
import { CaseFacts, type IndexedFlow } from './case-facts.js';
import { type ChainFlow, chainFlows, descendants, describeChains } from './chain.js';
import { classifyFlows } from './classify.js';
import { assessFlow } from './flow-verdict.js';
import { flowIndexMark, likeFlow, markedPlaces, relabel } from './like-flows.js';
import { describeOnwardTransfers } from './onward.js';
import { texts } from './texts.js';
import type { EngineAssessment, EngineCaseAssumption, EngineFlowVerdict } from './types.js';

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

export function assessCase(input: AssessmentCase, asOf: string, checkpoint?: () => void): EngineAssessment {
  const grouped = assessGrouped(input, asOf, checkpoint);
  return {
    asOf,
    dataVersion: grouped.dataVersion,
    flows: grouped.flows.map((_, i) => flowVerdict(grouped, i)),
    assumptions: assumptionsOf(grouped),
  };
}

/** What the case's verdicts merely assume, each said once (src/engine/assumptions.ts). */
export function assumptionsOf(grouped: GroupedAssessment): EngineCaseAssumption[] {
  return caseAssumptions(
    grouped.flows.map((flow, i) => {
      const { assumptions } = grouped.groups[flow.group]!;
      const places = grouped.marked ? markedPlaces(assumptions) : undefined;
      return {
        id: flow.id,
        assumptions: places ? (relabel(assumptions, places, String(i)) as typeof assumptions) : assumptions,
      };
    }),
  );
}

/**
 * `checkpoint`, when given, is called before each group of like flows is assessed and before each
 * transfer impact assessment: a caller bounding the time a request may take throws from it.
 */
export function assessGrouped(
  input: AssessmentCase,
  asOf: string,
  checkpoint?: () => void,
): GroupedAssessment {
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
      checkpoint?.();
      const like = likeFlow(f, marked);
      groups.push({ verdict: assessFlow(facts, like, c), flow: like });
    }
    return { id: f.flow.id, group };
  });
  const verdicts = groups.map((g) => g.verdict);
  const groupOf = new Map(flows.map((f) => [f.id, verdicts[f.group]!]));
  describeOnwardTransfers(verdicts, groupOf);
  const chain = chainFlows(facts, classified);
  describeChains(chain, (id) => groupOf.get(id)!);
  // Clause 14: the transfer impact assessment of every flow whose obligations include `tia`.
  for (const g of groups) {
    checkpoint?.();
    const importer = flowParties(facts, g.flow).importer.party;
    attachTia(g.flow.flow, g.verdict, asOf, g.flow.path, importer.country ?? g.verdict.importer.country);
  }
  assessChainTias(facts, chain, flows, groups);
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
    assumptions: [...own.assumptions],
    openQuestions: [...own.openQuestions],
    trail: [...own.trail],
  };
}

/**
 * Clause 14(b)(i): the assessment of a transfer covers the onward transfers envisaged from it. Each onward
 * flow's own `tia` answers assess its destination (src/tia/chain.ts); they are then used, not ignored.
 */
function assessChainTias(
  facts: CaseFacts,
  chain: readonly ChainFlow[],
  flows: readonly { id: string; group: number }[],
  groups: readonly { verdict: EngineFlowVerdict; flow: IndexedFlow }[],
) {
  const done = new Set<number>();
  flows.forEach(({ group }, i) => {
    const { verdict } = groups[group]!;
    if (done.has(group) || !verdict.tia || !verdict.scc || verdict.kind !== 'transfer') return;
    done.add(group);
    const legs = descendants(chain, chain[i]!).map((leg) => {
      const input = facts.flows.find((f) => f.flow.id === leg.id)!;
      const importer = facts.organisation(input.flow.to).party;
      const onward = groups[flows.find((f) => f.id === leg.id)!.group]!.verdict;
      onward.warnings = onward.warnings.filter((w) => w.code !== 'tia-not-used');
      return { flow: leg.id, path: leg.path, destination: importer.country, answers: input.flow.tia };
    });
    const before = verdict.tia.status;
    verdict.tia = withOnwardLegs(verdict.tia, legs, {
      sccModule: verdict.scc.module,
      asOf: facts.asOf,
    });
    if (verdict.tia.chain?.contradictions.length) {
      verdict.warnings.push({
        code: 'tia-contradicts-case',
        message: verdict.tia.chain.contradictions[0]!,
        review: true,
      });
    }
    if (verdict.tia.chain?.weakest) {
      if (verdict.tia.conclusion?.outcome === 'do-not-transfer')
        verdict.warnings.push({ code: 'tia-do-not-transfer', message: doNotTransfer, review: true });
    }
    if (before === 'complete' && verdict.tia.status === 'open') {
      verdict.warnings.push({ code: 'tia-open', message: texts.tiaOpenForOnward(legs.map((l) => l.flow)) });
    }
  });
}

/** dataVersion() copies every dataset's meta; it changes only when another DPF list is loaded. */
let version: { list: object; text: string } | undefined;
function currentDataVersion(): string {
  const list = dpfListMeta();
  if (version?.list !== list) version = { list, text: dataVersion() };
  return version.text;
}
