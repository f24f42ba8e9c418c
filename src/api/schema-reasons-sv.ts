/**
 * The case schemas' own messages in Swedish. zod's Swedish locale words zod's checks, not a message a
 * schema sets itself (a refine's text wins over the locale), so these are looked up by their English
 * text. A message not listed is left as it is.
 */
const fixed: Record<string, string> = {
  'expected an ISO 3166-1 alpha-2 code, e.g. SE, or a territory code such as PT-20':
    'förväntade en kod enligt ISO 3166-1 alfa-2, t.ex. SE, eller en territoriekod som PT-20',
  'expected a date as YYYY-MM-DD': 'förväntade ett datum på formen ÅÅÅÅ-MM-DD',
  'not a real calendar date': 'inget verkligt datum',
  'date must lie between 1995-01-01 and 2100-12-31': 'datumet ska ligga mellan 1995-01-01 och 2100-12-31',
  '"__proto__" cannot be an id; choose another': '"__proto__" kan inte vara ett id; välj ett annat',
  'expected a lower-case id such as european-patent-organisation':
    'förväntade ett id med gemener, t.ex. european-patent-organisation',
  'a source needs a CELEX number, an OJ reference or a URL':
    'en källa behöver ett CELEX-nummer, en EUT-hänvisning eller en URL',
  'from must not be after until': 'from får inte vara senare än until',
};

/**
 * Messages with a value in them (src/domain/case.ts). The refused-character reasons of src/domain/text.ts
 * come as data and are worded in src/domain/text.ts itself (`refusalReason`).
 */
const patterns: [RegExp, string][] = [
  [/^contradicts active: (\w+) .*$/, 'motsäger active: $1 (active är statusen i EU-U.S. DPF)'],
];

export function schemaReasonInSwedish(reason: string): string {
  const known = fixed[reason];
  if (known) return known;
  const match = patterns.find(([pattern]) => pattern.test(reason));
  return match ? reason.replace(match[0], match[1]) : reason;
}
