import { describe, expect, it } from 'vitest';
import { assess } from './helpers.js';

/**
 * A chain that branches and joins again: a Swedish controller's processor in India uses two sub-processors
 * (China, Brazil), which both use one in Russia, which uses one in Turkey. Clause 14(b)(i): the first
 * transfer's TIA covers every onward leg below it, each once; the Russian processor's flow to Turkey
 * continues both branches.
 */

const processorIn = (id: string, country: string) => ({
  id,
  country,
  type: 'company' as const,
  gdprBasis: 'none' as const,
});
const leg = (from: string, to: string) => ({
  from,
  to,
  fromRole: 'processor' as const,
  toRole: 'processor' as const,
});

// Assessed inside each test, not when the file loads, so Stryker's per-test coverage credits the tests.
const assessDiamond = () =>
  assess(
    [
      { id: 'se', country: 'SE', type: 'company' },
      processorIn('in', 'IN'),
      processorIn('cn', 'CN'),
      processorIn('br', 'BR'),
      processorIn('ru', 'RU'),
      processorIn('tr', 'TR'),
    ],
    [
      { from: 'se', to: 'in', fromRole: 'controller', toRole: 'processor' },
      leg('in', 'cn'),
      leg('in', 'br'),
      leg('cn', 'ru'),
      leg('br', 'ru'),
      leg('ru', 'tr'),
    ],
    '2026-11-01',
  );

describe('a chain that branches and joins', () => {
  it('the first transfer’s TIA takes each onward leg once, depth first, with its destination', () => {
    const result = assessDiamond();
    // The rendered TIA is typed loosely (the shape of POST /v1/tia): read the legs' flow and destination.
    const chain = result.flows[0]!.tia?.chain as
      | { legs: { flow: string; destination?: { code: string } }[] }
      | undefined;
    const legs = chain?.legs ?? [];
    expect(legs.map((l) => [l.flow, l.destination?.code])).toEqual([
      ['f2', 'CN'],
      ['f4', 'RU'],
      ['f6', 'TR'],
      ['f3', 'BR'],
      ['f5', 'RU'],
    ]);
  });

  it('the last leg continues both branches; every leg is onward under module 2, Clauses 8.8 and 9', () => {
    const result = assessDiamond();
    expect(result.flows.map((f) => [f.id, f.kind, f.continues?.flows])).toEqual([
      ['f1', 'transfer', undefined],
      ['f2', 'onward-transfer', ['f1']],
      ['f3', 'onward-transfer', ['f1']],
      ['f4', 'onward-transfer', ['f2']],
      ['f5', 'onward-transfer', ['f3']],
      ['f6', 'onward-transfer', ['f4', 'f5']],
    ]);
    for (const f of result.flows.slice(1))
      expect(f.continues?.clauses).toEqual([
        'Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)',
        'Decision (EU) 2021/914, Annex, Clause 9 (module 2)',
      ]);
    // The last leg passes nothing on.
    expect(result.flows[5]!.onwardFlows).toBeUndefined();
  });
});
