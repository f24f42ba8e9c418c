// Mutation testing: `npm run test:mutation` (scripts/test-mutation.sh: the four scopes one after another,
// each with the tests of its rules). See test/MUTATION.md.
const scope = process.env.MUTATION_SCOPE ?? 'all';
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['machines/**/*.ts', 'src/engine/**/*.ts', 'src/tia/**/*.ts', 'src/documents/views/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${scope}.json`,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  timeoutMS: 20000,
  // The first, unmutated run of the suite with per-test coverage; slow on a shared machine.
  dryRunTimeoutMinutes: 20,
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
