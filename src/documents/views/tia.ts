import type { Localized, Source } from '../../data/schema.js';
import type { FlowVerdict } from '../../domain/verdict.js';
import type { MeasureRef, TiaResult } from '../../tia/assess.js';
import { citation, citations } from '../citations.js';
import {
  caseNumberOf,
  countryLabel,
  type DocumentContext,
  dateView,
  flowDetailsOf,
  flowOf,
  type PartyView,
  type PersonView,
  partyView,
  personView,
  selectedVerdicts,
} from '../context.js';
import type { DocumentPlan } from '../kinds.js';
import { countryInSentence, longDate } from '../strings.js';

/**
 * The Clause 14(d) report: the engine's transfer impact assessment of one flow (src/tia), laid out for the
 * file. Every key is present (strict templates), missing answers are `undefined`.
 */

type Lang = DocumentContext['lang'];

interface MeasureView {
  title: string;
  description: string;
  edpbRef: string;
}

export interface TiaView {
  date: ReturnType<typeof dateView>;
  flowId: string;
  exporter: PartyView;
  importer: PartyView;
  destination: string | undefined;
  /** The destination as a running sentence names it ("the United States of America"). */
  destinationInSentence: string | undefined;
  module: number | undefined;
  assessorPerson: PersonView;
  /** `missing`: the engine gave no assessment for the flow (its destination is unknown). */
  status: TiaResult['status'] | 'missing';
  /** Step 1 lacks a fact neither the TIA answers nor the document facts give: the report is not complete. */
  circumstancesMissing: boolean;
  assessedOn: string | undefined;
  responsible: string | undefined;
  reviewer: string | undefined;
  notNeeded: string | undefined;
  circumstances: {
    purpose: string | undefined;
    sector: string | undefined;
    processingChain: string | undefined;
    actors: string[] | undefined;
    channels: string[] | undefined;
    dataCategories: string[] | undefined;
    specialCategories: boolean | undefined;
    format: string | undefined;
    stateOfTheArt: boolean | undefined;
    keysHeldBy: string | undefined;
    additionalInformationKeptInEea: boolean | undefined;
    storage: string | undefined;
    clearTextAccess: boolean | undefined;
    remoteAccess: boolean | undefined;
    protectedRecipient: boolean | undefined;
    splitProcessing: boolean | undefined;
  };
  laws:
    | {
        profileTitle: string;
        profileAsOf: string;
        /** The profile was checked after the assessment date: the report says so in words (point 10). */
        profileCheckedAfter: boolean;
        profileNote: string | undefined;
        /** Numbers in the sources list (annex) of the profile's own sources. */
        profileSources: string;
        commissionFinding: { law: string; reliedOn: boolean | undefined } | undefined;
        /** The US: what follows from the importer being, or not being, an ECS provider (section 702). */
        reach: { text: string; answered: boolean } | undefined;
        /** The four guarantees in order A-D, each with the findings its verdict rests on. */
        guarantees: GuaranteeView[];
        anyUnconfirmed: boolean;
        anyCheckedAfter: boolean;
      }
    | undefined;
  /** The sources of the profile and of the assessor's findings, numbered once, printed at full width. */
  sources: { n: number; text: string }[];
  procedure: { text: string; cites: string } | undefined;
  caseNumber: string | undefined;
  practical:
    | {
        claimed: boolean;
        accepted: boolean;
        considered: boolean;
        reasons: string[];
        description: string | undefined;
        period: { from: string; until: string } | undefined;
      }
    | undefined;
  technical:
    | { text: string; useCase: number | undefined; title: string | undefined; conditions: string | undefined }
    | undefined;
  measures:
    | {
        required: MeasureView[];
        recommended: MeasureView[];
        technical: MeasureView[];
        contractual: MeasureView[];
        organisational: MeasureView[];
        otherEffective: boolean | undefined;
        otherDescription: string | undefined;
        note: string;
      }
    | undefined;
  conclusion: { outcome: string; text: string; cites: string } | undefined;
  openQuestions: { text: string; help: string | undefined; field: string }[];
  reevaluateBy: string | undefined;
  reevaluation: { months: number; reason: string | undefined } | undefined;
  documentation: string | undefined;
  legalReview: string[];
  trail: { question: string; answer: string; cites: string }[];
  quantified:
    | {
        periodYears: number;
        probability: string;
        bases: { legalBasis: string; perYear: string }[];
        note: string;
      }
    | undefined;
}

interface FindingView {
  law: string | undefined;
  text: string;
  unconfirmed: boolean;
  sources: string;
  checked: string | undefined;
  checkedAfter: boolean;
}

interface GuaranteeView {
  letter: string;
  answer: 'met' | 'not-met' | undefined;
  /** No answer, because the assessment relies on the Commission's finding instead. */
  byCommissionFinding: boolean;
  /** The profile's statements on this guarantee: the reasons for the verdict. */
  statements: FindingView[];
  /** The assessor's own findings on it. */
  findings: FindingView[];
}

