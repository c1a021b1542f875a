import { resolve } from 'node:path'
import { DIST, ensureFresh, LIBRARY, WEB } from './fresh-build.js'

/**
 * Vitest's global setup: before any test file runs, rebuild `dist/`, the bundled root entry and `web/dist/` when the
 * sources changed since they were built, so that the tests that run the CLI, worker threads, the package or the
 * served page run the code being edited.
 * `npm test` builds through this setup; with nothing changed since the last run it costs a hash of the sources.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..')
  for (const target of [DIST, LIBRARY, WEB]) {
    const done = ensureFresh(root, target)
    if (done) console.log(done)
  }
}
