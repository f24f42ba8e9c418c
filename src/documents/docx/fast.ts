import type { Block, Comment, DocumentModel, Inline } from '../blocks.js';
import { docxStamps } from '../generated/stamps.js';
import { deflateEntry, zip } from '../zip.js';
import { corePropertiesXml, escapeXml } from './core.js';
import { drawingXml } from './drawing-xml.js';
import {
  footerText,
  type Lang,
  ListCounter,
  type ListPlace,
  listEntries,
  type RowKind,
  rowKeepsTogether,
} from './layout.js';
import { signatureRows } from './signature-rows.js';
import {
  type BodyKind,
  cellParagraphXml,
  DATE_HOLE,
  deserializeStamps,
  ID_HOLE,
  joinTable,
  layoutKey,
  runIndex,
  StampError,
  type Stamps,
  type TableStamps,
} from './stamps.js';

/**
 * The fast path: docx writes every piece of XML, once; documents are then put together from those pieces.
 *
 * Packing a document with docx builds an object per element and serialises the tree (most of the time of
 * a render), and deflates every part again, though styles, theme and settings never change. Here the
 * stamps docx wrote for each kind of block (learn.ts, at build time) are joined around the document's
 * escaped text, and only the parts that change are deflated. Tests hold the result to be byte for byte
 * the package docx itself writes for the same blocks.
 *
 * Nothing here imports docx, so the Worker carries only the stamps: the build learns the stamps of both
 * languages and of every table layout the templates use. What the build did not learn is learnt by a
 * `StampLearner` (learn.ts's `stampLearner`, in Node), or refused without one.
 */

/** Learns stamps from docx: learn.ts's `stampLearner`, which only Node code passes (the Worker has no docx). */
export interface StampLearner {
  learnStamps(lang: Lang): Promise<Stamps>;
  learnTables(
    layouts: readonly { columns: readonly number[]; header: boolean }[],
    cellXml: (text: string) => string,
  ): Promise<Map<string, TableStamps>>;
}

const tableStampsCache = new Map<string, TableStamps>(Object.entries(docxStamps?.tables ?? {}));
const stampsByLang = new Map<Lang, Promise<Stamps>>();

/** The stamps of a language: learnt at build time, else (no build yet) by the learner on first use. */
function stampsFor(lang: Lang, learner?: StampLearner): Promise<Stamps> {
  let stamps = stampsByLang.get(lang);
  if (!stamps) {
    const built = docxStamps?.langs[lang];
    stamps = built
      ? Promise.resolve(deserializeStamps(built))
      : learner
        ? learner.learnStamps(lang)
        : Promise.reject(new StampError(`no stamps for ${lang}: run npm run build`));
    stampsByLang.set(lang, stamps);
    stamps.catch(() => stampsByLang.delete(lang));
  }
  return stamps;
}

/** Learns the table layouts a document uses that have not been seen yet (only with a learner). */
async function ensureTables(blocks: readonly Block[], learner?: StampLearner): Promise<void> {
  const missing = new Map<string, { columns: number[]; header: boolean }>();
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const header = block.header !== undefined;
    const key = layoutKey(block.columns, header);
    if (!tableStampsCache.has(key)) missing.set(key, { columns: block.columns, header });
  }
  if (missing.size === 0) return;
  if (!learner)
    throw new StampError(`table layout ${[...missing.keys()].join('; ')} not learnt: run npm run build`);
  const stamps = await stampsFor('en', learner);
  const learnt = await learner.learnTables([...missing.values()], (text) => cellParagraphXml(stamps, text));
  for (const [key, table] of learnt) tableStampsCache.set(key, table);
}

function runsXml(stamps: Stamps, content: readonly Inline[]): string {
  let xml = '';
  for (const inline of content) {
    const run = stamps.runs[runIndex(inline)]!;
    // A placeholder's brackets are in its stamp, as docx wrote them around the marker.
    xml += run.open + escapeXml(inline.text) + run.close;
  }
  return xml;
}

function paragraphXml(stamps: Stamps, kind: BodyKind, content: readonly Inline[]): string {
  const stamp = stamps.paragraphs[kind];
  return content.length === 0 ? stamp.empty : stamp.open + runsXml(stamps, content) + stamp.close;
}

/** A paragraph whose text anchors comment `id`. */
function anchoredXml(stamps: Stamps, kind: BodyKind, content: readonly Inline[], id: number): string {
  const stamp = stamps.paragraphs[kind];
  const { anchorOpen, anchorClose } = stamps.commented;
  const idText = String(id);
  return (
    stamp.open +
    anchorOpen.replaceAll(ID_HOLE, idText) +
    runsXml(stamps, content) +
    anchorClose.replaceAll(ID_HOLE, idText) +
    stamp.close
  );
}

/** word/comments.xml: each comment's paragraphs, numbered as their anchors are. */
function commentsXml(stamps: Stamps, comments: readonly Comment[], date: string): string {
  const { part } = stamps.commented;
  const dated = part.open.replace(DATE_HOLE, `${date}T00:00:00.000Z`);
  let xml = part.head;
  comments.forEach((paragraphs, id) => {
    xml += dated.replace(ID_HOLE, String(id));
    for (const content of paragraphs) xml += paragraphXml(stamps, 'paragraph', content);
    xml += part.close;
  });
  return xml + part.tail;
}

