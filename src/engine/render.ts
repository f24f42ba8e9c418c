import type { Question, TrailEntry } from '../../machines/questionnaire.js';
import { roleLabels } from '../../machines/roles.js';
import type { LeanAssessment } from '../answer/expand.js';
import { dictionariesJson, Lean, MarkedCitation, toLean } from '../answer/lean.js';
import type { Localized } from '../data/schema.js';
import type {
  Assessment,
  AssessmentSummary,
  FlowVerdict,
  FlowVerdictSummary,
  PartyRole,
} from '../domain/verdict.js';
import type { TiaResult } from '../tia/assess.js';
import {
  type RenderedTia,
  renderLawProfile,
  renderTiaSummary,
  renderTiaWithProfileRef,
} from '../tia/render.js';
import { assumptionsOf, type GroupedAssessment } from './assess.js';
import { flowIndexMark, markedPlaces, relabel } from './like-flows.js';
import { decisionTitle } from './notes.js';
import { leanVerdict } from './render-lean.js';
import type {
  EngineAssessment,
  EngineCaseAssumption,
  EngineFlowVerdict,
  EngineOpenQuestion,
  EngineTrailEntry,
} from './types.js';
import { Utf8Writer } from './utf8-writer.js';

/**
 * Puts the engine's bilingual result into one language: the shape of `POST /v1/assessments`.
 * `full` is every verdict with its trail and transfer impact assessment; `summary` leaves out the
 * trail and gives the assessment in brief, for clients that send large batches.
 */

export type Lang = 'sv' | 'en';
export type Detail = 'full' | 'summary';

const partyRoleLabels: Record<PartyRole, Localized> = {
  controller: roleLabels.controller,
  'joint-controller': roleLabels['joint-controller'],
  processor: roleLabels.processor,
  'sub-processor': roleLabels['sub-processor'],
  'data-subject': { en: 'data subject', sv: 'registrerad' },
};

export function renderTrailEntry(entry: EngineTrailEntry, lang: Lang) {
  return {
    id: entry.id,
    machine: entry.machine,
    question: entry.question[lang],
    answer: entry.answer[lang],
    value: entry.value,
    cites: entry.cites,
    ...(entry.by ? { by: entry.by } : {}),
    ...(entry.note ? { note: entry.note[lang] } : {}),
  };
}

export function renderOpenQuestion(open: EngineOpenQuestion, lang: Lang) {
  const { question } = open;
  return {
    machine: open.machine,
    id: question.id,
    question: question.text[lang],
    ...(question.help ? { help: question.help[lang] } : {}),
    choices: question.choices.map((c) => ({ value: c.value, label: c.label[lang] })),
    cites: question.cites,
    ...(open.field ? { field: open.field } : {}),
  };
}

export function renderFlow(v: EngineFlowVerdict, lang: Lang): FlowVerdict {
  return renderVerdict(v, lang, 'full') as FlowVerdict;
}

/** A party role's label in the language, as the answer shows it. */
export const partyRoleLabel = (role: PartyRole, lang: Lang) => partyRoleLabels[role][lang];

