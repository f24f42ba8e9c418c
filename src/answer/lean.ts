import type { LeanAssessment, LeanDecision, LeanQuestion } from './expand.js';

/**
 * The full answer of `POST /v1/assessments` made lean (docs/lean-answer.md): questions, citations, warning
 * texts, SCC choices, decisions and pending items said once, in dictionaries, and referred to by the flows.
 * `expand` (./expand.ts) undoes each step. Pure; it reads the full answer and never changes it.
 */

type Json = Record<string, unknown>;

/** One dictionary of an answer: a readable ref per distinct entry, `~2`, `~3`… when an id is reused. */
class Dictionary<T> {
  readonly entries: Record<string, T> = {};
  /** Per natural id: the entry's identity (its text, or its JSON) and its ref. */
  private readonly refs = new Map<string, Map<string, string>>();

  ref(id: string, identity: string, make: () => T): string {
    let byIdentity = this.refs.get(id);
    if (!byIdentity) {
      byIdentity = new Map();
      this.refs.set(id, byIdentity);
    }
    let ref = byIdentity.get(identity);
    if (ref === undefined) {
      ref = byIdentity.size === 0 ? id : `${id}~${byIdentity.size + 1}`;
      // A natural id may itself end in ~n; skip refs already taken.
      while (Object.hasOwn(this.entries, ref)) ref = `${ref}~`;
      byIdentity.set(identity, ref);
      this.entries[ref] = make();
    }
    return ref;
  }
}

class Lean {
  readonly citations: string[] = [];
  private readonly citationIndex = new Map<string, number>();
  readonly questions = new Dictionary<LeanQuestion>();
  readonly warnings = new Dictionary<string>();
  readonly sccChoices = new Dictionary<Json>();
  readonly decisions = new Dictionary<LeanDecision>();
  readonly pending = new Dictionary<Json>();

  cites(list: unknown): unknown {
    if (!Array.isArray(list) || !list.every((c) => typeof c === 'string')) return list;
    return list.map((text: string) => {
      let i = this.citationIndex.get(text);
      if (i === undefined) {
        i = this.citations.length;
        this.citations.push(text);
        this.citationIndex.set(text, i);
      }
      return i;
    });
  }

  /** Every `cites` list under `value` as indices; everything else as it is. */
  allCites(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.allCites(item));
    if (value === null || typeof value !== 'object') return value;
    const out: Json = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = key === 'cites' ? this.cites(inner) : this.allCites(inner);
    }
    return out;
  }

  question(machine: string, id: string, text: string, help?: string, choices?: unknown[]): string {
    const identity = choices ? JSON.stringify([text, help ?? null, choices]) : text;
    return this.questions.ref(`${machine}.${id}`, identity, () => ({
      machine,
      id,
      text,
      ...(help !== undefined ? { help } : {}),
      ...(choices ? { choices: choices as LeanQuestion['choices'] } : {}),
    }));
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
    questions: lean.questions.entries,
    warnings: lean.warnings.entries,
    sccChoices: lean.sccChoices.entries,
    decisions: lean.decisions.entries,
    pending: lean.pending.entries,
  });
  return out as unknown as LeanAssessment;
}
