import { describe, expect, it } from 'vitest';
import { assessmentCase } from '../../src/domain/case.js';
import type { Assessment } from '../../src/domain/verdict.js';
import { assessCase } from '../../src/engine/assess.js';
import { renderAssessment } from '../../src/engine/render.js';
import { validateCase } from '../../src/engine/validate-case.js';
import { assessmentScenarioFiles } from '../scenarios/assessment-scenarios.js';
import type { AssessmentScenario } from '../scenarios/scenario.js';

/**
 * Every text the answer gives a lawyer, over every legal scenario, in both languages: no sentence left
 * broken (an empty piece leaves "  " or " ." behind), nothing unfilled ("undefined", "()"), and the Swedish
 * answer in Swedish: each warning and assumption says something other than its English.
 */

const all = assessmentScenarioFiles;

const cases = all
  .filter(
    (s): s is AssessmentScenario =>
      !('tia' in s.case) && !('refused' in s.expect) && (s as AssessmentScenario).lang !== 'sv',
  )
  .map((s) => {
    const parsed = assessmentCase.safeParse({
      asOf: s.asOf,
      parties: s.case.parties.map((p) => ({ name: p.id.toUpperCase(), ...p })),
      flows: s.case.flows.map((f, i) => ({ id: `f${i + 1}`, ...f })),
    });
    return { name: s.name, input: parsed.success ? parsed.data : undefined, asOf: s.asOf };
  })
  .filter((c) => c.input !== undefined && validateCase(c.input, c.asOf).length === 0);

/** Each text of an answer meant to be read, with where it is. */
function textsOf(a: Assessment): [string, string][] {
  const out: [string, string][] = [];
  for (const f of a.flows) {
    for (const w of f.warnings) out.push([`${f.id} warning ${w.code}`, w.message]);
    for (const s of f.trail) {
      out.push([`${f.id} step ${s.id} question`, s.question]);
      out.push([`${f.id} step ${s.id} answer`, s.answer]);
      if (s.note) out.push([`${f.id} step ${s.id} note`, s.note]);
    }
    for (const q of f.openQuestions) out.push([`${f.id} open ${q.id}`, q.question]);
    if (f.adequacy) {
      out.push([`${f.id} adequacy reason`, f.adequacy.reason]);
      out.push([`${f.id} adequacy title`, f.adequacy.title]);
      for (const c of f.adequacy.conditionsToConfirm) out.push([`${f.id} condition ${c.id}`, c.text]);
    }
    for (const c of f.scc?.choices ?? []) out.push([`${f.id} SCC choice ${c.id}`, c.text]);
  }
  for (const x of a.assumptions) out.push([`assumption ${x.code}`, x.message]);
  return out;
}

/** Phrases of the engine's English texts that a Swedish answer must not hold, and the other way round. */
const english = [
  'Legal review is needed',
  'confirm them',
  'does not cover the following',
  'answer the question in the wizard',
  'The importer',
  'The exporter',
  'The recipient',
  'If the decision fell',
  'Not fully confirmed',
  'The answer rests on',
];
const swedish = [
  'Juridisk granskning',
  'bekräfta det',
  'Besvara frågan',
  'besvara frågan',
  'Dataimportören',
  'Dataexportören',
  'Mottagaren',
  'Om beslutet föll',
  'Inte helt bekräftat',
  'Svaret bygger på',
];

const broken = [/ {2}/, / [.,;:)]/, /\( /, /\(\)/, /undefined/, /\bnull\b/, /Stryker/, /\.\./, /^\s|\s$/];

describe('the texts of every scenario are whole, in English and in Swedish', () => {
  it('covers the scenarios', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const verdicts = assessCase(c.input!, c.asOf);
    const en = renderAssessment(verdicts, 'en');
    const sv = renderAssessment(verdicts, 'sv');
    for (const [where, text] of [...textsOf(en), ...textsOf(sv)]) {
      expect(text.length, where).toBeGreaterThan(0);
      for (const bad of broken) expect(text, where).not.toMatch(bad);
    }
    for (const [where, text] of textsOf(en)) for (const p of swedish) expect(text, where).not.toContain(p);
    for (const [where, text] of textsOf(sv)) for (const p of english) expect(text, where).not.toContain(p);
    // The Swedish answer is not the English one: each warning and assumption is said in its own language.
    en.flows.forEach((f, i) => {
      f.warnings.forEach((w, k) => {
        const other = sv.flows[i]!.warnings[k]!;
        expect(other.code).toBe(w.code);
        expect(other.message, `${f.id} warning ${w.code}`).not.toBe(w.message);
      });
    });
    en.assumptions.forEach((x, k) => {
      expect(sv.assumptions[k]!.message, `assumption ${x.code}`).not.toBe(x.message);
    });
  });
});
