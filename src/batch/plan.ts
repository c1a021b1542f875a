import type { Kysely } from 'kysely'
import type { Catalog } from '../catalog/index.js'
import { batchBag } from './bag-spec.js'
import { findResultKeysBetween } from './result.repository.js'
import type { ResultKeyRow } from './result.repository.js'
import type { BatchDatabase } from './result.table.js'
import { BATCH_STATUSES } from './types.js'
import type { BatchStatus, Subject, WorkBag } from './types.js'

/** Bags read per query while planning: big pages are fewer round trips, small ones less memory. */
const PAGE_SIZE = 1000

/**
 * Where the catalog stands against its stored results, for one set of subjects, and what is left to decide.
 * `pairs = bags × subjects = Σ current + stale + missing`, always.
 */
export interface BatchPlan {
  subjects: Subject[]
  timeLimitMs: number
  bags: number
  pairs: number
  /** Up-to-date results by status. */
  current: Record<BatchStatus, number>
  /** Up-to-date results by status for each subject, in the order of `subjects`. */
  currentBySubject: Record<BatchStatus, number>[]
  /** Stored results made on other content (an edit since), or `unknown` with a shorter time limit than asked. */
  stale: number
  /** Pairs with no stored result. */
  missing: number
  /** Bags with pairs to decide, in id order, each with the subjects (indexes into `subjects`) to decide. */
  work: WorkBag[]
}

/**
 * Reads every bag (a page at a time) and the stored results of the page, and sorts each (bag, subject) pair into
 * current, stale or missing. Decides nothing and writes nothing. A stored `unknown` is current only when it was
 * given at least `timeLimitMs`: raise the limit to try those again.
 */
export async function planBatch(
  catalog: Catalog,
  subjects: readonly Subject[],
  {
    timeLimitMs,
    onProgress,
  }: { timeLimitMs: number; onProgress?: (bagsDone: number, bagsTotal: number) => void },
): Promise<BatchPlan> {
  const db = batchDb(catalog)
  const bagsTotal = await catalog.count('bags')
  const plan: BatchPlan = {
    subjects: [...subjects],
    timeLimitMs,
    bags: 0,
    pairs: 0,
    current: zeroCounts(),
    currentBySubject: subjects.map(zeroCounts),
    stale: 0,
    missing: 0,
    work: [],
  }
  onProgress?.(0, bagsTotal)
  for (let offset = 0; ; offset += PAGE_SIZE) {
    // 1. A page of bags in id order, and the stored results of the same id range.
    const page = await catalog.list('bags', { limit: PAGE_SIZE, offset })
    if (page.length === 0) break
    const stored = new Map<string, ResultKeyRow>()
    for (const row of await findResultKeysBetween(db, page[0]!.id, page.at(-1)!.id)) {
      stored.set(pairId(row.bag_id, row.subject_kind, row.subject_id), row)
    }
    // 2. Each pair is current, stale or missing; bags with stale or missing pairs become work.
    for (const bag of page) {
      const carried = batchBag(bag)
      const todo: number[] = []
      subjects.forEach((subject, i) => {
        const row = stored.get(pairId(bag.id, subject.kind, subject.id))
        if (!row) {
          plan.missing++
          todo.push(i)
        } else if (isCurrent(row, carried.key, subject.key, timeLimitMs)) {
          plan.current[row.status as BatchStatus]++
          plan.currentBySubject[i]![row.status as BatchStatus]++
        } else {
          plan.stale++
          todo.push(i)
        }
      })
      if (todo.length > 0) plan.work.push({ ...carried, subjects: todo })
    }
    plan.bags += page.length
    onProgress?.(plan.bags, Math.max(bagsTotal, plan.bags))
  }
  plan.pairs = plan.bags * subjects.length
  return plan
}

/** Pairs still to decide in a plan. */
export function pairsToDo(plan: BatchPlan): number {
  return plan.stale + plan.missing
}

/** Whether a stored result answers for this content and this time limit. */
export function isCurrent(
  row: ResultKeyRow,
  bagKey: string,
  subjectKey: string,
  timeLimitMs: number,
): boolean {
  if (row.bag_key !== bagKey || row.subject_key !== subjectKey) return false
  return row.status !== 'unknown' || row.time_limit_ms >= timeLimitMs
}

/** The catalog's database seen with the batch's table (migration `0003-batch-results` created it). */
export function batchDb(catalog: Catalog): Kysely<BatchDatabase> {
  return catalog.db as unknown as Kysely<BatchDatabase>
}

function zeroCounts(): Record<BatchStatus, number> {
  return Object.fromEntries(BATCH_STATUSES.map((s) => [s, 0])) as Record<BatchStatus, number>
}

function pairId(bagId: string, kind: string, subjectId: string): string {
  return `${bagId}\u0000${kind}\u0000${subjectId}`
}
