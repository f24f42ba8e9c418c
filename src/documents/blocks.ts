import type { Drawing } from '../map/drawing.js';

/**
 * The block model: what a rendered template means, before it is laid out as DOCX. Small on purpose: every
 * block maps to one Word construct with a real style, and tests can read a document back in these terms.
 */

/** A piece of text with its emphasis. A placeholder is a fact still to be filled in; its text is the label. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  placeholder?: boolean;
  /** A line break before this run's text. */
  breakBefore?: boolean;
}

/**
 * A note for the drafter, as a Word comment anchored on the block's text: its paragraphs. It is never part
 * of the text the parties sign.
 */
export type Comment = Inline[][];

export type Block =
  | { kind: 'title'; content: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[]; comment?: Comment }
  | { kind: 'paragraph'; content: Inline[]; comment?: Comment }
  /** A drafting note to the reader of the draft, set apart from the text of the agreement. */
  | { kind: 'note'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; columns: number[]; header?: Inline[][]; rows: Inline[][][] }
  | { kind: 'signatures'; signers: Signer[] }
  | { kind: 'pageBreak' }
  /**
   * A picture drawn as DrawingML shapes (a group of boxes and lines), named in the template (`<drawing
   * name="map"/>`) and taken from the view's `drawings`; a template naming one the view lacks draws nothing.
   */
  | { kind: 'drawing'; name: string; drawing?: Drawing };

export interface ListItem {
  content: Inline[];
  /** A list nested under the item (one level at most, as legal lists rarely go deeper). */
  children?: { ordered: boolean; items: { content: Inline[] }[] };
}

/** One party's signature block: a heading naming the party, then the lines to sign or fill in. */
export interface Signer {
  heading: Inline[];
  lines: Inline[][];
}

/** A document in blocks, with what its header and footer say. */
export interface DocumentModel {
  lang: 'sv' | 'en';
  /** Shown in the page header and stored as the document's title property. */
  title: string;
  /** YYYY-MM-DD: printed in the footer and used as the file's fixed timestamps. */
  date: string;
  /** A stable id derived from the input, printed in the footer. */
  id: string;
  blocks: Block[];
}

/** The labels of the placeholders in a document, in order of first appearance, each once. */
export function placeholdersOf(blocks: readonly Block[]): string[] {
  const seen = new Set<string>();
  const visit = (content: readonly Inline[]) => {
    for (const run of content) if (run.placeholder) seen.add(run.text);
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'list':
        for (const item of block.items) {
          visit(item.content);
          for (const child of item.children?.items ?? []) visit(child.content);
        }
        break;
      case 'table':
        for (const cell of block.header ?? []) visit(cell);
        for (const row of block.rows) for (const cell of row) visit(cell);
        break;
      case 'signatures':
        for (const signer of block.signers) {
          visit(signer.heading);
          for (const line of signer.lines) visit(line);
        }
        break;
      case 'pageBreak':
      case 'drawing':
        break;
      default:
        visit(block.content);
    }
  }
  return [...seen];
}

/** The drafter's comments of a document, in the order of their anchors. */
export function commentsOf(blocks: readonly Block[]): Comment[] {
  return blocks.flatMap((block) =>
    (block.kind === 'heading' || block.kind === 'paragraph') && block.comment ? [block.comment] : [],
  );
}

/** The plain text of a run of inlines, as a reader sees it (placeholders without their brackets). */
export function plainText(content: readonly Inline[]): string {
  return content.map((run) => run.text).join('');
}
