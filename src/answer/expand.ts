/**
 * The lean answer of `POST /v1/assessments?shape=lean` back into today's full answer (docs/lean-answer.md).
 * Pure and without imports, so the web app loads the same code (`/expand.js`, bundled at build time).
 * Each step undoes one step of `toLean` (src/answer/lean.ts); key order is kept, so the expanded answer
 * is the same JSON text as the full one.
 */

type Json = Record<string, unknown>;

/** A question, said once: for a trail entry its text; for an open question also help and choices. */
export interface LeanQuestion {
  machine: string;
  id: string;
  text: string;
  help?: string;
  choices?: { value: string; label: string }[];
}

export interface LeanDecision {
  id: string;
  title: string;
  celex: string;
  amendedBy?: string[];
  until?: string;
  scope: string;
  confidence: string;
}

export interface LeanAssessment {
  shape: 'lean';
  asOf: string;
  dataVersion: string;
  lang: 'sv' | 'en';
  flows: Json[];
  assumptions?: unknown[];
  citations: string[];
  questions: Record<string, LeanQuestion>;
  warnings: Record<string, string>;
  sccChoices: Record<string, Json>;
  decisions: Record<string, LeanDecision>;
  pending: Record<string, Json>;
  lawProfiles?: Record<string, unknown>;
}

/** The entry of a dictionary, or an error: a lean answer that lacks one cannot be expanded honestly. */
function entry<T>(dictionary: Record<string, T>, ref: unknown, what: string): T {
  const found = typeof ref === 'string' && Object.hasOwn(dictionary, ref) ? dictionary[ref] : undefined;
  if (found === undefined) throw new Error(`lean answer: no ${what} "${String(ref)}"`);
  return found;
}

function citesOf(refs: unknown, citations: readonly string[]): string[] {
  if (!Array.isArray(refs)) throw new Error('lean answer: cites must be a list of indices');
  return refs.map((i) => {
    const text = typeof i === 'number' ? citations[i] : undefined;
    if (text === undefined) throw new Error(`lean answer: no citation ${String(i)}`);
    return text;
  });
}

/** Every `cites` list of indices under `value` back into the citation texts. */
function expandCites(value: unknown, citations: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => expandCites(item, citations));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === 'cites' && Array.isArray(inner) ? citesOf(inner, citations) : expandCites(inner, citations);
  }
  return out;
}

function expandTrailEntry(lean: Json, a: LeanAssessment, withMachine: boolean): Json {
  const { q, ...rest } = lean;
  const question = entry(a.questions, q, 'question');
  const head: Json = withMachine
    ? { id: question.id, machine: question.machine, question: question.text }
    : { id: question.id, question: question.text };
  return { ...head, ...(expandCites(rest, a.citations) as Json) };
}

function expandOpenQuestion(lean: Json, a: LeanAssessment): Json {
  const question = entry(a.questions, lean.q, 'question');
  return {
    machine: question.machine,
    id: question.id,
    question: question.text,
    ...(question.help !== undefined ? { help: question.help } : {}),
    choices: question.choices ?? [],
    cites: citesOf(lean.cites, a.citations),
    ...(lean.field !== undefined ? { field: lean.field } : {}),
  };
}

function expandTiaOpenQuestion(lean: Json, a: LeanAssessment): Json {
  // The brief form (detail=summary) is `{id, field}` and was left as it is.
  if (!('q' in lean)) return lean;
  const question = entry(a.questions, lean.q, 'question');
  return {
    id: question.id,
    step: lean.step,
    field: lean.field,
    text: question.text,
    ...(question.help !== undefined ? { help: question.help } : {}),
    choices: question.choices ?? [],
    cites: citesOf(lean.cites, a.citations),
  };
}

function expandTia(tia: Json, a: LeanAssessment): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(tia)) {
    if (key === 'trail' && Array.isArray(value))
      out[key] = value.map((t) => expandTrailEntry(t as Json, a, false));
    else if (key === 'openQuestions' && Array.isArray(value))
      out[key] = value.map((q) => expandTiaOpenQuestion(q as Json, a));
    else out[key] = key === 'cites' ? citesOf(value, a.citations) : expandCites(value, a.citations);
  }
  return out;
}

function expandAdequacy(lean: Json, a: LeanAssessment): Json {
  const d = entry(a.decisions, lean.decision, 'decision');
  return {
    decision: d.id,
    title: d.title,
    celex: d.celex,
    ...(d.amendedBy ? { amendedBy: d.amendedBy } : {}),
    ...(d.until ? { until: d.until } : {}),
    covered: lean.covered,
    scope: d.scope,
    reason: lean.reason,
    conditionsToConfirm: expandCites(lean.conditionsToConfirm, a.citations),
    confidence: d.confidence,
  };
}

function expandFlow(flow: Json, a: LeanAssessment): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(flow)) {
    switch (key) {
      case 'adequacy':
        out[key] = expandAdequacy(value as Json, a);
        break;
      case 'dpfFallback': {
        const fallback = value as Json;
        out[key] = {
          ...fallback,
          pending: (fallback.pending as unknown[]).map((ref) => entry(a.pending, ref, 'pending item')),
        };
        break;
      }
      case 'scc': {
        const scc = value as Json;
        out[key] = {
          ...scc,
          choices: (scc.choices as unknown[]).map((ref) => entry(a.sccChoices, ref, 'SCC choice')),
        };
        break;
      }
      case 'warnings':
        out[key] = (value as Json[]).map(({ code, text, review }) => ({
          code,
          message: entry(a.warnings, text, 'warning text'),
          ...(review !== undefined ? { review } : {}),
        }));
        break;
      case 'openQuestions':
        out[key] = (value as Json[]).map((q) => expandOpenQuestion(q, a));
        break;
      case 'trail':
        out[key] = (value as Json[]).map((t) => expandTrailEntry(t, a, true));
        break;
      case 'tia':
        out[key] = expandTia(value as Json, a);
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

/** Today's full answer (or its summary, for `detail=summary`) from a lean one. */
export function expand(lean: LeanAssessment): Json {
  if (lean?.shape !== 'lean') throw new Error('not a lean answer: `shape` must be "lean"');
  const {
    shape: _,
    citations: _c,
    questions: _q,
    warnings: _w,
    sccChoices: _s,
    decisions: _d,
    pending: _p,
    ...rest
  } = lean;
  const out: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = key === 'flows' ? (value as Json[]).map((f) => expandFlow(f, lean)) : value;
  }
  return out;
}
