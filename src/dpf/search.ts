import { nameKeys } from './normalise.js';
import type { DpfEntry } from './schema.js';

/**
 * An in-memory index over the participant list, built once: every name and other name is reduced to
 * tokens and keys (see normalise.ts), so a query costs a few map look-ups and a binary search instead of
 * a scan of the list.
 */

export interface DpfHit {
  entry: DpfEntry;
  /** 0..1; 1 is the same name with the same legal form. */
  score: number;
  /** The name or other name that matched best. */
  matchedName: string;
  /** The match was on one of the entry's other names, not its main name. */
  viaOtherName: boolean;
}

interface IndexedName {
  entry: number;
  text: string;
  tokens: string[];
  core: string[];
  fullKey: string;
  coreKey: string;
  legalForm: string;
  other: boolean;
}

/** Weights of a query word against a name word. */
const EXACT = 1;
const FUZZY = 0.7;
/** Prefix weight grows with the share of the word typed: "acm" for "acme" weighs more than "a". */
const prefixWeight = (typed: number, full: number) => 0.5 + 0.4 * (typed / full);

/** A prefix of one letter would touch most of the list; two letters are the least that narrows it. */
const MIN_PREFIX = 2;
/** Typos are forgiven in words of this length and longer, one edit each. */
const MIN_FUZZY = 4;
/** Bound on the words a prefix expands to, so one short prefix cannot make a query slow. */
const MAX_PREFIX_EXPANSION = 400;
/** Below this a hit says too little to show. */
export const MIN_SCORE = 0.3;

export class DpfIndex {
  readonly entries: readonly DpfEntry[];
  private readonly names: IndexedName[] = [];
  private readonly byId = new Map<string, DpfEntry>();
  private readonly byFullKey = new Map<string, number[]>();
  private readonly byCoreKey = new Map<string, number[]>();
  /** Word → the names (indexes into `names`) that contain it in their core. */
  private readonly postings = new Map<string, number[]>();
  private readonly sortedWords: string[];
  /** Each word with one letter deleted → the words it came from (symmetric-delete typo matching). */
  private readonly deletions = new Map<string, string[]>();
  /** Scratch space reused by every query: a name's best weight for the current query word. */
  private readonly wordScore: Float64Array;
  private readonly total: Float64Array;

  constructor(entries: readonly DpfEntry[]) {
    this.entries = entries;
    entries.forEach((entry, index) => {
      this.byId.set(entry.id, entry);
      this.addName(index, entry.name, false);
      for (const other of entry.otherNames) this.addName(index, other, true);
    });
    this.sortedWords = [...this.postings.keys()].sort();
    for (const word of this.sortedWords) {
      if (word.length < MIN_FUZZY) continue;
      for (const variant of deletionsOf(word)) push(this.deletions, variant, word);
    }
    this.wordScore = new Float64Array(this.names.length);
    this.total = new Float64Array(this.names.length);
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): DpfEntry | undefined {
    return this.byId.get(id);
  }

  /** Entries with a name (or other name) that is the same name with the same legal form. */
  withSameName(name: string): DpfHit[] {
    return this.exact(this.byFullKey, nameKeys(name).fullKey);
  }

  /** Entries with a name (or other name) that is the same apart from the legal form. */
  withSameCore(name: string): DpfHit[] {
    return this.exact(this.byCoreKey, nameKeys(name).coreKey);
  }

