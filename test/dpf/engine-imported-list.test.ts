import { describe, expect, it, vi } from 'vitest';
import raw from '../../data/dpf/list.json' with { type: 'json' };
import { addMonths } from '../../src/domain/dates.js';
import { officialListUrl } from '../../src/dpf/schema.js';
import { assessUsFlow } from './engine-cases.js';

/**
 * The engine against an imported list that is not a sample: the shipped entries under a header with
 * `sample: false`, standing in for an import of the official list. Only such a list may carry adequacy.
 */
vi.mock('../../src/dpf/list.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/dpf/list.js')>();
  const imported = actual.loadDpfList({ ...raw, meta: { ...raw.meta, sample: false } });
  return { ...actual, dpfList: () => imported, dpfListMeta: () => imported.meta };
});

const listDate = raw.meta.listDate;

describe('US importer matched in an imported participant list', () => {
  it('active with the right data kind: adequacy, with no sample warning', async () => {
    const { flow, codes, dpfStep } = await assessUsFlow({
      importer: { name: 'ACME Corp.' },
      hrData: true,
      asOf: listDate,
    });
    expect(dpfStep?.value).toBe('yes');
    expect(flow.mechanism).toBe('adequacy');
    expect(flow.adequacy).toMatchObject({ decision: '2023-1795', covered: true });
    expect(codes).not.toContain('dpf-sample-list');
  });

  it('names the matched entry and the list date in the trail', async () => {
    const { dpfStep } = await assessUsFlow({
      importer: { name: 'ACME Corp.' },
      hrData: true,
      asOf: listDate,
    });
    const step = JSON.stringify(dpfStep);
    expect(step).toContain('Acme Corporation');
    expect(step).toContain(listDate);
  });

  it('HR data to an entry certified for non-HR data only: SCC module 2', async () => {
    const { flow, dpfStep } = await assessUsFlow({
      importer: { name: 'Placeholder Analytics Corp.' },
      hrData: true,
      asOf: listDate,
    });
    expect(dpfStep?.value).toBe('no');
    expect(flow.adequacy?.covered).toBe(false);
    expect(flow.mechanism).toBe('scc');
    expect(flow.scc?.module).toBe(2);
  });

  it('inactive entry: SCC', async () => {
    const { flow, dpfStep } = await assessUsFlow({
      importer: { name: 'Fictitious Widgets Inc.' },
      hrData: false,
      asOf: listDate,
    });
    expect(dpfStep?.value).toBe('no');
    expect(flow.mechanism).toBe('scc');
  });

  it('uncertain match: warning dpf-match-uncertain, no adequacy assumed', async () => {
    const { flow, codes } = await assessUsFlow({
      importer: { name: 'Demo Mailer' },
      hrData: false,
      asOf: listDate,
    });
    expect(codes).toContain('dpf-match-uncertain');
    expect(flow.adequacy?.covered).toBe(false);
    expect(flow.mechanism).not.toBe('adequacy');
    expect(JSON.stringify(flow)).toContain(officialListUrl);
  });

  it('stale list: warning dpf-list-stale', async () => {
    const { codes } = await assessUsFlow({
      importer: { name: 'Acme Corporation' },
      hrData: false,
      asOf: addMonths(listDate, 2),
    });
    expect(codes).toContain('dpf-list-stale');
  });
});
