import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseWithFlows } from '../../bench/cases.js';
import type { ServiceConfig } from '../../src/api/config.js';
import type { HeavyJob } from '../../src/api/heavy-work.js';
import { createApp } from '../../src/api/index.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import { createHeavyPool, type HeavyPool } from '../../src/node-pool/pool.js';

/**
 * Issue 18: on Node, assessments and documents run in a pool of worker threads (src/node-pool), so the
 * event loop answers /healthz while they run; the answers are the same to the byte, and the limits
 * (deadline, work, answer size) are the same problems.
 */

const json = { 'content-type': 'application/json' };
let pool: HeavyPool;
beforeAll(async () => {
  pool = createHeavyPool({ size: 2 });
  // Each thread loads the engine and the documents through tsx first: seconds on a loaded machine, which
  // would otherwise count against the first requests' time limit.
  const terms = {
    deadline: Date.now() + 600_000,
    timeoutMs: 600_000,
    maxWork: 4000,
    maxAnswerBytes: 1 << 30,
  };
  const input = caseWithFlows(1) as AssessmentCase;
  const job: HeavyJob = { kind: 'assessment', input, lang: 'en', detail: 'full', terms };
  // Answers in shared slots are given back once read (here at once; a server does it once sent).
  for (const answer of await Promise.all([pool.run(job), pool.run(job)])) answer.release?.();
}, 120_000);
afterAll(async () => {
  await pool.close();
});

// A long time limit unless a test sets one: the comparison is of answers, not of speed.
const apps = (config: Partial<ServiceConfig> = {}) => ({
  inProcess: createApp({ config: { log: false, requestTimeoutMs: 120_000, ...config } }),
  pooled: createApp({ config: { log: false, requestTimeoutMs: 120_000, ...config }, heavyWork: pool.run }),
});
type App = ReturnType<typeof createApp>;
const post = (app: App, path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: json, body: JSON.stringify(body) });

/** Everything a client gets but the request id, which differs by design. */
async function seen(res: Response) {
  const headers = [...res.headers].filter(([name]) => name !== 'x-request-id');
  const bytes = Buffer.from(await res.arrayBuffer());
  // A problem names its request; an answer is compared by its digest (a diff of megabytes helps no one).
  const body = res.ok
    ? createHash('sha256').update(bytes).digest('hex')
    : bytes.toString('utf8').replace(/"instance":"[^"]*"/, '');
  return { status: res.status, headers, body };
}

describe('a pool that is stopping', () => {
  it('refuses a job that arrived after the stop signal, in the language of its request', async () => {
    const stopping = createHeavyPool({ size: 1 });
    await stopping.close();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const terms = { deadline: Date.now() + 1000, timeoutMs: 1000, maxWork: 4000, maxAnswerBytes: 1 << 20 };
    const input = caseWithFlows(1) as AssessmentCase;
    for (const [lang, detail] of [
      ['sv', 'Tjänsten håller på att stängas; försök igen om 2 s.'],
      ['en', 'The service is shutting down; try again in 2 s.'],
    ] as const) {
      const job: HeavyJob = { kind: 'assessment', input, lang, detail: 'full', terms };
      await expect(stopping.run(job)).rejects.toMatchObject({
        status: 503,
        kind: 'busy',
        extra: { detail },
        headers: { 'retry-after': '2' },
      });
    }
  });
});

describe('answers from the thread pool are the same as from the request thread', () => {
  const documentDate = '2026-11-02';
  const cases: [string, string, unknown][] = [
    ['assessment, full, sv', '/v1/assessments?lang=sv', caseWithFlows(40)],
    ['assessment, summary, en', '/v1/assessments?lang=en&detail=summary', caseWithFlows(40)],
    ['SCC document', '/v1/documents/scc?lang=sv', { case: caseWithFlows(3), documentDate }],
    ['bundle', '/v1/documents/bundle?lang=en', { case: caseWithFlows(5), documentDate }],
    ['documents as JSON', '/v1/documents/bundle?format=json', { case: caseWithFlows(2), documentDate }],
    ['a case that does not hold together (400)', '/v1/assessments', { ...caseWithFlows(2), parties: [] }],
    ['no document of the kind (422)', '/v1/documents/dpa?lang=en', { case: caseWithFlows(1), documentDate }],
  ];
  it.each(cases)('%s', async (_name, path, body) => {
    const { inProcess, pooled } = apps();
    const [mine, theirs] = await Promise.all([post(inProcess, path, body), post(pooled, path, body)]);
    expect(await seen(theirs)).toEqual(await seen(mine));
  });

  it('the limits are the same problems: 422 work, 413 answer size, 503 deadline', async () => {
    for (const [config, path, body, status] of [
      [{ maxWork: 20 }, '/v1/documents/bundle', { case: caseWithFlows(10) }, 422],
      [{ maxAnswerBytes: 50_000 }, '/v1/assessments', caseWithFlows(100), 413],
      [{ requestTimeoutMs: 1 }, '/v1/assessments', caseWithFlows(1000), 503],
    ] as const) {
      const { inProcess, pooled } = apps(config);
      const [mine, theirs] = [await post(inProcess, path, body), await post(pooled, path, body)];
      expect(theirs.status).toBe(status);
      const [a, b] = [await mine.json(), await theirs.json()];
      expect(b.type).toBe(a.type);
      expect(b.limit).toEqual(a.limit);
    }
  });
});

