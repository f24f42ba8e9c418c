import { z } from 'zod';

/**
 * Service settings, read the same way from Node's process.env and from a Worker's bindings, and checked
 * before the service answers anything: a malformed value stops Node from starting and makes a Worker
 * answer 500 naming the variable. Silently reading `"1e6"` as 1 or `","` as "no tokens" is what this
 * prevents.
 */
export interface ServiceConfig {
  /** TREDJELAND_API_TOKENS: comma-separated bearer tokens; when set, /v1/* requires one. */
  apiTokens: string[];
  /** TREDJELAND_CORS_ORIGINS: comma-separated origins allowed to call the API from a browser, or `*`. */
  corsOrigins: string[];
  /** TREDJELAND_MAX_BODY_BYTES: the largest request body accepted. */
  maxBodyBytes: number;
  /** TREDJELAND_TIMEOUT_MS: the time limit of one request, checked between flows and documents too. */
  requestTimeoutMs: number;
  /** TREDJELAND_LOG: `off` silences the request log. */
  log: boolean;
  /** TREDJELAND_HEAVY_CONCURRENCY: assessments and documents worked on at once. */
  heavyConcurrency: number;
  /** TREDJELAND_HEAVY_QUEUE: heavy requests that may wait for a turn; beyond them, 503 + Retry-After. */
  heavyQueue: number;
  /** TREDJELAND_MAX_WORK: flows × documents one request may ask for (422 beyond it). */
  maxWork: number;
  /** TREDJELAND_MAX_ANSWER_BYTES: the largest answer one request may make (413 beyond it). */
  maxAnswerBytes: number;
  /** TREDJELAND_HEAVY_THREADS: on Node, heavy requests run in worker threads (`off`: in the main thread). */
  heavyThreads: boolean;
}

export const defaultConfig: ServiceConfig = {
  apiTokens: [],
  corsOrigins: [],
  maxBodyBytes: 2 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  log: true,
  heavyConcurrency: 2,
  heavyQueue: 8,
  maxWork: 4000,
  maxAnswerBytes: 32 * 1024 * 1024,
  heavyThreads: true,
};

/** Node's timers take at most 2^31 - 1 ms; a larger value fires at once. */
const maxTimerMs = 2 ** 31 - 1;

/** A whole number written in digits only: `1e6`, `10s`, `0x10` and `2.5` are refused, not misread. */
const count = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number written in digits (no units, exponents or separators)')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** A comma-separated list in which every item says something: `","` or `"a,,b"` is a mistake. */
const list = (item: z.ZodString) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()))
    .pipe(z.array(item));

const token = z
  .string()
  .min(1, 'holds an empty token (check the commas)')
  .regex(/^[\x21-\x7e]+$/, 'a token is printable ASCII without spaces');
const origin = z
  .string()
  .regex(/^(\*|https?:\/\/[^/\s]+)$/, 'each origin is `*` or scheme://host[:port], without a path');

const envSchema = z.object({
  TREDJELAND_API_TOKENS: list(token).optional(),
  TREDJELAND_CORS_ORIGINS: list(origin).optional(),
  TREDJELAND_MAX_BODY_BYTES: count(1, 100 * 1024 * 1024).optional(),
  TREDJELAND_TIMEOUT_MS: count(1, maxTimerMs).optional(),
  TREDJELAND_LOG: z.enum(['on', 'off'], 'must be on or off').optional(),
  TREDJELAND_HEAVY_CONCURRENCY: count(1, 256).optional(),
  TREDJELAND_HEAVY_QUEUE: count(0, 10_000).optional(),
  TREDJELAND_MAX_WORK: count(1, 10_000_000).optional(),
  TREDJELAND_MAX_ANSWER_BYTES: count(1024, 1024 * 1024 * 1024).optional(),
  TREDJELAND_HEAVY_THREADS: z.enum(['on', 'off'], 'must be on or off').optional(),
});

