import { type Block, type DocumentModel, placeholdersOf } from './blocks.js';
import { fastDocx } from './docx/fast.js';
import type { DocumentKind } from './kinds.js';
import { sha1Hex, sha1HexAsync } from './sha1.js';
import { placeholderText } from './strings.js';
import { type Lang, renderBlocks } from './templates.js';

/** A document to draft: which template, the view it renders, and what it is about. */
export interface PlannedDocument {
  kind: DocumentKind;
  template: string;
  view: object;
  /** The flows the document covers. */
  flows: string[];
  /** File name without extension, ASCII (for `filename=`) and as a person reads it (for `filename*=`). */
  fileName: { ascii: string; readable: string };
}

export interface RenderedDocument {
  kind: PlannedDocument['kind'];
  lang: Lang;
  title: string;
  /** Derived from everything the document shows: the same input gives the same id. */
  id: string;
  date: string;
  flows: string[];
  fileName: { ascii: string; readable: string };
  /** The labels of the facts still to be filled in, in order of appearance. */
  placeholders: string[];
  bytes: Uint8Array;
}

export { DOCX_TYPE } from './kind-names.js';

/** Object keys sorted, so the id does not depend on the order a view was built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** What a document's id is derived from: its kind, template, language, date and view, keys sorted. */
const idSource = (planned: PlannedDocument, lang: Lang, date: string) =>
  canonical({ kind: planned.kind, template: planned.template, lang, date, view: planned.view });

const idOfHex = (hex: string) => {
  const upper = hex.toUpperCase();
  return `TL-${upper.slice(0, 4)}-${upper.slice(4, 8)}-${upper.slice(8, 12)}`;
};

/** "TL-" and twelve hex digits of the SHA-1 of the document's kind, language, date and view. */
export function documentId(planned: PlannedDocument, lang: Lang, date: string): string {
  return idOfHex(sha1Hex(idSource(planned, lang, date)));
}

/** The same id, hashed by Web Crypto (the request path). */
export async function documentIdAsync(planned: PlannedDocument, lang: Lang, date: string): Promise<string> {
  return idOfHex(await sha1HexAsync(idSource(planned, lang, date)));
}

/** The text of the document's title block, which also heads every page. */
function titleOf(blocks: readonly Block[], lang: Lang): string {
  const title = blocks.find((block) => block.kind === 'title');
  if (title?.kind !== 'title') return 'Tredjeland';
  const text = title.content
    .map((run) => (run.placeholder ? placeholderText(run.text, lang) : run.text))
    .join('');
  return text || 'Tredjeland';
}

/** The blocks of a planned document (for tests and for the benchmark's stages). */
export function blocksOf(planned: PlannedDocument, lang: Lang): Block[] {
  return renderBlocks(lang, planned.template, planned.view);
}

export function modelOf(
  planned: PlannedDocument,
  lang: Lang,
  date: string,
  id = documentId(planned, lang, date),
): DocumentModel {
  const blocks = blocksOf(planned, lang);
  return { lang, title: titleOf(blocks, lang), date, id, blocks };
}

export async function renderPlanned(
  planned: PlannedDocument,
  lang: Lang,
  date: string,
): Promise<RenderedDocument> {
  const model = modelOf(planned, lang, date, await documentIdAsync(planned, lang, date));
  return {
    kind: planned.kind,
    lang,
    title: model.title,
    id: model.id,
    date,
    flows: planned.flows,
    fileName: planned.fileName,
    placeholders: placeholdersOf(model.blocks),
    bytes: await fastDocx(model),
  };
}
