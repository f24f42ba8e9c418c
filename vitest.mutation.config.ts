import { defineConfig } from 'vitest/config';

/**
 * Mutation testing (StrykerJS) runs Node tests only: its vitest runner cannot drive the workerd pool. Which
 * tests run is given per scope by scripts/test-mutation.sh (MUTATION_TESTS, comma-separated globs): the
 * tests of the rules being mutated, so a run fits on a shared two-core machine. A mutant those tests miss
 * may still be killed by the rest of the suite: the score is a lower bound.
 */
const tests = (process.env.MUTATION_TESTS ?? 'test/**/*.test.ts').split(',');

export default defineConfig({
  test: {
    include: tests,
    exclude: ['test/worker/**'],
    // The questionnaire driver keeps the steps it has computed; forget them before each test (see the file).
    setupFiles: ['test/mutation-setup.ts'],
    // Instrumented code on a shared machine is slower: a timeout here would be a false failure.
    testTimeout: 60_000,
  },
});
