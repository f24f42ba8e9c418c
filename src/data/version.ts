import { datasetsMeta } from './index.js';

/** Names every dataset with its review date, so an answer can be reproduced against the same data. */
export function dataVersion(): string {
  return datasetsMeta()
    .map((d) => `${d.id}@${d.asOf}`)
    .join(',');
}
