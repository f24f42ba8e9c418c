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
  // Step 4: each use case of Annex 2 holds only when all of its conditions do. For each: answers that meet
  // it, and the same answers with one condition gone, which must not reach it.
  ...useCaseTable(),
];

type Circumstances = NonNullable<TiaAnswers['circumstances']>;
type UseCaseRow = {
  useCase: string;
  state: string;
  meets: Circumstances;
  /** Each condition of the use case, and the answers with it gone. */
  without: Record<string, Partial<Circumstances>>;
};

function useCaseTable(): TiaScenario[] {
  /** Nothing that would make any use case apply. */
  const none: Circumstances = {
    processingChain: 'importer-only',
    storage: 'destination',
    clearTextAccess: false,
    remoteAccess: false,
    protectedRecipient: false,
    splitProcessing: false,
  };
  const encryptedKeysInEea: Circumstances = {
    ...none,
    format: 'encrypted',
    encryption: { stateOfTheArt: true, keysHeldBy: 'exporter-eea' },
  };
  const rows: UseCaseRow[] = [
    {
      useCase: 'use case 1 (storage needing no clear text, strong encryption, keys only in the EEA)',
      state: 'proceedUseCase1',
      meets: encryptedKeysInEea,
      without: {
        'the data are not encrypted': { format: 'clear', encryption: undefined },
        'the importer holds the key': { encryption: { stateOfTheArt: true, keysHeldBy: 'importer' } },
        'the encryption is not state of the art': {
          encryption: { stateOfTheArt: false, keysHeldBy: 'exporter-eea' },
        },
        'the importer needs the data in the clear': { clearTextAccess: true },
        'the data are reached remotely': { remoteAccess: true },
      },
    },
    {
      useCase: 'use case 3 (encrypted data merely transiting the destination)',
      state: 'proceedUseCase3',
      meets: { ...encryptedKeysInEea, storage: 'transit-only' },
      without: {
        'the data are stored in the destination': { storage: 'destination' },
        'the importer holds the key': { encryption: { stateOfTheArt: true, keysHeldBy: 'importer' } },
        'the encryption is not state of the art': {
          encryption: { stateOfTheArt: false, keysHeldBy: 'exporter-eea' },
        },
        'the importer needs the data in the clear': { clearTextAccess: true },
      },
    },
    {
      useCase: 'use case 2 (pseudonymised data, the additional information kept in the EEA)',
      state: 'proceedUseCase2',
      meets: { ...none, format: 'pseudonymised', pseudonymisation: { additionalInformationKeptInEea: true } },
      without: {
        'the additional information leaves the EEA': {
          pseudonymisation: { additionalInformationKeptInEea: false },
        },
        'the data are not pseudonymised': { format: 'clear' },
        'the importer needs the data in the clear': { clearTextAccess: true },
      },
    },
    {
      useCase: 'use case 4 (a recipient protected by the law of the destination)',
      state: 'proceedUseCase4',
      meets: {
        ...none,
        protectedRecipient: true,
        format: 'encrypted',
        encryption: { stateOfTheArt: true, keysHeldBy: 'importer' },
      },
      without: {
        'the recipient is not protected': { protectedRecipient: false },
        'the data go on to others': { processingChain: 'onward-transfers' },
      },
    },
    {
      useCase: 'use case 5 (split or multi-party processing)',
      state: 'proceedUseCase5',
      meets: { ...none, format: 'clear', splitProcessing: true },
      without: { 'the processing is not split': { splitProcessing: false } },
    },
    {
      useCase: 'use case 7 (remote access in the clear for business purposes): do not transfer',
      state: 'doNotTransferUseCase7',
      meets: { ...none, format: 'clear', remoteAccess: true, clearTextAccess: true },
      without: {
        'no remote access (a processor in the destination needs the clear text: use case 6)': {
          remoteAccess: false,
        },
        'no access in the clear': { clearTextAccess: false },
      },
    },
  ];
  const run = (circumstances: Circumstances) => ({
    tia: { circumstances, laws: lawsShort, practicalExperience: { claimed: false } },
    context,
  });
  return rows.flatMap(({ useCase, state, meets, without }) => [
    {
      name: `${useCase}: reached when all its conditions hold`,
      asOf,
      case: run(meets),
      expect: { conclusion: state },
    },
    ...Object.entries(without).map(
      ([condition, changed]): TiaScenario => ({
        name: `${useCase}: not reached when ${condition}`,
        asOf,
        case: run({ ...meets, ...changed }),
        expect: { conclusion: { not: state } },
      }),
    ),
  ]);
}
