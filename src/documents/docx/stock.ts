import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type IBorderOptions,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ShapeGroupRun } from 'docx/shapes';
import { type Drawing, type DrawingLine, lineBox, shapeName } from '../../map/drawing.js';
import { type Block, type Comment, commentsOf, type DocumentModel, type Inline } from '../blocks.js';
import { layoutStrings, placeholderText } from '../strings.js';
import { corePropertiesXml } from './core.js';
import {
  columnTwips,
  footerText,
  type Lang,
  ListCounter,
  type ListPlace,
  listEntries,
  type ParagraphKind,
  page,
  type RowKind,
  rowKeepsTogether,
  textWidth,
} from './layout.js';
import { signatureRows } from './signature-rows.js';
import { documentSettings, headerFill, styleIds } from './styles.js';

/**
 * The block model as docx objects: one function per block kind. The same functions build the real
 * documents (through docx's own packer, the "stock" path) and the specimen the fast path learns from,
 * so the two cannot drift apart.
 */

export function runOf(inline: Inline, lang: Lang): TextRun {
  return new TextRun({
    text: inline.placeholder ? placeholderText(inline.text, lang) : inline.text,
    ...(inline.bold ? { bold: true } : {}),
    ...(inline.italic ? { italics: true } : {}),
    ...(inline.placeholder ? { highlight: 'yellow' as const } : {}),
    ...(inline.breakBefore ? { break: 1 } : {}),
  });
}

const runsOf = (content: readonly Inline[], lang: Lang) => content.map((inline) => runOf(inline, lang));

const paragraphStyle: Record<
  ParagraphKind,
  { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; style?: string }
> = {
  title: { heading: HeadingLevel.TITLE },
  h1: { heading: HeadingLevel.HEADING_1 },
  h2: { heading: HeadingLevel.HEADING_2 },
  h3: { heading: HeadingLevel.HEADING_3 },
  paragraph: {},
  note: { style: styleIds.note },
  tableText: { style: styleIds.tableText },
  tableGap: { style: styleIds.tableGap },
  signatureHeading: { style: styleIds.signatureHeading },
  signatureLine: { style: styleIds.signatureLine },
  signatureLabel: { style: styleIds.signatureLabel },
  header: { style: styleIds.header },
  footer: { style: styleIds.footer },
};

/** A paragraph; with `commentId`, its text is the anchor of that comment (range, then the reference). */
export function paragraphOf(
  kind: ParagraphKind,
  content: readonly Inline[],
  lang: Lang,
  commentId?: number,
): Paragraph {
  const runs = runsOf(content, lang);
  return new Paragraph({
    ...paragraphStyle[kind],
    children:
      commentId === undefined
        ? runs
        : [
            new CommentRangeStart(commentId),
            ...runs,
            new CommentRangeEnd(commentId),
            new TextRun({ children: [new CommentReference(commentId)] }),
          ],
  });
}

/** Who a drafter's comment is from, and when: the tool, on the document's date (so files stay identical). */
export const commentAuthor = { author: 'Tredjeland', initials: 'TL' } as const;
export const commentDate = (date: string) => `${date}T00:00:00.000Z`;

/** The comments part's entries, numbered in the order of their anchors as blockChildren numbers them. */
export function commentOptions(comments: readonly Comment[], date: string, lang: Lang) {
  return comments.map((paragraphs, id) => ({
    id,
    ...commentAuthor,
    date: new Date(commentDate(date)),
    children: paragraphs.map((content) => paragraphOf('paragraph', content, lang)),
  }));
}

export function listItemOf(content: readonly Inline[], place: ListPlace, lang: Lang): Paragraph {
  return new Paragraph({
    numbering: { reference: place.reference, instance: place.instance, level: place.level },
    children: runsOf(content, lang),
  });
}

export function tableOf(block: Extract<Block, { kind: 'table' }>, lang: Lang): Table {
  const widths = columnTwips(block.columns);
  const rowOf = (cells: readonly Inline[][], kind: RowKind) =>
    new TableRow({
      ...(kind === 'header'
        ? { tableHeader: true, cantSplit: true }
        : kind === 'together'
          ? { cantSplit: true }
          : {}),
      children: widths.map(
        (width, i) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(kind === 'header'
              ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: headerFill } }
              : {}),
            children: [paragraphOf('tableText', cells[i] ?? [], lang)],
          }),
      ),
    });
  return new Table({
    style: styleIds.table,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Only a table with a header row shows the style's first-row shading.
    tableLook: {
      firstRow: block.header !== undefined,
      lastRow: false,
      firstColumn: false,
      lastColumn: false,
      noHBand: true,
      noVBand: true,
    },
    rows: [
      ...(block.header ? [rowOf(block.header, 'header')] : []),
      ...block.rows.map((row) => rowOf(row, rowKeepsTogether(row) ? 'together' : 'breakable')),
    ],
  });
}

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/**
 * Signature blocks two abreast, in a table without borders. Rows do not split and their paragraphs keep
 * with the next, so a block stays on one page with its heading.
 */
