import { describe, expect, it } from 'vitest';
import { withOnwardLegs } from '../../src/tia/chain.js';
import { assessTia, renderTia, type TiaAnswers, type TiaResult } from '../../src/tia/index.js';
import { renderLawProfile, renderTiaSummary, renderTiaWithProfileRef } from '../../src/tia/render.js';

/**
 * The TIA in the language asked for: every text in Swedish or English, nothing else changed; the law
 * profile named once; the summary a list view shows.
 */

const asOf = '2026-11-26';
const backup: TiaAnswers = {
  circumstances: {
    purpose: 'Off-site backup',
    dataCategories: ['case notes', 'contact details'],
    processingChain: 'onward-transfers',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
  practicalExperience: { claimed: false },
};
const cn = assessTia(backup, { destination: 'CN', transferTool: 'scc', sccModule: 2, asOf });

describe('a TIA in one language', () => {
  it.each(['sv', 'en'] as const)('%s: every text in that language, every other value as it was', (lang) => {
    const r = renderTia(cn, lang);
    expect(r.conclusion?.text).toBe(cn.conclusion!.text[lang]);
    expect(r.conclusion?.finding).toBe(cn.conclusion!.finding[lang]);
    expect(r.conclusion?.cites).toEqual(cn.conclusion!.cites);
    expect(r.conclusion?.outcome).toBe('proceed-with-measures');
    expect(r.procedure).toEqual({ text: cn.procedure!.text[lang], cites: cn.procedure!.cites });
    expect(r.technical?.title).toBe(cn.technical!.title![lang]);
    expect(r.technical?.useCase).toBe(1);
    expect(r.technical?.decisive).toBe(true);
    expect(r.measures?.required[0]?.title).toBe(cn.measures!.required[0]!.title[lang]);
    expect(r.legalReview).toEqual(cn.legalReview.map((p) => p[lang]));
    expect(r.laws?.statements[0]?.text).toBe(cn.laws!.statements[0]!.text[lang]);
    expect(r.laws?.statements[0]?.sources).toEqual(cn.laws!.statements[0]!.sources);
    // The user's own words and lists stay as given.
    expect(r.circumstances).toEqual(cn.circumstances);
    expect(r.trail).toHaveLength(cn.trail.length);
    expect(r.reevaluateBy).toBe(cn.reevaluateBy);
    // No pair of languages is left anywhere.
    expect(JSON.stringify(r)).not.toMatch(/"en":/);
    expect(JSON.stringify(r)).not.toMatch(/"sv":/);
  });

  it('turns only a pair of two texts into one: an object with more, or with no texts, keeps its parts', () => {
    const odd = {
      ...cn,
      extra: { en: 'one', sv: 'ett', note: 'kept' },
      numbers: { en: 1, sv: 2 },
      onlyEnglishText: { en: 'a', sv: 2 },
      onlySwedishText: { en: 1, sv: 'b' },
      nothing: null,
      list: [{ en: 'a', sv: 'b' }, 3, null],
    } as unknown as TiaResult;
    const r = renderTia(odd, 'sv') as unknown as Record<string, unknown>;
    expect(r.extra).toEqual({ en: 'one', sv: 'ett', note: 'kept' });
    expect(r.numbers).toEqual({ en: 1, sv: 2 });
    expect(r.onlyEnglishText).toEqual({ en: 'a', sv: 2 });
    expect(r.onlySwedishText).toEqual({ en: 1, sv: 'b' });
    expect(r.nothing).toBeNull();
    expect(r.list).toEqual(['b', 3, null]);
  });

  it('names the law profile by id and leaves its statements to the assessment’s own list', () => {
    const r = renderTiaWithProfileRef(cn, 'sv') as {
      laws: { profile: string; unconfirmed: string[]; guarantees: unknown };
      conclusion: { text: string };
    };
    expect(r.laws.profile).toBe('cn');
    expect(r.laws).not.toHaveProperty('statements');
    expect(r.laws.unconfirmed).toEqual(cn.laws!.unconfirmed);
    expect(r.laws.guarantees).toEqual(cn.laws!.guarantees);
    expect(r.conclusion.text).toBe(cn.conclusion!.text.sv);
    const profile = renderLawProfile(cn.laws!, 'sv') as {
      id: string;
      title: string;
      statements: { text: string }[];
    };
    expect(profile.id).toBe('cn');
    expect(profile.title).toBe(cn.laws!.profile.title.sv);
    expect(profile.statements).toHaveLength(cn.laws!.statements.length);
    expect(profile.statements[0]?.text).toBe(cn.laws!.statements[0]!.text.sv);
    // Without laws (no TIA needed) the result is the plain one-language TIA.
    const none = assessTia({}, { destination: 'JP', transferTool: 'adequacy', asOf });
    expect(renderTiaWithProfileRef(none, 'en')).toEqual(renderTia(none, 'en'));
  });
});

describe('the TIA in brief (?detail=summary)', () => {
  it('complete: the outcome, the conclusion in the language asked for, the re-evaluation date', () => {
    expect(renderTiaSummary(cn, 'sv')).toEqual({
      status: 'complete',
      destination: { code: 'CN', profile: 'cn' },
      conclusion: { outcome: 'proceed-with-measures', text: cn.conclusion!.text.sv },
      reevaluateBy: '2027-11-26',
    });
  });

  it('open: the questions left, by id and field', () => {
    const open = assessTia({}, { destination: 'CN', transferTool: 'scc', sccModule: 2, asOf });
    const s = renderTiaSummary(open, 'en');
    expect(s.status).toBe('open');
    expect(s.openQuestions).toEqual(open.openQuestions!.map((q) => ({ id: q.id, field: q.field })));
    expect(s).not.toHaveProperty('conclusion');
    expect(s).not.toHaveProperty('reevaluateBy');
  });

  it('not needed: the reason’s code only', () => {
    const none = assessTia({}, { destination: 'JP', transferTool: 'adequacy', asOf });
    expect(renderTiaSummary(none, 'en')).toEqual({
      status: 'not-needed',
      destination: { code: 'JP', profile: 'generic' },
      reasonNotNeeded: 'adequacy',
    });
  });

  it('with onward legs: each leg’s flow, status and, once assessed, outcome', () => {
    const chained = withOnwardLegs(
      cn,
      [
        { flow: 'f2', path: 'flows[1]', destination: 'RU', answers: backup },
        { flow: 'f3', path: 'flows[2]', destination: 'IN', answers: undefined },
      ],
      { sccModule: 2, asOf },
    );
    expect(renderTiaSummary(chained, 'en').chain).toEqual([
      { flow: 'f2', status: 'complete', outcome: 'proceed-with-measures' },
      { flow: 'f3', status: 'open' },
    ]);
  });
});
