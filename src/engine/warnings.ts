import type { TransferOutput } from '../../machines/transfer.js';
import { gdprAppliesInEeaEfta } from '../data/index.js';
import type { LegalInstrument } from '../data/schema.js';
import { type FlowParties, interimArrangementFor } from './answers.js';
import type { CaseFacts } from './case-facts.js';
import { annotate, namesOf } from './notes.js';
import { texts } from './texts.js';
import type { EngineFlowVerdict } from './types.js';

/** Warnings that the places, dates and interim arrangements of a flow call for. */

/**
 * An interim arrangement (EU-UK TCA, Art. FINPROV.10A) that made the flow no transfer, or that may have
 * covered it from an EEA-EFTA state: said with its conditions and sources, and sent to legal review.
 */
export function noteInterimArrangement(
  facts: CaseFacts,
  parties: FlowParties,
  outcome: TransferOutput,
  verdict: EngineFlowVerdict,
) {
  const interim = interimArrangementFor(facts, parties);
  if (!interim) return;
  const { arrangement } = interim;
  if (outcome.outcome === 'notTransferInterimArrangement') {
    verdict.warnings.push({
      code: 'interim-arrangement',
      message: texts.interimArrangement(
        arrangement.title,
        arrangement.summary,
        arrangement,
        arrangement.conditions.map((c) => c.text),
      ),
      review: true,
    });
    annotate(verdict, 'recipientLocation', arrangement.title, arrangement.cites);
  } else if (interim.covered === 'maybe' && outcome.kind === 'transfer') {
    verdict.warnings.push({
      code: 'interim-arrangement-unsettled',
      message: texts.interimArrangementUnsettled(arrangement.title),
      review: true,
    });
  } else {
    return;
  }
  if (arrangement.confidence === 'unconfirmed') {
    verdict.warnings.push({
      code: 'unconfirmed-legal-fact',
      message: texts.unconfirmedDecision(arrangement.title, arrangement.confidenceNote),
      review: true,
    });
  }
}

/**
 * The importer is the organisation; its employee who receives the data may sit elsewhere. The answer rests
 * on the organisation's place (EDPB Guidelines 05/2021, criterion 3), but the employee's place still
 * matters, and how is not settled by the flow alone: flagged for review, never asserted.
 */
export function warnStaffElsewhere(facts: CaseFacts, parties: FlowParties, verdict: EngineFlowVerdict) {
  const { exporter, importer, recipient } = parties;
  if (recipient === importer || importer.party.id === exporter.party.id) return;
  if (importer.party.type === 'international-organisation') return;
  const staff = facts.status(recipient.party);
  const organisation = facts.status(importer.party);
  if (!staff || !organisation || staff.code === organisation.code) return;
  const staffAbroad = staff.status === 'third-country';
  const organisationAbroad = organisation.status === 'third-country';
  if (!staffAbroad && !organisationAbroad) return;
  verdict.warnings.push({
    code: 'importer-staff-elsewhere',
    message: texts.importerStaffElsewhere(
      organisationAbroad ? (staffAbroad ? 'both-abroad' : 'importer-abroad') : 'staff-abroad',
      importer.party.name,
      namesOf(organisation.code),
      namesOf(staff.code),
    ),
    review: true,
  });
}

export function warnUnconfirmedPlaces(facts: CaseFacts, parties: FlowParties, verdict: EngineFlowVerdict) {
  const seen = new Set<string>();
  for (const party of [parties.exporter, parties.importer, parties.recipient]) {
    const record = facts.status(party.party)?.record;
    if (record && record.confidence === 'unconfirmed' && !seen.has(record.code)) {
      seen.add(record.code);
      verdict.warnings.push({
        code: 'unconfirmed-legal-fact',
        message: texts.unconfirmedTerritory(record.code, record.confidenceNote),
        review: true,
      });
    }
  }
}

/**
 * From 25 May to 19 July 2018 the GDPR applied in the EU but not yet in Iceland, Liechtenstein and Norway.
 * The engine still reads their places as EEA (the EFTA Secretariat held that data flowed freely on the
 * Directive's footing), but how Chapter V applied to a flow touching them then is not settled: it says so.
 */
export function warnGdprNotYetInEeaEfta(facts: CaseFacts, parties: FlowParties, verdict: EngineFlowVerdict) {
  const eeaEfta = gdprAppliesInEeaEfta();
  if (facts.asOf >= eeaEfta.appliesFrom) return;
  const codes = new Set<string>();
  for (const party of [parties.sender, parties.exporter, parties.recipient, parties.importer]) {
    const status = facts.status(party.party);
    if (status?.status === 'eea') codes.add(status.code);
  }
  if (codes.size === 0) return;
  verdict.warnings.push({
    code: 'gdpr-not-yet-in-eea-efta',
    message: texts.gdprNotYetInEeaEfta([...codes].sort().map(namesOf), eeaEfta.appliesFrom),
    review: true,
  });
}

export function warnUnconfirmedInstruments(used: LegalInstrument[], verdict: EngineFlowVerdict) {
  for (const instrument of used.filter((d) => d.confidence === 'unconfirmed')) {
    verdict.warnings.push({
      code: 'unconfirmed-legal-fact',
      message: texts.unconfirmedDecision(instrument.title, instrument.confidenceNote),
      review: true,
    });
  }
}
