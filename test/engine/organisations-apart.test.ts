import { describe, expect, it } from 'vitest';
import { assess } from './helpers.js';

/**
 * Two international organisations in one case are assessed each on its own adequacy: the European Patent
 * Organisation's decision (in force from 18 July 2025) does not carry over to another organisation, named
 * by an id the data hold no decision for.
 */

const authority = { id: 'se', country: 'SE', type: 'public-authority' as const };
const epo = {
  id: 'epo',
  type: 'international-organisation' as const,
  organisationId: 'european-patent-organisation',
};
const other = {
  id: 'io',
  type: 'international-organisation' as const,
  organisationId: 'world-health-organization',
};
const to = (id: string) => ({
  from: 'se',
  to: id,
  fromRole: 'controller' as const,
  toRole: 'controller' as const,
});

describe('two international organisations in one case', () => {
  it.each([
    ['the EPO first', [to('epo'), to('io')]],
    ['the other first', [to('io'), to('epo')]],
  ])('each on its own decisions (%s)', (_, flows) => {
    const result = assess([authority, epo, other], flows, '2026-11-01');
    const byImporter = Object.fromEntries(result.flows.map((v) => [v.importer?.id, v]));
    expect(byImporter.epo?.mechanism).toBe('adequacy');
    expect(byImporter.epo?.adequacy?.decision).toBeDefined();
    expect(byImporter.io?.mechanism).not.toBe('adequacy');
    expect(byImporter.io?.adequacy?.covered).not.toBe(true);
  });
});
