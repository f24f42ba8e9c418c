import type { EngineAssumption, EngineCaseAssumption } from './types.js';

/**
 * The case's assumptions: each flow's, said once. Flows that assume the same thing (same code, same
 * text) share one entry that names them in the case's order, with `fields[i]` the field that settles it
 * for `flows[i]` (two flows to one importer name the same field).
 */
export function caseAssumptions(
  flows: readonly { id: string; assumptions: readonly EngineAssumption[] }[],
): EngineCaseAssumption[] {
  const byKey = new Map<string, EngineCaseAssumption>();
  for (const flow of flows) {
    for (const assumption of flow.assumptions) {
      const key = `${assumption.code}\u0000${assumption.message.en}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { code: assumption.code, message: assumption.message, flows: [], fields: [] };
        byKey.set(key, entry);
      }
      if (entry.flows.includes(flow.id)) continue;
      entry.flows.push(flow.id);
      entry.fields.push(assumption.field);
    }
  }
  return [...byKey.values()];
}
