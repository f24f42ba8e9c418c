import { describe, expect, it } from 'vitest';
import instrumentsJson from '../../data/instruments.json' with { type: 'json' };
import {
  allInstruments,
  earlierSccContractsValid,
  earlierSccSets,
  gdprAppliesFrom,
  gdprAppliesInEeaEfta,
  sccDecision2021,
} from '../../src/data/index.js';
import { dataset, legalInstrument } from '../../src/data/schema.js';

describe('instruments (data/instruments.json)', () => {
  const records = allInstruments();

  it('parses with its schema, and the schema rejects a record without sources', () => {
    expect(dataset(legalInstrument).safeParse(instrumentsJson).error).toBeUndefined();
    const broken = structuredClone(instrumentsJson) as { records: Record<string, unknown>[] };
    delete broken.records[0]?.sources;
    expect(dataset(legalInstrument).safeParse(broken).success).toBe(false);
  });

  it('unique ids; each cites its own CELEX; dates in order; unconfirmed records say why', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(
        r.sources.some((s) => s.celex === r.celex),
        r.id,
      ).toBe(true);
      if (r.newContracts) expect(r.from <= r.newContracts.until, r.id).toBe(true);
      if (r.newContracts && r.until) expect(r.newContracts.until < r.until, r.id).toBe(true);
      if (r.confidence === 'unconfirmed') expect(r.confidenceNote, r.id).toBeDefined();
    }
  });

  it('the GDPR in the EEA EFTA states: later than in the Union, with the EEA Joint Committee decision', () => {
    const eeaEfta = gdprAppliesInEeaEfta();
    expect(eeaEfta.from).toBe('2018-07-20');
    expect(eeaEfta.from > gdprAppliesFrom()).toBe(true);
    expect(eeaEfta.sources.some((s) => /154\/2018/.test(s.title) && s.oj)).toBe(true);
  });

  it('GDPR Art. 99(2) and Decision (EU) 2021/914, Art. 4', () => {
    expect(gdprAppliesFrom()).toBe('2018-05-25');
    expect(sccDecision2021()).toMatchObject({ celex: '32021D0914', from: '2021-06-27' });
    const ids = (list: { id: string }[]) => list.map((r) => r.id);
    expect(ids(earlierSccSets('2019-06-01'))).toEqual(['scc-2001-497', 'scc-2004-915', 'scc-2010-87']);
    expect(ids(earlierSccSets('2021-09-26', 'controller-processor'))).toEqual(['scc-2010-87']);
    expect(earlierSccSets('2021-09-27')).toEqual([]);
    expect(earlierSccSets('2019-06-01', 'processor-processor')).toEqual([]);
    expect(ids(earlierSccContractsValid('2022-12-27', 'controller-controller'))).toEqual([
      'scc-2001-497',
      'scc-2004-915',
    ]);
    expect(earlierSccContractsValid('2022-12-28', 'controller-controller')).toEqual([]);
  });
});
