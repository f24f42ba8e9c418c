import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildListFile,
  columnKey,
  elementLines,
  ImportFileError,
  importCsv,
  importJson,
} from '../../src/dpf/import.js';
import { loadDpfList } from '../../src/dpf/list.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const mixedCsv = readFileSync(fixture('mixed.csv'), 'utf8');

describe('importCsv with good, malformed and duplicate rows', () => {
  const report = importCsv(mixedCsv);

  it('keeps every good row', () => {
    expect(report.entries.map((e) => e.name)).toEqual([
      'Alpha Example Systems Inc.',
      'Beta Example Cloud, LLC',
      'Gamma "GX" Example Freight, L.P.',
      'Lambda Example Studios Inc.',
    ]);
    expect(report.lines).toEqual([2, 3, 13, 17]);
  });

  it('reports each rejected row with its file line and reason', () => {
    const byLine = Object.fromEntries(report.rejected.map((r) => [r.line, r.reasons.join('; ')]));
    expect(Object.keys(byLine).map(Number)).toEqual([5, 6, 8, 9, 10, 11, 14, 16]);
    expect(byLine[5]).toMatch(/hr_data "maybe" is not yes or no/);
    expect(byLine[6]).toMatch(/eu_us_status "pending"/);
    expect(byLine[8]).toMatch(/has 7 fields, the header names 12/);
    expect(byLine[9]).toMatch(/quote inside a field/);
    expect(byLine[10]).toMatch(/"2025-02-30" is not a date/);
    expect(byLine[11]).toMatch(/covers HR data, non-HR data or both/);
    expect(byLine[14]).toMatch(/name is empty/);
    expect(byLine[16]).toMatch(/lies before original_certification_date/);
  });

  it('reports duplicates with the line kept, and says when their facts differ', () => {
    expect(report.duplicates).toEqual([
      { line: 7, name: 'ALPHA EXAMPLE SYSTEMS, INCORPORATED', keptLine: 2, conflicting: false },
      { line: 12, name: 'Beta Example Cloud, LLC', keptLine: 3, conflicting: true },
    ]);
  });

  it('accounts for every row in the summary and names the ignored column', () => {
    expect(report.counts).toEqual({ rows: 14, accepted: 4, rejected: 8, duplicates: 2 });
    expect(report.counts.accepted + report.counts.rejected + report.counts.duplicates).toBe(
      report.counts.rows,
    );
    expect(report.ignoredColumns).toEqual(['notes']);
  });

  it('reads the fields of a good row', () => {
    const beta = report.entries[1]!;
    expect(beta).toMatchObject({
      id: 'beta-example-cloud-llc',
      otherNames: ['Beta Cloud', 'Beta Labs'],
      frameworks: { euUs: 'active', ukExtension: 'none', swissUs: 'none' },
      hrData: false,
      nonHrData: true,
      originalCertification: '2024-01-01',
    });
    const gamma = report.entries[2]!;
    expect(gamma.frameworks).toEqual({ euUs: 'inactive', ukExtension: 'inactive', swissUs: 'active' });
    expect(gamma.enforcementBody).toBe('U.S. Department of Transportation');
    expect(report.entries[3]).toMatchObject({ hrData: true, nonHrData: false });
  });

  it('writes a list the service loads, dated and counted', () => {
    const file = buildListFile(report, {
      listDate: '2026-11-20',
      sample: false,
      importedAt: '2026-11-26T10:00:00.000Z',
    });
    expect(file.meta).toMatchObject({ listDate: '2026-11-20', sample: false, counts: report.counts });
    expect(loadDpfList(file).index.search('alpha example systems', 1)[0]?.entry.id).toBe(
      'alpha-example-systems-inc',
    );
  });
});

