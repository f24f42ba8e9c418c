import { describe, expect, it } from 'vitest';
import { clause14Questions } from '../../machines/clause14/index.js';
import { answerMap, fieldFor, tiaAnswerer } from '../../src/tia/answers.js';
import { assessTia, type TiaAnswers, type TiaContext } from '../../src/tia/index.js';

/**
 * Which field of a request answers which Clause 14 question: a wrong wire would answer one question with
 * another's answer (say, corroboration with documentation) and the conclusion would rest on it.
 */

const asOf = '2026-11-26';

/** The request field that answers each question, as a user reads it in the API documentation. */
const fields: Record<string, string> = {
  transferTool: 'transferTool',
  sccModule: 'sccModule',
  module4Combination: 'combinesWithEuData',
  processingChain: 'circumstances.processingChain',
  dataFormat: 'circumstances.format',
  encryptionKeys: 'circumstances.encryption.keysHeldBy',
  encryptionStrength: 'circumstances.encryption.stateOfTheArt',
  pseudonymisationKey: 'circumstances.pseudonymisation.additionalInformationKeptInEea',
  storageLocation: 'circumstances.storage',
  clearTextAccess: 'circumstances.clearTextAccess',
  remoteAccess: 'circumstances.remoteAccess',
  protectedRecipient: 'circumstances.protectedRecipient',
  splitProcessing: 'circumstances.splitProcessing',
  destinationProfile: 'destination',
  importerEcsp: 'laws.importerIsEcsp',
  relyOnCommissionFinding: 'laws.relyOnCommissionFinding',
  guaranteeA: 'laws.guarantees.A',
  guaranteeB: 'laws.guarantees.B',
  guaranteeC: 'laws.guarantees.C',
  guaranteeD: 'laws.guarantees.D',
  practicalExperience: 'practicalExperience.claimed',
  practicalExperienceDocumented: 'practicalExperience.documented',
  practicalExperienceCorroborated: 'practicalExperience.corroborated',
  otherMeasuresEffective: 'measures.otherMeasuresEffective',
};

/** Every boolean answer `value`, every other answer a distinct choice, so that a crossed wire shows. */
const everything = (value: boolean): TiaAnswers => ({
  circumstances: {
    processingChain: 'importer-only',
    format: 'encrypted',
    encryption: { stateOfTheArt: value, keysHeldBy: 'other-in-destination' },
    pseudonymisation: { additionalInformationKeptInEea: value },
    storage: 'transit-only',
    clearTextAccess: value,
    remoteAccess: value,
    protectedRecipient: value,
    splitProcessing: value,
  },
  laws: {
    importerIsEcsp: value,
    relyOnCommissionFinding: value,
    guarantees: { A: 'met', B: 'not-met', C: 'met', D: 'not-met' },
  },
  practicalExperience: { claimed: value, documented: value, corroborated: value },
  measures: { otherMeasuresEffective: value },
});
const context: TiaContext = {
  destination: 'us',
  transferTool: 'scc',
  sccModule: 4,
  combinesWithEuData: true,
  asOf,
};

