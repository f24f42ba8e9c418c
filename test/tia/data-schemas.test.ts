import { describe, expect, it } from 'vitest';
import catalogueJson from '../../data/laws/measures.json' with { type: 'json' };
import usJson from '../../data/laws/us.json' with { type: 'json' };
import { tiaAnswers } from '../../src/tia/input.js';
import { measureById, measureIdsOf, useCaseByNumber } from '../../src/tia/measures.js';
import { quantifyAccess } from '../../src/tia/quantified.js';
import { lawProfile, measuresCatalogue } from '../../src/tia/schema.js';

/**
 * The law profiles and the measures catalogue are checked when the service starts: a profile that points
 * at a statement it lacks, or a catalogue out of order, must stop it rather than feed an assessment broken
 * law. The answers' own checks: a period of practical experience cannot end before it begins.
 */

const clone = <T>(x: T): T => structuredClone(x);
const issues = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => ({ message: i.message, path: i.path }));

describe('a law profile (data/laws/<id>.json)', () => {
  it('as shipped, the US profile is accepted', () => {
    expect(lawProfile.safeParse(usJson).success).toBe(true);
  });

  it('is refused when its Commission finding names a statement it does not have', () => {
    const p = clone(usJson) as Record<string, unknown>;
    p.commissionFinding = 'us-no-such-statement';
    expect(issues(lawProfile.safeParse(p))).toEqual([
      { message: 'commissionFinding must name a statement of the profile', path: ['commissionFinding'] },
    ]);
  });

  it('is accepted without a Commission finding or a service-provider test (as every profile but the US)', () => {
    const p = clone(usJson) as Record<string, unknown>;
    delete p.commissionFinding;
    delete p.serviceProviderReach;
    expect(lawProfile.safeParse(p).success).toBe(true);
  });

  it('is refused when its service-provider test names a statement it does not have', () => {
    const p = clone(usJson);
    p.serviceProviderReach.statement = 'us-no-such-statement';
    expect(issues(lawProfile.safeParse(p))).toEqual([
      {
        message: 'serviceProviderReach must name a statement of the profile',
        path: ['serviceProviderReach'],
      },
    ]);
  });

  it('is refused when two statements share an id (a finding could point at the wrong one)', () => {
    const p = clone(usJson);
    p.statements[1]!.id = p.statements[0]!.id;
    expect(issues(lawProfile.safeParse(p))).toContainEqual({
      message: 'statement ids must be unique',
      path: ['statements'],
    });
  });
});

describe('the measures catalogue (data/laws/measures.json)', () => {
  it('as shipped, is accepted', () => {
    expect(measuresCatalogue.safeParse(catalogueJson).success).toBe(true);
  });

  it('is refused when the use cases are not listed 1 to 7 in order (step 4 looks them up by number)', () => {
    const c = clone(catalogueJson);
    [c.useCases[0], c.useCases[1]] = [c.useCases[1]!, c.useCases[0]!];
    expect(issues(measuresCatalogue.safeParse(c))).toEqual([
      { message: 'use cases must be listed 1 to 7 in order', path: ['useCases'] },
    ]);
  });

  it('is refused when a use case requires a measure the catalogue does not describe', () => {
    const c = clone(catalogueJson);
    c.useCases[0]!.measures = [...c.useCases[0]!.measures, 't-no-such-measure'];
    expect(issues(measuresCatalogue.safeParse(c))).toEqual([
      { message: 'a use case names a measure the catalogue lacks', path: ['useCases'] },
    ]);
  });

  it('looks measures up by id and kind, and refuses what it does not have', () => {
    expect(measureById('c-transparency')?.kind).toBe('contractual');
    expect(measureById('t-no-such-measure')).toBeUndefined();
    expect(measureIdsOf('technical')).toContain('t-encryption-keys-in-eea');
    expect(measureIdsOf('organisational').every((id) => id.startsWith('o-'))).toBe(true);
    expect(() => measureIdsOf('legal' as never)).toThrow('the measures catalogue has no legal measure');
    expect(useCaseByNumber(7).number).toBe(7);
    expect(() => useCaseByNumber(0 as never)).toThrow('no EDPB use case 0');
  });

  it('every measure a law profile recommends is in the catalogue', () => {
    const reach = usJson.serviceProviderReach;
    for (const id of [...reach.provider.measures, ...reach.notProvider.measures])
      expect(measureById(id), id).toBeDefined();
  });
});

describe('the answers of a TIA', () => {
  it('refuse a period of practical experience that ends before it begins; a single day is a period', () => {
    const period = (from: string, until: string) =>
      tiaAnswers.safeParse({ practicalExperience: { claimed: true, period: { from, until } } });
    expect(issues(period('2026-01-02', '2026-01-01'))).toEqual([
      { message: 'from must not be after until', path: ['practicalExperience', 'period', 'until'] },
    ]);
    expect(period('2026-01-01', '2026-01-01').success).toBe(true);
    expect(period('2019-01-01', '2026-01-01').success).toBe(true);
  });
});

describe('the quantified view’s own statement of what it assumes', () => {
  it('says the estimates are yearly and independent, and cites step 3 and the footnote to Clause 14(b)', () => {
    const r = quantifyAccess({
      periodYears: 1,
      bases: [{ legalBasis: 'x', pTargeted: 0.5, pInScope: 0.5, pSuccess: 0.5 }],
    });
    expect(r.assumptions).toEqual({
      en: 'The estimates are yearly; years and legal bases are treated as independent; a probability of 1 for any basis makes access certain.',
      sv: 'Uppskattningarna avser ett år; år och rättsliga grunder behandlas som oberoende av varandra; en sannolikhet på 1 för någon grund gör åtkomst säker.',
    });
    expect(r.cites).toEqual([
      'EDPB Recommendations 01/2020 (v2.0), step 3',
      'Decision (EU) 2021/914, Annex, Clause 14(b)(ii), footnote 12',
    ]);
    expect(r.formula).toBe('P = 1 - Π_b (1 - pTargeted_b · pInScope_b · pSuccess_b)^periodYears');
    expect(r.bases[0]).toEqual({
      legalBasis: 'x',
      pTargeted: 0.5,
      pInScope: 0.5,
      pSuccess: 0.5,
      perYear: 0.125,
      overPeriod: 0.125,
    });
    expect(r.periodYears).toBe(1);
  });
});
