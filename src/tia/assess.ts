import {
  type AssessorRole,
  assessorOf,
  type Clause14Outcome,
  type Clause14Output,
  clause14Conclusions,
  clause14Machine,
  clause14Questions,
  clause14Steps,
  lookaheadAnswers,
  type NotNeededReason,
  procedure,
  useCaseFor,
} from '../../machines/clause14/index.js';
import {
  type Choice,
  type Question,
  runQuestionnaire,
  type TrailEntry,
} from '../../machines/questionnaire.js';
import type { Localized, Source } from '../data/schema.js';
import { addMonths } from '../domain/dates.js';
import { answerMap, fieldFor, tiaAnswerer } from './answers.js';
import type { TiaChain } from './chain.js';
import type { TiaAnswers, TiaCircumstances, TiaContext, UserFinding } from './input.js';
import { measureById, useCaseByNumber } from './measures.js';
import { lawProfileById, profileIdFor } from './profiles.js';
import { type QuantifiedResult, quantifyAccess } from './quantified.js';
import type { GuaranteeLetter, LawProfile, LawStatement, Measure, MeasureKind, ProfileId } from './schema.js';

/**
 * `assessTia` runs the clause14 machine over the answers of one transfer and returns everything Clause
 * 14(d) of the SCCs needs documented: the circumstances, the destination's laws with their sources and
 * checked dates, the importer's practical experience and whether it counts, the measures, the
 * conclusion and the re-evaluation date. Pure: the same input always gives the same result.
 */

export interface OpenQuestion {
  id: string;
  /** The EDPB step the question belongs to (1 to 4). */
  step: number;
  /** The request field that answers it. */
  field: string;
  text: Localized;
  help?: Localized;
  choices: Choice[];
  cites: string[];
}

export interface MeasureRef {
  id: string;
  kind: MeasureKind;
  title: Localized;
  description: Localized;
  edpbRef: string;
}

export interface TiaResult {
  status: 'complete' | 'open' | 'not-needed';
  assessedOn: string;
  destination: { code: string; profile: ProfileId };
  reasonNotNeeded?: { code: NotNeededReason; text: Localized; cites: string[] };
  /** The next question the machine asks, then the others it may ask depending on the answers. */
  openQuestions?: OpenQuestion[];
  assessor: {
    role: AssessorRole | 'none' | 'not-determined';
    text: Localized;
    reviewer?: { role: 'controller'; text: Localized };
    cites: string[];
  };
  circumstances: TiaCircumstances;
  /**
   * Set on a flow's TIA when its facts make the assessment weigh more (Clause 14(b)(i)): special
   * categories, Swedish personal identity numbers, children's data; each reason cites its provision.
   */
  weight?: { level: 'heightened'; reasons: { id: string; text: Localized; cites: string[] }[] };
  laws?: {
    profile: {
      id: ProfileId;
      title: Localized;
      country: string | null;
      asOf: string;
      note?: Localized;
      sources: Source[];
    };
    statements: LawStatement[];
    commissionFinding?: { statement: string; reliedOn?: boolean };
    /**
     * The US: whether section 702 reaches the data turns on the importer being an electronic communication
     * service provider (50 U.S.C. § 1881(b)(4)); the text says what follows from the answer.
     */
    serviceProviderReach?: { statement: string; importerIsProvider?: boolean; text: Localized };
    guarantees: Partial<Record<GuaranteeLetter, 'met' | 'not-met'>>;
    findings: UserFinding[];
    unconfirmed: string[];
  };
  practicalExperience?: {
    claimed: boolean;
    accepted: boolean;
    /** Whether the assessment had to weigh it (only where the laws fall short of the guarantees). */
    considered: boolean;
    reasons: Localized[];
    description?: string;
    period?: { from: string; until: string };
    cites: string[];
  };
  technical?: {
    useCase?: number;
    title?: Localized;
    effectiveTechnicalMeasure?: boolean;
    conditions?: Localized;
    edpbRef?: string;
    paragraphs?: string;
    confidenceNote?: Localized;
    /** Whether the use case decided the outcome (step 4 was reached). */
    decisive: boolean;
    text: Localized;
  };
  measures?: {
    required: MeasureRef[];
    /** Measures the destination's law calls for given the importer's kind (the profile's serviceProviderReach). */
    recommended: MeasureRef[];
    chosen: { technical: MeasureRef[]; contractual: MeasureRef[]; organisational: MeasureRef[] };
    other?: { effective?: boolean; description?: string };
    note: Localized;
  };
  conclusion?: {
    outcome: Exclude<Clause14Outcome, 'not-needed'>;
    state: string;
    /** The whole conclusion, procedure included. */
    text: Localized;
    /** The conclusion without the procedural steps, which `procedure` gives (EDPB step 5). */
    finding: Localized;
    cites: string[];
  };
  /** EDPB step 5: the procedural steps the conclusion calls for. */
  procedure?: { text: Localized; cites: string[] };
  reevaluateBy?: string;
  reevaluation?: { months: number; reason?: Localized };
  documentation?: { text: Localized; cites: string[] };
  quantified?: QuantifiedResult;
  /** What a lawyer should look at before relying on the result. */
  legalReview: Localized[];
  /** The envisaged onward transfers (Clause 14(b)(i)), each destination assessed: src/tia/chain.ts. */
  chain?: TiaChain;
  trail: TrailEntry[];
}

