import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * The duties of Art. 26 (joint controllers' arrangement) and Art. 28 (a contract with a processor) bind
 * only parties the GDPR reaches (Art. 3). A flow between two parties outside it (a US company and an Indian
 * one, neither established in the EU/EEA nor targeting people there) carries neither duty; where the
 * recipient is in the EU/EEA, the duty stays.
 */

const asOf = '2026-11-01';
const us = { id: 'us', country: 'US', type: 'company', gdprBasis: 'none' } as const;

describe('duties of the roles where the sender is outside the GDPR', () => {
  it.each([
    [
      'an Indian processor, its GDPR status not given',
      { id: 'x', country: 'IN', type: 'company' },
      'processor',
    ],
    [
      'an Indian processor outside the GDPR',
      { id: 'x', country: 'IN', type: 'company', gdprBasis: 'none' },
      'processor',
    ],
    [
      'an Indian joint controller outside the GDPR',
      { id: 'x', country: 'IN', type: 'company', gdprBasis: 'none' },
      'joint-controller',
    ],
  ] as const)('to %s: no Art. 26 or Art. 28 duty', (_name, recipient, toRole) => {
    const v = only([us, recipient], { from: 'us', to: 'x', fromRole: 'controller', toRole }, asOf);
    expect(v.kind).toBe('not-a-transfer');
    expect(v.obligations).toEqual([]);
  });

  it.each([
    ['processor', 'art28-contract'],
    ['joint-controller', 'art26-arrangement'],
  ] as const)('to a German %s: the duty stays (%s)', (toRole, duty) => {
    const v = only(
      [us, { id: 'x', country: 'DE', type: 'company' }],
      { from: 'us', to: 'x', fromRole: 'controller', toRole },
      asOf,
    );
    expect(v.obligations).toEqual([duty]);
  });

  it('an Indian processor that targets people in the EU (Art. 3(2)): Art. 28 applies', () => {
    const v = only(
      [us, { id: 'x', country: 'IN', type: 'company', gdprBasis: 'targeting', representativeCountry: 'IE' }],
      { from: 'us', to: 'x', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(v.obligations).toEqual(['art28-contract']);
  });
});
