import { configDefaults, defineConfig } from 'vitest/config';

// The test runner's own worker-channel races under heavy load (a worker torn down while a message to the main
// process was pending, or a message not answered in time) are not errors of Legeplan: they are printed, but they do
// not fail the run. Every other error caught outside a test still fails it.
const RUNNER_CHANNEL_ERROR = /^\[vitest-worker\]: (Closing rpc while|Timeout calling)/;

export default defineConfig({
  test: {
    onUnhandledError(error) {
      if (error.name === 'EnvironmentTeardownError' || RUNNER_CHANNEL_ERROR.test(error.message)) {
        console.warn(`Ignored test-runner channel error: ${error.message}`);
        return false;
      }
      return undefined;
    },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'test/tooling/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'api', include: ['test/api/**/*.int.test.ts'], exclude: [...configDefaults.exclude, 'test/api/process.int.test.ts', 'test/api/install-process.int.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      // The server and CLI as processes run the production build, made once before them.
      { test: { name: 'process', include: ['test/api/process.int.test.ts', 'test/api/install-process.int.test.ts'], globalSetup: ['test/api/global-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], globalSetup: ['test/e2e/global-setup.ts'], testTimeout: 60_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
