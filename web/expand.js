// Generated from src/answer/expand.ts by scripts/web-expand.mjs (npm run build); do not edit.
function entry(dictionary, ref, what) {
  const found = typeof ref === "string" && Object.hasOwn(dictionary, ref) ? dictionary[ref] : void 0;
  if (found === void 0) throw new Error(`lean answer: no ${what} "${String(ref)}"`);
  return found;
}
function citesOf(refs, citations) {
  if (!Array.isArray(refs)) throw new Error("lean answer: cites must be a list of indices");
  return refs.map((i) => {
    const text = typeof i === "number" ? citations[i] : void 0;
    if (text === void 0) throw new Error(`lean answer: no citation ${String(i)}`);
    return text;
  });
}
function expandCites(value, citations) {
  if (Array.isArray(value)) return value.map((item) => expandCites(item, citations));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === "cites" && Array.isArray(inner) ? citesOf(inner, citations) : expandCites(inner, citations);
  }
  return out;
}
function expandTrailEntry(lean, a, withMachine) {
  const { q, ...rest } = lean;
  const question = entry(a.questions, q, "question");
  const head = withMachine ? { id: question.id, machine: question.machine, question: question.text } : { id: question.id, question: question.text };
  return { ...head, ...expandCites(rest, a.citations) };
}
function expandOpenQuestion(lean, a) {
  const question = entry(a.questions, lean.q, "question");
  return {
    machine: question.machine,
    id: question.id,
    question: question.text,
    ...question.help !== void 0 ? { help: question.help } : {},
    choices: question.choices ?? [],
    cites: citesOf(lean.cites, a.citations),
    ...lean.field !== void 0 ? { field: lean.field } : {}
  };
}
function expandTiaOpenQuestion(lean, a) {
  if (!("q" in lean)) return lean;
  const question = entry(a.questions, lean.q, "question");
  return {
    id: question.id,
    step: lean.step,
    field: lean.field,
    text: question.text,
    ...question.help !== void 0 ? { help: question.help } : {},
    choices: question.choices ?? [],
    cites: citesOf(lean.cites, a.citations)
  };
}
function expandTia(tia, a) {
  const out = {};
  for (const [key, value] of Object.entries(tia)) {
    if (key === "trail" && Array.isArray(value))
      out[key] = value.map((t) => expandTrailEntry(t, a, false));
    else if (key === "openQuestions" && Array.isArray(value))
      out[key] = value.map((q) => expandTiaOpenQuestion(q, a));
    else out[key] = key === "cites" ? citesOf(value, a.citations) : expandCites(value, a.citations);
  }
  return out;
}
function expandAdequacy(lean, a) {
  const d = entry(a.decisions, lean.decision, "decision");
  return {
    decision: d.id,
    title: d.title,
    celex: d.celex,
    ...d.amendedBy ? { amendedBy: d.amendedBy } : {},
    ...d.until ? { until: d.until } : {},
    covered: lean.covered,
    scope: d.scope,
    reason: lean.reason,
    conditionsToConfirm: expandCites(lean.conditionsToConfirm, a.citations),
    confidence: d.confidence
  };
}
function expandFlow(flow, a) {
  const out = {};
  for (const [key, value] of Object.entries(flow)) {
    switch (key) {
      case "adequacy":
        out[key] = expandAdequacy(value, a);
        break;
      case "dpfFallback": {
        const fallback = value;
        out[key] = {
          ...fallback,
          pending: fallback.pending.map((ref) => entry(a.pending, ref, "pending item"))
        };
        break;
      }
      case "scc": {
        const scc = value;
        out[key] = {
          ...scc,
          choices: scc.choices.map((ref) => entry(a.sccChoices, ref, "SCC choice"))
        };
        break;
      }
      case "warnings":
        out[key] = value.map(({ code, text, review }) => ({
          code,
          message: entry(a.warnings, text, "warning text"),
          ...review !== void 0 ? { review } : {}
        }));
        break;
      case "openQuestions":
        out[key] = value.map((q) => expandOpenQuestion(q, a));
        break;
      case "trail":
        out[key] = value.map((t) => expandTrailEntry(t, a, true));
        break;
      case "tia":
        out[key] = expandTia(value, a);
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}
function expand(lean) {
  if (lean?.shape !== "lean") throw new Error('not a lean answer: `shape` must be "lean"');
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
  const out = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = key === "flows" ? value.map((f) => expandFlow(f, lean)) : value;
  }
  return out;
}
export {
  expand
};
