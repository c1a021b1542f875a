import { resolve } from 'node:path'
import { DIST, ensureFresh, WEB } from './fresh-build.js'

/**
 * Vitest's global setup: before any test file runs, rebuild `dist/` and `web/dist/` when the sources changed since
 * they were built, so that the tests that run the CLI, worker threads or the served page run the code being edited.
 * A run after `npm run build` finds both fresh and costs a hash of the sources (a few milliseconds).
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..')
  for (const target of [DIST, WEB]) {
    const done = ensureFresh(root, target)
    if (done) console.log(done)
  }
}
