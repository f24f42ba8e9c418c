import { type MechanismOutput, mechanismMachine } from '../../machines/mechanism.js';
import { type SccModuleOutput, sccModuleMachine } from '../../machines/sccModule.js';
import type { TransferOutput } from '../../machines/transfer.js';
import {
  allAdequacyDecisions,
  decisionInForceAt,
  earlierSccContractsValid,
  earlierSccSets,
  holdsAt,
  sccDecision2021,
} from '../data/index.js';
import type { Localized, SccRelationship } from '../data/schema.js';
import { type FlowParties, mechanismFacts, sccFacts } from './answers.js';
import type { CaseFacts, IndexedFlow } from './case-facts.js';
import { applyRules, mechanismRules, sccRules } from './mechanism-warnings.js';
import { adequacyOf, annotate, decisionNote, decisionTitle, supervisoryAuthority } from './notes.js';
import { openQuestionOf, run, tag } from './run.js';
import { texts } from './texts.js';
import type { EngineFlowVerdict } from './types.js';
import { warnUnconfirmedInstruments } from './warnings.js';

/** Mechanism and SCC module, for a transfer. */

export function settleMechanism(
  facts: CaseFacts,
  f: IndexedFlow,
  parties: FlowParties,
  transfer: TransferOutput,
  verdict: EngineFlowVerdict,
) {
  const { source, lookups } = mechanismFacts(facts, f);
  const mechanism = run<MechanismOutput>(mechanismMachine, source);
  verdict.trail.push(...tag(mechanism.result.trail, 'mechanism'));
  if (mechanism.result.status !== 'done') {
    openQuestionOf(verdict, 'mechanism', mechanism);
    return;
  }
  const out = mechanism.result.output;

  const decision = lookups.decision();
  if (decision) {
    verdict.adequacy = adequacyOf(facts, parties, out, decision, lookups.dataKind);
    if (decision.confidence === 'unconfirmed') {
      verdict.warnings.push({
        code: 'unconfirmed-legal-fact',
        message: texts.unconfirmedDecision(decisionTitle(decision), decision.confidenceNote),
        review: true,
      });
    }
    const confirm = verdict.adequacy.conditionsToConfirm;
    if (confirm.length > 0) {
      verdict.warnings.push({
        code: 'adequacy-conditions',
        message: texts.adequacyConditions(
          decision.title,
          confirm.filter((c) => c.kind === 'condition').map((c) => c.text),
          confirm.filter((c) => c.kind === 'exclusion').map((c) => c.text),
        ),
      });
    }
  }
  annotate(verdict, 'adequacyInForce', decision ? decisionNote(decision) : undefined);
  const dpf = lookups.dpf();
  annotate(verdict, 'dpfCertification', dpf?.explanation, dpf?.cites);
  if (dpf && verdict.trail.some((entry) => entry.id === 'dpfCertification')) {
    for (const w of dpf.warningTexts) verdict.warnings.push({ code: w.code, message: w.message });
    if (out.notCoveredBecause === 'dpf-status-unknown' && parties.importer.party.type === 'non-profit') {
      verdict.warnings.push({
        code: 'dpf-non-profit',
        message: texts.dpfNonProfit(`${parties.importer.path}.dpf`),
      });
    } else if (out.notCoveredBecause === 'dpf-status-unknown') {
      verdict.assumptions.push({
        code: 'dpf-status-unknown',
        message: texts.dpfUnknown(lookups.dataKind, dpf.searchUrl, dpf.searchFor),
        field: `${parties.importer.path}.dpf`,
      });
    }
  }

  if (out.mechanism === 'adequacy') {
    verdict.mechanism = 'adequacy';
    return;
  }

  verdict.alternatives = out.alternatives;
  verdict.derogations = out.derogations;
  applyRules(
    mechanismRules,
    { f, parties, out, organisationDecisions: organisationsWithDecision(facts) },
    verdict,
  );

  if (!sccSetsOnTheDate(facts, f, verdict)) return;

  const scc = run<SccModuleOutput>(sccModuleMachine, sccFacts(facts, f, transfer));
  verdict.trail.push(...tag(scc.result.trail, 'sccModule'));
  if (scc.result.status !== 'done') {
    openQuestionOf(verdict, 'sccModule', scc);
    return;
  }
  const module = scc.result.output;
  verdict.mechanism = 'scc';
  const authority = supervisoryAuthority(facts, parties, module, verdict);
  verdict.scc = { ...module, ...(authority ? { supervisoryAuthority: authority } : {}) };
  if (module.clause14) verdict.obligations.push('tia');
  applyRules(sccRules, { f, parties, module }, verdict);
}

/** The international organisations with an adequacy decision in force on the date (GDPR Art. 45(1)). */
function organisationsWithDecision(facts: CaseFacts): Localized[] {
  return allAdequacyDecisions()
    .filter((d) => d.target.kind === 'international-organisation' && decisionInForceAt(d, facts.asOf))
    .flatMap((d) => (d.target.kind === 'international-organisation' ? [d.target.name] : []));
}

/** The exporter's and importer's roles as the SCC sets name them (joint controllers are controllers). */
export function relationshipOf(f: IndexedFlow): SccRelationship {
  const from = f.flow.fromRole === 'processor' ? 'processor' : 'controller';
  const to = f.flow.toRole === 'processor' ? 'processor' : 'controller';
  return `${from}-${to}`;
}

/**
 * Decision (EU) 2021/914, Art. 4 (dates in data/instruments.json). Before it applied, its modules are not
 * proposed: the footing stays unresolved and the warning names the sets then in force. In the transition
 * after it, the warning says what the earlier sets still allowed. False when the 2021 modules do not apply.
 */
export function sccSetsOnTheDate(facts: CaseFacts, f: IndexedFlow, verdict: EngineFlowVerdict): boolean {
  const decision2021 = sccDecision2021();
  const relationship = relationshipOf(f);
  const forRelationship = earlierSccSets(facts.asOf, relationship);
  if (!holdsAt(decision2021, facts.asOf)) {
    verdict.mechanism = 'unresolved';
    verdict.warnings.push({
      code: 'scc-2021-not-yet-applicable',
      message: texts.sccBefore2021(
        facts.asOf,
        decision2021.from,
        earlierSccSets(facts.asOf).map((d) => d.title),
        forRelationship.map((d) => d.title),
        texts.sccRelationships[relationship],
      ),
      review: true,
    });
    warnUnconfirmedInstruments(forRelationship, verdict);
    return false;
  }
  // Art. 4: contracts on the earlier sets concluded by the end of their period stay valid for a while.
  const stillValid = earlierSccContractsValid(facts.asOf, relationship);
  const first = stillValid[0];
  if (first?.newContracts && first.until) {
    verdict.warnings.push({
      code: 'earlier-scc-transition',
      message: texts.earlierSccTransition(
        stillValid.map((d) => d.title),
        first.newContracts.until,
        first.until,
        forRelationship.length > 0,
      ),
    });
  }
  return true;
}
