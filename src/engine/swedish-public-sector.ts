import { swedishProvisionAt } from '../data/index.js';
import type { NationalProvision } from '../data/schema.js';
import type { FlowParties } from './answers.js';
import type { CaseFacts, IndexedFlow } from './case-facts.js';
import { swedishTexts } from './texts.js';
import type { EngineFlowVerdict } from './types.js';

/**
 * Facts of Swedish public-sector flows that the answer must carry whatever the footing: personal identity
 * numbers, children's data, and, for an authority handing data to a processor, secrecy under OSL. The
 * provisions and their sources are data (data/swedish-public-sector.json).
 */
export function noteSwedishFacts(
  facts: CaseFacts,
  f: IndexedFlow,
  parties: FlowParties,
  verdict: EngineFlowVerdict,
) {
  const exporter = parties.exporter.party;
  const inSweden = facts.status(exporter)?.code === 'SE';
  const push = (code: string, provision: NationalProvision | undefined, review: boolean) => {
    if (!provision) return;
    verdict.warnings.push({ code, message: swedishTexts.provision(provision), review });
  };
  if (f.flow.personnummer && inSweden)
    push('personnummer', swedishProvisionAt('personnummer', facts.asOf), false);
  if (f.flow.children) push('children', swedishProvisionAt('children', facts.asOf), false);
  // Said for every authority's processor flow, so not a review flag (issue 11: a flag on nearly every flow
  // is no longer read); the memo and the DPA carry it.
  if (inSweden && exporter.type === 'public-authority' && f.flow.toRole === 'processor')
    push('osl-outsourcing', swedishProvisionAt('osl-10-2a', facts.asOf), false);
}
