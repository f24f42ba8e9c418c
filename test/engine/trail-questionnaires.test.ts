import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

/**
 * Each step of a verdict's reasoning names the questionnaire that asked it (transfer, mechanism, sccModule),
 * and so does a question left open: a front end takes the lawyer to that questionnaire in the wizard
 * (POST /v1/wizard/{machine}) to answer it.
 */

const asOf = '2026-11-01';
const sweden = { id: 'se', country: 'SE', type: 'company' } as const;

describe('the questionnaire of each step', () => {
  it('a transfer to India: the transfer test, then the footing, then the SCC module', () => {
    const v = only(
      [sweden, { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' }],
      { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor', occasional: false },
      asOf,
    );
    const machines = [...new Set(v.trail.map((s) => s.machine))];
    expect(machines).toEqual(['transfer', 'mechanism', 'sccModule']);
    expect(v.trail.filter((s) => s.machine === 'transfer').map((s) => s.id)).toContain('senderRole');
  });

  it("an exporter outside the EU/EEA whose GDPR status is not given: the transfer test's question is open", () => {
    const v = only(
      [
        { id: 'us', country: 'US', type: 'company' },
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'us', to: 'in', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(v.kind).toBe('undetermined');
    expect(v.openQuestions).toEqual([
      expect.objectContaining({
        machine: 'transfer',
        id: 'senderSubjectToGdpr',
        field: 'parties[0].gdprBasis',
      }),
    ]);
    expect(v.trail.every((s) => s.machine === 'transfer')).toBe(true);
  });
});
