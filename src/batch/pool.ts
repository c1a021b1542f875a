import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import { fail } from '../errors.js'
import { solveBags } from './solve.js'
import type { SolveTask } from './solve.js'
import type { BatchResult } from './types.js'

/** Solves tasks on worker threads, or on the calling thread when it has none. */
export interface SolvePool {
  /** Worker threads (0: tasks run on the calling thread, one at a time). */
  readonly threads: number
  solve(task: SolveTask): Promise<BatchResult[]>
  /** Lets running tasks finish, then stops the threads. */
  close(): Promise<void>
}

/**
 * A pool of `threads` worker threads running the compiled `solve-thread.js`: the file next to this one when this is
 * `dist/batch/pool.js`, and `dist/batch/solve-thread.js` when this is the TypeScript source (tests), which the tests'
 * global setup rebuilds whenever `src/` changed. `threads: 0` solves on the calling thread: no start-up cost, for
 * small runs and tests.
 * Throws `INTERNAL` when there is no compiled thread file.
 */
export function createSolvePool(threads: number): SolvePool {
  if (threads === 0) {
    return {
      threads,
      solve: async (task) => solveBags(task),
      close: async () => undefined,
    }
  }
  const fromSource = import.meta.url.endsWith('.ts')
  const file = fileURLToPath(
    new URL(fromSource ? '../../dist/batch/solve-thread.js' : './solve-thread.js', import.meta.url),
  )
  if (!existsSync(file)) fail('INTERNAL', `The compiled worker thread ${file} is missing: run npm run build.`)
  const piscina = new Piscina({
    filename: file,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // From the sources the parent may run under vitest or tsx, whose loader hooks compiled threads do not need.
    ...(fromSource && { execArgv: [] }),
  })
  return {
    threads,
    solve: (task) => piscina.run(task) as Promise<BatchResult[]>,
    close: () => piscina.close(),
  }
}
