import type { clause14Steps } from '../../machines/clause14/index.js';
import type { Answerer } from '../../machines/questionnaire.js';
import type { TiaAnswers, TiaContext } from './input.js';
import type { ProfileId } from './schema.js';

/**
 * Where each question of the clause14 machine finds its answer: the facts of the case (the context the
 * engine derives, or the standalone request gives) or the assessor's answers. `field` is the path in the
 * request a user fills in to answer it.
 */

type QuestionId = keyof typeof clause14Steps;
type Source = 'case' | 'answers';

interface AnswerSource {
  field: string;
  from: Source;
  get: (answers: TiaAnswers, context: TiaContext, profile: ProfileId) => string | undefined;
}

const yn = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'yes' : 'no');

export const answerSources: Record<QuestionId, AnswerSource> = {
  transferTool: { field: 'transferTool', from: 'case', get: (_, c) => c.transferTool },
  sccModule: {
    field: 'sccModule',
    from: 'case',
    get: (_, c) => (c.sccModule ? String(c.sccModule) : undefined),
  },
  module4Combination: { field: 'combinesWithEuData', from: 'case', get: (_, c) => yn(c.combinesWithEuData) },
  processingChain: {
    field: 'circumstances.processingChain',
    from: 'answers',
    get: (a) => a.circumstances?.processingChain,
  },
  dataFormat: { field: 'circumstances.format', from: 'answers', get: (a) => a.circumstances?.format },
  encryptionKeys: {
    field: 'circumstances.encryption.keysHeldBy',
    from: 'answers',
    get: (a) => a.circumstances?.encryption?.keysHeldBy,
  },
  encryptionStrength: {
    field: 'circumstances.encryption.stateOfTheArt',
    from: 'answers',
    get: (a) => yn(a.circumstances?.encryption?.stateOfTheArt),
  },
  pseudonymisationKey: {
    field: 'circumstances.pseudonymisation.additionalInformationKeptInEea',
    from: 'answers',
    get: (a) => yn(a.circumstances?.pseudonymisation?.additionalInformationKeptInEea),
  },
  storageLocation: { field: 'circumstances.storage', from: 'answers', get: (a) => a.circumstances?.storage },
  clearTextAccess: {
    field: 'circumstances.clearTextAccess',
    from: 'answers',
    get: (a) => yn(a.circumstances?.clearTextAccess),
  },
  remoteAccess: {
    field: 'circumstances.remoteAccess',
    from: 'answers',
    get: (a) => yn(a.circumstances?.remoteAccess),
  },
  protectedRecipient: {
    field: 'circumstances.protectedRecipient',
    from: 'answers',
    get: (a) => yn(a.circumstances?.protectedRecipient),
  },
  splitProcessing: {
    field: 'circumstances.splitProcessing',
    from: 'answers',
    get: (a) => yn(a.circumstances?.splitProcessing),
  },
  destinationProfile: { field: 'destination', from: 'case', get: (_, __, p) => p },
  importerEcsp: {
    field: 'laws.importerIsEcsp',
    from: 'answers',
    get: (a) => yn(a.laws?.importerIsEcsp),
  },
  relyOnCommissionFinding: {
    field: 'laws.relyOnCommissionFinding',
    from: 'answers',
    get: (a) => yn(a.laws?.relyOnCommissionFinding),
  },
  guaranteeA: { field: 'laws.guarantees.A', from: 'answers', get: (a) => a.laws?.guarantees?.A },
  guaranteeB: { field: 'laws.guarantees.B', from: 'answers', get: (a) => a.laws?.guarantees?.B },
  guaranteeC: { field: 'laws.guarantees.C', from: 'answers', get: (a) => a.laws?.guarantees?.C },
  guaranteeD: { field: 'laws.guarantees.D', from: 'answers', get: (a) => a.laws?.guarantees?.D },
  practicalExperience: {
    field: 'practicalExperience.claimed',
    from: 'answers',
    get: (a) => yn(a.practicalExperience?.claimed),
  },
  practicalExperienceDocumented: {
    field: 'practicalExperience.documented',
    from: 'answers',
    get: (a) => yn(a.practicalExperience?.documented),
  },
  practicalExperienceCorroborated: {
    field: 'practicalExperience.corroborated',
    from: 'answers',
    get: (a) => yn(a.practicalExperience?.corroborated),
  },
  otherMeasuresEffective: {
    field: 'measures.otherMeasuresEffective',
    from: 'answers',
    get: (a) => yn(a.measures?.otherMeasuresEffective),
  },
};

const isQuestionId = (id: string): id is QuestionId => Object.hasOwn(answerSources, id);

/** Every answer the input gives, by question id, whether or not the machine will ask it. */
export function answerMap(
  answers: TiaAnswers,
  context: TiaContext,
  profile: ProfileId,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, s] of Object.entries(answerSources)) {
    const value = s.get(answers, context, profile);
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** The answerer the driver runs the machine with; `assumed` lets a look-ahead try answers not given. */
export function tiaAnswerer(
  answers: TiaAnswers,
  context: TiaContext,
  profile: ProfileId,
  assumed: Record<string, string> = {},
): Answerer {
  return (question) => {
    if (!isQuestionId(question.id)) return undefined;
    const s = answerSources[question.id];
    const value = s.get(answers, context, profile);
    if (value !== undefined) return { value, by: s.from === 'case' ? 'engine' : 'user' };
    const guess = assumed[question.id];
    return guess === undefined ? undefined : { value: guess };
  };
}

export function fieldFor(questionId: string): string | undefined {
  return isQuestionId(questionId) ? answerSources[questionId].field : undefined;
}