const cnil = 'CNIL, guide to transfer impact assessments (January 2025)';
const scc = 'Decision (EU) 2021/914, Annex';

const assessorTexts: Record<AssessorRole | 'none' | 'not-determined', Localized> = {
  'exporter-controller': {
    en: 'The exporter, as controller, carries out and documents the assessment, with the importer’s help (Clause 14(b) and (c)).',
    sv: 'Dataexportören, som personuppgiftsansvarig, gör och dokumenterar bedömningen med dataimportörens hjälp (klausul 14 b och c).',
  },
  'exporter-processor': {
    en: 'The exporter, the processor in the EU that makes the transfer, carries out and documents the assessment, with the importer’s help (Clause 14(b) and (c)).',
    sv: 'Dataexportören, det personuppgiftsbiträde i EU som gör överföringen, gör och dokumenterar bedömningen med dataimportörens hjälp (klausul 14 b och c).',
  },
  exporter: {
    en: 'The exporter carries out and documents the assessment, with the importer’s help.',
    sv: 'Dataexportören gör och dokumenterar bedömningen med dataimportörens hjälp.',
  },
  none: {
    en: 'No one: no transfer impact assessment is needed for this transfer.',
    sv: 'Ingen: ingen överföringsbedömning behövs för denna överföring.',
  },
  'not-determined': {
    en: 'Not yet known: it depends on the transfer tool and, for the SCCs, the module.',
    sv: 'Ännu inte känt: det beror på överföringsverktyget och, för standardavtalsklausulerna, modulen.',
  },
};

const reviewerText: Localized = {
  en: 'The controller reviews the processor’s assessment and completes it where needed (CNIL guide, January 2025).',
  sv: 'Den personuppgiftsansvarige granskar personuppgiftsbiträdets bedömning och kompletterar den vid behov (CNIL:s vägledning, januari 2025).',
};

const measuresNote: Localized = {
  en: 'Contractual and organisational measures support the technical ones but, on their own, generally cannot stop access under laws that fall short of the European Essential Guarantees.',
  sv: 'Avtalsmässiga och organisatoriska åtgärder stöder de tekniska men kan i regel inte ensamma hindra åtkomst enligt lagar som inte uppfyller de väsentliga europeiska garantierna.',
};

const documentation = {
  text: {
    en: 'Keep this assessment, with its sources, as the documentation Clause 14(d) requires, and make it available to the competent supervisory authority on request.',
    sv: 'Bevara denna bedömning med dess källor som den dokumentation som klausul 14 d kräver, och gör den tillgänglig för den behöriga tillsynsmyndigheten på begäran.',
  },
  cites: [`${scc}, Clause 14(d)`],
};

