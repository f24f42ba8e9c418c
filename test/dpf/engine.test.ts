import { describe, expect, it } from 'vitest';
import raw from '../../data/dpf/list.json' with { type: 'json' };
import { addMonths } from '../../src/domain/dates.js';
import { officialListUrl } from '../../src/dpf/schema.js';
import { assessUsFlow } from './engine-cases.js';

/**
 * The engine with explicit `dpf` facts and with the shipped SAMPLE list, through POST /v1/assessments.
 * The cases of issue 4: active with the right data kind, HR data with a non-HR-only certification,
 * inactive, an uncertain match, a stale list. (engine-imported-list.test.ts runs them against an
 * imported, non-sample list.)
 */
const listDate = raw.meta.listDate;
const checked = listDate;
const facts = (active: boolean, hrData: boolean, nonHrData: boolean) => ({
  active,
  hrData,
  nonHrData,
  checked,
});

describe('US importer with explicit DPF facts', () => {
  it('active and certified for the data kind sent: adequacy under Decision (EU) 2023/1795', async () => {
    const { flow, dpfStep } = await assessUsFlow({
      importer: { name: 'Acme Corporation', dpf: facts(true, false, true) },
      hrData: false,
      asOf: listDate,
    });
    expect(flow.mechanism).toBe('adequacy');
    expect(flow.adequacy).toMatchObject({ decision: '2023-1795', covered: true });
    expect(flow.scc).toBeUndefined();
    expect(dpfStep?.value).toBe('yes');
    expect(dpfStep?.by).toContain('.dpf');
  });

  it('HR data to an importer certified for non-HR data only: no adequacy, SCC module 2', async () => {
    const { flow, dpfStep } = await assessUsFlow({
      importer: { name: 'Acme Corporation', dpf: facts(true, false, true) },
      hrData: true,
      asOf: listDate,
    });
    expect(dpfStep?.value).toBe('no');
    expect(flow.adequacy?.covered).toBe(false);
    expect(flow.mechanism).toBe('scc');
    expect(flow.scc?.module).toBe(2);
  });

  it('inactive participant: no adequacy, SCC', async () => {
    const { flow, dpfStep } = await assessUsFlow({
      importer: { name: 'Acme Corporation', dpf: facts(false, true, true) },
      hrData: false,
      asOf: listDate,
    });
    expect(dpfStep?.value).toBe('no');
    expect(flow.adequacy?.covered).toBe(false);
    expect(flow.mechanism).toBe('scc');
  });

  it('says in the trail which facts were used and that they were read off the official list on that date', async () => {
    const { dpfStep, text } = await assessUsFlow({
      importer: { name: 'Acme Corporation', dpf: facts(true, false, true) },
      hrData: false,
      asOf: listDate,
    });
    const step = JSON.stringify(dpfStep);
    expect(step).toContain(checked);
    expect(step).toMatch(/official/i);
    expect(text).toContain(officialListUrl);
  });
});

describe('US importer looked up in the shipped SAMPLE list', () => {
  it('never rests adequacy on the sample, and says it is a sample', async () => {
    const { flow, codes } = await assessUsFlow({
      importer: { name: 'Acme Corporation' },
      hrData: false,
      asOf: listDate,
    });
    expect(flow.adequacy?.covered).toBe(false);
    expect(flow.mechanism).not.toBe('adequacy');
    expect(codes).toContain('dpf-sample-list');
  });

  it('uncertain match: warning dpf-match-uncertain and no adequacy', async () => {
    const { flow, codes } = await assessUsFlow({
      importer: { name: 'Demo Mailer' },
      hrData: false,
      asOf: listDate,
    });
    expect(codes).toContain('dpf-match-uncertain');
    expect(flow.adequacy?.covered).toBe(false);
    expect(flow.mechanism).not.toBe('adequacy');
  });

  it('stale list: warning dpf-list-stale', async () => {
    const { codes } = await assessUsFlow({
      importer: { name: 'Acme Corporation' },
      hrData: false,
      asOf: addMonths(listDate, 2),
    });
    expect(codes).toContain('dpf-list-stale');
  });

  it('links the official list for the name, in Swedish too', async () => {
    const { text } = await assessUsFlow(
      { importer: { name: 'Demo Mailer' }, hrData: false, asOf: listDate },
      'sv',
    );
    expect(text).toContain(officialListUrl);
    expect(text).toContain('EXEMPELFÖRTECKNING');
  });
});
