import { describe, expect, it } from 'vitest';
import { swedishProvisionAt } from '../../src/data/index.js';
import { assessTia, attachTia, attachTias, type TiaAnswers } from '../../src/tia/index.js';

/**
 * How a flow's verdict gets its TIA (src/tia/flow.ts): only where the verdict's obligations include one,
 * with the flow's own answers, the facts that make it weigh more, and a warning for every answer it could
 * not use, never dropping one silently.
 */

const asOf = '2026-11-26';
type Verdict = Parameters<typeof attachTia>[1];
const verdict = (over: Partial<Verdict> = {}): Verdict => ({
  obligations: ['scc', 'tia'],
  importer: { country: 'CN' },
  scc: { module: 2 },
  warnings: [],
  ...over,
});
const codes = (v: Verdict) => v.warnings.map((w) => w.code);

const backup: TiaAnswers = {
  circumstances: {
    processingChain: 'importer-only',
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
const inTheClear: TiaAnswers = {
  ...backup,
  circumstances: { ...backup.circumstances, format: 'clear', clearTextAccess: true },
};

describe('a flow’s TIA', () => {
  it('is not made where no TIA is an obligation; answers given anyway are reported as not used', () => {
    const v = verdict({ obligations: ['adequacy'] });
    attachTia({ tia: backup }, v, asOf, 'flows[0]');
    expect(v.tia).toBeUndefined();
    expect(v.warnings).toEqual([
      {
        code: 'tia-not-used',
        message: {
          en: 'The tia answers of this flow were not used: the flow needs no transfer impact assessment.',
          sv: 'Flödets tia-svar användes inte: flödet kräver ingen överföringsbedömning enligt klausul 14 (TIA).',
        },
      },
    ]);
    const quiet = verdict({ obligations: ['adequacy'] });
    attachTia({}, quiet, asOf, 'flows[0]');
    expect(quiet.warnings).toEqual([]);
  });

  it('cannot be made without the importer’s country or the SCC module, and says so for review', () => {
    for (const v of [
      verdict({ importer: undefined }),
      verdict({ importer: {} }),
      verdict({ scc: undefined }),
    ]) {
      attachTia({ tia: backup }, v, asOf, 'flows[0]');
      expect(v.tia).toBeUndefined();
      expect(v.warnings).toEqual([
        {
          code: 'tia-destination-unknown',
          message: {
            en: 'The transfer impact assessment needs the country of the importer; the case does not give it.',
            sv: 'Överföringsbedömningen enligt klausul 14 (TIA) kräver dataimportörens land; fallet anger det inte.',
          },
          review: true,
        },
      ]);
    }
  });

  it('is the assessment of the flow’s answers against the importer’s country, under the verdict’s module', () => {
    const v = verdict({ scc: { module: 3 } });
    attachTia({ tia: backup }, v, asOf, 'flows[0]');
    const alone = assessTia(backup, { destination: 'CN', transferTool: 'scc', sccModule: 3, asOf });
    expect(v.tia).toEqual(alone);
    expect(v.tia?.assessor.role).toBe('exporter-processor');
    expect(v.warnings).toEqual([]);
  });

  it('uses the destination given (the importer organisation’s country) over the recipient’s', () => {
    const v = verdict({ importer: { country: 'CN' } });
    attachTia({ tia: backup }, v, asOf, 'flows[0]', 'US');
    expect(v.tia?.destination).toEqual({ code: 'US', profile: 'us' });
  });

  it('open: names the first field to answer at the flow’s place in the case, in both languages', () => {
    const v = verdict();
    attachTia({}, v, asOf, 'flows[3]');
    expect(v.tia?.status).toBe('open');
    expect(v.tia?.openQuestions?.[0]?.field).toBe('flows[3].tia.circumstances.processingChain');
    expect(v.tia?.openQuestions?.every((q) => q.field.startsWith('flows[3].tia.'))).toBe(true);
    expect(v.warnings).toEqual([
      {
        code: 'tia-open',
        message: {
          en: 'The transfer impact assessment (Clause 14) is open: answer flows[3].tia.circumstances.processingChain first; see tia.openQuestions.',
          sv: 'Överföringsbedömningen enligt klausul 14 (TIA) är inte klar: besvara först flows[3].tia.circumstances.processingChain; se tia.openQuestions.',
        },
      },
    ]);
  });

  it('module 4: whether the data are combined is asked at the flow’s own field, and a flow’s answer is used', () => {
    const v = verdict({ scc: { module: 4 } });
    attachTia({}, v, asOf, 'flows[1]');
    expect(v.tia?.openQuestions?.[0]).toMatchObject({
      id: 'module4Combination',
      field: 'flows[1].combinesWithEuData',
    });
    const notCombined = verdict({ scc: { module: 4 } });
    attachTia({ combinesWithEuData: false }, notCombined, asOf, 'flows[1]');
    expect(notCombined.tia?.status).toBe('not-needed');
    expect(notCombined.tia?.reasonNotNeeded?.code).toBe('module4-no-combination');
    expect(notCombined.warnings).toEqual([]);
  });

  it('do not transfer: flagged for review', () => {
    const v = verdict();
    attachTia({ tia: inTheClear }, v, asOf, 'flows[0]');
    expect(v.tia?.conclusion?.outcome).toBe('do-not-transfer');
    expect(v.warnings).toEqual([
      {
        code: 'tia-do-not-transfer',
        message: {
          en: 'The transfer impact assessment concludes that the data must not be transferred (or the transfer must be suspended, Clause 16).',
          sv: 'Överföringsbedömningen enligt klausul 14 (TIA) kommer fram till att uppgifterna inte får föras över (eller att överföringen ska avbrytas, klausul 16).',
        },
        review: true,
      },
    ]);
  });

  it('reports a reliance on a Commission finding the destination does not have, and an answer on service providers its law does not ask', () => {
    const v = verdict();
    attachTia(
      { tia: { ...backup, laws: { ...backup.laws, relyOnCommissionFinding: false, importerIsEcsp: true } } },
      v,
      asOf,
      'flows[0]',
    );
    expect(v.warnings).toEqual([
      {
        code: 'tia-answer-not-used',
        message: {
          en: 'tia.laws.relyOnCommissionFinding was not used: no Commission finding is recorded for CN.',
          sv: 'tia.laws.relyOnCommissionFinding användes inte: inget konstaterande från kommissionen finns för CN.',
        },
      },
      {
        code: 'tia-answer-not-used',
        message: {
          en: 'tia.laws.importerIsEcsp was not used: the law recorded for CN does not turn on the importer being an electronic communication service provider.',
          sv: 'tia.laws.importerIsEcsp användes inte: den lag som finns registrerad för CN beror inte på om dataimportören är en leverantör av elektroniska kommunikationstjänster.',
        },
      },
    ]);
    // The same answers for the US are used: no warning.
    const us = verdict({ importer: { country: 'US' } });
    attachTia(
      { tia: { ...backup, laws: { ...backup.laws, relyOnCommissionFinding: false, importerIsEcsp: true } } },
      us,
      asOf,
      'flows[0]',
    );
    expect(codes(us)).not.toContain('tia-answer-not-used');
  });

  it('weighs more for special categories, personal identity numbers and children’s data, each with its provision', () => {
    const v = verdict();
    attachTia(
      { tia: backup, specialCategories: true, personnummer: true, children: true },
      v,
      asOf,
      'flows[0]',
    );
    const clause14bi = 'Decision (EU) 2021/914, Annex, Clause 14(b)(i)';
    const pnr = swedishProvisionAt('personnummer', asOf)!;
    const children = swedishProvisionAt('children', asOf)!;
    expect(v.tia?.weight).toEqual({
      level: 'heightened',
      reasons: [
        {
          id: 'special-categories',
          text: { en: 'Special categories of personal data', sv: 'Särskilda kategorier av personuppgifter' },
          cites: ['GDPR Art. 9', clause14bi],
        },
        { id: 'personnummer', text: pnr.title, cites: [...pnr.cites, clause14bi] },
        { id: 'children', text: children.title, cites: ['GDPR recital 38', clause14bi] },
      ],
    });
    expect(pnr.cites).toContain('3 kap. 10 § dataskyddslagen (2018:218)');

    const onlyChildren = verdict();
    attachTia({ tia: backup, children: true, personnummer: false }, onlyChildren, asOf, 'flows[0]');
    expect(onlyChildren.tia?.weight?.reasons.map((r) => r.id)).toEqual(['children']);
    const none = verdict();
    attachTia({ tia: backup, specialCategories: false }, none, asOf, 'flows[0]');
    expect(none.tia).not.toHaveProperty('weight');
  });

  it('attachTias gives each verdict the TIA of the flow at the same place', () => {
    const verdicts = [verdict(), verdict({ importer: { country: 'US' } }), verdict()];
    attachTias([{ tia: backup }, {}], verdicts, asOf);
    expect(verdicts[0]?.tia?.status).toBe('complete');
    expect(verdicts[1]?.tia?.status).toBe('open');
    expect(verdicts[1]?.tia?.openQuestions?.[0]?.field).toBe('flows[1].tia.circumstances.processingChain');
    // No flow for the third verdict: nothing attached.
    expect(verdicts[2]?.tia).toBeUndefined();
    expect(verdicts[0]!.tia!.conclusion?.state).toBe('proceedUseCase1');
  });
});
