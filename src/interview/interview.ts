import { mechanismMachine } from '../../machines/mechanism.js';
import type { Question } from '../../machines/questionnaire.js';
import { sccModuleMachine } from '../../machines/sccModule.js';
import { transferMachine } from '../../machines/transfer.js';
import type { AssessmentCase } from '../domain/case.js';
import { assessGrouped, flowVerdict, type GroupedAssessment } from '../engine/assess.js';
import type { EngineFlowVerdict } from '../engine/types.js';
import { validateCase } from '../engine/validate-case.js';
import { lawProfileById } from '../tia/profiles.js';
import { type FlowUse, flowDetailQuestions, partyDetailQuestions } from './detail-questions.js';
import type { InterviewCase } from './draft.js';
import {
  caseTemplateFor,
  type InterviewQuestion,
  type Stage,
  type WizardMachine,
  yesNo,
} from './questions.js';

/**
 * One step of the interview: the case as far as it is known in, the questions still open out, in the order
 * they should be asked: the parties and flows themselves, then the facts that decide a verdict (the
 * engine's open questions, then the facts it read as unknown), then the Clause 14 assessments, then the
 * facts only the documents need. Only questions the machines reach are listed, so a moot question never is;
 * a field the case gives is never listed. Pure: the case is the state, nothing is kept.
 */

export type DocumentKindName = 'memo' | 'scc' | 'tia' | 'dpa';

export interface InterviewStep {
  /** The questions still open now, in asking order (answers can open or close others). */
  questions: InterviewQuestion[];
  /** The complete case the engine assessed, once every party and flow is complete; with its verdicts. */
  assessed?: { case: AssessmentCase; grouped: GroupedAssessment };
  documents: { kinds: DocumentKindName[]; missing: InterviewQuestion[] };
  /** Errors of a complete case beyond its schema (validateCase), if any: the route answers 400. */
  errors?: { field: string; reason: string }[];
}

export function interviewStep(
  draft: InterviewCase,
  asOf: string,
  skip: ReadonlySet<string> = new Set(),
  lang: 'sv' | 'en' = 'en',
): InterviewStep {
  const structural = caseQuestions(draft);
  if (structural.length > 0) return { questions: structural, documents: { kinds: [], missing: [] } };

  const complete = completeCase(draft);
  const errors = validateCase(complete, asOf, lang);
  if (errors.length > 0) return { questions: [], documents: { kinds: [], missing: [] }, errors };
  const grouped = assessGrouped(complete, asOf);
  const verdicts = draft.flows!.map((_, i) => flowVerdict(grouped, i));

  const asked = new Set<string>();
  const open: InterviewQuestion[] = [];
  const add = (q: InterviewQuestion | undefined) => {
    if (!q || asked.has(q.field) || skip.has(q.field)) return;
    asked.add(q.field);
    open.push(q);
  };
  verdicts.forEach((v, i) => {
    for (const q of v.openQuestions) {
      const question = q.field ? transferQuestion(draft, q.field, i, q.machine, q) : undefined;
      add(question && { ...question, stops: true });
    }
  });
  verdicts.forEach((v, i) => {
    for (const { field, id, machine } of unknownFacts(draft, v))
      add(transferQuestion(draft, field, i, machine, undefined, machineQuestions().get(id)));
  });
  verdicts.forEach((v, i) => {
    for (const q of tiaQuestions(draft, v, i)) add(q);
  });

  const uses = verdicts.map(flowUse);
  const kinds: DocumentKindName[] = ['memo'];
  if (uses.some((u) => u.module !== undefined)) kinds.push('scc');
  if (uses.some((u) => u.tia)) kinds.push('tia');
  if (uses.some((u) => u.dpa)) kinds.push('dpa');
  const missing = detailQuestions(draft, uses);
  for (const q of missing) add(q);
  return { questions: open, assessed: { case: complete, grouped }, documents: { kinds, missing } };
}

// ---------------------------------------------------------------------------------------------------------
// The case itself

