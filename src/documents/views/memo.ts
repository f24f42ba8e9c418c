import type { FlowVerdict, OnwardLink } from '../../domain/verdict.js';
import { citations } from '../citations.js';
import { countryLabel, type DocumentContext, dateView, selectedVerdicts } from '../context.js';
import { longDate } from '../strings.js';

/** The memo a lawyer files: every selected flow's verdict with its reasoning, sources and loose ends. */
export interface MemoView {
  date: ReturnType<typeof dateView>;
  asOf: string;
  /** When the legal data were last checked, in words, and whether that is after the assessment date. */
  dataChecked: { long: string; afterAsOf: boolean } | undefined;
  flows: MemoFlow[];
  counts: { flows: number; transfers: number; unresolved: number; review: number; openQuestions: number };
  openQuestions: { flow: string; question: string; field: string | undefined }[];
  /** Each transfer with onward flows hanging from it, shown as one unit. */
  chains: MemoChain[];
  /** What the verdicts merely assume because the case leaves a fact out: once for the memo. */
  assumptions: { message: string; flows: string[] }[];
}

/** A transfer chain: the first transfer, then each onward flow in order, and the one Clause 14 assessment. */
export interface MemoChain {
  start: string;
  rows: {
    hop: number;
    flow: string;
    from: string;
    to: string;
    toCountry: string | undefined;
    kind: FlowVerdict['kind'];
    module: number | undefined;
    clauses: string;
  }[];
  tia:
    | {
        status: string;
        own: { status: string; outcome: string | undefined };
        legs: { flow: string; country: string | undefined; status: string; outcome: string | undefined }[];
        weakest: string | undefined;
        conclusion: string | undefined;
      }
    | undefined;
}

export interface MemoFlow {
  id: string;
  number: number;
  exporter: string;
  importer: string;
  exporterCountry: string | undefined;
  importerCountry: string | undefined;
  exporterRole: string | undefined;
  importerRole: string | undefined;
  kind: FlowVerdict['kind'];
  mechanism: FlowVerdict['mechanism'];
  adequacy: FlowVerdict['adequacy'];
  scc:
    | {
        module: number;
        clause14: boolean;
        authority: string | undefined;
        choices: { clause: string; text: string; required: boolean }[];
      }
    | undefined;
  alternatives: FlowVerdict['alternatives'];
  derogations: FlowVerdict['derogations'];
  /** The flow is systematic (not occasional): the Art. 49 derogations are not listed for it. */
  systematic: boolean;
  obligations: FlowVerdict['obligations'];
  warnings: { message: string; review: boolean }[];
  openQuestions: { question: string; help: string | undefined; field: string | undefined; cites: string }[];
  trail: { question: string; answer: string; cites: string }[];
  originatingFlows: string[] | undefined;
  /** For an onward transfer: the flows it continues and the clauses that govern it, as short labels. */
  continues: { flows: string[]; clauses: string } | undefined;
}

