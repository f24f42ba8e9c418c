import { z } from 'zod';

/**
 * Schemas of the legal datasets in `data/`. Every record says where the fact comes from, from when to
 * when it holds and when somebody last checked it, so the engine can answer "as of" a date.
 */

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A text in both product languages. */
export const localized = z.object({ en: z.string().min(1), sv: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

/** Where a fact comes from. At least one of celex, oj or url is given. */
/** A source must say where to find it: a CELEX number, an OJ reference or a URL. */
export const sourceIsFindable = [
  (s: { celex?: string; oj?: string; url?: string }) => Boolean(s.celex || s.oj || s.url),
  'a source needs a CELEX number, an OJ reference or a URL',
] as const;

export const source = z
  .object({
    title: z.string().min(1),
    celex: z.string().optional(),
    oj: z.string().optional(),
    url: z.string().url().optional(),
  })
  .refine(...sourceIsFindable);
export type Source = z.infer<typeof source>;

/** `confirmed`: checked against a primary or official source. `unconfirmed`: say so to the user. */
export const confidence = z.enum(['confirmed', 'unconfirmed']);

const provenance = {
  sources: z.array(source).min(1),
  checked: isoDate,
  confidence,
  /** Why a record is unconfirmed, or what a reader should know about its sources. */
  confidenceNote: localized.optional(),
};

/** Chapter V status of a place over a period. */
export const territoryStatus = z.enum(['eu', 'eea', 'third-country']);
export type TerritoryStatus = z.infer<typeof territoryStatus>;

export const statusPeriod = z.object({
  status: territoryStatus,
  from: isoDate.optional(),
  until: isoDate.optional(),
});

/**
 * A country (ISO 3166-1 alpha-2) or a territory that has a code of its own: an alpha-2 code where ISO
 * gives one (AX, GL, GI), else an ISO 3166-2 subdivision code (PT-20 for the Azores) or an exceptionally
 * reserved code (IC, EA). Names of ISO 3166-1 codes come from i18n-iso-countries; other records carry
 * their own `names`.
 */
export const territory = z.object({
  code: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/),
  kind: z.enum(['state', 'territory']),
  /** The state the territory belongs to, for kind `territory`. */
  sovereign: z.string().length(2).optional(),
  /** Only for codes i18n-iso-countries does not name. */
  names: localized.optional(),
  /** Other codes that mean the same place (ISO 3166-2 codes such as ES-CN for IC); the loader accepts them. */
  aliases: z.array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)).optional(),
  /** Dated statuses, oldest first; the periods do not overlap. */
  statuses: z.array(statusPeriod).min(1),
  /** Territories that are part of a state for Chapter V purposes but listed separately. */
  category: z.enum([
    'member-state',
    'eea-efta-state',
    'outermost-region',
    'special-territory',
    'overseas-country-or-territory',
    'crown-dependency',
    'british-overseas-territory',
    'microstate',
    'third-country',
  ]),
  note: localized.optional(),
  ...provenance,
});
export type Territory = z.infer<typeof territory>;

export const partyType = z.enum([
  'company',
  'public-authority',
  'non-profit',
  'international-organisation',
  'individual',
]);
export type PartyType = z.infer<typeof partyType>;

/** A condition or exclusion of an adequacy decision that the user must confirm for the importer. */
export const scopeCondition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: localized,
  cites: z.array(z.string()).min(1),
});
export type ScopeCondition = z.infer<typeof scopeCondition>;

/**
 * The scope of an adequacy decision as rules the engine applies.
 * - `importerTypes`: when given, an importer of another type is outside the decision;
 * - `requiresDpf`: the importer must be active in the EU-U.S. Data Privacy Framework for the kind of
 *   data (HR / non-HR) transferred;
 * - `conditions`: what must hold for the transfer to be covered (the user confirms them);
 * - `exclusions`: processing the decision does not cover (the user confirms none applies).
 */
export const adequacyScope = z.object({
  kind: z.enum(['general', 'partial']),
  summary: localized,
  importerTypes: z.array(partyType).optional(),
  requiresDpf: z.boolean().optional(),
  conditions: z.array(scopeCondition).default([]),
  exclusions: z.array(scopeCondition).default([]),
});
export type AdequacyScope = z.infer<typeof adequacyScope>;

