import type { Choice, Question } from '../../machines/questionnaire.js';
import type { Lean } from '../answer/lean.js';
import type { AdequacyDecision, PendingDevelopment } from '../data/schema.js';
import type { TiaResult } from '../tia/assess.js';
import { renderTiaSummary } from '../tia/render.js';
import { decisionTitle } from './notes.js';
import type { EngineFlowVerdict, EngineScc, EngineTrailEntry } from './types.js';

/**
 * A verdict written straight into the lean shape (docs/lean-answer.md), from the engine's bilingual result:
 * the language picked, the texts put into the answer's dictionaries and the citations replaced by indices
 * in one pass, instead of rendering the full verdict and then making it lean. The result is the object
 * `Lean.flow(renderVerdict(…))` gives (test/answer/lean.test.ts holds the two equal, text for text).
 *
 * What is legal data (questions, SCC choices, decisions, pending developments) is the same object for every
 * request until the data change: its dictionary entry, and the text that tells two entries apart, are made
 * once per object and language (WeakMaps: a new data version makes new objects and the old ones go).
 */

type Lang = 'sv' | 'en';
type Json = Record<string, unknown>;
type PerLang<T> = { sv?: T; en?: T };

/** Each madeOnce's way to forget what it made (forgetLeanEntries). */
const forgetters: (() => void)[] = [];

function madeOnce<K extends object, T>(make: (key: K, lang: Lang) => T) {
  let known = new WeakMap<K, PerLang<T>>();
  // Stryker disable next-line all: mutation-testing machinery, run only by test/mutation-setup.ts
  forgetters.push(() => (known = new WeakMap()));
  return (key: K, lang: Lang): T => {
    let entry = known.get(key);
    if (!entry) {
      entry = {};
      known.set(key, entry);
    }
    entry[lang] ??= make(key, lang);
    return entry[lang];
  };
}

/**
 * Mutation testing only (test/mutation-setup.ts): forget the entries made, so that each test runs the code
 * that makes them and Stryker's per-test coverage sees every test that reaches it, not only the first.
 */
// Stryker disable next-line all: mutation-testing machinery
export function forgetLeanEntries(): void {
  // Stryker disable next-line all: mutation-testing machinery
  for (const forget of forgetters) forget();
}

/** A list of choices in one language, and its JSON (part of an open question's identity). */
const choicesIn = madeOnce((choices: readonly Choice[], lang: Lang) => {
  const list = choices.map((c) => ({ value: c.value, label: c.label[lang] }));
  return { list, json: JSON.stringify(list) };
});

/** The identity `Lean.question` gives an open question: its text, help and choices. */
function openIdentity(text: string, help: string | undefined, choicesJson: string): string {
  return `[${JSON.stringify(text)},${help === undefined ? 'null' : JSON.stringify(help)},${choicesJson}]`;
}

const decisionEntry = madeOnce((decision: AdequacyDecision, lang: Lang) => {
  const title = decisionTitle(decision)[lang];
  const amendedBy = decision.amendedBy.length > 0 ? decision.amendedBy.map((a) => a.celex) : undefined;
  const until = decision.until ? decision.until : undefined;
  const scope = decision.scope.summary[lang];
  return {
    identity: JSON.stringify([title, decision.celex, amendedBy, until, scope, decision.confidence]),
    entry: {
      id: decision.id,
      title,
      celex: decision.celex,
      ...(amendedBy ? { amendedBy } : {}),
      ...(until ? { until } : {}),
      scope,
      confidence: decision.confidence,
    },
  };
});

const pendingEntry = madeOnce((p: PendingDevelopment, lang: Lang) => {
  const entry = {
    id: p.id,
    kind: p.kind,
    from: p.from,
    title: p.title[lang],
    summary: p.summary[lang],
    sources: p.sources.map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}) })),
    confidence: p.confidence,
  };
  return { identity: JSON.stringify(entry), entry };
});

type SccChoice = EngineScc['choices'][number];
const sccChoiceEntry = madeOnce((c: SccChoice, lang: Lang) => {
  const entry = {
    id: c.id,
    clause: c.clause[lang],
    text: c.text[lang],
    ...(c.options ? { options: c.options.map((o) => ({ id: o.id, text: o.text[lang] })) } : {}),
    required: c.required,
  };
  return { identity: JSON.stringify(entry), entry };
});

const isLocalized = (value: object): value is { en: string; sv: string } =>
  typeof (value as Json).en === 'string' &&
  typeof (value as Json).sv === 'string' &&
  Object.keys(value).length === 2;

/** `pick` (src/tia/render.ts) and `Lean.allCites` in one walk: the language picked, every `cites` as indices. */
function picked(value: unknown, lang: Lang, lean: Lean): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = picked(value[i], lang, lean);
    return out;
  }
  if (isLocalized(value)) return value[lang];
  const out: Json = {};
  for (const key of Object.keys(value)) {
    const inner = (value as Json)[key];
    out[key] = key === 'cites' ? lean.cites(picked(inner, lang, lean)) : picked(inner, lang, lean);
  }
  return out;
}

function trailEntry(t: EngineTrailEntry, lang: Lang, lean: Lean): Json {
  return {
    q: lean.question(t.machine, t.id, t.question[lang]),
    answer: t.answer[lang],
    value: t.value,
    cites: lean.cites(t.cites),
    ...(t.by ? { by: t.by } : {}),
    ...(t.note ? { note: t.note[lang] } : {}),
  };
}

