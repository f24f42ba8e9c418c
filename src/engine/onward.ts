import type { Localized } from '../data/schema.js';
import { texts } from './texts.js';
import type { EngineFlowVerdict } from './types.js';

/** Onward transfers: which instrument of which flow governs them. */

export function describeOnwardTransfers(
  verdicts: EngineFlowVerdict[],
  byId: ReadonlyMap<string, EngineFlowVerdict>,
) {
  for (const verdict of verdicts) {
    if (verdict.kind !== 'onward-transfer') continue;
    const origins = (verdict.originatingFlows ?? []).map((id) => ({ id, ...instrumentOf(byId.get(id)) }));
    const review = origins.some((o) => o.review);
    verdict.warnings.push({
      code: 'onward-transfer',
      message: texts.onwardGovernedBy(origins),
      ...(review ? { review: true } : {}),
    });
  }
}

/** The instrument a transfer flow rests on, as the onward transfer's warning names it. */
export function instrumentOf(origin: EngineFlowVerdict | undefined): {
  instrument: Localized;
  review: boolean;
} {
  const names = texts.instrumentOfOrigin;
  if (!origin) return { instrument: names.unsettled, review: true };
  if (origin.mechanism === 'adequacy') return { instrument: names.adequacy, review: false };
  const module = origin.scc?.module;
  if (module === 1) return { instrument: names.module1, review: false };
  if (module === 2 || module === 3) {
    const m = String(module);
    return {
      instrument: { en: names.module2or3.en.replace('{m}', m), sv: names.module2or3.sv.replace('{m}', m) },
      review: false,
    };
  }
  if (module === 4) return { instrument: names.module4, review: true };
  return { instrument: names.unsettled, review: true };
}
