import { describe, expect, it } from 'vitest';
import { assessmentCase } from '../../src/domain/case.js';
import { assessCase } from '../../src/engine/assess.js';
import { renderAssessment } from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';
import { assessmentScenarioFiles } from '../scenarios/assessment-scenarios.js';

/**
 * Which warnings send the case to legal review, and which are said for information only: a lawyer reads
 * the review flags first, so a flag lost is a point nobody checks, and a flag on a routine note is a flag
 * nobody reads (issue 11). Each code's flag, as given over every legal scenario.
 */

const forReview: Record<string, boolean> = {
  // Point for legal review: the answer cannot settle it.
  'collected-by-processor-abroad': true,
  'derogations-processor-exporter': true,
  'dpf-exit': true,
  'eea-incorporation-unknown': true,
  'gdpr-not-yet-in-eea-efta': true,
  'importer-international-organisation': true,
  'importer-staff-elsewhere': true,
  'importer-subject-to-gdpr': true,
  'interim-arrangement': true,
  'interim-arrangement-unsettled': true,
  'joint-controllers-module1': true,
  'scc-2021-not-yet-applicable': true,
  'tia-destination-unknown': true,
  'tia-do-not-transfer': true,
  'unconfirmed-legal-fact': true,
  // Said for information: what the footing requires, or a safe default stated.
  'adequacy-conditions': false,
  'alternative-conditions': false,
  'art28-met-by-scc': false,
  'derogation-conditions': false,
  'derogations-restrictive': false,
  'dpf-non-profit': false,
  'dpf-sample-list': false,
  'earlier-scc-transition': false,
  'open-question': false,
  'osl-outsourcing': false,
  'processing-outside-eea': false,
  'special-categories': false,
  'tia-open': false,
};

/** Codes whose flag depends on the case (tested with their own scenarios). */
const dependsOnCase = ['onward-transfer', 'supervisory-authority-to-name'];

const all = assessmentScenarioFiles;

/**
 * Each code's flags as given over every scenario. Assessed inside the test, not when the file loads, so
 * that a mutation run's per-test coverage credits the engine's code to this test (test/MUTATION.md).
 */
function flagsSeen() {
  const seen = new Map<string, Set<boolean>>();
  for (const s of all) {
    if ('tia' in s.case || 'refused' in s.expect) continue;
    const parsed = assessmentCase.safeParse({
      asOf: s.asOf,
      parties: s.case.parties.map((p) => ({ name: p.id.toUpperCase(), ...p })),
      flows: s.case.flows.map((f, i) => ({ id: `f${i + 1}`, ...f })),
    });
    if (!parsed.success || validateCase(parsed.data, s.asOf).length > 0) continue;
    for (const f of renderAssessment(assessCase(parsed.data, s.asOf), 'en').flows)
      for (const w of f.warnings) {
        if (!seen.has(w.code)) seen.set(w.code, new Set());
        seen.get(w.code)!.add(w.review === true);
        // Never `review: false` written out: a flag is there or not.
        expect(w.review, w.code).not.toBe(false);
      }
  }
  return seen;
}

describe('which warnings go to legal review', () => {
  it('each code has the flag of the table, and every warning the scenarios give is in it', () => {
    const seen = flagsSeen();
    for (const [code, flag] of Object.entries(forReview)) {
      expect.soft(seen.get(code), `${code} is given by some scenario`).toBeDefined();
      expect.soft([...(seen.get(code) ?? [])], `${code}: for review ${flag}`).toEqual([flag]);
    }
    const unknown = [...seen.keys()].filter((c) => !(c in forReview) && !dependsOnCase.includes(c));
    expect(unknown).toEqual([]);
  });
});