describe('a body is the same problem when the worker thread reads it', () => {
  // On Node the main thread forwards heavy bodies as bytes (src/api/heavy-offload.ts); the worker thread
  // reads and validates them. Each failure must be the problem the request thread gives: same status,
  // headers, language and every error, in the same order of checks.
  const good = JSON.stringify(caseWithFlows(2));
  const bad: [string, string, Record<string, string>, string | Uint8Array<ArrayBuffer>][] = [
    ['malformed JSON, sv', '/v1/assessments?lang=sv', json, '{"parties": [}'],
    ['malformed JSON, en', '/v1/documents/bundle', json, '{"case": '],
    ['not UTF-8', '/v1/assessments', json, new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])],
    [
      'a repeated key',
      '/v1/assessments?lang=sv',
      json,
      `{"asOf":"2026-11-01",${good.slice(1)}`.replace('}', ',"asOf":"2026-11-02"}'),
    ],
    ['schema errors, sv', '/v1/assessments?lang=sv', json, '{"parties": 1, "flows": [{"id": 2}]}'],
    ['schema errors, en', '/v1/documents/scc', json, '{"case": {"parties": [], "flows": "x"}}'],
    [
      'an unknown party, with schema errors',
      '/v1/assessments',
      json,
      JSON.stringify({ ...caseWithFlows(2), asOf: 'soon', parties: [] }),
    ],
    ['nested too deep', '/v1/assessments', json, `${'['.repeat(200)}${']'.repeat(200)}`],
    ['a bad query and a bad body', '/v1/assessments?detail=all', json, '{"parties": [}'],
    ['a bad query, sv', '/v1/documents/scc?format=pdf&lang=sv', json, good],
    ['an unknown kind', '/v1/documents/letter', json, '{"case": 1}'],
    ['json with parameters', '/v1/assessments', { 'content-type': 'application/json; charset=utf-8' }, '{'],
    [
      'a +json type (taken the ordinary way, answered 200)',
      '/v1/assessments',
      { 'content-type': 'application/vnd.case+json' },
      good,
    ],
    ['a content encoding', '/v1/assessments', { ...json, 'content-encoding': 'br' }, good],
    ['not JSON at all', '/v1/assessments', { 'content-type': 'text/plain' }, good],
  ];
  it.each(bad)('%s', async (_name, path, headers, body) => {
    const { inProcess, pooled } = apps();
    const send = (app: App) => app.request(path, { method: 'POST', headers, body });
    const [mine, theirs] = await Promise.all([send(inProcess), send(pooled)]);
    expect(await seen(theirs)).toEqual(await seen(mine));
  });

  it('the main thread hands the body over unread, and the answer carries its request id', async () => {
    const jobs: HeavyJob[] = [];
    const app = createApp({
      config: { log: false, requestTimeoutMs: 120_000 },
      heavyWork: (job) => {
        jobs.push(job);
        return pool.run(job);
      },
    });
    const res = await app.request('/v1/assessments?lang=sv', {
      method: 'POST',
      headers: { ...json, 'x-request-id': 'req-raw-1' },
      body: '{"parties": [}',
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.type).toMatch(/malformed-json$/);
    expect(problem.detail).toMatch(/^Innehållet är inte giltig JSON/);
    expect(res.headers.get('x-request-id')).toBe('req-raw-1');
    expect(jobs).toHaveLength(1);
    expect('body' in jobs[0]! && jobs[0].body).toBeInstanceOf(Uint8Array);
  });
});

