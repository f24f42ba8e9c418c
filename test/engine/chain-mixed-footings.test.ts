import { describe, expect, it } from 'vitest';
import { assess } from './helpers.js';

/**
 * One importer reached on two footings: a US processor certified under the Data Privacy Framework for HR
 * data only receives HR data on the adequacy decision and other data under SCC module 2. When it passes the
 * data on to its sub-processor, the onward flow continues both transfers, and the module 2 SCCs govern it
 * (Clause 8.8, and Clause 9 for a sub-processor): the clauses must be named whichever transfer comes first.
 */

const asOf = '2026-11-01';
const parties = [
  { id: 'se', country: 'SE', type: 'company' as const },
  {
    id: 'us',
    country: 'US',
    type: 'company' as const,
    gdprBasis: 'none' as const,
    dpf: { active: true, hrData: true, nonHrData: false },
  },
  { id: 'cn', country: 'CN', type: 'company' as const, gdprBasis: 'none' as const },
];
const hr = {
  from: 'se',
  to: 'us',
  fromRole: 'controller' as const,
  toRole: 'processor' as const,
  hrData: true,
};
const other = { ...hr, hrData: false };
const onward = { from: 'us', to: 'cn', fromRole: 'processor' as const, toRole: 'processor' as const };
const module2 = [
  'Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)',
  'Decision (EU) 2021/914, Annex, Clause 9 (module 2)',
];

describe('an onward flow continuing a transfer on adequacy and one under SCCs', () => {
  it('the adequacy transfer listed first: the onward flow is still governed by the module 2 SCCs', () => {
    const result = assess(parties, [hr, other, onward], asOf);
    const [first, second, third] = result.flows;
    expect([first!.mechanism, second!.mechanism, second!.scc?.module]).toEqual(['adequacy', 'scc', 2]);
    expect(third!.kind).toBe('onward-transfer');
    expect(third!.continues).toEqual({ flows: ['f1', 'f2'], clauses: module2 });
    // Each transfer lists the onward flow; only the SCC transfer has clauses for it.
    expect(first!.onwardFlows).toEqual([{ flow: 'f3', clauses: [], onward: [] }]);
    expect(second!.onwardFlows).toEqual([{ flow: 'f3', clauses: module2, onward: [] }]);
  });

  it('the SCC transfer listed first: the same clauses', () => {
    const result = assess(parties, [other, hr, onward], asOf);
    expect(result.flows[2]!.continues).toEqual({ flows: ['f1', 'f2'], clauses: module2 });
  });
});
