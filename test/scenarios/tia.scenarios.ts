import type { TiaAnswers } from '../../src/tia/index.js';
import type { TiaScenario } from './scenario.js';

/**
 * Clause 14 assessments on their own: EDPB Recommendations 01/2020 (v2.0), Annex 2. Use case 4 needs more
 * than a protected recipient, and the use cases the questionnaire asks in brief (2, 4, 5) carry what is
 * left to confirm.
 */

const asOf = '2026-11-26';
const context = { destination: 'IN', transferTool: 'scc', sccModule: 2 } as const;
const lawsShort = { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } } as const;
/** A lawyer in the destination bound by professional secrecy, reached with encrypted data. */
const protectedLawyer: TiaAnswers = {
  circumstances: {
    storage: 'destination',
    clearTextAccess: true,
    remoteAccess: false,
    protectedRecipient: true,
    splitProcessing: false,
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'importer' },
  },
  laws: lawsShort,
  practicalExperience: { claimed: false },
};
const withCircumstances = (c: Partial<NonNullable<TiaAnswers['circumstances']>>): TiaAnswers => ({
  ...protectedLawyer,
  circumstances: { ...protectedLawyer.circumstances!, ...c },
});
const notUseCase4 = (
  name: string,
  changed: Partial<NonNullable<TiaAnswers['circumstances']>>,
): TiaScenario => ({
  name: `use case 4 does not apply when ${name}`,
  asOf,
  case: { tia: withCircumstances(changed), context },
  expect: { conclusion: { not: 'proceedUseCase4' }, legalReview: [{ en: /use case 4 was not applied/ }] },
});

export const scenarios: TiaScenario[] = [
  {
    name: 'use case 4 applies with no onward transfer, encryption before sending and the key only with the importer',
    asOf,
    case: { tia: protectedLawyer, context },
    expect: {
      conclusion: 'proceedUseCase4',
      legalReview: [{ en: /credentials/, sv: /inloggningsuppgifter/ }],
    },
  },
  notUseCase4('the data go on', { processingChain: 'onward-transfers' }),
  notUseCase4('the data are sent in the clear', { format: 'clear', encryption: undefined }),
  notUseCase4('the key is held by someone else in the destination', {
    encryption: { stateOfTheArt: true, keysHeldBy: 'other-in-destination' },
  }),
  notUseCase4('the encryption is not state of the art', {
    encryption: { stateOfTheArt: false, keysHeldBy: 'importer' },
  }),
  {
    name: 'use case 2 carries the analysis that the authorities cannot re-identify',
    asOf,
    case: {
      tia: withCircumstances({
        format: 'pseudonymised',
        encryption: undefined,
        pseudonymisation: { additionalInformationKeptInEea: true },
        clearTextAccess: false,
        protectedRecipient: false,
      }),
      context,
    },
    expect: {
      conclusion: 'proceedUseCase2',
      legalReview: [{ en: /cross-referenced/, sv: /Användningsfall 2/ }],
    },
  },
  {
    name: 'use case 5 carries that the independent processors in different jurisdictions do not collude',
    asOf,
    case: {
      tia: withCircumstances({
        format: 'clear',
        encryption: undefined,
        splitProcessing: true,
        clearTextAccess: false,
        protectedRecipient: false,
      }),
      context,
    },
    expect: { conclusion: 'proceedUseCase5', legalReview: [{ en: /collude/ }] },
  },
];
