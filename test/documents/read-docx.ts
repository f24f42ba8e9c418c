import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/**
 * A DOCX read back as Word would: each XML part parsed by a conforming XML parser (saxes: a part that is
 * not well-formed, namespace-correct XML fails the test), then the paragraphs and tables of
 * word/document.xml, found by element and namespace, not by the way docx happens to spell them.
 */
export interface ReadDocx {
  files: Record<string, Uint8Array>;
  part: (path: string) => string;
  /** A part parsed: throws when it is not well-formed XML. */
  parsed: (path: string) => XmlElement;
  xml: string;
  /** Every paragraph of the body in document order, those inside table cells included. */
  paragraphs: { style: string | undefined; text: string; highlighted: boolean }[];
  /** Every table: its rows, each row its cells' text (a cell's paragraphs joined by line breaks). */
  tables: string[][][];
  /** All text, paragraphs separated by line breaks. */
  text: string;
}

/** An element as the parser gave it: namespace URI, local name, attributes by {uri}local, children. */
export interface XmlElement {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses a whole XML document; any well-formedness or namespace error throws. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { uri: '', local: '#document', attributes: {}, children: [] };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attributes[`{${a.uri}}${a.local}`] = a.value;
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes, children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack.at(-1)!.children.push(text);
  });
  parser.write(xml).close();
  const element = root.children.find((c) => typeof c !== 'string');
  if (!element) throw new Error('XML without a root element');
  return element;
}

const isW = (node: XmlElement | string, local: string): boolean =>
  typeof node !== 'string' && node.uri === W && node.local === local;
const children = (node: XmlElement, local: string) =>
  node.children.filter((c): c is XmlElement => isW(c, local));
/** Descendants named so, in document order, not looking inside a match (paragraphs do not nest). */
function descendants(node: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (isW(child, local)) out.push(child);
    else descendants(child, local, out);
  }
  return out;
}
const wVal = (node: XmlElement | undefined) => node?.attributes[`{${W}}val`];

/** A paragraph's text as Word shows it: the text of its runs, with breaks and tabs where they stand. */
function paragraphText(p: XmlElement): string {
  let text = '';
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (isW(child, 't')) text += child.children.filter((c) => typeof c === 'string').join('');
      // A page break starts a new page, not a new line of the paragraph.
      else if (isW(child, 'br')) text += child.attributes[`{${W}}type`] === 'page' ? '' : '\n';
      else if (isW(child, 'tab') && isW(node, 'r')) text += '\t';
      else visit(child);
    }
  };
  visit(p);
  return text;
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const part = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`no ${path} in the package`);
    return strFromU8(file);
  };
  const parsed = (path: string) => parseXml(part(path));
  const xml = part('word/document.xml');
  // Parsed when first asked for: a test that reads only a part's text pays nothing for it.
  let read: Pick<ReadDocx, 'paragraphs' | 'tables' | 'text'> | undefined;
  const body = () => {
    if (read) return read;
    const root = parseXml(xml);
    const paragraphs = descendants(root, 'p').map((p) => {
      const pPr = children(p, 'pPr')[0];
      return {
        style: wVal(pPr && children(pPr, 'pStyle')[0]),
        text: paragraphText(p),
        highlighted: descendants(p, 'highlight').some((h) => wVal(h) === 'yellow'),
      };
    });
    const tables = descendants(root, 'tbl').map((tbl) =>
      children(tbl, 'tr').map((tr) =>
        children(tr, 'tc').map((tc) => descendants(tc, 'p').map(paragraphText).join('\n')),
      ),
    );
    read = { paragraphs, tables, text: paragraphs.map((p) => p.text).join('\n') };
    return read;
  };
  return {
    files,
    part,
    parsed,
    xml,
    get paragraphs() {
      return body().paragraphs;
    },
    get tables() {
      return body().tables;
    },
    get text() {
      return body().text;
    },
  };
}