export function assessTia(answers: TiaAnswers, context: TiaContext): TiaResult {
  const profileId = profileIdFor(context.destination);
  const profile = lawProfileById(profileId);
  const run = runQuestionnaire<Clause14Output>(
    clause14Machine,
    undefined,
    tiaAnswerer(answers, context, profileId),
  );
  if (run.status === 'invalid') {
    // The input schemas allow only the machine's choices; reaching this is a programming error.
    throw new Error(`clause14: answer "${run.value}" is not a choice of ${run.question.id}`);
  }
  const given = answerMap(answers, context, profileId);
  const asked = new Set(run.trail.map((t) => t.id));
  const machineAnswers =
    run.status === 'done' ? run.output.answers : Object.fromEntries(run.trail.map((t) => [t.id, t.value]));
  const base = {
    assessedOn: context.asOf,
    destination: { code: context.destination.toUpperCase(), profile: profileId },
    circumstances: answers.circumstances ?? {},
    trail: run.trail,
    ...(answers.quantified ? { quantified: quantifyAccess(answers.quantified) } : {}),
  };

  if (run.status === 'done' && run.output.outcome === 'not-needed') {
    const conclusion = clause14Conclusions[run.output.state as keyof typeof clause14Conclusions];
    return {
      status: 'not-needed',
      ...base,
      reasonNotNeeded: {
        code: run.output.notNeeded ?? 'adequacy',
        text: conclusion.text,
        cites: conclusion.cites,
      },
      assessor: { role: 'none', text: assessorTexts.none, cites: [cnil] },
      legalReview: [],
    };
  }

  const who = assessorOf(machineAnswers);
  const assessor: TiaResult['assessor'] = {
    role: who.assessor ?? 'not-determined',
    text: assessorTexts[who.assessor ?? 'not-determined'],
    ...(who.reviewer ? { reviewer: { role: 'controller' as const, text: reviewerText } } : {}),
    cites: [`${scc}, Clause 14(b) and (c)`, ...(who.reviewer ? [cnil] : [])],
  };

  const laws = lawsSection(profileId, answers, machineAnswers);
  const practicalExperience = practicalExperienceSection(answers, asked.has('practicalExperience'));
  const decidingUseCase = run.status === 'done' ? run.output.useCase : undefined;
  const technical = technicalSection(
    given,
    decidingUseCase,
    run.status === 'done' ? run.output.state : undefined,
  );
  const outcome = run.status === 'done' ? run.output.outcome : undefined;
  const measures = measuresSection(
    answers,
    outcome === 'proceed-with-measures' ? decidingUseCase : undefined,
    recommendedFor(profile, answers.laws?.importerIsEcsp),
  );
  const legalReview = reviewPoints(profileId, laws, run.status === 'done' ? run.output : undefined);

  if (run.status === 'open') {
    return {
      status: 'open',
      ...base,
      openQuestions: openQuestions(answers, context, profileId, run.question),
      assessor,
      laws,
      practicalExperience,
      technical,
      measures,
      legalReview,
    };
  }

  const { output } = run;
  const conclusion = clause14Conclusions[output.state as keyof typeof clause14Conclusions];
  const months = answers.reevaluateAfterMonths ?? profile.reevaluateWithinMonths;
  const reach = laws.serviceProviderReach;
  const parts = splitProcedure(conclusion.text);
  const finding = reach ? joinText(parts.finding, reach.text) : parts.finding;
  return {
    status: 'complete',
    ...base,
    assessor,
    laws,
    practicalExperience,
    technical,
    measures,
    conclusion: {
      outcome: output.outcome as Exclude<Clause14Outcome, 'not-needed'>,
      state: output.state,
      text: parts.procedure ? joinText(finding, parts.procedure) : finding,
      finding,
      cites: reach ? [...conclusion.cites, '50 U.S.C. § 1881(b)(4)'] : conclusion.cites,
    },
    procedure: procedureOf(output.outcome, parts.procedure),
    reevaluateBy: addMonths(context.asOf, months),
    reevaluation: {
      months,
      ...(answers.reevaluateAfterMonths === undefined && profile.reevaluateReason
        ? { reason: profile.reevaluateReason }
        : {}),
    },
    documentation,
    legalReview,
  };
}

