import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The machine has 2 cores; more forks only fight over them.
    maxWorkers: 2,
  },
})
