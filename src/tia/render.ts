import type { TiaResult } from './assess.js';

/**
 * A TIA result in one language, for `POST /v1/assessments` where every text is in the language asked for:
 * each `{ en, sv }` pair becomes the string in `lang`; everything else is kept as it is.
 */

export type TiaLang = 'sv' | 'en';

/** The result of `renderTia`: the same shape, texts as strings. */
export type RenderedTia = Record<string, unknown>;

const isLocalized = (value: object): value is { en: string; sv: string } => {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    typeof (value as Record<string, unknown>).sv === 'string'
  );
};

function pick(value: unknown, lang: TiaLang): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, lang));
  if (value !== null && typeof value === 'object') {
    if (isLocalized(value)) return value[lang];
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pick(v, lang)]));
  }
  return value;
}

export function renderTia(result: TiaResult, lang: TiaLang): RenderedTia {
  return pick(result, lang) as RenderedTia;
}
