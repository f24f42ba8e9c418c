/** Calendar dates as `YYYY-MM-DD` strings: they sort and compare as plain strings. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Throws a RangeError naming the argument, so a caller's bug never turns into a wrong legal answer. */
export function assertIsoDate(value: string, name = 'asOf'): void {
  if (!isIsoDate(value))
    throw new RangeError(`${name} must be a calendar date as YYYY-MM-DD, got "${value}"`);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether `date` lies in the inclusive period [from, until]; a missing bound is open. */
export function inPeriod(date: string, from: string | undefined, until: string | undefined): boolean {
  return (from === undefined || from <= date) && (until === undefined || date <= until);
}
