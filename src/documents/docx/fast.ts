import { Packer, type Paragraph, type Table } from 'docx';
import { unzipSync } from 'fflate';
import type { Block, DocumentModel, Inline } from '../blocks.js';
import { deflateEntry, type ZipEntry, zip } from '../zip.js';
import { corePropertiesXml, escapeXml } from './core.js';
import {
  columnTwips,
  documentOf,
  footerText,
  type Lang,
  ListCounter,
  type ListPlace,
  listEntries,
  listItemOf,
  type ParagraphKind,
  pageBreak,
  paragraphOf,
  type RowKind,
  rowKeepsTogether,
  signaturesOf,
  tableOf,
} from './stock.js';

/**
 * The fast path: docx writes every piece of XML, once; documents are then put together from those pieces.
 *
 * Packing a document with docx builds an object per element and serialises the tree (most of the time of a
 * render) and deflates every part again, though styles, theme and settings never change. Here docx packs a
 * *specimen* once per language: one of each paragraph kind, run style, list level, table layout, with a
 * marker character where the text goes. The specimen's XML is cut at the markers into stamps; a document
 * is then the stamps joined around its escaped text, and the parts that never change are deflated once.
 * Tests hold the result to be byte for byte the XML docx itself writes for the same blocks.
 */

const MARK = '\uE000';
const HOLE = '\uE001';
const SEPARATOR = '\uE00F';
const SEPARATOR_XML = `<w:p><w:r><w:t xml:space="preserve">${SEPARATOR}</w:t></w:r></w:p>`;

interface Cut {
  open: string;
  close: string;
}

interface TableStamps {
  open: string;
  /** Each kind of row's opening and its cells' openings. */
  rows: Partial<Record<RowKind, { open: string; cells: string[] }>>;
  close: string;
}

interface ListStamp {
  /** The paragraph's opening up to the numbering id, and from it on. */
  beforeNumId: string;
  afterNumId: string;
  emptyBeforeNumId: string;
  emptyAfterNumId: string;
  close: string;
}

interface Stamps {
  docHead: string;
  docTail: string;
  paragraphs: Record<BodyKind, Cut & { empty: string }>;
  runs: Cut[];
  lists: Record<0 | 1, ListStamp>;
  firstNumId: number;
  pageBreak: string;
  signatures: TableStamps;
  header: Cut;
  footer: Cut;
  numbering: { head: string; tail: string; num: Record<ListPlace['reference'], Cut> };
  /** Every part of the package by path, in docx's order; the ones that never change are deflated already. */
  parts: { path: string; entry?: ZipEntry }[];
}

const bodyKinds = [
  'title',
  'h1',
  'h2',
  'h3',
  'paragraph',
  'note',
  'tableText',
  'signatureHeading',
  'signatureLine',
  'signatureLabel',
] as const satisfies readonly ParagraphKind[];
type BodyKind = (typeof bodyKinds)[number];

/** Runs differ by four switches; a run's stamp is indexed by them as bits. */
const runIndex = (inline: Inline) =>
  (inline.bold ? 1 : 0) |
  (inline.italic ? 2 : 0) |
  (inline.placeholder ? 4 : 0) |
  (inline.breakBefore ? 8 : 0);
const runVariants: Inline[] = Array.from({ length: 16 }, (_, i) => ({
  text: MARK,
  ...(i & 1 ? { bold: true } : {}),
  ...(i & 2 ? { italic: true } : {}),
  ...(i & 4 ? { placeholder: true } : {}),
  ...(i & 8 ? { breakBefore: true } : {}),
}));

const VARIABLE_PARTS = new Set([
  'word/document.xml',
  'word/numbering.xml',
  'word/header1.xml',
  'word/footer1.xml',
  'docProps/core.xml',
]);

const decoder = new TextDecoder();

class StampError extends Error {
  override name = 'StampError';
}

function cutAt(text: string, marker: string): Cut {
  const at = text.indexOf(marker);
  if (at === -1 || text.indexOf(marker, at + marker.length) !== -1)
    throw new StampError(`marker not found once in ${text.slice(0, 120)}`);
  return { open: text.slice(0, at), close: text.slice(at + marker.length) };
}

