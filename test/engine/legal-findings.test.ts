import { describe, expect, it } from 'vitest';
import { codes, only } from './helpers.js';

/**
 * Corrections made after a legal review (test/review/legal-scenarios.test.ts): each test fails without
 * its correction.
 */

const today = '2026-11-01';
const se = { id: 'se', country: 'SE', type: 'company' as const };
const company = (id: string, country: string, extra: object = {}) => ({
  id,
  country,
  type: 'company' as const,
  gdprBasis: 'none' as const,
  ...extra,
});
const message = (v: { warnings: { code: string; message: string }[] }, code: string) =>
  v.warnings.find((w) => w.code === code)?.message ?? '';

describe('adequacy: conditions and exclusions are said apart (Art. 45(3))', () => {
  it('Japan: the APPI condition must hold, the press and other exclusions must not apply', () => {
    for (const lang of ['en', 'sv'] as const) {
      const v = only(
        [se, company('jp', 'JP')],
        { from: 'se', to: 'jp', fromRole: 'controller', toRole: 'processor' },
        today,
        lang,
      );
      expect(v.mechanism).toBe('adequacy');
      const text = message(v, 'adequacy-conditions');
      const [holds, excluded] =
        lang === 'en'
          ? ['only if the following hold', 'does not cover the following']
          : ['bara om följande gäller', 'omfattar inte följande'];
      // The APPI condition comes in the first sentence, the press exclusion only in the second.
      const split = text.indexOf(excluded);
      expect(text.indexOf(holds)).toBeGreaterThanOrEqual(0);
      expect(split).toBeGreaterThan(text.indexOf(holds));
      expect(text.slice(0, split)).toMatch(/APPI/);
      expect(text.slice(0, split)).not.toMatch(/press/i);
      expect(text.slice(split)).toMatch(/press/i);
    }
  });

  it('the UK decision of 2021 has only an exclusion: no sentence says the transfer must meet it', () => {
    const v = only(
      [se, company('uk', 'GB')],
      { from: 'se', to: 'uk', fromRole: 'controller', toRole: 'processor' },
      '2024-11-01',
      'sv',
    );
    const text = message(v, 'adequacy-conditions');
    expect(text).toMatch(/immigration/);
    expect(text).not.toMatch(/bara om följande gäller/);
    expect(text).toMatch(/bekräfta att inget av det gäller/);
    expect(v.adequacy?.conditionsToConfirm.map((c) => c.kind)).toEqual(['exclusion']);
    expect(codes(v)).toContain('adequacy-conditions');
  });
});
