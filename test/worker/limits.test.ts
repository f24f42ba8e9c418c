import { exports } from 'cloudflare:workers';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { caseWithFlows } from '../../bench/cases.js';
import { configFromEnv, type ServiceConfig } from '../../src/api/config.js';
import { createApp } from '../../src/api/index.js';
import { workerEntry, workersPlatform } from '../../src/worker.js';
import { sampleCase } from '../documents/fixtures.js';

// Issue 18 inside workerd: admission control, the work limits (422, 413, the 503 deadline) and values of
// several lines printed as Word line breaks, as a Worker answers them.
const json = { 'content-type': 'application/json' };
const appWith = (config: Partial<ServiceConfig>) => createApp({ config: { log: false, ...config } });
const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: json, body: JSON.stringify(body) });

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as {
    type: string;
    limit?: Record<string, unknown>;
    errors?: { field: string; reason: string }[];
  };
}

describe('the limits of one request, in workerd', () => {
  it('flows × documents over TREDJELAND_MAX_WORK: 422 naming it', async () => {
    const body = await problem(
      await post(appWith({ maxWork: 20 }), '/v1/documents/bundle', { case: caseWithFlows(10) }),
      422,
    );
    expect(body.type).toMatch(/too-much-work$/);
    expect(body.limit).toEqual({ variable: 'TREDJELAND_MAX_WORK', value: 20 });
    expect(body.errors?.map((e) => e.field)).toEqual(['flows']);
  });

  it('an answer over TREDJELAND_MAX_ANSWER_BYTES: 413 naming it, for assessments and documents', async () => {
    const app = appWith({ maxAnswerBytes: 50_000 });
    const assessment = await problem(await post(app, '/v1/assessments', caseWithFlows(100)), 413);
    expect(assessment.limit).toEqual({ variable: 'TREDJELAND_MAX_ANSWER_BYTES', value: 50_000 });
    const bundle = await problem(await post(app, '/v1/documents/bundle', { case: caseWithFlows(3) }), 413);
    expect(bundle.type).toMatch(/answer-too-large$/);
  });

  it('past the deadline between flows: 503 naming TREDJELAND_TIMEOUT_MS', async () => {
    const body = await problem(
      await post(appWith({ requestTimeoutMs: 1 }), '/v1/assessments', caseWithFlows(1000)),
      503,
    );
    expect(body.limit).toEqual({ variable: 'TREDJELAND_TIMEOUT_MS', value: 1 });
  });
});

describe('admission control, in workerd', () => {
  it('one heavy request at a time, one waiting, the next 503 with Retry-After; light routes pass', async () => {
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
    expect(refused.limit).toMatchObject({ variable: 'TREDJELAND_HEAVY_CONCURRENCY', value: 1, queue: 1 });
    expect(third!.headers.get('retry-after')).toBe('2');
    expect(light.status).toBe(200);
    // The turn is given back: the next heavy request is worked on.
    expect((await heavy()).status).toBe(200);
  });
});

describe('admission of document requests, in workerd', () => {
  it('a small-body bundle takes a turn too: one at a time, one waiting, the next 503', async () => {
    const app = appWith({ heavyConcurrency: 1, heavyQueue: 1 });
    const bundle = { case: caseWithFlows(10) };
    // As a client sends them, with their length (a request without one is taken as heavy).
    const body = JSON.stringify(bundle);
    const headers = { ...json, 'content-length': String(new TextEncoder().encode(body).length) };
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(() => app.request('/v1/documents/bundle?lang=sv', { method: 'POST', headers, body })),
    );
    expect(first!.status).toBe(200);
    expect(second!.status).toBe(200);
    const refused = await problem(third!, 503);
    expect(refused.type).toMatch(/busy$/);
    expect(refused.limit).toMatchObject({ variable: 'TREDJELAND_HEAVY_CONCURRENCY', value: 1, queue: 1 });
    expect(third!.headers.get('retry-after')).toBe('2');
  });
});

describe('values of several lines, in workerd', () => {
  it('an address of two lines prints as a Word line break, its double space kept', async () => {
    const res = await exports.default.fetch(
      new Request('http://worker/v1/documents/scc?lang=en', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          case: sampleCase,
          flows: ['moln-1'],
          documentDate: '2026-11-15',
          details: { parties: { kommun: { address: 'Stadshuset\nStorgatan 1,  753 10 Uppsala' } } },
        }),
      }),
    );
    expect(res.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!);
    expect(xml).toMatch(
      /Stadshuset<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">Storgatan 1, {2}753 10 Uppsala/,
    );
  });
});

describe('the bound that keeps a Worker isolate (128 MB) safe', () => {
  it('by default one heavy request at a time and answers of at most 16 MiB', () => {
    expect(configFromEnv({}, workersPlatform)).toMatchObject({
      heavyConcurrency: 1,
      maxAnswerBytes: 16 * 1024 * 1024,
    });
  });

  it('a larger answer bound or concurrency: every request answers 500 naming the variable', async () => {
    const env = { TREDJELAND_MAX_ANSWER_BYTES: '33554432', TREDJELAND_HEAVY_CONCURRENCY: '2' };
    const res = await workerEntry().fetch(new Request('http://worker/healthz'), env, {});
    const body = await problem(res, 500);
    expect(body.errors?.map((e) => e.field).sort()).toEqual([
      'TREDJELAND_HEAVY_CONCURRENCY',
      'TREDJELAND_MAX_ANSWER_BYTES',
    ]);
    expect(body.errors?.[0]?.reason).toMatch(/at most .* on Workers/);
    // Within the bound, the Worker answers.
    const ok = await workerEntry().fetch(
      new Request('http://worker/healthz'),
      { TREDJELAND_MAX_ANSWER_BYTES: '8388608' },
      {},
    );
    expect(ok.status).toBe(200);
  });
});