/** Titles of EU acts and EDPB papers, which exist in Swedish; other works keep the title they bear. */
const EU_TITLE =
  /^(Commission Implementing Decision|Implementing Decision|Decision \(EU\)|GDPR|EDPB Recommendations|EDPB Guidelines|CJEU|General Court|Case C-)/;

export function sourceText(source: Source, lang: Lang = 'en'): string {
  return [
    EU_TITLE.test(source.title) ? citation(source.title, lang) : source.title,
    source.celex ? `CELEX ${source.celex}` : undefined,
    source.oj && lang === 'sv' ? source.oj.replace(/^OJ /, 'EUT ').replace(', p. ', ', s. ') : source.oj,
    source.url,
  ]
    .filter(Boolean)
    .join(', ');
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const percent = (p: number) => `${(Math.round(p * 1000) / 10).toString()} %`;

function measureView(ref: MeasureRef, lang: Lang): MeasureView {
  return { title: ref.title[lang], description: ref.description[lang], edpbRef: citation(ref.edpbRef, lang) };
}

export function tiaView(
  context: DocumentContext,
  verdict: FlowVerdict,
  result: TiaResult | undefined,
): TiaView {
  const lang = context.lang;
  const pick = (text: Localized | undefined) => text?.[lang];
  // Step 1 takes what the TIA answers leave out from the document facts and the case (Annex I.B has them).
  const details = flowDetailsOf(context, verdict.id);
  const flow = flowOf(context, verdict.id);
  const purpose = result?.circumstances?.purpose ?? details.purposes?.join('; ');
  const dataCategories = result?.circumstances?.dataCategories ?? details.dataCategories;
  const specialCategories =
    result?.circumstances?.specialCategories ??
    flow?.specialCategories ??
    (details.sensitiveData ? details.sensitiveData.length > 0 : undefined);
  const c = { ...(result?.circumstances ?? {}), purpose, dataCategories, specialCategories };
  const laws = result?.laws;
  const pe = result?.practicalExperience;
  const measures = result?.measures;
  const finding = laws?.commissionFinding;
  // The sources list: each source once, numbered in the order the report first cites it.
  const sourceList: string[] = [];
  const numberOf = (source: Source) => {
    const text = sourceText(source, lang);
    const at = sourceList.indexOf(text);
    if (at >= 0) return at + 1;
    sourceList.push(text);
    return sourceList.length;
  };
  const numbers = (list: readonly Source[]) => list.map(numberOf).join(', ');
  const assessedOn = result?.assessedOn;
  const afterAssessment = (date: string | undefined) =>
    assessedOn !== undefined && date !== undefined && date > assessedOn;
  const profileSources = laws ? numbers(laws.profile.sources) : '';
  const guarantees: GuaranteeView[] = laws
    ? (['A', 'B', 'C', 'D'] as const).map((letter) => ({
        letter,
        answer: laws.guarantees[letter],
        byCommissionFinding: laws.guarantees[letter] === undefined && finding?.reliedOn === true,
        statements: laws.statements
          .filter((st) => st.topic === letter)
          .map((st) => ({
            law: upperFirst(citation(st.law, lang)),
            text: st.text[lang],
            unconfirmed: st.confidence === 'unconfirmed',
            sources: numbers(st.sources),
            checked: longDate(st.checked, lang),
            checkedAfter: afterAssessment(st.checked),
          })),
        findings: laws.findings
          .filter((f) => f.guarantee === letter)
          .map((f) => ({
            law: undefined,
            text: f.text,
            unconfirmed: false,
            sources: numbers(f.sources),
            checked: f.checked ? longDate(f.checked, lang) : undefined,
            checkedAfter: afterAssessment(f.checked),
          })),
      }))
    : [];
  const circumstancesMissing =
    purpose === undefined ||
    dataCategories === undefined ||
    specialCategories === undefined ||
    c.sector === undefined;
  return {
    circumstancesMissing,
    date: dateView(context),
    flowId: verdict.id,
    exporter: partyView(context, verdict.exporter?.id ?? ''),
    importer: partyView(context, verdict.importer?.id ?? ''),
    destination: countryLabel(result?.destination.code ?? verdict.importer?.country, lang),
    destinationInSentence: countryInSentence(
      countryLabel(result?.destination.code ?? verdict.importer?.country, lang),
      lang,
    ),
    module: verdict.scc?.module,
    assessorPerson: personView(flowDetailsOf(context, verdict.id).tia?.assessor),
    status: result?.status ?? 'missing',
    assessedOn: result ? longDate(result.assessedOn, lang) : undefined,
    responsible: pick(result?.assessor.text),
    reviewer: pick(result?.assessor.reviewer?.text),
    notNeeded: pick(result?.reasonNotNeeded?.text),
    circumstances: {
      purpose: c.purpose,
      sector: c.sector,
      processingChain: c.processingChain,
      actors: c.actors,
      channels: c.channels,
      dataCategories: c.dataCategories,
      specialCategories: c.specialCategories,
      format: c.format,
      stateOfTheArt: c.encryption?.stateOfTheArt,
      keysHeldBy: c.encryption?.keysHeldBy,
      additionalInformationKeptInEea: c.pseudonymisation?.additionalInformationKeptInEea,
      storage: c.storage,
      clearTextAccess: c.clearTextAccess,
      remoteAccess: c.remoteAccess,
      protectedRecipient: c.protectedRecipient,
      splitProcessing: c.splitProcessing,
    },
    laws: laws
      ? {
          profileTitle: laws.profile.title[lang],
          profileAsOf: longDate(laws.profile.asOf, lang),
          profileCheckedAfter: afterAssessment(laws.profile.asOf),
          profileNote: pick(laws.profile.note),
          profileSources,
          reach: laws.serviceProviderReach
            ? {
                text: laws.serviceProviderReach.text[lang],
                answered: laws.serviceProviderReach.importerIsProvider !== undefined,
              }
            : undefined,
          commissionFinding: finding
            ? {
                law: citation(
                  laws.statements.find((s) => s.id === finding.statement)?.law ?? finding.statement,
                  lang,
                ),
                reliedOn: finding.reliedOn,
              }
            : undefined,
          guarantees,
          anyUnconfirmed: laws.unconfirmed.length > 0,
          anyCheckedAfter: guarantees.some((g) =>
            [...g.statements, ...g.findings].some((f) => f.checkedAfter),
          ),
        }
      : undefined,
    sources: sourceList.map((text, i) => ({ n: i + 1, text })),
    procedure: result?.procedure
      ? { text: result.procedure.text[lang], cites: citations(result.procedure.cites, lang) }
      : undefined,
    caseNumber: caseNumberOf(context),
    practical: pe
      ? {
          claimed: pe.claimed,
          accepted: pe.accepted,
          considered: pe.considered,
          reasons: pe.reasons.map((r) => r[lang]),
          description: pe.description,
          period: pe.period
            ? { from: longDate(pe.period.from, lang), until: longDate(pe.period.until, lang) }
            : undefined,
        }
      : undefined,
    technical: result?.technical
      ? {
          text: result.technical.text[lang],
          useCase: result.technical.useCase,
          title: pick(result.technical.title),
          conditions: pick(result.technical.conditions),
        }
      : undefined,
    measures: measures
      ? {
          required: measures.required.map((m) => measureView(m, lang)),
          recommended: measures.recommended.map((m) => measureView(m, lang)),
          technical: measures.chosen.technical.map((m) => measureView(m, lang)),
          contractual: measures.chosen.contractual.map((m) => measureView(m, lang)),
          organisational: measures.chosen.organisational.map((m) => measureView(m, lang)),
          otherEffective: measures.other?.effective,
          otherDescription: measures.other?.description,
          note: measures.note[lang],
        }
      : undefined,
    conclusion: result?.conclusion
      ? {
          outcome: result.conclusion.outcome,
          text: result.conclusion.finding[lang],
          cites: citations(result.conclusion.cites, lang),
        }
      : undefined,
    openQuestions: (result?.openQuestions ?? []).map((q) => ({
      text: q.text[lang],
      help: pick(q.help),
      field: q.field,
    })),
    reevaluateBy: result?.reevaluateBy ? longDate(result.reevaluateBy, lang) : undefined,
    reevaluation: result?.reevaluation
      ? { months: result.reevaluation.months, reason: pick(result.reevaluation.reason) }
      : undefined,
    documentation: pick(result?.documentation?.text),
    legalReview: (result?.legalReview ?? []).map((r) => r[lang]),
    trail: (result?.trail ?? []).map((t) => ({
      question: t.question[lang],
      answer: t.answer[lang],
      cites: citations(t.cites, lang),
    })),
    quantified: result?.quantified
      ? {
          periodYears: result.quantified.periodYears,
          probability: percent(result.quantified.probabilityOverPeriod),
          bases: result.quantified.bases.map((b) => ({
            legalBasis: b.legalBasis,
            perYear: percent(b.perYear),
          })),
          note: result.quantified.note[lang],
        }
      : undefined,
  };
}

/** One report per selected flow whose obligations include the Clause 14(d) assessment. */
export function tiaPlans(context: DocumentContext): DocumentPlan[] {
  return selectedVerdicts(context)
    .filter((verdict) => verdict.obligations.includes('tia'))
    .map((verdict) => {
      const view = tiaView(context, verdict, context.tias.get(verdict.id));
      return {
        template: 'tia',
        view,
        flows: [verdict.id],
        parties: [view.exporter.name, view.importer.name],
      };
    });
}
