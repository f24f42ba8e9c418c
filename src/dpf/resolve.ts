import { scenarioDpfInactive } from '../data/scenario.js';
import type { Localized } from '../data/schema.js';
import type { Party, Warning } from '../domain/case.js';
import { daysBetween } from '../domain/dates.js';
import { dpfList, type LoadedDpfList } from './list.js';
import { matchOrganisation } from './match.js';
import { type FrameworkName, type FrameworkStatus, officialListUrl } from './schema.js';
import {
  explicitExplanation,
  type Lang,
  matchedExplanation,
  notFoundExplanation,
  uncertainExplanation,
  warningText,
} from './texts.js';

/**
 * What the engine knows about a US importer's Data Privacy Framework status, and how it knows it.
 * - `explicit`: the user read the facts off the official list and sent them;
 * - `matched`: one confident match in the imported participant list;
 * - `uncertain`: several or weak matches: no adequacy may be assumed;
 * - `not-found`: no facts and no match.
 *
 * Texts: `warnings[].message` is in the language asked for (`lang`, default English); `warningTexts`
 * holds the same warnings in both languages, and `explanation` is the trail text in both languages.
 */
export interface DpfResolution {
  status: 'explicit' | 'matched' | 'uncertain' | 'not-found';
  /** The facts adequacy rests on: EU-U.S. DPF active, and the data kinds certified. Absent when unknown. */
  facts?: { active: boolean; hrData: boolean; nonHrData: boolean };
  entry?: { id: string; name: string; url?: string; listDate: string; sample: boolean };
  warnings: Warning[];
  /** The official participant list, where the user checks this organisation (see `searchFor`). */
  searchUrl: string;
  /** The name to search for on the official list. */
  searchFor: string;
  /** The same warnings as `warnings`, in the same order, in both languages. */
  warningTexts: Array<{ code: DpfWarningCode; message: Localized }>;
  /** For the trail: which facts were used, where they came from and on which date they were read. */
  explanation: Localized;
  cites: string[];
  /** The date the facts were read off the official list: `dpf.checked`, or the list's date. */
  checked?: string;
  /** Status per framework, where known. Only `euUs` matters for transfers under the GDPR. */
  frameworks?: Partial<Record<FrameworkName, FrameworkStatus>>;
  /** The list name or other name that matched (status `matched`). */
  matchedName?: string;
  /** Entries the name might mean (status `uncertain`). */
  candidates?: Array<{ id: string; name: string; score: number }>;
  /** The list consulted, when it was (statuses `matched`, `uncertain`, `not-found`). */
  list?: { listDate: string; sample: boolean };
}

export type DpfWarningCode =
  | 'dpf-sample-list'
  | 'dpf-match-uncertain'
  | 'dpf-list-stale'
  | 'dpf-list-after-asof'
  | 'dpf-facts-stale'
  | 'dpf-scenario-inactive';

export interface ResolveDpfOptions {
  /** Language of `warnings[].message`; default English. */
  lang?: Lang;
  /** The list to consult; default the loaded `data/dpf/list.json`. */
  list?: LoadedDpfList;
}

/** A list or a check older than this at the assessment date may no longer show the status. */
export const DPF_MAX_AGE_DAYS = 30;

const cites = ['Decision (EU) 2023/1795, Art. 1'];

/**
 * The official list's page. Its search runs in the browser and no query-string form is documented, so
 * the link opens the list and `searchFor` names what to type.
 */
export function officialSearchUrl(_name: string): string {
  return officialListUrl;
}

/** Explicit facts first; else the participant list, looked up by name (and the entries' other names). */
export function resolveDpf(
  party: Pick<Party, 'name' | 'dpf'>,
  asOf: string,
  options: ResolveDpfOptions = {},
): DpfResolution {
  const resolution = resolveFromData(party, asOf, options);
  const entryId = resolution.entry?.id;
  if (
    !resolution.facts?.active ||
    !scenarioDpfInactive({ name: party.name, ...(entryId ? { entryId } : {}) }, asOf)
  )
    return resolution;
  // A re-assessment scenario treats the organisation as no longer active: the same data, read as if changed.
  const message = {
    en: `Scenario: ${party.name} is treated as no longer active in the EU-U.S. Data Privacy Framework.`,
    sv: `Scenario: ${party.name} behandlas som inte längre aktiv i EU-U.S. Data Privacy Framework.`,
  };
  return {
    ...resolution,
    facts: { ...resolution.facts, active: false },
    ...(resolution.frameworks ? { frameworks: { ...resolution.frameworks, euUs: 'inactive' } } : {}),
    warnings: [
      ...resolution.warnings,
      { code: 'dpf-scenario-inactive', message: message[options.lang ?? 'en'] },
    ],
    warningTexts: [...resolution.warningTexts, { code: 'dpf-scenario-inactive', message }],
  };
}

