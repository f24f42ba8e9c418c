import { nameKeys } from './normalise.js';
import type { DpfEntry } from './schema.js';

/**
 * An in-memory index over the participant list, built once: every name and other name is reduced to
 * words and keys (see normalise.ts), so a query costs a few map look-ups and a binary search instead of
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
  core: string[];
  fullKey: string;
  coreKey: string;
  legalForm: string;
  other: boolean;
}

/** The index words a query word reaches: their postings, each with the weight of the match. */
type Expansion = Array<{ postings: number[]; weight: number }>;

/** Weights of a query word against a name word. */
const EXACT = 1;
const FUZZY = 0.7;
/** Prefix weight grows with the share of the word typed: "acm" for "acme" weighs more than "ac". */
const prefixWeight = (typed: number, full: number) => 0.5 + 0.4 * (typed / full);

/** A prefix of one letter would touch most of the list; two letters are the least that narrows it. */
const MIN_PREFIX = 2;
/** Typos are forgiven in words of this length and longer, one edit each. */
const MIN_FUZZY = 4;
/** Bound on the words a prefix expands to, so one short prefix cannot make a query slow. */
const MAX_PREFIX_EXPANSION = 400;
/** Below this a hit says too little to show: roughly, less than half the query was found. */
export const MIN_SCORE = 0.4;

export class DpfIndex {
  readonly entries: readonly DpfEntry[];
  private readonly names: IndexedName[] = [];
  private readonly byId = new Map<string, DpfEntry>();
  private readonly byFullKey = new Map<string, number[]>();
  private readonly byCoreKey = new Map<string, number[]>();
  /** Word → the names (indexes into `names`) that hold it in their core. */
  private readonly postings = new Map<string, number[]>();
  private readonly sortedWords: string[];
  /** Each word with one letter deleted → the words it came from (symmetric-delete typo matching). */
  private readonly deletions = new Map<string, string[]>();
  // Scratch space reused by every query, so a broad query allocates little.
  private readonly wordScore: Float64Array;
  private readonly total: Float64Array;
  /** How many query words a name holds. */
  private readonly found: Uint16Array;
  private readonly entryScore: Float64Array;
  private readonly entryName: Int32Array;

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
    this.found = new Uint16Array(this.names.length);
    this.entryScore = new Float64Array(entries.length);
    this.entryName = new Int32Array(entries.length);
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
    const matched: number[] = [];
    let wordsFound = 0;
    for (const word of words) {
      const expansion = this.expand(word);
      if (expansion.length === 0) continue;
      wordsFound += 1;
      matched.length = 0;
      for (const { postings, weight } of expansion) {
        for (const n of postings) {
          const current = this.wordScore[n]!;
          if (current === 0) matched.push(n);
          if (weight > current) this.wordScore[n] = weight;
        }
      }
      for (const n of matched) {
        if (this.found[n] === 0) touched.push(n);
        this.found[n]! += 1;
        this.total[n]! += this.wordScore[n]!;
        this.wordScore[n] = 0;
      }
    }
    // Names whose key equals the query's even though the words split differently ("AcmeCloud").
    const sameKey = new Set([
      ...(this.byCoreKey.get(keys.coreKey) ?? []),
      ...(this.byFullKey.get(keys.fullKey) ?? []),
    ]);
    for (const n of sameKey) {
      if (this.found[n] === 0) touched.push(n);
      this.found[n] = wordsFound;
    }
    // When some names hold every word found, only they are ranked: a name holding part of the query
    // cannot outrank them, and leaving the rest out keeps a query of common words fast.
    const complete = touched.some((n) => this.found[n] === wordsFound);
    const candidates = complete ? touched.filter((n) => this.found[n] === wordsFound) : touched;
    for (const n of touched) {
      if (complete && this.found[n] !== wordsFound) this.total[n] = 0;
      this.found[n] = 0;
    }

    // Each entry keeps the score of its best name.
    const entriesHit: number[] = [];
    for (const n of candidates) {
      const name = this.names[n]!;
      const score = this.scoreName(name, keys, this.total[n]!, words.length);
      this.total[n] = 0;
      if (score < MIN_SCORE) continue;
      const e = name.entry;
      if (this.entryScore[e] === 0) entriesHit.push(e);
      if (score > this.entryScore[e]!) {
        this.entryScore[e] = score;
        this.entryName[e] = n;
      }
    }

