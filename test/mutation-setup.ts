import { beforeEach } from 'vitest';
import { forgetKeptSteps } from '../machines/questionnaire.js';

// Mutation testing only (vitest.mutation.config.ts): every test runs the machines' code afresh, so Stryker's
// per-test coverage sees each test that reaches a mutant, not only the first to walk that path.
beforeEach(() => forgetKeptSteps());
