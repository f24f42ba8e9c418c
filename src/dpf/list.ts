import raw from '../../data/dpf/list.json' with { type: 'json' };
import { type DpfEntry, type DpfListMeta, dpfListFile } from './schema.js';
import { type DpfHit, DpfIndex } from './search.js';

/**
 * The participant list the service answers from: `data/dpf/list.json`, imported statically so the same
 * code runs on Node and on Workers (no file system), validated and indexed once when the module loads.
 */
export interface LoadedDpfList {
  meta: DpfListMeta;
  index: DpfIndex;
}

export function loadDpfList(file: unknown): LoadedDpfList {
  const { meta, entries } = dpfListFile.parse(file);
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`DPF list: the id ${entry.id} occurs twice`);
    ids.add(entry.id);
  }
  return { meta, index: new DpfIndex(entries) };
}

const loaded = loadDpfList(raw);

/** The loaded list: its header and its index. */
export function dpfList(): LoadedDpfList {
  return loaded;
}

export function dpfListMeta(): DpfListMeta {
  return loaded.meta;
}

/** Ranked matches for `q` in the loaded list, best first; `limit` caps the number. */
export function searchDpf(q: string, limit = 10): DpfHit[] {
  return loaded.index.search(q, limit);
}

export function getDpfEntry(id: string): DpfEntry | undefined {
  return loaded.index.get(id);
}
