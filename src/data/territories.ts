import { isIsoAlpha2, isoAlpha2Codes, isoCountryName, type Lang } from './countryNames.js';
import { countries } from './datasets.js';
import { assertIsoDate } from './dates.js';
import { holdsAt } from './period.js';
import type { Territory, TerritoryStatus } from './schema.js';

const byCode = new Map<string, Territory>();
for (const record of countries.records) {
  byCode.set(record.code, record);
  for (const alias of record.aliases ?? []) byCode.set(alias, record);
}

/** The record for a code or one of its aliases (ES-CN finds IC); codes are case-insensitive. */
export function territoryRecord(code: string): Territory | undefined {
  return byCode.get(code.toUpperCase());
}

/**
 * The code the datasets use for `code`: the record's code for an alias, the upper-cased code for any
 * other known code, undefined for an unknown one.
 */
export function canonicalCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  const record = byCode.get(upper);
  if (record) return record.code;
  return isIsoAlpha2(upper) ? upper : undefined;
}

/** An ISO 3166-1 alpha-2 code, or a territory code (or alias) in data/countries.json. */
export function isKnownCode(code: string): boolean {
  return canonicalCode(code) !== undefined;
}

/** Name of a country or territory; records name the codes ISO 3166-1 lacks (IC, EA, PT-20). */
export function countryName(code: string, lang: Lang): string | undefined {
  const record = territoryRecord(code);
  if (record?.names) return record.names[lang];
  const canonical = canonicalCode(code);
  return canonical === undefined ? undefined : isoCountryName(canonical, lang);
}

export interface TerritoryStatusAnswer {
  /** The canonical code (IC for ES-CN). */
  code: string;
  status: TerritoryStatus;
  /** The data record, when the code has one; absent for an ordinary third country. */
  record?: Territory;
}

/**
 * Chapter V status of a place on a date. A known ISO code without a record is a third country; a record
 * whose periods do not cover the date (Croatia before accession) also gives third-country. An unknown code
 * throws a RangeError rather than being guessed at: check `isKnownCode` first and report bad input.
 */
export function territoryStatusAt(code: string, asOf: string): TerritoryStatusAnswer {
  assertIsoDate(asOf);
  const canonical = canonicalCode(code);
  if (canonical === undefined) throw new RangeError(`unknown country or territory code "${code}"`);
  const record = byCode.get(canonical);
  if (!record) return { code: canonical, status: 'third-country' };
  const period = record.statuses.find((p) => holdsAt(p, asOf));
  return { code: canonical, status: period?.status ?? 'third-country', record };
}

/** The status in a record's latest period, i.e. today's status for records without future periods. */
export function currentStatus(record: Territory): TerritoryStatus {
  return record.statuses[record.statuses.length - 1]?.status ?? 'third-country';
}

/**
 * Every code the datasets answer for: all ISO 3166-1 alpha-2 codes plus the territory codes of
 * data/countries.json (IC, EA, PT-20...), sorted; aliases are left out.
 */
export function knownCodes(): string[] {
  return [...new Set([...isoAlpha2Codes(), ...countries.records.map((r) => r.code)])].sort();
}

/** All records of data/countries.json. */
export function allTerritories(): readonly Territory[] {
  return countries.records;
}
