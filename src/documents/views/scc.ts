import { sccDecisionPublication } from '../../data/instruments.js';
import type { FlowVerdict } from '../../domain/verdict.js';
import {
  caseNumberOf,
  countryLabel,
  type DocumentContext,
  dateView,
  flowDetailsOf,
  isEuMemberState,
  type PartyView,
  partyView,
  selectedVerdicts,
} from '../context.js';
import { DocumentRequestError } from '../errors.js';
import type { MeasureEntry, SccChoices } from '../input.js';
import { countryInSentence } from '../strings.js';
import {
  caseSubProcessors,
  type DescriptionView,
  descriptionView,
  knownSubProcessors,
  measuresOf,
  type SubProcessorView,
  subProcessorViews,
} from './common.js';

export type SccModule = 1 | 2 | 3 | 4;

/**
 * Warnings that do not bear on an SCC execution: the other footings (Art. 49 derogations, adequacy, other
 * Art. 46 tools) and missing facts, which the memo carries with the case's field names.
 */
const notForTheClauses = new Set([
  'derogation-conditions',
  'derogations-processor-exporter',
  'derogations-restrictive',
  'adequacy-conditions',
  'alternative-conditions',
  'open-question',
]);

/** Flows that share exporter, importer and module: one set of SCCs covers them all. */
export interface SccGroup {
  module: SccModule;
  exporterId: string;
  importerId: string;
  verdicts: FlowVerdict[];
}

/** The selected flows whose footing is the SCCs, grouped by parties and module, in the case's order. */
export function sccGroups(context: DocumentContext): SccGroup[] {
  const groups = new Map<string, SccGroup>();
  for (const verdict of selectedVerdicts(context)) {
    if (verdict.mechanism !== 'scc' || !verdict.scc || !verdict.exporter || !verdict.importer) continue;
    const key = JSON.stringify([verdict.exporter.id, verdict.importer.id, verdict.scc.module]);
    let group = groups.get(key);
    if (!group) {
      group = {
        module: verdict.scc.module,
        exporterId: verdict.exporter.id,
        importerId: verdict.importer.id,
        verdicts: [],
      };
      groups.set(key, group);
    }
    group.verdicts.push(verdict);
  }
  return [...groups.values()];
}

export interface SccView {
  date: ReturnType<typeof dateView>;
  caseNumber: string | undefined;
  /** Onward transfers to third countries the case knows from the importer (modules 1–3): review Clauses 8 and 9. */
  onwardTransfers: { name: string; countryName: string | undefined }[];
  /** Where Decision (EU) 2021/914 is published, in the document's language, and its ELI. */
  publication: { citation: string; eli: string };
  /** The clause giving data subjects a copy of the Clauses on request: 8.2(c) in module 1, 8.3 in 2 and 3. */
  copyClause: 'module1' | 'module2or3' | undefined;
  module: SccModule;
  exporter: PartyView;
  importer: PartyView;
  several: boolean;
  exporterRole: 'controller' | 'processor';
  importerRole: 'controller' | 'processor';
  flows: { id: string; number: number; description: DescriptionView }[];
  clause7: boolean | undefined;
  clause9: { applies: boolean; option: 'specific' | 'general' | undefined; days: number | undefined };
  clause11: { body: boolean | undefined; bodyName: string | undefined };
  clause13: {
    applies: boolean;
    case: 'member-state' | 'representative' | 'no-representative' | undefined;
    authority:
      | { name: string; nativeName: string | undefined; countryName: string | undefined; url: string }
      | undefined;
  };
  clause14: boolean;
  /** Every flow's Clause 14(d) assessment is complete: only then may the document say it was made. */
  clause14Assessed: boolean;
  clause17: {
    option: 'named' | 'exporter' | undefined;
    country: string | undefined;
    notEu: boolean;
    /** Option 2 with the exporter's own Member State as the fallback: the fallback decides nothing. */
    circular: boolean;
  };
  clause18: { country: string | undefined; notEu: boolean };
  annex: { ic: boolean; ii: boolean; iii: boolean };
  measures: MeasureEntry[] | undefined;
  assistanceMeasures: string | undefined;
  subProcessors: SubProcessorView[] | undefined;
  /** The request lists the sub-processors (possibly none); false when it says nothing of them. */
  subProcessorsKnown: boolean;
  /**
   * Points a lawyer should check before signing: the engine's review warnings for these flows that bear
   * on the clauses (set as Word comments, never in the signed text).
   */
  reviewPoints: string[];
  importerSubjectToGdpr: boolean;
}