function lawsSection(
  id: ProfileId,
  answers: TiaAnswers,
  machineAnswers: Record<string, string>,
): NonNullable<TiaResult['laws']> {
  const p = lawProfileById(id);
  const guarantees: Partial<Record<GuaranteeLetter, 'met' | 'not-met'>> = {};
  for (const letter of ['A', 'B', 'C', 'D'] as const) {
    const v = answers.laws?.guarantees?.[letter];
    if (v) guarantees[letter] = v;
  }
  const relied = machineAnswers.relyOnCommissionFinding;
  const reach = p.serviceProviderReach;
  const isProvider = answers.laws?.importerIsEcsp;
  return {
    profile: {
      id,
      title: p.meta.title,
      country: p.country,
      asOf: p.meta.asOf,
      ...(p.meta.note ? { note: p.meta.note } : {}),
      sources: p.meta.sources,
    },
    statements: p.statements,
    ...(p.commissionFinding
      ? {
          commissionFinding: {
            statement: p.commissionFinding,
            ...(relied ? { reliedOn: relied === 'yes' } : {}),
          },
        }
      : {}),
    ...(reach
      ? {
          serviceProviderReach: {
            statement: reach.statement,
            ...(isProvider !== undefined ? { importerIsProvider: isProvider } : {}),
            text:
              isProvider === undefined
                ? reach.unknown
                : isProvider
                  ? reach.provider.text
                  : reach.notProvider.text,
          },
        }
      : {}),
    guarantees,
    findings: answers.laws?.findings ?? [],
    unconfirmed: p.statements.filter((s) => s.confidence === 'unconfirmed').map((s) => s.id),
  };
}

function practicalExperienceSection(
  answers: TiaAnswers,
  considered: boolean,
): NonNullable<TiaResult['practicalExperience']> {
  const pe = answers.practicalExperience;
  const cites = [`${scc}, Clause 14(b)(ii), footnote 12`, 'EDPB Recommendations 01/2020 (v2.0), step 3'];
  if (!pe?.claimed) {
    return {
      claimed: false,
      accepted: false,
      considered,
      reasons: [
        {
          en: 'The importer does not rely on practical experience.',
          sv: 'Dataimportören åberopar ingen praktisk erfarenhet.',
        },
      ],
      cites,
    };
  }
  const reasons: Localized[] = [];
  if (pe.documented !== true) {
    reasons.push({
      en: 'Not shown to be recorded continuously over a representative period, certified at senior management level and lawfully shareable.',
      sv: 'Det är inte visat att erfarenheten är löpande dokumenterad under en representativ period, att den är intygad på ledningsnivå och att den lagligen får delas.',
    });
  }
  if (pe.corroborated !== true) {
    reasons.push({
      en: 'Not shown to be supported by other objective elements and corroborated, not contradicted, by public or otherwise accessible reliable information.',
      sv: 'Det är inte visat att erfarenheten stöds av andra objektiva omständigheter och bekräftas, utan att motsägas, av offentlig eller annars tillgänglig tillförlitlig information.',
    });
  }
  const accepted = reasons.length === 0;
  if (accepted) {
    reasons.push({
      en: 'Documented and corroborated as the footnote to Clause 14(b) requires.',
      sv: 'Dokumenterad och bekräftad så som fotnoten till klausul 14 b kräver.',
    });
  }
  return {
    claimed: true,
    accepted,
    considered,
    reasons,
    ...(pe.description ? { description: pe.description } : {}),
    ...(pe.period ? { period: pe.period } : {}),
    cites,
  };
}

function technicalSection(
  given: Record<string, string>,
  decidingUseCase: number | undefined,
  finalState: string | undefined,
): NonNullable<TiaResult['technical']> {
  const n = decidingUseCase ?? useCaseFor(given);
  if (n === undefined) {
    return {
      decisive: false,
      text: {
        en: 'No EDPB use case fits the circumstances as answered so far.',
        sv: 'Inget av EDPB:s användningsfall passar omständigheterna så som de hittills har besvarats.',
      },
    };
  }
  const uc = useCaseByNumber(n as 1 | 2 | 3 | 4 | 5 | 6 | 7);
  const decisive = decidingUseCase !== undefined;
  const finding: Localized = uc.effectiveTechnicalMeasure
    ? {
        en: `EDPB use case ${n}: an effective technical measure exists.`,
        sv: `EDPB:s användningsfall ${n}: det finns en effektiv teknisk åtgärd.`,
      }
    : {
        en: `EDPB use case ${n}: the EDPB found no effective technical measure.`,
        sv: `EDPB:s användningsfall ${n}: EDPB fann ingen effektiv teknisk åtgärd.`,
      };
  const why: Localized = decisive
    ? { en: ' It decided the outcome at step 4.', sv: ' Det avgjorde utfallet i steg 4.' }
    : finalState
      ? {
          en: ' It did not decide the outcome: the assessment concluded at step 3, before supplementary measures were needed.',
          sv: ' Det avgjorde inte utfallet: bedömningen avslutades i steg 3, innan ytterligare åtgärder behövdes.',
        }
      : {
          en: ' Whether it decides depends on the answers still open.',
          sv: ' Om det blir avgörande beror på de svar som ännu saknas.',
        };
  return {
    useCase: n,
    title: uc.title,
    effectiveTechnicalMeasure: uc.effectiveTechnicalMeasure,
    conditions: uc.conditions,
    edpbRef: uc.edpbRef,
    paragraphs: uc.paragraphs,
    ...(uc.confidenceNote ? { confidenceNote: uc.confidenceNote } : {}),
    decisive,
    text: { en: finding.en + why.en, sv: finding.sv + why.sv },
  };
}

