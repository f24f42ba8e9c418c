import { dpfListMeta } from '../dpf/list.js';
import { datasetsMeta } from './index.js';

/**
 * Names every dataset with its review date, the DPF participant list with its list date, so an answer
 * can be reproduced against the same data.
 */
export function dataVersion(): string {
  const dpf = dpfListMeta();
  return [
    ...datasetsMeta().map((d) => `${d.id}@${d.asOf}`),
    `dpf-participants${dpf.sample ? '-sample' : ''}@${dpf.listDate}`,
  ].join(',');
}
