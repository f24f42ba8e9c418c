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

describe('the DPF exit strategy', () => {
  const cloud = {
    id: 'moln',
    name: 'Molnbolaget Inc.',
    country: 'US',
    type: 'company' as const,
    dpf: { active: true, hrData: false, nonHrData: true },
  };

  it('a DPF flow keeps its adequacy verdict and carries its fallback: module 2 with a TIA, and the pending threats with dates and sources', () => {
    const v = only([kommun, cloud], { ...toProcessor, to: 'moln', hrData: false }, asOf);
    expect(v).toMatchObject({ mechanism: 'adequacy', adequacy: { decision: '2023-1795', covered: true } });
    expect(v.dpfFallback).toMatchObject({ decision: '2023-1795', module: 2, tia: true });
    const pending = v.dpfFallback?.pending.map((p) => [p.id, p.from]);
    expect(pending).toEqual(
      [
        ['pclob-quorum', '2025-01-27'],
        ['dpf-next-review', '2024-10-09'],
        ['c-703-25-p', '2025-10-31'],
        ['fisa-702-lapse', '2026-06-12'],
        ['trump-v-slaughter', '2026-06-29'],
      ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
    expect(v.dpfFallback?.pending.every((p) => p.sources.length > 0)).toBe(true);
    const warning = v.warnings.find((w) => w.code === 'dpf-exit');
    expect(warning).toMatchObject({ review: true });
    expect(warning?.message).toMatch(/module 2, with a transfer impact assessment/);
    expect(warning?.message).toMatch(/Trump v\. Slaughter .*since 2026-06-29/);
    expect(warning?.message).toMatch(/C-703\/25 P/);
  });

  it('what is pending is read at the date: before the Supreme Court ruling it is not named', () => {
    const v = only([kommun, cloud], { ...toProcessor, to: 'moln', hrData: false }, '2026-06-01');
    expect(v.dpfFallback?.pending.map((p) => p.id)).not.toContain('trump-v-slaughter');
    expect(v.dpfFallback?.pending.map((p) => p.id)).toContain('c-703-25-p');
  });

  it('a flow not resting on the DPF has no fallback note', () => {
    const v = only(
      [kommun, { ...cloud, dpf: { active: false, hrData: false, nonHrData: false } }],
      { ...toProcessor, to: 'moln', hrData: false },
      asOf,
    );
    expect(v.mechanism).toBe('scc');
    expect(v.dpfFallback).toBeUndefined();
    expect(v.warnings.map((w) => w.code)).not.toContain('dpf-exit');
  });
});

describe('Swedish public bodies: personnummer, children and secrecy', () => {
  const us = { id: 'skola', name: 'School Platform Inc.', country: 'US', type: 'company' as const };
  const school = { ...toProcessor, to: 'skola', hrData: false };

  it('a school platform carrying personnummer and children data raises the weight of the Clause 14 assessment, citing Art. 87, 3 kap. 10 § DSL and recital 38', () => {
    const plain = only([kommun, us], school, asOf);
    const v = only([kommun, us], { ...school, personnummer: true, children: true }, asOf);
    expect(plain.mechanism).toBe('scc');
    expect((plain.tia as { weight?: unknown }).weight).toBeUndefined();
    const weight = (v.tia as { weight?: { level: string; reasons: { id: string; cites: string[] }[] } })
      .weight;
    expect(weight?.level).toBe('heightened');
    expect(weight?.reasons.map((r) => r.id)).toEqual(['personnummer', 'children']);
    expect(weight?.reasons[0]?.cites).toEqual(
      expect.arrayContaining(['GDPR Art. 87', '3 kap. 10 § dataskyddslagen (2018:218)']),
    );
    expect(weight?.reasons[1]?.cites).toContain('GDPR recital 38');
    expect(v.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['personnummer', 'children']));
  });

  it('an authority handing data to a processor is told about OSL 10 kap. 2 a §, the agreed confidentiality and requests for public documents', () => {
    const v = only([kommun, us], school, asOf);
    const osl = v.warnings.find((w) => w.code === 'osl-outsourcing');
    // Not a review flag: it fires on every authority's processor flow (issue 11, review noise).
    expect(osl?.review).toBeFalsy();
    expect(osl?.message).toMatch(/10 kap\. 2 a §/);
    expect(osl?.message).toMatch(/confidentiality must be agreed/);
    expect(osl?.message).toMatch(/public documents .* forwarded to the authority/);
    // Not before the provision applied (1 July 2023).
    const before = only([kommun, us], school, '2023-06-30');
    expect(before.warnings.map((w) => w.code)).not.toContain('osl-outsourcing');
  });

  it('a company exporter gets no OSL note', () => {
    const bolag = { id: 'kommun', name: 'Bolag AB', country: 'SE', type: 'company' as const };
    const v = only([bolag, us], school, asOf);
    expect(v.warnings.map((w) => w.code)).not.toContain('osl-outsourcing');
  });
});
