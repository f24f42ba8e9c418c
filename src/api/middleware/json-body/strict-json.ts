/**
 * Reading a JSON body exactly as sent. `JSON.parse` takes the last of two equal keys without a word and
 * `TextDecoder` turns bytes that are not UTF-8 into U+FFFD; both would assess something else than the user
 * wrote. The native parser still does the work; the slower scanner below runs only to say what is wrong.
 */

export type JsonFault =
  | { kind: 'utf8'; offset: number }
  | { kind: 'syntax'; line: number; column: number; expected: string; found: string }
  | { kind: 'duplicate-key'; key: string; path: (string | number)[] }
  | { kind: 'too-deep'; limit: number };

/** Objects and arrays nested deeper than this are refused: a case is a dozen levels deep at most. */
export const maxDepth = 128;

export class JsonBodyError extends Error {
  constructor(readonly fault: JsonFault) {
    super(fault.kind);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The UTF-8 text of `bytes`, or a JsonBodyError naming the offset of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new JsonBodyError({ kind: 'utf8', offset: firstInvalidUtf8(bytes) });
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90; // overlong
      if (b === 0xf4) max = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      // The fault is the sequence that starts here: its lead byte promised more than followed.
      if (next === undefined || next < lo || next > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Strings in JSON text; a string followed by a colon is an object key (a value never is). */
const stringToken = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/** The parsed body, or a JsonBodyError: where the syntax fails and what was expected, or a repeated key. */
export function parseStrictJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    new JsonScanner(text).scan();
    throw new Error('JSON.parse refused a text the scanner accepts'); // not reached: they agree on syntax
  }
  // A repeated key leaves fewer keys in the parsed value than the text has: only then scan for it.
  let keysInText = 0;
  for (const match of text.matchAll(stringToken)) if (match[1]) keysInText += 1;
  if (keysInText !== countKeys(value)) new JsonScanner(text).scan();
  return value;
}

/** The keys of every object in `value`; refuses nesting deeper than maxDepth (no recursion: no stack to blow). */
function countKeys(value: unknown): number {
  let n = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= maxDepth) throw new JsonBodyError({ kind: 'too-deep', limit: maxDepth });
    if (Array.isArray(item)) {
      for (const child of item) pending.push([child, depth + 1]);
    } else {
      for (const key of Object.keys(item)) {
        n += 1;
        pending.push([(item as Record<string, unknown>)[key], depth + 1]);
      }
    }
  }
  return n;
}

const numberToken = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const whitespace = /[ \t\n\r]*/y;

/** A JSON scanner that stops at the first fault with its line and column (RFC 8259 syntax). */
class JsonScanner {
  private pos = 0;
  private readonly path: (string | number)[] = [];

  constructor(private readonly text: string) {}

  scan(): void {
    this.value();
    this.skip();
    if (this.pos < this.text.length) this.fail('the end of the body');
  }

  private value(): void {
    this.skip();
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (this.path.length >= maxDepth) throw new JsonBodyError({ kind: 'too-deep', limit: maxDepth });
      if (c === '{') this.object();
      else this.array();
      return;
    }
    if (c === '"') return void this.string();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    numberToken.lastIndex = this.pos;
    if (numberToken.exec(this.text)) {
      this.pos = numberToken.lastIndex;
      return;
    }
    this.fail('a value (object, array, string, number, true, false or null)');
  }

  private object(): void {
    this.pos += 1;
    const keys = new Set<string>();
    this.skip();
    if (this.text[this.pos] === '}') {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.skip();
      if (this.text[this.pos] !== '"') this.fail('a key in double quotes');
      const key = this.string();
      if (keys.has(key)) throw new JsonBodyError({ kind: 'duplicate-key', key, path: [...this.path, key] });
      keys.add(key);
      this.skip();
      if (this.text[this.pos] !== ':') this.fail('":" after the key');
      this.pos += 1;
      this.path.push(key);
      this.value();
      this.path.pop();
      this.skip();
      const c = this.text[this.pos];
      this.pos += 1;
      if (c === '}') return;
      if (c !== ',') {
        this.pos -= 1;
        this.fail('"," or "}"');
      }
    }
  }

  private array(): void {
    this.pos += 1;
    this.skip();
    if (this.text[this.pos] === ']') {
      this.pos += 1;
      return;
    }
    for (let i = 0; ; i += 1) {
      this.path.push(i);
      this.value();
      this.path.pop();
      this.skip();
      const c = this.text[this.pos];
      this.pos += 1;
      if (c === ']') return;
      if (c !== ',') {
        this.pos -= 1;
        this.fail('"," or "]"');
      }
    }
  }

  /** A string token, decoded. */
  private string(): string {
    const start = this.pos;
    this.pos += 1;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('the closing double quote of the string');
      if (c === '"') break;
      if (c === '\\') {
        const e = this.text[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            this.pos += 2;
            this.fail('four hexadecimal digits after \\u');
          }
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          this.pos += 1;
          this.fail('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
        }
        this.pos += 2;
        continue;
      }
      if (c < ' ')
        this.fail('a character other than a control character (write it escaped, as \\n or \\uXXXX)');
      this.pos += 1;
    }
    this.pos += 1;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  private skip(): void {
    whitespace.lastIndex = this.pos;
    whitespace.exec(this.text);
    this.pos = whitespace.lastIndex;
  }

  private fail(expected: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    const char = this.text.codePointAt(this.pos);
    const found =
      char === undefined
        ? 'the end of the body'
        : char > 0x20 && char < 0x7f
          ? JSON.stringify(String.fromCodePoint(char))
          : `U+${char.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new JsonBodyError({ kind: 'syntax', line, column, expected, found });
  }
}