function refOf(m: Measure): MeasureRef {
  return { id: m.id, kind: m.kind, title: m.title, description: m.description, edpbRef: m.edpbRef };
}

function refsOf(ids: readonly string[] | undefined): MeasureRef[] {
  return (ids ?? []).flatMap((id) => {
    const m = measureById(id);
    return m ? [refOf(m)] : [];
  });
}

/** The measures the profile names for the importer's kind of service provider, none while it is unknown. */
function recommendedFor(profile: LawProfile, isProvider: boolean | undefined): string[] {
  const reach = profile.serviceProviderReach;
  if (!reach || isProvider === undefined) return [];
  return isProvider ? reach.provider.measures : reach.notProvider.measures;
}

function measuresSection(
  answers: TiaAnswers,
  requiredFor: number | undefined,
  recommendedIds: readonly string[],
): NonNullable<TiaResult['measures']> {
  const m = answers.measures;
  const required = requiredFor
    ? refsOf(useCaseByNumber(requiredFor as 1 | 2 | 3 | 4 | 5 | 6 | 7).measures)
    : [];
  const other =
    m?.otherMeasuresEffective !== undefined || m?.otherMeasuresDescription
      ? {
          ...(m.otherMeasuresEffective !== undefined ? { effective: m.otherMeasuresEffective } : {}),
          ...(m.otherMeasuresDescription ? { description: m.otherMeasuresDescription } : {}),
        }
      : undefined;
  const recommended = refsOf(recommendedIds.filter((id) => !required.some((r) => r.id === id)));
  return {
    required,
    recommended,
    chosen: {
      technical: refsOf(m?.technical),
      contractual: refsOf(m?.contractual),
      organisational: refsOf(m?.organisational),
    },
    ...(other ? { other } : {}),
    note: measuresNote,
  };
}

/** A small count in words, as running text writes it ("Four of the facts …"). */
function countOf(n: number, lang: 'en' | 'sv'): string {
  const words = {
    en: ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'],
    sv: ['Ingen', 'En', 'Två', 'Tre', 'Fyra', 'Fem', 'Sex', 'Sju', 'Åtta', 'Nio', 'Tio'],
  };
  return words[lang][n] ?? String(n);
}

function reviewPoints(
  profileId: ProfileId,
  laws: NonNullable<TiaResult['laws']>,
  output: Clause14Output | undefined,
): Localized[] {
  const points: Localized[] = [];
  if (laws.unconfirmed.length > 0) {
    points.push({
      en: `${countOf(laws.unconfirmed.length, 'en')} of the facts on the destination’s law could not be confirmed against a primary source; the report marks them. Check them against current sources before relying on them.`,
      sv: `${countOf(laws.unconfirmed.length, 'sv')} av uppgifterna om mottagarlandets lag har inte kunnat bekräftas mot en primär källa; rapporten markerar dem. Kontrollera dem mot aktuella källor innan du förlitar dig på dem.`,
    });
  }
  if (profileId === 'generic' && laws.findings.length === 0) {
    points.push({
      en: 'There is no profile for this destination and no findings were recorded: the answers on the four guarantees rest on nothing the assessment documents.',
      sv: 'Det finns ingen profil för detta mottagarland och inga iakttagelser har förts in: svaren om de fyra garantierna vilar inte på något som bedömningen dokumenterar.',
    });
  }
  if (output?.state === 'proceedOtherMeasures') {
    points.push({
      en: 'The conclusion rests on measures outside the EDPB use cases: have it reviewed by a lawyer before the transfer starts.',
      sv: 'Slutsatsen vilar på åtgärder utanför EDPB:s användningsfall: låt en jurist granska den innan överföringen börjar.',
    });
  }
  const caveat = output?.state ? useCaseCaveats[output.state] : undefined;
  if (caveat) points.push(caveat);
  if (output && output.answers.protectedRecipient === 'yes' && output.state !== 'proceedUseCase4') {
    points.push(protectedRecipientNotEnough);
  }
  if (output?.state === 'proceedPracticalExperience') {
    points.push({
      en: 'The conclusion rests on the importer’s practical experience: keep the records and the corroborating information with the assessment.',
      sv: 'Slutsatsen vilar på dataimportörens praktiska erfarenhet: bevara underlaget och den bekräftande informationen tillsammans med bedömningen.',
    });
  }
  return points;
}

