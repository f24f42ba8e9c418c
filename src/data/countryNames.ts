// The CommonJS entry without locales: the package's default Node entry registers every locale.
import * as isoCountries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };

isoCountries.registerLocale(en);
isoCountries.registerLocale(sv);

export type Lang = 'sv' | 'en';

const alpha2 = new Set(Object.keys(isoCountries.getAlpha2Codes()));

/** True for an ISO 3166-1 alpha-2 code (upper case) that i18n-iso-countries knows. */
export function isIsoAlpha2(code: string): boolean {
  return alpha2.has(code);
}

export function isoAlpha2Codes(): string[] {
  return [...alpha2];
}

/** The ISO 3166-1 short name of an alpha-2 code, or undefined. */
export function isoCountryName(code: string, lang: Lang): string | undefined {
  return isIsoAlpha2(code) ? isoCountries.getName(code, lang) : undefined;
}
