import type { TransferOutput } from '../../machines/transfer.js';
import type { Obligation, PartyRole } from '../domain/verdict.js';
import { type FlowParties, flowParties } from './answers.js';
import type { CaseFacts, IndexedFlow, IndexedParty } from './case-facts.js';
import type { Classified } from './classify.js';
import { noteDpfExit } from './dpf-exit.js';
import { settleMechanism } from './mechanism.js';
import { openQuestionOf, tag } from './run.js';
import { noteSwedishFacts } from './swedish-public-sector.js';
import { texts } from './texts.js';
import type { EngineFlowVerdict, EnginePartyRef } from './types.js';
import {
  noteInterimArrangement,
  warnEeaIncorporation,
  warnGdprNotYetInEeaEfta,
  warnStaffElsewhere,
  warnUnconfirmedPlaces,
} from './warnings.js';

/** The verdict of one flow: roles, the transfer test, and the mechanism for a transfer. */

export function partyRef(party: IndexedParty): EnginePartyRef {
  const p = party.party;
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    ...(p.country !== undefined ? { country: p.country } : {}),
    ...(p.organisationId !== undefined ? { organisationId: p.organisationId } : {}),
    ...(p.employerId !== undefined ? { actsFor: p.employerId } : {}),
  };
}

export function roles(f: IndexedFlow): { exporterRole: PartyRole; importerRole: PartyRole } {
  const { fromRole, toRole } = f.flow;
  const exporterRole: PartyRole =
    fromRole === 'controller' && toRole === 'joint-controller' ? 'joint-controller' : fromRole;
  const importerRole: PartyRole =
    toRole === 'processor' && fromRole === 'processor' ? 'sub-processor' : toRole;
  return { exporterRole, importerRole };
}

/** Duties that follow from the roles, whatever the flow's Chapter V status. */
export function roleObligations(f: IndexedFlow): Obligation[] {
  const list: Obligation[] = [];
  const { fromRole, toRole } = f.flow;
  if (toRole === 'processor' && fromRole !== 'data-subject') list.push('art28-contract');
  if (toRole === 'processor' && fromRole === 'processor') list.push('art28-subprocessor-authorisation');
  if (toRole === 'joint-controller') list.push('art26-arrangement');
  return list;
}

/**
 * Art. 28 governs a controller's or processor's use of another processor, Art. 26 joint controllers. Not
 * towards the sender's own employee (Art. 29: people acting under its authority), nor where neither party is
 * subject to the GDPR (Art. 3): the sender is outside it for this flow and the recipient neither in the
 * EU/EEA nor under Art. 3.
 */
function roleDutiesApply(facts: CaseFacts, parties: FlowParties, outcome: TransferOutput): boolean {
  if (parties.exporter.party.id === parties.importer.party.id) return false;
  if (outcome.outcome !== 'notTransferOutsideGdpr') return true;
  const importer = parties.importer.party;
  const basis = importer.gdprBasis;
  return (
    basis === 'establishment' || basis === 'targeting' || (basis === undefined && facts.isInEea(importer))
  );
}

export function assessFlow(facts: CaseFacts, f: IndexedFlow, classified: Classified): EngineFlowVerdict {
  const parties = flowParties(facts, f);
  const transfer = classified.run;
  const verdict: EngineFlowVerdict = {
    id: f.flow.id,
    kind: 'undetermined',
    exporter: partyRef(parties.sender),
    importer: partyRef(parties.recipient),
    ...roles(f),
    mechanism: 'unresolved',
    alternatives: [],
    derogations: [],
    obligations: roleObligations(f),
    warnings: [],
    assumptions: [],
    openQuestions: [],
    trail: tag(transfer.result.trail, 'transfer'),
  };

  if (transfer.result.status === 'invalid') {
    throw new Error(
      `engine gave "${transfer.result.value}" to ${transfer.result.question.id}, which does not accept it`,
    );
  }
  // Said even while the transfer question is open: the date alone makes it apply.
  warnGdprNotYetInEeaEfta(facts, parties, verdict);
  if (transfer.result.status === 'open') {
    openQuestionOf(verdict, 'transfer', transfer);
    return verdict;
  }

  const outcome = transfer.result.output;
  verdict.kind = outcome.kind;
  if (!roleDutiesApply(facts, parties, outcome)) {
    verdict.obligations = verdict.obligations.filter(
      (o) => !o.startsWith('art28-') && o !== 'art26-arrangement',
    );
  }
  warnUnconfirmedPlaces(facts, parties, verdict);
  warnStaffElsewhere(facts, parties, verdict);
  noteInterimArrangement(facts, parties, outcome, verdict);
  noteSwedishFacts(facts, f, parties, verdict);

  if (outcome.kind === 'not-a-transfer') {
    verdict.mechanism = 'none';
    if (
      outcome.outcome === 'notTransferSameEntity' &&
      facts.status(parties.recipient.party)?.status === 'third-country'
    ) {
      verdict.warnings.push({ code: 'processing-outside-eea', message: texts.processingAbroad });
    }
    if (
      outcome.outcome === 'notTransferDataSubject' &&
      f.flow.toRole === 'processor' &&
      (parties.importer.party.type === 'international-organisation' ||
        facts.status(parties.importer.party)?.status === 'third-country')
    ) {
      verdict.warnings.push({
        code: 'collected-by-processor-abroad',
        message: texts.collectedByProcessorAbroad,
        review: true,
      });
    }
    return verdict;
  }

  if (f.flow.specialCategories)
    verdict.warnings.push({ code: 'special-categories', message: texts.specialCategories });

  if (outcome.kind === 'onward-transfer') {
    verdict.mechanism = 'none';
    verdict.obligations.push('onward-transfer-conditions');
    verdict.originatingFlows = classified.origins ?? [];
    if (f.flow.fromRole === 'processor' && parties.exporter.party.gdprBasis === undefined) {
      verdict.assumptions.push({
        code: 'onward-gdpr-status-assumed',
        message: texts.onwardGdprStatusAssumed,
        field: `${parties.exporter.path}.gdprBasis`,
      });
    }
    return verdict;
  }

  settleMechanism(facts, f, parties, outcome, verdict);
  warnEeaIncorporation(facts, parties, verdict);
  noteDpfExit(facts, f, outcome, verdict);
  return verdict;
}
