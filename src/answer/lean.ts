import type { LeanAssessment, LeanDecision, LeanQuestion } from './expand.js';

/**
 * The full answer of `POST /v1/assessments` made lean (docs/lean-answer.md): questions, citations, warning
 * texts, SCC choices, decisions and pending items said once, in dictionaries, and referred to by the flows.
 * `expand` (./expand.ts) undoes each step. Pure; it reads the full answer and never changes it.
 */

type Json = Record<string, unknown>;

/**
 * Stands for a flow's index in the verdict of a group of like flows (src/engine/like-flows.ts); kept here
 * as a literal so this module stays free of imports.
 */
const mark = '\uE000';

/**
 * One dictionary of an answer: a readable ref per distinct entry, `~2`, `~3`… when an id is reused.
 * Made for a group of like flows, an entry whose text holds the flow index mark gets a ref that holds it
 * too (`code@<mark>`): each flow of the group then has its own entry, the mark replaced by its index.
 */
class Dictionary<T> {
  readonly entries = new Map<string, T>();
  /** Refs holding the mark, and the groups of like flows that use each. */
  readonly marked = new Map<string, Set<number>>();
  /** Per natural id: the entry's identity (its text, or its JSON) and its ref. */
  private readonly refs = new Map<string, Map<string, string>>();

  constructor(private readonly lean: Lean) {}

  ref(id: string, identity: string, make: () => T): string {
    let byIdentity = this.refs.get(id);
    if (!byIdentity) {
      byIdentity = new Map();
      this.refs.set(id, byIdentity);
    }
    let ref = byIdentity.get(identity);
    if (ref === undefined) {
      ref = byIdentity.size === 0 ? id : `${id}~${byIdentity.size + 1}`;
      if (this.lean.group !== undefined && identity.includes(mark)) ref = `${ref}@${mark}`;
      // A natural id may itself end in ~n; skip refs already taken.
      while (this.entries.has(ref)) ref = `${ref}~`;
      byIdentity.set(identity, ref);
      this.entries.set(ref, make());
    }
    if (this.lean.group !== undefined && ref.includes(mark)) {
      let groups = this.marked.get(ref);
      if (!groups) {
        groups = new Set();
        this.marked.set(ref, groups);
      }
      groups.add(this.lean.group);
    }
    return ref;
  }

  /**
   * The entries as JSON object members. `flowsOf` gives the indices of a group's flows: a marked entry is
   * written once for each flow of each group that uses it, with the flow's index in place of the mark.
   */
  *json(flowsOf?: (group: number) => readonly number[]): Generator<string> {
    for (const [ref, entry] of this.entries) {
      const text = `${JSON.stringify(ref)}:${jsonOf(entry)}`;
      const groups = flowsOf ? this.marked.get(ref) : undefined;
      if (!groups) {
        yield text;
        continue;
      }
      const pieces = text.split(mark);
      for (const group of groups) for (const i of flowsOf!(group)) yield pieces.join(String(i));
    }
  }

  object(): Record<string, T> {
    return Object.fromEntries(this.entries);
  }
}

/**
 * An entry's JSON, written once per entry object: the entries of legal data (a question, an SCC choice, a
 * decision) are the same objects from answer to answer. No entry is changed once it is in a dictionary.
 */
const entryJson = new WeakMap<object, string>();
function jsonOf(entry: unknown): string {
  if (entry === null || typeof entry !== 'object') return JSON.stringify(entry);
  let text = entryJson.get(entry);
  if (text === undefined) {
    text = JSON.stringify(entry);
    entryJson.set(entry, text);
  }
  return text;
}

/**
 * Question entries by ref id and identity, so that the same question is the same entry object (and its JSON
 * is written once) from answer to answer. Question texts are legal data, a few hundred; the bound only
 * guards against a text that is not.
 */
const questionEntries = new Map<string, LeanQuestion>();
const questionEntriesKept = 5_000;

