import { inPeriod } from './dates.js';

/**
 * One vocabulary for dated legal data (OpenFisca's habit): `from` is the first day something holds and
 * `until` the last, both inclusive; a missing bound is open. Code never compares dates of a record by
 * hand: it asks what holds at a date here.
 */
export interface Period {
  from?: string;
  until?: string;
}

/** Whether the period holds on `date`. */
export function holdsAt(period: Period, date: string): boolean {
  return inPeriod(date, period.from, period.until);
}

/** The items whose period holds on `date`, in their order. */
export function heldAt<T extends Period>(items: readonly T[], date: string): T[] {
  return items.filter((item) => holdsAt(item, date));
}

/**
 * The version of a history that speaks on `date`: the last one (in date order) whose `from` is on or before
 * it. A later version replaces an earlier one from its `from`, whatever the earlier one's `until` said.
 */
export function versionAt<V extends { from: string }>(versions: readonly V[], date: string): V | undefined {
  let found: V | undefined;
  for (const version of versions)
    if (version.from <= date && (!found || found.from <= version.from)) found = version;
  return found;
}
