/**
 * `micropurse/batch`: what-fits over a whole catalog, on worker threads (`runBatchWhatFits`) or across machines on a
 * BullMQ queue in Redis (`enqueueBatch`, `runQueueWorker`; needs `bullmq` and `ioredis`). See docs/batch.md.
 */
export { MicropurseError } from '../errors.js'
export type { ErrorCode } from '../errors.js'
export { runBatchWhatFits } from '../batch/what-fits.js'
export type { BatchWhatFitsOptions, BatchWhatFitsSummary } from '../batch/what-fits.js'
export { enqueueBatch } from '../batch/enqueue.js'
export type { EnqueueOptions, EnqueueSummary } from '../batch/enqueue.js'
export { runQueueWorker } from '../batch/queue-worker.js'
export type { QueueWorkerOptions, QueueWorkerSummary } from '../batch/queue-worker.js'
export { reportQueue, openQueue, connectRedis } from '../batch/queue.js'
export type { QueueReport } from '../batch/queue.js'
export { generateBags } from '../batch/generate.js'
export { listResultRows, countResultRows } from '../batch/result.repository.js'
export type { BatchResultRow } from '../batch/result.table.js'
export type { BatchBag, BatchResult, BatchStatus, Subject, SubjectKind } from '../batch/types.js'
