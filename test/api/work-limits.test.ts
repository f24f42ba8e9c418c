import { describe, expect, it } from 'vitest';
import { caseWithFlows } from '../../bench/cases.js';
import { type CreateAppOptions, createApp } from '../../src/api/index.js';

/** Issue 18, points 1 and 2: the work of a request is bounded, not only its body. */

const json = { 'content-type': 'application/json' };
const appWith = (config: CreateAppOptions['config']) => createApp({ config: { log: false, ...config } });
const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: json, body: JSON.stringify(body) });

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { type: string; detail: string; limit?: { variable: string; value: number } };
}

describe('the budget of one request', () => {
  it('flows × documents over the limit: 422 naming TREDJELAND_MAX_WORK, before rendering', async () => {
    const app = appWith({ maxWork: 20 });
    const body = await problem(await post(app, '/v1/documents/bundle', { case: caseWithFlows(10) }), 422);
    expect(body.type).toMatch(/too-much-work$/);
    expect(body.limit).toEqual({ variable: 'TREDJELAND_MAX_WORK', value: 20 });
    // One memo for ten flows is within it.
    expect((await post(app, '/v1/documents/memo', { case: caseWithFlows(10) })).status).toBe(200);
  });

  it('an answer over the limit: 413 naming TREDJELAND_MAX_ANSWER_BYTES, never sent', async () => {
    const app = appWith({ maxAnswerBytes: 50_000 });
    const body = await problem(await post(app, '/v1/assessments', caseWithFlows(100)), 413);
    expect(body.limit).toEqual({ variable: 'TREDJELAND_MAX_ANSWER_BYTES', value: 50_000 });
    const docs = await problem(await post(app, '/v1/documents/bundle', { case: caseWithFlows(3) }), 413);
    expect(docs.type).toMatch(/answer-too-large$/);
  });

  it('a deadline the engine checks between flows: 503 problem+json, not an answer after the time', async () => {
    const app = appWith({ requestTimeoutMs: 1 });
    const body = await problem(await post(app, '/v1/assessments', caseWithFlows(1000)), 503);
    expect(body.limit).toEqual({ variable: 'TREDJELAND_TIMEOUT_MS', value: 1 });
  });

  it('a deadline the documents check between documents', async () => {
    const app = appWith({ requestTimeoutMs: 1 });
    await problem(await post(app, '/v1/documents/bundle', { case: caseWithFlows(30) }), 503);
  });
});

