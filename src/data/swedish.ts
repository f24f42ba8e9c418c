import { swedishProvisions } from './datasets.js';
import { holdsAt } from './period.js';
import type { NationalProvision } from './schema.js';

/** The Swedish provision `id` as it applied on `asOf`, or undefined before it applied (or after it ended). */
export function swedishProvisionAt(id: string, asOf: string): NationalProvision | undefined {
  const found = swedishProvisions.records.find((p) => p.id === id);
  return found && holdsAt(found, asOf) ? found : undefined;
}
