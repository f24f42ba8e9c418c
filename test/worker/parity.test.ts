import { exports } from 'cloudflare:workers';
import { beforeAll, describe, it } from 'vitest';
import { parityCases, runParityCase } from '../parity-cases.js';

// Runs inside workerd against the Worker entry of wrangler.toml: the same cases as the Node suite.
describe('the Worker answers the shared cases in workerd', () => {
  // The first request loads the Worker and its legal data; on a loaded machine that alone can take
  // longer than a test's 5 s, so it is made once here, outside the cases (its answer is not checked).
  beforeAll(async () => {
    await exports.default.fetch(new Request('http://localhost/healthz'));
    const first = parityCases.find((c) => c.path.startsWith('/v1/assessments'));
    if (first) await exports.default.fetch(new Request(`http://localhost${first.path}`, first.init));
  }, 60_000);

  for (const c of parityCases) {
    it(c.name, () => runParityCase((req) => exports.default.fetch(req), c));
  }
});
