import type { SccModuleOutput } from '../../machines/sccModule.js';
import { sccModuleMachine } from '../../machines/sccModule.js';
import type { TransferOutput } from '../../machines/transfer.js';
import { pendingAgainst } from '../data/index.js';
import { sccFacts } from './answers.js';
import type { CaseFacts, IndexedFlow } from './case-facts.js';
import { run } from './run.js';
import { dpfExitTexts } from './texts.js';
import type { EngineFlowVerdict } from './types.js';

/**
 * The exit strategy of a flow resting on the EU-U.S. Data Privacy Framework: beside the adequacy verdict,
 * the footing it would need if the decision fell (the SCC module the facts call for, and whether Clause 14
 * would then ask for a transfer impact assessment), and a review warning naming the developments pending
 * against the decision on the date (data/pending-developments.json). The Privacy Shield decision fell at once
 * (C-311/18, 16 July 2020), so the fallback is worked out now, not when the decision falls.
 */
export function noteDpfExit(
  facts: CaseFacts,
  f: IndexedFlow,
  transfer: TransferOutput,
  verdict: EngineFlowVerdict,
) {
  const adequacy = verdict.adequacy;
  if (verdict.mechanism !== 'adequacy' || !adequacy?.covered || !adequacy.decision.scope.requiresDpf) return;
  // The SCC questionnaire run on the same facts, off the trail: the verdict stays adequacy.
  const scc = run<SccModuleOutput>(sccModuleMachine, sccFacts(facts, f, transfer));
  const pending = pendingAgainst(adequacy.decision.id, facts.asOf);
  const settled =
    scc.result.status === 'done'
      ? { module: scc.result.output.module, tia: scc.result.output.clause14 }
      : undefined;
  const missing = scc.result.status === 'open' ? scc.missing.get(scc.result.question.id) : undefined;
  verdict.dpfFallback = {
    decision: adequacy.decision.id,
    ...(settled ?? (missing ? { missing } : {})),
    pending,
  };
  verdict.warnings.push({
    code: 'dpf-exit',
    message: dpfExitTexts.warning(
      settled,
      pending.map((p) => ({
        title: p.title,
        summary: p.summary,
        from: p.from,
        sources: p.sources.map((s) => s.title),
        unconfirmed: p.confidence === 'unconfirmed',
      })),
    ),
    review: true,
  });
}
