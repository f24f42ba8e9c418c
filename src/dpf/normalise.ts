/**
 * Organisation names as the participant list and the users write them differ in case, accents,
 * punctuation and legal form ("ACME, Inc.", "Ácme Corp", "Acme Corporation"). These functions reduce a
 * name to tokens and keys that compare equal when a person would say the names are the same.
 */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const specialLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Legal-form words and their canonical spelling. Only whole tokens at the end of a name are treated as a
 * legal form, so "Company" inside "The Company Store Inc." stays part of the name.
 */
const legalForms: Record<string, string> = {
  inc: 'inc',
  incorporated: 'inc',
  corp: 'corp',
  corporation: 'corp',
  co: 'co',
  company: 'co',
  cos: 'co',
  ltd: 'ltd',
  limited: 'ltd',
  llc: 'llc',
  lc: 'llc',
  lp: 'lp',
  llp: 'llp',
  lllp: 'lllp',
  plc: 'plc',
  pllc: 'pllc',
  pc: 'pc',
  pa: 'pa',
  gmbh: 'gmbh',
  mbh: 'mbh',
  ag: 'ag',
  kg: 'kg',
  kgaa: 'kgaa',
  ug: 'ug',
  se: 'se',
  sa: 'sa',
  sas: 'sas',
  sarl: 'sarl',
  srl: 'srl',
  spa: 'spa',
  bv: 'bv',
  nv: 'nv',
  ab: 'ab',
  publ: 'publ',
  oy: 'oy',
  oyj: 'oyj',
  as: 'as',
  asa: 'asa',
  aps: 'aps',
  pte: 'pte',
  pty: 'pty',
  kk: 'kk',
};

/** Lower case, accents and special letters folded to ASCII where Unicode allows. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => specialLetters[letter] ?? letter);
}

/**
 * Words of a name: apostrophes vanish ("Macy's" → macys), `&` and `+` read as "and", every other
 * punctuation mark separates words, and runs of single letters join ("L.L.C." → llc, "U S" → us).
 */
export function nameTokens(value: string): string[] {
  const words = foldName(value)
    .replace(/['’‘`´]/g, '')
    .replace(/[&+]/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const tokens: string[] = [];
  let letters = '';
  for (const word of words) {
    if (word.length === 1) {
      letters += word;
      continue;
    }
    if (letters) tokens.push(letters);
    letters = '';
    tokens.push(word);
  }
  if (letters) tokens.push(letters);
  return tokens;
}

export interface NameKeys {
  /** Tokens with legal forms in canonical spelling and a leading "the" removed. */
  tokens: string[];
  /** The tokens without the trailing legal form: what the organisation is called. */
  core: string[];
  /** The canonical legal form that was removed, e.g. `corp` or `co ltd`; empty when none. */
  legalForm: string;
  /** The tokens joined without spaces: "Acme Cloud" and "AcmeCloud" compare equal. */
  fullKey: string;
  /** The core joined without spaces. */
  coreKey: string;
}

export function nameKeys(value: string): NameKeys {
  let tokens = nameTokens(value).map((t) => legalForms[t] ?? t);
  if (tokens.length > 1 && tokens[0] === 'the') tokens = tokens.slice(1);
  let end = tokens.length;
  // "Acme & Co. Ltd" → acme: strip legal forms and the "and" that joined them, but never the whole name.
  while (end > 1) {
    const last = tokens[end - 1]!;
    if (legalForms[last] === undefined && !(last === 'and' && end < tokens.length)) break;
    end -= 1;
  }
  const core = tokens.slice(0, end);
  const legalForm = tokens
    .slice(end)
    .filter((t) => t !== 'and')
    .join(' ');
  return { tokens, core, legalForm, fullKey: tokens.join(''), coreKey: core.join('') };
}

/** A stable, readable id for an entry: the folded name with dashes, e.g. `acme-corporation`. */
export function slugOf(value: string): string {
  return (
    nameTokens(value)
      .join('-')
      .replace(/[^a-z0-9-]/g, '')
      .slice(0, 120) || 'entry'
  );
}
