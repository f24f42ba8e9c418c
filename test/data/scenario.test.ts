import { describe, expect, it } from 'vitest';
import { adequacyDecisionsInForce } from '../../src/data/adequacy.js';
import { withScenario } from '../../src/data/scenario.js';
import { resolveDpf } from '../../src/dpf/resolve.js';

// A scenario changes what the data say for the length of one synchronous run, and nothing after it.
describe('data scenarios', () => {
  const dpfIds = (asOf: string) => adequacyDecisionsInForce(asOf, { code: 'US' }).map((d) => d.id);

  it('an adequacy decision treated as ended from a date', () => {
    const scenario = { adequacyEnded: [{ decision: '2023-1795', from: '2027-01-01' }] };
    expect(dpfIds('2027-01-01')).toContain('2023-1795');
    expect(withScenario(scenario, () => dpfIds('2026-12-31'))).toContain('2023-1795');
    expect(withScenario(scenario, () => dpfIds('2027-01-01'))).not.toContain('2023-1795');
    expect(dpfIds('2027-01-01')).toContain('2023-1795');
  });

  it('a scenario ends a decision that has a last day of its own only earlier, never later (the UK decision runs to 2031-12-27)', () => {
    const ukIds = (asOf: string) => adequacyDecisionsInForce(asOf, { code: 'GB' }).map((d) => d.id);
    const earlier = { adequacyEnded: [{ decision: '2021-1772', from: '2027-07-01' }] };
    expect(withScenario(earlier, () => ukIds('2027-06-30'))).toEqual(['2021-1772']);
    expect(withScenario(earlier, () => ukIds('2027-07-01'))).toEqual([]);
    expect(ukIds('2027-07-01')).toEqual(['2021-1772']);
    // Ended from a date after its own last day: the decision still lapses on 2031-12-27.
    const later = { adequacyEnded: [{ decision: '2021-1772', from: '2033-01-01' }] };
    expect(withScenario(later, () => ukIds('2031-12-27'))).toEqual(['2021-1772']);
    expect(withScenario(later, () => ukIds('2031-12-28'))).toEqual([]);
  });

  it('a DPF participant treated as inactive, by name, from a date, with a warning that says so', () => {
    const party = { name: 'Cloud Inc.', dpf: { active: true, hrData: true, nonHrData: true } };
    const scenario = { dpfInactive: [{ name: 'cloud inc.', from: '2026-06-01' }] };
    expect(withScenario(scenario, () => resolveDpf(party, '2026-05-31')).facts?.active).toBe(true);
    const after = withScenario(scenario, () => resolveDpf(party, '2026-06-01', { lang: 'sv' }));
    expect(after.facts?.active).toBe(false);
    expect(after.warnings.at(-1)).toMatchObject({ code: 'dpf-scenario-inactive' });
    expect(resolveDpf(party, '2026-06-01').facts?.active).toBe(true);
  });

  it('refuses an asynchronous run, which could outlive the scenario', () => {
    expect(() => withScenario({}, () => Promise.resolve(1))).toThrow(/synchronous/);
  });
});
