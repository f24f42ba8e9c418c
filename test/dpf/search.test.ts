import { describe, expect, it } from 'vitest';
import { getDpfEntry, searchDpf } from '../../src/dpf/list.js';
import type { DpfEntry } from '../../src/dpf/schema.js';
import { DpfIndex, withinOneEdit } from '../../src/dpf/search.js';

const entry = (id: string, name: string, otherNames: string[] = []): DpfEntry => ({
  id,
  name,
  otherNames,
  frameworks: { euUs: 'active', ukExtension: 'none', swissUs: 'none' },
  hrData: false,
  nonHrData: true,
});

describe('searchDpf over the shipped sample list', () => {
  it.each(['acme corp', 'ACME, Inc.', 'Ácme', 'Acme Corporation', 'acme'])(
    'finds Acme Corporation first from %j',
    (q) => {
      expect(searchDpf(q, 5)[0]?.entry.name).toBe('Acme Corporation');
    },
  );

  it('scores the same name with the same legal form 1, and a different legal form lower', () => {
    expect(searchDpf('ACME CORP.', 1)[0]?.score).toBe(1);
    const other = searchDpf('Acme LLC', 1)[0];
    expect(other?.entry.name).toBe('Acme Corporation');
    expect(other?.score).toBeLessThan(1);
  });

  it('matches other names and says so', () => {
    const [hit] = searchDpf('Acme Cloud Services', 3);
    expect(hit?.entry.id).toBe('acme-corporation');
    expect(hit?.viaOtherName).toBe(true);
    expect(hit?.matchedName).toBe('Acme Cloud Services');
  });

  it('ranks both near-identical names for an ambiguous query', () => {
    const names = searchDpf('demo mailer', 5).map((h) => h.entry.name);
    expect(names.slice(0, 2).sort()).toEqual(['Demo Mailer LLC', 'Demo Mailer, Inc.']);
  });

  it('forgives one typo and completes a prefix', () => {
    expect(searchDpf('Placeholder Analytcs', 1)[0]?.entry.id).toBe('placeholder-analytics-corp');
    expect(searchDpf('fictit', 1)[0]?.entry.id).toBe('fictitious-widgets-inc');
  });

  it('finds nothing for a name not on the list or a query without letters', () => {
    expect(searchDpf('Quixotic Zebra Holdings', 5)).toEqual([]);
    expect(searchDpf('!!!', 5)).toEqual([]);
  });

  it('returns at most `limit` hits, best first', () => {
    const hits = searchDpf('example', 2);
    expect(hits.length).toBeLessThanOrEqual(2);
    const all = searchDpf('cloud', 10);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
  });

  it('gets an entry by id', () => {
    expect(getDpfEntry('acme-corporation')?.name).toBe('Acme Corporation');
    expect(getDpfEntry('no-such-entry')).toBeUndefined();
  });
});

describe('DpfIndex', () => {
  const index = new DpfIndex([
    entry('a', 'Harbor Data Systems Inc.'),
    entry('b', 'Harbor Freight Data LLC'),
    entry('c', 'Data Harbor Group'),
    entry('d', 'Northwind Traders', ['Harbor Trading Desk']),
  ]);

  it('ranks names holding every query word above names holding some', () => {
    const ids = index.search('harbor data', 10).map((h) => h.entry.id);
    expect(ids).toContain('a');
    expect(ids).not.toContain('d');
  });

  it('keeps the entry’s best name and never returns an entry twice', () => {
    const ids = index.search('harbor', 10).map((h) => h.entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers repeated queries the same (scratch space is reset)', () => {
    const first = index.search('harbor data', 10);
    index.search('northwind', 10);
    expect(index.search('harbor data', 10)).toEqual(first);
  });

  it('finds names written together or apart', () => {
    const joined = new DpfIndex([entry('x', 'AcmeCloud Inc.')]);
    expect(joined.search('Acme Cloud', 1)[0]?.entry.id).toBe('x');
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['acme', 'acme', true],
    ['acme', 'acne', true],
    ['acme', 'acm', true],
    ['acme', 'acmes', true],
    ['acme', 'amce', true],
    ['acme', 'cmae', false],
    ['acme', 'ac', false],
    ['silver', 'siler', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
