import { describe, expect, it } from 'vitest';
import { measureById, measuresCatalogue, useCaseByNumber } from '../../src/tia/index.js';

describe('the supplementary-measures catalogue', () => {
  it('lists the seven EDPB use cases, with no effective technical measure for 6 and 7 only', () => {
    expect(measuresCatalogue.useCases.map((u) => u.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const effective = measuresCatalogue.useCases
      .filter((u) => u.effectiveTechnicalMeasure)
      .map((u) => u.number);
    expect(effective).toEqual([1, 2, 3, 4, 5]);
    expect(useCaseByNumber(6).measures).toEqual([]);
    expect(useCaseByNumber(7).measures).toEqual([]);
  });

  it('names for each use case with an effective measure a technical measure of the catalogue', () => {
    for (const n of [1, 2, 3, 4, 5] as const) {
      const ids = useCaseByNumber(n).measures;
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(measureById(id)?.kind).toBe('technical');
    }
    expect(useCaseByNumber(1).measures).toContain('t-encryption-keys-in-eea');
  });

  it('has contractual and organisational measures as well as technical ones', () => {
    const kinds = new Set(measuresCatalogue.measures.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['contractual', 'organisational', 'technical']);
    for (const m of measuresCatalogue.measures) expect(m.id[0]).toBe(m.kind[0]);
  });

  it('refers every use case to Annex 2 and says the paragraph numbers are unconfirmed', () => {
    for (const u of measuresCatalogue.useCases) {
      expect(u.edpbRef).toBe(`Annex 2, Use Case ${u.number}`);
      expect(u.confidence).toBe('unconfirmed');
      expect(u.confidenceNote?.en).toContain('paragraph');
    }
  });

  it('throws for a use case that does not exist', () => {
    expect(() => useCaseByNumber(8 as never)).toThrow(RangeError);
  });
});