export const adequacyTarget = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('country'),
    code: z.string().length(2),
    /** Codes of territories of that country the decision does not reach (e.g. Gibraltar for the UK). */
    excludes: z.array(z.string()).default([]),
    /** Codes of territories the decision reaches besides the country itself. */
    includes: z.array(z.string()).default([]),
  }),
  z.object({
    kind: z.literal('international-organisation'),
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: localized,
  }),
]);

/** How a decision stopped applying, when it did: the first day it no longer applied is the day after `until`. */
export const adequacyEnd = z.object({
  reason: z.enum(['invalidated', 'expired', 'repealed', 'replaced']),
  by: z.string().min(1),
  note: localized.optional(),
});

const celexNumber = z.string().regex(/^3\d{4}[A-Z]\d{4}(\(\d+\))?$/);

/** An act that amended a decision. */
export const amendingAct = z.object({
  title: localized,
  celex: celexNumber,
  oj: z.string().optional(),
  adopted: isoDate,
});
export type AmendingAct = z.infer<typeof amendingAct>;

/**
 * A dated version of a decision, made by an amending act: from `from` it replaces the `until`, `scope` and
 * `note` it gives; its sources add to the decision's, and its confidence speaks for the decision as amended.
 */
export const adequacyVersion = z.object({
  from: isoDate,
  until: isoDate.optional(),
  amendedBy: amendingAct,
  scope: adequacyScope.optional(),
  note: localized.optional(),
  ...provenance,
});
export type AdequacyVersion = z.infer<typeof adequacyVersion>;

/** An Art. 45 decision as data/adequacy.json records it: its first text, then its amendments as versions. */
export const adequacyRecord = z.object({
  /** Stable id, e.g. `2021-1772`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: localized,
  celex: celexNumber,
  oj: z.string().optional(),
  adopted: isoDate,
  /** First day the decision applies (notification or entry into force). */
  from: isoDate,
  /** Last day the first text applies: its sunset, or the day before the decision ended. */
  until: isoDate.optional(),
  end: adequacyEnd.optional(),
  target: adequacyTarget,
  scope: adequacyScope,
  /** Ids of decisions this one amends, extends or replaces. */
  relatesTo: z.array(z.string()).default([]),
  note: localized.optional(),
  /** Later versions made by amending acts, oldest first. */
  versions: z.array(adequacyVersion).default([]),
  /**
   * Whether the EEA Joint Committee has incorporated the decision into the EEA Agreement, which is what
   * makes it bind exporters in Iceland, Liechtenstein and Norway. Absent: not recorded, treated as unknown.
   */
  eeaIncorporation: z
    .object({
      status: z.enum(['incorporated', 'unknown']),
      /** The Joint Committee decision and the day it took effect, once incorporated. */
      by: z.string().optional(),
      from: isoDate.optional(),
      note: localized,
      checked: isoDate,
      sources: z.array(source).default([]),
    })
    .refine((e) => e.status === 'unknown' || (e.by && e.from && e.sources.length > 0), {
      message: 'an incorporated decision names the Joint Committee decision, its date and a source',
    })
    .optional(),
  ...provenance,
});
export type AdequacyRecord = z.infer<typeof adequacyRecord>;

/**
 * A decision as it stood on a date (`decisionAt` in src/data/adequacy.ts): the record with the version that
 * spoke that day folded in. `from` is the decision's first day, `until` the last day of that version.
 */
export type AdequacyDecision = Omit<AdequacyRecord, 'versions'> & {
  /** The amending acts behind the text of that day, oldest first (empty for the first text). */
  amendedBy: AmendingAct[];
};

/**
 * An agreement under which, for a period, transmission of personal data to a third country is not a
 * transfer to a third country (EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A). The place stays a
 * third country; the arrangement covers only exporters in places with a status in `exportersIn`, and may
 * cover those in `exportersMaybeIn` on a step the data do not record (the engine asks for legal review).
 */
