import type { z } from 'zod';
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
 * True in the built Node entry and its thread (scripts/node-legal-data.mjs): the bundler parsed every
 * dataset with its schema, as below, and bundled the parsed data instead of the files, so the entry
 * starts without parsing them again (a sixth of its start-up). Elsewhere (Workers, tests, tsx) undefined.
 */
declare const __TREDJELAND_DATA_PARSED_AT_BUILD__: boolean | undefined;
const parsedAtBuild =
  typeof __TREDJELAND_DATA_PARSED_AT_BUILD__ === 'boolean' && __TREDJELAND_DATA_PARSED_AT_BUILD__;

/** A dataset parsed with its schema, or as the build parsed it. */
function load<S extends z.ZodType>(schema: () => S, json: unknown): z.output<S> {
  return parsedAtBuild ? (json as z.output<S>) : schema().parse(json);
}

/**
 * The legal datasets, parsed once at module load (or at build time, above). A file that does not match
 * its schema makes the import (or the build) throw: the service must not start on broken legal facts.
 */
export const countries = load(() => dataset(territory), countriesJson);
export const adequacy = load(() => dataset(adequacyRecord), adequacyJson);
export const authorities = load(() => dataset(supervisoryAuthority), authoritiesJson);
export const interimArrangements = load(() => dataset(interimArrangement), interimJson);
export const instruments = load(() => dataset(legalInstrument), instrumentsJson);
export const pendingDevelopments = load(() => dataset(pendingDevelopment), pendingJson);
export const swedishProvisions = load(() => dataset(nationalProvision), swedishJson);

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