    const hits = this.topK(entriesHit, limit).map((e) => {
      const name = this.names[this.entryName[e]!]!;
      return {
        entry: this.entries[e]!,
        score: this.entryScore[e]!,
        matchedName: name.text,
        viaOtherName: name.other,
      };
    });
    for (const e of entriesHit) this.entryScore[e] = 0;
    return hits;
  }

  private scoreName(name: IndexedName, keys: ReturnType<typeof nameKeys>, found: number, queryWords: number) {
    let score: number;
    if (name.fullKey === keys.fullKey) score = 1;
    else if (name.coreKey === keys.coreKey) score = keys.legalForm && name.legalForm ? 0.96 : 0.98;
    else {
      // How much of the query was found, and how much of the name the query accounts for.
      const queryCoverage = found / queryWords;
      const nameCoverage = Math.min(1, found / name.core.length);
      score = 0.95 * (0.7 * queryCoverage + 0.3 * nameCoverage);
    }
    // A main name beats an other name of equal score: the list's own name is what users check.
    return name.other ? score - 0.005 : score;
  }

  /** The index words `word` reaches: itself, the words it begins, and words one typo away. */
  private expand(word: string): Expansion {
    const groups: Expansion = [];
    const add = (postings: number[] | undefined, weight: number) => {
      if (postings) groups.push({ postings, weight });
    };
    add(this.postings.get(word), EXACT);
    if (word.length >= MIN_PREFIX) {
      let i = lowerBound(this.sortedWords, word);
      const end = Math.min(this.sortedWords.length, i + MAX_PREFIX_EXPANSION);
      for (; i < end; i++) {
        const candidate = this.sortedWords[i]!;
        if (!candidate.startsWith(word)) break;
        if (candidate !== word)
          add(this.postings.get(candidate), prefixWeight(word.length, candidate.length));
      }
    }
    if (word.length >= MIN_FUZZY) {
      const candidates = new Set<string>(this.deletions.get(word));
      for (const variant of deletionsOf(word)) {
        if (this.postings.has(variant)) candidates.add(variant);
        for (const c of this.deletions.get(variant) ?? []) candidates.add(c);
      }
      for (const candidate of candidates) {
        // Words the prefix rule already reached keep their (higher) prefix weight.
        if (candidate !== word && !candidate.startsWith(word) && withinOneEdit(word, candidate)) {
          add(this.postings.get(candidate), FUZZY);
        }
      }
    }
    return groups;
  }

  /** Whether entry a ranks before entry b: higher score, then shorter name, then alphabetical. */
  private before(a: number, b: number): boolean {
    const sa = this.entryScore[a]!;
    const sb = this.entryScore[b]!;
    if (sa !== sb) return sa > sb;
    const na = this.entries[a]!.name;
    const nb = this.entries[b]!.name;
    if (na.length !== nb.length) return na.length < nb.length;
    return na < nb;
  }

  /** The best `k` entries in rank order, without sorting every hit of a broad query. */
  private topK(candidates: number[], k: number): number[] {
    const kept: number[] = [];
    for (const e of candidates) {
      if (kept.length === k && !this.before(e, kept[k - 1]!)) continue;
      let i = kept.length < k ? kept.length : k - 1;
      while (i > 0 && this.before(e, kept[i - 1]!)) i--;
      kept.splice(i, 0, e);
      if (kept.length > k) kept.pop();
    }
    return kept;
  }

  private addName(entry: number, text: string, other: boolean) {
    const { core, fullKey, coreKey, legalForm } = nameKeys(text);
    const n = this.names.length;
    this.names.push({ entry, text, core, fullKey, coreKey, legalForm, other });
    push(this.byFullKey, fullKey, n);
    push(this.byCoreKey, coreKey, n);
    for (const word of new Set(core)) push(this.postings, word, n);
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
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // A substitution at i, or a swap of i and i + 1.
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** a from index i equals b from index j, compared in place. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
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