export function signaturesOf(block: Extract<Block, { kind: 'signatures' }>, lang: Lang): Table {
  const widths = columnTwips([1, 1]);
  const rows: TableRow[] = [];
  for (let i = 0; i < block.signers.length; i += 2) {
    const pair = [block.signers[i], block.signers[i + 1]];
    for (const cells of signatureRows(pair, (kind, content) => paragraphOf(kind, content, lang)))
      rows.push(
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, column) =>
              new TableCell({ width: { size: widths[column] ?? 0, type: WidthType.DXA }, children }),
          ),
        }),
      );
  }
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows,
  });
}

/**
 * A drawing as a DrawingML group in a paragraph of its own: boxes are rectangles (their text a paragraph
 * without spacing), lines are lines with an arrowhead at their end. The group is one inline picture, with
 * the drawing's title and text alternative as its alt text. docx numbers the shapes from a counter of its
 * own (see test/documents/drawing.test.ts).
 */
export function drawingOf(drawing: Drawing): Paragraph {
  const children = drawing.items.map((item) =>
    item.kind === 'box'
      ? {
          type: 'rectangle' as const,
          altText: { name: shapeName(item) },
          transformation: { offset: { left: item.x, top: item.y }, width: item.w, height: item.h },
          fill: item.fill,
          line: { color: item.line, width: item.lineWidth },
          ...(item.text
            ? {
                textOptions: {
                  verticalAlignment: item.anchor ?? ('center' as const),
                  margins: drawingTextMargins,
                },
                children: [
                  new Paragraph({
                    ...(item.text.centred ? { alignment: AlignmentType.CENTER } : {}),
                    spacing: { before: 0, after: 0, line: 240 },
                    children: [
                      new TextRun({
                        text: item.text.text,
                        ...(item.text.bold ? { bold: true } : {}),
                        size: item.text.size,
                      }),
                    ],
                  }),
                ],
              }
            : {}),
        }
      : lineOptions(item),
  );
  // Single line spacing of its own: LibreOffice (7.4) misplaces an inline group on a line spaced by the
  // documents' default proportional spacing.
  return new Paragraph({
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ShapeGroupRun({
        altText: { id: '1', name: drawing.title, title: drawing.title, description: drawing.description },
        children,
      }),
    ],
  });
}

function lineOptions(item: DrawingLine) {
  const box = lineBox(item);
  return {
    type: 'line' as const,
    altText: { name: shapeName(item) },
    transformation: {
      offset: { left: box.x, top: box.y },
      width: box.w,
      height: box.h,
      ...(box.flipH || box.flipV ? { flip: { horizontal: box.flipH, vertical: box.flipV } } : {}),
    },
    line: {
      color: item.colour,
      width: item.width,
      dash: item.dash,
      ...(item.arrow ? { endArrow: 'triangle' as const } : {}),
    },
  };
}

/** Space between a box's edge and its text, in points. */
export const drawingTextMargins = { top: 0, right: 2, bottom: 0, left: 2 } as const;

export const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

export function blockChildren(blocks: readonly Block[], lang: Lang): (Paragraph | Table)[] {
  const counter = new ListCounter();
  let comments = 0;
  const commentId = (comment: Comment | undefined) => (comment ? comments++ : undefined);
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'title':
        return [paragraphOf('title', block.content, lang)];
      case 'heading':
        return [paragraphOf(`h${block.level}`, block.content, lang, commentId(block.comment))];
      case 'paragraph':
        return [paragraphOf('paragraph', block.content, lang, commentId(block.comment))];
      case 'note':
        return [paragraphOf('note', block.content, lang)];
      case 'list':
        return listEntries(block.items, block.ordered, counter).map((entry) =>
          listItemOf(entry.content, entry.place, lang),
        );
      case 'table':
        return [tableOf(block, lang), paragraphOf('tableGap', [], lang)];
      case 'signatures':
        return block.signers.length === 0 ? [] : [signaturesOf(block, lang)];
      case 'pageBreak':
        return [pageBreak()];
      case 'drawing':
        return block.drawing?.items.length ? [drawingOf(block.drawing)] : [];
      default:
        return block satisfies never;
    }
  });
}

export function headerOf(title: string, lang: Lang): Header {
  return new Header({ children: [paragraphOf('header', [{ text: title }], lang)] });
}

export function footerOf(text: string, lang: Lang): Footer {
  const words = layoutStrings[lang];
  return new Footer({
    children: [
      new Paragraph({
        style: styleIds.footer,
        children: [
          new TextRun(text),
          new TextRun({
            children: [
              new Tab(),
              `${words.page} `,
              PageNumber.CURRENT,
              ` ${words.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * The whole document as a docx `File`; `children`, `footer` and `comments` let the fast path's specimen use
 * the same frame. A document without comments has no comments part at all.
 */
export function documentOf(
  model: DocumentModel,
  children = blockChildren(model.blocks, model.lang),
  footer = footerText(model),
  comments = commentOptions(commentsOf(model.blocks), model.date, model.lang),
): Document {
  return new Document({
    title: model.title,
    creator: 'Tredjeland',
    ...documentSettings(model.lang),
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.margin,
              bottom: page.margin,
              left: page.margin,
              right: page.margin,
              header: page.headerFooter,
              footer: page.headerFooter,
            },
          },
        },
        headers: { default: headerOf(model.title, model.lang) },
        footers: { default: footerOf(footer, model.lang) },
        children,
      },
    ],
  });
}

/** The stock path: docx builds and packs the document (its zip carries the time of packing). */
export async function stockDocx(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(documentOf(model), 'uint8array', false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(model) },
  ]);
}
