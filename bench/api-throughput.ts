import autocannon from 'autocannon';
import { createApp } from '../src/api/index.js';
import { caseWithFlows } from './cases.js';
import { startServer } from './server.js';
import { type Benchmark, type BenchRow, percentile } from './types.js';

const seconds = 10;
const connections = 16;

async function requestsPerSecond(url: string, init: { method?: string; body?: string } = {}) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: (init.method ?? 'GET') as 'GET' | 'POST',
    ...(init.body ? { body: init.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${url}: ${bad} failed requests`);
  return result.requests.average;
}

/**
 * POST /v1/assessments (10 flows) against a trivial JSON route on the same server, plus a 1,000-flow
 * batch. The server is the service with one benchmark-only route that answers the same assessment
 * ready-made (bench/replay-server.ts): the bound set by receiving the case and sending the answer.
 */
export const run: Benchmark = async () => {
  const server = await startServer(18_787, 'bench/replay-server.ts');
  try {
    const base = 'http://127.0.0.1:18787';
    const ceiling = await requestsPerSecond(`${base}/healthz`);
    const tenFlows = JSON.stringify(caseWithFlows(10));
    const trivialPost = await requestsPerSecond(`${base}/v1/wizard/transfer`, {
      method: 'POST',
      body: JSON.stringify({ answers: [] }),
    });
    const replayFull = await requestsPerSecond(`${base}/v1/bench/replay`, { method: 'POST', body: tenFlows });
    const replaySummary = await requestsPerSecond(`${base}/v1/bench/replay?detail=summary`, {
      method: 'POST',
      body: tenFlows,
    });
    const assess = await requestsPerSecond(`${base}/v1/assessments`, { method: 'POST', body: tenFlows });
    const summary = await requestsPerSecond(`${base}/v1/assessments?detail=summary`, {
      method: 'POST',
      body: tenFlows,
    });
    const answerBytes = async (query: string) => {
      const res = await fetch(`${base}/v1/assessments${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: tenFlows,
      });
      return (await res.arrayBuffer()).byteLength;
    };
    const fullBytes = await answerBytes('');
    const summaryBytes = await answerBytes('?detail=summary');

    // The big batch is timed in process: it measures the engine and validation, not the network.
    const app = createApp({ config: { log: false } });
    const body = JSON.stringify(caseWithFlows(1000));
    const samples: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const started = performance.now();
      const res = await app.request('/v1/assessments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`1,000-flow batch answered ${res.status}`);
      if (i >= 3) samples.push(performance.now() - started);
    }
    const batch = percentile(samples, 50);
    const rows: BenchRow[] = [
      {
        name: `GET /healthz (ceiling), ${connections} connections, ${seconds} s`,
        value: ceiling,
        unit: 'req/s',
      },
      {
        name: 'POST /v1/wizard/transfer, first question (a trivial POST)',
        value: trivialPost,
        unit: 'req/s',
        ratio: { against: 'ceiling', value: trivialPost / ceiling },
      },
      {
        name: 'the same full answer, ready-made: body read and parsed, no assessment (the bound)',
        value: replayFull,
        unit: 'req/s',
        extra: { answerKiB: fullBytes / 1024 },
        ratio: { against: 'ceiling', value: replayFull / ceiling },
      },
      {
        name: 'the same summary answer, ready-made (the bound for summary)',
        value: replaySummary,
        unit: 'req/s',
        extra: { answerKiB: summaryBytes / 1024 },
        ratio: { against: 'ceiling', value: replaySummary / ceiling },
      },
      {
        name: 'POST /v1/assessments, 10 flows, full answer',
        value: assess,
        unit: 'req/s',
        extra: { answerKiB: fullBytes / 1024, ofBound: assess / replayFull },
        ratio: { against: 'ceiling', value: assess / ceiling },
        target: { text: 'ratio ≥ 0.5', met: assess / ceiling >= 0.5 },
      },
      {
        name: 'POST /v1/assessments?detail=summary, 10 flows',
        value: summary,
        unit: 'req/s',
        extra: { answerKiB: summaryBytes / 1024 },
        ratio: { against: 'ceiling', value: summary / ceiling },
      },
      {
        name: 'POST /v1/assessments, 1,000 flows, in process',
        value: batch,
        unit: 'ms median',
        extra: { p99: percentile(samples, 99) },
        target: { text: '< 100 ms', met: batch < 100 },
      },
    ];
    return rows;
  } finally {
    await server.stop();
  }
};
