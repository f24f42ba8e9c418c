import adequacyJson from '../../data/adequacy.json' with { type: 'json' };
import authoritiesJson from '../../data/authorities.json' with { type: 'json' };
import countriesJson from '../../data/countries.json' with { type: 'json' };
import instrumentsJson from '../../data/instruments.json' with { type: 'json' };
import interimJson from '../../data/interim-arrangements.json' with { type: 'json' };
import pendingJson from '../../data/pending-developments.json' with { type: 'json' };
import swedishJson from '../../data/swedish-public-sector.json' with { type: 'json' };
import {
  adequacyRecord,
  type DatasetMeta,
  dataset,
  interimArrangement,
  legalInstrument,
  nationalProvision,
  pendingDevelopment,
  supervisoryAuthority,
  territory,
} from './schema.js';

/**
 * The legal datasets, parsed once at module load. A file that does not match its schema makes the
 * import throw: the service must not start on broken legal facts.
 */
export const countries = dataset(territory).parse(countriesJson);
export const adequacy = dataset(adequacyRecord).parse(adequacyJson);
export const authorities = dataset(supervisoryAuthority).parse(authoritiesJson);
export const interimArrangements = dataset(interimArrangement).parse(interimJson);
export const instruments = dataset(legalInstrument).parse(instrumentsJson);
export const pendingDevelopments = dataset(pendingDevelopment).parse(pendingJson);
export const swedishProvisions = dataset(nationalProvision).parse(swedishJson);

/** A dataset's meta plus `records`, the number of records in it. */
export type DatasetSummary = DatasetMeta & { records: number };

/** What GET /v1/meta reports about each dataset. */
export function datasetsMeta(): DatasetSummary[] {
  return [
    countries,
    adequacy,
    authorities,
    interimArrangements,
    instruments,
    pendingDevelopments,
    swedishProvisions,
  ].map((file) => ({
    ...structuredClone(file.meta),
    records: file.records.length,
  }));
}
