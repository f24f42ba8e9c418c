import { describe, expect, it } from 'vitest';
import adequacyJson from '../../data/adequacy.json' with { type: 'json' };
import authoritiesJson from '../../data/authorities.json' with { type: 'json' };
import countriesJson from '../../data/countries.json' with { type: 'json' };
import { addDays } from '../../src/data/dates.js';
import {
  allAdequacyDecisions,
  allAuthorities,
  allTerritories,
  decisionInForceAt,
  isKnownCode,
} from '../../src/data/index.js';
import { adequacyRecord, dataset, supervisoryAuthority, territory } from '../../src/data/schema.js';

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const EEA_EFTA = ['IS', 'LI', 'NO'];
const TODAY_OR_LATER = '2026-11-01';

describe('schemas', () => {
  it('every file parses with its schema', () => {
    expect(dataset(territory).safeParse(countriesJson).error).toBeUndefined();
    expect(dataset(adequacyRecord).safeParse(adequacyJson).error).toBeUndefined();
    expect(dataset(supervisoryAuthority).safeParse(authoritiesJson).error).toBeUndefined();
  });

  it('the schemas reject a broken record', () => {
    const broken = structuredClone(adequacyJson) as { records: Array<Record<string, unknown>> };
    delete broken.records[0]?.sources;
    expect(dataset(adequacyRecord).safeParse(broken).success).toBe(false);
  });

  it('every unconfirmed record says why, in both languages', () => {
    const all = [...allTerritories(), ...allAdequacyDecisions(), ...allAuthorities()];
    for (const record of all.filter((r) => r.confidence === 'unconfirmed')) {
      const note = record.confidenceNote as { sv?: unknown; en?: unknown } | string | undefined;
      const label = JSON.stringify(record).slice(0, 80);
      expect(typeof note, label).toBe('object');
      for (const lang of ['sv', 'en'] as const) {
        const text = (note as Record<string, unknown>)[lang];
        expect(typeof text, `${label} (${lang})`).toBe('string');
        expect((text as string).trim().length, `${label} (${lang})`).toBeGreaterThan(20);
      }
      // Two languages, not one text twice.
      expect((note as Record<string, unknown>).sv, label).not.toBe((note as Record<string, unknown>).en);
    }
  });
});