function openQuestion(
  machine: string,
  question: Question,
  field: string | undefined,
  lang: Lang,
  lean: Lean,
) {
  const text = question.text[lang];
  const help = question.help ? question.help[lang] : undefined;
  const choices = choicesIn(question.choices, lang);
  const q = lean.question(
    machine,
    question.id,
    text,
    help,
    choices.list,
    openIdentity(text, help, choices.json),
  );
  return { q, cites: lean.cites(question.cites), ...(field ? { field } : {}) };
}

/** The TIA as `Lean.tia(renderTiaWithProfileRef(…))` makes it. */
function leanTia(result: TiaResult, lang: Lang, lean: Lean): Json {
  const out: Json = {};
  for (const key of Object.keys(result)) {
    const value = (result as unknown as Json)[key];
    if (key === 'laws' && result.laws) {
      const { profile, statements: _, ...rest } = result.laws;
      out[key] = picked({ profile: profile.id, ...rest }, lang, lean);
    } else if (key === 'trail' && Array.isArray(value)) {
      out[key] = (value as Json[]).map((t) => {
        const { id, machine, question, ...rest } = t;
        const q = lean.question(
          (machine as string | undefined) ?? 'clause14',
          id as string,
          picked(question, lang, lean) as string,
        );
        return { q, ...(picked(rest, lang, lean) as Json) };
      });
    } else if (key === 'openQuestions' && Array.isArray(value)) {
      out[key] = result.openQuestions!.map((o) => {
        const text = o.text[lang];
        const help = o.help ? o.help[lang] : undefined;
        const choices = choicesIn(o.choices, lang);
        const q = lean.question(
          'clause14',
          o.id,
          text,
          help,
          choices.list,
          openIdentity(text, help, choices.json),
        );
        return { q, step: o.step, field: o.field, cites: lean.cites(o.cites) };
      });
    } else {
      out[key] = key === 'cites' ? lean.cites(picked(value, lang, lean)) : picked(value, lang, lean);
    }
  }
  return out;
}

/**
 * One verdict in the lean shape, its dictionary entries added to `lean`. `label` gives a party role's
 * label in the language (the same the full answer shows).
 */
export function leanVerdict(
  v: EngineFlowVerdict,
  lang: Lang,
  detail: 'full' | 'summary',
  lean: Lean,
  label: (role: EngineFlowVerdict['exporterRole']) => string,
): Json {
  const out: Json = {
    id: v.id,
    kind: v.kind,
    exporter: v.exporter,
    importer: v.importer,
    exporterRole: { role: v.exporterRole, label: label(v.exporterRole) },
    importerRole: { role: v.importerRole, label: label(v.importerRole) },
    mechanism: v.mechanism,
  };
  if (v.adequacy) {
    const made = decisionEntry(v.adequacy.decision, lang);
    out.adequacy = {
      decision: lean.decisions.ref(v.adequacy.decision.id, made.identity, () => made.entry),
      covered: v.adequacy.covered,
      reason: v.adequacy.reason[lang],
      conditionsToConfirm: v.adequacy.conditionsToConfirm.map((c) => ({
        id: c.id,
        kind: c.kind,
        text: c.text[lang],
        cites: lean.cites(c.cites),
      })),
    };
  }
  if (v.dpfFallback) {
    const f = v.dpfFallback;
    out.dpfFallback = {
      decision: f.decision,
      ...(f.module ? { module: f.module, tia: f.tia } : {}),
      ...(f.missing ? { missing: f.missing } : {}),
      pending: f.pending.map((p) => {
        const made = pendingEntry(p, lang);
        return lean.pending.ref(p.id, made.identity, () => made.entry);
      }),
    };
  }
  if (v.scc) {
    const s = v.scc;
    out.scc = {
      module: s.module,
      clause14: s.clause14,
      subProcessorOptions: s.subProcessorOptions,
      ...(s.clause13 ? { clause13: s.clause13 } : {}),
      ...(s.supervisoryAuthority
        ? {
            supervisoryAuthority: {
              country: s.supervisoryAuthority.country,
              id: s.supervisoryAuthority.id,
              name: s.supervisoryAuthority.name[lang],
              nativeName: s.supervisoryAuthority.nativeName,
              url: s.supervisoryAuthority.url,
            },
          }
        : {}),
      importerSubjectToGdpr: s.importerSubjectToGdpr,
      choices: s.choices.map((c) => {
        const made = sccChoiceEntry(c, lang);
        return lean.sccChoices.ref(c.id, made.identity, () => made.entry);
      }),
    };
  }
  out.alternatives = v.alternatives;
  out.derogations = v.derogations;
  out.obligations = v.obligations;
  out.warnings = v.warnings.map((w) => {
    const message = w.message[lang];
    return {
      code: w.code,
      text: lean.warnings.ref(w.code, message, () => message),
      ...(w.review ? { review: true } : {}),
    };
  });
  out.openQuestions = v.openQuestions.map((o) => openQuestion(o.machine, o.question, o.field, lang, lean));
  if (v.originatingFlows) out.originatingFlows = v.originatingFlows;
  if (v.continues) out.continues = v.continues;
  if (v.onwardFlows) out.onwardFlows = v.onwardFlows;
  if (detail === 'full') out.trail = v.trail.map((t) => trailEntry(t, lang, lean));
  if (v.tia)
    out.tia = detail === 'full' ? leanTia(v.tia, lang, lean) : lean.tia(renderTiaSummary(v.tia, lang));
  return out;
}
