import { describe, expect, it } from 'vitest';
import type { AssessmentCase } from '../../src/domain/case.js';
import { validateCase } from '../../src/engine/validate-case.js';

/**
 * Where "not subject to the GDPR" (gdprBasis "none") is a fact a party can have, and where it is refused:
 * a party established in the EU/EEA is reached by Art. 3(1), but an international organisation is not
 * reached by its seat, and in Iceland, Liechtenstein and Norway the GDPR applied only from 20 July 2018.
 */

type Party = AssessmentCase['parties'][number];

const indianProcessor: Party = { id: 'in', name: 'Vendor', country: 'IN', type: 'company' };
const caseFrom = (sender: Omit<Party, 'name'>): AssessmentCase => ({
  parties: [{ name: sender.id.toUpperCase(), ...sender }, indianProcessor],
  flows: [{ id: 'f1', from: sender.id, to: 'in', fromRole: 'controller', toRole: 'processor' }],
});

describe('gdprBasis "none"', () => {
  it('is a fact an international organisation seated in the EU can have (the engine asks it)', () => {
    const epo = {
      id: 'epo',
      country: 'DE',
      type: 'international-organisation',
      organisationId: 'european-patent-organisation',
      gdprBasis: 'none',
    } as const;
    expect(validateCase(caseFrom(epo), '2026-11-01')).toEqual([]);
  });

  it('is accepted in Norway before the GDPR applied there, and refused from 20 July 2018', () => {
    const norwegian = { id: 'no', country: 'NO', type: 'company', gdprBasis: 'none' } as const;
    expect(validateCase(caseFrom(norwegian), '2018-06-01')).toEqual([]);
    expect(validateCase(caseFrom(norwegian), '2018-07-20').map((e) => e.field)).toEqual([
      'parties[0].gdprBasis',
    ]);
  });

  it("is refused for a company in the EU from the GDPR's first day", () => {
    const swedish = { id: 'se', country: 'SE', type: 'company', gdprBasis: 'none' } as const;
    expect(validateCase(caseFrom(swedish), '2018-05-25').map((e) => e.field)).toEqual([
      'parties[0].gdprBasis',
    ]);
  });
});