describe('countries', () => {
  const records = allTerritories();

  it('has every EU and EEA-EFTA state with the right status today', () => {
    for (const code of EU) {
      const record = records.find((r) => r.code === code);
      expect(record?.statuses.at(-1)?.status, code).toBe('eu');
      expect(record?.category, code).toBe('member-state');
    }
    for (const code of EEA_EFTA) {
      expect(records.find((r) => r.code === code)?.statuses.at(-1)?.status, code).toBe('eea');
    }
    expect(records.filter((r) => r.category === 'member-state')).toHaveLength(27);
  });

  it('has unique codes and aliases', () => {
    const all = records.flatMap((r) => [r.code, ...(r.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('names every code that ISO 3166-1 does not, and no other', () => {
    for (const r of records) {
      const isIso = /^[A-Z]{2}$/.test(r.code) && !['IC', 'EA'].includes(r.code);
      expect(r.names === undefined, r.code).toBe(isIso);
      if (isIso) expect(isKnownCode(r.code), r.code).toBe(true);
    }
  });

  it('territories name a sovereign that is in the data; states do not', () => {
    for (const r of records) {
      if (r.kind === 'territory') {
        expect(
          records.some((s) => s.code === r.sovereign && s.kind === 'state'),
          r.code,
        ).toBe(true);
      } else {
        expect(r.sovereign, r.code).toBeUndefined();
      }
    }
  });

  it('status periods are ordered, do not overlap and have from <= until', () => {
    for (const r of records) {
      r.statuses.forEach((p, i) => {
        if (p.from && p.until) expect(p.from <= p.until, r.code).toBe(true);
        const next = r.statuses[i + 1];
        if (next) {
          expect(p.until, `${r.code}: only the last period may be open-ended`).toBeDefined();
          expect(next.from, `${r.code}: a later period needs a start`).toBe(addDays(p.until!, 1));
        }
      });
    }
  });
});

describe('adequacy', () => {
  const decisions = allAdequacyDecisions();

  it('has unique ids and CELEX numbers, and relatesTo points at existing decisions', () => {
    expect(new Set(decisions.map((d) => d.id)).size).toBe(decisions.length);
    expect(new Set(decisions.map((d) => d.celex)).size).toBe(decisions.length);
    for (const d of decisions)
      for (const id of d.relatesTo)
        expect(
          decisions.some((o) => o.id === id),
          id,
        ).toBe(true);
  });

  it('every decision has a source naming its own CELEX', () => {
    for (const d of decisions) {
      expect(
        d.sources.some((s) => s.celex === d.celex),
        d.id,
      ).toBe(true);
    }
  });

  it('dates are consistent: adopted <= from <= until, versions in date order after from, an ended decision has an until', () => {
    for (const d of decisions) {
      expect(d.adopted <= d.from, d.id).toBe(true);
      if (d.until) expect(d.from <= d.until, d.id).toBe(true);
      let previous = d.from;
      for (const v of d.versions) {
        expect(previous < v.from, `${d.id}: versions in date order`).toBe(true);
        expect(v.amendedBy.adopted <= v.from, d.id).toBe(true);
        if (v.until) expect(v.from <= v.until, d.id).toBe(true);
        if (v.confidence === 'unconfirmed') expect(v.confidenceNote, d.id).toBeDefined();
        previous = v.from;
      }
      const last = d.versions.at(-1)?.until ?? d.until;
      if (d.end) expect(last, `${d.id}: an ended decision needs until`).toBeDefined();
    }
  });

  it('targets known codes, and excludes/includes territories that are in the data', () => {
    const territoryCodes = new Set(allTerritories().map((t) => t.code));
    for (const d of decisions) {
      if (d.target.kind !== 'country') continue;
      expect(isKnownCode(d.target.code), d.id).toBe(true);
      for (const code of [...d.target.excludes, ...d.target.includes])
        expect(territoryCodes.has(code), code).toBe(true);
    }
  });

  it('no decision targets an EU/EEA state today', () => {
    const inside = new Set([...EU, ...EEA_EFTA]);
    for (const d of decisions)
      if (d.target.kind === 'country') expect(inside.has(d.target.code), d.id).toBe(false);
  });

  it('condition and exclusion ids are unique within a decision and cite something', () => {
    for (const d of decisions) {
      const all = [...d.scope.conditions, ...d.scope.exclusions];
      expect(new Set(all.map((c) => c.id)).size, d.id).toBe(all.length);
    }
  });

  it('at most one decision per target applies on any date after 2000', () => {
    const targetOf = (d: (typeof decisions)[number]) =>
      d.target.kind === 'country' ? d.target.code : d.target.id;
    const edges = new Set(
      decisions.flatMap(
        (d) => [d.from, d.until, ...d.versions.flatMap((v) => [v.from, v.until])].filter(Boolean) as string[],
      ),
    );
    for (const date of [...edges, TODAY_OR_LATER]) {
      const live = decisions.filter((d) => decisionInForceAt(d, date));
      const targets = live.map(targetOf);
      expect(new Set(targets).size, `${date}: ${targets.join(',')}`).toBe(targets.length);
    }
  });
});

describe('authorities', () => {
  const records = allAuthorities();

  it('has exactly one lead per EU/EEA state and none elsewhere', () => {
    for (const code of [...EU, ...EEA_EFTA]) {
      expect(
        records.filter((a) => a.country === code && a.lead),
        code,
      ).toHaveLength(1);
    }
    const inside = new Set([...EU, ...EEA_EFTA]);
    for (const a of records) expect(inside.has(a.country), a.id).toBe(true);
  });

  it('every EU territory with a record of its own is reachable through its sovereign', () => {
    for (const t of allTerritories()) {
      if (t.kind !== 'territory' || t.statuses.at(-1)?.status === 'third-country') continue;
      expect(
        records.some((a) => a.country === t.sovereign && a.lead),
        t.code,
      ).toBe(true);
    }
  });

  it('the German BfDI leads and all 16 Länder have an authority', () => {
    expect(records.find((a) => a.country === 'DE' && a.lead)?.id).toBe('de-bfdi');
    const lander = 'BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH'.split(' ').map((l) => `DE-${l}`);
    for (const region of lander)
      expect(
        records.some((a) => a.region === region),
        region,
      ).toBe(true);
  });

  it('ids are unique and only non-lead authorities have a region', () => {
    expect(new Set(records.map((a) => a.id)).size).toBe(records.length);
    for (const a of records) if (a.lead) expect(a.region, a.id).toBeUndefined();
  });
});
