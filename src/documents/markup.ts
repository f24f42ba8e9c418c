import type { Block, Inline, ListItem, Signer } from './blocks.js';

/**
 * Reads what a template printed, a small HTML-like markup, into blocks.
 *
 * Why this is safe for any user value: Handlebars escapes every `{{value}}` (`&`, `<`, `>`, `"`, `'`, `` ` ``,
 * `=`), so a `<` here always comes from the template's own wording, never from the user. Text is unescaped
 * once, at the end, and written to DOCX as text. `{{…}}`, emoji and direction marks in a value are plain
 * characters to this parser. Templates may not use the triple-stash `{{{…}}}` (a test enforces it).
 *
 * Grammar (whitespace between blocks is ignored; runs of spaces and line breaks in text collapse to one
 * space, as in HTML):
 *   block   := <title>inline</title> | <h1|h2|h3>inline</h…> | <p>inline</p> | <note>inline</note>
 *            | <ul|ol> (<li>inline [<ul|ol>(<li>inline</li>)*</…>]</li>)* </…>
 *            | <table [cols="30,70"]> (<tr>(<th>inline</th> | <td>inline</td>)*</tr>)* </table>
 *            | <signatures>(<signer><sh>inline</sh>(<sl>inline</sl>)*</signer>)*</signatures>
 *            | <pagebreak/>
 *            | <drawing name="map"/>   (a picture the view holds under `drawings.map`; see templates.ts)
 *            | <comment>inline</comment>   (a paragraph of a Word comment on the heading or <p> before it)
 *   inline  := text | <b>inline</b> | <i>inline</i> | <ph>text</ph> | <br/> | <v>text</v>
 *
 * `<v>` (verbatim) holds a user's value as sent (the `fill` and `lines` helpers write it around values
 * with line breaks, tabs or runs of spaces): its line breaks become line breaks, its spaces and tabs stay.
 */

/** A run read from `<v>`: its whitespace is the user's and is not collapsed. Never leaves this module. */
type MarkupInline = Inline & { verbatim?: true };

export class MarkupError extends Error {
  override name = 'MarkupError';
}

type Token =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; at: number }
  | { type: 'close'; name: string; at: number }
  | { type: 'text'; text: string; at: number };

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z]+="[^"<>]*")*)\s*(\/?)>/y;
const ATTR = /([a-z]+)="([^"<>]*)"/g;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    if (lt === -1) {
      tokens.push({ type: 'text', text: source.slice(at), at });
      break;
    }
    if (lt > at) tokens.push({ type: 'text', text: source.slice(at, lt), at });
    TAG.lastIndex = lt;
    const match = TAG.exec(source);
    if (!match)
      throw new MarkupError(`unreadable tag at ${lt}: ${JSON.stringify(source.slice(lt, lt + 40))}`);
    const [whole, slash, name = '', attrText = '', selfClose] = match;
    if (slash) tokens.push({ type: 'close', name, at: lt });
    else {
      const attrs: Record<string, string> = {};
      for (const [, key = '', value = ''] of attrText.matchAll(ATTR)) attrs[key] = value;
      tokens.push({ type: 'open', name, attrs, selfClosing: selfClose === '/', at: lt });
    }
    at = lt + whole.length;
  }
  return tokens;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

