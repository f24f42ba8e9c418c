import { today } from '../domain/dates.js';
import type { Assessment } from '../domain/verdict.js';
import type { TiaResult } from '../tia/assess.js';
import type { DocumentContext } from './context.js';
import { DocumentRequestError } from './errors.js';
import { fileName } from './filenames.js';
import type { DocumentRequest } from './input.js';
import { type PlannedDocument, type RenderedDocument, renderPlanned } from './render.js';
import type { Lang } from './templates.js';
import { dpaPairs, dpaView } from './views/dpa.js';
import { memoView } from './views/memo.js';
import { sccGroups, sccView } from './views/scc.js';
import { tiaPlans } from './views/tia.js';

/**
 * Drafting documents from an assessment. The engine decides (module, authority, footing); the documents
 * only render what it decided, with the facts the request adds.
 */

export const documentKinds = ['scc', 'tia', 'dpa', 'memo'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export { bundleZip } from './bundle.js';
export { DocumentRequestError } from './errors.js';
export { type DocumentRequest, documentRequest } from './input.js';
export type { RenderedDocument } from './render.js';

const names = {
  scc: {
    sv: 'Standardavtalsklausuler',
    en: 'Standard contractual clauses',
    ascii: { sv: 'standardavtalsklausuler', en: 'scc' },
  },
  tia: {
    sv: 'Överföringsbedömning (TIA)',
    en: 'Transfer impact assessment',
    ascii: { sv: 'overforingsbedomning', en: 'tia' },
  },
  dpa: {
    sv: 'Personuppgiftsbiträdesavtal',
    en: 'Data processing agreement',
    ascii: { sv: 'personuppgiftsbitradesavtal', en: 'dpa' },
  },
  memo: {
    sv: 'Promemoria om överföringar',
    en: 'Transfer assessment memo',
    ascii: { sv: 'promemoria', en: 'memo' },
  },
} as const;

export function documentFileName(kind: DocumentKind, lang: Lang, parties: string[]) {
  return fileName([names[kind].ascii[lang], ...parties], [names[kind][lang], ...parties]);
}

/** Every document of one kind that applies to the selected flows. */
export function planDocuments(kind: DocumentKind, context: DocumentContext): PlannedDocument[] {
  switch (kind) {
    case 'scc':
      return sccGroups(context).map((group) => {
        const view = sccView(context, group);
        return {
          kind,
          template: 'scc',
          view,
          flows: group.verdicts.map((v) => v.id),
          fileName: documentFileName(kind, context.lang, [view.exporter.name, view.importer.name]),
        };
      });
    case 'tia':
      return tiaPlans(context).map((plan) => ({
        ...plan,
        fileName: documentFileName(kind, context.lang, plan.parties),
      }));
    case 'dpa':
      return dpaPairs(context).map((pair) => {
        const view = dpaView(context, pair);
        return {
          kind,
          template: 'dpa',
          view,
          flows: pair.verdicts.map((v) => v.id),
          fileName: documentFileName(kind, context.lang, [view.controller.name, view.processor.name]),
        };
      });
    case 'memo':
      return [
        {
          kind,
          template: 'memo',
          view: memoView(context),
          flows: context.assessment.flows.map((f) => f.id),
          fileName: documentFileName(kind, context.lang, []),
        },
      ];
  }
}

const noneApply: Record<Exclude<DocumentKind, 'memo'>, { sv: string; en: string }> = {
  scc: {
    sv: 'Inget av de valda flödena överförs med stöd av standardavtalsklausuler enligt bedömningen.',
    en: 'None of the selected flows is transferred under standard contractual clauses according to the assessment.',
  },
  tia: {
    sv: 'Inget av de valda flödena kräver en överföringsbedömning enligt klausul 14 (TIA).',
    en: 'None of the selected flows calls for a Clause 14(d) assessment.',
  },
  dpa: {
    sv: 'Inget av de valda flödena går från en personuppgiftsansvarig till ett personuppgiftsbiträde som behöver ett personuppgiftsbiträdesavtal (med modul 2 fyller standardavtalsklausulerna den rollen).',
    en: 'None of the selected flows goes from a controller to a processor that needs a data processing agreement (with module 2 the standard contractual clauses serve as one).',
  },
};

/** What the engine made of the request's case: the assessment in the document's language, and its TIAs. */
export interface AssessedCase {
  assessment: Assessment;
  /** The engine's Clause 14 assessments in both languages, by flow id (EngineFlowVerdict.tia). */
  tias?: ReadonlyMap<string, TiaResult>;
}

/** The document date: the one asked for, else the case's date, else today (so pass one for identical files). */
export function documentDate(request: DocumentRequest, now?: Date): string {
  return request.documentDate ?? request.case.asOf ?? today(now);
}

/**
 * Drafts one document of a kind (the selected flows must call for exactly one), or with `bundle` every
 * document that applies: the memo, then the SCCs, the Clause 14 assessments and the DPAs.
 */
/**
 * Hooks a caller bounds the work with: `planned` hears how many documents are about to be rendered (and
 * may throw to refuse them), `checkpoint` is called before each document (and may throw to stop).
 */
export interface DraftWork {
  planned?: (documents: number) => void;
  checkpoint?: () => void;
}

/** Renders the planned documents one after the other, calling the caller's hooks. */
async function renderAll(plans: PlannedDocument[], lang: Lang, date: string, work: DraftWork) {
  work.planned?.(plans.length);
  const rendered: RenderedDocument[] = [];
  for (const plan of plans) {
    work.checkpoint?.();
    rendered.push(await renderPlanned(plan, lang, date));
  }
  return rendered;
}

export async function draftDocuments(
  kind: DocumentKind | 'bundle',
  request: DocumentRequest,
  assessed: AssessedCase,
  lang: Lang,
  now?: Date,
  work: DraftWork = {},
): Promise<RenderedDocument[]> {
  const context: DocumentContext = {
    lang,
    date: documentDate(request, now),
    request,
    assessment: assessed.assessment,
    tias: assessed.tias ?? new Map(),
  };
  if (kind === 'bundle') {
    const plans = (['memo', 'scc', 'tia', 'dpa'] as const).flatMap((k) => planDocuments(k, context));
    return renderAll(plans, lang, context.date, work);
  }
  const plans = planDocuments(kind, context);
  if (kind !== 'memo' && plans.length === 0) {
    throw new DocumentRequestError(
      422,
      request.flows ? 'flows' : 'case.flows',
      'no flow calls for this document',
      noneApply[kind],
    );
  }
  if (plans.length > 1) {
    const sets = plans.map((p) => p.flows.join(', ')).join('; ');
    throw new DocumentRequestError(422, 'flows', 'the flows call for several documents of this kind', {
      sv: `De valda flödena kräver ${plans.length} separata dokument av detta slag (flöden: ${sets}). Välj flöden med "flows", eller hämta alla dokument med kind=bundle.`,
      en: `The selected flows call for ${plans.length} separate documents of this kind (flows: ${sets}). Pick flows with "flows", or fetch every document with kind=bundle.`,
    });
  }
  return renderAll(plans, lang, context.date, work);
}
