import { z } from 'zod';

/**
 * Characters refused in text a user writes and the product prints (names, ids, descriptions):
 * - control characters other than tab and line breaks, a lone half of a surrogate pair, U+FFFE and U+FFFF,
 *   which a Word document cannot hold (docx would drop them without a word);
 * - the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can
 *   make a printed name or clause read differently from what was sent. The marks U+200E and U+200F stay
 *   allowed: right-to-left names need no more than those.
 * - characters that print as nothing (zero-width space, joiners, word joiner, BOM, soft hyphen, combining
 *   grapheme joiner, Hangul fillers, tag characters, the Arabic letter mark, line and paragraph separators):
 *   "Acme" and "Ac\u200Bme" look the same on paper yet are different names. A zero-width joiner between
 *   two emoji (👩‍💻) and a flag's tag sequence (🏴 + tags + cancel tag) draw one picture and stay allowed.
 * Refusing, with the place named, is better than printing something else than the user sent.
 */
const loneSurrogate = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const bidiControlChars = '\\u202A-\\u202E\\u2066-\\u2069';
const refused = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${bidiControlChars}\\uFFFE\\uFFFF]|${loneSurrogate}`,
);
const bidiControls = new RegExp(`[${bidiControlChars}]`);
/** Characters that print as nothing, in code points. */
const hiddenChars =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u180E\\u200B-\\u200D\\u2028\\u2029\\u2060-\\u2064\\u3164\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}';
/** The emoji sequences that may hold some of them: first in the alternation, so they are skipped whole. */
const emojiSequence =
  '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}|(?<=\\p{Extended_Pictographic}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]?)\\u200D(?=\\p{Extended_Pictographic})';
const hiddenScan = new RegExp(`(${emojiSequence})|[${hiddenChars}]`, 'gu');

/** The first character that prints as nothing, outside an emoji sequence, with its code-point index. */
function firstHidden(value: string): { char: string; at: number } | undefined {
  hiddenScan.lastIndex = 0;
  for (let m = hiddenScan.exec(value); m; m = hiddenScan.exec(value)) {
    if (m[1] === undefined) return { char: m[0], at: [...value.slice(0, m.index)].length + 1 };
  }
  return undefined;
}
/** Everything a reader cannot see: the refused characters, tab and line breaks, and the marks U+200E/F. */
const invisible = new RegExp(
  `[\\u0000-\\u001F\\u007F-\\u009F\\u200E\\u200F${bidiControlChars}\\uFFFE\\uFFFF]|${loneSurrogate}`,
  'g',
);
const invisibleWide = new RegExp(`[${hiddenChars}]`, 'gu');

/** `U+202E` for a character (its code point; a lone surrogate is its own UTF-16 unit). */
const codePointOf = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text a user wrote, to be echoed in an answer (a record key in a field path): hidden characters spelt
 * out as `\u202E`, so the answer cannot itself be made to read otherwise than it says.
 */
export function spellOutHidden(text: string): string {
  return text
    .replace(invisible, (char) => `\\u${codePointOf(char).slice(2)}`)
    .replace(invisibleWide, (char) => {
      const hex = codePointOf(char).slice(2);
      return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
    });
}

/** What is wrong with a text, as data: the reason is worded from it in the user's language. */
export interface Refusal {
  kind: 'separator' | 'hidden' | 'bidi' | 'surrogate' | 'control';
  /** `U+202E`. */
  code: string;
  /** Counted in characters as a person sees them (code points), not in UTF-16 units; from 1. */
  at: number;
}

/** The first character of `value` that cannot be printed as sent, or undefined when there is none. */
export function findRefusal(value: string): Refusal | undefined {
  const found = refused.exec(value);
  if (!found) {
    const hidden = firstHidden(value);
    if (!hidden) return undefined;
    const separator = hidden.char === '\u2028' || hidden.char === '\u2029';
    return { kind: separator ? 'separator' : 'hidden', code: codePointOf(hidden.char), at: hidden.at };
  }
  const char = found[0];
  const at = [...value.slice(0, found.index)].length + 1;
  const kind = bidiControls.test(char)
    ? 'bidi'
    : char >= '\uD800' && char <= '\uDFFF'
      ? 'surrogate'
      : 'control';
  return { kind, code: codePointOf(char), at };
}

const refusalReasons: Record<'en' | 'sv', Record<Refusal['kind'], (code: string, at: number) => string>> = {
  en: {
    separator: (code, at) =>
      `holds ${code} at character ${at}, a line or paragraph separator a document would not show; send a line break (\\n) instead`,
    hidden: (code, at) =>
      `holds ${code} at character ${at}, a character that prints as nothing (the text would look the same without it); remove it`,
    bidi: (code, at) =>
      `holds ${code} at character ${at}, a bidirectional control that can make printed text read otherwise than sent; remove it`,
    surrogate: (code, at) =>
      `holds half of a surrogate pair (${code}) at character ${at}, which is no character; send the text as valid Unicode`,
    control: (code, at) => `holds ${code} at character ${at}, a character a document cannot hold; remove it`,
  },
  sv: {
    separator: (code, at) =>
      `innehåller ${code} vid tecken ${at}, en rad- eller styckeavgränsare som ett dokument inte skulle visa; skicka en radbrytning (\\n) i stället`,
    hidden: (code, at) =>
      `innehåller ${code} vid tecken ${at}, ett tecken som inte syns i utskrift (texten skulle se likadan ut utan det); ta bort det`,
    bidi: (code, at) =>
      `innehåller ${code} vid tecken ${at}, ett styrtecken för skrivriktning som kan få utskriven text att läsas på annat sätt än den skickades; ta bort det`,
    surrogate: (code, at) =>
      `innehåller ena halvan av ett surrogatpar (${code}) vid tecken ${at}, vilket inte är något tecken; skicka texten som giltig Unicode`,
    control: (code, at) =>
      `innehåller ${code} vid tecken ${at}, ett tecken som ett dokument inte kan innehålla; ta bort det`,
  },
};

/** The reason for a refusal, in English or Swedish. */
export function refusalReason(refusal: Refusal, lang: 'en' | 'sv' = 'en'): string {
  return refusalReasons[lang][refusal.kind](refusal.code, refusal.at);
}

/** Why `value` cannot be printed as sent, or undefined when it can. */
export function refusedCharacter(value: string, lang: 'en' | 'sv' = 'en'): string | undefined {
  const refusal = findRefusal(value);
  return refusal ? refusalReason(refusal, lang) : undefined;
}

/**
 * The refinement that reports a refused character: the English reason as the message, the refusal itself
 * as `params.refusal`, so the API words it in the user's language (src/api/problem.ts).
 */
function refuseCharacters(value: string, ctx: z.RefinementCtx) {
  const refusal = findRefusal(value);
  if (refusal) ctx.addIssue({ code: 'custom', message: refusalReason(refusal), params: { refusal } });
}

/** A string a user writes that the product prints: 1 to `max` characters, none of them refused. */
export function userText(max: number) {
  return z.string().min(1).max(max).superRefine(refuseCharacters);
}
