// Writes each legal dataset as src/data/datasets.ts parses it (its schema's output, key order included)
// to the folder given, one JSON file per data file, for the built Node entry (scripts/node-legal-data.mjs).
// Refuses (exit 1) a dataset whose parsed value JSON cannot carry unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as datasets from '../src/data/datasets.js';

const byFile: Record<string, unknown> = {
  'countries.json': datasets.countries,
  'adequacy.json': datasets.adequacy,
  'authorities.json': datasets.authorities,
  'interim-arrangements.json': datasets.interimArrangements,
  'instruments.json': datasets.instruments,
  'pending-developments.json': datasets.pendingDevelopments,
  'swedish-public-sector.json': datasets.swedishProvisions,
};
const out = process.argv[2];
if (!out) throw new Error('usage: parse-legal-data.ts <folder>');
mkdirSync(out, { recursive: true });
for (const [file, parsed] of Object.entries(byFile)) {
  const text = JSON.stringify(parsed);
  if (!isDeepStrictEqual(JSON.parse(text), parsed)) {
    console.error(`${file}: its parsed value does not survive JSON unchanged`);
    process.exit(1);
  }
  writeFileSync(join(out, file), text);
}
