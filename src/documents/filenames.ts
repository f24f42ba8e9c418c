/**
 * File names from party names: an ASCII one for `filename=` (and old clients), and a readable one for
 * `filename*=` (RFC 6266, UTF-8). Neither may carry path separators, quotes, control or direction marks.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
const UNSAFE = /[\u0000-\u001f\u007f"*/:<>?\\|\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** "Exempelby kommun" → "exempelby-kommun"; letters with diacritics lose them, others drop out. */
export function slug(text: string, max = 40): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, max).replace(/-+$/, '') || 'x';
}

/** A name as a person reads it, without characters a file system or a header would choke on. */
export function readable(text: string, max = 60): string {
  const clean = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/\.+$/, '');
  const chars = [...clean];
  return (chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : clean) || 'x';
}

export function fileName(asciiParts: string[], readableParts: string[]): { ascii: string; readable: string } {
  return {
    ascii: asciiParts.map((p) => slug(p)).join('-'),
    readable: readableParts.map((p) => readable(p)).join(' – '),
  };
}

/** Content-Disposition for a download, with both names. */
export function contentDisposition(name: { ascii: string; readable: string }, extension: string): string {
  const encoded = encodeURIComponent(`${name.readable}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${name.ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
