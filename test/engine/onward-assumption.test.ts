import { describe, expect, it } from 'vitest';
import { assess, assumed } from './helpers.js';

/**
 * An onward transfer from a processor outside the EU/EEA whose own GDPR status the case does not give: the
 * answer assumes it is not subject to the GDPR itself, and says so once, naming the field that would settle
 * it; not where the case gives that status. (A controller sending onward is asked for its status instead.)
 */

const asOf = '2026-11-01';
const sweden = { id: 'se', country: 'SE', type: 'company' } as const;
const india = { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' } as const;

function onward(usExtra: Record<string, unknown>) {
  return assess(
    [sweden, { id: 'us', country: 'US', type: 'company', ...usExtra }, india],
    [
      { from: 'se', to: 'us', fromRole: 'controller', toRole: 'processor' },
      { from: 'us', to: 'in', fromRole: 'processor', toRole: 'processor' },
    ] as never,
    asOf,
  );
}

describe("an onward transfer's sender whose GDPR status is not given", () => {
  it('a processor: assumed outside the GDPR, said once for the onward flow, naming parties[1].gdprBasis', () => {
    const result = onward({});
    expect(result.flows[1]!.kind).toBe('onward-transfer');
    expect(assumed(result, 'onward-gdpr-status-assumed')).toMatchObject({
      flows: ['f2'],
      fields: ['parties[1].gdprBasis'],
      message: expect.stringContaining('EDPB Guidelines 3/2018'),
    });
  });

  it('a processor whose status is given: nothing assumed', () => {
    const result = onward({ gdprBasis: 'none' });
    expect(result.flows[1]!.kind).toBe('onward-transfer');
    expect(assumed(result, 'onward-gdpr-status-assumed')).toBeUndefined();
  });
});
