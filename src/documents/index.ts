import { today } from '../domain/dates.js';
import type { Assessment } from '../domain/verdict.js';
import type { TiaResult } from '../tia/assess.js';
import type { DocumentContext } from './context.js';
import { DocumentRequestError } from './errors.js';
import type { DocumentRequest } from './input.js';
import { type DocumentKind, documentKind, documentKinds, planDocuments } from './kinds.js';
import { type PlannedDocument, type RenderedDocument, renderPlanned } from './render.js';
import type { Lang } from './templates.js';

/**
 * Drafting documents from an assessment. The engine decides (module, authority, footing); the documents
 * only render what it decided, with the facts the request adds.
 */

export { bundleZip } from './bundle.js';
export { DocumentRequestError } from './errors.js';
export { type DocumentRequest, documentRequest } from './input.js';
export { type DocumentKind, documentFileName, documentKinds, planDocuments } from './kinds.js';
export type { RenderedDocument } from './render.js';

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

/**
 * Drafts one document of a kind (the selected flows must call for exactly one), or with `bundle` every
 * document that applies: the memo, then the SCCs, the Clause 14 assessments and the DPAs.
 */
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
    const plans = documentKinds.flatMap((k) => planDocuments(k, context));
    return renderAll(plans, lang, context.date, work);
  }
  const plans = planDocuments(kind, context);
  const { noneApply } = documentKind(kind);
  if (noneApply && plans.length === 0) {
    throw new DocumentRequestError(
      422,
      request.flows ? 'flows' : 'case.flows',
      'no flow calls for this document',
      noneApply,
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
