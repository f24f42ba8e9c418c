import { instruments } from './datasets.js';
import { holdsAt } from './period.js';
import type { LegalInstrument, SccRelationship } from './schema.js';

/** The dates of the GDPR and of the Commission's SCC sets (data/instruments.json). */

export function instrumentById(id: string): LegalInstrument | undefined {
  return instruments.records.find((r) => r.id === id);
}

function required(id: string): LegalInstrument {
  const found = instrumentById(id);
  if (!found) throw new Error(`data/instruments.json has no record "${id}"`);
  return found;
}

/** The first day the GDPR applied (Art. 99(2)): the engine assesses under it and answers for no earlier date. */
export function gdprAppliesFrom(): string {
  return required('gdpr').from;
}

/**
 * The first day the GDPR applied in the EEA EFTA states (Iceland, Liechtenstein, Norway), once the EEA
 * Joint Committee had incorporated it, and the sources for that date.
 */
export function gdprAppliesInEeaEfta(): NonNullable<LegalInstrument['eeaEfta']> {
  const dates = required('gdpr').eeaEfta;
  if (!dates) throw new Error('data/instruments.json gives no eeaEfta date for the GDPR');
  return dates;
}

/** Decision (EU) 2021/914, whose modules the engine proposes from the day it applies. */
export function sccDecision2021(): LegalInstrument {
  return required('scc-2021-914');
}

/**
 * The earlier SCC sets that could still be used for a new contract on `asOf`, for the relationship when
 * given (2001/497/EC and 2004/915/EC for controller to controller, 2010/87/EU for controller to processor).
 */
export function earlierSccSets(asOf: string, relationship?: SccRelationship): LegalInstrument[] {
  return instruments.records.filter(
    (r) =>
      r.kind === 'scc-decision' &&
      r.newContracts !== undefined &&
      holdsAt({ from: r.from, until: r.newContracts.until }, asOf) &&
      (relationship === undefined || r.relationships?.includes(relationship) === true),
  );
}

/** The earlier SCC sets for the relationship whose contracts were still deemed valid on `asOf` (Art. 4 of 2021/914). */
export function earlierSccContractsValid(asOf: string, relationship: SccRelationship): LegalInstrument[] {
  return instruments.records.filter(
    (r) =>
      r.kind === 'scc-decision' &&
      r.until !== undefined &&
      holdsAt(r, asOf) &&
      r.relationships?.includes(relationship) === true,
  );
}

export function allInstruments(): readonly LegalInstrument[] {
  return instruments.records;
}

/** Where Decision (EU) 2021/914 is published, for the SCC documents that incorporate it by reference. */
export function sccDecisionPublication(): NonNullable<LegalInstrument['publication']> {
  const publication = required('scc-2021-914').publication;
  if (!publication) throw new Error('data/instruments.json gives no publication for scc-2021-914');
  return publication;
}