describe('/healthz while a heavy request runs', () => {
  it('answers before the heavy request does (order of completion, on loopback)', async () => {
    let started!: () => void;
    const working = new Promise<void>((resolve) => (started = resolve));
    const app = createApp({
      config: { log: false, requestTimeoutMs: 120_000 },
      heavyWork: (job) => {
        // The main thread neither parses nor validates the 1,000-flow body: it forwards the bytes.
        expect('body' in job).toBe(true);
        started();
        return pool.run(job);
      },
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const order: string[] = [];
      const heavy = fetch(`${base}/v1/assessments`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(caseWithFlows(1000)),
      }).then(async (res) => {
        // Its answer has begun (headers in): reading 10 MB of body would let a late /healthz overtake it.
        order.push(`heavy ${res.status}`);
        await res.arrayBuffer();
      });
      await working;
      const health = await fetch(`${base}/healthz`);
      order.push(`healthz ${health.status}`);
      await heavy;
      expect(order).toEqual(['healthz 200', 'heavy 200']);
    } finally {
      server.close();
    }
  });
});

describe('answers through shared answer slots', () => {
  /** The pooled app served on loopback, as Node serves it (@hono/node-server passes the response). */
  async function served<T>(
    work: (base: string) => Promise<T>,
    config: Partial<ServiceConfig> = {},
  ): Promise<T> {
    const { pooled } = apps(config);
    const server = serve({ fetch: pooled.fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.close();
    }
  }
  const allSlotsFree = async () => {
    for (let i = 0; i < 1000 && pool.answerSlotsFree < 4; i++) await new Promise((r) => setTimeout(r, 10));
    return pool.answerSlotsFree;
  };
  const terms = () => ({
    deadline: Date.now() + 60_000,
    timeoutMs: 60_000,
    maxWork: 4000,
    maxAnswerBytes: 1 << 30,
  });

  it('a thread writes its answer into shared memory, not a new buffer for each answer', async () => {
    // (A job of an earlier test may still be running: the 1,000-flow case refused at its deadline.)
    expect(await allSlotsFree()).toBe(4);
    const input = caseWithFlows(40) as AssessmentCase;
    const answer = await pool.run({ kind: 'assessment', input, lang: 'en', detail: 'full', terms: terms() });
    expect(answer.body.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(pool.answerSlotsFree).toBe(3);
    answer.release?.();
    expect(pool.answerSlotsFree).toBe(4);
  });

  it('the same bytes on the wire as in process, more answers than slots, every slot back after', async () => {
    const documentDate = '2026-11-02';
    const requests: [string, unknown][] = [
      ['/v1/assessments?lang=sv', caseWithFlows(300)],
      ['/v1/documents/bundle?lang=en', { case: caseWithFlows(5), documentDate }],
      ['/v1/documents/scc?lang=sv', { case: caseWithFlows(3), documentDate }],
      ['/v1/assessments?shape=lean', caseWithFlows(40)],
      ['/v1/documents/bundle?format=json', { case: caseWithFlows(2), documentDate }],
    ];
    const { inProcess } = apps();
    const expected = await Promise.all(
      requests.map(async ([path, body]) => seen(await post(inProcess, path, body))),
    );
    await served(async (base) => {
      for (let round = 0; round < 2; round++) {
        const got = await Promise.all(
          requests.map(async ([path, body]) =>
            seen(await fetch(base + path, { method: 'POST', headers: json, body: JSON.stringify(body) })),
          ),
        );
        for (const [i, answer] of got.entries()) {
          // Node's server adds its own: the connection, the date and the length (of the bytes compared).
          const own = (name: string) => ['connection', 'keep-alive', 'date', 'content-length'].includes(name);
          const headers = answer.headers.filter(([name]) => !own(name));
          expect({ ...answer, headers }, requests[i]![0]).toEqual(expected[i]);
        }
      }
    });
    expect(await allSlotsFree()).toBe(4);
  });

  it('with CORS on, answers from a slot reach the client whole (hono/cors rebuilds the response)', async () => {
    // hono/cors rebuilds the response through undici's Response, which refuses bytes in shared memory:
    // every slot answer was a 500 with TREDJELAND_CORS_ORIGINS set (second reader, issue 18).
    const body = caseWithFlows(40);
    const { inProcess } = apps();
    const expected = createHash('sha256')
      .update(Buffer.from(await (await post(inProcess, '/v1/assessments', body)).arrayBuffer()))
      .digest('hex');
    for (const corsOrigins of [['*'], ['https://kommun.example']]) {
      await served(
        async (base) => {
          for (const origin of [undefined, 'https://kommun.example']) {
            const res = await fetch(`${base}/v1/assessments`, {
              method: 'POST',
              headers: { ...json, ...(origin ? { origin } : {}) },
              body: JSON.stringify(body),
            });
            expect(res.status, `${corsOrigins} ${origin}`).toBe(200);
            const digest = createHash('sha256')
              .update(Buffer.from(await res.arrayBuffer()))
              .digest('hex');
            expect(digest).toBe(expected);
          }
        },
        { corsOrigins },
      );
    }
    expect(await allSlotsFree()).toBe(4);
  });

  it('a client that goes away in the middle of an answer gives its slot back', async () => {
    await served(async (base) => {
      const gone = new AbortController();
      const res = await fetch(`${base}/v1/assessments`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(caseWithFlows(1000)),
        signal: gone.signal,
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      await reader.read();
      gone.abort();
      await reader.closed.catch(() => undefined);
    });
    expect(await allSlotsFree()).toBe(4);
  });

  it('a client that goes away before its answer is made gives the slot back when the answer comes', async () => {
    await served(async (base) => {
      const gone = new AbortController();
      const asked = fetch(`${base}/v1/assessments`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(caseWithFlows(1000)),
        signal: gone.signal,
      }).catch((error: Error) => error.name);
      for (let i = 0; i < 1000 && pool.running === 0; i++) await new Promise((r) => setTimeout(r, 5));
      gone.abort();
      expect(await asked).toBe('AbortError');
      for (let i = 0; i < 3000 && pool.running > 0; i++) await new Promise((r) => setTimeout(r, 10));
    });
    expect(await allSlotsFree()).toBe(4);
  });

  it('an answer larger than a slot comes back in its own buffer, the same bytes', async () => {
    const small = createHeavyPool({ size: 1, answerSlotBytes: 1024 });
    try {
      const input = caseWithFlows(3) as AssessmentCase;
      const job: HeavyJob = { kind: 'assessment', input, lang: 'sv', detail: 'full', terms: terms() };
      const [theirs, mine] = [await small.run(job), await pool.run(job)];
      expect(theirs.release).toBeUndefined();
      expect(theirs.body.buffer).toBeInstanceOf(ArrayBuffer);
      expect(Buffer.from(theirs.body).equals(Buffer.from(mine.body))).toBe(true);
      mine.release?.();
      expect(small.answerSlotsFree).toBe(2);
    } finally {
      await small.close();
    }
  });
});

describe.runIf(process.platform === 'linux')('the threads give way to the main thread', () => {
  /** Each thread's niceness, from /proc (field 19 of stat). */
  const niceness = () =>
    readdirSync('/proc/self/task').map((task) => {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });

  it('the pool’s threads run 10 nice steps below the process (at most 19)', async () => {
    const own = Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);
    expect(own).toBeLessThan(19);
    const input = caseWithFlows(1) as AssessmentCase;
    const terms = {
      deadline: Date.now() + 60_000,
      timeoutMs: 60_000,
      maxWork: 4000,
      maxAnswerBytes: 1 << 30,
    };
    (await pool.run({ kind: 'assessment', input, lang: 'en', detail: 'full', terms })).release?.();
    const lower = niceness().filter((n) => n === Math.min(19, own + 10));
    expect(lower.length).toBeGreaterThanOrEqual(2);
  });

  it('so do V8’s and libuv’s threads once a pool has answered: the main thread alone stays at its priority', async () => {
    // V8's platform threads collect the garbage of every isolate, the pool's too: at the process's
    // priority they used more CPU than the main thread under the heavy mix (issue 18, round five).
    const own = Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);
    const fresh = createHeavyPool({ size: 1 });
    try {
      const input = caseWithFlows(1) as AssessmentCase;
      const terms = {
        deadline: Date.now() + 60_000,
        timeoutMs: 60_000,
        maxWork: 4000,
        maxAnswerBytes: 1 << 30,
      };
      (await fresh.run({ kind: 'assessment', input, lang: 'en', detail: 'full', terms })).release?.();
      const others = readdirSync('/proc/self/task').filter((task) => Number(task) !== process.pid);
      const atMainPriority = others.filter((task) => {
        const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) <= own;
      });
      expect(others.length).toBeGreaterThan(4);
      expect(atMainPriority).toEqual([]);
      expect(Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16])).toBe(own);
    } finally {
      await fresh.close();
    }
  });
});

