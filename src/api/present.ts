import { addDays } from '../data/dates.js';
import type { AdequacyDecision, Localized, ScopeCondition, SupervisoryAuthority } from '../data/schema.js';
import type { Lang } from './lang.js';

/** Turns dataset records into answers in one language. Pure, shared by the read routes. */

const pick = (text: Localized | undefined, lang: Lang) => (text ? text[lang] : undefined);

const presentCondition = (c: ScopeCondition, lang: Lang) => ({
  id: c.id,
  text: c.text[lang],
  cites: c.cites,
});

export function presentDecision(d: AdequacyDecision, lang: Lang) {
  return {
    id: d.id,
    title: d.title[lang],
    celex: d.celex,
    ...(d.oj ? { oj: d.oj } : {}),
    adopted: d.adopted,
    // The API keeps its names: inForceFrom/inForceUntil, and end.date, the first day no longer in force.
    inForceFrom: d.from,
    ...(d.until ? { inForceUntil: d.until } : {}),
    ...(d.end && d.until
      ? {
          end: {
            date: addDays(d.until, 1),
            reason: d.end.reason,
            by: d.end.by,
            note: pick(d.end.note, lang),
          },
        }
      : {}),
    target:
      d.target.kind === 'country'
        ? {
            kind: 'country' as const,
            code: d.target.code,
            excludes: d.target.excludes,
            includes: d.target.includes,
          }
        : { kind: 'international-organisation' as const, id: d.target.id, name: d.target.name[lang] },
    scope: {
      kind: d.scope.kind,
      summary: d.scope.summary[lang],
      ...(d.scope.importerTypes ? { importerTypes: d.scope.importerTypes } : {}),
      ...(d.scope.requiresDpf ? { requiresDpf: true } : {}),
      conditions: d.scope.conditions.map((c) => presentCondition(c, lang)),
      exclusions: d.scope.exclusions.map((c) => presentCondition(c, lang)),
    },
    relatesTo: d.relatesTo,
    ...(d.note ? { note: d.note[lang] } : {}),
    confidence: d.confidence,
    ...(d.confidenceNote ? { confidenceNote: d.confidenceNote[lang] } : {}),
    sources: d.sources,
    checked: d.checked,
  };
}

export function presentAuthority(a: SupervisoryAuthority, lang: Lang) {
  return {
    id: a.id,
    country: a.country,
    ...(a.region ? { region: a.region } : {}),
    name: a.name[lang],
    nativeName: a.nativeName,
    url: a.url,
    confidence: a.confidence,
    ...(a.confidenceNote ? { confidenceNote: a.confidenceNote[lang] } : {}),
    sources: a.sources,
    checked: a.checked,
  };
}
