import { describe, expect, it } from 'vitest';
import { assess, codes } from './helpers.js';

/**
 * The onward-transfer warning names the instrument of each flow the data left the EU/EEA in. It goes to
 * legal review when any of those instruments needs it (module 4 has no onward-transfer clause of its own),
 * even if another does not; and it is given only to onward transfers, never to the transfers themselves.
 */

const asOf = '2026-11-01';

describe('the onward-transfer warning', () => {
  it('data that left in two flows, one on module 1 and one on module 4: named both, for review', () => {
    const result = assess(
      [
        { id: 'se', country: 'SE', type: 'company' },
        { id: 'nl', country: 'NL', type: 'company' },
        { id: 'us', country: 'US', type: 'company', gdprBasis: 'none' },
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      [
        { from: 'se', to: 'us', fromRole: 'controller', toRole: 'controller' },
        { from: 'nl', to: 'us', fromRole: 'processor', toRole: 'controller', combinesWithEuData: false },
        { from: 'us', to: 'in', fromRole: 'controller', toRole: 'controller' },
      ],
      asOf,
    );
    const [first, second, onward] = result.flows;
    expect([first!.scc?.module, second!.scc?.module]).toEqual([1, 4]);
    expect(onward!.kind).toBe('onward-transfer');
    const warning = onward!.warnings.find((w) => w.code === 'onward-transfer');
    expect(warning).toMatchObject({ review: true });
    expect(warning!.message).toContain('flow "f1" (SCC module 1: Clause 8.7 applies)');
    expect(warning!.message).toContain(
      'flow "f2" (SCC module 4, which has no onward-transfer clause of its own',
    );
    for (const v of [first!, second!]) expect(codes(v), v.id).not.toContain('onward-transfer');
  });
});
