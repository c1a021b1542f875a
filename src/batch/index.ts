/**
 * What-fits at catalog scale: every bag against every chosen kit and item, results stored in the catalog database
 * with the content keys they were decided on. One machine: `runBatchWhatFits` on worker threads. Many machines:
 * `enqueueBatch` puts the work on a BullMQ queue in Redis and `runQueueWorker` runs anywhere. See docs/batch.md.
 */
export { runBatchWhatFits, DEFAULT_BATCH_TIME_LIMIT_MS } from './what-fits.js'
export type { BatchWhatFitsSummary } from './what-fits.js'
export { enqueueBatch } from './enqueue.js'
export { runQueueWorker, DEFAULT_LOCK_MS } from './queue-worker.js'
export {
  connectRedis,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_BAGS_PER_JOB,
  DEFAULT_QUEUE_NAME,
  describeRedisUrl,
  openQueue,
  planJobs,
  reportQueue,
} from './queue.js'
export type { QueueReport, WhatFitsJobData } from './queue.js'
export { planBatch, pairsToDo, batchDb } from './plan.js'
export type { BatchPlan } from './plan.js'
export { chooseSubjects } from './subjects.js'
export type { SubjectChoice } from './subjects.js'
export { batchBag } from './bag-spec.js'
export { bagKey, subjectKey } from './keys.js'
export { generateBags, seedBagSpread, syntheticBag } from './generate.js'
export { countResultRows, listResultRows } from './result.repository.js'
export { createProgress, formatDuration, formatProgress } from './progress.js'
export { BATCH_STATUSES } from './types.js'
