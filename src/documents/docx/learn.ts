import { Packer, type Paragraph, type Table } from 'docx';
import { unzipSync } from 'fflate';
import type { DocumentModel, Inline } from '../blocks.js';
import { deflateEntry } from '../zip.js';
import type { StampLearner } from './fast.js';
import type { Lang, ListPlace, RowKind } from './layout.js';
import {
  bodyKinds,
  type CommentStamps,
  type Cut,
  DATE_HOLE,
  ID_HOLE,
  joinTable,
  type ListStamp,
  layoutKey,
  type SerializedStamps,
  StampError,
  type Stamps,
  type TableStamps,
} from './stamps.js';
import {
  commentOptions,
  documentOf,
  listItemOf,
  pageBreak,
  paragraphOf,
  signaturesOf,
  tableOf,
} from './stock.js';

// The build script (scripts/learn-docx-stamps.ts) and the generated stamps.d.ts take these from here.
export { cellParagraphXml, type SerializedStamps } from './stamps.js';

/**
 * Learning the stamps of the fast path from docx (see fast.ts). docx packs a *specimen* per language: one
 * of each paragraph kind, run style, list level and table layout, with a marker character where the text
 * goes; its XML is cut at the markers. Each cut is checked by putting the specimen back together.
 *
 * `npm run build` learns the stamps once (scripts/learn-docx-stamps.ts writes them to
 * src/documents/generated/stamps.js), so a document never waits for docx at run time, and docx is not part
 * of the Worker at all. In Node, `stampLearner` lets the fast path learn a table layout the build did not
 * see (tests of arbitrary blocks against docx).
 */

const MARK = '\uE000';
const HOLE = '\uE001';
const SEPARATOR = '\uE00F';
const SEPARATOR_XML = `<w:p><w:r><w:t xml:space="preserve">${SEPARATOR}</w:t></w:r></w:p>`;

const runVariants: Inline[] = Array.from({ length: 16 }, (_, i) => ({
  text: MARK,
  ...(i & 1 ? { bold: true } : {}),
  ...(i & 2 ? { italic: true } : {}),
  ...(i & 4 ? { placeholder: true } : {}),
  ...(i & 8 ? { breakBefore: true } : {}),
}));

/** The parts that differ between documents; every other part is the same for all documents of a language. */
export const VARIABLE_PARTS = new Set([
  'word/document.xml',
  'word/comments.xml',
  'word/numbering.xml',
  'word/header1.xml',
  'word/footer1.xml',
  'docProps/core.xml',
]);

const decoder = new TextDecoder();

function cutAt(text: string, marker: string): Cut {
  const at = text.indexOf(marker);
  if (at === -1 || text.indexOf(marker, at + marker.length) !== -1)
    throw new StampError(`marker not found once in ${text.slice(0, 120)}`);
  return { open: text.slice(0, at), close: text.slice(at + marker.length) };
}

/** Packs docx children in the document frame and returns every part as text, and the body's elements. */
const SPECIMEN_DATE = '2000-01-01';

async function packSpecimen(
  lang: Lang,
  children: (Paragraph | Table)[],
  comments: ReturnType<typeof commentOptions> = [],
) {
  const model: DocumentModel = { lang, title: MARK, date: SPECIMEN_DATE, id: 'specimen', blocks: [] };
  const document = documentOf(model, children, MARK, comments);
  const bytes = await Packer.pack(document, 'uint8array');
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const file = files[path];
    if (!file) throw new StampError(`specimen has no ${path}`);
    return decoder.decode(file);
  };
  const documentXml = text('word/document.xml');
  const bodyStart = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const bodyEnd = documentXml.lastIndexOf('<w:sectPr');
  const elements = documentXml.slice(bodyStart, bodyEnd).split(SEPARATOR_XML);
  return { files, text, documentXml, bodyStart, bodyEnd, elements };
}

const separator = () => paragraphOf('paragraph', [{ text: SEPARATOR }], 'en');
const withSeparators = (items: (Paragraph | Table)[]) => items.flatMap((item) => [item, separator()]);

