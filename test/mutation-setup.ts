import { beforeEach } from 'vitest';
import { forgetKeptSteps } from '../machines/questionnaire.js';
import { forgetLookahead } from '../src/tia/assess.js';

// Mutation testing only (vitest.mutation.config.ts): every test runs the machines' code and the TIA's
// look-ahead afresh, so Stryker's per-test coverage sees each test that reaches a mutant, not only the first
// to walk that path.
beforeEach(() => {
  forgetKeptSteps();
  forgetLookahead();
});
