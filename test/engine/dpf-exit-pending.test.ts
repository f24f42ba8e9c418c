import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * The DPF exit warning lists what is pending against the decision with its sources, and marks what has not
 * been confirmed against a primary source (data/pending-developments.json `confidence`): the appeal before
 * the Court of Justice is read off its notice in the Official Journal and is not so marked; the reported
 * US developments are.
 */

const dpfFlow = (asOf: string) =>
  only(
    [
      { id: 'se', country: 'SE', type: 'company' },
      {
        id: 'us',
        country: 'US',
        type: 'company',
        gdprBasis: 'none',
        dpf: { active: true, hrData: true, nonHrData: true },
      },
    ],
    { from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor' },
    asOf,
  );

describe('what is pending against the DPF decision, and how sure it is', () => {
  it('on 1 November 2026: the confirmed appeal unmarked, each reported development marked', () => {
    const v = dpfFlow('2026-11-01');
    const message = v.warnings.find((w) => w.code === 'dpf-exit')!.message;
    expect(message).toContain(
      '[Case C-703/25 P, notice of appeal, OJ C, C/2025/6610, 22.12.2025] FISA Section 702 lapsed',
    );
    // Four of the five are reported, not read in a primary source.
    expect(message.match(/; not confirmed against a primary source\]/g)).toHaveLength(4);
    expect(v.dpfFallback?.pending.map((p) => [p.id, p.confidence])).toEqual([
      ['dpf-next-review', 'unconfirmed'],
      ['pclob-quorum', 'unconfirmed'],
      ['c-703-25-p', 'confirmed'],
      ['fisa-702-lapse', 'unconfirmed'],
      ['trump-v-slaughter', 'unconfirmed'],
    ]);
  });

  it('on 1 January 2026: only what had begun by then', () => {
    const v = dpfFlow('2026-01-01');
    expect(v.dpfFallback?.pending.map((p) => p.id)).toEqual([
      'dpf-next-review',
      'pclob-quorum',
      'c-703-25-p',
    ]);
  });
});
