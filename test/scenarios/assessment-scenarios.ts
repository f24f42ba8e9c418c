import { scenarios as adequacy } from './adequacy.scenarios.js';
import { scenarios as chains } from './chains.scenarios.js';
import { scenarios as dates } from './dates.scenarios.js';
import { scenarios as dpfHrData } from './dpf-hr-data.scenarios.js';
import { scenarios as footings } from './footings.scenarios.js';
import { scenarios as modules } from './modules.scenarios.js';
import { scenarios as onward } from './onward.scenarios.js';
import { scenarios as review } from './review.scenarios.js';
import type { AssessmentScenario, TiaScenario } from './scenario.js';
import { scenarios as trail } from './trail.scenarios.js';
import { scenarios as transferTest } from './transfer-test.scenarios.js';
import { scenarios as warnings } from './warnings.scenarios.js';

/**
 * The scenarios of every file but the TIA's own (tia.scenarios.ts), in one list for the tests that run
 * them all (review flags, whole texts, the lean answer): a new scenario file is added here once.
 */
export const assessmentScenarioFiles = [
  ...transferTest,
  ...adequacy,
  ...dpfHrData,
  ...modules,
  ...footings,
  ...onward,
  ...chains,
  ...trail,
  ...dates,
  ...review,
  ...warnings,
] as (AssessmentScenario | TiaScenario)[];
