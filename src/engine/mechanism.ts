import { type MechanismOutput, mechanismMachine } from '../../machines/mechanism.js';
import { type SccModuleOutput, sccModuleMachine } from '../../machines/sccModule.js';
import type { TransferOutput } from '../../machines/transfer.js';
import { earlierSccContractsValid, earlierSccSets, sccDecision2021 } from '../data/index.js';
import type { SccRelationship } from '../data/schema.js';
import { type FlowParties, mechanismFacts, sccFacts } from './answers.js';
import type { CaseFacts, IndexedFlow } from './case-facts.js';
import { adequacyOf, annotate, decisionNote, supervisoryAuthority } from './notes.js';
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
        message: texts.unconfirmedDecision(decision.title, decision.confidenceNote),
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
    if (out.notCoveredBecause === 'dpf-status-unknown') {
      verdict.warnings.push({
        code: 'dpf-status-unknown',
        message: texts.dpfUnknown(lookups.dataKind, dpf.searchUrl, dpf.searchFor),
      });
    }
  }

  if (out.mechanism === 'adequacy') {
    verdict.mechanism = 'adequacy';
    return;
  }

  verdict.alternatives = out.alternatives;
  verdict.derogations = out.derogations;
  if (out.derogations.length > 0) {
    verdict.warnings.push({
      code: 'derogations-restrictive',
      message: texts.derogationsRestrictive(out.occasional === 'unknown'),
    });
    const conditions = texts.derogationConditions(out.derogations);
    if (conditions.en !== '') verdict.warnings.push({ code: 'derogation-conditions', message: conditions });
    if (f.flow.fromRole === 'processor') {
      verdict.warnings.push({
        code: 'derogations-processor-exporter',
        message: texts.derogationsProcessorExporter,
        review: true,
      });
    }
  }
  if (out.alternatives.includes('bcr') || out.alternatives.includes('art46-3b')) {
    verdict.warnings.push({
      code: 'alternative-conditions',
      message: texts.alternativeConditions(out.alternatives),
    });
  }
  if (out.publicPowers === 'unknown') {
    verdict.warnings.push({
      code: 'public-powers-unknown',
      message: texts.publicPowersUnknown(`${f.path}.publicPowers`),
      review: true,
    });
  }
  if (parties.importer.party.type === 'international-organisation') {
    verdict.warnings.push({
      code: 'importer-international-organisation',
      message: texts.internationalOrganisation,
      review: true,
    });
  }

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
  if (module.module === 2 || module.module === 3)
    verdict.warnings.push({ code: 'art28-met-by-scc', message: texts.art28MetByScc });
  if (module.module === 1 && f.flow.toRole === 'joint-controller') {
    verdict.warnings.push({
      code: 'joint-controllers-module1',
      message: texts.jointControllersModule1,
      review: true,
    });
  }
  if (module.importerSubjectToGdpr === 'yes') {
    verdict.warnings.push({
      code: 'importer-subject-to-gdpr',
      message: texts.importerSubjectToGdpr(
        parties.importer.party.gdprBasis === 'none' ? undefined : parties.importer.party.gdprBasis,
      ),
      review: true,
    });
  } else if (module.importerSubjectToGdpr === 'unknown') {
    verdict.warnings.push({ code: 'importer-gdpr-status-unknown', message: texts.importerGdprUnknown });
  }
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
  if (facts.asOf < decision2021.appliesFrom) {
    verdict.mechanism = 'unresolved';
    verdict.warnings.push({
      code: 'scc-2021-not-yet-applicable',
      message: texts.sccBefore2021(
        facts.asOf,
        decision2021.appliesFrom,
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
  if (first?.newContractsUntil && first.contractsValidUntil) {
    verdict.warnings.push({
      code: 'earlier-scc-transition',
      message: texts.earlierSccTransition(
        stillValid.map((d) => d.title),
        first.newContractsUntil,
        first.contractsValidUntil,
        forRelationship.length > 0,
      ),
    });
  }
  return true;
}
