import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * A place whose Chapter V status data/countries.json marks unconfirmed (the French overseas countries and
 * territories: outside the EU by Art. 355(2) TFEU, but how the French authority reads flows to them is not
 * checked) sends the answer to legal review, with the data's note, once per place: a lawyer must not take
 * an unchecked status for settled.
 */

const asOf = '2026-11-01';
const sweden = { id: 'se', country: 'SE', type: 'company' as const };
const toProcessor = (to: string) => ({
  from: 'se',
  to,
  fromRole: 'controller' as const,
  toRole: 'processor' as const,
});
const unconfirmed = (v: ReturnType<typeof only>) =>
  v.warnings.filter((w) => w.code === 'unconfirmed-legal-fact');

describe('an unconfirmed place', () => {
  it('a vendor in French Polynesia: the status of PF is unconfirmed, said with the note, for legal review', () => {
    const v = only(
      [sweden, { id: 'pf', country: 'PF', type: 'company', gdprBasis: 'none' }],
      toProcessor('pf'),
      asOf,
    );
    expect(unconfirmed(v)).toEqual([
      {
        code: 'unconfirmed-legal-fact',
        message: expect.stringMatching(
          /^The status of PF under Chapter V has not been confirmed against an official source \(That the territory is outside the EU follows from Art\. 355\(2\) TFEU .*ask for legal review\.\)\. Legal review is needed\.$/,
        ),
        review: true,
      },
    ]);
  });

  it('in Swedish too', () => {
    const v = only(
      [sweden, { id: 'pf', country: 'PF', type: 'company', gdprBasis: 'none' }],
      toProcessor('pf'),
      asOf,
      'sv',
    );
    expect(unconfirmed(v).map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^Ställningen för PF enligt kapitel V har inte bekräftats mot en officiell källa \(Att territoriet står utanför EU/,
      ),
    ]);
  });

  it('the importer and its employee both in New Caledonia: said once, not once per party', () => {
    const v = only(
      [
        sweden,
        { id: 'nc', country: 'NC', type: 'company', gdprBasis: 'none' },
        { id: 'staff', country: 'NC', type: 'individual', employerId: 'nc' },
      ],
      toProcessor('staff'),
      asOf,
    );
    expect(unconfirmed(v).map((w) => w.message.slice(0, 17))).toEqual(['The status of NC ']);
  });

  it('the importer in New Caledonia, its employee in French Polynesia: each place said', () => {
    const v = only(
      [
        sweden,
        { id: 'nc', country: 'NC', type: 'company', gdprBasis: 'none' },
        { id: 'staff', country: 'PF', type: 'individual', employerId: 'nc' },
      ],
      toProcessor('staff'),
      asOf,
    );
    expect(unconfirmed(v).map((w) => w.message.slice(0, 17))).toEqual([
      'The status of NC ',
      'The status of PF ',
    ]);
    expect(unconfirmed(v).every((w) => w.review === true)).toBe(true);
  });

  it('a confirmed place (India) says nothing of the kind', () => {
    const v = only(
      [sweden, { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' }],
      toProcessor('in'),
      asOf,
    );
    expect(unconfirmed(v)).toEqual([]);
  });
});
