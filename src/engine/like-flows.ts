import type { IndexedFlow } from './case-facts.js';

/**
 * Like flows are assessed once: the group's verdict is written with the flow's index marked in its
 * paths, and each flow's own verdict is a copy with the mark replaced.
 */

/** Stands for the flow's index in the paths of a group's verdict: `flows[\uE000].hrData`. */
export const flowIndexMark = '\uE000';

/** Where in a verdict the mark occurs: `true` for a string holding it, else the keys leading to one. */
export type Places = true | Map<string | number, Places>;

/**
 * Found once per object: the group's verdict is looked at again for each of its flows, and the legal
 * data it holds (decisions, law profiles, questions) for every verdict that holds them. Nothing changes
 * an engine result once it is returned, and the mark is only ever put in by the engine.
 */
let placesFound = new WeakMap<object, Places | null>();
/** Mutation testing only (test/mutation-setup.ts): forget the places found, so each test looks afresh. */
// Stryker disable next-line all: mutation-testing machinery
export function forgetMarkedPlaces(): void {
  // Stryker disable next-line all: mutation-testing machinery
  placesFound = new WeakMap();
}

export function markedPlaces(value: unknown): Places | undefined {
  if (typeof value === 'string') return value.includes(flowIndexMark) ? true : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const known = placesFound.get(value);
  if (known !== undefined) return known ?? undefined;
  const found = new Map<string | number, Places>();
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const places = markedPlaces(item);
    if (places) found.set(key, places);
  }
  const result = found.size > 0 ? found : undefined;
  placesFound.set(value, result ?? null);
  return result;
}

/** A copy of `value` with the mark replaced by `index` at `places`; everything else is shared. */
export function relabel(value: unknown, places: Places, index: string): unknown {
  if (places === true) return (value as string).replaceAll(flowIndexMark, index);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  for (const [key, inner] of places) copy[key] = relabel(copy[key], inner, index);
  return copy;
}

/** The flow as its group's verdict is written: the path marked, the id left for `flowVerdict`. */
export function likeFlow(f: IndexedFlow, marked: boolean): IndexedFlow {
  return marked ? { flow: { ...f.flow, id: '' }, index: -1, path: `flows[${flowIndexMark}]` } : f;
}
