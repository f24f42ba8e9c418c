import { interimArrangements } from './datasets.js';
import { assertIsoDate } from './dates.js';
import { holdsAt } from './period.js';
import type { InterimArrangement } from './schema.js';
import { canonicalCode } from './territories.js';

/**
 * Interim arrangements that applied on `asOf` to transmissions to a place (data/interim-arrangements.json).
 * A territory with a code of its own is reached only when listed: the EU-UK arrangement does not reach
 * Gibraltar. An unknown code matches nothing.
 */
export function interimArrangementsAt(code: string, asOf: string): InterimArrangement[] {
  assertIsoDate(asOf);
  const canonical = canonicalCode(code);
  if (canonical === undefined) return [];
  return interimArrangements.records.filter((a) => a.destinations.includes(canonical) && holdsAt(a, asOf));
}

/** Every interim arrangement, in file order. */
export function allInterimArrangements(): readonly InterimArrangement[] {
  return interimArrangements.records;
}
