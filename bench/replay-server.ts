import { serve } from '@hono/node-server';
import { createApp } from '../src/api/index.js';
import { assessmentCase } from '../src/domain/case.js';
import { assessGrouped } from '../src/engine/assess.js';
import { renderAssessmentBytes, renderLeanAssessmentBytes } from '../src/engine/render.js';
import { caseWithFlows } from './cases.js';

/**
 * The service as `npm start` runs it, plus one route only the benchmark uses. `POST /v1/bench/replay`
 * goes through the same middleware as every /v1 route and reads and parses the JSON body, then answers
 * the 10-flow assessment rendered once at start-up. It measures what receiving the case and sending that
 * answer cost with no assessment at all: the most `POST /v1/assessments` could reach on this server.
 * `GET /v1/bench/cpu` tells the server process's CPU time, so the benchmark can charge it per request.
 */
const port = Number.parseInt(process.env.PORT ?? '18788', 10);
const input = assessmentCase.parse(caseWithFlows(10));
const ready = {
  full: renderAssessmentBytes(assessGrouped(input, input.asOf ?? '2026-11-01'), 'en', 'full'),
  summary: renderAssessmentBytes(assessGrouped(input, input.asOf ?? '2026-11-01'), 'en', 'summary'),
  lean: renderLeanAssessmentBytes(assessGrouped(input, input.asOf ?? '2026-11-01'), 'en', 'full'),
};

const app = createApp({ config: { log: false } });
app.post('/v1/bench/replay', async (c) => {
  await c.req.json();
  const body =
    c.req.query('shape') === 'lean'
      ? ready.lean
      : c.req.query('detail') === 'summary'
        ? ready.summary
        : ready.full;
  return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json' });
});
// The server's own CPU time, read by the benchmark before and after each slice of load.
app.get('/v1/bench/cpu', (c) => {
  const { user, system } = process.cpuUsage();
  return c.json({ micros: user + system });
});
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
