/** One line of the benchmark table. Figures compared against each other come from the same run. */
export interface BenchRow {
  /** What was measured, e.g. "dpf search, 10,000 entries". */
  name: string;
  /** The measured figure and its unit, e.g. { value: 0.04, unit: 'ms median' }. */
  value: number;
  unit: string;
  /** Further figures of the same measurement, e.g. { p99: 0.09 }. */
  extra?: Record<string, number>;
  /** The target this figure is held against, and whether it was met. */
  target?: { text: string; met: boolean };
  /** The baseline measured in the same run and the ratio figure / baseline. */
  ratio?: { against: string; value: number };
}

/** A benchmark module exports `run`; bench/run.ts runs every module and prints one table. */
export type Benchmark = () => Promise<BenchRow[]>;

/** Median and percentile of a list of samples (milliseconds). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
