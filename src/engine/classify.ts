import { type TransferOutput, transferMachine } from '../../machines/transfer.js';
import { flowParties, type Receipt, transferFacts } from './answers.js';
import type { CaseFacts, IndexedFlow } from './case-facts.js';
import { likeFlow } from './like-flows.js';
import { type Run, run } from './run.js';

/** The transfer test over the whole case: onward transfers depend on what reached the sender. */

export interface Classified {
  run: Run<TransferOutput>;
  /** The flow's fields but its id: flows with the same key and receipt get the same answers. */
  key: string;
  receipt?: Receipt;
  /** Transfer flows through which the data reached the sender, for an onward transfer. */
  origins?: string[];
}

/**
 * Runs the transfer questionnaire for every flow. A sender outside the GDPR holds transferred data when a
 * transfer flow (or a chain of onward transfers) of this case ends at it; the answer to
 * `receivedThroughTransfer` is found by following the chains from the transfers outwards. Flows with
 * the same fields and receipt share one run.
 */
export function classifyFlows(facts: CaseFacts, marked: boolean): Classified[] {
  const runs = new Map<string, Run<TransferOutput>>();
  const keyOf = (f: IndexedFlow) => {
    const { id: _, ...fields } = f.flow;
    return marked ? JSON.stringify(fields) : String(f.index);
  };
  const classify = (f: IndexedFlow, key: string, receipt: Receipt): Run<TransferOutput> => {
    const runKey = `${key}|${JSON.stringify(receipt ?? null)}`;
    let found = runs.get(runKey);
    if (!found) {
      found = run(transferMachine, transferFacts(facts, likeFlow(f, marked), receipt));
      runs.set(runKey, found);
    }
    return found;
  };

  const out: Classified[] = facts.flows.map((f) => {
    const key = keyOf(f);
    return { run: classify(f, key, undefined), key };
  });
  const byId = new Map(facts.flows.map((f) => [f.flow.id, f]));
  const holders = new Map<string, Set<string>>();
  const waiting = new Map<string, number[]>();
  const queue: string[] = [];

  const hold = (organisation: string, origins: Iterable<string>) => {
    const set = holders.get(organisation) ?? new Set<string>();
    const before = set.size;
    for (const origin of origins) set.add(origin);
    holders.set(organisation, set);
    if (set.size > before) queue.push(organisation);
  };

  facts.flows.forEach((f, i) => {
    const { result } = out[i]!.run;
    const parties = flowParties(facts, f);
    if (result.status === 'done' && result.output.kind === 'transfer')
      hold(parties.importer.party.id, [f.flow.id]);
    if (result.status === 'open' && result.question.id === 'receivedThroughTransfer') {
      const list = waiting.get(parties.exporter.party.id) ?? [];
      list.push(i);
      waiting.set(parties.exporter.party.id, list);
    }
  });

  for (let next = 0; next < queue.length; next += 1) {
    const organisation = queue[next]!;
    const origins = [...(holders.get(organisation) ?? [])];
    for (const i of waiting.get(organisation) ?? []) {
      const f = facts.flows[i]!;
      const first = origins[0] === undefined ? undefined : byId.get(origins[0]);
      const receipt: Receipt = { value: 'yes', by: first ? `${first.path}.to` : 'flows' };
      out[i] = { run: classify(f, out[i]!.key, receipt), key: out[i]!.key, receipt, origins };
      const { result } = out[i]!.run;
      if (result.status === 'done' && result.output.kind === 'onward-transfer') {
        hold(flowParties(facts, f).importer.party.id, origins);
      }
    }
  }

  facts.flows.forEach((f, i) => {
    const { result } = out[i]!.run;
    if (result.status === 'open' && result.question.id === 'receivedThroughTransfer' && !out[i]!.origins) {
      const exporter = flowParties(facts, f).exporter;
      const receipt: Receipt = { value: 'no', by: `no transfer flow of this case reaches ${exporter.path}` };
      out[i] = { run: classify(f, out[i]!.key, receipt), key: out[i]!.key, receipt };
    }
  });
  return out;
}
