import { describe, expect, it } from 'vitest';
import raw from '../../data/dpf/list.json' with { type: 'json' };
import { party } from '../../src/domain/case.js';
import { loadDpfList } from '../../src/dpf/list.js';
import { DPF_MAX_AGE_DAYS, resolveDpf } from '../../src/dpf/resolve.js';
import { officialListUrl } from '../../src/dpf/schema.js';

const listDate = raw.meta.listDate;
const asOf = listDate;
const codes = (r: { warnings: Array<{ code: string }> }) => r.warnings.map((w) => w.code);

/** The shipped entries under a header that is not a sample, for the cases where the sample warning is noise. */
const realList = (date: string) =>
  loadDpfList({ ...raw, meta: { ...raw.meta, sample: false, listDate: date } });

describe('resolveDpf with explicit facts', () => {
  it('uses the facts as given and says when they were read off the official list', () => {
    const r = resolveDpf(
      {
        name: 'Acme Corporation',
        dpf: { active: true, hrData: false, nonHrData: true, checked: asOf, url: 'https://example.org/e' },
      },
      asOf,
    );
    expect(r.status).toBe('explicit');
    expect(r.facts).toEqual({ active: true, hrData: false, nonHrData: true });
    expect(r.checked).toBe(asOf);
    expect(r.warnings).toEqual([]);
    expect(r.explanation.en).toContain(`read off the official Data Privacy Framework List on ${asOf}`);
    expect(r.explanation.sv).toContain(
      `lästes av i den officiella förteckningen (Data Privacy Framework List) den ${asOf}`,
    );
    expect(r.explanation.en).toContain('HR data: not covered');
    expect(r.explanation.en).toContain('https://example.org/e');
  });

  it('prefers explicit facts to the list, even when the list says otherwise', () => {
    const r = resolveDpf(
      { name: 'Fictitious Widgets Inc.', dpf: { active: true, hrData: true, nonHrData: true } },
      asOf,
    );
    expect(r.status).toBe('explicit');
    expect(r.facts?.active).toBe(true);
    expect(r.entry).toBeUndefined();
  });

  it('says when the date of the check was not given', () => {
    const r = resolveDpf({ name: 'X Corp', dpf: { active: false, hrData: false, nonHrData: true } }, asOf);
    expect(r.explanation.en).toContain('was not given');
    expect(r.explanation.en).toContain('EU-U.S. Data Privacy Framework: not active');
  });

  it('keeps and shows the UK Extension and Swiss-U.S. statuses', () => {
    const r = resolveDpf(
      {
        name: 'X Corp',
        dpf: {
          active: true,
          hrData: true,
          nonHrData: true,
          frameworks: { ukExtension: 'active', swissUs: 'inactive' },
        },
      },
      asOf,
    );
    expect(r.frameworks).toEqual({ euUs: 'active', ukExtension: 'active', swissUs: 'inactive' });
    expect(r.explanation.en).toContain('UK Extension to the EU-U.S. Data Privacy Framework: active');
    expect(r.explanation.sv).toContain('ramen för dataskydd mellan Schweiz och USA: inaktiv');
  });

  it('warns when the facts were checked more than 30 days before the assessment date', () => {
    const r = resolveDpf(
      { name: 'X Corp', dpf: { active: true, hrData: true, nonHrData: true, checked: '2026-01-01' } },
      '2026-11-30',
    );
    expect(codes(r)).toEqual(['dpf-facts-stale']);
  });
});