/** One choice as the flows of a group give it; flows that disagree are an error in the request. */
function agreedChoice<K extends keyof SccChoices>(
  context: DocumentContext,
  flowIds: string[],
  key: K,
): SccChoices[K] {
  let found: { flow: string; value: SccChoices[K] } | undefined;
  for (const flow of flowIds) {
    const value = flowDetailsOf(context, flow).scc?.[key];
    if (value === undefined) continue;
    if (found && JSON.stringify(found.value) !== JSON.stringify(value)) {
      throw new DocumentRequestError(
        400,
        `details.flows.${flow}.scc.${key}`,
        'differs from another flow of the same SCCs',
        {
          sv: `Flödena ${found.flow} och ${flow} omfattas av samma standardavtalsklausuler men anger olika val för ${key}.`,
          en: `Flows ${found.flow} and ${flow} fall under the same standard contractual clauses but give different choices for ${key}.`,
        },
      );
    }
    found = { flow, value };
  }
  return found?.value;
}

function agreedList<T>(flowIds: string[], pick: (id: string) => T[] | undefined): T[] | undefined {
  const lists = flowIds.map(pick).filter((list) => list !== undefined);
  return lists.length === 0 ? undefined : lists.flat();
}

export function sccView(context: DocumentContext, group: SccGroup): SccView {
  const flowIds = group.verdicts.map((v) => v.id);
  const first = group.verdicts[0]!;
  const scc = first.scc!;
  const module = group.module;
  const moduleOneToThree = module !== 4;
  const subProcessorClause = module === 2 || module === 3;
  const lawCode = agreedChoice(context, flowIds, 'governingLaw');
  const courtsCode = agreedChoice(context, flowIds, 'courts');
  const authority = scc.supervisoryAuthority;
  // Annex III: the sub-processors the request names, and those the case's onward flows name.
  const subProcessors = subProcessorClause
    ? knownSubProcessors(
        context,
        agreedList(flowIds, (id) => flowDetailsOf(context, id).subProcessors),
        group.importerId,
      )
    : agreedList(flowIds, (id) => flowDetailsOf(context, id).subProcessors);
  const publication = sccDecisionPublication();
  const exporter = partyView(context, group.exporterId);
  const lawOption = subProcessorClause ? agreedChoice(context, flowIds, 'governingLawOption') : undefined;
  return {
    date: dateView(context),
    caseNumber: caseNumberOf(context),
    // Every onward transfer of the importer, whatever the recipient's role: Clause 8.7 (module 1) or 8.8
    // (modules 2 and 3) governs each, Clause 9 only those to sub-processors (src/engine/chain.ts).
    onwardTransfers: moduleOneToThree
      ? caseSubProcessors(context, group.importerId, 'any')
          .filter((s) => s.transfer)
          .map((s) => ({ name: s.entry.name, countryName: countryLabel(s.entry.country, context.lang) }))
      : [],
    publication: { citation: publication.citation[context.lang], eli: publication.eli },
    copyClause: module === 1 ? 'module1' : subProcessorClause ? 'module2or3' : undefined,
    module,
    exporter,
    importer: partyView(context, group.importerId),
    several: group.verdicts.length > 1,
    exporterRole: module === 1 || module === 2 ? 'controller' : 'processor',
    importerRole: module === 1 || module === 4 ? 'controller' : 'processor',
    flows: group.verdicts.map((verdict, i) => ({
      id: verdict.id,
      number: i + 1,
      description: descriptionView(context, verdict.id),
    })),
    clause7: agreedChoice(context, flowIds, 'docking'),
    clause9: {
      applies: subProcessorClause,
      option: agreedChoice(context, flowIds, 'subProcessorOption'),
      days: agreedChoice(context, flowIds, 'subProcessorNoticeDays'),
    },
    clause11: {
      body: agreedChoice(context, flowIds, 'disputeBody'),
      bodyName: agreedChoice(context, flowIds, 'disputeBodyName'),
    },
    clause13: {
      applies: moduleOneToThree,
      case: scc.clause13,
      authority: authority
        ? {
            ...authorityNames(authority.name, authority.nativeName),
            countryName: countryLabel(authority.country, context.lang),
            url: authority.url,
          }
        : undefined,
    },
    // Clause 14 applies to module 4 only when the EU processor combines the data; the engine says which.
    clause14: group.verdicts.some((v) => v.scc?.clause14),
    clause14Assessed: group.verdicts
      .filter((v) => v.scc?.clause14)
      .every((v) => context.tias.get(v.id)?.status === 'complete'),
    clause17: {
      option: lawOption,
      // Clauses 17 and 18 name the country in a sentence: "the law of the Netherlands".
      country: countryInSentence(countryLabel(lawCode, context.lang), context.lang),
      notEu: moduleOneToThree && lawCode !== undefined && !isEuMemberState(lawCode, context.date),
      circular: lawOption === 'exporter' && lawCode !== undefined && lawCode === exporter.country,
    },
    clause18: {
      country: countryInSentence(countryLabel(courtsCode, context.lang), context.lang),
      notEu: moduleOneToThree && courtsCode !== undefined && !isEuMemberState(courtsCode, context.date),
    },
    annex: { ic: moduleOneToThree, ii: moduleOneToThree, iii: subProcessorClause },
    measures: measuresOf(context, flowIds),
    assistanceMeasures: agreedChoiceText(context, flowIds),
    subProcessors: subProcessorViews(subProcessors, context),
    subProcessorsKnown: subProcessors !== undefined,
    reviewPoints: [
      ...new Set(
        group.verdicts.flatMap((v) =>
          v.warnings.filter((w) => w.review && !notForTheClauses.has(w.code)).map((w) => w.message),
        ),
      ),
    ],
    importerSubjectToGdpr: group.verdicts.some((v) => v.scc?.importerSubjectToGdpr === 'yes'),
  };
}