function assembleBody(stamps: Stamps, tables: Map<string, TableStamps>, blocks: readonly Block[]) {
  const comments: Comment[] = [];
  const paragraphOrAnchor = (kind: BodyKind, content: readonly Inline[], comment?: Comment) => {
    if (!comment) return paragraphXml(stamps, kind, content);
    comments.push(comment);
    return anchoredXml(stamps, kind, content, comments.length - 1);
  };
  const counter = new ListCounter();
  const numIds = new Map<string, { id: number; reference: ListPlace['reference'] }>();
  const numIdOf = (place: ListPlace) => {
    const key = `${place.reference}-${place.instance}`;
    let entry = numIds.get(key);
    if (!entry) {
      entry = { id: stamps.firstNumId + numIds.size, reference: place.reference };
      numIds.set(key, entry);
    }
    return entry.id;
  };
  let body = '';
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        body += paragraphXml(stamps, 'title', block.content);
        break;
      case 'heading':
        body += paragraphOrAnchor(`h${block.level}`, block.content, block.comment);
        break;
      case 'paragraph':
        body += paragraphOrAnchor('paragraph', block.content, block.comment);
        break;
      case 'note':
        body += paragraphXml(stamps, 'note', block.content);
        break;
      case 'list':
        for (const entry of listEntries(block.items, block.ordered, counter)) {
          const stamp = stamps.lists[entry.place.level];
          const id = numIdOf(entry.place);
          body +=
            entry.content.length === 0
              ? stamp.emptyBeforeNumId + id + stamp.emptyAfterNumId
              : stamp.beforeNumId + id + stamp.afterNumId + runsXml(stamps, entry.content) + stamp.close;
        }
        break;
      case 'table': {
        const table = tables.get(layoutKey(block.columns, block.header !== undefined));
        if (!table) throw new StampError('table layout not learnt');
        const cell = (content: readonly Inline[]) => paragraphXml(stamps, 'tableText', content);
        const width = block.columns.length;
        const rowOf = (cells: readonly Inline[][], kind: RowKind) => ({
          kind,
          cells: Array.from({ length: width }, (_, i) => cell(cells[i] ?? [])),
        });
        body += joinTable(table, [
          ...(block.header ? [rowOf(block.header, 'header')] : []),
          ...block.rows.map((row) => rowOf(row, rowKeepsTogether(row) ? 'together' : 'breakable')),
        ]);
        body += stamps.paragraphs.tableGap.empty;
        break;
      }
      case 'signatures': {
        if (block.signers.length === 0) break;
        const rows: { kind: RowKind; cells: string[] }[] = [];
        for (let i = 0; i < block.signers.length; i += 2) {
          const pair = [block.signers[i], block.signers[i + 1]];
          for (const cells of signatureRows(pair, (kind, content) => paragraphXml(stamps, kind, content)))
            rows.push({ kind: 'together', cells: cells.map((paragraphs) => paragraphs.join('')) });
        }
        body += joinTable(stamps.signatures, rows);
        break;
      }
      case 'pageBreak':
        body += stamps.pageBreak;
        break;
      case 'drawing':
        if (block.drawing?.items.length) body += drawingXml(block.drawing);
        break;
    }
  }
  let numbering = stamps.numbering.head;
  for (const { id, reference } of numIds.values()) {
    const cut = stamps.numbering.num[reference];
    numbering += cut.open + id + cut.close;
  }
  numbering += stamps.numbering.tail;
  return { body, numbering, comments };
}

/** The XML parts of a document that differ from one document to the next. */
export async function documentParts(
  model: DocumentModel,
  learner?: StampLearner,
): Promise<Record<string, string>> {
  const stamps = await stampsFor(model.lang, learner);
  await ensureTables(model.blocks, learner);
  const { body, numbering, comments } = assembleBody(stamps, tableStampsCache, model.blocks);
  const frame = comments.length > 0 ? stamps.commented : stamps;
  return {
    'word/document.xml': frame.docHead + body + frame.docTail,
    ...(comments.length > 0 ? { 'word/comments.xml': commentsXml(stamps, comments, model.date) } : {}),
    'word/numbering.xml': numbering,
    'word/header1.xml': stamps.header.open + escapeXml(model.title) + stamps.header.close,
    'word/footer1.xml': stamps.footer.open + escapeXml(footerText(model)) + stamps.footer.close,
    'docProps/core.xml': corePropertiesXml(model),
  };
}

/** The document as DOCX bytes: the same bytes for the same model, dated by the model's date. */
export async function fastDocx(model: DocumentModel, learner?: StampLearner): Promise<Uint8Array> {
  const stamps = await stampsFor(model.lang, learner);
  const parts = await documentParts(model, learner);
  const commented = parts['word/comments.xml'] !== undefined;
  // A commented package takes the parts it shares with a plain one from the plain stamps. The parts made
  // per request are deflated at level 1: about a fifth less CPU per document than level 6 (the Worker's
  // budget is 10 ms a request) for files about 7 % larger; the fixed parts stay at level 6, made once.
  const fixed = new Map(stamps.parts.map(({ path, entry }) => [path, entry]));
  const entries = (commented ? stamps.commented.parts : stamps.parts).map(
    ({ path, entry }) =>
      entry ??
      (parts[path] === undefined ? fixed.get(path) : undefined) ??
      deflateEntry(path, parts[path] ?? '', 1),
  );
  return zip(entries, model.date);
}
