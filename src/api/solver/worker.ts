import { runTaskSafely } from './tasks.js'
import type { SolverTask, TaskOutcome } from './tasks.js'

/** The worker thread's entry (piscina calls the default export once per task). */
export default function solve(task: SolverTask): TaskOutcome {
  return runTaskSafely(task)
}