describe('importCsv file-level failures', () => {
  it('names the missing required columns', () => {
    expect(() => importCsv('name,hr_data\nAcme,yes\n')).toThrow(
      /lacks required columns: eu_us_status, uk_extension_status/,
    );
  });

  it('refuses a column given twice', () => {
    expect(() =>
      importCsv(
        'name,organization_name,eu_us_status,uk_extension_status,swiss_us_status,hr_data,non_hr_data\n',
      ),
    ).toThrow(/names name twice/);
  });

  it('refuses an unclosed quote with the line it opened on', () => {
    const header = 'name,eu_us_status,uk_extension_status,swiss_us_status,hr_data,non_hr_data';
    expect(() => importCsv(`${header}\nAcme,active,none,none,yes,yes\n"Open,active`)).toThrow(
      ImportFileError,
    );
    expect(() => importCsv(`${header}\nAcme,active,none,none,yes,yes\n"Open,active`)).toThrow(/line 3/);
  });

  it('refuses an empty file', () => {
    expect(() => importCsv('')).toThrow(/empty/);
  });

  it('reads semicolon-separated files and header spellings with spaces and capitals', () => {
    const text =
      'Organization Name;Other Names;EU-US Status;UK Extension Status;Swiss-US Status;HR Data;Non-HR Data\n' +
      'Acme Corporation;Acme Cloud|Acme Labs;Active;None;Inactive;Yes;No\n';
    const report = importCsv(text);
    expect(report.rejected).toEqual([]);
    expect(report.entries[0]).toMatchObject({
      name: 'Acme Corporation',
      otherNames: ['Acme Cloud', 'Acme Labs'],
      frameworks: { euUs: 'active', ukExtension: 'none', swissUs: 'inactive' },
    });
  });

  it('maps column spellings', () => {
    expect(columnKey('Organization Name')).toBe('organization_name');
    expect(columnKey('nonHrData')).toBe('non_hr_data');
    expect(columnKey(' EU-US status ')).toBe('eu_us_status');
  });
});

describe('importJson', () => {
  const text = `{
  "listDate": "2026-11-01",
  "rows": [
    {
      "name": "Alpha Example Systems Inc.",
      "otherNames": ["Alpha Systems"],
      "euUsStatus": "active",
      "ukExtensionStatus": "none",
      "swissUsStatus": "none",
      "hrData": true,
      "nonHrData": true,
      "colour": "blue"
    },
    { "name": "Beta Example Inc.", "euUsStatus": "active", "hrData": "perhaps", "nonHrData": true },
    {
      "name": "alpha example systems, incorporated", "euUsStatus": "active", "otherNames": ["Alpha Systems"],
      "ukExtensionStatus": "none", "swissUsStatus": "none", "hrData": true, "nonHrData": true
    },
    42
  ]
}`;
  const report = importJson(text);

  it('accepts camelCase columns, real booleans and lists, and gives the list date', () => {
    expect(report.listDate).toBe('2026-11-01');
    expect(report.entries).toHaveLength(1);
    expect(report.entries[0]).toMatchObject({ otherNames: ['Alpha Systems'], hrData: true });
  });

  it('reports rows by the line each object starts on', () => {
    expect(report.rejected.map((r) => [r.line, r.reasons.join('; ')])).toEqual([
      [14, 'hr_data "perhaps" is not yes or no'],
      [19, 'expected an object with the participant columns'],
    ]);
    expect(report.duplicates).toEqual([
      { line: 15, name: 'alpha example systems, incorporated', keptLine: 4, conflicting: false },
    ]);
    expect(report.ignoredColumns).toEqual(['colour']);
    expect(report.counts).toEqual({ rows: 4, accepted: 1, rejected: 2, duplicates: 1 });
  });

  it('reads a top-level array too', () => {
    const lines = elementLines('[\n  {"a": [1, {"b": 2}]},\n\n  {"c": "}"}\n]');
    expect(lines).toEqual([2, 4]);
  });

  it('refuses unknown top-level fields and invalid JSON', () => {
    expect(() => importJson('{"rows": [], "meta": {}}')).toThrow(/unknown top-level fields: meta/);
    expect(() => importJson('{"rows": [')).toThrow(/not valid JSON/);
    expect(() => importJson('{"listDate": "2026-02-30", "rows": []}')).toThrow(/listDate/);
  });
});

describe('npm run dpf:import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dpf-import-'));
  const script = new URL('../../scripts/dpf-import.ts', import.meta.url).pathname;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('reports each problem and the summary, writes the good rows, and exits 0', () => {
    const out = join(dir, 'list.json');
    const result = run(fixture('mixed.csv').pathname, '--list-date', '2026-11-20', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^line 5: rejected \(Delta Example Media Corp\.\): hr_data/m);
    expect(result.stdout).toMatch(/^line 7: duplicate of line 2/m);
    expect(result.stdout).toMatch(/summary: 14 rows: 4 accepted, 8 rejected, 2 duplicates/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.meta).toMatchObject({ listDate: '2026-11-20', sample: false });
    expect(written.entries).toHaveLength(4);
  });

  it('exits non-zero and writes nothing on a file-level failure', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'name,hr_data\nAcme,yes\n');
    const out = join(dir, 'never.json');
    const result = run(bad, '--list-date', '2026-11-20', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/lacks required columns/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('requires the list date', () => {
    const result = run(fixture('mixed.csv').pathname, '--dry-run');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--list-date/);
  });
});
