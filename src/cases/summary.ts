import { addDays } from '../data/dates.js';
import { datasetsMeta } from '../data/index.js';
import type { AssessmentCase } from '../domain/case.js';
import { getDpfEntry } from '../dpf/list.js';
import { resolveDpf } from '../dpf/resolve.js';
import { assessGrouped } from '../engine/assess.js';
import type { EngineFlowVerdict } from '../engine/types.js';
import type { DueEntry, FlowSummary } from '../register/port.js';

/**
 * What the register keeps of an assessment: per flow its kind, footing, module, TIA status and DPF
 * reliance, and the dates that will need a person. Pure: runs the engine, touches no storage.
 */
export interface CaseSummary {
  asOf: string;
  dataVersion: string;
  flows: FlowSummary[];
  due: DueEntry[];
}

/** Legal data older than this (from the oldest dataset's review date) ask for a look at the case again. */
export const DATA_MAX_AGE_DAYS = 365;

export function summariseCase(input: AssessmentCase, asOf: string): CaseSummary {
  // The grouped assessment: like flows assessed once. The summary reads only fields a group shares
  // (kind, footing, module, TIA, decision, importer), so no per-flow copy of the trail is made.
  const grouped = assessGrouped(input, asOf);
  const verdicts = grouped.flows.map((f) => ({ id: f.id, verdict: grouped.groups[f.group]! }));
  const flows = verdicts.map(({ id, verdict }) => flowSummary({ ...verdict, id }));
  const due: DueEntry[] = [];
  verdicts.forEach(({ id: flowId, verdict }, i) => {
    if (verdict.tia?.reevaluateBy)
      due.push({ date: verdict.tia.reevaluateBy, reason: 'tia-reevaluation', flowId });
    if (verdict.mechanism === 'adequacy' && verdict.adequacy?.covered) {
      const decision = verdict.adequacy.decision;
      if (decision.inForceUntil)
        due.push({ date: decision.inForceUntil, reason: 'adequacy-end', flowId, subject: decision.id });
      if (flows[i]?.dpf) {
        const party = input.parties.find((p) => p.id === (verdict.importer.actsFor ?? verdict.importer.id));
        const entryId = party ? resolveDpf(party, asOf).entry?.id : undefined;
        const next = entryId ? getDpfEntry(entryId)?.nextCertificationDue : undefined;
        if (next && party)
          due.push({ date: next, reason: 'dpf-recertification', flowId, subject: party.name });
      }
    }
  });
  const oldest = datasetsMeta()
    .map((d) => d.asOf)
    .sort()[0];
  if (oldest) due.push({ date: addDays(oldest, DATA_MAX_AGE_DAYS), reason: 'data-age' });
  due.sort((a, b) => a.date.localeCompare(b.date) || (a.flowId ?? '').localeCompare(b.flowId ?? ''));
  return { asOf, dataVersion: grouped.dataVersion, flows, due };
}

export function flowSummary(verdict: EngineFlowVerdict): FlowSummary {
  return {
    id: verdict.id,
    kind: verdict.kind,
    mechanism: verdict.mechanism,
    ...(verdict.mechanism === 'scc' && verdict.scc ? { module: verdict.scc.module } : {}),
    ...(verdict.tia ? { tiaStatus: verdict.tia.status } : {}),
    dpf: verdict.mechanism === 'adequacy' && verdict.adequacy?.decision.scope.requiresDpf === true,
  };
}

/** The fields a list can search and filter on. */
export function searchFields(
  title: string,
  caseNumber: string | null,
  reference: string | null,
  tags: string[],
  input: AssessmentCase,
) {
  const words = [title, caseNumber ?? '', reference ?? '', ...tags, ...input.parties.map((p) => p.name)];
  return {
    searchText: words.join('\n').toLowerCase(),
    countries: [...new Set(input.parties.flatMap((p) => (p.country ? [p.country] : [])))].sort(),
  };
}
