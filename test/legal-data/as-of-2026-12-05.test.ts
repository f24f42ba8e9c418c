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
