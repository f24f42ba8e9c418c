import { adequacy } from './datasets.js';
import { assertIsoDate } from './dates.js';
import { holdsAt, versionAt } from './period.js';
import { scenarioAdequacyLastDay, scenarioInEffect } from './scenario.js';
import type { AdequacyDecision, AdequacyRecord } from './schema.js';
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
export function decisionCoversCode(decision: Pick<AdequacyRecord, 'target'>, code: string): boolean {
  const { target } = decision;
  if (target.kind !== 'country') return false;
  if (target.includes.includes(code)) return true;
  return target.code === code && !target.excludes.includes(code);
}

/**
 * The decision as it stood on `asOf`, or undefined when it did not apply that day (not yet adopted or
 * in force, past the `until` of the version that spoke that day, or ended). The first text is a version
 * from `from`; an amendment replaces it from its own `from`. A scenario in effect (src/data/scenario.ts)
 * may end it earlier than the data say.
 */
export function decisionAt(record: AdequacyRecord, asOf: string): AdequacyDecision | undefined {
  if (scenarioInEffect()) return decisionAsOf(record, asOf);
  let byDate = decisionsMade.get(record);
  if (!byDate) {
    byDate = new Map();
    decisionsMade.set(record, byDate);
  }
  let found = byDate.get(asOf);
  if (found === undefined) {
    found = decisionAsOf(record, asOf) ?? null;
    if (found) Object.freeze(found);
    if (byDate.size >= datesKept) byDate.clear();
    byDate.set(asOf, found);
  }
  return found ?? undefined;
}

/**
 * Each record's decision per date, made once outside a scenario: the same (frozen) object for every case
 * assessed as of that date, so what is written of it (its title, its lean dictionary entry) is made once
 * too. A record of new data is a new key. At most `datesKept` dates per record.
 */
const decisionsMade = new WeakMap<AdequacyRecord, Map<string, AdequacyDecision | null>>();
const datesKept = 1_000;

function decisionAsOf(record: AdequacyRecord, asOf: string): AdequacyDecision | undefined {
  if (record.adopted > asOf) return undefined;
  const { versions, ...first } = record;
  const version = versionAt(versions, asOf);
  const recorded = version ? version.until : record.until;
  const scenarioEnd = scenarioAdequacyLastDay(record.id);
  const until =
    scenarioEnd !== undefined && (recorded === undefined || scenarioEnd < recorded) ? scenarioEnd : recorded;
  if (!holdsAt({ from: record.from, until }, asOf)) return undefined;
  if (!version) return { ...first, amendedBy: [] };
  const upTo = versions.filter((v) => v.from <= version.from);
  return {
    ...first,
    until,
    scope: version.scope ?? record.scope,
    note: version.note ?? record.note,
    sources: [...record.sources, ...upTo.flatMap((v) => v.sources)],
    checked: version.checked,
    confidence: version.confidence,
    confidenceNote: version.confidenceNote,
    amendedBy: upTo.map((v) => v.amendedBy),
  };
}

/** Whether the decision applied on `asOf`. */
export function decisionInForceAt(record: AdequacyRecord, asOf: string): boolean {
  return decisionAt(record, asOf) !== undefined;
}

/**
 * Decisions applying on `asOf`, as they stood that day, optionally only those reaching a code or an
 * organisation. An unknown code matches nothing. Note that an EU/EEA territory (AX) needs no decision:
 * check its status first.
 */
export function adequacyDecisionsInForce(asOf: string, filter: AdequacyFilter = {}): AdequacyDecision[] {
  assertIsoDate(asOf);
  const code = filter.code === undefined ? undefined : canonicalCode(filter.code);
  if (filter.code !== undefined && code === undefined) return [];
  return adequacy.records
    .filter(
      (record) =>
        (code === undefined || decisionCoversCode(record, code)) &&
        (filter.organisationId === undefined ||
          (record.target.kind === 'international-organisation' &&
            record.target.id === filter.organisationId)),
    )
    .flatMap((record) => decisionAt(record, asOf) ?? []);
}

/** Every decision, past and present, as recorded (first text and versions), in file order (by adoption). */
export function allAdequacyDecisions(): readonly AdequacyRecord[] {
  return adequacy.records;
}

export function adequacyDecisionById(id: string): AdequacyRecord | undefined {
  return adequacy.records.find((decision) => decision.id === id);
}