const ABBREVIATION = /^(.*) \(([A-Za-zÅÄÖåäö]{2,10})\)$/;

/**
 * An authority's name and, when it differs, its own: "Swedish Authority for Privacy Protection
 * (Integritetsskyddsmyndigheten, IMY)", the abbreviation once rather than after each name.
 */
function authorityNames(name: string, nativeName: string): { name: string; nativeName: string | undefined } {
  // Some names already carry the native one ("Nederländernas dataskyddsmyndighet (Autoriteit
  // Persoonsgegevens)"): printing it again gave "(Autoriteit Persoonsgegevens) (Autoriteit Persoonsgegevens)".
  if (nativeName === name || name.includes(`(${nativeName})`)) return { name, nativeName: undefined };
  const own = ABBREVIATION.exec(name);
  const native = ABBREVIATION.exec(nativeName);
  if (own && native && own[2] === native[2])
    return { name: own[1]!, nativeName: `${native[1]!}, ${native[2]!}` };
  return { name, nativeName };
}

function agreedChoiceText(context: DocumentContext, flowIds: string[]): string | undefined {
  const texts = [
    ...new Set(
      flowIds.map((id) => flowDetailsOf(context, id).assistanceMeasures).filter((t) => t !== undefined),
    ),
  ];
  return texts.length === 0 ? undefined : texts.join('\n');
}
