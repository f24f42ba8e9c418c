import { describe, expect, it } from 'vitest';
import { assess, assumed, codes, only } from './helpers.js';

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
    const result = assess([kommun, io], [{ ...c2p, to: 'io', publicPowers: false }], asOf);
    const v = result.flows[0]!;
    expect(v.mechanism).toBe('scc');
    expect(v.openQuestions).toEqual([]);
    expect(v.alternatives).toEqual(['art46-2a', 'art46-3b', 'derogation']);
    expect(v.derogations.length).toBeGreaterThan(0);
    expect(assumed(result, 'organisation-not-identified')?.fields).toEqual(['parties[1].organisationId']);
    // A company exporter has no Art. 46(2)(a) instrument: the derogations are what is left.
    const fromCompany = only([bolag, io], { ...c2p, from: 'bolag', to: 'io' }, asOf);
    expect(fromCompany.alternatives).toEqual(['derogation']);
  });
});

describe('public authorities whose publicPowers is not given', () => {
  it('are not offered Art. 49(1)(a), (b), (c) or the second subparagraph, and are told what opens them', () => {
    const result = assess([kommun, indian], [{ ...c2p, occasional: true }], asOf);
    for (const closed of ['49-1-a', '49-1-b', '49-1-c', '49-1-second'])
      expect(result.flows[0]!.derogations).not.toContain(closed);
    expect(assumed(result, 'public-powers-unknown')?.message).toContain('publicPowers is given as false');
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
    const result = assess([bolag, ngo], [{ ...c2p, from: 'bolag', to: 'ngo' }], asOf);
    const v = result.flows[0]!;
    expect(v.mechanism).toBe('scc');
    expect(codes(v)).toContain('dpf-non-profit');
    expect(assumed(result, 'dpf-status-unknown')).toBeUndefined();
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

  it('says once per case what is merely assumed, naming every flow and field, not once per flow', () => {
    const vendors = ['a', 'b', 'c'].map((id) => ({ id, country: 'IN', type: 'company' as const }));
    const result = assess(
      [kommun, ...vendors],
      vendors.map((v) => ({ ...c2p, to: v.id })),
      asOf,
    );
    const moved = ['importer-gdpr-status-unknown', 'public-powers-unknown'];
    for (const flow of result.flows) for (const code of moved) expect(codes(flow)).not.toContain(code);
    expect(result.assumptions.filter((a) => moved.includes(a.code))).toEqual([
      {
        code: 'public-powers-unknown',
        message: expect.stringContaining('publicPowers'),
        flows: ['f1', 'f2', 'f3'],
        fields: ['flows[0].publicPowers', 'flows[1].publicPowers', 'flows[2].publicPowers'],
      },
      {
        code: 'importer-gdpr-status-unknown',
        message: expect.stringContaining('gdprBasis'),
        flows: ['f1', 'f2', 'f3'],
        fields: ['parties[1].gdprBasis', 'parties[2].gdprBasis', 'parties[3].gdprBasis'],
      },
    ]);
  });

  it('names for each flow the field that settles it, relabelled for flows assessed as one group', () => {
    const vendor = { id: 'in', country: 'IN', type: 'company' as const };
    // Three like flows to one importer: assessed once, each with its own path.
    const result = assess([kommun, vendor], [c2p, c2p, c2p], asOf);
    expect(assumed(result, 'public-powers-unknown')).toMatchObject({
      flows: ['f1', 'f2', 'f3'],
      fields: ['flows[0].publicPowers', 'flows[1].publicPowers', 'flows[2].publicPowers'],
    });
    // One importer: the same field settles it for each flow, so it is named for each.
    expect(assumed(result, 'importer-gdpr-status-unknown')).toMatchObject({
      flows: ['f1', 'f2', 'f3'],
      fields: ['parties[1].gdprBasis', 'parties[1].gdprBasis', 'parties[1].gdprBasis'],
    });
  });

  it('says once that derogations for occasional transfers are listed although occasional is not given', () => {
    const vendor = { id: 'in', country: 'IN', type: 'company' as const, gdprBasis: 'none' as const };
    const result = assess([bolag, vendor], [{ ...c2p, from: 'bolag', toRole: 'controller' }], asOf);
    expect(result.flows[0]!.derogations).toContain('49-1-b');
    expect(assumed(result, 'occasional-unknown')).toMatchObject({
      message: expect.stringContaining('occasional transfers that are not repeated'),
      fields: ['flows[0].occasional'],
    });
    const regular = assess(
      [bolag, vendor],
      [{ ...c2p, from: 'bolag', toRole: 'controller', occasional: false }],
      asOf,
    );
    expect(assumed(regular, 'occasional-unknown')).toBeUndefined();
  });

  it('does not repeat the importer-GDPR assumption for an international organisation, which goes to review', () => {
    const io = { id: 'io', type: 'international-organisation' as const };
    const result = assess([bolag, io], [{ ...c2p, from: 'bolag', to: 'io' }], asOf);
    expect(assumed(result, 'importer-gdpr-status-unknown')).toBeUndefined();
    expect(
      result.flows[0]!.warnings.find((w) => w.code === 'importer-international-organisation')?.review,
    ).toBe(true);
  });

  it('assumes nothing that the case gives', () => {
    const vendor = { id: 'in', country: 'IN', type: 'company' as const, gdprBasis: 'none' as const };
    const result = assess([kommun, vendor], [{ ...c2p, publicPowers: true, occasional: false }], asOf);
    expect(result.assumptions).toEqual([]);
  });
});