/**
 * EDPB Recommendations 01/2020 (v2.0), Annex 2: the questionnaire asks for the core of use cases 2, 4 and 5
 * only; the conditions it does not ask are left for a lawyer to confirm.
 */
const useCaseCaveats: Record<string, Localized> = {
  proceedUseCase2: {
    en: 'Use case 2 is asked in brief: confirm that the exporter holds the additional information exclusively, protected by technical and organisational measures against disclosure or unauthorised use, and has established by a thorough analysis that the pseudonymised data cannot be attributed to a person even when cross-referenced with information the destination’s authorities may hold.',
    sv: 'Användningsfall 2 ställs i korthet: bekräfta att dataexportören ensam har den kompletterande informationen, skyddad genom tekniska och organisatoriska åtgärder mot utlämnande eller obehörig användning, och genom en grundlig analys har konstaterat att de pseudonymiserade uppgifterna inte kan hänföras till en person ens när de samkörs med information som mottagarlandets myndigheter kan ha.',
  },
  proceedUseCase4: {
    en: 'Use case 4 rests on the importer’s protection under the destination’s law: confirm that the exemption covers these data for this purpose and also the keys, passwords and other credentials that could get round it, and that the exporter has made sure the key it encrypts with belongs to the protected importer.',
    sv: 'Användningsfall 4 vilar på dataimportörens skydd enligt mottagarlandets lag: bekräfta att undantaget omfattar dessa uppgifter för detta ändamål och även de nycklar, lösenord och andra inloggningsuppgifter som skulle kunna kringgå det, och att dataexportören har förvissat sig om att den nyckel den krypterar med hör till den skyddade dataimportören.',
  },
  proceedUseCase5: {
    en: 'Use case 5 is asked in brief: confirm that the processors are independent and in different jurisdictions, that no part they receive can be used on its own or combined by them or by the authorities to identify a person (for example through secure multi-party computation), and that they do not collude.',
    sv: 'Användningsfall 5 ställs i korthet: bekräfta att personuppgiftsbiträdena är oberoende och finns i olika jurisdiktioner, att ingen del de får kan användas ensam eller sammanföras av dem eller av myndigheterna för att identifiera en person (till exempel genom säker flerpartsberäkning), och att de inte samverkar.',
  },
};

const protectedRecipientNotEnough: Localized = {
  en: 'The importer is said to be protected by the destination’s law, but EDPB use case 4 also needs the data to stay with it (no processor through which the authorities could reach them, no onward transfer to an unprotected entity), state-of-the-art encryption before they are sent and the key only in the importer’s custody; as answered, these do not all hold, so use case 4 was not applied.',
  sv: 'Dataimportören uppges ha skydd enligt mottagarlandets lag, men EDPB:s användningsfall 4 kräver också att uppgifterna stannar hos den (inget personuppgiftsbiträde genom vilket myndigheterna kan nå dem, ingen vidareöverföring till någon som saknar skydd), kryptering enligt den senaste tekniken innan de skickas och att bara dataimportören har nyckeln; enligt svaren är inte allt detta uppfyllt, så användningsfall 4 tillämpades inte.',
};

const maxLookaheadRuns = 120;
const lookaheadCache = new Map<string, OpenQuestion[]>();

/**
 * Forgets the look-ahead results kept above. For mutation testing only (test/mutation-setup.ts): Stryker
 * credits code to the tests that run it, and a test answered from the cache runs none of the look-ahead, so
 * a mutant there would meet only the first test that computed the same questions.
 */
// Stryker disable next-line all: it changes what Stryker sees, not what an assessment says
export function forgetLookahead(): void {
  lookaheadCache.clear();
}