function caseQuestions(draft: InterviewCase): InterviewQuestion[] {
  const out: InterviewQuestion[] = [];
  const ask = (field: string, extra: Partial<InterviewQuestion> = {}) => {
    const template = caseTemplateFor(field);
    if (template) out.push({ ...template, field, stage: 'case', ...extra });
  };
  const parties = draft.parties ?? [];
  const flows = draft.flows ?? [];
  if (parties.length === 0) ask('parties');
  if (flows.length === 0) ask('flows');
  parties.forEach((p, i) => {
    const at = `parties[${i}]`;
    if (p.name === undefined) ask(`${at}.name`, { partyId: p.id });
    if (p.type === undefined) ask(`${at}.type`, { partyId: p.id });
    if (p.country === undefined && p.type !== 'international-organisation')
      ask(`${at}.country`, { partyId: p.id });
  });
  const partyChoices = parties.map((p) => ({
    value: p.id,
    label: { en: p.name ?? p.id, sv: p.name ?? p.id },
  }));
  flows.forEach((f, i) => {
    const at = `flows[${i}]`;
    if (f.from === undefined) ask(`${at}.from`, { flowId: f.id, choices: partyChoices });
    if (f.to === undefined) ask(`${at}.to`, { flowId: f.id, choices: partyChoices });
    if (f.fromRole === undefined) ask(`${at}.fromRole`, { flowId: f.id, machine: 'roles' });
    if (f.toRole === undefined) ask(`${at}.toRole`, { flowId: f.id, machine: 'roles' });
  });
  return out;
}

