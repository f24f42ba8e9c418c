import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * The Swedish public-sector notes a flow carries whatever its footing (data/swedish-public-sector.json):
 * - personal identity numbers, where the exporter is in Sweden (3 kap. 10 § dataskyddslagen, Art. 87 GDPR);
 * - children's data, wherever the exporter is (recital 38 GDPR);
 * - secrecy when outsourcing (10 kap. 2 a § OSL, from 1 July 2023), where a Swedish public authority hands
 *   data to a processor.
 * None is a point for legal review: said on nearly every flow of an authority, a review flag would no
 * longer be read (issue 11); the memo and the DPA carry them.
 */

type Row = {
  case: string;
  exporter: { country: string; type: 'public-authority' | 'company' };
  toRole: 'processor' | 'controller';
  personnummer?: boolean;
  children?: boolean;
  asOf?: string;
  notes: string[];
};

const rows: Row[] = [
  {
    case: 'a Swedish municipality sends pupils’ data with personnummer to a school platform (processor)',
    exporter: { country: 'SE', type: 'public-authority' },
    toRole: 'processor',
    personnummer: true,
    children: true,
    notes: ['personnummer', 'children', 'osl-outsourcing'],
  },
  {
    case: 'a Swedish authority hands data to a processor, nothing special in the data',
    exporter: { country: 'SE', type: 'public-authority' },
    toRole: 'processor',
    notes: ['osl-outsourcing'],
  },
  {
    case: 'a Swedish authority discloses to a controller: no outsourcing, so no OSL 10:2 a note',
    exporter: { country: 'SE', type: 'public-authority' },
    toRole: 'controller',
    personnummer: true,
    notes: ['personnummer'],
  },
  {
    case: 'a Swedish company uses a processor: OSL binds authorities only',
    exporter: { country: 'SE', type: 'company' },
    toRole: 'processor',
    personnummer: true,
    notes: ['personnummer'],
  },
  {
    case: 'a Danish authority uses a processor: neither the Swedish secrecy act nor the Swedish rule on personnummer',
    exporter: { country: 'DK', type: 'public-authority' },
    toRole: 'processor',
    personnummer: true,
    notes: [],
  },
  {
    case: "a Danish company sends children's data: recital 38 holds wherever the exporter is",
    exporter: { country: 'DK', type: 'company' },
    toRole: 'processor',
    children: true,
    notes: ['children'],
  },
  {
    case: 'a Swedish authority uses a processor in June 2023, before OSL 10:2 a applied',
    exporter: { country: 'SE', type: 'public-authority' },
    toRole: 'processor',
    asOf: '2023-06-30',
    notes: [],
  },
  {
    case: 'the same on 1 July 2023, the day it applied',
    exporter: { country: 'SE', type: 'public-authority' },
    toRole: 'processor',
    asOf: '2023-07-01',
    notes: ['osl-outsourcing'],
  },
];

const swedish = ['personnummer', 'children', 'osl-outsourcing'];

describe('Swedish public-sector notes on a flow to India', () => {
  it.each(rows)('$case', (row) => {
    const verdict = only(
      [
        { id: 'exp', ...row.exporter },
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      {
        from: 'exp',
        to: 'in',
        fromRole: 'controller',
        toRole: row.toRole,
        ...(row.personnummer ? { personnummer: true } : {}),
        ...(row.children ? { children: true } : {}),
      },
      row.asOf ?? '2026-11-01',
    );
    const notes = verdict.warnings.filter((w) => swedish.includes(w.code));
    expect(notes.map((w) => w.code)).toEqual(row.notes);
    for (const note of notes) expect(note.review, `${note.code} is no point for review`).toBeUndefined();
  });

  it('each note names its provision and its source, in English and in Swedish', () => {
    const flow = {
      from: 'kommun',
      to: 'in',
      fromRole: 'controller',
      toRole: 'processor',
      personnummer: true,
      children: true,
    } as const;
    const people = [
      { id: 'kommun', country: 'SE', type: 'public-authority' },
      { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
    ] as const;
    const message = (lang: 'en' | 'sv', code: string) =>
      only([...people], flow, '2026-11-01', lang).warnings.find((w) => w.code === code)?.message;
    expect(message('en', 'personnummer')).toMatch(
      /^Swedish personal identity numbers \(personnummer\): Art\. 87 GDPR .* \(GDPR Art\. 87; 3 kap\. 10 § dataskyddslagen \(2018:218\)\.\) Not fully confirmed: /,
    );
    expect(message('sv', 'personnummer')).toMatch(
      /^Personnummer.*: Artikel 87 i dataskyddsförordningen .* Inte helt bekräftat: /,
    );
    // Confirmed provisions carry no "not confirmed" tail.
    expect(message('en', 'children')).toMatch(
      /^Personal data of children: Children merit .*\(GDPR recital 38\.\)$/,
    );
    expect(message('sv', 'children')).not.toContain('Inte helt bekräftat');
    expect(message('en', 'osl-outsourcing')).toMatch(
      /^Secrecy and outsourced technical processing or storage \(OSL 10 kap\. 2 a §\): .*\(10 kap\. 2 a § offentlighets- och sekretesslagen \(2009:400\); prop\. 2022\/23:97\.\) Not fully confirmed: /,
    );
    expect(message('sv', 'osl-outsourcing')).toMatch(
      /^Sekretess vid utkontraktering .*Inte helt bekräftat: /,
    );
  });
});
