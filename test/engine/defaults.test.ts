import { describe, expect, it } from 'vitest';
import { assess, codes, only } from './helpers.js';

/**
 * The defaults rule (README, "Chains and defaults"): a missing fact that decides the outcome stops with an
 * open question; a fact that only adds a caveat takes the cautious branch with a warning. One test per
 * default named in issue 11; each fails on the engine before it.
 */

const asOf = '2026-11-01';
const kommun = { id: 'kommun', country: 'SE', type: 'public-authority' as const };
const bolag = { id: 'bolag', country: 'SE', type: 'company' as const };
const indian = { id: 'in', country: 'IN', type: 'company' as const };
const c2p = { from: 'kommun', to: 'in', fromRole: 'controller' as const, toRole: 'processor' as const };

describe('international organisations without organisationId', () => {
  it('rely on no adequacy decision, warn, and list Art. 46(2)(a) instruments and the open derogations', () => {
    const io = { id: 'io', type: 'international-organisation' as const };
    const v = only([kommun, io], { ...c2p, to: 'io', publicPowers: false }, asOf);
    expect(v.mechanism).toBe('scc');
    expect(v.openQuestions).toEqual([]);
    expect(v.alternatives).toEqual(['art46-2a', 'art46-3b', 'derogation']);
    expect(v.derogations.length).toBeGreaterThan(0);
    expect(codes(v)).toContain('organisation-not-identified');
    // A company exporter has no Art. 46(2)(a) instrument: the derogations are what is left.
    const fromCompany = only([bolag, io], { ...c2p, from: 'bolag', to: 'io' }, asOf);
    expect(fromCompany.alternatives).toEqual(['derogation']);
  });
});

describe('public authorities whose publicPowers is not given', () => {
  it('are not offered Art. 49(1)(a), (b), (c) or the second subparagraph, and are told what opens them', () => {
    const v = only([kommun, indian], { ...c2p, occasional: true }, asOf);
    for (const closed of ['49-1-a', '49-1-b', '49-1-c', '49-1-second'])
      expect(v.derogations).not.toContain(closed);
    expect(v.warnings.find((w) => w.code === 'public-powers-unknown')?.message).toContain(
      'flows[0].publicPowers is given as false',
    );
  });
});

describe('binding corporate rules (Art. 47, Art. 4(20))', () => {
  it('are never offered to a public authority, even with a group named', () => {
    const v = only(
      [
        { ...kommun, group: 'G' },
        { ...indian, group: 'G' },
      ],
      { ...c2p, publicPowers: false },
      asOf,
    );
    expect(v.alternatives).not.toContain('bcr');
  });

  it('are offered between companies only when the case puts both in one group', () => {
    const flow = { ...c2p, from: 'bolag' };
    expect(only([bolag, indian], flow, asOf).alternatives).not.toContain('bcr');
    expect(
      only(
        [
          { ...bolag, group: 'A' },
          { ...indian, group: 'B' },
        ],
        flow,
        asOf,
      ).alternatives,
    ).not.toContain('bcr');
    const grouped = only(
      [
        { ...bolag, group: 'A' },
        { ...indian, group: 'A' },
      ],
      flow,
      asOf,
    );
    expect(grouped.alternatives).toContain('bcr');
    expect(grouped.trail.find((s) => s.id === 'sameGroup')?.value).toBe('yes');
  });
});

describe('Art. 28 obligations', () => {
  it('are not owed towards a processor’s own employee (Art. 29)', () => {
    const v = only(
      [
        { id: 'pub', country: 'SE', type: 'company' as const },
        { id: 'anna', country: 'SE', type: 'individual' as const, employerId: 'pub' },
      ],
      { from: 'pub', to: 'anna', fromRole: 'processor', toRole: 'processor' },
      asOf,
    );
    expect(v.obligations.filter((o) => o.startsWith('art28'))).toEqual([]);
  });

  it('are not owed where neither party is subject to the GDPR', () => {
    const v = only(
      [
        { id: 'us', country: 'US', type: 'company' as const, gdprBasis: 'none' as const },
        { id: 'in', country: 'IN', type: 'company' as const, gdprBasis: 'none' as const },
      ],
      { from: 'us', to: 'in', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(v.kind).toBe('not-a-transfer');
    expect(v.obligations).toEqual([]);
  });

  it('are still owed by a controller in the EU to its processor abroad', () => {
    expect(only([kommun, indian], { ...c2p, publicPowers: true }, asOf).obligations).toContain(
      'art28-contract',
    );
  });
});

describe('US non-profits', () => {
  it('are said to be mostly outside the DPF, not sent to look themselves up on the list', () => {
    const ngo = { id: 'ngo', country: 'US', type: 'non-profit' as const };
    const v = only([bolag, ngo], { ...c2p, from: 'bolag', to: 'ngo' }, asOf);
    expect(v.mechanism).toBe('scc');
    expect(codes(v)).toContain('dpf-non-profit');
    expect(codes(v)).not.toContain('dpf-status-unknown');
    expect(v.warnings.find((w) => w.code === 'dpf-non-profit')?.message).toMatch(
      /Federal Trade Commission.*Department of Transportation/,
    );
  });
});

describe('review noise', () => {
  it('a plain kommun → US SaaS case asks a lawyer to review nothing it merely assumed', () => {
    const saas = { id: 'saas', country: 'US', type: 'company' as const };
    const { flows } = assess([kommun, saas], [{ ...c2p, to: 'saas' }], asOf);
    expect(flows[0]!.warnings.filter((w) => w.review).map((w) => w.code)).toEqual([]);
  });
});