/** The draft as a case the engine takes: called once caseQuestions finds nothing missing. */
function completeCase(draft: InterviewCase): AssessmentCase {
  return {
    ...(draft.asOf !== undefined ? { asOf: draft.asOf } : {}),
    parties: draft.parties as AssessmentCase['parties'],
    flows: draft.flows as AssessmentCase['flows'],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Facts that decide a verdict

function transferQuestion(
  draft: InterviewCase,
  field: string,
  flowIndex: number,
  machine: WizardMachine,
  engine?: EngineFlowVerdict['openQuestions'][number],
  asked = engine?.question,
): InterviewQuestion | undefined {
  if (valueAt(draft, field) !== undefined) return undefined;
  const template = caseTemplateFor(field);
  const ids = idsOf(draft, field, flowIndex);
  if (template) {
    return {
      ...template,
      field,
      stage: 'transfer',
      machine,
      ...ids,
      ...(asked?.help && !template.help ? { help: asked.help } : {}),
      sources: asked ? [...new Set([...template.sources, ...asked.cites])] : template.sources,
    };
  }
  if (!engine) return undefined;
  // A field the interview has no question of its own for: the machine's, which names the same field.
  return {
    field,
    stage: 'transfer',
    machine,
    ...ids,
    text: engine.question.text,
    ...(engine.question.help ? { help: engine.question.help } : {}),
    kind: 'choice',
    choices: engine.question.choices.map((c) => ({ value: c.value, label: c.label })),
    sources: engine.question.cites,
  };
}

/** Facts the machines reached and answered as unknown: asking them can change the verdict or its warnings. */
function unknownFacts(
  draft: InterviewCase,
  v: EngineFlowVerdict,
): { field: string; id: string; machine: WizardMachine }[] {
  const out: { field: string; id: string; machine: WizardMachine }[] = [];
  for (const step of v.trail) {
    if (step.value !== 'unknown' || !step.by) continue;
    const notGiven = /((?:parties|flows)\[\d+\]\.[A-Za-z]+) not given/.exec(step.by);
    if (notGiven) out.push({ field: notGiven[1]!, id: step.id, machine: step.machine });
    else if (step.id === 'dpfCertification') {
      const i = (draft.parties ?? []).findIndex((p) => p.id === v.importer.id);
      if (i >= 0) out.push({ field: `parties[${i}].dpf`, id: step.id, machine: step.machine });
    }
  }
  return out;
}

function idsOf(
  draft: InterviewCase,
  field: string,
  flowIndex?: number,
): Pick<InterviewQuestion, 'flowId' | 'partyId'> {
  const party = /^parties\[(\d+)\]/.exec(field);
  if (party) return { partyId: draft.parties?.[Number(party[1])]?.id ?? '' };
  const flow = /^flows\[(\d+)\]/.exec(field);
  const index = flow ? Number(flow[1]) : flowIndex;
  const id = index === undefined ? undefined : draft.flows?.[index]?.id;
  return id === undefined ? {} : { flowId: id };
}

// ---------------------------------------------------------------------------------------------------------
// Clause 14

function tiaQuestions(draft: InterviewCase, v: EngineFlowVerdict, flowIndex: number): InterviewQuestion[] {
  if (v.tia?.status !== 'open' || !v.tia.openQuestions) return [];
  const profile = lawProfileById(v.tia.destination.profile);
  return v.tia.openQuestions
    .filter((q) => valueAt(draft, q.field) === undefined)
    .map((q) => {
      const boolean = q.choices.length === 2 && q.choices.every((c) => c.value === 'yes' || c.value === 'no');
      const guarantee = /\.tia\.laws\.guarantees\.([ABCD])$/.exec(q.field)?.[1];
      return {
        field: q.field,
        stage: 'tia' as Stage,
        machine: 'clause14' as const,
        flowId: draft.flows?.[flowIndex]?.id ?? v.id,
        text: q.text,
        ...(q.help ? { help: q.help } : {}),
        kind: boolean ? ('boolean' as const) : ('choice' as const),
        choices: boolean
          ? yesNo.map((c) => ({
              value: c.value,
              label: q.choices.find((x) => x.value === (c.value ? 'yes' : 'no'))?.label ?? c.label,
            }))
          : q.choices.map((c) => ({ value: c.value, label: c.label })),
        sources: q.cites,
        ...(guarantee ? { findings: profile.statements.filter((s) => s.topic === guarantee) } : {}),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// The documents' details

function flowUse(v: EngineFlowVerdict): FlowUse {
  const module = v.mechanism === 'scc' ? v.scc?.module : undefined;
  const tia = v.tia !== undefined && v.tia.status !== 'not-needed';
  const dpa =
    v.obligations.includes('art28-contract') &&
    v.exporterRole === 'controller' &&
    v.importerRole === 'processor' &&
    module !== 2;
  return { ...(module !== undefined ? { module } : {}), tia, dpa };
}

/** The document details a questionnaire settles: the SCC's choices (sccModule), the TIA's assessor (clause14). */
const detailMachine: Record<string, WizardMachine> = { scc: 'sccModule', tia: 'clause14' };

function detailQuestions(draft: InterviewCase, uses: FlowUse[]): InterviewQuestion[] {
  const out: InterviewQuestion[] = [];
  const flows = draft.flows ?? [];
  const partyUses = new Map<string, FlowUse[]>();
  flows.forEach((f, i) => {
    for (const id of [f.from!, f.to!]) partyUses.set(id, [...(partyUses.get(id) ?? []), uses[i]!]);
  });
  for (const p of draft.parties ?? []) {
    const given = (draft.details?.parties?.[p.id] ?? {}) as Record<string, unknown>;
    for (const [key, entry] of Object.entries(partyDetailQuestions)) {
      const { when, ...template } = entry;
      if (given[key] !== undefined || !(partyUses.get(p.id) ?? []).some((u) => when(u, given))) continue;
      out.push({ ...template, field: `details.parties.${p.id}.${key}`, stage: 'documents', partyId: p.id });
    }
  }
  flows.forEach((f, i) => {
    const given = (draft.details?.flows?.[f.id] ?? {}) as Record<string, unknown>;
    for (const [key, entry] of Object.entries(flowDetailQuestions)) {
      const { when, ...template } = entry;
      if (dig(given, key.split('.')) !== undefined || !when(uses[i]!, given)) continue;
      const machine = detailMachine[key.split('.')[0]!];
      out.push({
        ...template,
        field: `details.flows.${f.id}.${key}`,
        stage: 'documents',
        ...(machine ? { machine } : {}),
        flowId: f.id,
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/** The value at a case path such as `flows[0].tia.laws.guarantees.A`; undefined when absent. */
export function valueAt(root: unknown, field: string): unknown {
  const keys: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    keys.push(m[1]!);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return dig(root, keys);
}

function dig(root: unknown, keys: readonly (string | number)[]): unknown {
  let at: unknown = root;
  for (const key of keys) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = Object.hasOwn(at, key) ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return at;
}

/** The machines' questions by id: the help and sources of a fact the engine read as unknown. */
let questionsById: Map<string, Question> | undefined;
function machineQuestions(): Map<string, Question> {
  if (questionsById) return questionsById;
  questionsById = new Map();
  const walk = (node: { meta?: unknown; states?: Record<string, unknown> }) => {
    const q = (node.meta as { question?: Question } | undefined)?.question;
    if (q) questionsById!.set(q.id, q);
    for (const child of Object.values(node.states ?? {})) walk(child as typeof node);
  };
  for (const machine of [transferMachine, mechanismMachine, sccModuleMachine]) walk(machine.root);
  return questionsById;
}
