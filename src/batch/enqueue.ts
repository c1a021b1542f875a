import type { Catalog } from '../catalog/index.js'
import { batchDb, planBatch } from './plan.js'
import type { BatchPlan } from './plan.js'
import { addJobs, connectRedis, DEFAULT_QUEUE_NAME, openQueue, planJobs } from './queue.js'
import type { AddedJobs } from './queue.js'
import { deleteOrphanResultRows } from './result.repository.js'
import { chooseSubjects } from './subjects.js'
import type { SubjectChoice } from './subjects.js'
import { DEFAULT_BATCH_TIME_LIMIT_MS } from './what-fits.js'

/** Options of `enqueueBatch`. */
export interface EnqueueOptions {
  /** `redis://host:port`. */
  queueUrl: string
  queueName?: string
  subjects?: SubjectChoice
  timeLimitMs?: number
  bagsPerJob?: number
  attempts?: number
  backoffMs?: number
  onProgress?: (bagsDone: number, bagsTotal: number) => void
}

/** What `enqueueBatch` found and queued. */
export interface EnqueueSummary extends AddedJobs {
  plan: BatchPlan
  removed: number
  jobs: number
}

/**
 * `micropurse batch enqueue`: plans like `batch what-fits` (only missing or stale pairs) and puts the work on a
 * BullMQ queue as jobs of `bagsPerJob` bags, for `batch worker`s on any number of machines. Enqueueing the same
 * work twice adds nothing; a job that had failed for good is put back with fresh tries.
 */
export async function enqueueBatch(catalog: Catalog, options: EnqueueOptions): Promise<EnqueueSummary> {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_BATCH_TIME_LIMIT_MS
  const connection = await connectRedis(options.queueUrl)
  const queue = openQueue(connection, options.queueName ?? DEFAULT_QUEUE_NAME)
  try {
    // 1. Forget results of what the catalog no longer has, then plan as a local run would.
    const removed = await deleteOrphanResultRows(batchDb(catalog))
    const subjects = await chooseSubjects(catalog, options.subjects)
    const plan = await planBatch(catalog, subjects, {
      timeLimitMs,
      ...(options.onProgress && { onProgress: options.onProgress }),
    })
    // 2. Jobs of a few bags each, added unless the same work is already queued.
    const jobs = planJobs(plan, options.bagsPerJob)
    const added = await addJobs(queue, jobs, options)
    return { plan, removed, jobs: jobs.length, ...added }
  } finally {
    await queue.close()
    await connection.quit()
  }
}
