import type { Context } from 'hono';

export const languages = ['sv', 'en'] as const;
export type Lang = (typeof languages)[number];

export const isLang = (value: string): value is Lang => (languages as readonly string[]).includes(value);

/**
 * The answer language: `?lang=` wins, then the best Accept-Language match, then English.
 * An unsupported `?lang=` is rejected by the query schemas before this runs.
 */
export function pickLang(c: Context): Lang {
  const query = c.req.query('lang');
  if (query && isLang(query)) return query;
  return fromAcceptLanguage(c.req.header('accept-language'));
}

export function fromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  for (const { base } of ranked) {
    if (base === 'sv' || base === 'en') return base;
    // Norwegian and Danish readers are better served by Swedish than by English.
    if (base === 'nb' || base === 'nn' || base === 'no' || base === 'da') return 'sv';
  }
  return 'en';
}