/** Undoes Handlebars' escaping. Any other `&` is a template bug: the template must write `&amp;`. */
function unescapeEntities(text: string, at: number): string {
  return text.replace(/&[^;\s&]{0,8};?/g, (entity) => {
    const value = ENTITIES[entity];
    if (value === undefined) throw new MarkupError(`unknown entity ${JSON.stringify(entity)} near ${at}`);
    return value;
  });
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parseDocument(): Block[] {
    const blocks: Block[] = [];
    for (;;) {
      const token = this.tokens[this.index];
      if (!token) return blocks;
      if (token.type === 'text') {
        if (token.text.trim() !== '')
          throw new MarkupError(
            `text outside a block at ${token.at}: ${JSON.stringify(token.text.trim().slice(0, 40))}`,
          );
        this.index += 1;
        continue;
      }
      if (token.type === 'close') throw new MarkupError(`unexpected </${token.name}> at ${token.at}`);
      if (token.name === 'comment') {
        this.index += 1;
        this.attachComment(blocks[blocks.length - 1], this.parseInline('comment'), token.at);
        continue;
      }
      blocks.push(this.parseBlock(token));
    }
  }

  private parseBlock(open: Extract<Token, { type: 'open' }>): Block {
    this.index += 1;
    switch (open.name) {
      case 'title':
        return { kind: 'title', content: this.parseInline('title') };
      case 'h1':
      case 'h2':
      case 'h3':
        return {
          kind: 'heading',
          level: Number(open.name[1]) as 1 | 2 | 3,
          content: this.parseInline(open.name),
        };
      case 'p':
        return { kind: 'paragraph', content: this.parseInline('p') };
      case 'note':
        return { kind: 'note', content: this.parseInline('note') };
      case 'ul':
      case 'ol':
        return {
          kind: 'list',
          ordered: open.name === 'ol',
          items: this.parseItems(open.name, true) as ListItem[],
        };
      case 'table':
        return this.parseTable(open.attrs.cols, open.at);
      case 'signatures':
        return { kind: 'signatures', signers: this.parseSigners() };
      case 'pagebreak':
        if (!open.selfClosing) this.expectClose('pagebreak');
        return { kind: 'pageBreak' };
      case 'drawing':
        if (!open.selfClosing) this.expectClose('drawing');
        if (!open.attrs.name) throw new MarkupError(`<drawing> needs a name (at ${open.at})`);
        return { kind: 'drawing', name: open.attrs.name };
      default:
        throw new MarkupError(`<${open.name}> is not a block (at ${open.at})`);
    }
  }

  /** A `<comment>` is a paragraph of a Word comment on the heading or paragraph just before it. */
  private attachComment(block: Block | undefined, content: Inline[], at: number): void {
    if (block?.kind !== 'heading' && block?.kind !== 'paragraph')
      throw new MarkupError(`<comment> must follow a heading or a paragraph (at ${at})`);
    if (content.length === 0) return;
    if (content.some((run) => run.placeholder))
      throw new MarkupError(`a comment holds no placeholder (at ${at})`);
    block.comment = [...(block.comment ?? []), content];
  }

  /** Inline content up to `</closing>`; whitespace collapsed and trimmed at both ends. */
  private parseInline(closing: string): Inline[] {
    const runs: MarkupInline[] = [];
    this.collectInline(closing, {}, runs);
    return tidy(runs);
  }

  /** Collects runs up to `</closing>`; returns true when it stopped at a list nested in an item instead. */
  private collectInline(closing: string, style: Omit<Inline, 'text'>, runs: MarkupInline[]): boolean {
    let breakPending = false;
    for (;;) {
      const token = this.tokens[this.index];
      if (!token) throw new MarkupError(`missing </${closing}>`);
      this.index += 1;
      if (token.type === 'text') {
        const text = unescapeEntities(token.text, token.at);
        if (text === '') continue;
        runs.push({ text, ...style, ...(breakPending ? { breakBefore: true } : {}) });
        breakPending = false;
        continue;
      }
      if (token.type === 'close') {
        if (token.name !== closing)
          throw new MarkupError(`expected </${closing}>, found </${token.name}> at ${token.at}`);
        if (breakPending) runs.push({ text: '', ...style, breakBefore: true });
        return false;
      }
      switch (token.name) {
        case 'b':
          this.collectInline('b', { ...style, bold: true }, runs);
          break;
        case 'i':
          this.collectInline('i', { ...style, italic: true }, runs);
          break;
        case 'br':
          if (!token.selfClosing) this.expectClose('br');
          breakPending = true;
          break;
        case 'v': {
          if (token.selfClosing) break;
          const text = this.tokens[this.index];
          let value = '';
          if (text?.type === 'text') {
            value = unescapeEntities(text.text, text.at);
            this.index += 1;
          }
          this.expectClose('v');
          value.split(/\r\n|\r|\n/).forEach((line, i) => {
            const breakBefore = i > 0 || breakPending;
            if (line !== '' || breakBefore)
              runs.push({
                text: line,
                ...style,
                verbatim: true,
                ...(breakBefore ? { breakBefore: true } : {}),
              });
          });
          breakPending = false;
          break;
        }
        case 'ph': {
          const label = this.parseInline('ph');
          runs.push({
            text: label.map((run) => run.text).join(''),
            ...style,
            placeholder: true,
            ...(breakPending ? { breakBefore: true } : {}),
          });
          breakPending = false;
          break;
        }
        default:
          // Lists nest inside items: hand the tag back to the caller.
          if ((token.name === 'ul' || token.name === 'ol') && closing === 'li') {
            this.index -= 1;
            return true;
          }
          throw new MarkupError(`<${token.name}> is not allowed inside <${closing}> (at ${token.at})`);
      }
    }
  }

  private parseItems(listTag: string, allowNesting: boolean): ListItem[] {
    const items: ListItem[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'close' && token.name === listTag) return items;
      if (token.type !== 'open' || token.name !== 'li') throw this.unexpected(token, `<li> or </${listTag}>`);
      const runs: MarkupInline[] = [];
      const nested = this.collectInline('li', {}, runs);
      const item: ListItem = { content: tidy(runs) };
      if (nested) {
        const peek = this.tokens[this.index];
        const list = this.nextOpen(peek?.type === 'open' && peek.name === 'ol' ? 'ol' : 'ul');
        if (!allowNesting) throw new MarkupError(`lists nest one level deep at most (at ${list.at})`);
        item.children = { ordered: list.name === 'ol', items: this.parseItems(list.name, false) };
        this.expectClose('li');
      }
      items.push(item);
    }
  }

  private parseTable(cols: string | undefined, at: number): Block {
    const rows: { header: boolean; cells: Inline[][] }[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'close' && token.name === 'table') break;
      if (token.type !== 'open' || token.name !== 'tr') throw this.unexpected(token, '<tr> or </table>');
      const cells: Inline[][] = [];
      let allHeader = true;
      for (;;) {
        const cell = this.next();
        if (cell.type === 'close' && cell.name === 'tr') break;
        if (cell.type !== 'open' || (cell.name !== 'td' && cell.name !== 'th'))
          throw this.unexpected(cell, '<td>, <th> or </tr>');
        const content = this.parseInline(cell.name);
        if (cell.name === 'th') cells.push(content.map((run) => ({ ...run, bold: true })));
        else {
          allHeader = false;
          cells.push(content);
        }
      }
      rows.push({ header: allHeader && cells.length > 0, cells });
    }
    const width = Math.max(0, ...rows.map((row) => row.cells.length));
    if (width === 0) throw new MarkupError(`empty table at ${at}`);
    const columns = cols
      ? cols.split(',').map((part) => Number(part.trim()))
      : Array.from({ length: width }, () => 100 / width);
    if (columns.length !== width || columns.some((c) => !Number.isFinite(c) || c <= 0)) {
      throw new MarkupError(`table at ${at}: cols="${cols}" does not give ${width} positive widths`);
    }
    for (const row of rows) while (row.cells.length < width) row.cells.push([]);
    const [first, ...rest] = rows;
    const header = first?.header ? first.cells : undefined;
    const body = (header ? rest : rows).map((row) => row.cells);
    return { kind: 'table', columns, ...(header ? { header } : {}), rows: body };
  }

  private parseSigners(): Signer[] {
    const signers: Signer[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'close' && token.name === 'signatures') return signers;
      if (token.type !== 'open' || token.name !== 'signer')
        throw this.unexpected(token, '<signer> or </signatures>');
      const heading = this.nextOpen('sh');
      const signer: Signer = { heading: this.parseInline(heading.name), lines: [] };
      for (;;) {
        const line = this.next();
        if (line.type === 'close' && line.name === 'signer') break;
        if (line.type !== 'open' || line.name !== 'sl') throw this.unexpected(line, '<sl> or </signer>');
        signer.lines.push(this.parseInline('sl'));
      }
      signers.push(signer);
    }
  }

  /** The next tag, skipping whitespace; text that is not whitespace is an error here. */
  private next(): Exclude<Token, { type: 'text' }> {
    this.skipSpace();
    const token = this.tokens[this.index];
    if (!token) throw new MarkupError('unexpected end of the document');
    if (token.type === 'text')
      throw new MarkupError(
        `unexpected text at ${token.at}: ${JSON.stringify(token.text.trim().slice(0, 40))}`,
      );
    this.index += 1;
    return token;
  }

  private nextOpen(name: string) {
    const token = this.next();
    if (token.type !== 'open' || token.name !== name) throw this.unexpected(token, `<${name}>`);
    return token;
  }

  private expectClose(name: string): void {
    const token = this.next();
    if (token.type !== 'close' || token.name !== name) throw this.unexpected(token, `</${name}>`);
  }

  private skipSpace(): void {
    for (;;) {
      const token = this.tokens[this.index];
      if (token?.type !== 'text' || token.text.trim() !== '') return;
      this.index += 1;
    }
  }

  private unexpected(token: Exclude<Token, { type: 'text' }>, wanted: string): MarkupError {
    const shown = token.type === 'open' ? `<${token.name}>` : `</${token.name}>`;
    return new MarkupError(`expected ${wanted}, found ${shown} at ${token.at}`);
  }
}