export function renderVerdict(
  v: EngineFlowVerdict,
  lang: Lang,
  detail: Detail,
): FlowVerdict | FlowVerdictSummary {
  return {
    id: v.id,
    kind: v.kind,
    exporter: v.exporter,
    importer: v.importer,
    exporterRole: { role: v.exporterRole, label: partyRoleLabels[v.exporterRole][lang] },
    importerRole: { role: v.importerRole, label: partyRoleLabels[v.importerRole][lang] },
    mechanism: v.mechanism,
    ...(v.adequacy
      ? {
          adequacy: {
            decision: v.adequacy.decision.id,
            title: decisionTitle(v.adequacy.decision)[lang],
            celex: v.adequacy.decision.celex,
            ...(v.adequacy.decision.amendedBy.length > 0
              ? { amendedBy: v.adequacy.decision.amendedBy.map((a) => a.celex) }
              : {}),
            ...(v.adequacy.decision.until ? { until: v.adequacy.decision.until } : {}),
            covered: v.adequacy.covered,
            scope: v.adequacy.decision.scope.summary[lang],
            reason: v.adequacy.reason[lang],
            conditionsToConfirm: v.adequacy.conditionsToConfirm.map((c) => ({
              id: c.id,
              kind: c.kind,
              text: c.text[lang],
              cites: c.cites,
            })),
            confidence: v.adequacy.decision.confidence,
          },
        }
      : {}),
    ...(v.dpfFallback
      ? {
          dpfFallback: {
            decision: v.dpfFallback.decision,
            ...(v.dpfFallback.module ? { module: v.dpfFallback.module, tia: v.dpfFallback.tia } : {}),
            ...(v.dpfFallback.missing ? { missing: v.dpfFallback.missing } : {}),
            pending: v.dpfFallback.pending.map((p) => ({
              id: p.id,
              kind: p.kind,
              from: p.from,
              title: p.title[lang],
              summary: p.summary[lang],
              sources: p.sources.map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}) })),
              confidence: p.confidence,
            })),
          },
        }
      : {}),
    ...(v.scc
      ? {
          scc: {
            module: v.scc.module,
            clause14: v.scc.clause14,
            subProcessorOptions: v.scc.subProcessorOptions,
            ...(v.scc.clause13 ? { clause13: v.scc.clause13 } : {}),
            ...(v.scc.supervisoryAuthority
              ? {
                  supervisoryAuthority: {
                    country: v.scc.supervisoryAuthority.country,
                    id: v.scc.supervisoryAuthority.id,
                    name: v.scc.supervisoryAuthority.name[lang],
                    nativeName: v.scc.supervisoryAuthority.nativeName,
                    url: v.scc.supervisoryAuthority.url,
                  },
                }
              : {}),
            importerSubjectToGdpr: v.scc.importerSubjectToGdpr,
            choices: v.scc.choices.map((c) => ({
              id: c.id,
              clause: c.clause[lang],
              text: c.text[lang],
              ...(c.options ? { options: c.options.map((o) => ({ id: o.id, text: o.text[lang] })) } : {}),
              required: c.required,
            })),
          },
        }
      : {}),
    alternatives: v.alternatives,
    derogations: v.derogations,
    obligations: v.obligations,
    warnings: v.warnings.map((w) => ({
      code: w.code,
      message: w.message[lang],
      ...(w.review ? { review: true } : {}),
    })),
    openQuestions: v.openQuestions.map((q) => renderOpenQuestion(q, lang)),
    ...(v.originatingFlows ? { originatingFlows: v.originatingFlows } : {}),
    ...(v.continues ? { continues: v.continues } : {}),
    ...(v.onwardFlows ? { onwardFlows: v.onwardFlows } : {}),
    ...(detail === 'full' ? { trail: v.trail.map((entry) => renderTrailEntry(entry, lang)) } : {}),
    ...(v.tia
      ? { tia: detail === 'full' ? renderTiaWithProfileRef(v.tia, lang) : renderTiaSummary(v.tia, lang) }
      : {}),
  } as FlowVerdict | FlowVerdictSummary;
}

export function renderAssessment(a: EngineAssessment, lang: Lang, detail?: 'full'): Assessment;
export function renderAssessment(a: EngineAssessment, lang: Lang, detail: 'summary'): AssessmentSummary;
export function renderAssessment(
  a: EngineAssessment,
  lang: Lang,
  detail: Detail = 'full',
): Assessment | AssessmentSummary {
  const profiles = detail === 'full' ? lawProfilesOf(a.flows, lang) : undefined;
  return {
    asOf: a.asOf,
    dataVersion: a.dataVersion,
    lang,
    flows: a.flows.map((v) => renderVerdict(v, lang, detail)),
    assumptions: renderAssumptions(a.assumptions, lang),
    ...(profiles ? { lawProfiles: profiles } : {}),
  } as Assessment | AssessmentSummary;
}

/** The case's assumptions (said once for the case, each naming its flows and fields) as JSON. */
function assumptionsJson(grouped: GroupedAssessment, lang: Lang): string {
  return JSON.stringify(renderAssumptions(assumptionsOf(grouped), lang));
}

export function renderAssumptions(assumptions: readonly EngineCaseAssumption[], lang: Lang) {
  return assumptions.map((a) => ({
    code: a.code,
    message: a.message[lang],
    flows: a.flows,
    fields: a.fields,
  }));
}

/** The law profiles the flows' TIAs rest on, each once, in the order the flows first name them. */
function lawProfilesOf(
  verdicts: readonly EngineFlowVerdict[],
  lang: Lang,
): Record<string, RenderedTia> | undefined {
  const laws = lawsOf(verdicts);
  if (laws.size === 0) return undefined;
  return Object.fromEntries([...laws].map(([id, found]) => [id, renderLawProfile(found, lang)]));
}