describe('admission control', () => {
  it('N heavy at once, a short queue, then 503 with Retry-After; light routes pass', async () => {
    const app = appWith({ heavyConcurrency: 1, heavyQueue: 1 });
    const heavy = () => post(app, '/v1/assessments', caseWithFlows(300));
    const [first, second, third, light] = await Promise.all([
      heavy(),
      heavy(),
      heavy(),
      app.request('/v1/adequacy'),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const refused = await problem(third!, 503);
    expect(refused.type).toMatch(/busy$/);
    expect(third!.headers.get('retry-after')).toBe('2');
    expect(light!.status).toBe(200);
    // The turns are given back: the next request is served.
    expect((await heavy()).status).toBe(200);
  });

  it('the interview and the wizards take their turn too: each runs the engine over the whole case', async () => {
    for (const path of ['/v1/interview', '/v1/wizard/transfer']) {
      const app = appWith({ heavyConcurrency: 1, heavyQueue: 0 });
      const body = caseWithFlows(300);
      const [first, second] = await Promise.all([post(app, path, body), post(app, path, body)]);
      expect(first.status, path).toBe(200);
      const refused = await problem(second!, 503);
      expect(refused.type).toMatch(/busy$/);
      expect(second!.headers.get('retry-after')).toBe('2');
    }
  });

  it('a bundle takes a turn however small its body: a 2 KB case can ask for many documents', async () => {
    // A long time limit: on a loaded machine three bundles in one thread may take more than 10 s.
    const app = appWith({ heavyConcurrency: 1, heavyQueue: 1, requestTimeoutMs: 120_000 });
    const bundle = { case: caseWithFlows(10) };
    expect(JSON.stringify(bundle).length).toBeLessThan(16_384);
    // As a client sends them, with their length (a request without one is taken as heavy).
    const sent = (path: string, value: unknown) => {
      const body = JSON.stringify(value);
      const headers = { ...json, 'content-length': String(Buffer.byteLength(body)) };
      return app.request(path, { method: 'POST', headers, body });
    };
    const bundles = [1, 2, 3].map(() => sent('/v1/documents/bundle?lang=sv', bundle));
    // A ten-flow assessment stays light: its work grows with its body.
    const assessment = sent('/v1/assessments', caseWithFlows(10));
    const [first, second, third] = await Promise.all(bundles);
    expect(first!.status).toBe(200);
    expect(second!.status).toBe(200);
    const refused = await problem(third!, 503);
    expect(refused.type).toMatch(/busy$/);
    expect(refused.detail).toMatch(/^Tjänsten arbetar med 1 tunga förfrågningar .* försök igen om 2 s\.$/);
    expect(third!.headers.get('retry-after')).toBe('2');
    const light = await assessment;
    expect(light.status, await light.clone().text()).toBe(200);
    // The turns are given back.
    expect((await sent('/v1/documents/memo', bundle)).status).toBe(200);
  });

  it('other documents take a turn from 2 KiB of body, a memo of one flow does not', async () => {
    const app = appWith({ heavyConcurrency: 1, heavyQueue: 0, requestTimeoutMs: 120_000 });
    const sent = (value: unknown) => {
      const body = JSON.stringify(value);
      const headers = { ...json, 'content-length': String(Buffer.byteLength(body)) };
      return app.request('/v1/documents/memo', { method: 'POST', headers, body });
    };
    const ten = { case: caseWithFlows(10) };
    const one = { case: caseWithFlows(1) };
    expect(JSON.stringify(ten).length).toBeGreaterThan(2048);
    expect(JSON.stringify(one).length).toBeLessThan(2048);
    const [first, second, small] = await Promise.all([sent(ten), sent(ten), sent(one)]);
    expect(first.status).toBe(200);
    expect((await problem(second!, 503)).type).toMatch(/busy$/);
    expect(small!.status).toBe(200);
  });

  it('a request that waits past its time in the queue is refused', async () => {
    const app = appWith({ heavyConcurrency: 1, heavyQueue: 5, requestTimeoutMs: 1 });
    const results = await Promise.all([1, 2, 3].map(() => post(app, '/v1/assessments', caseWithFlows(1000))));
    for (const res of results) expect(res.status).toBe(503);
  });
});

describe('the limits speak the user’s language', () => {
  it('422, 413, 503 timeout and 503 busy in Swedish for ?lang=sv', async () => {
    const work = await problem(
      await post(appWith({ maxWork: 20 }), '/v1/documents/bundle?lang=sv', { case: caseWithFlows(10) }),
      422,
    );
    expect(work.detail).toMatch(/^10 flöden × \d+ dokument är \d+, fler än de 20 en förfrågan får be om/);
    const size = await problem(
      await post(appWith({ maxAnswerBytes: 50_000 }), '/v1/assessments?lang=sv', caseWithFlows(100)),
      413,
    );
    expect(size.detail).toMatch(/^Svaret skulle bli \d+ byte, mer än de 50000/);
    const late = await problem(
      await post(appWith({ requestTimeoutMs: 1 }), '/v1/assessments?lang=sv', caseWithFlows(1000)),
      503,
    );
    expect(late.detail).toMatch(/^Inget svar inom 1 ms \(TREDJELAND_TIMEOUT_MS\)/);
    const app = appWith({ heavyConcurrency: 1, heavyQueue: 0 });
    const [, refused] = await Promise.all([
      post(app, '/v1/assessments?lang=sv', caseWithFlows(300)),
      post(app, '/v1/assessments?lang=sv', caseWithFlows(300)),
    ]);
    expect((await problem(refused!, 503)).detail).toMatch(
      /^Tjänsten arbetar med 1 tunga förfrågningar \(TREDJELAND_HEAVY_CONCURRENCY\) och 0 till väntar/,
    );
  });
});
