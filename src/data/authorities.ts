import { authorities } from './datasets.js';
import type { SupervisoryAuthority } from './schema.js';
import { canonicalCode, currentStatus, territoryRecord } from './territories.js';

function leadOf(country: string): SupervisoryAuthority | undefined {
  return authorities.records.find((a) => a.country === country && a.lead);
}

/**
 * The territory behind a code when it is inside the EU/EEA today and belongs to another state, so its
 * authorities are found through its sovereign (AX -> FI, RE -> FR). Undefined otherwise.
 */
function euTerritory(code: string) {
  const record = territoryRecord(code);
  if (record?.kind !== 'territory' || record.sovereign === undefined) return undefined;
  return currentStatus(record) === 'third-country' ? undefined : record;
}

/**
 * The supervisory authority for a place: the lead authority of an EU/EEA state; for an EU territory with
 * an authority of its own (Åland: region AX) that authority, else the lead of its state. Undefined for
 * third countries and their territories: they have no GDPR supervisory authority.
 */
export function authorityFor(code: string): SupervisoryAuthority | undefined {
  const canonical = canonicalCode(code);
  if (canonical === undefined) return undefined;
  const territory = euTerritory(canonical);
  if (territory) {
    return authorities.records.find((a) => a.region === territory.code) ?? leadOf(territory.sovereign!);
  }
  return leadOf(canonical);
}

/**
 * Every authority for a state (lead first; the German Länder authorities follow the BfDI), or for an EU
 * territory its own authorities followed by its state's lead authority.
 */
export function authoritiesFor(code: string): SupervisoryAuthority[] {
  const canonical = canonicalCode(code);
  if (canonical === undefined) return [];
  const territory = euTerritory(canonical);
  if (territory) {
    return [
      ...authorities.records.filter((a) => a.region === territory.code),
      ...authorities.records.filter((a) => a.country === territory.sovereign && a.lead),
    ];
  }
  return authorities.records
    .filter((a) => a.country === canonical)
    .sort((a, b) => Number(b.lead) - Number(a.lead));
}

export function allAuthorities(): readonly SupervisoryAuthority[] {
  return authorities.records;
}
