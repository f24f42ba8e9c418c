import { describe, expect, it } from 'vitest';
import { assessTia, type TiaAnswers, type TiaContext } from '../../src/tia/index.js';

/**
 * EDPB Recommendations 01/2020 (v2.0), Annex 2: use case 4 needs more than a protected recipient, and the
 * use cases the questionnaire asks in brief (2, 4, 5) carry what is left to confirm.
 */

const context: TiaContext = { destination: 'IN', transferTool: 'scc', sccModule: 2, asOf: '2026-11-26' };
const lawsShort = { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } } as const;
const base = {
  storage: 'destination',
  clearTextAccess: true,
  remoteAccess: false,
  protectedRecipient: true,
  splitProcessing: false,
} as const;
/** A lawyer in the destination bound by professional secrecy, reached with encrypted data. */
const protectedLawyer: TiaAnswers = {
  circumstances: {
    ...base,
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'importer' },
  },
  laws: lawsShort,
  practicalExperience: { claimed: false },
};
const withCircumstances = (c: Partial<NonNullable<TiaAnswers['circumstances']>>): TiaAnswers => ({
  ...protectedLawyer,
  circumstances: { ...protectedLawyer.circumstances, ...c },
});

describe('use case 4: a recipient protected by the destination’s law', () => {
  it('applies with no onward transfer, encryption before sending and the key only with the importer', () => {
    const r = assessTia(protectedLawyer, context);
    expect(r.conclusion?.state).toBe('proceedUseCase4');
    expect(r.legalReview.some((p) => /credentials/.test(p.en) && /inloggningsuppgifter/.test(p.sv))).toBe(
      true,
    );
  });

  it('does not apply when the data go on, are sent in the clear, or the key is held by someone else', () => {
    for (const changed of [
      { processingChain: 'onward-transfers' as const },
      { format: 'clear' as const, encryption: undefined },
      { encryption: { stateOfTheArt: true, keysHeldBy: 'other-in-destination' as const } },
      { encryption: { stateOfTheArt: false, keysHeldBy: 'importer' as const } },
    ]) {
      const r = assessTia(withCircumstances(changed), context);
      expect(r.conclusion?.state, JSON.stringify(changed)).not.toBe('proceedUseCase4');
      expect(
        r.legalReview.some((p) => /use case 4 was not applied/.test(p.en)),
        JSON.stringify(changed),
      ).toBe(true);
    }
  });
});

describe('use cases asked in brief carry what is left to confirm', () => {
  it('use case 2: the analysis that the authorities cannot re-identify', () => {
    const r = assessTia(
      withCircumstances({
        format: 'pseudonymised',
        encryption: undefined,
        pseudonymisation: { additionalInformationKeptInEea: true },
        clearTextAccess: false,
        protectedRecipient: false,
      }),
      context,
    );
    expect(r.conclusion?.state).toBe('proceedUseCase2');
    expect(r.legalReview.some((p) => /cross-referenced/.test(p.en) && /Användningsfall 2/.test(p.sv))).toBe(
      true,
    );
  });

  it('use case 5: independent processors in different jurisdictions that do not collude', () => {
    const r = assessTia(
      withCircumstances({
        format: 'clear',
        encryption: undefined,
        splitProcessing: true,
        clearTextAccess: false,
        protectedRecipient: false,
      }),
      context,
    );
    expect(r.conclusion?.state).toBe('proceedUseCase5');
    expect(r.legalReview.some((p) => /collude/.test(p.en))).toBe(true);
  });
});
