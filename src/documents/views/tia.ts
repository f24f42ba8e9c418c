import type { DocumentContext } from '../context.js';
import type { PlannedDocument } from '../render.js';

/** Placeholder until src/tia lands: no TIA report is planned yet. */
export function tiaPlans(
  _context: DocumentContext,
): (Omit<PlannedDocument, 'fileName'> & { parties: string[] })[] {
  return [];
}
