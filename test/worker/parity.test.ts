import { exports } from 'cloudflare:workers';
import { describe, it } from 'vitest';
import { parityCases, runParityCase } from '../parity-cases.js';

// Runs inside workerd against the Worker entry of wrangler.toml: the same cases as the Node suite.
describe('the Worker answers the shared cases in workerd', () => {
  for (const c of parityCases) {
    it(c.name, () => runParityCase((req) => exports.default.fetch(req), c));
  }
});
