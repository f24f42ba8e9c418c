import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { type Refusal, refusalReason, spellOutHidden } from '../domain/text.js';
import { type Lang, pickLang } from './lang.js';
import { schemaReasonInSwedish } from './schema-reasons-sv.js';

/** RFC 9457 problem details. `errors` names each offending field and why. */
export interface FieldError {
  field: string;
  reason: string;
  /** Where the field was: `body`, `query`, `path` or `header`. */
  in?: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const titles: Record<string, Record<Lang, string>> = {
  'invalid-request': { en: 'The request is not valid', sv: 'Begäran är inte giltig' },
  'malformed-json': { en: 'The request body is not valid JSON', sv: 'Begärans innehåll är inte giltig JSON' },
  'unsupported-media-type': {
    en: 'The request body must be application/json',
    sv: 'Begärans innehåll måste vara application/json',
  },
  'not-found': { en: 'Not found', sv: 'Hittades inte' },
  'unknown-country': { en: 'Unknown country or territory code', sv: 'Okänd kod för land eller territorium' },
  'method-not-allowed': { en: 'Method not allowed', sv: 'Metoden är inte tillåten' },
  'payload-too-large': { en: 'The request body is too large', sv: 'Begärans innehåll är för stort' },
  unauthorized: { en: 'Authentication required', sv: 'Autentisering krävs' },
  forbidden: { en: 'The token may not do this', sv: 'Token får inte göra detta' },
  conflict: { en: 'Conflict with the current state', sv: 'Krockar med nuvarande läge' },
  'precondition-required': {
    en: 'Say which version you changed (If-Match)',
    sv: 'Ange vilken version du ändrade (If-Match)',
  },
  'precondition-failed': {
    en: 'The case has changed since you read it',
    sv: 'Ärendet har ändrats sedan du läste det',
  },
  'register-unavailable': {
    en: 'The case register is not available; nothing was saved',
    sv: 'Ärenderegistret är inte tillgängligt; inget sparades',
  },
  timeout: { en: 'The request took too long', sv: 'Begäran tog för lång tid' },
  'internal-error': { en: 'Internal error', sv: 'Internt fel' },
  busy: { en: 'The service is busy', sv: 'Tjänsten är upptagen' },
  'too-much-work': { en: 'The request asks for too much work', sv: 'Begäran kräver för mycket arbete' },
  'answer-too-large': { en: 'The answer would be too large', sv: 'Svaret skulle bli för stort' },
  misconfigured: { en: 'The service is misconfigured', sv: 'Tjänsten är felaktigt inställd' },
};

export type ProblemKind = keyof typeof titles;

export function problemTitle(kind: ProblemKind, lang: Lang): string {
  return titles[kind]?.[lang] ?? kind;
}

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  kind: ProblemKind,
  extra: Omit<Partial<Problem>, 'type' | 'title' | 'status'> = {},
): Response {
  const lang = safeLang(c);
  const body: Problem = {
    type: `https://tredjeland.se/problems/${kind}`,
    title: problemTitle(kind, lang),
    status,
    instance: new URL(c.req.url).pathname,
    ...extra,
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json; charset=utf-8' });
}

/** The request's language, or English when the `lang` it asks for is itself not valid. */
export function safeLang(c: Context): Lang {
  try {
    return pickLang(c);
  } catch {
    return 'en';
  }
}

/**
 * A value from the request (a path parameter) as it may appear in a detail: hidden and bidirectional
 * characters spelt out, and cut at 100 characters, so the answer reads as it says.
 */
export function echo(value: string): string {
  const chars = [...value];
  return spellOutHidden(chars.length > 100 ? `${chars.slice(0, 100).join('')}…` : value);
}

/** `flows[3].to`, `query.asOf`: a path a person can find in what they sent, hidden characters spelt out. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${spellOutHidden(String(key))}` : spellOutHidden(String(key));
  }
  return out || '(root)';
}

export function zodFieldErrors(error: ZodError, location?: string, lang: Lang = 'en'): FieldError[] {
  const where = location ? { in: location } : {};
  const unknownField =
    lang === 'sv' ? 'okänt fält: ingår inte i schemat' : 'unknown field: not part of the schema';
  return error.issues.flatMap((issue) => {
    // Unknown keys are reported one by one, so a user sees which field was not expected.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        field: fieldPath([...issue.path, k]),
        reason: unknownField,
        ...where,
      }));
    }
    // A refused record key (an id in `details.flows`): the key's own reason, not zod's "Invalid key".
    const own = issue.code === 'invalid_key' ? (issue.issues[0] ?? issue) : issue;
    const reason = own.message;
    // A refused character comes as data (src/domain/text.ts), worded here in the user's language.
    const refusal =
      own.code === 'custom' ? (own.params as { refusal?: Refusal } | undefined)?.refusal : undefined;
    return [
      {
        field: fieldPath(issue.path),
        reason: refusal
          ? refusalReason(refusal, lang)
          : lang === 'sv'
            ? schemaReasonInSwedish(reason)
            : reason,
        ...where,
      },
    ];
  });
}

/** What a problem carries besides its type, title and status. */
export type ProblemExtra = Omit<Partial<Problem>, 'type' | 'title' | 'status'>;

/**
 * The one way a route or a middleware answers with a problem: throw it, and the app's error handler
 * (`handleErrors` in app.ts) renders it as problem+json in the caller's language. Throwing keeps the
 * handlers' typed success responses free of error branches. `headers` go on the answer (Allow,
 * Retry-After, WWW-Authenticate).
 *
 * @example throw new ApiProblem(413, 'payload-too-large', { detail: 'At most 2097152 bytes.' });
 */
/** The detail of a 400 whose errors name the fields: a query, a path, or a body that is not a case. */
export const fieldsNotValid = (lang: Lang) =>
  lang === 'sv'
    ? 'Ett eller flera fält är inte giltiga; se errors.'
    : 'One or more fields are not valid; see errors.';

export class ApiProblem extends HTTPException {
  override readonly status: ContentfulStatusCode;

  constructor(
    status: ContentfulStatusCode,
    readonly kind: ProblemKind,
    readonly extra: ProblemExtra = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message: typeof extra.detail === 'string' ? extra.detail : kind });
    this.status = status;
  }
}

/**
 * The kind of problem an `HTTPException` thrown by Hono or a library stands for, by status. A status not
 * in the table answers `invalid-request` when it is a 4xx, `internal-error` otherwise.
 */
export const kindForStatus: Partial<Record<number, ProblemKind>> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  503: 'timeout',
};

/** Any error as the problem the caller gets: an ApiProblem as thrown, an HTTPException by its status. */
export function asApiProblem(err: unknown): ApiProblem | undefined {
  if (err instanceof ApiProblem) return err;
  if (!(err instanceof HTTPException)) return undefined;
  const status = err.status as ContentfulStatusCode;
  const kind = kindForStatus[status] ?? (status >= 400 && status < 500 ? 'invalid-request' : undefined);
  return kind ? new ApiProblem(status, kind, { detail: err.message }) : undefined;
}
