import { describe, expect, it } from 'vitest';
import { adequacyDecisionById, decisionAt, heldAt, holdsAt, versionAt } from '../../src/data/index.js';

describe('one period vocabulary (src/data/period.ts)', () => {
  it('from and until are both inclusive; a missing bound is open', () => {
    expect(holdsAt({ from: '2021-06-28', until: '2025-06-27' }, '2021-06-28')).toBe(true);
    expect(holdsAt({ from: '2021-06-28', until: '2025-06-27' }, '2025-06-27')).toBe(true);
    expect(holdsAt({ from: '2021-06-28', until: '2025-06-27' }, '2025-06-28')).toBe(false);
    expect(holdsAt({ from: '2021-06-28', until: '2025-06-27' }, '2021-06-27')).toBe(false);
    expect(holdsAt({}, '1999-01-01')).toBe(true);
    expect(heldAt([{ from: '2020-01-01' }, { until: '2019-12-31' }], '2020-01-01')).toEqual([
      { from: '2020-01-01' },
    ]);
  });

  it('the version that speaks on a date is the latest one begun by then, whatever an earlier until said', () => {
    const versions = [
      { from: '2021-06-28', until: '2025-06-27', v: 1 },
      { from: '2025-06-24', until: '2025-12-27', v: 2 },
    ];
    expect(versionAt(versions, '2021-06-27')).toBeUndefined();
    expect(versionAt(versions, '2025-06-23')?.v).toBe(1);
    expect(versionAt(versions, '2025-06-24')?.v).toBe(2);
  });

  it('versions listed out of date order: the latest begun by the date still speaks', () => {
    const versions = [
      { from: '2025-12-19', v: 3 },
      { from: '2021-06-28', v: 1 },
      { from: '2025-06-24', v: 2 },
    ];
    expect(versionAt(versions, '2025-06-23')?.v).toBe(1);
    expect(versionAt(versions, '2025-07-01')?.v).toBe(2);
    expect(versionAt(versions, '2026-01-01')?.v).toBe(3);
  });

  it('a decision as at a date: not before adoption, not after its until', () => {
    const japan = adequacyDecisionById('2019-419')!;
    expect(decisionAt(japan, '2019-01-22')).toBeUndefined();
    expect(decisionAt(japan, '2019-01-23')).toMatchObject({ id: '2019-419', amendedBy: [] });
    const safeHarbour = adequacyDecisionById('2000-520')!;
    expect(decisionAt(safeHarbour, '2015-10-05')?.id).toBe('2000-520');
    expect(decisionAt(safeHarbour, '2015-10-06')).toBeUndefined();
  });
  it('the UK decision as it stood on a date: the amendments made by then, the note of the version in force, the sources of each', () => {
    const uk = adequacyDecisionById('2021-1772')!;
    const amendments = (asOf: string) => decisionAt(uk, asOf)?.amendedBy.map((a) => a.celex);
    const sources = (asOf: string) =>
      decisionAt(uk, asOf)
        ?.sources.map((s) => s.celex)
        .filter(Boolean);
    // In July 2025 only the six-month extension (2025/1226) had been made; the renewal came in December.
    expect(amendments('2025-07-01')).toEqual(['32025D1226']);
    expect(amendments('2026-01-01')).toEqual(['32025D1226', '32025D2574']);
    expect(decisionAt(uk, '2025-07-01')?.until).toBe('2025-12-27');
    expect(decisionAt(uk, '2025-07-01')?.note?.en).toMatch(/technical extension/);
    expect(decisionAt(uk, '2026-01-01')?.note?.en).toMatch(/until 27 December 2031/);
    expect(sources('2025-07-01')).toEqual(['32021D1772', '32025D1226']);
    expect(sources('2026-01-01')).toEqual(['32021D1772', '32025D1226', '32025D2574']);
  });
});