function resolveFromData(
  party: Pick<Party, 'name' | 'dpf'>,
  asOf: string,
  options: ResolveDpfOptions,
): DpfResolution {
  const lang = options.lang ?? 'en';
  const searchUrl = officialSearchUrl(party.name);
  const texts: DpfResolution['warningTexts'] = [];
  const finish = (
    resolution: Omit<DpfResolution, 'warnings' | 'warningTexts' | 'searchUrl' | 'searchFor' | 'cites'>,
  ) => ({
    ...resolution,
    warnings: texts.map((w) => ({ code: w.code, message: w.message[lang] })),
    warningTexts: texts,
    searchUrl,
    searchFor: party.name,
    cites,
  });

  if (party.dpf) {
    const { active, hrData, nonHrData, url, checked, frameworks } = party.dpf;
    const known = definedOnly({
      euUs: frameworks?.euUs ?? (active ? 'active' : undefined),
      ukExtension: frameworks?.ukExtension,
      swissUs: frameworks?.swissUs,
    });
    if (checked) {
      const age = daysBetween(checked, asOf);
      if (age > DPF_MAX_AGE_DAYS) {
        texts.push({
          code: 'dpf-facts-stale',
          message: warningText.factsStale(party.name, checked, asOf, age),
        });
      }
    }
    return finish({
      status: 'explicit',
      facts: { active, hrData, nonHrData },
      ...(checked ? { checked } : {}),
      frameworks: known,
      explanation: explicitExplanation({
        party: party.name,
        facts: { active, hrData, nonHrData, frameworks: known },
        ...(checked ? { checked } : {}),
        ...(url ? { url } : {}),
        searchUrl,
      }),
    });
  }

  const { meta, index } = options.list ?? dpfList();
  const list = { listDate: meta.listDate, sample: meta.sample };
  if (meta.sample) texts.push({ code: 'dpf-sample-list', message: warningText.sampleList(officialListUrl) });
  const age = daysBetween(meta.listDate, asOf);
  if (age > DPF_MAX_AGE_DAYS) {
    texts.push({ code: 'dpf-list-stale', message: warningText.listStale(meta.listDate, asOf, age) });
  } else if (-age > DPF_MAX_AGE_DAYS) {
    texts.push({
      code: 'dpf-list-after-asof',
      message: warningText.listAfterAsOf(meta.listDate, asOf, -age),
    });
  }

  const match = matchOrganisation(index, party.name);
  switch (match.kind) {
    case 'confident': {
      const { entry, matchedName, viaOtherName } = match.hit;
      const facts = {
        active: entry.frameworks.euUs === 'active',
        hrData: entry.hrData,
        nonHrData: entry.nonHrData,
      };
      return finish({
        status: 'matched',
        facts,
        entry: {
          id: entry.id,
          name: entry.name,
          ...(entry.url ? { url: entry.url } : {}),
          listDate: meta.listDate,
          sample: meta.sample,
        },
        checked: meta.listDate,
        frameworks: { ...entry.frameworks },
        matchedName,
        list,
        explanation: matchedExplanation({
          party: party.name,
          entryName: entry.name,
          matchedName,
          viaOtherName,
          listDate: meta.listDate,
          sample: meta.sample,
          facts: { ...facts, frameworks: entry.frameworks },
          similar: match.similar.map((h) => h.entry.name),
          ...(entry.url ? { entryUrl: entry.url } : {}),
          searchUrl,
        }),
      });
    }
    case 'ambiguous':
    case 'weak': {
      const ambiguous = match.kind === 'ambiguous';
      const candidateNames = match.candidates.map((h) => h.entry.name);
      texts.push({
        code: 'dpf-match-uncertain',
        message: warningText.matchUncertain(party.name, candidateNames, ambiguous),
      });
      return finish({
        status: 'uncertain',
        candidates: match.candidates.map((h) => ({
          id: h.entry.id,
          name: h.entry.name,
          score: Math.round(h.score * 100) / 100,
        })),
        list,
        explanation: uncertainExplanation({
          party: party.name,
          listDate: meta.listDate,
          sample: meta.sample,
          candidates: candidateNames,
          ambiguous,
          searchUrl,
        }),
      });
    }
    case 'none':
      return finish({
        status: 'not-found',
        list,
        explanation: notFoundExplanation({
          party: party.name,
          listDate: meta.listDate,
          sample: meta.sample,
          searchUrl,
        }),
      });
  }
}

function definedOnly(
  value: Partial<Record<FrameworkName, FrameworkStatus | undefined>>,
): Partial<Record<FrameworkName, FrameworkStatus>> {
  const out: Partial<Record<FrameworkName, FrameworkStatus>> = {};
  for (const name of ['euUs', 'ukExtension', 'swissUs'] as const) {
    const status = value[name];
    if (status) out[name] = status;
  }
  return out;
}
