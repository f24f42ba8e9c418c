import { adequacy } from './datasets.js';
import { assertIsoDate, inPeriod } from './dates.js';
import { scenarioAdequacyLastDay } from './scenario.js';
import type { AdequacyDecision } from './schema.js';
import { canonicalCode } from './territories.js';

export interface AdequacyFilter {
  /** A country or territory code; the decision must reach it (target code minus excludes, plus includes). */
  code?: string;
  /** An international organisation id, e.g. `european-patent-organisation`. */
  organisationId?: string;
}

/**
 * Whether a decision reaches a code. Territories with a code of their own are reached only when listed in
 * `includes`: the UK decision does not reach Gibraltar or Jersey just because the UK is their sovereign.
 */
export function decisionCoversCode(decision: AdequacyDecision, code: string): boolean {
  const { target } = decision;
  if (target.kind !== 'country') return false;
  if (target.includes.includes(code)) return true;
  return target.code === code && !target.excludes.includes(code);
}

/**
 * Whether the decision applied on `asOf` (adopted and inForceFrom on or before it, not yet ended). A
 * scenario in effect (src/data/scenario.ts) may end it earlier than the data say.
 */
export function decisionInForceAt(decision: AdequacyDecision, asOf: string): boolean {
  const scenarioEnd = scenarioAdequacyLastDay(decision.id);
  const until =
    scenarioEnd !== undefined && (decision.inForceUntil === undefined || scenarioEnd < decision.inForceUntil)
      ? scenarioEnd
      : decision.inForceUntil;
  return decision.adopted <= asOf && inPeriod(asOf, decision.inForceFrom, until);
}

/**
 * Decisions applying on `asOf`, optionally only those reaching a code or an organisation. An unknown code
 * matches nothing. Note that an EU/EEA territory (AX) needs no decision: check its status first.
 */
export function adequacyDecisionsInForce(asOf: string, filter: AdequacyFilter = {}): AdequacyDecision[] {
  assertIsoDate(asOf);
  const code = filter.code === undefined ? undefined : canonicalCode(filter.code);
  if (filter.code !== undefined && code === undefined) return [];
  return adequacy.records.filter(
    (decision) =>
      decisionInForceAt(decision, asOf) &&
      (code === undefined || decisionCoversCode(decision, code)) &&
      (filter.organisationId === undefined ||
        (decision.target.kind === 'international-organisation' &&
          decision.target.id === filter.organisationId)),
  );
}

/** Every decision, past and present, in file order (by adoption). */
export function allAdequacyDecisions(): readonly AdequacyDecision[] {
  return adequacy.records;
}

export function adequacyDecisionById(id: string): AdequacyDecision | undefined {
  return adequacy.records.find((decision) => decision.id === id);
}