/** The settings whose safe range depends on where the service runs (memory, mostly). */
type Ceilings = Partial<Pick<ServiceConfig, 'maxAnswerBytes' | 'heavyConcurrency'>>;
const variableOf: Record<keyof Ceilings, string> = {
  maxAnswerBytes: 'TREDJELAND_MAX_ANSWER_BYTES',
  heavyConcurrency: 'TREDJELAND_HEAVY_CONCURRENCY',
};

/**
 * What the platform changes: its own defaults, and ceilings a setting may not pass (a Worker isolate has
 * 128 MB for everything, so there the answer bound and concurrency have a ceiling; see src/worker.ts).
 */
export interface Platform {
  defaults?: Partial<ServiceConfig>;
  ceilings?: Ceilings;
  /** Said after a ceiling's number, e.g. "on Workers (isolate memory 128 MB)". */
  why?: string;
}

/** The variables this service reads. */
export const configVariables = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

/** A malformed setting: each variable with what is wrong with it (never its value: it may be a secret). */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super(`Configuration refused: ${problems.map((p) => `${p.variable} ${p.reason}`).join('; ')}`);
  }
}

/**
 * The settings from an environment (process.env or Worker bindings), or a ConfigError naming every
 * malformed variable. Unset and empty variables take their defaults. Non-string bindings (a D1 database,
 * static assets) are not settings and are left alone.
 */
export function configFromEnv(env: Record<string, unknown>, platform: Platform = {}): ServiceConfig {
  const defaults = { ...defaultConfig, ...platform.defaults };
  const given: Record<string, string> = {};
  for (const name of configVariables) {
    const value = env[name];
    if (typeof value === 'string' && value !== '') given[name] = value;
    else if (value !== undefined && value !== '' && typeof value !== 'string') given[name] = String(value);
  }
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    // One reason per variable: the first, which is what to fix first.
    const problems = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0]);
      if (!problems.has(variable)) problems.set(variable, issue.message);
    }
    throw new ConfigError([...problems].map(([variable, reason]) => ({ variable, reason })));
  }
  const v = parsed.data;
  const config: ServiceConfig = {
    apiTokens: v.TREDJELAND_API_TOKENS ?? defaults.apiTokens,
    corsOrigins: v.TREDJELAND_CORS_ORIGINS ?? defaults.corsOrigins,
    maxBodyBytes: v.TREDJELAND_MAX_BODY_BYTES ?? defaults.maxBodyBytes,
    requestTimeoutMs: v.TREDJELAND_TIMEOUT_MS ?? defaults.requestTimeoutMs,
    log: v.TREDJELAND_LOG !== 'off',
    heavyConcurrency: v.TREDJELAND_HEAVY_CONCURRENCY ?? defaults.heavyConcurrency,
    heavyQueue: v.TREDJELAND_HEAVY_QUEUE ?? defaults.heavyQueue,
    maxWork: v.TREDJELAND_MAX_WORK ?? defaults.maxWork,
    maxAnswerBytes: v.TREDJELAND_MAX_ANSWER_BYTES ?? defaults.maxAnswerBytes,
    heavyThreads: v.TREDJELAND_HEAVY_THREADS !== 'off',
  };
  const over = Object.entries(platform.ceilings ?? {}).flatMap(([key, ceiling]) =>
    ceiling !== undefined && config[key as keyof Ceilings] > ceiling
      ? [
          {
            variable: variableOf[key as keyof Ceilings],
            reason: `must be at most ${ceiling} ${platform.why ?? ''}`.trim(),
          },
        ]
      : [],
  );
  if (over.length > 0) throw new ConfigError(over);
  return config;
}

/** The one start-up line: whether auth is on and how many tokens, never the tokens. */
export function configSummary(config: ServiceConfig) {
  return {
    level: 'info',
    msg: 'configuration',
    auth: config.apiTokens.length > 0 ? 'on' : 'off',
    tokens: config.apiTokens.length,
    cors: config.corsOrigins.length > 0 ? 'on' : 'off',
    maxBodyBytes: config.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs,
    heavyConcurrency: config.heavyConcurrency,
    heavyQueue: config.heavyQueue,
    maxWork: config.maxWork,
    maxAnswerBytes: config.maxAnswerBytes,
  };
}