describe('the answer to each Clause 14 question', () => {
  it('comes from its own field of the request', () => {
    for (const q of clause14Questions) expect(fieldFor(q.id), q.id).toBe(fields[q.id]);
    expect(Object.keys(fields).sort()).toEqual(clause14Questions.map((q) => q.id).sort());
    expect(fieldFor('conclusion')).toBeUndefined();
    expect(fieldFor('toString')).toBeUndefined();
  });

  it.each([true, false])('booleans as yes or no (%s), every field to its question', (value) => {
    const yn = value ? 'yes' : 'no';
    expect(answerMap(everything(value), context, 'us')).toEqual({
      transferTool: 'scc',
      sccModule: '4',
      module4Combination: 'yes',
      processingChain: 'importer-only',
      dataFormat: 'encrypted',
      encryptionKeys: 'other-in-destination',
      encryptionStrength: yn,
      pseudonymisationKey: yn,
      storageLocation: 'transit-only',
      clearTextAccess: yn,
      remoteAccess: yn,
      protectedRecipient: yn,
      splitProcessing: yn,
      destinationProfile: 'us',
      importerEcsp: yn,
      relyOnCommissionFinding: yn,
      guaranteeA: 'met',
      guaranteeB: 'not-met',
      guaranteeC: 'met',
      guaranteeD: 'not-met',
      practicalExperience: yn,
      practicalExperienceDocumented: yn,
      practicalExperienceCorroborated: yn,
      otherMeasuresEffective: yn,
    });
  });

  it('each yes/no field answers its own question only: set alone to yes, only that question says yes', () => {
    const no = everything(false);
    const alone: [string, TiaAnswers][] = [
      [
        'encryptionStrength',
        { ...no, circumstances: { ...no.circumstances, encryption: { stateOfTheArt: true } } },
      ],
      [
        'pseudonymisationKey',
        {
          ...no,
          circumstances: { ...no.circumstances, pseudonymisation: { additionalInformationKeptInEea: true } },
        },
      ],
      ['clearTextAccess', { ...no, circumstances: { ...no.circumstances, clearTextAccess: true } }],
      ['remoteAccess', { ...no, circumstances: { ...no.circumstances, remoteAccess: true } }],
      ['protectedRecipient', { ...no, circumstances: { ...no.circumstances, protectedRecipient: true } }],
      ['splitProcessing', { ...no, circumstances: { ...no.circumstances, splitProcessing: true } }],
      ['importerEcsp', { ...no, laws: { ...no.laws, importerIsEcsp: true } }],
      ['relyOnCommissionFinding', { ...no, laws: { ...no.laws, relyOnCommissionFinding: true } }],
      [
        'practicalExperience',
        { ...no, practicalExperience: { claimed: true, documented: false, corroborated: false } },
      ],
      [
        'practicalExperienceDocumented',
        { ...no, practicalExperience: { claimed: false, documented: true, corroborated: false } },
      ],
      [
        'practicalExperienceCorroborated',
        { ...no, practicalExperience: { claimed: false, documented: false, corroborated: true } },
      ],
      ['otherMeasuresEffective', { ...no, measures: { otherMeasuresEffective: true } }],
    ];
    for (const [id, answers] of alone) {
      const yes = Object.entries(answerMap(answers, { destination: 'US', asOf }, 'us'))
        .filter(([, v]) => v === 'yes')
        .map(([k]) => k);
      expect(yes, id).toEqual([id]);
    }
  });

  it('leaves a question unanswered when its field is missing, and a module 4 flow not combined says no', () => {
    // No key at all for an unanswered question (toStrictEqual: not even one holding undefined).
    expect(answerMap({}, { destination: 'BR', asOf }, 'generic')).toStrictEqual({
      destinationProfile: 'generic',
    });
    expect(
      answerMap({}, { destination: 'BR', asOf, sccModule: 4, combinesWithEuData: false }, 'generic'),
    ).toEqual({ destinationProfile: 'generic', sccModule: '4', module4Combination: 'no' });
  });

  it('marks the facts of the case as the engine’s and the assessor’s answers as the user’s; an assumption as neither', () => {
    const answer = tiaAnswerer(everything(true), context, 'us', { guaranteeA: 'not-met', otherX: 'y' });
    const question = (id: string) => clause14Questions.find((q) => q.id === id)!;
    expect(answer(question('transferTool'))).toEqual({ value: 'scc', by: 'engine' });
    expect(answer(question('module4Combination'))).toEqual({ value: 'yes', by: 'engine' });
    expect(answer(question('destinationProfile'))).toEqual({ value: 'us', by: 'engine' });
    expect(answer(question('practicalExperienceCorroborated'))).toEqual({ value: 'yes', by: 'user' });
    // A given answer wins over an assumed one.
    expect(answer(question('guaranteeA'))).toEqual({ value: 'met', by: 'user' });
    const assumed = tiaAnswerer({}, context, 'us', { guaranteeA: 'not-met' });
    expect(assumed(question('guaranteeA'))).toEqual({ value: 'not-met' });
    expect(assumed(question('guaranteeB'))).toBeUndefined();
    expect(assumed({ ...question('guaranteeB'), id: 'notAQuestion' })).toBeUndefined();
  });

  it('the trail of a complete assessment shows each answer as given, and who gave it', () => {
    const r = assessTia(
      {
        ...everything(false),
        circumstances: { ...everything(false).circumstances, format: 'clear', storage: 'eea' },
        laws: { ...everything(false).laws, guarantees: { A: 'not-met', B: 'met', C: 'met', D: 'met' } },
      },
      { ...context, sccModule: 1 },
    );
    expect(r.status).toBe('complete');
    expect(r.conclusion?.state).toBe('doNotTransferNoMeasure');
    const trail = Object.fromEntries(r.trail.map((t) => [t.id, [t.value, t.by]]));
    expect(trail).toMatchObject({
      transferTool: ['scc', 'engine'],
      sccModule: ['1', 'engine'],
      processingChain: ['importer-only', 'user'],
      dataFormat: ['clear', 'user'],
      storageLocation: ['eea', 'user'],
      destinationProfile: ['us', 'engine'],
      importerEcsp: ['no', 'user'],
      relyOnCommissionFinding: ['no', 'user'],
      guaranteeA: ['not-met', 'user'],
      guaranteeB: ['met', 'user'],
      practicalExperience: ['no', 'user'],
      otherMeasuresEffective: ['no', 'user'],
    });
  });
});