/**
 * Cuts a table into its frame, row openings and cell openings. The cells' paragraphs were replaced by HOLE;
 * `kinds` names the rows of the specimen in order.
 */
function cutTable(skeleton: string, kinds: readonly RowKind[]): TableStamps {
  const firstRow = skeleton.indexOf('<w:tr>');
  if (firstRow === -1 || !skeleton.endsWith('</w:tr></w:tbl>'))
    throw new StampError('unexpected table shape');
  const rows = skeleton
    .slice(firstRow, -'</w:tbl>'.length)
    .split('</w:tr>')
    .slice(0, -1)
    .map((row) => {
      const firstCell = row.indexOf('<w:tc>');
      const cells = row
        .slice(firstCell)
        .split('</w:tc>')
        .slice(0, -1)
        .map((cell) => {
          if (!cell.endsWith(HOLE)) throw new StampError('unexpected cell shape');
          return cell.slice(0, -1);
        });
      return { open: row.slice(0, firstCell), cells };
    });
  if (rows.length !== kinds.length) throw new StampError('unexpected table rows');
  const byKind: TableStamps['rows'] = {};
  rows.forEach((row, i) => {
    byKind[kinds[i]!] = row;
  });
  return { open: skeleton.slice(0, firstRow), rows: byKind, close: '</w:tbl>' };
}

/** Text long enough that a row holding it may break across pages. */
const LONG = 'x'.repeat(1300);

/**
 * The specimen of tables: one per layout, with the rows of every kind (a header row when the layout has
 * one, a row kept together, a row that may break), each cell holding a marked paragraph.
 */
export async function learnTables(
  layouts: readonly { columns: readonly number[]; header: boolean }[],
  cellXml: (text: string) => string,
) {
  const short: Inline[][] = [[{ text: MARK }]];
  const long: Inline[][] = [[{ text: `${MARK}${LONG}` }]];
  const tables = layouts.map(({ columns, header }) => {
    const row = (cells: Inline[][]) => columns.map(() => cells[0]!);
    return tableOf(
      {
        kind: 'table',
        columns: [...columns],
        ...(header ? { header: row(short) } : {}),
        rows: [row(short), row(long)],
      },
      'en',
    );
  });
  const { elements } = await packSpecimen('en', withSeparators(tables));
  const learnt = new Map<string, TableStamps>();
  layouts.forEach(({ columns, header }, i) => {
    const xml = elements[i] ?? '';
    const kinds: RowKind[] = [...(header ? (['header'] as const) : []), 'together', 'breakable'];
    const skeleton = xml
      .split(cellXml(`${MARK}${LONG}`))
      .join(HOLE)
      .split(cellXml(MARK))
      .join(HOLE);
    const stamps = cutTable(skeleton, kinds);
    const rebuilt = joinTable(
      stamps,
      kinds.map((kind) => ({
        kind,
        cells: columns.map(() => cellXml(kind === 'breakable' ? `${MARK}${LONG}` : MARK)),
      })),
    );
    if (rebuilt !== xml) throw new StampError('table stamps do not rebuild the specimen');
    learnt.set(layoutKey(columns, header), stamps);
  });
  return learnt;
}

/**
 * The specimen of a commented document: one paragraph anchoring one comment. Cut into the anchor around the
 * paragraph's runs, the comment in the comments part, and the package parts that differ from `plain`.
 */