const SPACE = /[ \t\r\n]+/g;

/** Collapses whitespace across runs as HTML does, trims the ends, and merges neighbours of one style. */
function tidy(runs: MarkupInline[]): Inline[] {
  const out: Inline[] = [];
  let spaceBefore = true;
  for (const { verbatim, ...run } of runs) {
    // The template's whitespace collapses; a user's value (`<v>`) keeps its own.
    let text = verbatim ? run.text : run.text.replace(SPACE, ' ');
    if (run.breakBefore) {
      // A space just before a line break is not shown; drop it.
      const previous = out[out.length - 1];
      if (previous?.text.endsWith(' ')) previous.text = previous.text.slice(0, -1);
      spaceBefore = true;
    }
    if (spaceBefore && !verbatim && text.startsWith(' ')) text = text.slice(1);
    if (text === '' && !run.breakBefore) continue;
    if (text !== '') spaceBefore = text.endsWith(' ');
    const last = out[out.length - 1];
    if (last && !run.breakBefore && !last.placeholder && !run.placeholder && sameStyle(last, run))
      last.text += text;
    else out.push({ ...run, text });
  }
  const last = out[out.length - 1];
  if (last?.text.endsWith(' ')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '' && !last.breakBefore) out.pop();
  }
  return out;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);
}

/** Reads a rendered template into blocks. Throws MarkupError when the template's markup is wrong. */
export function parseMarkup(source: string): Block[] {
  return new Parser(tokenize(source)).parseDocument();
}