/** Packs docx children in the document frame and returns every part as text, and the body's elements. */
async function packSpecimen(lang: Lang, children: (Paragraph | Table)[]) {
  const model: DocumentModel = { lang, title: MARK, date: '2000-01-01', id: 'specimen', blocks: [] };
  const document = documentOf(model, children, MARK);
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

function joinTable(stamps: TableStamps, rows: { kind: RowKind; cells: string[] }[]): string {
  let xml = stamps.open;
  for (const row of rows) {
    const stamp = stamps.rows[row.kind];
    if (stamp === undefined) throw new StampError(`no ${row.kind} row learnt`);
    xml += stamp.open;
    row.cells.forEach((cell, i) => {
      xml += `${stamp.cells[i] ?? ''}${cell}</w:tc>`;
    });
    xml += '</w:tr>';
  }
  return xml + stamps.close;
}

const layoutKey = (columns: readonly number[], header: boolean) =>
  `${columnTwips(columns).join(',')}${header ? '+header' : ''}`;

/** Text long enough that a row holding it may break across pages. */
const LONG = 'x'.repeat(1300);

/**
 * The specimen of tables: one per layout, with the rows of every kind (a header row when the layout has
 * one, a row kept together, a row that may break), each cell holding a marked paragraph.
 */
async function learnTables(
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

async function learn(lang: Lang): Promise<Stamps> {
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
  };
  if (level1.numId !== level0.numId || bulletNumId !== level0.numId + 1)
    throw new StampError('unexpected numbering ids');
  return stamps;
}

const tableStampsCache = new Map<string, TableStamps>();
const stampsByLang = new Map<Lang, Promise<Stamps>>();

function stampsFor(lang: Lang): Promise<Stamps> {
  let stamps = stampsByLang.get(lang);
  if (!stamps) {
    stamps = learn(lang);
    stampsByLang.set(lang, stamps);
    stamps.catch(() => stampsByLang.delete(lang));
  }
  return stamps;
}

/** Learns the table layouts a document uses that have not been seen yet. */
async function ensureTables(blocks: readonly Block[]): Promise<void> {
  const missing = new Map<string, { columns: number[]; header: boolean }>();
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const header = block.header !== undefined;
    const key = layoutKey(block.columns, header);
    if (!tableStampsCache.has(key)) missing.set(key, { columns: block.columns, header });
  }
  if (missing.size === 0) return;
  const stamps = await stampsFor('en');
  const learnt = await learnTables([...missing.values()], (text) =>
    paragraphXml(stamps, 'tableText', [{ text }]),
  );
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

function assembleBody(stamps: Stamps, tables: Map<string, TableStamps>, blocks: readonly Block[]) {
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
        body += paragraphXml(stamps, `h${block.level}`, block.content);
        break;
      case 'paragraph':
      case 'note':
        body += paragraphXml(stamps, block.kind, block.content);
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
        break;
      }
      case 'signatures': {
        if (block.signers.length === 0) break;
        const rows: { kind: RowKind; cells: string[] }[] = [];
        for (let i = 0; i < block.signers.length; i += 2) {
          const cells = [block.signers[i], block.signers[i + 1]].map((signer) =>
            signer
              ? paragraphXml(stamps, 'signatureHeading', signer.heading) +
                signer.lines
                  .map(
                    (line) =>
                      paragraphXml(stamps, 'signatureLine', []) +
                      paragraphXml(stamps, 'signatureLabel', line),
                  )
                  .join('')
              : paragraphXml(stamps, 'signatureLabel', []),
          );
          rows.push({ kind: 'together', cells });
        }
        body += joinTable(stamps.signatures, rows);
        break;
      }
      case 'pageBreak':
        body += stamps.pageBreak;
        break;
    }
  }
  let numbering = stamps.numbering.head;
  for (const { id, reference } of numIds.values()) {
    const cut = stamps.numbering.num[reference];
    numbering += cut.open + id + cut.close;
  }
  numbering += stamps.numbering.tail;
  return { body, numbering };
}

/** The XML parts of a document that differ from one document to the next. */
export async function documentParts(model: DocumentModel): Promise<Record<string, string>> {
  const stamps = await stampsFor(model.lang);
  await ensureTables(model.blocks);
  const { body, numbering } = assembleBody(stamps, tableStampsCache, model.blocks);
  return {
    'word/document.xml': stamps.docHead + body + stamps.docTail,
    'word/numbering.xml': numbering,
    'word/header1.xml': stamps.header.open + escapeXml(model.title) + stamps.header.close,
    'word/footer1.xml': stamps.footer.open + escapeXml(footerText(model)) + stamps.footer.close,
    'docProps/core.xml': corePropertiesXml(model),
  };
}

/** The document as DOCX bytes: the same bytes for the same model, dated by the model's date. */
export async function fastDocx(model: DocumentModel): Promise<Uint8Array> {
  const stamps = await stampsFor(model.lang);
  const parts = await documentParts(model);
  const entries = stamps.parts.map(({ path, entry }) => entry ?? deflateEntry(path, parts[path] ?? ''));
  return zip(entries, model.date);
}