async function learnCommentStamps(
  lang: Lang,
  paragraph: Cut,
  plainRun: string,
  plainParts: Record<string, Uint8Array>,
): Promise<CommentStamps> {
  const comments = commentOptions([[[{ text: MARK }]]], SPECIMEN_DATE, lang);
  const specimen = await packSpecimen(lang, [paragraphOf('paragraph', [{ text: MARK }], lang, 0)], comments);
  const id = (xml: string) => xml.split('w:id="0"').join(`w:id="${ID_HOLE}"`);
  const element = specimen.elements[0] ?? '';
  if (!element.startsWith(paragraph.open) || !element.endsWith(paragraph.close))
    throw new StampError('unexpected commented paragraph');
  const anchor = cutAt(element.slice(paragraph.open.length, -paragraph.close.length), plainRun);
  const part = specimen.text('word/comments.xml');
  const start = part.indexOf('<w:comment ');
  const end = part.lastIndexOf('</w:comments>');
  const comment = part.slice(start, end);
  const openEnd = comment.indexOf('>') + 1;
  const body = `${paragraph.open}${plainRun}${paragraph.close}`;
  if (start === -1 || comment.slice(openEnd) !== `${body}</w:comment>`)
    throw new StampError('unexpected comment');
  const date = `w:date="${SPECIMEN_DATE}T00:00:00.000Z"`;
  if (!comment.includes(date)) throw new StampError('comment date not found');
  return {
    docHead: specimen.documentXml.slice(0, specimen.bodyStart),
    docTail: specimen.documentXml.slice(specimen.bodyEnd),
    anchorOpen: id(anchor.open),
    anchorClose: id(anchor.close),
    part: {
      head: part.slice(0, start),
      open: id(comment.slice(0, openEnd)).replace(date, `w:date="${DATE_HOLE}"`),
      close: '</w:comment>',
      tail: part.slice(end),
    },
    parts: Object.keys(specimen.files).map((path) => {
      const data = specimen.files[path]!;
      const plain = plainParts[path];
      const same =
        plain !== undefined && plain.length === data.length && plain.every((b, i) => b === data[i]);
      return VARIABLE_PARTS.has(path) || same ? { path } : { path, entry: deflateEntry(path, data) };
    }),
  };
}

