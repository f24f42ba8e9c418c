import { nameKeys } from './normalise.js';
import type { DpfHit, DpfIndex } from './search.js';

/**
 * Finds the one list entry an organisation's name stands for, or says why it cannot. A name is taken as
 * a confident match only when it is the list's name (or other name) of exactly one entry, with the same
 * legal form or with none given; everything less is uncertain, and no adequacy may rest on it.
 */
export type DpfMatch =
  /** `similar`: other entries whose name differs only in legal form, worth a look by the reader. */
  | { kind: 'confident'; hit: DpfHit; similar: DpfHit[] }
  /** Several entries carry the name. */
  | { kind: 'ambiguous'; candidates: DpfHit[] }
  /** Entries with a similar name, or the same name under another legal form. */
  | { kind: 'weak'; candidates: DpfHit[] }
  | { kind: 'none' };

/** Below this a search hit is not even offered as a candidate. */
export const WEAK_MATCH_MIN_SCORE = 0.5;
const MAX_CANDIDATES = 5;

export function matchOrganisation(index: DpfIndex, name: string): DpfMatch {
  const sameName = index.withSameName(name);
  const sameCore = index.withSameCore(name);
  if (sameName.length === 1) {
    const hit = sameName[0]!;
    return { kind: 'confident', hit, similar: sameCore.filter((h) => h.entry !== hit.entry) };
  }
  if (sameName.length > 1) return { kind: 'ambiguous', candidates: sameName.slice(0, MAX_CANDIDATES) };
  if (sameCore.length > 1) return { kind: 'ambiguous', candidates: sameCore.slice(0, MAX_CANDIDATES) };
  if (sameCore.length === 1) {
    const hit = sameCore[0]!;
    // "Acme" may mean "Acme Corporation"; "Acme LLC" is another legal person than "Acme Corporation".
    if (nameKeys(name).legalForm === '') return { kind: 'confident', hit, similar: [] };
    return { kind: 'weak', candidates: [hit] };
  }
  const candidates = index.search(name, MAX_CANDIDATES).filter((h) => h.score >= WEAK_MATCH_MIN_SCORE);
  return candidates.length > 0 ? { kind: 'weak', candidates } : { kind: 'none' };
}
