import { pendingDevelopments } from './datasets.js';
import { heldAt } from './period.js';
import type { PendingDevelopment } from './schema.js';

/** The developments pending on `asOf` against the adequacy decision `decisionId`, oldest first. */
export function pendingAgainst(decisionId: string, asOf: string): PendingDevelopment[] {
  return heldAt(pendingDevelopments.records, asOf)
    .filter((d) => d.decisions.includes(decisionId))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export function allPendingDevelopments(): readonly PendingDevelopment[] {
  return pendingDevelopments.records;
}