/**
 * The open question, then the others the machine may still ask: each unanswered question is tried with
 * each of its choices once, so a question appears only if some path reaches it.
 */
function openQuestions(
  answers: TiaAnswers,
  context: TiaContext,
  profileId: ProfileId,
  first: Question,
): OpenQuestion[] {
  const key = JSON.stringify(answerMap(answers, context, profileId));
  const cached = lookaheadCache.get(key);
  if (cached) return cached;
  const found = new Map<string, OpenQuestion>([[first.id, toOpen(first)]]);
  const expanded = new Set<string>();
  const queue: Record<string, string>[] = [{}];
  let runs = 0;
  while (queue.length > 0 && runs < maxLookaheadRuns) {
    const assumed = queue.shift() ?? {};
    runs += 1;
    const r = runQuestionnaire(clause14Machine, undefined, tiaAnswerer(answers, context, profileId, assumed));
    if (r.status !== 'open' || expanded.has(r.question.id)) continue;
    expanded.add(r.question.id);
    if (!found.has(r.question.id)) found.set(r.question.id, toOpen(r.question));
    for (const choice of r.question.choices) queue.push({ ...assumed, [r.question.id]: choice.value });
  }
  // One more path, along the cautious branch (laws short of the guarantees, no use case fitting), reaches
  // the questions only that branch asks.
  const assumed: Record<string, string> = { ...lookaheadAnswers };
  for (let step = 0; step < clause14Questions.length; step += 1) {
    const r = runQuestionnaire(clause14Machine, undefined, tiaAnswerer(answers, context, profileId, assumed));
    if (r.status !== 'open') break;
    if (!found.has(r.question.id)) found.set(r.question.id, toOpen(r.question));
    assumed[r.question.id] = r.question.choices[0]?.value ?? '';
  }
  const order = (id: string) => clause14Questions.findIndex((q) => q.id === id);
  const list = [...found.values()].sort((x, y) =>
    x.id === first.id ? -1 : y.id === first.id ? 1 : order(x.id) - order(y.id),
  );
  if (lookaheadCache.size > 500) lookaheadCache.clear();
  lookaheadCache.set(key, list);
  return list;
}

function toOpen(q: Question): OpenQuestion {
  return {
    id: q.id,
    step: clause14Steps[q.id as keyof typeof clause14Steps] ?? 0,
    field: fieldFor(q.id) ?? q.id,
    text: q.text,
    ...(q.help ? { help: q.help } : {}),
    choices: q.choices,
    cites: q.cites,
  };
}

/**
 * The conclusions of the clause14 machine end with the procedural steps (machines/clause14/conclusions.ts,
 * `procedure`); the report gives those a section of their own (EDPB step 5), so they are split off here.
 */
function splitProcedure(text: Localized): { finding: Localized; procedure?: Localized } {
  if (!text.en.endsWith(procedure.en) || !text.sv.endsWith(procedure.sv)) return { finding: text };
  return {
    finding: {
      en: text.en.slice(0, -procedure.en.length),
      sv: text.sv.slice(0, -procedure.sv.length),
    },
    procedure: { en: procedure.en.trim(), sv: procedure.sv.trim() },
  };
}

const joinText = (a: Localized, b: Localized): Localized => ({
  en: `${a.en} ${b.en}`,
  sv: `${a.sv} ${b.sv}`,
});

const suspension: Localized = {
  en: 'Do not start the transfer; if it has started, suspend it and, if appropriate protection cannot be restored, terminate the contract (Clause 16(b) and (c)).',
  sv: 'Påbörja inte överföringen; om den redan har börjat, avbryt den och säg upp avtalet om ett lämpligt skydd inte kan återställas (klausul 16 b och c).',
};

/** EDPB step 5: what the conclusion asks the parties to do in form, not in substance. */
function procedureOf(outcome: Clause14Outcome, procedureText: Localized | undefined): TiaResult['procedure'] {
  if (outcome === 'do-not-transfer')
    return {
      text: suspension,
      cites: [`${scc}, Clause 16(b)`, `${scc}, Clause 16(c)`, `${scc}, Clause 14(f)`],
    };
  if (!procedureText) return undefined;
  return { text: procedureText, cites: [`${scc}, Clause 2(a)`, `${scc}, Clause 14(d)`] };
}