function lawsOf(verdicts: readonly EngineFlowVerdict[]) {
  const laws = new Map<string, NonNullable<TiaResult['laws']>>();
  for (const v of verdicts) {
    const found = v.tia?.laws;
    if (found && !laws.has(found.profile.id)) laws.set(found.profile.id, found);
  }
  return laws;
}

/**
 * A law profile's JSON in one language, as text and as UTF-8, made once per profile record and statement
 * list: both are legal data, the same objects for every request until the data change (a new data version
 * makes new ones).
 */
interface MadeOnce {
  profile: NonNullable<TiaResult['laws']>['profile'];
  sv?: { text: string; bytes: Uint8Array };
  en?: { text: string; bytes: Uint8Array };
}
/** Keyed by the statement list, which the TIA takes as it is from the data; its profile part is new each time. */
let profileJson = new WeakMap<object, MadeOnce>();
/**
 * Mutation testing only (test/mutation-setup.ts): forget the profiles' JSON, so that each test runs
 * renderLawProfile's writing and Stryker's per-test coverage sees every test that reaches it.
 */
// Stryker disable next-line all: mutation-testing machinery
export function forgetLawProfileJson(): void {
  // Stryker disable next-line all: mutation-testing machinery
  profileJson = new WeakMap();
}
const sameProfile = (a: MadeOnce['profile'], b: MadeOnce['profile']) =>
  a.id === b.id &&
  a.title === b.title &&
  a.country === b.country &&
  a.asOf === b.asOf &&
  a.note === b.note &&
  a.sources === b.sources &&
  Object.keys(a).length === Object.keys(b).length;
function lawProfileJson(found: NonNullable<TiaResult['laws']>, lang: Lang) {
  let known = profileJson.get(found.statements);
  if (!known || !sameProfile(known.profile, found.profile)) {
    known = { profile: found.profile };
    profileJson.set(found.statements, known);
  }
  if (!known[lang]) {
    const text = JSON.stringify(renderLawProfile(found, lang));
    known[lang] = { text, bytes: encoder.encode(text) };
  }
  return known[lang];
}

/** `,"lawProfiles":{…}` for the flows' law profiles, from each profile's JSON made once; '' when none. */
function lawProfilesJson(verdicts: readonly EngineFlowVerdict[], lang: Lang): string {
  const laws = lawsOf(verdicts);
  if (laws.size === 0) return '';
  const parts = [...laws].map(([id, found]) => `${JSON.stringify(id)}:${lawProfileJson(found, lang).text}`);
  return `,"lawProfiles":{${parts.join(',')}}`;
}

/** The same into a writer: each profile's bytes are copied, not encoded again. */
function writeLawProfiles(
  out: Pick<Utf8Writer, 'text' | 'bytes'>,
  verdicts: readonly EngineFlowVerdict[],
  lang: Lang,
): void {
  const laws = lawsOf(verdicts);
  if (laws.size === 0) return;
  let i = 0;
  for (const [id, found] of laws) {
    out.text(`${i++ === 0 ? ',"lawProfiles":{' : ','}${JSON.stringify(id)}:`);
    out.bytes(lawProfileJson(found, lang).bytes);
  }
  out.text('}');
}

/**
 * A flow's text: `{"id":<its id>,` and its group's pieces joined by its index, encoded at once (one call
 * per flow: a call per piece costs more than the join).
 */
function writeFlow(out: Utf8Writer, first: boolean, id: string, pieces: readonly string[], index: string) {
  out.text(
    `${first ? '' : ','}{"id":${JSON.stringify(id)},${pieces.length === 1 ? pieces[0]! : pieces.join(index)}`,
  );
}

const idFirst = '{"id":"",';
const encoder = new TextEncoder();

/**
 * The answer of `POST /v1/assessments` in pieces: each group's verdict rendered and stringified once,
 * cut where its flow's index goes; a flow's text is `{"id":<its id>,` and its group's pieces joined by
 * its index. A batch of a thousand like flows costs a few renderings.
 */
interface AnswerPieces {
  head: string;
  groups: string[][];
  tail: string;
}

