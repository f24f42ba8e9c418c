import type { CaseFacts } from './case-facts.js';
import type { Classified } from './classify.js';
import type { EngineFlowVerdict, EngineOnwardLink } from './types.js';

/**
 * Transfer chains: which onward flows hang from which transfer, and the clause of the first transfer's
 * SCCs that governs each. GDPR Art. 44 extends Chapter V to onward transfers; under Decision (EU)
 * 2021/914 the importer may pass the data on only under Clause 8.7 (module 1) or 8.8 (modules 2 and 3),
 * and a processor importer engages a sub-processor only under Clause 9. The case must have passed
 * `validateCase`, which refuses a cycle of flows between parties outside the EU/EEA.
 */

const scc = 'Decision (EU) 2021/914, Annex';

export interface ChainFlow {
  id: string;
  path: string;
  /** The organisations the flow connects (an employee's employer, not the employee). */
  from: string;
  to: string;
  kind: string | undefined;
  fromRole: string;
  toRole: string;
}

export function chainFlows(facts: CaseFacts, classified: readonly Classified[]): ChainFlow[] {
  return facts.flows.map((f, i) => {
    const result = classified[i]!.run.result;
    return {
      id: f.flow.id,
      path: f.path,
      from: facts.organisation(f.flow.from).party.id,
      to: facts.organisation(f.flow.to).party.id,
      kind: result.status === 'done' ? result.output.kind : undefined,
      fromRole: f.flow.fromRole,
      toRole: f.flow.toRole,
    };
  });
}

/** The onward flows that continue `flow`: onward transfers whose sender is the organisation it reached. */
export function continuations(flows: readonly ChainFlow[], flow: ChainFlow): ChainFlow[] {
  return flows.filter((g) => g !== flow && g.kind === 'onward-transfer' && g.from === flow.to);
}

/** The clauses of the first transfer's SCCs that govern an onward flow, by that transfer's module. */
export function governingClauses(
  module: number | undefined,
  onward: Pick<ChainFlow, 'fromRole' | 'toRole'>,
): string[] {
  if (module === 1) return [`${scc}, Clause 8.7 (module 1)`];
  if (module === 2 || module === 3) {
    const clauses = [`${scc}, Clause 8.8 (module ${module})`];
    // A processor engages the recipient as its sub-processor (Clause 9, modules 2 and 3); a controller
    // further down the chain that engages its own processor engages no sub-processor of the importer.
    if (onward.fromRole === 'processor' && onward.toRole === 'processor')
      clauses.push(`${scc}, Clause 9 (module ${module})`);
    return clauses;
  }
  return [];
}

/**
 * Puts each chain into the verdicts: a transfer and an onward flow list the onward flows hanging from
 * them (`onwardFlows`, recursively), an onward flow names the flows it continues and its clauses
 * (`continues`). `verdictOf` gives the verdict of a flow by id (shared by like flows).
 */
export function describeChains(
  flows: readonly ChainFlow[],
  verdictOf: (id: string) => EngineFlowVerdict,
): void {
  const moduleOf = (ids: readonly string[]) =>
    ids.map((id) => verdictOf(id).scc?.module).find((m) => m !== undefined);
  const tree = (flow: ChainFlow, seen: Set<string>, module: number | undefined): EngineOnwardLink[] =>
    continuations(flows, flow)
      .filter((g) => !seen.has(g.id))
      .map((g) => ({
        flow: g.id,
        clauses: governingClauses(module, g),
        onward: tree(g, new Set([...seen, g.id]), module),
      }));

  for (const flow of flows) {
    if (flow.kind !== 'transfer' && flow.kind !== 'onward-transfer') continue;
    const verdict = verdictOf(flow.id);
    const module = flow.kind === 'transfer' ? verdict.scc?.module : moduleOf(verdict.originatingFlows ?? []);
    const onward = tree(flow, new Set([flow.id]), module);
    if (onward.length > 0) verdict.onwardFlows = onward;
    if (flow.kind === 'onward-transfer') {
      const before = flows.filter(
        (g) => g !== flow && g.to === flow.from && (g.kind === 'transfer' || g.kind === 'onward-transfer'),
      );
      verdict.continues = { flows: before.map((g) => g.id), clauses: governingClauses(module, flow) };
    }
  }
}

/** Every onward flow below a transfer, depth first, each once. */
export function descendants(flows: readonly ChainFlow[], flow: ChainFlow): ChainFlow[] {
  const out: ChainFlow[] = [];
  const seen = new Set([flow.id]);
  const walk = (from: ChainFlow) => {
    for (const g of continuations(flows, from)) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push(g);
      walk(g);
    }
  };
  walk(flow);
  return out;
}
