import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app.js';
import type { Lang } from '../../lang.js';
import { ApiProblem, safeLang } from '../../problem.js';

/** What one request may cost, and the check the engine and the documents call between flows and documents. */
export interface WorkLimits {
  /** Throws 503 `timeout` once the request's time is up. */
  checkpoint: () => void;
  /** Throws 422 `too-much-work` when flows × documents passes the limit. */
  claim: (flows: number, documents: number) => void;
  /** Throws 413 `answer-too-large` when an answer of `bytes` passes the limit. */
  answer: (bytes: number) => void;
  /** The limits as plain numbers, so that a worker thread can check the same ones (limitsFor). */
  terms: WorkTerms;
}

/** A request's limits as plain data: what crosses to a worker thread with the work. */
export interface WorkTerms {
  /** When the request's time is up, in ms since the epoch (Date.now()); threads share the clock. */
  deadline: number;
  timeoutMs: number;
  maxWork: number;
  maxAnswerBytes: number;
  /** The language the request's problems are worded in (English when not given). */
  lang?: Lang;
}

export interface WorkLimitOptions {
  /** The time one request may take, from its arrival (TREDJELAND_TIMEOUT_MS). */
  timeoutMs: number;
  /** Flows × documents one request may ask for (TREDJELAND_MAX_WORK). */
  maxWork: number;
  /** The largest answer, in bytes (TREDJELAND_MAX_ANSWER_BYTES). */
  maxAnswerBytes: number;
}

/**
 * Bounds the work of a request, not only its body. The engine and the documents run without yielding,
 * so a timer cannot stop them; instead they call `checkpoint` between flows and between documents, and
 * it throws once the time is up. A request that asks for too much (flows × documents) is refused before
 * the documents are rendered, and an answer larger than the limit is refused rather than sent.
 *
 * @throws ApiProblem 503 `timeout`, 422 `too-much-work` or 413 `answer-too-large`, each naming its limit.
 * @example app.use('/v1/*', workLimits({ timeoutMs: 10_000, maxWork: 4000, maxAnswerBytes: 16 << 20 }));
 */
export function workLimits(options: WorkLimitOptions): MiddlewareHandler<AppEnv> {
  const { timeoutMs, maxWork, maxAnswerBytes } = options;
  return async function limitWork(c, next) {
    const lang = safeLang(c);
    c.set(
      'limits',
      limitsFor({ deadline: Date.now() + timeoutMs, timeoutMs, maxWork, maxAnswerBytes, lang }),
    );
    await next();
  };
}

/**
 * The 503 of a request past its time, the same whichever notices first: the work at a checkpoint, or the
 * request's timer while the work runs in a worker thread.
 */
export function timeoutProblem(timeoutMs: number, lang: Lang = 'en'): ApiProblem {
  return new ApiProblem(503, 'timeout', {
    detail:
      lang === 'sv'
        ? `Inget svar inom ${timeoutMs} ms (TREDJELAND_TIMEOUT_MS); skicka färre flöden eller be om färre dokument.`
        : `No answer within ${timeoutMs} ms (TREDJELAND_TIMEOUT_MS); send fewer flows or ask for fewer documents.`,
    limit: { variable: 'TREDJELAND_TIMEOUT_MS', value: timeoutMs },
  });
}

/** The checks of one request's limits; the same terms give the same checks in any thread. */
export function limitsFor(terms: WorkTerms): WorkLimits {
  const { deadline, timeoutMs, maxWork, maxAnswerBytes } = terms;
  const sv = terms.lang === 'sv';
  return {
    terms,
    checkpoint() {
      if (Date.now() > deadline) throw timeoutProblem(timeoutMs, terms.lang);
    },
    claim(flows, documents) {
      if (flows * documents > maxWork) {
        throw new ApiProblem(422, 'too-much-work', {
          detail: sv
            ? `${flows} flöden × ${documents} dokument är ${flows * documents}, fler än de ${maxWork} en förfrågan får be om (TREDJELAND_MAX_WORK); välj flöden med "flows", eller be om ett slags dokument.`
            : `${flows} flows × ${documents} documents is ${flows * documents}, more than the ${maxWork} one request may ask for (TREDJELAND_MAX_WORK); pick flows with "flows", or ask for one kind of document.`,
          errors: [
            {
              field: 'flows',
              reason: sv ? `flöden × dokument över ${maxWork}` : `flows × documents over ${maxWork}`,
              in: 'body',
            },
          ],
          limit: { variable: 'TREDJELAND_MAX_WORK', value: maxWork },
        });
      }
    },
    answer(bytes) {
      if (bytes > maxAnswerBytes) {
        throw new ApiProblem(413, 'answer-too-large', {
          detail: sv
            ? `Svaret skulle bli ${bytes} byte, mer än de ${maxAnswerBytes} en förfrågan får ge (TREDJELAND_MAX_ANSWER_BYTES); be om detail=summary, eller om färre flöden.`
            : `The answer would be ${bytes} bytes, more than the ${maxAnswerBytes} one request may make (TREDJELAND_MAX_ANSWER_BYTES); ask with detail=summary, or for fewer flows.`,
          limit: { variable: 'TREDJELAND_MAX_ANSWER_BYTES', value: maxAnswerBytes },
        });
      }
    },
  };
}
