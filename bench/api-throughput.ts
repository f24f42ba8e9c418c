import autocannon from 'autocannon';
import { createApp } from '../src/api/index.js';
import { caseWithDistinctFlows, caseWithFlows } from './cases.js';
import { startServer } from './server.js';
import { type Benchmark, type BenchRow, percentile } from './types.js';

const sliceSeconds = 2;
const rounds = 4;
const connections = 16;
// BENCH_PORT: on a shared machine each developer keeps to a port range of their own.
const port = Number(process.env.BENCH_PORT ?? 18_787);
const base = `http://127.0.0.1:${port}`;

interface Load {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
}

/** Requests answered, seconds, and CPU of the server and of this process (the load generator). */
interface Tally {
  requests: number;
  seconds: number;
  serverMicros: number;
  generatorMicros: number;
}

async function serverCpuMicros(): Promise<number> {
  const res = await fetch(`${base}/v1/bench/cpu`);
  return ((await res.json()) as { micros: number }).micros;
}

async function slice(load: Load, tally: Tally) {
  const serverBefore = await serverCpuMicros();
  const generatorBefore = process.cpuUsage();
  const result = await autocannon({
    url: `${base}${load.path}`,
    connections,
    duration: sliceSeconds,
    method: load.method ?? 'GET',
    ...(load.body ? { body: load.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const generator = process.cpuUsage(generatorBefore);
  const serverAfter = await serverCpuMicros();
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${load.path}: ${bad} failed requests`);
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  tally.serverMicros += serverAfter - serverBefore;
  tally.generatorMicros += generator.user + generator.system;
}

/**
 * The API under load, route by route, with the server's own CPU per request beside the requests per
 * second. Background load on this shared machine moves by a factor of five between minutes, so the routes
 * are not measured one after the other but in short slices taken in turn, several rounds: whatever the
 * machine is doing falls on each route alike. The server is the service plus two benchmark-only routes
 * (bench/replay-server.ts): the same 10-flow answer sent ready-made, which is the bound set by receiving
 * the case and sending the answer, and the server's CPU clock.
 */
export const run: Benchmark = async () => {
  const server = await startServer(port, 'bench/replay-server.ts');
  try {
    const tenFlows = JSON.stringify(caseWithFlows(10));
    const loads: Load[] = [
      { name: 'GET /healthz (ceiling)', path: '/healthz' },
      {
        name: 'POST /v1/wizard/transfer, first question (a trivial POST)',
        path: '/v1/wizard/transfer',
        method: 'POST',
        body: JSON.stringify({}),
      },
      {
        name: 'the same full answer, ready-made: body read and parsed, no assessment (the bound)',
        path: '/v1/bench/replay',
        method: 'POST',
        body: tenFlows,
      },
      {
        name: 'POST /v1/assessments, 10 distinct flows, full answer',
        path: '/v1/assessments',
        method: 'POST',
        body: tenFlows,
      },
      {
        name: 'POST /v1/assessments?detail=summary, 10 distinct flows',
        path: '/v1/assessments?detail=summary',
        method: 'POST',
        body: tenFlows,
      },
      {
        name: 'the same lean answer, ready-made (the bound of the lean answer)',
        path: '/v1/bench/replay?shape=lean',
        method: 'POST',
        body: tenFlows,
      },
      {
        name: 'POST /v1/assessments?shape=lean, 10 distinct flows, full detail (docs/lean-answer.md)',
        path: '/v1/assessments?shape=lean',
        method: 'POST',
        body: tenFlows,
      },
    ];
    const tallies = loads.map(() => ({ requests: 0, seconds: 0, serverMicros: 0, generatorMicros: 0 }));
    for (let round = 0; round < rounds; round += 1) {
      for (const [i, load] of loads.entries()) await slice(load, tallies[i]!);
    }
    const answerKiB = async (query: string) => {
      const res = await fetch(`${base}/v1/assessments${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: tenFlows,
      });
      return (await res.arrayBuffer()).byteLength / 1024;
    };
    const perSecond = (t: Tally) => t.requests / t.seconds;
    const cpuMs = (t: Tally) => t.serverMicros / 1000 / t.requests;
    const generatorMs = (t: Tally) => t.generatorMicros / 1000 / t.requests;
    const [ceiling, , bound, full, , leanBound, lean] = tallies as Tally[] as [
      Tally,
      Tally,
      Tally,
      Tally,
      Tally,
      Tally,
      Tally,
    ];
    const rows: BenchRow[] = loads.map((load, i) => {
      const t = tallies[i]!;
      return {
        name: `${load.name}, ${connections} connections, ${rounds} × ${sliceSeconds} s slices in turn`,
        value: perSecond(t),
        unit: 'req/s',
        extra: { serverCpuMs: cpuMs(t), generatorCpuMs: generatorMs(t) },
        ...(i > 0 ? { ratio: { against: 'ceiling', value: perSecond(t) / perSecond(ceiling) } } : {}),
      };
    });
    const fullRow = rows[3]!;
    fullRow.extra = {
      ...fullRow.extra,
      answerKiB: await answerKiB(''),
      ofBound: perSecond(full) / perSecond(bound),
    };
    fullRow.target = {
      text: 'server CPU ≤ 0.4 ms per request and ≥ 0.5 of the bound',
      met: cpuMs(full) <= 0.4 && perSecond(full) / perSecond(bound) >= 0.5,
    };
    rows[4]!.extra = { ...rows[4]!.extra, answerKiB: await answerKiB('?detail=summary') };
    const leanRow = rows[6]!;
    leanRow.extra = {
      ...leanRow.extra,
      answerKiB: await answerKiB('?shape=lean'),
      ofBound: perSecond(lean) / perSecond(leanBound),
    };
    leanRow.target = {
      text: 'server CPU ≤ 0.4 ms per request and ≥ 0.5 of its bound',
      met: cpuMs(lean) <= 0.4 && perSecond(lean) / perSecond(leanBound) >= 0.5,
    };
    rows.push(...(await batches()));
    return rows;
  } finally {
    await server.stop();
  }
};

/** 1,000 flows in one request, in process (the engine and validation, not the network). */
async function batches(): Promise<BenchRow[]> {
  const app = createApp({ config: { log: false } });
  const distinct = JSON.stringify(caseWithDistinctFlows(1000));
  const bodies = { distinct, grouped: JSON.stringify(caseWithFlows(1000)), lean: distinct };
  const samples = { distinct: [] as number[], grouped: [] as number[], lean: [] as number[] };
  // In turn, as above; the first rounds warm the code up and are not counted.
  for (let i = 0; i < 12; i += 1) {
    for (const kind of ['distinct', 'grouped', 'lean'] as const) {
      const started = performance.now();
      const res = await app.request(`/v1/assessments${kind === 'lean' ? '?shape=lean' : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodies[kind],
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`1,000-flow batch (${kind}) answered ${res.status}`);
      if (i >= 2) samples[kind].push(performance.now() - started);
    }
  }
  const median = (kind: keyof typeof samples) => percentile(samples[kind], 50);
  return [
    {
      name: 'POST /v1/assessments, 1,000 distinct flows (each to its own importer), in process',
      value: median('distinct'),
      unit: 'ms median',
      extra: { p99: percentile(samples.distinct, 99) },
      target: { text: '≤ 150 ms', met: median('distinct') <= 150 },
    },
    {
      name: 'POST /v1/assessments?shape=lean, 1,000 distinct flows, in process',
      value: median('lean'),
      unit: 'ms median',
      extra: { p99: percentile(samples.lean, 99) },
      target: { text: '≤ 150 ms', met: median('lean') <= 150 },
    },
    {
      name: 'POST /v1/assessments, 1,000 flows of ten patterns (assessed once per pattern), in process',
      value: median('grouped'),
      unit: 'ms median',
      extra: { p99: percentile(samples.grouped, 99) },
      target: { text: '< 100 ms', met: median('grouped') < 100 },
    },
  ];
}
