import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * The importer is the organisation (EDPB Guidelines 05/2021, criterion 3); its employee who receives the
 * data may sit elsewhere. What the answer adds for review depends on which of the two is outside the EU/EEA:
 * the employee abroad (the importer's own processing there), the organisation abroad (a transfer wherever
 * the employee sits), or both (the employee's country's laws belong in the TIA).
 */

const asOf = '2026-11-01';
const sweden = { id: 'se', country: 'SE', type: 'company' as const };
const staffIn = (country: string, employerId: string) => ({
  id: 'emp',
  country,
  type: 'individual' as const,
  employerId,
});
const toStaff = { from: 'se', to: 'emp', fromRole: 'controller' as const, toRole: 'processor' as const };
const staffWarning = (v: ReturnType<typeof only>) =>
  v.warnings.filter((w) => w.code === 'importer-staff-elsewhere');

describe('the importer’s employee elsewhere', () => {
  it('an Indian processor’s employee in the US: both abroad, the US laws for the TIA, for review (sv)', () => {
    const v = only(
      [sweden, { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' }, staffIn('US', 'in')],
      toStaff,
      asOf,
      'sv',
    );
    expect(v.kind).toBe('transfer');
    // The TIA assesses the importer's country (India); the warning adds the employee's (the US).
    expect(v.tia?.destination).toEqual({ code: 'IN', profile: 'in' });
    expect(staffWarning(v)).toEqual([
      {
        code: 'importer-staff-elsewhere',
        message:
          'Mottagaren är anställd hos IN, som finns i Indien, men den anställda finns i USA. Dataimportören enligt kapitel V är organisationen, som den anställda är en del av (EDPB:s riktlinjer 05/2021, kriterium 3), så svaret bygger på Indien. Lagarna i USA kan också nå uppgifterna: beakta dem i överföringsbedömningen enligt klausul 14 (TIA). Juridisk granskning behövs.',
        review: true,
      },
    ]);
  });

  it('a US processor’s employee in Sweden: the organisation abroad, a transfer wherever the employee sits', () => {
    const v = only(
      [sweden, { id: 'us', country: 'US', type: 'company', gdprBasis: 'none' }, staffIn('SE', 'us')],
      toStaff,
      asOf,
    );
    expect(v.kind).toBe('transfer');
    const [warning] = staffWarning(v);
    expect(warning?.review).toBe(true);
    expect(warning?.message).toMatch(
      /which is in (the )?United States of America, but the employee is in Sweden\./,
    );
    expect(warning?.message).toMatch(
      /The data reach an organisation outside the EU\/EEA, and leave the GDPR's protection, wherever its employee sits/,
    );
    expect(warning?.message).not.toMatch(/transfer impact assessment|Art\. 28/);
  });

  it('a German processor’s employee in France: both in the EU/EEA, nothing to say', () => {
    const v = only(
      [sweden, { id: 'de', country: 'DE', type: 'company' }, staffIn('FR', 'de')],
      toStaff,
      asOf,
    );
    expect(v.kind).toBe('not-a-transfer');
    expect(staffWarning(v)).toEqual([]);
  });

  it('the exporter’s own employee in the US, and an international organisation’s employee: not this warning', () => {
    const own = only([sweden, staffIn('US', 'se')], { ...toStaff, toRole: 'controller' }, asOf);
    expect(staffWarning(own)).toEqual([]);
    const io = only(
      [sweden, { id: 'io', type: 'international-organisation' }, staffIn('US', 'io')],
      { ...toStaff, toRole: 'controller' },
      asOf,
    );
    expect(io.kind).toBe('transfer');
    expect(staffWarning(io)).toEqual([]);
  });
});
