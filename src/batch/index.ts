/**
 * What-fits at catalog scale: every bag against every chosen kit and item, results stored in the catalog database
 * with the content keys they were decided on. One machine: `runBatchWhatFits` on worker threads. Many machines:
 * `enqueueBatch` puts the work on a BullMQ queue in Redis and `runQueueWorker` runs anywhere. See docs/batch.md.
 */
export { runBatchWhatFits, DEFAULT_BATCH_TIME_LIMIT_MS } from './what-fits.js'
export type { BatchWhatFitsOptions, BatchWhatFitsSummary } from './what-fits.js'
export { enqueueBatch } from './enqueue.js'
export type { EnqueueOptions, EnqueueSummary } from './enqueue.js'
export { runQueueWorker, DEFAULT_LOCK_MS } from './queue-worker.js'
export type { QueueWorkerOptions, QueueWorkerSummary } from './queue-worker.js'
export {
  addJobs,
  connectRedis,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_BAGS_PER_JOB,
  DEFAULT_QUEUE_NAME,
  describeRedisUrl,
  jobOptions,
  openQueue,
  planJobs,
  reportQueue,
  unfinishedJobs,
} from './queue.js'
export type { AddedJobs, PlannedJob, QueueReport, WhatFitsJobData } from './queue.js'
export { planBatch, pairsToDo, batchDb } from './plan.js'
export type { BatchPlan } from './plan.js'
export { chooseSubjects } from './subjects.js'
export type { SubjectChoice } from './subjects.js'
export { batchBag } from './bag-spec.js'
export { bagKey, subjectKey } from './keys.js'
export { solveBags } from './solve.js'
export type { SolveTask } from './solve.js'
export { generateBags, seedBagSpread, syntheticBag } from './generate.js'
export type { BagSpread } from './generate.js'
export { countResultRows, deleteOrphanResultRows, listResultRows } from './result.repository.js'
export { rowToResult } from './result.table.js'
export type { BatchDatabase, BatchResultRow } from './result.table.js'
export { createProgress, formatDuration, formatProgress } from './progress.js'
export type { Progress } from './progress.js'
export { BATCH_STATUSES } from './types.js'
export type { BatchBag, BatchResult, BatchStatus, Subject, SubjectKind, WorkBag } from './types.js'
