import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI, the worker threads and the page run as built: rebuild them first when src/ or web/ changed.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The machine has 2 cores; more forks only fight over them.
    maxWorkers: 2,
  },
})
