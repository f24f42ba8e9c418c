import { addDays } from './dates.js';

/**
 * A "what if the law changes" scenario: a change to the data the engine reads, never to its rules. The
 * engine is run again as usual while a scenario is in effect, and the data modules answer as if:
 * - `adequacyEnded`: the decision had ended from `from` (its last day in force is the day before);
 * - `dpfInactive`: the DPF participant (a party's name as in the case, or a list entry id) were no
 *   longer active in the EU-U.S. DPF from `from`.
 */
export interface DataScenario {
  name?: string;
  adequacyEnded?: readonly { decision: string; from: string }[];
  dpfInactive?: readonly { name?: string; id?: string; from: string }[];
}

// The engine is synchronous, so a scenario set for the length of one synchronous call cannot leak into
// another request: nothing else runs until `withScenario` returns.
let active: DataScenario | undefined;

/** Runs `run` (synchronous) with the data changed as `scenario` says; the data are back as they were after. */
export function withScenario<T>(scenario: DataScenario | undefined, run: () => T): T {
  const previous = active;
  active = scenario;
  try {
    const result = run();
    if (result instanceof Promise) throw new Error('withScenario takes a synchronous function');
    return result;
  } finally {
    active = previous;
  }
}

/** Whether a scenario is in effect: what the data answer then is not the data's own. */
export function scenarioInEffect(): boolean {
  return active !== undefined;
}

/** The last day a decision is in force under the scenario, if the scenario ends it. */
export function scenarioAdequacyLastDay(decisionId: string): string | undefined {
  let last: string | undefined;
  for (const ended of active?.adequacyEnded ?? []) {
    if (ended.decision !== decisionId) continue;
    const day = addDays(ended.from, -1);
    if (last === undefined || day < last) last = day;
  }
  return last;
}

/** Whether the scenario treats an organisation as inactive in the EU-U.S. DPF on `asOf`. */
export function scenarioDpfInactive(who: { name: string; entryId?: string }, asOf: string): boolean {
  const name = who.name.trim().toLowerCase();
  return (active?.dpfInactive ?? []).some(
    (item) =>
      item.from <= asOf &&
      ((item.id !== undefined && item.id === who.entryId) ||
        (item.name !== undefined && item.name.trim().toLowerCase() === name)),
  );
}