function answerPieces(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail,
  profiles: 'as-text' | 'left-out' = 'as-text',
): AnswerPieces {
  const groups = grouped.groups.map((verdict) => {
    const json = JSON.stringify(renderVerdict({ ...verdict, id: '' }, lang, detail));
    if (!json.startsWith(idFirst)) throw new Error('a rendered verdict must begin with its id');
    const rest = json.slice(idFirst.length);
    return grouped.marked ? rest.split(flowIndexMark) : [rest];
  });
  const head = JSON.stringify({ asOf: grouped.asOf, dataVersion: grouped.dataVersion, lang });
  return {
    head: `${head.slice(0, -1)},"flows":[`,
    groups,
    tail: `],"assumptions":${assumptionsJson(grouped, lang)}${
      detail === 'full' && profiles === 'as-text' ? lawProfilesJson(grouped.groups, lang) : ''
    }}`,
  };
}

/** The same text as `JSON.stringify(renderAssessment(assessCase(...), lang, detail))`. */
export function renderAssessmentJson(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail = 'full',
): string {
  const { head, groups, tail } = answerPieces(grouped, lang, detail);
  const flows = grouped.flows.map(
    (flow, i) => `{"id":${JSON.stringify(flow.id)},${groups[flow.group]!.join(String(i))}`,
  );
  return `${head}${flows.join(',')}${tail}`;
}

/**
 * That text as UTF-8, for the response body: each group's pieces are encoded once and copied for each
 * of its flows, instead of encoding megabytes of text that mostly repeats.
 */
export function renderAssessmentBytes(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail = 'full',
): Uint8Array {
  const { head, groups, tail } = answerPieces(grouped, lang, detail, 'left-out');
  // Unlike the lean answer's, each group's pieces are encoded once and copied for each of its flows: in
  // the full shape a group's text is large, and a flow's text made anew and encoded cost more (measured).
  const encoded = groups.map((pieces) => pieces.map((piece) => encoder.encode(piece)));
  const chunks: Uint8Array[] = [encoder.encode(head)];
  grouped.flows.forEach((flow, i) => {
    chunks.push(encoder.encode(`${i === 0 ? '' : ','}{"id":${JSON.stringify(flow.id)},`));
    const pieces = encoded[flow.group]!;
    const index = pieces.length > 1 ? encoder.encode(String(i)) : undefined;
    pieces.forEach((piece, k) => {
      if (k > 0 && index) chunks.push(index);
      chunks.push(piece);
    });
  });
  // The law profiles, the largest static part, are copied as the bytes made once.
  chunks.push(encoder.encode(tail.slice(0, -1)));
  if (detail === 'full') {
    const out = new ChunkList(chunks);
    writeLawProfiles(out, grouped.groups, lang);
  }
  chunks.push(encoder.encode('}'));
  return joined(chunks);
}

/** A list of chunks that takes what `writeLawProfiles` writes. */
class ChunkList {
  constructor(private readonly chunks: Uint8Array[]) {}
  text(piece: string) {
    this.chunks.push(encoder.encode(piece));
  }
  bytes(piece: Uint8Array) {
    this.chunks.push(piece);
  }
}

