import { describe, expect, it } from 'vitest';
import { assess, assumed } from './helpers.js';

/**
 * What the answer says of the Art. 49 derogations it lists, by what closes them: Art. 49(3) closes consent,
 * the two contract derogations and compelling legitimate interests to a public authority in the exercise of
 * its public powers (and, until publicPowers is given, the cautious branch closes them too); a regular
 * transfer closes those that serve occasional transfers only (EDPB Guidelines 2/2018). What the answer
 * says is listed must be what is listed.
 */

const asOf = '2026-11-01';
const authority = { id: 'se', country: 'SE', type: 'public-authority' as const };
const company = { id: 'se', country: 'SE', type: 'company' as const };
const indian = { id: 'in', country: 'IN', type: 'company' as const, gdprBasis: 'none' as const };
const flow = { from: 'se', to: 'in', fromRole: 'controller' as const, toRole: 'controller' as const };

describe('derogations and what is said of them', () => {
  it('an authority in the exercise of public powers, occasional not given: only the legal-claims derogation waits on it, and the assumption says so', () => {
    for (const lang of ['en', 'sv'] as const) {
      const result = assess([authority, indian], [{ ...flow, publicPowers: true }], asOf, lang);
      expect(result.flows[0]!.derogations).toEqual(['49-1-d', '49-1-e', '49-1-f', '49-1-g']);
      const said = assumed(result, 'occasional-unknown');
      expect(said).toMatchObject({ flows: ['f1'], fields: ['flows[0].occasional'] });
      const text = said!.message;
      if (lang === 'en') {
        expect(text).toContain('Art. 49(1)(e)');
        expect(text).not.toMatch(/\(b\)|\(c\)|second subparagraph/);
      } else {
        expect(text).toContain('artikel 49.1 e');
        expect(text).not.toMatch(/49\.1 b|andra stycket/);
      }
    }
  });

  it('a company, occasional not given: the contract, legal-claims and compelling-interests derogations are listed and said to wait on it', () => {
    const result = assess([company, indian], [flow], asOf);
    expect(result.flows[0]!.derogations).toEqual([
      '49-1-a',
      '49-1-b',
      '49-1-c',
      '49-1-d',
      '49-1-e',
      '49-1-f',
      '49-1-g',
      '49-1-second',
    ]);
    // A company is not asked about public powers (Art. 49(3) is for public authorities), nor is it an
    // international organisation left unnamed: occasional is all the case leaves open.
    expect(result.assumptions.map((a) => a.code)).toEqual(['occasional-unknown']);
    // An assumption is said once for the case, not again among the flow's warnings.
    expect(result.flows[0]!.warnings.map((w) => w.code)).toEqual([
      'derogations-restrictive',
      'derogation-conditions',
      'tia-open',
    ]);
    expect(assumed(result, 'occasional-unknown')?.message).toMatch(
      /Art\. 49\(1\)\(b\), \(c\) and \(e\) and Art\. 49\(1\), second subparagraph/,
    );
  });

  it('an authority in the exercise of public powers, regular transfers: public interest, vital interests and the register are left, with their conditions only', () => {
    const result = assess([authority, indian], [{ ...flow, publicPowers: true, occasional: false }], asOf);
    const v = result.flows[0]!;
    expect(v.derogations).toEqual(['49-1-d', '49-1-f', '49-1-g']);
    expect(v.trail.find((s) => s.id === 'publicPowers')).toMatchObject({
      value: 'yes',
      by: 'flows[0].publicPowers',
    });
    expect(result.assumptions).toEqual([]);
    const conditions = v.warnings.find((w) => w.code === 'derogation-conditions')?.message;
    expect(conditions).toMatch(/Art\. 49\(4\)/);
    expect(conditions).toMatch(/Art\. 49\(2\)/);
    expect(conditions).not.toMatch(/second subparagraph/);
  });

  it('an authority that does not say whether it exercises public powers: the cautious branch, said once, with occasional also waiting', () => {
    const result = assess([authority, indian], [flow], asOf);
    expect(result.flows[0]!.derogations).toEqual(['49-1-d', '49-1-e', '49-1-f', '49-1-g']);
    expect(assumed(result, 'public-powers-unknown')).toMatchObject({ fields: ['flows[0].publicPowers'] });
    expect(assumed(result, 'occasional-unknown')).toMatchObject({ fields: ['flows[0].occasional'] });
  });
});
