// The names of ISO 3166-1 alpha-2 codes in English and Swedish, read straight from i18n-iso-countries'
// language files: its index (and its alpha-3 and numeric table, codes.json) were 19 KB of the Worker bundle
// for two look-ups. test/data/country-names.test.ts holds these answers equal to the package's own.
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };

export type Lang = 'sv' | 'en';

type Names = Record<string, string | string[]>;
const names: Record<Lang, Names> = { en: en.countries as Names, sv: sv.countries as Names };

const alpha2 = new Set(Object.keys(names.en));

/** True for an ISO 3166-1 alpha-2 code (upper case) that i18n-iso-countries knows. */
export function isIsoAlpha2(code: string): boolean {
  return alpha2.has(code);
}

export function isoAlpha2Codes(): string[] {
  return [...alpha2];
}

/** The ISO 3166-1 short name of an alpha-2 code, or undefined (the first where the file lists several). */
export function isoCountryName(code: string, lang: Lang): string | undefined {
  if (!isIsoAlpha2(code)) return undefined;
  const name = names[lang][code];
  return Array.isArray(name) ? name[0] : name;
}
