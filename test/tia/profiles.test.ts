import { describe, expect, it } from 'vitest';
import { clause14Questions } from '../../machines/clause14/index.js';
import { allLawProfiles, lawProfileById, profileIdFor } from '../../src/tia/index.js';
import { profileIds } from '../../src/tia/schema.js';

const filled = (t: { en: string; sv: string }) => t.en.trim().length > 0 && t.sv.trim().length > 0;

describe('country profiles in data/laws', () => {
  it('has one profile per destination the machine offers, plus the generic one', () => {
    const offered = clause14Questions.find((q) => q.id === 'destinationProfile')!.choices.map((c) => c.value);
    expect([...offered].sort()).toEqual([...profileIds].sort());
    expect(
      allLawProfiles()
        .map((p) => p.meta.id)
        .sort(),
    ).toEqual([...profileIds].sort());
  });

  it.each(allLawProfiles().map((p) => [p.meta.id, p] as const))(
    '%s: every statement is sourced, dated and bilingual',
    (_id, p) => {
      expect(p.meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(filled(p.meta.title)).toBe(true);
      for (const s of p.statements) {
        expect(filled(s.text)).toBe(true);
        expect(s.sources.length).toBeGreaterThan(0);
        for (const src of s.sources) expect(Boolean(src.url || src.celex || src.oj)).toBe(true);
        // A statement cannot have been checked after the profile's own date.
        expect(s.checked <= p.meta.asOf).toBe(true);
        if (s.confidence === 'unconfirmed') {
          expect(s.confidenceNote, `${s.id} says why it is unconfirmed`).toBeDefined();
          expect(filled(s.confidenceNote!)).toBe(true);
        }
      }
    },
  );

  it('covers the four European Essential Guarantees in the generic profile', () => {
    expect(
      lawProfileById('generic')
        .statements.map((s) => s.topic)
        .sort(),
    ).toEqual(['A', 'B', 'C', 'D']);
    expect(lawProfileById('generic').country).toBeNull();
  });

  it('covers FISA 702, EO 12333, EO 14086 with the DPRC, the CLOUD Act and the all-transfers finding for the US', () => {
    const us = lawProfileById('us');
    const laws = us.statements.map((s) => s.law).join(' | ');
    for (const name of [
      'FISA section 702',
      'Executive Order 12333',
      'Executive Order 14086',
      'Data Protection Review Court',
      'CLOUD Act',
    ]) {
      expect(laws).toContain(name);
    }
    expect(us.commissionFinding).toBe('us-eo14086-all-transfers');
    const finding = us.statements.find((s) => s.id === us.commissionFinding)!;
    expect(finding.sources.some((s) => s.celex === '32023D1795')).toBe(true);
    expect(finding.text.en).toContain('whatever the transfer tool');
  });

  it('gives only the US a Commission finding, which is what the machine offers to rely on', () => {
    expect(
      allLawProfiles()
        .filter((p) => p.commissionFinding)
        .map((p) => p.meta.id),
    ).toEqual(['us']);
  });

  it('covers the laws the issue names for China, India and Russia', () => {
    const laws = (id: 'cn' | 'in' | 'ru') =>
      lawProfileById(id)
        .statements.map((s) => s.law)
        .join(' | ');
    expect(laws('cn')).toContain('National Intelligence Law');
    expect(laws('cn')).toContain('Data Security Law');
    expect(laws('cn')).toContain('Personal Information Protection Law');
    expect(laws('in')).toContain('section 69');
    expect(laws('in')).toContain('section 17(2)(a)');
    expect(laws('ru')).toContain('SORM');
    expect(laws('ru')).toContain('374-FZ');
    expect(laws('ru')).toContain('152-FZ');
  });

  it('picks the profile by country code, the generic one for any other', () => {
    expect(profileIdFor('US')).toBe('us');
    expect(profileIdFor('cn')).toBe('cn');
    expect(profileIdFor('IN')).toBe('in');
    expect(profileIdFor('RU')).toBe('ru');
    expect(profileIdFor('BR')).toBe('generic');
    expect(profileIdFor('HK')).toBe('generic');
  });
});