describe('light jobs have a thread of their own (the light lane)', () => {
  const terms = () => ({
    deadline: Date.now() + 60_000,
    timeoutMs: 60_000,
    maxWork: 4000,
    maxAnswerBytes: 1 << 30,
  });
  const assessment = (flows: number, light?: boolean): HeavyJob => ({
    kind: 'assessment',
    input: caseWithFlows(flows) as AssessmentCase,
    lang: 'en',
    detail: 'full',
    terms: terms(),
    ...(light ? { light } : {}),
  });

  it('a small case is answered while the only heavy thread works on a 1,000-flow case (order, not time)', async () => {
    const lanes = createHeavyPool({ size: 1 });
    try {
      // Both threads started and the engine loaded in each (through tsx: seconds on a loaded machine).
      for (const answer of await Promise.all([lanes.run(assessment(1)), lanes.run(assessment(1, true))]))
        answer.release?.();
      const order: string[] = [];
      const heavy = lanes.run(assessment(1000)).then((answer) => {
        order.push('heavy');
        answer.release?.();
      });
      const light = lanes.run(assessment(2, true)).then((answer) => {
        order.push('light');
        answer.release?.();
      });
      await Promise.all([heavy, light]);
      // Before the lane, the ten-flow assessment of the load test waited 0.7-4 s behind heavy work.
      expect(order).toEqual(['light', 'heavy']);
    } finally {
      await lanes.close();
    }
  });

  it('the app marks as light exactly the requests admission lets pass without a turn', async () => {
    const seen: [string, boolean][] = [];
    const app = createApp({
      config: { log: false, requestTimeoutMs: 120_000 },
      heavyWork: (job) => {
        seen.push([job.kind === 'documents' ? job.document : `${job.kind}`, job.light === true]);
        return pool.run(job);
      },
    });
    const documentDate = '2026-11-02';
    for (const [path, body] of [
      ['/v1/assessments', caseWithFlows(2)],
      ['/v1/assessments', caseWithFlows(1000)],
      // One flow to one importer: under the 2 KiB at which a document takes a turn.
      [
        '/v1/documents/memo',
        { case: { ...caseWithFlows(1), parties: caseWithFlows(1).parties.slice(0, 2) }, documentDate },
      ],
      ['/v1/documents/memo', { case: caseWithFlows(20), documentDate }],
      ['/v1/documents/bundle', { case: caseWithFlows(1), documentDate }],
    ] as const) {
      // Admission reads the declared length, as a client on the wire declares it.
      const text = JSON.stringify(body);
      const length = String(Buffer.byteLength(text));
      const res = await app.request(path, {
        method: 'POST',
        headers: { ...json, 'content-length': length },
        body: text,
      });
      expect(res.status, path).toBe(200);
    }
    expect(seen).toEqual([
      ['assessment', true],
      ['assessment', false],
      ['memo', true],
      ['memo', false],
      ['bundle', false],
    ]);
  });
});

