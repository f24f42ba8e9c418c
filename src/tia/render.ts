import type { TiaResult } from './assess.js';

/**
 * A TIA result in one language, for `POST /v1/assessments` where every text is in the language asked for:
 * each `{ en, sv }` pair becomes the string in `lang`; everything else is kept as it is.
 */

export type TiaLang = 'sv' | 'en';

/** A shape with every `{ en, sv }` text replaced by a string. */
export type InOneLanguage<T> = T extends { en: string; sv: string }
  ? string
  : T extends readonly (infer U)[]
    ? InOneLanguage<U>[]
    : T extends object
      ? { [K in keyof T]: InOneLanguage<T[K]> }
      : T;

/** A TIA, or a part of one, with its texts as strings. */
export type RenderedTia = Record<string, unknown>;

const isLocalized = (value: object): value is { en: string; sv: string } =>
  typeof (value as Record<string, unknown>).en === 'string' &&
  typeof (value as Record<string, unknown>).sv === 'string' &&
  Object.keys(value).length === 2;

// Loops rather than Object.fromEntries(Object.entries(…).map(…)): this walks every TIA of every answer.
function pick(value: unknown, lang: TiaLang): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = pick(value[i], lang);
    return out;
  }
  if (isLocalized(value)) return value[lang];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = pick((value as Record<string, unknown>)[key], lang);
  return out;
}

export function renderTia(result: TiaResult, lang: TiaLang): InOneLanguage<TiaResult> {
  return pick(result, lang) as InOneLanguage<TiaResult>;
}

/**
 * A TIA inside an assessment, in one language. The destination's law profile (its sources and every
 * statement) is the same for every flow to that destination, so the flow names it by id in
 * `laws.profile` and the assessment gives it once, in `lawProfiles` (`renderLawProfile`).
 */
export function renderTiaWithProfileRef(result: TiaResult, lang: TiaLang): RenderedTia {
  if (!result.laws) return renderTia(result, lang) as RenderedTia;
  const { profile, statements: _, ...rest } = result.laws;
  return pick({ ...result, laws: { profile: profile.id, ...rest } }, lang) as RenderedTia;
}

/** The law profile a TIA rests on, with its statements, in one language. */
export function renderLawProfile(laws: NonNullable<TiaResult['laws']>, lang: TiaLang): RenderedTia {
  return pick({ ...laws.profile, statements: laws.statements }, lang) as RenderedTia;
}

/** The TIA of a flow in brief (`?detail=summary`): where it stands, and what is left to answer. */
export function renderTiaSummary(result: TiaResult, lang: TiaLang): RenderedTia {
  return {
    status: result.status,
    destination: result.destination,
    ...(result.reasonNotNeeded ? { reasonNotNeeded: result.reasonNotNeeded.code } : {}),
    ...(result.conclusion
      ? { conclusion: { outcome: result.conclusion.outcome, text: result.conclusion.text[lang] } }
      : {}),
    ...(result.reevaluateBy ? { reevaluateBy: result.reevaluateBy } : {}),
    ...(result.openQuestions
      ? { openQuestions: result.openQuestions.map((q) => ({ id: q.id, field: q.field })) }
      : {}),
    ...(result.chain
      ? {
          chain: result.chain.legs.map((l) => ({
            flow: l.flow,
            status: l.status,
            ...(l.outcome ? { outcome: l.outcome } : {}),
          })),
        }
      : {}),
  };
}
