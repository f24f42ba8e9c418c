import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * The roles a flow's parties take and the duties that follow from them alone, whatever the footing of the
 * transfer: Art. 28(3) (a contract with a processor), Art. 28(2) and (4) (a processor's sub-processor, with
 * the controller's authorisation), Art. 26 (an arrangement between joint controllers).
 */

const roleDuties = ['art28-contract', 'art28-subprocessor-authorisation', 'art26-arrangement'];

type Role = 'controller' | 'processor' | 'joint-controller' | 'data-subject';
const table: [from: Role, to: Role, exporterRole: string, importerRole: string, duties: string[]][] = [
  ['controller', 'controller', 'controller', 'controller', []],
  ['controller', 'processor', 'controller', 'processor', ['art28-contract']],
  ['controller', 'joint-controller', 'joint-controller', 'joint-controller', ['art26-arrangement']],
  [
    'processor',
    'processor',
    'processor',
    'sub-processor',
    ['art28-contract', 'art28-subprocessor-authorisation'],
  ],
  ['processor', 'controller', 'processor', 'controller', []],
  ['data-subject', 'controller', 'data-subject', 'controller', []],
  // A person sending their own data to a service engages no processor of theirs under Art. 28.
  ['data-subject', 'processor', 'data-subject', 'processor', []],
];

describe('roles and the duties they bring, a Swedish sender and an Indian recipient', () => {
  it.each(table)('%s → %s: %s and %s, duties %j', (from, to, exporterRole, importerRole, duties) => {
    const sender =
      from === 'data-subject'
        ? { id: 'se', country: 'SE', type: 'individual' as const }
        : { id: 'se', country: 'SE', type: 'company' as const };
    const v = only(
      [sender, { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' }],
      { from: 'se', to: 'in', fromRole: from, toRole: to } as never,
      '2026-11-01',
    );
    expect(v.exporterRole?.role).toBe(exporterRole);
    expect(v.importerRole?.role).toBe(importerRole);
    expect(v.obligations.filter((o) => roleDuties.includes(o))).toEqual(duties);
  });

  it("no Art. 28 contract with the sender's own employee abroad (Art. 29: a person acting under its authority)", () => {
    const v = only(
      [
        { id: 'kommun', country: 'SE', type: 'public-authority' },
        { id: 'anna', country: 'IN', type: 'individual', employerId: 'kommun' },
      ],
      { from: 'kommun', to: 'anna', fromRole: 'controller', toRole: 'processor' },
      '2026-11-01',
    );
    expect(v.kind).toBe('not-a-transfer');
    expect(v.obligations).toEqual([]);
    expect(v.importer).toEqual({
      id: 'anna',
      name: 'ANNA',
      type: 'individual',
      country: 'IN',
      actsFor: 'kommun',
    });
  });

  it('no Art. 28 duty where neither party is subject to the GDPR (Art. 3)', () => {
    const v = only(
      [
        { id: 'br', country: 'BR', type: 'company', gdprBasis: 'none' },
        { id: 'mx', country: 'MX', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'br', to: 'mx', fromRole: 'controller', toRole: 'processor' },
      '2026-11-01',
    );
    expect(v.kind).toBe('not-a-transfer');
    expect(v.obligations).toEqual([]);
  });

  it.each([
    ['establishment', ['art28-contract']],
    ['targeting', ['art28-contract']],
    ['none', []],
  ] as const)(
    'a sender outside the GDPR using a processor that is subject to it by %s: Art. 28 %j',
    (basis, duties) => {
      const v = only(
        [
          { id: 'br', country: 'BR', type: 'company', gdprBasis: 'none' },
          { id: 'mx', country: 'MX', type: 'company', gdprBasis: basis },
        ],
        { from: 'br', to: 'mx', fromRole: 'controller', toRole: 'processor' },
        '2026-11-01',
      );
      expect(v.obligations).toEqual(duties);
    },
  );

  it('a sender outside the GDPR using a processor in the EU/EEA: Art. 28 applies to the processor there', () => {
    const v = only(
      [
        { id: 'br', country: 'BR', type: 'company', gdprBasis: 'none' },
        { id: 'ie', country: 'IE', type: 'company' },
      ],
      { from: 'br', to: 'ie', fromRole: 'controller', toRole: 'processor' },
      '2026-11-01',
    );
    expect(v.obligations).toEqual(['art28-contract']);
  });

  it('the parties as the verdict names them: an international organisation by its id, a party without extras bare', () => {
    const v = only(
      [
        { id: 'se', country: 'SE', type: 'company' },
        { id: 'epo', type: 'international-organisation', organisationId: 'european-patent-organisation' },
      ],
      { from: 'se', to: 'epo', fromRole: 'controller', toRole: 'controller' },
      '2026-11-01',
    );
    expect(v.exporter).toEqual({ id: 'se', name: 'SE', type: 'company', country: 'SE' });
    expect(v.importer).toEqual({
      id: 'epo',
      name: 'EPO',
      type: 'international-organisation',
      organisationId: 'european-patent-organisation',
    });
  });
});
