import * as isoCountries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { isIsoAlpha2, isoAlpha2Codes, isoCountryName } from '../../src/data/countryNames.js';

isoCountries.registerLocale(en);
isoCountries.registerLocale(sv);

// countryNames.ts reads the language files directly; the package's own look-ups are the reference.
describe('ISO country names', () => {
  it('know the codes the package knows, and name each as the package does in both languages', () => {
    expect(isoAlpha2Codes().sort()).toEqual(Object.keys(isoCountries.getAlpha2Codes()).sort());
    for (const code of Object.keys(isoCountries.getAlpha2Codes())) {
      expect(isIsoAlpha2(code)).toBe(true);
      expect(isoCountryName(code, 'en')).toBe(isoCountries.getName(code, 'en'));
      expect(isoCountryName(code, 'sv')).toBe(isoCountries.getName(code, 'sv'));
    }
    for (const code of ['EU', 'se', 'ZZ', '']) expect(isIsoAlpha2(code)).toBe(false);
    expect(isoCountryName('ZZ', 'en')).toBeUndefined();
  });
});
