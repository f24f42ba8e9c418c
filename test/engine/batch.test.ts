import { describe, expect, it } from 'vitest';
import { assess } from './helpers.js';

// Moved from test/engine/scenarios.test.ts (the legal scenarios are data now, test/scenarios/): the
// engine's handling of a large case, not a scenario a lawyer reads.

const swedishUniversity = {
  id: 'uni',
  name: 'Uppsala universitet',
  country: 'SE',
  type: 'public-authority' as const,
};

describe('a batch of 1,000 flows', () => {
  it('gives one verdict per flow, in input order', () => {
    const countries = ['IN', 'US', 'JP', 'DE', 'CA', 'BR', 'GB', 'CN'];
    const parties = [
      swedishUniversity,
      ...countries.map((country) => ({
        id: country.toLowerCase(),
        country,
        type: 'company' as const,
        // A party in the EU/EEA cannot be outside the GDPR (validate-case refuses "none" there).
        ...(country === 'DE' ? {} : { gdprBasis: 'none' as const }),
      })),
    ];
    const flows = Array.from({ length: 1000 }, (_, i) => ({
      id: `flow-${i}`,
      from: 'uni',
      to: countries[i % countries.length]!.toLowerCase(),
      fromRole: 'controller' as const,
      toRole: (i % 3 === 0 ? 'controller' : 'processor') as 'controller' | 'processor',
      hrData: i % 2 === 0,
      publicPowers: i % 5 === 0,
    }));
    const result = assess(parties, flows, '2026-11-01');
    expect(result.flows.map((f) => f.id)).toEqual(flows.map((f) => f.id));
    expect(result.flows.every((f) => f.kind !== 'undetermined')).toBe(true);
    const germany = result.flows.filter((f) => f.importer?.id === 'de');
    expect(germany.every((f) => f.kind === 'not-a-transfer')).toBe(true);
    const india = result.flows.filter((f) => f.importer?.id === 'in');
    expect(india.every((f) => f.mechanism === 'scc')).toBe(true);
  });
});
