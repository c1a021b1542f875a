import { hostname } from 'node:os'
import { threadId } from 'node:worker_threads'
import { bagInterior, parseBagSpec } from '../bag/index.js'
import { MicropurseError } from '../errors.js'
import type { FitContainer } from '../pack/types.js'
import { judgeEntries } from '../services/what-fits.js'
import type { BatchResult, BatchStatus, Subject, WorkBag } from './types.js'

/** A piece of work for one thread: bags, each with the subjects (indexes into `subjects`) still to decide. */
export interface SolveTask {
  subjects: Subject[]
  bags: WorkBag[]
  /** Time limit of each fit, in milliseconds. */
  timeLimitMs: number
}

/** `host:pid/thread`, the `computedBy` of results decided here. */
export function solverName(): string {
  return `${hostname()}:${process.pid}/${threadId}`
}

/**
 * Decides every (bag, subject) pair of the task. Pure apart from the clock: no database, so it runs in a worker
 * thread. For each bag:
 * 1. no full size or shape: every pair is `unknown-size`, with what is missing;
 * 2. a spec the bag layer rejects: `invalid-bag`, with the bag layer's message;
 * 3. walls that leave no room or no opening: nothing can go in, `does-not-fit` with the bag layer's numbers;
 * 4. otherwise each subject is fitted alone in the derived container with the time limit, exactly as
 *    `what-fits --bag` does; a time-out stays `unknown`.
 */
export function solveBags(task: SolveTask, computedBy = solverName()): BatchResult[] {
  const results: BatchResult[] = []
  for (const bag of task.bags) {
    const started = performance.now()
    const room = deriveRoom(bag)
    // The derivation's cost is shared out over the bag's pairs.
    const deriveMs = (performance.now() - started) / Math.max(1, bag.subjects.length)
    for (const index of bag.subjects) {
      const subject = task.subjects[index]!
      const t0 = performance.now()
      let status: BatchStatus
      let reason: string
      if ('container' in room) {
        const [verdict] = judgeEntries(room.container, [subject], {
          timeLimitMs: task.timeLimitMs,
          budgetMs: Infinity,
        })
        status = verdict!.status
        reason = status === 'fits' ? '' : verdict!.reason
      } else {
        ;({ status, reason } = room)
      }
      results.push({
        bagId: bag.id,
        subjectKind: subject.kind,
        subjectId: subject.id,
        bagKey: bag.key,
        subjectKey: subject.key,
        status,
        reason,
        timeLimitMs: task.timeLimitMs,
        elapsedMs: round(deriveMs + performance.now() - t0),
        computedBy,
        computedAt: new Date().toISOString(),
      })
    }
  }
  return results
}

/** The bag's container, or the answer every subject gets when there is none. */
function deriveRoom(bag: WorkBag): { container: FitContainer } | { status: BatchStatus; reason: string } {
  if ('missing' in bag.spec)
    return { status: 'unknown-size', reason: `size unknown: the bag has ${bag.spec.missing}` }
  let spec
  try {
    spec = parseBagSpec(bag.spec)
  } catch (error) {
    if (error instanceof MicropurseError) return { status: 'invalid-bag', reason: error.message }
    throw error
  }
  try {
    return { container: bagInterior(spec).container }
  } catch (error) {
    if (error instanceof MicropurseError && error.code === 'INVALID_BAG')
      return { status: 'does-not-fit', reason: `Nothing fits. ${error.message}` }
    throw error
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}
