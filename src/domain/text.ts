import { z } from 'zod';

/**
 * Characters refused in text a user writes and the product prints (names, ids, descriptions):
 * - control characters other than tab and line breaks, a lone half of a surrogate pair, U+FFFE and U+FFFF,
 *   which a Word document cannot hold (docx would drop them without a word);
 * - the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can
 *   make a printed name or clause read differently from what was sent. The marks U+200E and U+200F stay
 *   allowed: right-to-left names need no more than those.
 * Refusing, with the place named, is better than printing something else than the user sent.
 */
const refused =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;

/** Why `value` cannot be printed as sent, or undefined when it can. */
export function refusedCharacter(value: string): string | undefined {
  const found = refused.exec(value);
  if (!found) return undefined;
  const char = found[0];
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
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

/**
 * A reference a user gives for a finding (title, CELEX, OJ reference, URL), printed in the TIA report:
 * strict, so no field is dropped, and each text checked like any other the product prints.
 */
export function userSource() {
  return z
    .strictObject({
      title: userText(1000),
      celex: userText(100).optional(),
      oj: userText(200).optional(),
      url: z.string().url().max(2000).superRefine(refuseCharacters).optional(),
    })
    .refine((s) => s.celex || s.oj || s.url, 'a source needs a CELEX number, an OJ reference or a URL');
}
