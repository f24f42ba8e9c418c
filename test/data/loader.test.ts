import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import {
  adequacyDecisionsInForce,
  allAdequacyDecisions,
  authoritiesFor,
  authorityFor,
  canonicalCode,
  countryName,
  datasetsMeta,
  destinationAt,
  isKnownCode,
  knownCodes,
  territoryStatusAt,
} from '../../src/data/index.js';

const ids = (asOf: string, filter?: Parameters<typeof adequacyDecisionsInForce>[1]) =>
  adequacyDecisionsInForce(asOf, filter).map((d) => d.id);

describe('territory status', () => {
  it('treats Greenland as a third country without adequacy', () => {
    expect(territoryStatusAt('GL', '2026-11-01').status).toBe('third-country');
    expect(ids('2026-11-01', { code: 'GL' })).toEqual([]);
  });

  it('keeps Åland and the outermost regions inside the EU', () => {
    for (const code of ['AX', 'IC', 'EA', 'GP', 'GF', 'MQ', 'RE', 'YT', 'MF', 'PT-20', 'PT-30']) {
      expect(territoryStatusAt(code, '2026-11-01').status, code).toBe('eu');
    }
  });

  it('dates the UK: EU law applied until the end of the transition period', () => {
    expect(territoryStatusAt('GB', '2020-02-01').status).toBe('eu');
    expect(territoryStatusAt('GB', '2020-12-31').status).toBe('eu');
    expect(territoryStatusAt('GB', '2021-01-01').status).toBe('third-country');
    expect(territoryStatusAt('GI', '2021-01-01').status).toBe('third-country');
  });

  it('dates Mayotte and Saint-Barthélemy', () => {
    expect(territoryStatusAt('YT', '2013-12-31').status).toBe('third-country');
    expect(territoryStatusAt('YT', '2014-01-01').status).toBe('eu');
    expect(territoryStatusAt('BL', '2011-12-31').status).toBe('eu');
    expect(territoryStatusAt('BL', '2012-01-01').status).toBe('third-country');
  });

  it('treats Croatia as a third country before accession', () => {
    expect(territoryStatusAt('HR', '2013-06-30').status).toBe('third-country');
    expect(territoryStatusAt('HR', '2013-07-01').status).toBe('eu');
  });

  it('treats Svalbard and Jan Mayen as a third country, flagged for review', () => {
    const sj = territoryStatusAt('SJ', '2026-11-01');
    expect(sj.status).toBe('third-country');
    expect(sj.record?.confidence).toBe('unconfirmed');
  });

  it('gives EEA for the EFTA states and third-country for any other ISO code', () => {
    expect(territoryStatusAt('NO', '2026-11-01').status).toBe('eea');
    const us = territoryStatusAt('US', '2026-11-01');
    expect(us).toEqual({ code: 'US', status: 'third-country' });
  });

  it('rejects unknown codes and malformed dates instead of guessing', () => {
    expect(isKnownCode('XX')).toBe(false);
    expect(isKnownCode('UK')).toBe(false);
    expect(() => territoryStatusAt('XX', '2026-11-01')).toThrow(RangeError);
    expect(() => territoryStatusAt('SE', '2026-02-30')).toThrow(RangeError);
    expect(() => territoryStatusAt('SE', '1.1.2026')).toThrow(RangeError);
  });

  it('accepts aliases and lower case', () => {
    expect(canonicalCode('es-cn')).toBe('IC');
    expect(canonicalCode('ES-ML')).toBe('EA');
    expect(territoryStatusAt('es-cn', '2026-11-01')).toMatchObject({ code: 'IC', status: 'eu' });
    expect(isKnownCode('se')).toBe(true);
  });

  it('lists every ISO code and the territory codes once', () => {
    const codes = knownCodes();
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('SE');
    expect(codes).toContain('PT-20');
    expect(codes).not.toContain('ES-CN');
    expect(codes.length).toBeGreaterThan(249);
  });
});