/** The dictionaries of one answer, filled flow by flow (or group by group of like flows). */
export class Lean {
  /** The group of like flows being made lean, when its verdict is written with the index mark. */
  group: number | undefined;
  readonly citations: string[] = [];
  private readonly citationIndex = new Map<string, number>();
  readonly questions = new Dictionary<LeanQuestion>(this);
  readonly warnings = new Dictionary<string>(this);
  readonly sccChoices = new Dictionary<Json>(this);
  readonly decisions = new Dictionary<LeanDecision>(this);
  readonly pending = new Dictionary<Json>(this);

  cites(list: unknown): unknown {
    if (!Array.isArray(list) || !list.every((c) => typeof c === 'string')) return list;
    return list.map((text: string) => {
      let i = this.citationIndex.get(text);
      if (i === undefined) {
        // Citations are legal data; one that names a flow could not be shared by a group's flows.
        if (this.group !== undefined && text.includes(mark)) throw new MarkedCitation();
        i = this.citations.length;
        this.citations.push(text);
        this.citationIndex.set(text, i);
      }
      return i;
    });
  }

  /** Every `cites` list under `value` as indices; everything else as it is. */
  allCites(value: unknown): unknown {
    // A part without citations is returned as it is (nothing copied): most of a TIA is such parts.
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i += 1) {
        const made = this.allCites(value[i]);
        if (made !== value[i]) copy ??= value.slice();
        if (copy) copy[i] = made;
      }
      return copy ?? value;
    }
    let copy: Json | undefined;
    for (const key in value) {
      const inner = (value as Json)[key];
      const made = key === 'cites' ? this.cites(inner) : this.allCites(inner);
      if (made !== inner) {
        copy ??= { ...(value as Json) };
        copy[key] = made;
      }
    }
    return copy ?? value;
  }

  /** `identity`, when given, is what this would compute from the texts (a caller that made it once). */
  question(
    machine: string,
    id: string,
    text: string,
    help?: string,
    choices?: unknown[],
    identity: string = choices ? JSON.stringify([text, help ?? null, choices]) : text,
  ): string {
    return this.questions.ref(`${machine}.${id}`, identity, () => {
      const key = `${machine}.${id}\u0000${identity}`;
      let entry = questionEntries.get(key);
      if (!entry) {
        entry = {
          machine,
          id,
          text,
          ...(help !== undefined ? { help } : {}),
          ...(choices ? { choices: choices as LeanQuestion['choices'] } : {}),
        };
        if (questionEntries.size >= questionEntriesKept) questionEntries.clear();
        questionEntries.set(key, entry);
      }
      return entry;
    });
  }

  trailEntry(t: Json, machine: string | undefined): Json {
    const { id, machine: own, question, ...rest } = t;
    const q = this.question((own as string) ?? machine, id as string, question as string);
    return { q, ...(this.allCites(rest) as Json) };
  }

  openQuestion(o: Json): Json {
    const q = this.question(
      o.machine as string,
      o.id as string,
      o.question as string,
      o.help as string | undefined,
      o.choices as unknown[],
    );
    return { q, cites: this.cites(o.cites), ...(o.field !== undefined ? { field: o.field } : {}) };
  }

  tiaOpenQuestion(o: Json): Json {
    if (!('text' in o)) return o; // the brief form of detail=summary
    const q = this.question(
      'clause14',
      o.id as string,
      o.text as string,
      o.help as string | undefined,
      o.choices as unknown[],
    );
    return { q, step: o.step, field: o.field, cites: this.cites(o.cites) };
  }

  tia(tia: Json): Json {
    const out: Json = {};
    for (const [key, value] of Object.entries(tia)) {
      if (key === 'trail' && Array.isArray(value))
        out[key] = value.map((t) => this.trailEntry(t as Json, 'clause14'));
      else if (key === 'openQuestions' && Array.isArray(value))
        out[key] = value.map((o) => this.tiaOpenQuestion(o as Json));
      else out[key] = key === 'cites' ? this.cites(value) : this.allCites(value);
    }
    return out;
  }

  adequacy(a: Json): Json {
    const decision = this.decisions.ref(
      a.decision as string,
      JSON.stringify([a.title, a.celex, a.amendedBy, a.until, a.scope, a.confidence]),
      () => ({
        id: a.decision as string,
        title: a.title as string,
        celex: a.celex as string,
        ...(a.amendedBy ? { amendedBy: a.amendedBy as string[] } : {}),
        ...(a.until ? { until: a.until as string } : {}),
        scope: a.scope as string,
        confidence: a.confidence as string,
      }),
    );
    return {
      decision,
      covered: a.covered,
      reason: a.reason,
      conditionsToConfirm: this.allCites(a.conditionsToConfirm),
    };
  }

  flow(flow: Json): Json {
    const out: Json = {};
    for (const [key, value] of Object.entries(flow)) {
      switch (key) {
        case 'adequacy':
          out[key] = this.adequacy(value as Json);
          break;
        case 'dpfFallback': {
          const fallback = value as Json;
          out[key] = {
            ...fallback,
            pending: (fallback.pending as Json[]).map((p) =>
              this.pending.ref(p.id as string, JSON.stringify(p), () => p),
            ),
          };
          break;
        }
        case 'scc': {
          const scc = value as Json;
          out[key] = {
            ...scc,
            choices: (scc.choices as Json[]).map((c) =>
              this.sccChoices.ref(c.id as string, JSON.stringify(c), () => c),
            ),
          };
          break;
        }
        case 'warnings':
          out[key] = (value as Json[]).map(({ code, message, review }) => ({
            code,
            text: this.warnings.ref(code as string, message as string, () => message as string),
            ...(review !== undefined ? { review } : {}),
          }));
          break;
        case 'openQuestions':
          out[key] = (value as Json[]).map((o) => this.openQuestion(o));
          break;
        case 'trail':
          out[key] = (value as Json[]).map((t) => this.trailEntry(t, undefined));
          break;
        case 'tia':
          out[key] = this.tia(value as Json);
          break;
        default:
          out[key] = value;
      }
    }
    return out;
  }
}

