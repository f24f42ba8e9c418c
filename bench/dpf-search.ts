import { performance } from 'node:perf_hooks';
import { matchOrganisation } from '../src/dpf/match.js';
import { nameKeys } from '../src/dpf/normalise.js';
import type { DpfEntry } from '../src/dpf/schema.js';
import { DpfIndex } from '../src/dpf/search.js';
import { type Benchmark, type BenchRow, percentile } from './types.js';

/**
 * Search over a generated list of 10,000 participants (invented names built from word lists), with a
 * mix of queries as people type them: full names, names without legal form, other names, prefixes,
 * typos and names not on the list. The baseline is a plain scan of every name in the same run.
 */

const ENTRIES = 10_000;
const QUERIES = 2_000;
const ROUNDS = 3;

const first = [
  'Acme',
  'Blue',
  'North',
  'Silver',
  'Granite',
  'Harbor',
  'Lumen',
  'Vector',
  'Cedar',
  'Quartz',
  'Summit',
  'Orbit',
  'Pioneer',
  'Meadow',
  'Atlas',
  'Beacon',
  'Copper',
  'Delta',
  'Ember',
  'Falcon',
  'Glacier',
  'Horizon',
  'Ivory',
  'Juniper',
  'Keystone',
  'Lattice',
  'Maple',
  'Nimbus',
  'Oak',
  'Prairie',
  'Quill',
  'Raven',
  'Sable',
  'Tundra',
  'Umber',
  'Vale',
  'Willow',
  'Xenon',
  'Yarrow',
  'Zephyr',
  'Ártvik',
  'Ñandú',
  'Østby',
  'Müller',
];
const second = [
  'Data',
  'Cloud',
  'Analytics',
  'Software',
  'Systems',
  'Health',
  'Payroll',
  'Logistics',
  'Media',
  'Labs',
  'Networks',
  'Security',
  'Payments',
  'Learning',
  'Robotics',
  'Mail',
  'Hosting',
  'Insights',
  'Travel',
  'Energy',
  'Foods',
  'Capital',
  'Design',
  'Devices',
  'Mobility',
  'Research',
  'Studios',
  'Telecom',
  'Ventures',
  'Works',
];
const third = [
  '',
  '',
  '',
  'Group',
  'Partners',
  'International',
  'Solutions',
  'Services',
  'Technologies',
  'Holdings',
];
const forms = ['Inc.', 'LLC', 'Corp.', 'Corporation', 'Ltd', 'L.P.', 'Co.', 'Incorporated', 'GmbH', ''];

/** A small deterministic generator, so every run measures the same list and queries. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateEntries(count: number, seed = 1): DpfEntry[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const entries: DpfEntry[] = [];
  const used = new Set<string>();
  while (entries.length < count) {
    const words = [pick(first), pick(second), pick(third)].filter(Boolean);
    // A number keeps generated names distinct once the word combinations run out.
    if (next() < 0.6) words.push(String(Math.floor(next() * 900) + 100));
    const name = `${words.join(' ')}${pick(forms) ? ` ${pick(forms)}` : ''}`.trim();
    const key = nameKeys(name).fullKey;
    if (used.has(key)) continue;
    used.add(key);
    const status = next() < 0.85 ? 'active' : 'inactive';
    entries.push({
      id: `e${entries.length}`,
      name,
      otherNames: next() < 0.2 ? [`${pick(first)} ${pick(second)} ${entries.length}`] : [],
      frameworks: {
        euUs: status,
        ukExtension: next() < 0.5 ? status : 'none',
        swissUs: next() < 0.3 ? status : 'none',
      },
      hrData: next() < 0.4,
      nonHrData: true,
    });
  }
  return entries;
}

function typo(word: string, next: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(next() * (word.length - 2));
  return word.slice(0, i) + word.slice(i + 1);
}

export function generateQueries(entries: DpfEntry[], count: number, seed = 2): string[] {
  const next = random(seed);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry = entries[Math.floor(next() * entries.length)]!;
    const core = nameKeys(entry.name).core.join(' ');
    switch (i % 6) {
      case 0:
        queries.push(entry.name);
        break;
      case 1:
        queries.push(core.toUpperCase());
        break;
      case 2:
        queries.push(entry.name.split(' ').slice(0, 2).join(' '));
        break;
      case 3:
        queries.push(
          core
            .split(' ')
            .map((w) => typo(w, next))
            .join(' '),
        );
        break;
      case 4:
        queries.push(core.slice(0, Math.max(3, Math.floor(core.length / 2))));
        break;
      default:
        queries.push(`Nonexistent Example ${i} Holdings LLC`);
    }
  }
  return queries;
}

function time(queries: string[], run: (q: string) => unknown): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const start = performance.now();
      run(q);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export const run: Benchmark = async () => {
  const entries = generateEntries(ENTRIES);
  const queries = generateQueries(entries, QUERIES);

  const buildStart = performance.now();
  const index = new DpfIndex(entries);
  const buildMs = performance.now() - buildStart;

  // Baseline: what a search without an index costs, every name compared with the query's words.
  const names = entries.flatMap((e) =>
    [e.name, ...e.otherNames].map((n) => ({ e, core: nameKeys(n).core.join(' ') })),
  );
  const scan = (q: string) => {
    const words = nameKeys(q).core;
    return names.filter((n) => words.every((w) => n.core.includes(w))).slice(0, 10);
  };

  // Warm-up lets the JIT settle before anything is timed.
  for (const q of queries.slice(0, 500)) {
    index.search(q, 10);
    scan(q);
    matchOrganisation(index, q);
  }
  const searchSamples = time(queries, (q) => index.search(q, 10));
  const matchSamples = time(queries, (q) => matchOrganisation(index, q));
  const scanSamples = time(queries.slice(0, 300), scan);

  const median = percentile(searchSamples, 50);
  const scanMedian = percentile(scanSamples, 50);
  const rows: BenchRow[] = [
    {
      name: `dpf search, ${ENTRIES.toLocaleString('en')} entries`,
      value: median,
      unit: 'ms median',
      extra: { p99: percentile(searchSamples, 99), max: Math.max(...searchSamples), indexBuildMs: buildMs },
      target: { text: 'median well under 1 ms (< 0.25 ms)', met: median < 0.25 },
      ratio: { against: 'linear scan', value: median / scanMedian },
    },
    {
      name: `dpf engine name match, ${ENTRIES.toLocaleString('en')} entries`,
      value: percentile(matchSamples, 50),
      unit: 'ms median',
      extra: { p99: percentile(matchSamples, 99) },
    },
    {
      name: `dpf linear scan (baseline), ${ENTRIES.toLocaleString('en')} entries`,
      value: scanMedian,
      unit: 'ms median',
      extra: { p99: percentile(scanSamples, 99) },
    },
  ];
  return rows;
};