describe('names', () => {
  it('names ISO codes and data-only codes in both languages', () => {
    expect(countryName('SE', 'sv')).toBe('Sverige');
    expect(countryName('SE', 'en')).toBe('Sweden');
    expect(countryName('AX', 'sv')).toBe('Åland');
    expect(countryName('IC', 'sv')).toBe('Kanarieöarna');
    expect(countryName('PT-20', 'en')).toBe('Azores');
    expect(countryName('XX', 'en')).toBeUndefined();
  });
});

describe('adequacy', () => {
  it('finds 2021/1772 for the UK in 2024 but not for Gibraltar', () => {
    expect(ids('2024-06-01', { code: 'GB' })).toEqual(['2021-1772']);
    expect(ids('2024-06-01', { code: 'GI' })).toEqual([]);
  });

  it('follows the UK decision through its extension and renewal', () => {
    expect(ids('2021-06-27', { code: 'GB' })).toEqual([]);
    expect(ids('2021-06-28', { code: 'GB' })).toEqual(['2021-1772']);
    expect(ids('2025-09-01', { code: 'GB' })).toEqual(['2021-1772']);
    // One decision: its amendments are dated versions of the same record, not new decisions.
    expect(ids('2026-11-01', { code: 'GB' })).toEqual(['2021-1772']);
    expect(ids('2031-12-27', { code: 'GB' })).toEqual(['2021-1772']);
    expect(ids('2031-12-28', { code: 'GB' })).toEqual([]);
  });

  it('drops the immigration exclusion with the 2025 renewal', () => {
    const exclusionIds = (asOf: string) =>
      adequacyDecisionsInForce(asOf, { code: 'GB' }).flatMap((d) => d.scope.exclusions.map((e) => e.id));
    expect(exclusionIds('2024-06-01')).toEqual(['uk-immigration-control']);
    expect(exclusionIds('2026-11-01')).toEqual([]);
  });

  it('covers Brazil only from its 2026 decision, and Japan with its exclusions', () => {
    expect(ids('2025-12-31', { code: 'BR' })).toEqual([]);
    expect(ids('2026-11-01', { code: 'BR' })).toEqual(['2026-179']);
    const japan = adequacyDecisionsInForce('2026-11-01', { code: 'JP' });
    expect(japan[0]?.scope.exclusions.map((e) => e.id)).toContain('academic-studies');
  });

  it('never lets a UK decision reach Gibraltar or the Crown Dependencies by sovereignty', () => {
    const uk = allAdequacyDecisions().filter((d) => d.target.kind === 'country' && d.target.code === 'GB');
    expect(uk.length).toBeGreaterThan(0);
    for (const date of ['2021-07-01', '2024-06-01', '2026-11-01']) {
      expect(ids(date, { code: 'GI' })).toEqual([]);
      expect(ids(date, { code: 'JE' })).toEqual(['2008-393']);
      expect(ids(date, { code: 'GG' })).toEqual(['2003-821']);
      expect(ids(date, { code: 'IM' })).toEqual(['2004-411']);
    }
  });

  it('finds the Data Privacy Framework for the US in 2026', () => {
    const found = adequacyDecisionsInForce('2026-11-01', { code: 'US' });
    expect(found.map((d) => d.id)).toEqual(['2023-1795']);
    expect(found[0]?.scope.requiresDpf).toBe(true);
  });

  it('finds no US decision between Privacy Shield and the DPF', () => {
    expect(ids('2020-07-15', { code: 'US' })).toEqual(['2016-1250']);
    expect(ids('2020-07-16', { code: 'US' })).toEqual([]);
    expect(ids('2020-08-01', { code: 'US' })).toEqual([]);
    expect(ids('2023-07-09', { code: 'US' })).toEqual([]);
    expect(ids('2023-07-10', { code: 'US' })).toEqual(['2023-1795']);
  });

  it('ends Safe Harbour on the day of the Schrems judgment', () => {
    expect(ids('2015-10-05', { code: 'US' })).toEqual(['2000-520']);
    expect(ids('2015-10-06', { code: 'US' })).toEqual([]);
  });

  it('covers Switzerland in 2026', () => {
    expect(ids('2026-11-01', { code: 'CH' })).toEqual(['2000-518']);
  });

  it('returns nothing for EU territories, unknown codes or unknown organisations', () => {
    expect(ids('2026-11-01', { code: 'AX' })).toEqual([]);
    expect(ids('2026-11-01', { code: 'XX' })).toEqual([]);
    expect(ids('2026-11-01', { organisationId: 'no-such-organisation' })).toEqual([]);
  });

  it('never returns a decision before its adoption or before it applies', () => {
    for (const decision of allAdequacyDecisions()) {
      const filter =
        decision.target.kind === 'country'
          ? { code: decision.target.code }
          : { organisationId: decision.target.id };
      const dayBefore = new Date(`${decision.adopted}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      expect(ids(dayBefore.toISOString().slice(0, 10), filter), decision.id).not.toContain(decision.id);
      expect(ids(decision.from, filter), decision.id).toContain(decision.id);
      const last = decision.versions.at(-1)?.until ?? decision.until;
      if (last) expect(ids(last, filter), decision.id).toContain(decision.id);
      if (decision.end && last) expect(ids(addDays(last, 1), filter), decision.id).not.toContain(decision.id);
    }
  });

  it('applies the European Patent Organisation decision from its date of effect', () => {
    expect(ids('2025-07-17', { organisationId: 'european-patent-organisation' })).toEqual([]);
    expect(ids('2025-07-18', { organisationId: 'european-patent-organisation' })).toEqual(['2025-1382']);
  });

  it('filters by international organisation', () => {
    const epo = allAdequacyDecisions().find((d) => d.target.kind === 'international-organisation');
    expect(epo).toBeDefined();
    if (epo?.target.kind !== 'international-organisation') return;
    expect(ids('2026-11-01', { organisationId: epo.target.id })).toEqual([epo.id]);
    expect(ids('2026-11-01', { code: 'DE' })).toEqual([]);
  });
});

describe('destinationAt', () => {
  it('combines status and adequacy, and asks nothing of EU places', () => {
    expect(destinationAt('AX', '2026-11-01')).toMatchObject({ status: 'eu', adequacy: [] });
    expect(destinationAt('JP', '2026-11-01').adequacy.map((d) => d.id)).toEqual(['2019-419']);
    expect(destinationAt('GB', '2020-06-01')).toMatchObject({ status: 'eu', adequacy: [] });
  });
});

describe('authorities', () => {
  it('gives the lead authority of a state', () => {
    expect(authorityFor('SE')?.id).toBe('se-imy');
    expect(authorityFor('DE')?.id).toBe('de-bfdi');
    expect(authorityFor('NO')?.id).toBe('no-datatilsynet');
  });

  it("gives a territory's own authority, else its state's lead", () => {
    expect(authorityFor('AX')?.id).toBe('ax-datainspektionen');
    expect(authorityFor('RE')?.id).toBe('fr-cnil');
    expect(authorityFor('PT-20')?.id).toBe('pt-cnpd');
    expect(authorityFor('es-cn')?.id).toBe('es-aepd');
  });

  it('gives none for third countries and territories outside the EU', () => {
    expect(authorityFor('GL')).toBeUndefined();
    expect(authorityFor('GB')).toBeUndefined();
    expect(authorityFor('US')).toBeUndefined();
    expect(authorityFor('XX')).toBeUndefined();
  });

  it('lists the German federal and Länder authorities with the BfDI first', () => {
    const de = authoritiesFor('DE');
    expect(de[0]?.id).toBe('de-bfdi');
    expect(new Set(de.filter((a) => !a.lead).map((a) => a.region)).size).toBe(16);
    expect(authoritiesFor('AX').map((a) => a.id)).toEqual(['ax-datainspektionen', 'fi-tietosuoja']);
    expect(authoritiesFor('ES').map((a) => a.id)).toEqual([
      'es-aepd',
      'es-ct-apdcat',
      'es-pv-avpd',
      'es-an-ctpda',
    ]);
  });
});

describe('datasetsMeta', () => {
  it('reports each dataset with its record count', () => {
    const meta = datasetsMeta();
    expect(meta.map((m) => m.id)).toEqual([
      'countries',
      'adequacy',
      'authorities',
      'interim-arrangements',
      'instruments',
      'pending-developments',
      'swedish-public-sector',
    ]);
    for (const m of meta) {
      expect(m.records).toBeGreaterThan(0);
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });
});
