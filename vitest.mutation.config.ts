import { defineConfig } from 'vitest/config';

// Mutation testing (StrykerJS) runs the Node project only: its vitest runner cannot drive the workerd
// pool, and every rule it mutates is also exercised by the Node tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The DPF import/search tests exercise src/dpf (outside the mutated scope) and spawn processes.
    exclude: ['test/worker/**', 'test/dpf/**'],
    // Instrumented code on a shared machine is slower: a timeout here would be a false failure.
    testTimeout: 60_000,
  },
});
