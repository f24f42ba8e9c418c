import { describe, it } from 'vitest';
import { createApp } from '../../src/api/index.js';
import { parityCases, runParityCase } from '../parity-cases.js';

// The same cases run inside workerd in test/worker/parity.test.ts.
describe('the Node app answers the shared cases', () => {
  const app = createApp();
  for (const c of parityCases) {
    it(c.name, () => runParityCase(async (req) => app.fetch(req), c));
  }
});