/** The chunks in one buffer. */
function joined(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Each flow's verdict in the full shape, one at a time: each group's verdict rendered once, and copied
 * for each of its flows with the flow's index put where the mark is.
 */
function* renderedFlows(grouped: GroupedAssessment, lang: Lang, detail: Detail) {
  const rendered = grouped.groups.map(
    (verdict) => renderVerdict({ ...verdict, id: '' }, lang, detail) as unknown as Record<string, unknown>,
  );
  for (const [i, flow] of grouped.flows.entries()) {
    const group = rendered[flow.group]!;
    const places = grouped.marked ? markedPlaces(group) : undefined;
    const own = places ? (relabel(group, places, String(i)) as Record<string, unknown>) : group;
    yield { ...own, id: flow.id };
  }
}

/** The lean answer (`?shape=lean`, docs/lean-answer.md) as an object: `expand` gives back the full one. */
export function renderLeanAssessment(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail = 'full',
): LeanAssessment {
  const profiles = detail === 'full' ? lawProfilesOf(grouped.groups, lang) : undefined;
  return toLean(
    {
      asOf: grouped.asOf,
      dataVersion: grouped.dataVersion,
      lang,
      flows: [],
      assumptions: renderAssumptions(assumptionsOf(grouped), lang),
      ...(profiles ? { lawProfiles: profiles } : {}),
    },
    renderedFlows(grouped, lang, detail),
  );
}

/**
 * The lean answer's JSON text, made as the full one is: each group of like flows made lean and written
 * once, with the flow index mark where its flows differ, and cut there; each flow's text is its id and its
 * group's pieces joined by its index. Dictionary entries that hold the mark are written once per flow.
 * The law profiles are spliced in from their JSON made once per profile and language.
 */
export function renderLeanAssessmentJson(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail = 'full',
): string {
  const parts = leanParts(grouped, lang, detail);
  if ('whole' in parts) return parts.whole;
  const { head, groups, afterFlows, dictionaries } = parts;
  const flows = grouped.flows.map(
    (flow, i) => `{"id":${JSON.stringify(flow.id)},${groups[flow.group]!.join(String(i))}`,
  );
  const profiles = detail === 'full' ? lawProfilesJson(grouped.groups, lang) : '';
  return `${head}${flows.join(',')}${afterFlows}${profiles},${dictionaries}}`;
}

/**
 * The lean answer in parts: its head up to the flows' list, each group's pieces (cut at the flow index
 * mark), what follows the flows up to the law profiles, and the dictionaries after them. `whole` when the
 * groups could not be made lean once (a citation that names a flow).
 */
function leanParts(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail,
): { head: string; groups: string[][]; afterFlows: string; dictionaries: string } | { whole: string } {
  const lean = new Lean();
  let groups: string[][];
  try {
    groups = grouped.groups.map((verdict, g) => {
      if (grouped.marked) lean.group = g;
      // Straight from the engine's verdict into the lean shape (src/engine/render-lean.ts).
      const made = leanVerdict({ ...verdict, id: '' }, lang, detail, lean, (role) =>
        partyRoleLabel(role, lang),
      );
      const json = JSON.stringify(made);
      if (!json.startsWith(idFirst)) throw new Error('a lean verdict must begin with its id');
      const rest = json.slice(idFirst.length);
      return grouped.marked ? rest.split(flowIndexMark) : [rest];
    });
  } catch (error) {
    if (!(error instanceof MarkedCitation)) throw error;
    // A citation that names a flow (never in today's data): each flow made lean on its own.
    return { whole: JSON.stringify(renderLeanAssessment(grouped, lang, detail)) };
  }
  const flowsOfGroup = grouped.marked ? grouped.groups.map((): number[] => []) : [];
  for (const [i, flow] of grouped.flows.entries()) flowsOfGroup[flow.group]?.push(i);
  const head = JSON.stringify({ shape: 'lean', asOf: grouped.asOf, dataVersion: grouped.dataVersion, lang });
  return {
    head: `${head.slice(0, -1)},"flows":[`,
    groups,
    afterFlows: `],"assumptions":${assumptionsJson(grouped, lang)}`,
    dictionaries: dictionariesJson(lean, grouped.marked ? (g) => flowsOfGroup[g]! : undefined),
  };
}

/** The lean answer as UTF-8, for the response body, written flow by flow (`Utf8Writer`). */
export function renderLeanAssessmentBytes(
  grouped: GroupedAssessment,
  lang: Lang,
  detail: Detail = 'full',
): Uint8Array {
  const parts = leanParts(grouped, lang, detail);
  const out = new Utf8Writer();
  if ('whole' in parts) {
    out.text(parts.whole);
    return out.done();
  }
  out.text(parts.head);
  for (const [i, flow] of grouped.flows.entries()) {
    writeFlow(out, i === 0, flow.id, parts.groups[flow.group]!, String(i));
  }
  out.text(parts.afterFlows);
  if (detail === 'full') writeLawProfiles(out, grouped.groups, lang);
  out.text(`,${parts.dictionaries}}`);
  return out.done();
}

/** A question of any questionnaire, in one language (the wizard protocol). */
export function renderQuestion(question: Question, lang: Lang) {
  return {
    id: question.id,
    text: question.text[lang],
    ...(question.help ? { help: question.help[lang] } : {}),
    choices: question.choices.map((c) => ({ value: c.value, label: c.label[lang] })),
    cites: question.cites,
  };
}

/** A questionnaire's trail in one language, without the machine tag the engine adds. */
export function renderTrail(trail: readonly TrailEntry[], lang: Lang) {
  return trail.map((entry) => ({
    id: entry.id,
    question: entry.question[lang],
    answer: entry.answer[lang],
    value: entry.value,
    cites: entry.cites,
    ...(entry.by ? { by: entry.by } : {}),
  }));
}