/** The latest review date in the data version ("adequacy@2026-11-26,…"), in words. */
function dataChecked(context: DocumentContext): MemoView['dataChecked'] {
  const dates = [...context.assessment.dataVersion.matchAll(/@(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!);
  const latest = dates.sort().at(-1);
  if (!latest) return undefined;
  return { long: longDate(latest, context.lang), afterAsOf: latest > context.assessment.asOf };
}

export function memoView(context: DocumentContext): MemoView {
  const verdicts = selectedVerdicts(context);
  const flows = verdicts.map((verdict, i): MemoFlow => {
    const flow = context.request.case.flows.find((f) => f.id === verdict.id);
    const name = (id: string | undefined) =>
      context.request.case.parties.find((p) => p.id === id)?.name ?? id ?? '';
    return {
      id: verdict.id,
      number: i + 1,
      exporter: verdict.exporter?.name ?? name(flow?.from),
      importer: verdict.importer?.name ?? name(flow?.to),
      exporterCountry: countryLabel(verdict.exporter?.country, context.lang),
      importerCountry: countryLabel(verdict.importer?.country, context.lang),
      exporterRole: verdict.exporterRole?.label,
      importerRole: verdict.importerRole?.label,
      kind: verdict.kind,
      mechanism: verdict.mechanism,
      adequacy: verdict.adequacy,
      scc: verdict.scc
        ? {
            module: verdict.scc.module,
            clause14: verdict.scc.clause14,
            authority: verdict.scc.supervisoryAuthority?.name,
            choices: verdict.scc.choices.map((c) => ({
              clause: c.clause,
              text: c.text,
              required: c.required,
            })),
          }
        : undefined,
      alternatives: verdict.alternatives,
      // Derogations are for occasional, non-systematic transfers (EDPB Guidelines 2/2018, section 1).
      derogations: flow?.occasional === false ? [] : verdict.derogations,
      systematic: flow?.occasional === false && verdict.derogations.length > 0,
      // With module 2 the clauses are the Art. 28(3) contract: the memo does not list it as still to make.
      obligations: verdict.warnings.some((w) => w.code === 'art28-met-by-scc')
        ? verdict.obligations.filter((o) => o !== 'art28-contract')
        : verdict.obligations,
      warnings: verdict.warnings.map((w) => ({ message: w.message, review: w.review === true })),
      openQuestions: verdict.openQuestions.map((q) => ({
        question: q.question,
        help: q.help,
        field: q.field,
        cites: citations(q.cites, context.lang),
      })),
      trail: verdict.trail.map((step) => ({
        question: step.question,
        answer: step.answer,
        cites: citations(step.cites, context.lang),
      })),
      originatingFlows: verdict.originatingFlows,
      continues: verdict.continues
        ? { flows: verdict.continues.flows, clauses: clauseLabels(verdict.continues.clauses, context.lang) }
        : undefined,
    };
  });
  return {
    date: dateView(context),
    asOf: longDate(context.assessment.asOf, context.lang),
    dataChecked: dataChecked(context),
    flows,
    counts: {
      flows: flows.length,
      transfers: flows.filter((f) => f.kind === 'transfer' || f.kind === 'onward-transfer').length,
      unresolved: flows.filter((f) => f.mechanism === 'unresolved' || f.kind === 'undetermined').length,
      review: flows.filter((f) => f.warnings.some((w) => w.review)).length,
      openQuestions: flows.reduce((n, f) => n + f.openQuestions.length, 0),
    },
    openQuestions: flows.flatMap((f) =>
      f.openQuestions.map((q) => ({ flow: f.id, question: q.question, field: q.field })),
    ),
    chains: chainsOf(verdicts, context),
    assumptions: assumptionsOf(verdicts, context),
  };
}

/** The case's assumptions that touch the selected flows, naming only those flows. */
function assumptionsOf(verdicts: readonly FlowVerdict[], context: DocumentContext): MemoView['assumptions'] {
  const selected = new Set(verdicts.map((v) => v.id));
  return context.assessment.assumptions
    .map((a) => ({ message: a.message, flows: a.flows.filter((id) => selected.has(id)) }))
    .filter((a) => a.flows.length > 0);
}

interface ChainTia {
  status: string;
  conclusion?: { text: string };
  chain?: {
    own: { status: string; outcome?: string };
    legs: { flow: string; status: string; outcome?: string; destination?: { code: string } }[];
    weakest?: string;
  };
}

/** The chains that start at a selected transfer, each flattened in chain order (src/engine/chain.ts). */
function chainsOf(verdicts: readonly FlowVerdict[], context: DocumentContext): MemoChain[] {
  const all = new Map(context.assessment.flows.map((v) => [v.id, v]));
  return verdicts
    .filter((v) => v.kind === 'transfer' && (v.onwardFlows?.length ?? 0) > 0)
    .map((start) => {
      const rows: MemoChain['rows'] = [];
      const row = (v: FlowVerdict, hop: number, clauses: string[]) =>
        rows.push({
          hop,
          flow: v.id,
          from: v.exporter?.name ?? '',
          to: v.importer?.name ?? '',
          toCountry: countryLabel(v.importer?.country, context.lang),
          kind: v.kind,
          module: v.scc?.module,
          clauses: clauseLabels(clauses, context.lang),
        });
      const walk = (links: readonly OnwardLink[], hop: number) => {
        for (const link of links) {
          const v = all.get(link.flow);
          if (v) row(v, hop, link.clauses);
          walk(link.onward as unknown as OnwardLink[], hop + 1);
        }
      };
      row(start, 1, []);
      walk((start.onwardFlows ?? []) as unknown as OnwardLink[], 2);
      const tia = start.tia as unknown as ChainTia | undefined;
      return {
        start: start.id,
        rows,
        tia: tia?.chain
          ? {
              status: tia.status,
              own: { status: tia.chain.own.status, outcome: tia.chain.own.outcome },
              legs: tia.chain.legs.map((l) => ({
                flow: l.flow,
                country: countryLabel(l.destination?.code, context.lang),
                status: l.status,
                outcome: l.outcome,
              })),
              weakest: tia.chain.weakest,
              conclusion: tia.conclusion?.text,
            }
          : undefined,
      };
    });
}

/** "Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)" → "Clause 8.8" / "klausul 8.8", joined. */
function clauseLabels(clauses: readonly string[], lang: 'sv' | 'en'): string {
  const numbers = clauses.map((c) => /Clause ([\d.]+)/.exec(c)?.[1]).filter((n) => n !== undefined);
  const word = lang === 'sv' ? 'klausul' : 'Clause';
  return numbers.map((n) => `${word} ${n}`).join(lang === 'sv' ? ' och ' : ' and ');
}