  /** Ranked matches for a query, best first. */
  search(query: string, limit = 10): DpfHit[] {
    const keys = nameKeys(query);
    const words = keys.core;
    if (words.length === 0 || limit <= 0) return [];
    const touched: number[] = [];
    const seen = new Set<number>();
    for (const word of words) {
      const matched: number[] = [];
      this.scoreWord(word, matched);
      for (const n of matched) {
        if (!seen.has(n)) {
          seen.add(n);
          touched.push(n);
        }
        this.total[n]! += this.wordScore[n]!;
        this.wordScore[n] = 0;
      }
    }
    // Names whose key equals the query's even though the words split differently ("AcmeCloud").
    for (const n of [
      ...(this.byCoreKey.get(keys.coreKey) ?? []),
      ...(this.byFullKey.get(keys.fullKey) ?? []),
    ]) {
      if (!seen.has(n)) {
        seen.add(n);
        touched.push(n);
      }
    }

    const best = new Map<number, DpfHit>();
    for (const n of touched) {
      const name = this.names[n]!;
      const sum = this.total[n]!;
      this.total[n] = 0;
      let score: number;
      if (name.fullKey === keys.fullKey) score = 1;
      else if (name.coreKey === keys.coreKey) score = keys.legalForm && name.legalForm ? 0.96 : 0.98;
      else {
        // How much of the query was found, and how much of the name the query accounts for.
        const queryCoverage = sum / words.length;
        const nameCoverage = Math.min(1, sum / name.core.length);
        score = 0.95 * (0.7 * queryCoverage + 0.3 * nameCoverage);
      }
      // A main name beats an other name of equal score: the list's own name is what users check.
      if (name.other) score -= 0.005;
      if (score < MIN_SCORE) continue;
      const previous = best.get(name.entry);
      if (!previous || score > previous.score) {
        best.set(name.entry, {
          entry: this.entries[name.entry]!,
          score: Math.max(0, Math.min(1, score)),
          matchedName: name.text,
          viaOtherName: name.other,
        });
      }
    }
    return topK([...best.values()], limit);
  }

  private addName(entry: number, text: string, other: boolean) {
    const keys = nameKeys(text);
    const n = this.names.length;
    this.names.push({ entry, text, ...keys, other });
    push(this.byFullKey, keys.fullKey, n);
    push(this.byCoreKey, keys.coreKey, n);
    for (const word of new Set(keys.core)) push(this.postings, word, n);
  }

  /** Sets `wordScore[n]` to the best weight of `word` against name n; lists the names touched. */
  private scoreWord(word: string, matched: number[]) {
    const credit = (postings: number[] | undefined, weight: number) => {
      if (!postings) return;
      for (const n of postings) {
        const current = this.wordScore[n]!;
        if (current === 0) matched.push(n);
        if (weight > current) this.wordScore[n] = weight;
      }
    };
    credit(this.postings.get(word), EXACT);
    if (word.length >= MIN_PREFIX) {
      let i = lowerBound(this.sortedWords, word);
      const end = Math.min(this.sortedWords.length, i + MAX_PREFIX_EXPANSION);
      for (; i < end; i++) {
        const candidate = this.sortedWords[i]!;
        if (!candidate.startsWith(word)) break;
        if (candidate !== word)
          credit(this.postings.get(candidate), prefixWeight(word.length, candidate.length));
      }
    }
    if (word.length >= MIN_FUZZY) {
      const candidates = new Set<string>(this.deletions.get(word) ?? []);
      for (const variant of deletionsOf(word)) {
        if (this.postings.has(variant)) candidates.add(variant);
        for (const c of this.deletions.get(variant) ?? []) candidates.add(c);
      }
      for (const candidate of candidates) {
        if (candidate !== word && withinOneEdit(word, candidate)) credit(this.postings.get(candidate), FUZZY);
      }
    }
  }

  private exact(map: Map<string, number[]>, key: string): DpfHit[] {
    const hits = new Map<number, DpfHit>();
    for (const n of map.get(key) ?? []) {
      const name = this.names[n]!;
      const previous = hits.get(name.entry);
      if (!previous || (previous.viaOtherName && !name.other)) {
        hits.set(name.entry, {
          entry: this.entries[name.entry]!,
          score: 1,
          matchedName: name.text,
          viaOtherName: name.other,
        });
      }
    }
    return [...hits.values()];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** One substitution, insertion, deletion or swap of neighbours at most (optimal string alignment). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ranks = (a: DpfHit, b: DpfHit) =>
  b.score - a.score || a.entry.name.length - b.entry.name.length || (a.entry.name < b.entry.name ? -1 : 1);

/** The best `k` hits in rank order, without sorting every hit of a broad query. */
function topK(hits: DpfHit[], k: number): DpfHit[] {
  if (hits.length <= k) return hits.sort(ranks);
  const kept: DpfHit[] = [];
  for (const hit of hits) {
    if (kept.length === k && ranks(hit, kept[k - 1]!) >= 0) continue;
    let i = kept.length < k ? kept.length : k - 1;
    while (i > 0 && ranks(hit, kept[i - 1]!) < 0) i--;
    kept.splice(i, 0, hit);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
