import { solveBags } from './solve.js'
import type { SolveTask } from './solve.js'
import type { BatchResult } from './types.js'

/** The worker thread's entry: piscina calls the default export once per task. */
export default function solveTask(task: SolveTask): BatchResult[] {
  return solveBags(task)
}
