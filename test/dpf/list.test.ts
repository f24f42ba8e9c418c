import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../data/dpf/list.json' with { type: 'json' };
import { importCsv } from '../../src/dpf/import.js';
import { dpfList, loadDpfList } from '../../src/dpf/list.js';
import { dpfListFile } from '../../src/dpf/schema.js';

describe('the shipped participant list', () => {
  const { meta, index } = dpfList();

  it('is valid and marked as a sample of invented organisations', () => {
    expect(dpfListFile.safeParse(raw).success).toBe(true);
    expect(meta.sample).toBe(true);
    expect(meta.title.en).toMatch(/SAMPLE/);
    expect(meta.note?.en).toMatch(/Invented organisations/);
  });

  it('links no entry to the official list, so no real organisation’s page is asserted', () => {
    for (const entry of index.entries) expect(entry.url ?? '').toMatch(/^https:\/\/example\.org\//);
  });

  it('covers the cases the engine must handle', () => {
    const byId = (id: string) => index.get(id)!;
    expect(byId('acme-corporation')).toMatchObject({
      hrData: true,
      nonHrData: true,
      frameworks: { euUs: 'active' },
    });
    expect(byId('placeholder-analytics-corp')).toMatchObject({ hrData: false, nonHrData: true });
    expect(byId('fictitious-widgets-inc').frameworks.euUs).toBe('inactive');
    expect(index.withSameCore('Demo Mailer')).toHaveLength(2);
    expect(index.entries.some((e) => e.otherNames.length > 0)).toBe(true);
    expect(index.entries.some((e) => e.frameworks.ukExtension === 'active')).toBe(true);
    expect(index.entries.some((e) => e.frameworks.swissUs !== 'none')).toBe(true);
  });

  it('is what the importer makes of data/dpf/sample.csv', () => {
    const report = importCsv(readFileSync(new URL('../../data/dpf/sample.csv', import.meta.url), 'utf8'));
    expect(report.rejected).toEqual([]);
    expect(report.entries).toEqual(index.entries);
    expect(meta.counts).toEqual(report.counts);
  });
});

describe('loadDpfList', () => {
  it('refuses a list whose ids repeat', () => {
    const file = structuredClone(raw) as { entries: Array<{ id: string }> };
    file.entries[1]!.id = file.entries[0]!.id;
    expect(() => loadDpfList(file)).toThrow(/occurs twice/);
  });

  it('refuses a list that does not match the schema', () => {
    expect(() => loadDpfList({ meta: raw.meta, entries: [{ id: 'x' }] })).toThrow();
  });
});
