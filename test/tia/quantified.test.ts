import { describe, expect, it } from 'vitest';
import { quantifyAccess } from '../../src/tia/index.js';

describe('the quantified view', () => {
  it('multiplies the three estimates into a yearly probability per legal basis', () => {
    const r = quantifyAccess({
      periodYears: 1,
      bases: [{ legalBasis: 'FISA 702', pTargeted: 0.1, pInScope: 0.5, pSuccess: 0.2 }],
    });
    expect(r.bases[0]!.perYear).toBeCloseTo(0.01, 12);
    expect(r.bases[0]!.overPeriod).toBeCloseTo(0.01, 12);
    expect(r.probabilityOverPeriod).toBeCloseTo(0.01, 12);
  });

  it('combines years and bases as independent: 1 - prod (1 - p)^T', () => {
    const r = quantifyAccess({
      periodYears: 3,
      bases: [
        { legalBasis: 'FISA 702', pTargeted: 0.1, pInScope: 0.5, pSuccess: 0.2 }, // 0.01 a year
        { legalBasis: 'CLOUD Act', pTargeted: 0.05, pInScope: 1, pSuccess: 1 }, // 0.05 a year
      ],
    });
    expect(r.bases[0]!.overPeriod).toBeCloseTo(1 - 0.99 ** 3, 12);
    expect(r.bases[1]!.overPeriod).toBeCloseTo(1 - 0.95 ** 3, 12);
    expect(r.probabilityOverPeriod).toBeCloseTo(1 - 0.99 ** 3 * 0.95 ** 3, 12);
  });

  it('treats a fractional period as a constant yearly rate, and a certain basis as certain access', () => {
    expect(
      quantifyAccess({
        periodYears: 0.5,
        bases: [{ legalBasis: 'x', pTargeted: 0.19, pInScope: 1, pSuccess: 1 }],
      }).probabilityOverPeriod,
    ).toBeCloseTo(0.1, 12);
    expect(
      quantifyAccess({ periodYears: 2, bases: [{ legalBasis: 'x', pTargeted: 1, pInScope: 1, pSuccess: 1 }] })
        .probabilityOverPeriod,
    ).toBe(1);
    expect(
      quantifyAccess({ periodYears: 5, bases: [{ legalBasis: 'x', pTargeted: 0, pInScope: 1, pSuccess: 1 }] })
        .probabilityOverPeriod,
    ).toBe(0);
  });

  it('always carries the note that the EDPB does not accept a purely risk-based approach, in both languages', () => {
    const r = quantifyAccess({
      periodYears: 1,
      bases: [{ legalBasis: 'x', pTargeted: 0.5, pInScope: 0.5, pSuccess: 0.5 }],
    });
    expect(r.note.en).toContain('EDPB does not accept a purely risk-based approach');
    expect(r.note.sv).toContain('EDPB godtar inte ett rent riskbaserat synsätt');
    expect(r.formula).toContain('periodYears');
  });
});