describe('resolveDpf by the participant list', () => {
  it('uses a single confident match and names the entry, the list date and the sample', () => {
    const r = resolveDpf({ name: 'ACME Corp.' }, asOf);
    expect(r.status).toBe('matched');
    expect(r.facts).toEqual({ active: true, hrData: true, nonHrData: true });
    expect(r.entry).toMatchObject({
      id: 'acme-corporation',
      name: 'Acme Corporation',
      listDate,
      sample: true,
    });
    expect(r.checked).toBe(listDate);
    expect(codes(r)).toEqual(['dpf-sample-list']);
    expect(r.explanation.en).toContain(
      `"Acme Corporation" in the participant list dated ${listDate}, a SAMPLE list`,
    );
    expect(r.frameworks).toEqual({ euUs: 'active', ukExtension: 'active', swissUs: 'active' });
  });

  it('takes a name without legal form as the one entry with that name', () => {
    expect(resolveDpf({ name: 'Acme' }, asOf).status).toBe('matched');
  });

  it('matches an other name', () => {
    const r = resolveDpf({ name: 'SPC Payroll' }, asOf);
    expect(r.status).toBe('matched');
    expect(r.matchedName).toBe('SPC Payroll');
    expect(r.explanation.en).toContain('by its other name "SPC Payroll"');
  });

  it('reads an inactive entry as not active', () => {
    const r = resolveDpf({ name: 'Fictitious Widgets Inc.' }, asOf);
    expect(r.status).toBe('matched');
    expect(r.facts?.active).toBe(false);
  });

  it('reads an entry active only in the Swiss-U.S. DPF as not active for EU transfers', () => {
    const r = resolveDpf({ name: 'Imaginary Freight Ltd.' }, asOf);
    expect(r.facts?.active).toBe(false);
    expect(r.frameworks?.swissUs).toBe('active');
  });

  it('gives no facts and warns when several entries carry the name', () => {
    const r = resolveDpf({ name: 'Demo Mailer' }, asOf);
    expect(r.status).toBe('uncertain');
    expect(r.facts).toBeUndefined();
    expect(codes(r)).toContain('dpf-match-uncertain');
    expect(r.candidates?.map((c) => c.id).sort()).toEqual(['demo-mailer-inc', 'demo-mailer-llc']);
  });

  it('matches the one entry with the same legal form, and points to the other', () => {
    const r = resolveDpf({ name: 'Demo Mailer LLC' }, asOf);
    expect(r.status).toBe('matched');
    expect(r.entry?.id).toBe('demo-mailer-llc');
    expect(r.explanation.en).toContain('The list also holds "Demo Mailer, Inc." under another legal form');
  });

  it('treats the same name under another legal form as uncertain', () => {
    const r = resolveDpf({ name: 'Acme GmbH' }, asOf);
    expect(r.status).toBe('uncertain');
    expect(r.facts).toBeUndefined();
    expect(r.candidates?.[0]?.id).toBe('acme-corporation');
  });

  it('treats a misspelt name as a weak match: uncertain, no facts', () => {
    const r = resolveDpf({ name: 'Placeholder Analytcs Corp.' }, asOf);
    expect(r.status).toBe('uncertain');
    expect(r.facts).toBeUndefined();
    expect(r.warnings.find((w) => w.code === 'dpf-match-uncertain')?.message).toContain(
      'Placeholder Analytics Corp.',
    );
  });

  it('says not found, with no facts, for a name not on the list', () => {
    const r = resolveDpf({ name: 'Quixotic Zebra Holdings LLC' }, asOf);
    expect(r.status).toBe('not-found');
    expect(r.facts).toBeUndefined();
    expect(codes(r)).toEqual(['dpf-sample-list']);
    expect(r.explanation.en).toContain('not in the participant list');
  });

  it(`warns when the list is more than ${DPF_MAX_AGE_DAYS} days older than the assessment date`, () => {
    const list = realList('2026-10-01');
    expect(codes(resolveDpf({ name: 'Acme Corporation' }, '2026-10-31', { list }))).toEqual([]);
    const stale = resolveDpf({ name: 'Acme Corporation' }, '2026-11-01', { list });
    expect(codes(stale)).toEqual(['dpf-list-stale']);
    expect(stale.warnings[0]?.message).toContain('31 days before the assessment date 2026-11-01');
    expect(stale.status).toBe('matched');
  });

  it('warns when the list is much later than the assessment date', () => {
    const r = resolveDpf({ name: 'Acme Corporation' }, '2026-01-01', { list: realList('2026-10-01') });
    expect(codes(r)).toEqual(['dpf-list-after-asof']);
  });

  it('puts no sample warning on answers from a list that is not a sample', () => {
    const r = resolveDpf({ name: 'Acme Corporation' }, '2026-10-01', { list: realList('2026-10-01') });
    expect(r.entry?.sample).toBe(false);
    expect(r.explanation.en).not.toContain('SAMPLE');
  });
});

describe('resolveDpf texts', () => {
  it('always links the official list and names what to search for', () => {
    for (const name of ['Acme Corporation', 'Demo Mailer', 'Nobody At All']) {
      const r = resolveDpf({ name }, asOf);
      expect(r.searchUrl).toBe(officialListUrl);
      expect(r.searchFor).toBe(name);
      expect(r.explanation.en).toContain(`${officialListUrl} (search for "${name}")`);
      expect(r.explanation.sv).toContain(`(sök på "${name}")`);
      expect(r.cites).toEqual(['Decision (EU) 2023/1795, Art. 1']);
    }
  });

  it('gives warnings in the language asked for, and both languages in warningTexts', () => {
    const en = resolveDpf({ name: 'Demo Mailer' }, asOf);
    const sv = resolveDpf({ name: 'Demo Mailer' }, asOf, { lang: 'sv' });
    expect(sv.warnings.map((w) => w.code)).toEqual(en.warnings.map((w) => w.code));
    expect(sv.warnings[0]?.message).toMatch(/EXEMPELFÖRTECKNING/);
    expect(en.warnings[0]?.message).toMatch(/SAMPLE/);
    expect(en.warningTexts).toEqual(sv.warningTexts);
    for (const w of en.warningTexts) {
      expect(w.message.en.length).toBeGreaterThan(20);
      expect(w.message.sv.length).toBeGreaterThan(20);
      expect(w.message.sv).not.toBe(w.message.en);
    }
  });
});

describe('party dpf facts in the case schema', () => {
  const base = { id: 'p', name: 'Acme Corporation', type: 'company' as const };

  it('accepts the URL, the date checked and the frameworks', () => {
    const parsed = party.safeParse({
      ...base,
      dpf: {
        active: true,
        hrData: true,
        nonHrData: false,
        url: 'https://www.dataprivacyframework.gov/participant/1',
        checked: '2026-11-20',
        frameworks: { euUs: 'active', ukExtension: 'none', swissUs: 'inactive' },
      },
    });
    expect(parsed.success).toBe(true);
  });

  it('names unknown fields and contradictions', () => {
    const parsed = party.safeParse({
      ...base,
      dpf: {
        active: true,
        hrData: true,
        nonHrData: false,
        frameworks: { euUs: 'inactive' },
        certified: true,
      },
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => [...i.path, ...('keys' in i ? i.keys : [])].join('.'));
    expect(paths).toEqual(expect.arrayContaining(['dpf.certified', 'dpf.frameworks.euUs']));
  });

  it('refuses a date that is not a calendar date and a URL that is not http(s)', () => {
    expect(
      party.safeParse({
        ...base,
        dpf: { active: true, hrData: true, nonHrData: true, checked: '2026-02-30' },
      }).success,
    ).toBe(false);
    expect(
      party.safeParse({ ...base, dpf: { active: true, hrData: true, nonHrData: true, url: 'ftp://x.org' } })
        .success,
    ).toBe(false);
  });
});
