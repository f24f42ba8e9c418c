import { describe, expect, it } from 'vitest';
import { assess } from './helpers.js';

/**
 * A US public authority is outside the EU-U.S. Data Privacy Framework (Decision (EU) 2023/1795 reaches
 * only organisations on the DPF List, which public bodies cannot join): the transfer needs Art. 46
 * safeguards, and nothing in the answer may send the lawyer to the DPF list or assume a DPF status.
 */

describe('a US public authority as importer', () => {
  it('out of the DPF decision’s scope: SCCs, no DPF question, warning or assumption', () => {
    const result = assess(
      [
        { id: 'se', country: 'SE', type: 'company' },
        { id: 'us', country: 'US', type: 'public-authority', gdprBasis: 'none' },
      ],
      [{ from: 'se', to: 'us', fromRole: 'controller', toRole: 'controller', occasional: false }],
      '2026-11-01',
    );
    const v = result.flows[0]!;
    expect(v.mechanism).toBe('scc');
    expect(v.trail.find((s) => s.id === 'importerInScope')).toMatchObject({
      value: 'no',
      by: 'parties[1].type',
    });
    expect(v.trail.map((s) => s.id)).not.toContain('dpfCertification');
    expect(v.warnings.map((w) => w.code)).toEqual([
      'derogations-restrictive',
      'derogation-conditions',
      'tia-open',
    ]);
    expect(result.assumptions).toEqual([]);
  });
});
