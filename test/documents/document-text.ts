import { strFromU8, unzipSync } from 'fflate';
import { parseXml, W, type XmlElement } from './read-docx.js';

/**
 * A DOCX as plain text a lawyer can read and a reviewer can diff: word/document.xml read with a real XML
 * parser, one line per paragraph in document order; headings marked `#`, `##`, `###` and the title `=`;
 * list items `-`; a table row as its cells joined by ` | ` (a cell's paragraphs by ` / `); each Word
 * comment as a `> comment:` line under the paragraph it is anchored in.
 */
export function documentText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const part = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const comments = new Map<string, string>();
  const commentsXml = part('word/comments.xml');
  if (commentsXml) {
    for (const comment of elements(parseXml(commentsXml), 'comment'))
      comments.set(attr(comment, 'id')!, elements(comment, 'p').map(paragraphText).join(' / '));
  }
  const body = elements(parseXml(part('word/document.xml')!), 'body')[0]!;
  const lines: string[] = [];
  const commentLines = (node: XmlElement) =>
    elements(node, 'commentRangeStart').map((c) => `> comment: ${comments.get(attr(c, 'id')!) ?? '?'}`);
  for (const child of body.children) {
    if (typeof child === 'string' || child.uri !== W) continue;
    if (child.local === 'p') {
      const text = paragraphText(child);
      const style = attr(elements(child, 'pStyle')[0], 'val');
      const mark = marks[style ?? ''] ?? '';
      if (text !== '' || mark !== '') lines.push(`${mark}${text}`);
      lines.push(...commentLines(child));
    } else if (child.local === 'tbl') {
      for (const row of direct(child, 'tr')) {
        const cells = direct(row, 'tc').map((tc) =>
          elements(tc, 'p')
            .map(paragraphText)
            .filter((t) => t !== '')
            .join(' / '),
        );
        if (cells.some((c) => c !== '')) lines.push(`| ${cells.join(' | ')} |`);
        lines.push(...commentLines(row));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const marks: Record<string, string> = {
  Title: '= ',
  Heading1: '# ',
  Heading2: '## ',
  Heading3: '### ',
  ListParagraph: '- ',
};

const isW = (node: XmlElement | string, local: string): node is XmlElement =>
  typeof node !== 'string' && node.uri === W && node.local === local;

function attr(node: XmlElement | undefined, local: string): string | undefined {
  return node?.attributes[`{${W}}${local}`];
}

function direct(node: XmlElement, local: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => isW(c, local));
}

/** Every descendant element of that name, in document order. */
function elements(node: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (isW(child, local)) out.push(child);
    elements(child, local, out);
  }
  return out;
}

/** A paragraph's text as Word shows it; a line break inside it becomes ` / `. */
function paragraphText(p: XmlElement): string {
  let text = '';
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (isW(child, 't')) text += child.children.filter((c) => typeof c === 'string').join('');
      else if (isW(child, 'br')) text += attr(child, 'type') === 'page' ? '' : ' / ';
      else if (isW(child, 'tab') && isW(node, 'r')) text += '\t';
      else visit(child);
    }
  };
  visit(p);
  return text;
}