describe('a large answer is written in parts, the event loop turning between them', () => {
  it('at most a quarter MiB per write to the socket, the same bytes with their Content-Length', async () => {
    const body = caseWithFlows(1000);
    const { inProcess, pooled } = apps();
    const expected = Buffer.from(await (await post(inProcess, '/v1/assessments', body)).arrayBuffer());
    const server = serve({ fetch: pooled.fetch, port: 0, hostname: '127.0.0.1' });
    // Every piece of body the app hands to Node's response, by its size.
    const writes: number[] = [];
    server.prependListener('request', (_request, response) => {
      const size = (chunk: unknown) =>
        typeof chunk === 'string'
          ? Buffer.byteLength(chunk)
          : ((chunk as Uint8Array | null)?.byteLength ?? 0);
      const write = response.write.bind(response) as (...args: unknown[]) => boolean;
      const end = response.end.bind(response) as (...args: unknown[]) => unknown;
      Object.assign(response, {
        write: (chunk: unknown, ...rest: unknown[]) => {
          writes.push(size(chunk));
          return write(chunk, ...rest);
        },
        end: (chunk: unknown, ...rest: unknown[]) => {
          if (typeof chunk !== 'function') writes.push(size(chunk));
          return end(chunk, ...rest);
        },
      });
    });
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/v1/assessments`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(body),
      });
      const got = Buffer.from(await res.arrayBuffer());
      expect(res.status).toBe(200);
      expect(got.equals(expected)).toBe(true);
      expect(res.headers.get('content-length')).toBe(String(expected.byteLength));
      expect(res.headers.get('transfer-encoding')).toBeNull();
      // Before: one end() with all 10 MB, which Node handed to the kernel in one writev.
      expect(expected.byteLength).toBeGreaterThan(4 * 1024 * 1024);
      expect(Math.max(...writes)).toBeLessThanOrEqual(256 * 1024);
      expect(writes.reduce((sum, n) => sum + n, 0)).toBe(expected.byteLength);
    } finally {
      server.close();
    }
  });
});
