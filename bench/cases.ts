/** Assessment inputs the benchmarks send: a realistic 10-flow case and a batch of n flows. */
const countries = ['US', 'IN', 'GB', 'JP', 'CA', 'CH', 'BR', 'CN', 'NO', 'DE'];

export function caseWithFlows(n: number) {
  const parties = [
    { id: 'uni', name: 'Exempeluniversitetet', country: 'SE', type: 'public-authority' },
    ...countries.map((country, i) => ({
      id: `p${i}`,
      name: `Leverantör ${i} ${country}`,
      country,
      type: 'company',
      ...(country === 'US' ? { dpf: { active: true, hrData: false, nonHrData: true } } : {}),
    })),
  ];
  const flows = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    from: 'uni',
    to: `p${i % countries.length}`,
    fromRole: 'controller',
    toRole: i % 3 === 0 ? 'controller' : 'processor',
    how: i % 2 === 0 ? 'transmission' : 'remote-access',
    hrData: i % 4 === 0,
    publicPowers: i % 5 === 0,
  }));
  return { asOf: '2026-11-01', parties, flows };
}

/**
 * A batch of n flows that are all different: each goes to its own importer, so no two are alike and the
 * engine cannot assess any of them once for several (`caseWithFlows` repeats ten patterns).
 */
export function caseWithDistinctFlows(n: number) {
  const base = caseWithFlows(n);
  const parties = [
    base.parties[0]!,
    ...base.flows.map((_, i) => ({
      ...base.parties[1 + (i % countries.length)]!,
      id: `q${i}`,
      name: `Leverantör q${i}`,
    })),
  ];
  const flows = base.flows.map((f, i) => ({ ...f, to: `q${i}` }));
  return { asOf: base.asOf, parties, flows };
}
