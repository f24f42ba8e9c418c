import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * An importer of a kind an adequacy decision does not cover (the decision's `importerTypes`): the decision
 * is not relied on, and the reason names the kinds it covers and the importer's, in plain English and
 * Swedish (the US decision covers companies and non-profits in the Data Privacy Framework; Canada's, those
 * subject to PIPEDA).
 */

const sweden = { id: 'se', country: 'SE', type: 'company' } as const;
const dpf = { active: true, hrData: true, nonHrData: true };

describe('an importer outside the kinds an adequacy decision covers', () => {
  it.each([
    [
      'US',
      'individual',
      'The decision covers only importers of these kinds: company and non-profit organisation; the importer is an individual.',
      'Beslutet omfattar bara dataimportörer av dessa slag: företag och ideell organisation; dataimportören är av slaget enskild person.',
    ],
    [
      'CA',
      'public-authority',
      'The decision covers only importers of these kinds: company, non-profit organisation and individual; the importer is a public authority.',
      'Beslutet omfattar bara dataimportörer av dessa slag: företag, ideell organisation och enskild person; dataimportören är av slaget myndighet.',
    ],
  ] as const)('%s %s: not covered, and the reason says why', (country, type, en, sv) => {
    const importer = {
      id: 'x',
      country,
      type,
      gdprBasis: 'none' as const,
      ...(country === 'US' ? { dpf } : {}),
    };
    const flow = { from: 'se', to: 'x', fromRole: 'controller', toRole: 'controller' } as const;
    const inEnglish = only([sweden, importer], flow, '2026-11-01', 'en');
    expect(inEnglish.mechanism).not.toBe('adequacy');
    expect(inEnglish.adequacy).toMatchObject({ covered: false, reason: en });
    expect(only([sweden, importer], flow, '2026-11-01', 'sv').adequacy?.reason).toBe(sv);
  });
});
