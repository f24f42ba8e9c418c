import type { DocumentModel, Inline, ListItem } from '../blocks.js';
import { layoutStrings, longDate } from '../strings.js';

/**
 * The layout decisions both paths share: page size, list numbering, column widths, which rows keep
 * together, the footer's text. No docx here: the fast path, which the Worker runs, imports this module, and
 * docx stays with the stock path and the build step that learns the stamps (stock.ts, learn.ts).
 */

export type Lang = DocumentModel['lang'];

/** A4 with 2.5 cm margins, in twips. */
export const page = { width: 11906, height: 16838, margin: 1418, headerFooter: 709 } as const;
export const textWidth = page.width - 2 * page.margin;

export const numberingRefs = { bullets: 'bullets', numbers: 'numbers' } as const;

/** Paragraph kinds, each a Word style. */
export type ParagraphKind =
  | 'title'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'paragraph'
  | 'note'
  | 'tableText'
  | 'tableGap'
  | 'signatureHeading'
  | 'signatureLine'
  | 'signatureLabel'
  | 'header'
  | 'footer';

/** Where a list item sits: which numbering, which list of it (instance) and how deep. */
export interface ListPlace {
  reference: (typeof numberingRefs)[keyof typeof numberingRefs];
  instance: number;
  level: 0 | 1;
}

/**
 * Numbered lists each start at 1, so each takes a numbering instance of its own, counted through the
 * document; bulleted lists all share instance 0. A nested numbered list continues its parent's instance one
 * level down ("(a)", "(b)"), which Word restarts under each parent item.
 */
export class ListCounter {
  private next = 0;
  placeOf(ordered: boolean, level: 0 | 1, parent?: ListPlace): ListPlace {
    if (!ordered) return { reference: numberingRefs.bullets, instance: 0, level };
    if (parent && parent.reference === numberingRefs.numbers) return { ...parent, level };
    const place = { reference: numberingRefs.numbers, instance: this.next, level };
    this.next += 1;
    return place;
  }
}

/** The list's items in order, each with its place: the same walk for both paths. */
export function listEntries(items: readonly ListItem[], ordered: boolean, counter: ListCounter) {
  const place = counter.placeOf(ordered, 0);
  const entries: { content: readonly Inline[]; place: ListPlace }[] = [];
  for (const item of items) {
    entries.push({ content: item.content, place });
    if (item.children) {
      const childPlace = counter.placeOf(item.children.ordered, 1, place);
      for (const child of item.children.items) entries.push({ content: child.content, place: childPlace });
    }
  }
  return entries;
}

/** Column widths in twips from percentages; the last column takes the rounding, so they fill the text width. */
export function columnTwips(columns: readonly number[], width = textWidth): number[] {
  const total = columns.reduce((sum, c) => sum + c, 0);
  const twips = columns.map((c) => Math.floor((c / total) * width));
  twips[twips.length - 1] = width - twips.slice(0, -1).reduce((sum, c) => sum + c, 0);
  return twips;
}

/**
 * Rows are kept on one page unless they are long: Word cannot split a row that is taller than a page, so
 * a long description must be allowed to break.
 */
export function rowKeepsTogether(cells: readonly (readonly Inline[])[]): boolean {
  let length = 0;
  for (const cell of cells) for (const run of cell) length += run.text.length;
  return length <= 1200;
}

export type RowKind = 'header' | 'together' | 'breakable';

/** The footer's left-hand text: the document's date and id. */
export function footerText(model: Pick<DocumentModel, 'date' | 'id' | 'lang'>): string {
  return `${longDate(model.date, model.lang)} \u00b7 ${layoutStrings[model.lang].documentId} ${model.id}`;
}
