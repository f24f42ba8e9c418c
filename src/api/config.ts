/**
 * Service settings, read the same way from Node's process.env and from a Worker's bindings.
 * - TREDJELAND_API_TOKENS: comma-separated bearer tokens; when set, /v1/* requires one.
 * - TREDJELAND_CORS_ORIGINS: comma-separated origins allowed to call the API from a browser, or `*`.
 * - TREDJELAND_MAX_BODY_BYTES: the largest request body accepted (default 2 MiB).
 * - TREDJELAND_TIMEOUT_MS: the time limit of one request (default 10 s).
 * - TREDJELAND_LOG: `off` silences the request log.
 */
export interface ServiceConfig {
  apiTokens: string[];
  corsOrigins: string[];
  maxBodyBytes: number;
  requestTimeoutMs: number;
  log: boolean;
}

export const defaultConfig: ServiceConfig = {
  apiTokens: [],
  corsOrigins: [],
  maxBodyBytes: 2 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  log: true,
};

const list = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

const positiveInt = (value: unknown, fallback: number) => {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function configFromEnv(env: Record<string, unknown>): ServiceConfig {
  return {
    apiTokens: list(env.TREDJELAND_API_TOKENS),
    corsOrigins: list(env.TREDJELAND_CORS_ORIGINS),
    maxBodyBytes: positiveInt(env.TREDJELAND_MAX_BODY_BYTES, defaultConfig.maxBodyBytes),
    requestTimeoutMs: positiveInt(env.TREDJELAND_TIMEOUT_MS, defaultConfig.requestTimeoutMs),
    log: env.TREDJELAND_LOG !== 'off',
  };
}
