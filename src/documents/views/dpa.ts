import { swedishProvisionAt } from '../../data/index.js';
import type { FlowVerdict } from '../../domain/verdict.js';
import {
  caseNumberOf,
  countryLabel,
  type DocumentContext,
  dateView,
  flowDetailsOf,
  flowOf,
  type PartyView,
  partyView,
  selectedVerdicts,
} from '../context.js';
import { DocumentRequestError } from '../errors.js';
import type { FlowDetails, MeasureEntry } from '../input.js';
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

/** A controller and a processor with the flows between them that call for an Art. 28 agreement. */
export interface DpaPair {
  controllerId: string;
  processorId: string;
  verdicts: FlowVerdict[];
}

function roles(context: DocumentContext, verdict: FlowVerdict) {
  const flow = flowOf(context, verdict.id);
  return {
    from: verdict.exporterRole?.role ?? flow?.fromRole,
    to: verdict.importerRole?.role ?? flow?.toRole,
  };
}

/**
 * Flows from a controller to a processor for which the engine names the Art. 28(3) contract as an
 * obligation; with SCC module 2 the clauses serve as that contract (Decision 2021/914, recital 9), so no
 * separate agreement is drafted for them.
 */
export function dpaPairs(context: DocumentContext): DpaPair[] {
  const pairs = new Map<string, DpaPair>();
  for (const verdict of selectedVerdicts(context)) {
    if (!verdict.obligations.includes('art28-contract') || !verdict.exporter || !verdict.importer) continue;
    const { from, to } = roles(context, verdict);
    if (from !== 'controller' || to !== 'processor') continue;
    if (verdict.mechanism === 'scc' && verdict.scc?.module === 2) continue;
    const key = JSON.stringify([verdict.exporter.id, verdict.importer.id]);
    let pair = pairs.get(key);
    if (!pair) {
      pair = { controllerId: verdict.exporter.id, processorId: verdict.importer.id, verdicts: [] };
      pairs.set(key, pair);
    }
    pair.verdicts.push(verdict);
  }
  return [...pairs.values()];
}

type DpaTerms = NonNullable<FlowDetails['dpa']>;

function agreedTerm<K extends keyof DpaTerms>(
  context: DocumentContext,
  flowIds: string[],
  key: K,
): DpaTerms[K] {
  let found: { flow: string; value: DpaTerms[K] } | undefined;
  for (const flow of flowIds) {
    const value = flowDetailsOf(context, flow).dpa?.[key];
    if (value === undefined) continue;
    if (found && found.value !== value) {
      throw new DocumentRequestError(
        400,
        `details.flows.${flow}.dpa.${key}`,
        'differs from another flow of the same agreement',
        {
          sv: `Flödena ${found.flow} och ${flow} omfattas av samma personuppgiftsbiträdesavtal men anger olika värden för ${key}.`,
          en: `Flows ${found.flow} and ${flow} fall under the same data processing agreement but give different values for ${key}.`,
        },
      );
    }
    found = { flow, value };
  }
  return found?.value;
}

export interface DpaView {
  date: ReturnType<typeof dateView>;
  caseNumber: string | undefined;
  /**
   * The onward transfers to third countries the case knows (processor to sub-processor): the controller's
   * instructions authorise exactly these (Art. 28(3)(a)).
   */
  onwardTransfers: { name: string; countryName: string | undefined }[];
  controller: PartyView;
  processor: PartyView;
  several: boolean;
  flows: { id: string; number: number; description: DescriptionView }[];
  mainAgreement: string | undefined;
  subjectMatter: string | undefined;
  duration: string | undefined;
  breachNoticeHours: number | undefined;
  subProcessorAuthorisation: 'specific' | 'general' | undefined;
  subProcessorNoticeDays: number | undefined;
  measures: MeasureEntry[] | undefined;
  subProcessors: SubProcessorView[] | undefined;
  subProcessorsKnown: boolean;
  /**
   * The processor is in a third country with an adequacy decision covering the transfer; `country` as a
   * sentence names it ("established in the United Kingdom").
   */
  adequacy: { title: string; country: string | undefined } | undefined;
  controllerIsPublic: boolean;
  /** A Swedish authority as controller: OSL 10 kap. 2 a § applies on the document's date (data/swedish-public-sector.json). */
  osl: { cites: string } | undefined;
}

export function dpaView(context: DocumentContext, pair: DpaPair): DpaView {
  const flowIds = pair.verdicts.map((v) => v.id);
  const subProcessorLists = flowIds
    .map((id) => flowDetailsOf(context, id).subProcessors)
    .filter((l) => l !== undefined);
  const controller = partyView(context, pair.controllerId);
  const subProcessors = knownSubProcessors(
    context,
    subProcessorLists.length > 0 ? subProcessorLists.flat() : undefined,
    pair.processorId,
  );
  const adequacy = pair.verdicts.find((v) => v.mechanism === 'adequacy' && v.adequacy?.covered)?.adequacy;
  const processor = partyView(context, pair.processorId);
  return {
    date: dateView(context),
    caseNumber: caseNumberOf(context),
    onwardTransfers: caseSubProcessors(context, pair.processorId)
      .filter((s) => s.transfer)
      .map((s) => ({ name: s.entry.name, countryName: countryLabel(s.entry.country, context.lang) })),
    controller,
    processor,
    several: pair.verdicts.length > 1,
    flows: pair.verdicts.map((verdict, i) => ({
      id: verdict.id,
      number: i + 1,
      description: descriptionView(context, verdict.id),
    })),
    mainAgreement: agreedTerm(context, flowIds, 'mainAgreement'),
    subjectMatter: agreedTerm(context, flowIds, 'subjectMatter'),
    duration: agreedTerm(context, flowIds, 'duration'),
    breachNoticeHours: agreedTerm(context, flowIds, 'breachNoticeHours'),
    subProcessorAuthorisation: agreedTerm(context, flowIds, 'subProcessorAuthorisation'),
    subProcessorNoticeDays: agreedTerm(context, flowIds, 'subProcessorNoticeDays'),
    measures: measuresOf(context, flowIds),
    subProcessors: subProcessorViews(subProcessors, context),
    subProcessorsKnown: subProcessors !== undefined,
    adequacy: adequacy
      ? { title: adequacy.title, country: countryInSentence(processor.countryName, context.lang) }
      : undefined,
    controllerIsPublic: controller.type === 'public-authority',
    osl: oslFor(context, pair.controllerId),
  };
}

function oslFor(context: DocumentContext, controllerId: string): DpaView['osl'] {
  const party = context.request.case.parties.find((p) => p.id === controllerId);
  if (party?.type !== 'public-authority' || party.country?.toUpperCase() !== 'SE') return undefined;
  const provision = swedishProvisionAt('osl-10-2a', context.assessment.asOf);
  return provision ? { cites: provision.cites.join('; ') } : undefined;
}
