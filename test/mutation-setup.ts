import { beforeEach } from 'vitest';
import { forgetKeptSteps } from '../machines/questionnaire.js';
import { forgetMarkedPlaces } from '../src/engine/like-flows.js';
import { forgetLawProfileJson } from '../src/engine/render.js';
import { forgetLeanEntries } from '../src/engine/render-lean.js';
import { forgetLookahead } from '../src/tia/assess.js';

// Mutation testing only (vitest.mutation.config.ts): every test runs the machines', the engine's and the
// TIA's code afresh (the TIA's look-ahead included), so Stryker's per-test coverage sees each test that
// reaches a mutant, not only the first to walk that path or to write that piece of legal data (a decision's
// lean entry, a law profile's JSON).
beforeEach(() => {
  forgetKeptSteps();
  forgetLeanEntries();
  forgetLawProfileJson();
  forgetMarkedPlaces();
  forgetLookahead();
});