/**
 * A full answer (or its summary) as a lean one. `flows` may be given apart, as an iterable that yields each
 * flow of the full answer in turn, so a large batch is never held whole in the full shape.
 */
export function toLean(full: Json, flows: Iterable<Json> = full.flows as Json[]): LeanAssessment {
  const lean = new Lean();
  const out: Json = { shape: 'lean' };
  for (const [key, value] of Object.entries(full)) {
    if (key === 'flows') {
      const made: Json[] = [];
      for (const flow of flows) made.push(lean.flow(flow));
      out[key] = made;
    } else out[key] = value;
  }
  Object.assign(out, {
    citations: lean.citations,
    questions: lean.questions.object(),
    warnings: lean.warnings.object(),
    sccChoices: lean.sccChoices.object(),
    decisions: lean.decisions.object(),
    pending: lean.pending.object(),
  });
  return out as unknown as LeanAssessment;
}

/** Thrown when a group's verdict cannot be made lean once for all its flows (see `Lean.cites`). */
export class MarkedCitation extends Error {}

/**
 * The dictionaries as the JSON members that end a lean answer:
 * `"citations":[…],"questions":{…},"warnings":{…},"sccChoices":{…},"decisions":{…},"pending":{…}`.
 */
export function dictionariesJson(lean: Lean, flowsOf?: (group: number) => readonly number[]): string {
  const object = (d: Dictionary<unknown>) => `{${[...d.json(flowsOf)].join(',')}}`;
  return [
    `"citations":${JSON.stringify(lean.citations)}`,
    `"questions":${object(lean.questions)}`,
    `"warnings":${object(lean.warnings)}`,
    `"sccChoices":${object(lean.sccChoices)}`,
    `"decisions":${object(lean.decisions)}`,
    `"pending":${object(lean.pending)}`,
  ].join(',');
}
