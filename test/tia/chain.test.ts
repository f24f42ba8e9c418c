import { describe, expect, it } from 'vitest';
import { clause14Conclusions } from '../../machines/clause14/index.js';
import { withOnwardLegs } from '../../src/tia/chain.js';
import { assessTia, type TiaAnswers, type TiaCircumstances, type TiaContext } from '../../src/tia/index.js';

/**
 * Clause 14(b)(i) and EDPB step 1: the assessment of a transfer takes in the onward transfers envisaged
 * from it. Each onward leg is assessed against its own destination; the chain's conclusion is the weakest
 * leg's, and it stays open while any leg is open or the answers contradict the case.
 */

const asOf = '2026-11-26';
const ANNEX = 'Decision (EU) 2021/914, Annex';
const chainCites = [`${ANNEX}, Clause 14(b)(i)`, 'EDPB Recommendations 01/2020 (v2.0), step 1'];
const scc = (destination: string): TiaContext => ({ destination, transferTool: 'scc', sccModule: 2, asOf });
const ctx = { sccModule: 2 as const, asOf };

const onward: TiaCircumstances = {
  processingChain: 'onward-transfers',
  format: 'clear',
  storage: 'destination',
  clearTextAccess: false,
  remoteAccess: false,
  protectedRecipient: false,
  splitProcessing: false,
};
const notMet = { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } as const;
const allMet = { A: 'met', B: 'met', C: 'met', D: 'met' } as const;

/** Proceed: the laws meet the guarantees. */
const proceeds: TiaAnswers = { circumstances: onward, laws: { guarantees: allMet } };
/** Proceed with measures: encrypted, keys in the EEA (use case 1). */
const withMeasures: TiaAnswers = {
  circumstances: {
    ...onward,
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
  },
  laws: { guarantees: notMet },
  practicalExperience: { claimed: false },
};
/** Do not transfer: the data needed in the clear (use case 6). */
const inTheClear: TiaAnswers = {
  circumstances: { ...onward, clearTextAccess: true },
  laws: { guarantees: notMet },
  practicalExperience: { claimed: false },
};

const leg = (flow: string, destination: string | undefined, answers: TiaAnswers | undefined) => ({
  flow,
  path: `flows[${flow.slice(1)}]`,
  destination,
  answers,
});

