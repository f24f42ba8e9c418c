import {
  countryLabel,
  type DocumentContext,
  flowDetailsOf,
  flowOf,
  isThirdCountry,
  type PersonView,
  personView,
} from '../context.js';
import type { FlowDetails, MeasureEntry, SubProcessorEntry } from '../input.js';

/** Annex I.B of the SCCs and Annex 1 of the DPA: what is transferred or processed, about whom, why. */
export interface DescriptionView {
  dataSubjects: string[] | undefined;
  dataCategories: string[] | undefined;
  /** `none`: no sensitive data; `listed`: the categories below; `unknown`: the case or details do not say. */
  sensitive: 'none' | 'listed' | 'unknown';
  /** Set when the case says there are special categories but the details do not list them. */
  sensitiveExpected: boolean;
  /** Swedish personal identity numbers and children's data in the flow (Annex I.B, the DPA's annex). */
  personnummer: boolean;
  children: boolean;
  sensitiveCategories: string[] | undefined;
  sensitiveSafeguards: string[] | undefined;
  frequency: string | undefined;
  /** From the case: the flow is occasional (not systematic). */
  occasional: boolean | undefined;
  nature: string | undefined;
  purposes: string[] | undefined;
  retention: string | undefined;
  subProcessorTransfers: string | undefined;
}

export function descriptionView(context: DocumentContext, flowId: string): DescriptionView {
  const details: FlowDetails = flowDetailsOf(context, flowId);
  const flow = flowOf(context, flowId);
  const listed = details.sensitiveData;
  const sensitive =
    listed !== undefined
      ? listed.length === 0
        ? 'none'
        : 'listed'
      : flow?.specialCategories === false
        ? 'none'
        : 'unknown';
  return {
    dataSubjects: details.dataSubjects,
    dataCategories: details.dataCategories,
    sensitive,
    sensitiveExpected: sensitive === 'unknown' && flow?.specialCategories === true,
    personnummer: flow?.personnummer === true,
    children: flow?.children === true,
    sensitiveCategories: listed && listed.length > 0 ? listed : undefined,
    sensitiveSafeguards: details.sensitiveSafeguards,
    frequency: details.frequency,
    occasional: flow?.occasional,
    nature: details.nature,
    purposes: details.purposes,
    retention: details.retention,
    subProcessorTransfers: details.subProcessorTransfers,
  };
}

export interface SubProcessorView {
  name: string;
  address: string | undefined;
  countryName: string | undefined;
  contact: PersonView;
  processing: string | undefined;
}

/**
 * The sub-processors the case itself knows for a processor: the parties its flows go on to, processor to
 * processor. Each comes with whether the engine found that onward flow to be a transfer to a third country.
 */
export function caseSubProcessors(
  context: DocumentContext,
  processorId: string,
  /** `any`: every onward recipient of the party, whatever its role (a module 1 importer's onward transfers). */
  sender: 'processor' | 'any' = 'processor',
): { entry: SubProcessorEntry; flowId: string; transfer: boolean }[] {
  const seen = new Set<string>();
  return context.request.case.flows.flatMap((flow) => {
    if (flow.from !== processorId) return [];
    if (sender === 'processor' && (flow.fromRole !== 'processor' || flow.toRole !== 'processor')) return [];
    if (seen.has(flow.to)) return [];
    seen.add(flow.to);
    const party = context.request.case.parties.find((p) => p.id === flow.to);
    const kind = context.assessment.flows.find((f) => f.id === flow.id)?.kind;
    // The engine may leave an onward flow undetermined; a recipient outside the EU/EEA still needs review.
    const outside = party?.country !== undefined && isThirdCountry(party.country, context.date);
    return [
      {
        entry: { name: party?.name ?? flow.to, ...(party?.country ? { country: party.country } : {}) },
        flowId: flow.id,
        transfer: kind === 'transfer' || kind === 'onward-transfer' || (kind === 'undetermined' && outside),
      },
    ];
  });
}

/**
 * The sub-processors an annex lists: those the request names, then those only the case's flows name. The
 * list is known when either gives it, so a case that knows its sub-processors leaves no placeholder.
 */
export function knownSubProcessors(
  context: DocumentContext,
  given: SubProcessorEntry[] | undefined,
  processorId: string,
): SubProcessorEntry[] | undefined {
  const fromCase = caseSubProcessors(context, processorId).map((s) => s.entry);
  if (given === undefined && fromCase.length === 0) return undefined;
  const named = new Set((given ?? []).map((e) => e.name.trim().toLowerCase()));
  return [...(given ?? []), ...fromCase.filter((e) => !named.has(e.name.trim().toLowerCase()))];
}

export function subProcessorViews(
  entries: SubProcessorEntry[] | undefined,
  context: DocumentContext,
): SubProcessorView[] | undefined {
  return entries?.map((entry) => ({
    name: entry.name,
    address: entry.address,
    countryName: countryLabel(entry.country, context.lang),
    contact: personView(entry.contact),
    processing: entry.processing,
  }));
}

export function measuresOf(context: DocumentContext, flowIds: readonly string[]): MeasureEntry[] | undefined {
  const lists = flowIds.map((id) => flowDetailsOf(context, id).measures).filter((m) => m !== undefined);
  if (lists.length === 0) return undefined;
  // Measures given for several flows of one document are listed once each.
  const seen = new Set<string>();
  return lists.flat().filter((m) => {
    const key = `${m.area}\u0000${m.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
