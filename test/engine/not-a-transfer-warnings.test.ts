import { describe, expect, it } from 'vitest';
import { codes, only } from './helpers.js';

/**
 * What a flow that is no transfer still tells the lawyer (src/engine/flow-verdict.ts): the exporter's own
 * staff processing the data in a third country (EDPB Guidelines 05/2021, section 3), and a data subject
 * handing data to a processor outside the EU/EEA (the controller's processing, for review). Each only where
 * its facts hold: staff inside the EU/EEA, or data handed to a controller or to a processor in the EU/EEA,
 * raise nothing.
 */

const asOf = '2026-11-01';
const polish = { id: 'pl', country: 'PL', type: 'company' } as const;
const maria = { id: 'maria', country: 'IT', type: 'individual' } as const;
const own = { fromRole: 'controller', toRole: 'controller', how: 'remote-access' } as const;

describe("the exporter's own staff", () => {
  it('in India: no transfer, and the security assessment must weigh the place (not for review)', () => {
    const v = only(
      [polish, { id: 'emp', country: 'IN', type: 'individual', employerId: 'pl' }],
      { from: 'pl', to: 'emp', ...own },
      asOf,
    );
    expect(v.kind).toBe('not-a-transfer');
    expect(v.warnings.find((w) => w.code === 'processing-outside-eea')).toMatchObject({
      message: expect.stringContaining(
        "the exporter's security assessment (EDPB Guidelines 05/2021, section 3)",
      ),
    });
    expect(v.warnings.find((w) => w.code === 'processing-outside-eea')?.review).toBeUndefined();
  });

  it('in Germany or in Norway: no transfer and no warning about processing abroad', () => {
    for (const country of ['DE', 'NO']) {
      const v = only(
        [polish, { id: 'emp', country, type: 'individual', employerId: 'pl' }],
        { from: 'pl', to: 'emp', ...own },
        asOf,
      );
      expect(v.kind, country).toBe('not-a-transfer');
      expect(codes(v), country).not.toContain('processing-outside-eea');
    }
  });
});

describe('a data subject handing over their own data', () => {
  it('to a processor outside the EU/EEA, or to an international organisation as processor: for review', () => {
    for (const recipient of [
      { id: 'x', country: 'IN', type: 'company', gdprBasis: 'none' } as const,
      { id: 'x', type: 'international-organisation' } as const,
    ]) {
      const v = only(
        [maria, recipient],
        { from: 'maria', to: 'x', fromRole: 'data-subject', toRole: 'processor' },
        asOf,
      );
      expect(v.kind, recipient.type).toBe('not-a-transfer');
      expect(
        v.warnings.find((w) => w.code === 'collected-by-processor-abroad'),
        recipient.type,
      ).toMatchObject({
        review: true,
      });
    }
  });

  it('to a controller abroad, or to a processor in the EU/EEA: no such warning', () => {
    const toController = only(
      [maria, { id: 'x', country: 'IN', type: 'company', gdprBasis: 'none' }],
      { from: 'maria', to: 'x', fromRole: 'data-subject', toRole: 'controller' },
      asOf,
    );
    const toEuProcessor = only(
      [maria, { id: 'x', country: 'DE', type: 'company' }],
      { from: 'maria', to: 'x', fromRole: 'data-subject', toRole: 'processor' },
      asOf,
    );
    for (const v of [toController, toEuProcessor]) {
      expect(v.kind).toBe('not-a-transfer');
      expect(codes(v)).not.toContain('collected-by-processor-abroad');
    }
  });
});

describe('a flow outside the GDPR (a US company to a processor in India)', () => {
  it('raises neither warning: it is not collected from a data subject, nor processing by own staff', () => {
    const v = only(
      [
        { id: 'us', country: 'US', type: 'company', gdprBasis: 'none' },
        { id: 'x', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'us', to: 'x', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(v.kind).toBe('not-a-transfer');
    expect(codes(v)).not.toContain('collected-by-processor-abroad');
    expect(codes(v)).not.toContain('processing-outside-eea');
  });

  it("a data subject's own data handed abroad is not processing by the exporter's staff", () => {
    const v = only(
      [maria, { id: 'x', country: 'IN', type: 'company', gdprBasis: 'none' }],
      { from: 'maria', to: 'x', fromRole: 'data-subject', toRole: 'processor' },
      asOf,
    );
    expect(codes(v)).not.toContain('processing-outside-eea');
  });
});
