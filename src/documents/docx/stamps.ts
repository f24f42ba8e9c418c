import type { Inline } from '../blocks.js';
import type { ZipEntry } from '../zip.js';
import { escapeXml } from './core.js';
import { columnTwips, type Lang, type ListPlace, type ParagraphKind, type RowKind } from './layout.js';

/**
 * The stamps of the fast path: the XML docx writes for each kind of block, cut where the text goes (see
 * learn.ts, which learns them from docx at build time, and fast.ts, which joins them). This module is
 * what the run time needs of them, without docx.
 */

export interface Cut {
  open: string;
  close: string;
}

export interface TableStamps {
  open: string;
  /** Each kind of row's opening and its cells' openings. */
  rows: Partial<Record<RowKind, { open: string; cells: string[] }>>;
  close: string;
}

export interface ListStamp {
  /** The paragraph's opening up to the numbering id, and from it on. */
  beforeNumId: string;
  afterNumId: string;
  emptyBeforeNumId: string;
  emptyAfterNumId: string;
  close: string;
}

export interface Stamps {
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
  /** What differs in a document with drafter's comments (docx adds a comments part and relationships). */
  commented: CommentStamps;
}

/** Where an id goes in the comment stamps, and the comment's date. */
export const ID_HOLE = '\uE002';
export const DATE_HOLE = '\uE003';

export interface CommentStamps {
  docHead: string;
  docTail: string;
  /** The anchor before and after a paragraph's runs, with ID_HOLE for the comment's id. */
  anchorOpen: string;
  anchorClose: string;
  /** word/comments.xml: its head, one comment's opening (ID_HOLE, DATE_HOLE), closing, and its tail. */
  part: { head: string; open: string; close: string; tail: string };
  /** The package's parts in docx's order; `entry` where the part is fixed and differs from `parts`. */
  parts: { path: string; entry?: ZipEntry }[];
}

export const bodyKinds = [
  'title',
  'h1',
  'h2',
  'h3',
  'paragraph',
  'note',
  'tableText',
  'tableGap',
  'signatureHeading',
  'signatureLine',
  'signatureLabel',
] as const satisfies readonly ParagraphKind[];
export type BodyKind = (typeof bodyKinds)[number];

/** Runs differ by four switches; a run's stamp is indexed by them as bits. */
export const runIndex = (inline: Inline) =>
  (inline.bold ? 1 : 0) |
  (inline.italic ? 2 : 0) |
  (inline.placeholder ? 4 : 0) |
  (inline.breakBefore ? 8 : 0);

export class StampError extends Error {
  override name = 'StampError';
}

export function joinTable(stamps: TableStamps, rows: { kind: RowKind; cells: string[] }[]): string {
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

export const layoutKey = (columns: readonly number[], header: boolean) =>
  `${columnTwips(columns).join(',')}${header ? '+header' : ''}`;

/** The XML of a table cell's paragraph holding `text`, as the stamps write it. */
export function cellParagraphXml(stamps: Stamps, text: string): string {
  const paragraph = stamps.paragraphs.tableText;
  const run = stamps.runs[0]!;
  return text === ''
    ? paragraph.empty
    : `${paragraph.open}${run.open}${escapeXml(text)}${run.close}${paragraph.close}`;
}

export type SerializedPart = { path: string; stored?: string; crc?: number; size?: number };

/** Stamps as plain data, for the generated module: the deflated parts in base64. */
export interface SerializedStamps {
  langs: Partial<
    Record<
      Lang,
      Omit<Stamps, 'parts' | 'commented'> & {
        parts: SerializedPart[];
        commented: Omit<CommentStamps, 'parts'> & { parts: SerializedPart[] };
      }
    >
  >;
  tables: Record<string, TableStamps>;
}

const deserializeParts = (parts: SerializedPart[]) =>
  parts.map(({ path, stored, crc, size }) =>
    stored === undefined
      ? { path }
      : {
          path,
          entry: {
            path,
            stored: Uint8Array.from(atob(stored), (c) => c.charCodeAt(0)),
            method: 8 as const,
            crc: crc ?? 0,
            size: size ?? 0,
          },
        },
  );

export function deserializeStamps(serialized: SerializedStamps['langs'][Lang] & object): Stamps {
  return {
    ...serialized,
    parts: deserializeParts(serialized.parts),
    commented: { ...serialized.commented, parts: deserializeParts(serialized.commented.parts) },
  };
}
