import type { Context } from 'hono';
import { z } from 'zod';
import { type AssessmentCase, flow, party } from '../domain/case.js';
import { legalDate, today } from '../domain/dates.js';
import { validateCase } from '../engine/validate-case.js';
import { type Lang, pickLang } from './lang.js';
import { ApiProblem, type FieldError, fieldsNotValid, zodFieldErrors } from './problem.js';
import { inSwedish } from './zod-swedish.js';

/**
 * Refuses, with a 400 naming every field, a case whose parts do not hold together (flows naming unknown
 * parties, countries unknown on the date, ...): what the schema alone cannot check. `at` is where the case
 * sits in the body (`case.` when it is wrapped), so the field paths name the body's own fields.
 */
export function assertCaseHolds(input: AssessmentCase, asOf: string, lang: Lang, at = ''): void {
  const errors = validateCase(input, asOf, lang);
  if (errors.length === 0) return;
  throw new ApiProblem(400, 'invalid-request', {
    detail:
      lang === 'sv'
        ? 'Fallet hänger inte ihop; se errors för varje fält.'
        : 'The case does not hold together; see errors for each field.',
    errors: errors.map((e) => ({ ...e, field: `${at}${e.field}`, in: 'body' })),
  });
}

/** zod's messages in the user's language: the Worker keeps English and Swedish (src/zod-locales.ts). */
export function parseInLang<T extends z.ZodType>(schema: T, raw: unknown, lang: Lang) {
  const sv = lang === 'sv' ? (z.locales as { sv?: typeof z.locales.en }).sv : undefined;
  return schema.safeParse(raw, sv ? { error: sv().localeError } : {});
}

/**
 * The case as sent, kept field by field where the field passes its own schema: what the cross-checks can
 * read when the body as a whole does not pass. A field left out was refused by the schema and is reported
 * by it; a missing required field is too.
 */
function salvage(raw: unknown): AssessmentCase {
  const keep = (item: unknown, shape: Record<string, z.ZodType>) => {
    const out: Record<string, unknown> = {};
    if (typeof item !== 'object' || item === null) return out;
    for (const [key, value] of Object.entries(item)) {
      const parsed = Object.hasOwn(shape, key) ? shape[key]!.safeParse(value) : undefined;
      if (parsed?.success) out[key] = parsed.data;
    }
    return out;
  };
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (value: unknown, shape: Record<string, z.ZodType>) =>
    Array.isArray(value) ? value.map((item) => keep(item, shape)) : [];
  return {
    parties: list(body.parties, party.shape),
    flows: list(body.flows, flow.shape),
  } as unknown as AssessmentCase;
}

/**
 * The cross-checks of `validateCase` on a body the schema refused, less what the schema already said of
 * the same field or a part of it, so an unknown party id comes together with the schema's errors.
 */
export function crossCheckErrors(
  raw: unknown,
  schemaErrors: FieldError[],
  lang: Lang,
  at = '',
): FieldError[] {
  const flagged = schemaErrors.map((e) => e.field);
  // A body whose parties or flows are no list at all: the references cannot be read.
  if (flagged.some((f) => [`${at}parties`, `${at}flows`, at.slice(0, -1), '(root)'].includes(f))) return [];
  const body = (at ? (raw as Record<string, unknown> | null)?.[at.slice(0, -1)] : raw) as
    | Record<string, unknown>
    | undefined;
  const date = legalDate.safeParse(body?.asOf);
  const asOf = date.success ? date.data : today();
  const covered = (field: string) =>
    flagged.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`));
  return validateCase(salvage(body), asOf, lang)
    .map((e) => ({ field: `${at}${e.field}`, reason: e.reason, in: 'body' }))
    .filter((e) => !covered(e.field));
}

/**
 * The validation hook of a route that takes a case (at `at` in the body): when the body fails its schema,
 * every error at once, in the user's language: the schema's (zod's Swedish locale for `lang=sv`) and the
 * cross-checks' (an unknown party id, contradictions), so a user fixes them in one round. The interview,
 * whose parties and flows may be incomplete, passes its own cross-check (references only).
 */
export function caseErrorsHook(schema: z.ZodType, at = '', crossCheck = crossCheckErrors) {
  return (async (result: { success: boolean; target: string; error?: z.ZodError }, c: Context) => {
    if (result.success) return undefined;
    const lang = pickLang(c);
    const where = result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : result.target;
    if (result.target !== 'json') {
      // A query or path the route refuses: zod's reasons in the user's language, and no word of the case.
      const error =
        result.error && lang === 'sv' ? await inSwedish(result.error, result.target, c) : result.error;
      throw invalidFields(lang, error ? zodFieldErrors(error, where, lang) : []);
    }
    const raw: unknown = await c.req.json().catch(() => undefined);
    const parsed = lang === 'en' ? result : parseInLang(schema, raw, lang);
    const errors = parsed.error ? zodFieldErrors(parsed.error, 'body', lang) : [];
    throw invalidCase(lang, [...errors, ...crossCheck(raw, errors, lang, at)]);
  }) as never;
}

/**
 * A parsed body checked against a route's case schema where the route's own validator is not run (a
 * worker thread given the raw body): the data, or the same 400 as caseErrorsHook, every error at once.
 */
export function caseFromBody<T extends z.ZodType>(schema: T, raw: unknown, lang: Lang, at = ''): z.output<T> {
  const parsed = parseInLang(schema, raw, lang);
  if (parsed.success) return parsed.data;
  const errors = zodFieldErrors(parsed.error, 'body', lang);
  throw invalidCase(lang, [...errors, ...crossCheckErrors(raw, errors, lang, at)]);
}

/** A 400 for a query or path, not the case: the same words as the routes' default hook (src/api/app.ts). */
const invalidFields = (lang: Lang, errors: FieldError[]) =>
  new ApiProblem(400, 'invalid-request', { detail: fieldsNotValid(lang), errors });

export const invalidCase = (lang: Lang, errors: FieldError[]) =>
  new ApiProblem(400, 'invalid-request', {
    detail:
      lang === 'sv'
        ? 'Fallet är inte giltigt; se errors för varje fält.'
        : 'The case is not valid; see errors for each field.',
    errors,
  });