export const interimArrangement = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: localized,
  effect: z.literal('not-a-transfer'),
  /** Codes of the places the data are transmitted to; territories with codes of their own are not included. */
  destinations: z.array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)).min(1),
  exportersIn: z.array(territoryStatus).min(1),
  exportersMaybeIn: z.array(territoryStatus).default([]),
  /** First and last day the arrangement applied (inclusive). */
  from: isoDate,
  until: isoDate,
  summary: localized,
  /** What must hold for the arrangement to apply; the user confirms them. */
  conditions: z.array(scopeCondition).min(1),
  cites: z.array(z.string()).min(1),
  ...provenance,
});
export type InterimArrangement = z.infer<typeof interimArrangement>;

/** The exporter's and the importer's roles a set of standard contractual clauses was made for. */
export const sccRelationship = z.enum([
  'controller-controller',
  'controller-processor',
  'processor-processor',
  'processor-controller',
]);
export type SccRelationship = z.infer<typeof sccRelationship>;

/**
 * A legal instrument whose dates decide what the engine may answer: the GDPR (the engine assesses under it)
 * and the Commission's sets of standard contractual clauses, with the transition of Decision (EU) 2021/914.
 */
export const legalInstrument = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['regulation', 'scc-decision']),
  title: localized,
  celex: z.string().regex(/^3\d{4}[A-Z]\d{4}(\(\d+\))?$/),
  /** First day the instrument applied. */
  from: isoDate,
  /** Earlier SCC sets: the last day a contract concluded on them stayed valid. */
  until: isoDate.optional(),
  /** Earlier SCC sets: the period in which a new contract could be concluded on them (from `from`). */
  newContracts: z.object({ until: isoDate }).optional(),
  relationships: z.array(sccRelationship).optional(),
  /**
   * The GDPR: the first day it applied in Iceland, Liechtenstein and Norway, once incorporated into the
   * EEA Agreement, with the sources for that date.
   */
  eeaEfta: z.object({ from: isoDate, sources: z.array(source).min(1) }).optional(),
  /**
   * Where the instrument is published, as a contract cites it in each language ("OJ L 199, 7.6.2021,
   * p. 31"; "EUT L 199, 7.6.2021, s. 31"), and its ELI.
   */
  publication: z.object({ citation: localized, eli: z.string().url() }).optional(),
  cites: z.array(z.string()).min(1),
  note: localized.optional(),
  ...provenance,
});
export type LegalInstrument = z.infer<typeof legalInstrument>;

export const supervisoryAuthority = z.object({
  /** Country (alpha-2) whose authority this is; `region` for the German Länder and Åland. */
  country: z.string().length(2),
  region: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name in the authority's own language, and in the product's two languages. */
  nativeName: z.string().min(1),
  name: localized,
  url: z.string().url(),
  /** The authority that represents the country in the EDPB and acts for Clause 13 by default. */
  lead: z.boolean(),
  /** What the authority supervises, where a country has more than one (German Länder, Åland). */
  competence: localized.optional(),
  ...provenance,
});
export type SupervisoryAuthority = z.infer<typeof supervisoryAuthority>;

/** Every dataset file has the same envelope. */
export const datasetMeta = z.object({
  id: z.string(),
  title: localized,
  /** The date the dataset as a whole was last reviewed. */
  asOf: isoDate,
  sources: z.array(source).min(1),
  note: localized.optional(),
});
export type DatasetMeta = z.infer<typeof datasetMeta>;

export const dataset = <T extends z.ZodTypeAny>(record: T) =>
  z.object({ meta: datasetMeta, records: z.array(record) });

/**
 * A development pending against one or more adequacy decisions (data/pending-developments.json): a court
 * case, a change in the third country's law or a due review. It holds from `from` until `until`, once
 * resolved; it never changes whether a decision is in force.
 */
export const pendingDevelopment = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  decisions: z.array(z.string()).min(1),
  kind: z.enum(['court-case', 'third-country-law', 'review']),
  from: isoDate,
  until: isoDate.optional(),
  title: localized,
  /** Completes a sentence that starts with the title. */
  summary: localized,
  ...provenance,
});
export type PendingDevelopment = z.infer<typeof pendingDevelopment>;

/** A Swedish provision the engine cites when a flow's facts call for it (data/swedish-public-sector.json). */
export const nationalProvision = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** First day it applied, where that matters. */
  from: isoDate.optional(),
  until: isoDate.optional(),
  title: localized,
  text: localized,
  cites: z.array(z.string()).min(1),
  ...provenance,
});
export type NationalProvision = z.infer<typeof nationalProvision>;
