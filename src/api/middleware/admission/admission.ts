import type { Context, MiddlewareHandler } from 'hono';
import type { Lang } from '../../lang.js';
import { ApiProblem, safeLang } from '../../problem.js';

export interface AdmissionOptions {
  /** Heavy requests worked on at once (TREDJELAND_HEAVY_CONCURRENCY). */
  concurrency: number;
  /** Heavy requests that may wait for a turn (TREDJELAND_HEAVY_QUEUE); more are refused at once. */
  queue: number;
  /** The longest a request waits in the queue before it is refused, in ms. */
  maxWaitMs: number;
  /** Seconds a refused client is told to wait (Retry-After). Default 2. */
  retryAfterSeconds?: number;
  /**
   * A request whose declared body is smaller than this many bytes is light and passes without a turn (a
   * ten-flow case is about 2 KB and takes milliseconds). Default 16384; 0 makes every request heavy. A
   * function decides per request (documents: 0, since a small case can ask for thousands of pages).
   */
  lightBelowBytes?: number | ((c: Context) => number);
}

/**
 * Admission control for heavy routes (assessments, documents): at most `concurrency` at once, a short
 * queue, and beyond it 503 with Retry-After at once (a small body, or none, is light and passes), so that a burst of large requests cannot pile up
 * work and memory the service never catches up with. Light routes do not pass through it.
 *
 * @throws ApiProblem 503 `busy` with `Retry-After`, naming the limit.
 * @example app.use('/v1/assessments', admission({ concurrency: 2, queue: 8, maxWaitMs: 10_000 }));
 */
export function admission(options: AdmissionOptions): MiddlewareHandler {
  const { concurrency, queue, maxWaitMs } = options;
  const retryAfter = String(options.retryAfterSeconds ?? 2);
  const { lightBelowBytes = 16_384 } = options;
  const lightBelow = typeof lightBelowBytes === 'function' ? lightBelowBytes : () => lightBelowBytes;
  let running = 0;
  const waiting: (() => void)[] = [];

  const busy = (why: { en: string; sv: string }, lang: Lang) =>
    new ApiProblem(
      503,
      'busy',
      {
        detail:
          lang === 'sv'
            ? `Tjänsten arbetar med ${concurrency} tunga förfrågningar (TREDJELAND_HEAVY_CONCURRENCY) ${why.sv}; försök igen om ${retryAfter} s.`
            : `The service is working on ${concurrency} heavy requests (TREDJELAND_HEAVY_CONCURRENCY) ${why.en}; try again in ${retryAfter} s.`,
        limit: { variable: 'TREDJELAND_HEAVY_CONCURRENCY', value: concurrency, queue },
      },
      { 'retry-after': retryAfter },
    );

  /** Waits for a turn; the turn is handed over by `release`, so `running` counts this request then. */
  const turn = (lang: Lang) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = waiting.indexOf(admit);
        if (at >= 0) waiting.splice(at, 1);
        reject(
          busy(
            { en: `and this one waited ${maxWaitMs} ms`, sv: `och den här har väntat ${maxWaitMs} ms` },
            lang,
          ),
        );
      }, maxWaitMs);
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      waiting.push(admit);
    });

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return async function admit(c, next) {
    const length = Number(c.req.header('content-length') ?? Number.NaN);
    if (length < lightBelow(c)) return next();
    if (running < concurrency) running += 1;
    else if (waiting.length < queue) await turn(safeLang(c));
    else
      throw busy(
        {
          en: `and ${queue} more are waiting (TREDJELAND_HEAVY_QUEUE)`,
          sv: `och ${queue} till väntar (TREDJELAND_HEAVY_QUEUE)`,
        },
        safeLang(c),
      );
    try {
      await next();
    } finally {
      release();
    }
  };
}
