import type { Context } from 'hono';
import { type ZodError, z } from 'zod';

/**
 * zod's own messages of a validation that already ran, worded again in Swedish with zod's Swedish locale
 * (kept in the Worker, src/zod-locales.ts): for the routes whose hook has no schema to parse again with it
 * (the case routes do, src/api/case-check.ts). A message the schema set itself is left as it is (the
 * problem's own table words the known ones). A finished issue no longer holds the value it refused, so the
 * value is read back from what was sent, at the issue's path.
 */
type Locale = { localeError: (issue: unknown) => string | { message: string } | undefined };
const locales = z.locales as unknown as { en: () => Locale; sv?: () => Locale };

const text = (out: ReturnType<Locale['localeError']>) => (typeof out === 'string' ? out : out?.message);

export async function inSwedish(error: ZodError, target: string, c: Context): Promise<ZodError> {
  const sv = locales.sv?.();
  if (!sv) return error;
  const en = locales.en();
  const sent: unknown =
    target === 'json'
      ? await c.req.json().catch(() => undefined)
      : target === 'query'
        ? c.req.query()
        : target === 'param'
          ? c.req.param()
          : undefined;
  const issues = error.issues.map((issue) => {
    let input: unknown = sent;
    for (const key of issue.path) {
      input =
        typeof input === 'object' && input !== null
          ? (input as Record<PropertyKey, unknown>)[key]
          : undefined;
    }
    const raw = { ...issue, input };
    // Only zod's own wording is replaced: a message equal to what English zod says for this issue.
    if (issue.message !== text(en.localeError(raw))) return issue;
    const swedish = text(sv.localeError(raw));
    return swedish ? { ...issue, message: swedish } : issue;
  });
  return { ...error, issues } as ZodError;
}
