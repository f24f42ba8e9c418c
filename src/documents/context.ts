import { countryName, isKnownCode, territoryStatusAt } from '../data/index.js';
import type { Flow, Party } from '../domain/case.js';
import type { Assessment, FlowVerdict } from '../domain/verdict.js';
import type { TiaResult } from '../tia/assess.js';
import type { DocumentRequest, FlowDetails, Person } from './input.js';
import { longDate } from './strings.js';
import type { Lang } from './templates.js';

/**
 * What every document view is built from: the request, the engine's assessment of it (in the document's
 * language) and the document date. Views read facts through here, so a missing fact is `undefined` in the
 * same way everywhere and the templates turn it into a placeholder.
 */
export interface DocumentContext {
  lang: Lang;
  /** YYYY-MM-DD. */
  date: string;
  request: DocumentRequest;
  assessment: Assessment;
  /** The engine's Clause 14 assessments (both languages), by flow id. */
  tias: ReadonlyMap<string, TiaResult>;
}

/** A person as templates see it: every key present, so strict templates may ask for any of them. */
export interface PersonView {
  name: string | undefined;
  title: string | undefined;
  email: string | undefined;
  phone: string | undefined;
  given: boolean;
}

export interface PartyView {
  id: string;
  name: string;
  type: Party['type'];
  country: string | undefined;
  countryName: string | undefined;
  address: string | undefined;
  registrationNumber: string | undefined;
  activities: string | undefined;
  contact: PersonView;
  signatory: PersonView;
}

export function personView(person: Person | undefined): PersonView {
  return {
    name: person?.name,
    title: person?.title,
    email: person?.email,
    phone: person?.phone,
    given: person !== undefined,
  };
}

export function countryLabel(code: string | undefined, lang: Lang): string | undefined {
  if (code === undefined) return undefined;
  return countryName(code, lang) ?? code;
}

/** Whether a country is outside the EU/EEA on a date (an unknown code counts as outside: it gets reviewed). */
export function isThirdCountry(code: string, date: string): boolean {
  return !isKnownCode(code) || territoryStatusAt(code, date).status === 'third-country';
}

/** Whether a country is an EU Member State on a date (Clauses 17 and 18 of modules 1–3 ask for one). */
export function isEuMemberState(code: string, date: string): boolean {
  return isKnownCode(code) && territoryStatusAt(code, date).status === 'eu';
}

export function partyView(context: DocumentContext, id: string): PartyView {
  const party = context.request.case.parties.find((p) => p.id === id);
  const details = context.request.details?.parties?.[id];
  return {
    id,
    name: party?.name ?? id,
    type: party?.type ?? 'company',
    country: party?.country,
    countryName: countryLabel(party?.country, context.lang),
    address: details?.address,
    registrationNumber: details?.registrationNumber,
    activities: details?.activities,
    contact: personView(details?.contact),
    signatory: personView(details?.signatory),
  };
}

export function flowOf(context: DocumentContext, id: string): Flow | undefined {
  return context.request.case.flows.find((f) => f.id === id);
}

export function flowDetailsOf(context: DocumentContext, id: string): FlowDetails {
  return context.request.details?.flows?.[id] ?? {};
}

/** The verdicts of the flows the request selects (all when it names none), in the case's order. */
export function selectedVerdicts(context: DocumentContext): FlowVerdict[] {
  const wanted = context.request.flows ? new Set(context.request.flows) : undefined;
  return context.assessment.flows.filter((verdict) => !wanted || wanted.has(verdict.id));
}

export function dateView(context: DocumentContext) {
  return { iso: context.date, long: longDate(context.date, context.lang) };
}

/** The case number (diarienummer) the request gives for the documents, printed on each. */
export function caseNumberOf(context: DocumentContext): string | undefined {
  return context.request.details?.caseNumber;
}
