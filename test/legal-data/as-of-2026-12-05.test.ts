import { describe, expect, it } from 'vitest';
import { only } from '../engine/helpers.js';

/**
 * Each record checked for issue 12 (the law as it stands in December 2026), pinned by its effect on an
 * assessment as of 5 December 2026.
 */

const asOf = '2026-12-05';
const kommun = { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' as const };
const toProcessor = { from: 'kommun', fromRole: 'controller' as const, toRole: 'processor' as const };

describe('United Kingdom: 2021/1772 as amended, one decision with dated versions', () => {
  it('is adequate under 2021/1772 as amended by 2025/1226 and 2025/2574, until 27 December 2031, without the immigration exclusion', () => {
    const v = only(
      [kommun, { id: 'uk', name: 'UK Ltd', country: 'GB', type: 'company' }],
      { ...toProcessor, to: 'uk' },
      asOf,
    );
    expect(v).toMatchObject({
      kind: 'transfer',
      mechanism: 'adequacy',
      adequacy: {
        decision: '2021-1772',
        celex: '32021D1772',
        amendedBy: ['32025D1226', '32025D2574'],
        until: '2031-12-27',
        covered: true,
      },
    });
    expect(v.adequacy?.title).toMatch(/2021\/1772 .*, as amended by .*2025\/1226 .*2025\/2574/);
    expect(v.adequacy?.conditionsToConfirm.map((c) => c.id)).not.toContain('uk-immigration-control');
    // The amendment of December 2025 rests partly on secondary sources: the answer says so.
    expect(v.warnings).toContainEqual(
      expect.objectContaining({ code: 'unconfirmed-legal-fact', review: true }),
    );
  });

  it('in 2024 the first text spoke: expiry 27 June 2025 and the immigration exclusion to confirm', () => {
    const v = only(
      [kommun, { id: 'uk', name: 'UK Ltd', country: 'GB', type: 'company' }],
      { ...toProcessor, to: 'uk' },
      '2024-06-01',
    );
    expect(v.adequacy).toMatchObject({ decision: '2021-1772', until: '2025-06-27' });
    expect(v.adequacy?.amendedBy).toBeUndefined();
    expect(v.adequacy?.conditionsToConfirm.map((c) => c.id)).toContain('uk-immigration-control');
  });
});

describe('Brazil 2026/179 and the EEA: incorporation unknown', () => {
  const brazil = { id: 'br', name: 'Empresa Ltda', country: 'BR', type: 'company' as const };

  it('a Norwegian exporter is warned that the EEA Joint Committee has not been found to incorporate the decision', () => {
    const kommune = {
      id: 'kommune',
      name: 'Eksempel kommune',
      country: 'NO',
      type: 'public-authority' as const,
    };
    const v = only(
      [kommune, brazil],
      { from: 'kommune', to: 'br', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(v).toMatchObject({ mechanism: 'adequacy', adequacy: { decision: '2026-179', covered: true } });
    const warning = v.warnings.find((w) => w.code === 'eea-incorporation-unknown');
    expect(warning).toMatchObject({ review: true });
    expect(warning?.message).toMatch(/Norway.*2026\/179.*not known/);
  });

  it('a Swedish exporter gets no such warning', () => {
    const v = only([kommun, brazil], { ...toProcessor, to: 'br' }, asOf);
    expect(v.warnings.map((w) => w.code)).not.toContain('eea-incorporation-unknown');
  });
});