/** Packs the specimen of one language and cuts it into stamps. */
export async function learnStamps(lang: Lang): Promise<Stamps> {
  const items: (Paragraph | Table)[] = [];
  for (const kind of bodyKinds)
    items.push(paragraphOf(kind, [{ text: MARK }], lang), paragraphOf(kind, [], lang));
  for (const variant of runVariants) items.push(paragraphOf('paragraph', [variant], lang));
  const numbers: ListPlace = { reference: 'numbers', instance: 0, level: 0 };
  const bullets: ListPlace = { reference: 'bullets', instance: 0, level: 0 };
  for (const level of [0, 1] as const) {
    items.push(
      listItemOf([{ text: MARK }], { ...numbers, level }, lang),
      listItemOf([], { ...numbers, level }, lang),
    );
  }
  items.push(listItemOf([{ text: MARK }], bullets, lang));
  items.push(pageBreak());
  const signer = { heading: [{ text: MARK }], lines: [] };
  items.push(signaturesOf({ kind: 'signatures', signers: [signer, signer, signer, signer] }, lang));

  const specimen = await packSpecimen(lang, withSeparators(items));
  const elements = specimen.elements;
  let next = 0;
  const take = () => {
    const element = elements[next++];
    if (element === undefined) throw new StampError('specimen is shorter than expected');
    return element;
  };

  // Runs first in use, though later in the specimen: paragraphs are cut around a plain run.
  const paragraphXml = bodyKinds.map(() => ({ marked: take(), empty: take() }));
  const runs = runVariants.map(() => {
    const element = take();
    if (!element.startsWith('<w:p>') || !element.endsWith('</w:p>'))
      throw new StampError('unexpected run paragraph');
    return cutAt(element.slice('<w:p>'.length, -'</w:p>'.length), MARK);
  });
  const plainRun = `${runs[0]!.open}${MARK}${runs[0]!.close}`;
  const paragraphs = Object.fromEntries(
    bodyKinds.map((kind, i) => [
      kind,
      { ...cutAt(paragraphXml[i]!.marked, plainRun), empty: paragraphXml[i]!.empty },
    ]),
  ) as Stamps['paragraphs'];

  const NUM_ID = /<w:numId w:val="(\d+)"\/>/;
  const cutList = (marked: string, empty: string): { stamp: ListStamp; numId: number } => {
    const { open, close } = cutAt(marked, plainRun);
    const match = NUM_ID.exec(open);
    const emptyMatch = NUM_ID.exec(empty);
    if (!match || !emptyMatch) throw new StampError('list item without a numbering id');
    const digitsAt = match.index + '<w:numId w:val="'.length;
    const emptyDigitsAt = emptyMatch.index + '<w:numId w:val="'.length;
    return {
      numId: Number(match[1]),
      stamp: {
        beforeNumId: open.slice(0, digitsAt),
        afterNumId: open.slice(digitsAt + (match[1] ?? '').length),
        emptyBeforeNumId: empty.slice(0, emptyDigitsAt),
        emptyAfterNumId: empty.slice(emptyDigitsAt + (emptyMatch[1] ?? '').length),
        close,
      },
    };
  };
  const level0 = cutList(take(), take());
  const level1 = cutList(take(), take());
  const bulletItem = take();
  const bulletNumId = Number(NUM_ID.exec(bulletItem)?.[1]);
  const pageBreakXml = take();
  const signatureXml = take();
  const signatureHeading = `${paragraphs.signatureHeading.open}${plainRun}${paragraphs.signatureHeading.close}`;
  const signatures = cutTable(signatureXml.split(signatureHeading).join(HOLE), ['together', 'together']);

  // numbering.xml: docx's own list first, then one <w:num> per list in order of first use.
  const numberingXml = specimen.text('word/numbering.xml');
  const numCut = (numId: number): Cut & { start: number } => {
    const start = numberingXml.indexOf(`<w:num w:numId="${numId}">`);
    const end = numberingXml.indexOf('</w:num>', start) + '</w:num>'.length;
    if (start === -1) throw new StampError(`numbering has no num ${numId}`);
    return { ...cutAt(numberingXml.slice(start, end), `w:numId="${numId}"`), start };
  };
  const numbersNum = numCut(level0.numId);
  const bulletsNum = numCut(bulletNumId);
  const asHole = (cut: Cut): Cut => ({ open: `${cut.open}w:numId="`, close: `"${cut.close}` });

  const stamps: Stamps = {
    docHead: specimen.documentXml.slice(0, specimen.bodyStart),
    docTail: specimen.documentXml.slice(specimen.bodyEnd),
    paragraphs,
    runs,
    lists: { 0: level0.stamp, 1: level1.stamp },
    firstNumId: level0.numId,
    pageBreak: pageBreakXml,
    signatures,
    header: cutAt(specimen.text('word/header1.xml'), MARK),
    footer: cutAt(specimen.text('word/footer1.xml'), MARK),
    numbering: {
      head: numberingXml.slice(0, numbersNum.start),
      tail: '</w:numbering>',
      num: { numbers: asHole(numbersNum), bullets: asHole(bulletsNum) },
    },
    parts: Object.keys(specimen.files).map((path) =>
      VARIABLE_PARTS.has(path) ? { path } : { path, entry: deflateEntry(path, specimen.files[path]!) },
    ),
    commented: await learnCommentStamps(lang, paragraphs.paragraph, plainRun, specimen.files),
  };
  if (level1.numId !== level0.numId || bulletNumId !== level0.numId + 1)
    throw new StampError('unexpected numbering ids');
  return stamps;
}

const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const serializeParts = (parts: Stamps['parts']) =>
  parts.map(({ path, entry }) =>
    entry ? { path, stored: toBase64(entry.stored), crc: entry.crc, size: entry.size } : { path },
  );

export function serializeStamps(
  langs: Partial<Record<Lang, Stamps>>,
  tables: ReadonlyMap<string, TableStamps>,
): SerializedStamps {
  const out: SerializedStamps = { langs: {}, tables: Object.fromEntries(tables) };
  for (const [lang, stamps] of Object.entries(langs) as [Lang, Stamps][]) {
    out.langs[lang] = {
      ...stamps,
      parts: serializeParts(stamps.parts),
      commented: { ...stamps.commented, parts: serializeParts(stamps.commented.parts) },
    };
  }
  return out;
}

/** Learns what the build did not, for the fast path in Node (tests, benchmarks); the Worker has no docx. */
export const stampLearner: StampLearner = { learnStamps, learnTables };
