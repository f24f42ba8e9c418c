import type { FlowVerdict } from '../../domain/verdict.js';
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
  };
}
