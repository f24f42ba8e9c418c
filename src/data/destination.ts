import { adequacyDecisionsInForce } from './adequacy.js';
import type { AdequacyDecision } from './schema.js';
import { type TerritoryStatusAnswer, territoryStatusAt } from './territories.js';

export interface DestinationAnswer extends TerritoryStatusAnswer {
  /** Decisions reaching the place on the date; always empty inside the EU/EEA, where none is needed. */
  adequacy: AdequacyDecision[];
}

/** Status and applicable adequacy decisions of a place on a date; throws like `territoryStatusAt`. */
export function destinationAt(code: string, asOf: string): DestinationAnswer {
  const answer = territoryStatusAt(code, asOf);
  const adequacy =
    answer.status === 'third-country' ? adequacyDecisionsInForce(asOf, { code: answer.code }) : [];
  return { ...answer, adequacy };
}
