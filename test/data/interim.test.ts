import { describe, expect, it } from 'vitest';
import interimJson from '../../data/interim-arrangements.json' with { type: 'json' };
import {
  allInterimArrangements,
  interimArrangementsAt,
  isKnownCode,
  territoryStatusAt,
} from '../../src/data/index.js';
import { dataset, interimArrangement } from '../../src/data/schema.js';

describe('interim arrangements (data/interim-arrangements.json)', () => {
  const records = allInterimArrangements();

  it('parses with its schema, and the schema rejects a record without sources or conditions', () => {
    expect(dataset(interimArrangement).safeParse(interimJson).error).toBeUndefined();
    for (const field of ['sources', 'conditions']) {
      const broken = structuredClone(interimJson) as { records: Record<string, unknown>[] };
      delete broken.records[0]?.[field];
      expect(dataset(interimArrangement).safeParse(broken).success, field).toBe(false);
    }
  });

  it('has unique ids, known third-country destinations, from <= until, and says why when unconfirmed', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(r.from <= r.until, r.id).toBe(true);
      for (const code of r.destinations) {
        expect(isKnownCode(code), code).toBe(true);
        expect(territoryStatusAt(code, r.from).status, code).toBe('third-country');
      }
      if (r.confidence === 'unconfirmed') expect(r.confidenceNote, r.id).toBeDefined();
      expect(
        r.sources.some((s) => s.celex || s.oj),
        r.id,
      ).toBe(true);
    }
  });

  it('TCA FINPROV.10A: GB from 1 January to 27 June 2021, not Gibraltar, cited by the final text', () => {
    const tca = records.find((r) => r.id === 'eu-uk-tca-finprov-10a');
    expect(tca).toMatchObject({ destinations: ['GB'], from: '2021-01-01', until: '2021-06-27' });
    expect(tca?.sources.some((s) => s.celex === '22021A0430(01)')).toBe(true);
    expect(interimArrangementsAt('GB', '2021-03-01').map((r) => r.id)).toEqual(['eu-uk-tca-finprov-10a']);
    expect(interimArrangementsAt('gb', '2021-06-27')).toHaveLength(1);
    expect(interimArrangementsAt('GB', '2020-12-31')).toEqual([]);
    expect(interimArrangementsAt('GB', '2021-06-28')).toEqual([]);
    expect(interimArrangementsAt('GI', '2021-03-01')).toEqual([]);
    expect(interimArrangementsAt('XX', '2021-03-01')).toEqual([]);
  });
});