describe('the chain of onward transfers (Clause 14(b)(i))', () => {
  it('changes nothing where no assessment is needed, or no onward transfer is envisaged', () => {
    const notNeeded = assessTia({}, { destination: 'JP', transferTool: 'adequacy', asOf });
    expect(withOnwardLegs(notNeeded, [leg('f2', 'CN', inTheClear)], ctx)).toBe(notNeeded);
    const own = assessTia(withMeasures, scc('IN'));
    expect(withOnwardLegs(own, [], ctx)).toBe(own);
  });

  it('an onward leg weaker than the transfer decides the conclusion, named as the weakest link, with its procedure', () => {
    const own = assessTia(withMeasures, scc('IN'));
    const legAlone = assessTia(inTheClear, scc('CN'));
    const r = withOnwardLegs(own, [leg('f2', 'cn', inTheClear)], ctx);
    expect(r.status).toBe('complete');
    expect(r.conclusion).toEqual({
      outcome: 'do-not-transfer',
      state: 'doNotTransferUseCase6',
      text: {
        en: `Decided by the onward transfer in flow "f2", the weakest link of the chain: ${clause14Conclusions.doNotTransferUseCase6.text.en}`,
        sv: `Avgörs av vidareöverföringen i flödet "f2", kedjans svagaste länk: ${clause14Conclusions.doNotTransferUseCase6.text.sv}`,
      },
      finding: {
        en: `Decided by the onward transfer in flow "f2", the weakest link of the chain: ${legAlone.conclusion!.finding.en}`,
        sv: `Avgörs av vidareöverföringen i flödet "f2", kedjans svagaste länk: ${legAlone.conclusion!.finding.sv}`,
      },
      cites: [...own.conclusion!.cites, ...chainCites],
    });
    // Step 5 follows the deciding leg: suspension under Clause 16, not the procedure of a transfer that proceeds.
    expect(r.procedure).toEqual(legAlone.procedure);
    expect(r.procedure?.cites).toContain(`${ANNEX}, Clause 16(b)`);
    expect(r.chain).toEqual({
      own: {
        destination: { code: 'IN', profile: 'in' },
        status: 'complete',
        outcome: 'proceed-with-measures',
        state: 'proceedUseCase1',
        conclusion: own.conclusion!.text,
      },
      legs: [
        {
          flow: 'f2',
          destination: { code: 'CN', profile: 'cn' },
          status: 'complete',
          outcome: 'do-not-transfer',
          state: 'doNotTransferUseCase6',
          conclusion: clause14Conclusions.doNotTransferUseCase6.text,
        },
      ],
      weakest: 'f2',
      contradictions: [],
      cites: chainCites,
    });
    // The rest is the transfer's own: its date, its measures, its documentation.
    expect(r.reevaluateBy).toBe(own.reevaluateBy);
    expect(r.measures).toEqual(own.measures);
    expect(r.documentation).toEqual(own.documentation);
  });

  it('a leg as strong as the transfer, or stronger, leaves the transfer’s own conclusion', () => {
    const own = assessTia(withMeasures, scc('IN'));
    const r = withOnwardLegs(own, [leg('f2', 'CN', withMeasures), leg('f3', 'RU', proceeds)], ctx);
    expect(r.status).toBe('complete');
    expect(r.conclusion).toEqual(own.conclusion);
    expect(r.procedure).toEqual(own.procedure);
    expect(r.chain).not.toHaveProperty('weakest');
    expect(r.chain?.legs.map((l) => [l.flow, l.outcome])).toEqual([
      ['f2', 'proceed-with-measures'],
      ['f3', 'proceed'],
    ]);
  });

  it('of several legs, the weakest decides, the first of equals', () => {
    const own = assessTia(proceeds, scc('IN'));
    // f2 is weaker than f3, and f3 weaker than the transfer: f2 decides.
    const weakestFirst = withOnwardLegs(
      own,
      [leg('f2', 'CN', inTheClear), leg('f3', 'RU', withMeasures)],
      ctx,
    );
    expect(weakestFirst.chain?.weakest).toBe('f2');
    expect(weakestFirst.conclusion?.outcome).toBe('do-not-transfer');
    const weakestLast = withOnwardLegs(
      own,
      [leg('f2', 'RU', withMeasures), leg('f3', 'CN', inTheClear)],
      ctx,
    );
    expect(weakestLast.chain?.weakest).toBe('f3');
    const equals = withOnwardLegs(own, [leg('f2', 'RU', inTheClear), leg('f3', 'CN', inTheClear)], ctx);
    expect(equals.chain?.weakest).toBe('f2');
    // A proceeding transfer with a leg that needs measures: the measures' conclusion governs.
    const measures = withOnwardLegs(own, [leg('f2', 'RU', withMeasures)], ctx);
    expect(measures.chain?.weakest).toBe('f2');
    expect(measures.conclusion?.outcome).toBe('proceed-with-measures');
    expect(measures.conclusion?.state).toBe('proceedUseCase1');
    expect(measures.procedure).toEqual(own.procedure);
  });

  it('stays open while an onward leg is unanswered, asking that leg’s questions at the onward flow’s fields', () => {
    const own = assessTia(withMeasures, scc('IN'));
    const r = withOnwardLegs(own, [leg('f2', 'CN', undefined)], ctx);
    expect(r.status).toBe('open');
    for (const key of ['conclusion', 'procedure', 'reevaluateBy', 'reevaluation', 'documentation'])
      expect(r).not.toHaveProperty(key);
    expect(r.openQuestions?.[0]).toMatchObject({
      id: 'processingChain',
      field: 'flows[2].tia.circumstances.processingChain',
    });
    expect(r.openQuestions?.every((q) => q.field.startsWith('flows[2].tia.'))).toBe(true);
    expect(r.chain?.legs[0]).toMatchObject({ flow: 'f2', status: 'open', destination: { code: 'CN' } });
    expect(r.chain?.legs[0]?.openQuestions?.[0]?.field).toBe('flows[2].tia.circumstances.processingChain');
    expect(r.chain?.legs[0]).not.toHaveProperty('outcome');
    // The transfer's own parts stay.
    expect(r.measures).toEqual(own.measures);
    expect(r.legalReview).toEqual(own.legalReview);
  });

  it('stays open while any one leg is unanswered, even if another is assessed and weaker', () => {
    const own = assessTia(withMeasures, scc('IN'));
    const r = withOnwardLegs(own, [leg('f2', 'CN', inTheClear), leg('f3', 'RU', undefined)], ctx);
    expect(r.status).toBe('open');
    expect(r).not.toHaveProperty('conclusion');
    expect(r.chain).not.toHaveProperty('weakest');
    expect(r.chain?.legs.map((l) => l.status)).toEqual(['complete', 'open']);
    expect(r.openQuestions?.[0]?.field).toBe('flows[3].tia.circumstances.processingChain');
  });

  it('stays open, with no question to ask, for an onward recipient whose country the case does not give', () => {
    const own = assessTia(withMeasures, scc('IN'));
    const r = withOnwardLegs(own, [leg('f2', undefined, inTheClear)], ctx);
    expect(r.status).toBe('open');
    expect(r.chain?.legs).toEqual([{ flow: 'f2', status: 'open' }]);
    expect(r).not.toHaveProperty('openQuestions');
    expect(r).not.toHaveProperty('conclusion');
  });

  it('asks the transfer’s own questions first, then each leg’s', () => {
    const own = assessTia({ circumstances: onward }, scc('IN'));
    const r = withOnwardLegs(own, [leg('f2', 'CN', { circumstances: onward })], ctx);
    const fields = r.openQuestions!.map((q) => q.field);
    expect(fields[0]).toBe('laws.guarantees.A');
    expect(fields).toContain('flows[2].tia.laws.guarantees.A');
    expect(fields.indexOf('flows[2].tia.laws.guarantees.A')).toBe(own.openQuestions!.length);
    expect(r.chain?.own).toMatchObject({ status: 'open', openQuestions: own.openQuestions });
  });

  it('assesses each leg under the transfer’s module: under module 4 the leg asks whether the data are combined', () => {
    const own = assessTia(withMeasures, scc('IN'));
    const r = withOnwardLegs(own, [leg('f2', 'CN', withMeasures)], { sccModule: 4, asOf });
    expect(r.chain?.legs[0]?.openQuestions?.[0]).toMatchObject({
      id: 'module4Combination',
      field: 'flows[2].tia.combinesWithEuData',
    });
  });

  it('stays open when the answers say the data reach only the importer but the case has onward flows, and says so', () => {
    const own = assessTia(
      { ...withMeasures, circumstances: { ...withMeasures.circumstances, processingChain: 'importer-only' } },
      scc('IN'),
    );
    expect(own.status).toBe('complete');
    const r = withOnwardLegs(own, [leg('f2', 'CN', withMeasures), leg('f3', 'RU', withMeasures)], ctx);
    const contradiction = {
      en: 'The answer that the data reach only the importer (circumstances.processingChain) contradicts the case: onward flow(s) "f2", "f3" continue from that importer. Correct the answer or the case; until then the assessment stays open.',
      sv: 'Svaret att uppgifterna bara når dataimportören (circumstances.processingChain) motsägs av fallet: vidareflödena "f2", "f3" utgår från den dataimportören. Rätta svaret eller fallet; till dess är bedömningen inte klar.',
    };
    expect(r.status).toBe('open');
    expect(r).not.toHaveProperty('conclusion');
    expect(r.chain?.contradictions).toEqual([contradiction]);
    expect(r.legalReview).toEqual([...own.legalReview, contradiction]);
  });
});
