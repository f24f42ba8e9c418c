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

/** Why `value` cannot be printed as sent, or undefined when it can. */
export function refusedCharacter(value: string): string | undefined {
  const found = refused.exec(value);
  if (!found) {
    const hidden = firstHidden(value);
    if (!hidden) return undefined;
    if (hidden.char === '\u2028' || hidden.char === '\u2029') {
      return `holds ${codePointOf(hidden.char)} at character ${hidden.at}, a line or paragraph separator a document would not show; send a line break (\\n) instead`;
    }
    return `holds ${codePointOf(hidden.char)} at character ${hidden.at}, a character that prints as nothing (the text would look the same without it); remove it`;
  }
  const char = found[0];
  const code = codePointOf(char);
  // Counted in characters as a person sees them (code points), not in UTF-16 units.
  const at = `at character ${[...value.slice(0, found.index)].length + 1}`;
  if (bidiControls.test(char)) {
    return `holds ${code} ${at}, a bidirectional control that can make printed text read otherwise than sent; remove it`;
  }
  if (char >= '\uD800' && char <= '\uDFFF') {
    return `holds half of a surrogate pair (${code}) ${at}, which is no character; send the text as valid Unicode`;
  }
  return `holds ${code} ${at}, a character a document cannot hold; remove it`;
}

/** The refinement that reports a refused character. */
function refuseCharacters(value: string, ctx: z.RefinementCtx) {
  const reason = refusedCharacter(value);
  if (reason) ctx.addIssue({ code: 'custom', message: reason });
}

/** A string a user writes that the product prints: 1 to `max` characters, none of them refused. */
export function userText(max: number) {
  return z.string().min(1).max(max).superRefine(refuseCharacters);
}
