import { generateBags } from '../../batch/generate.js'
import { pairsToDo } from '../../batch/plan.js'
import type { BatchPlan } from '../../batch/plan.js'
import { createProgress, formatDuration } from '../../batch/progress.js'
import type { Progress } from '../../batch/progress.js'
import { BATCH_STATUSES } from '../../batch/types.js'
import type { BatchStatus } from '../../batch/types.js'
import { DEFAULT_BATCH_TIME_LIMIT_MS, runBatchWhatFits } from '../../batch/what-fits.js'
import type { Catalog } from '../../catalog/index.js'
import { fail, show } from '../../errors.js'
import type { ParsedOptions } from '../command.js'
import { out, outJson, table } from '../output.js'
import { readTimeLimit } from './limits.js'
import { readCount, readSubjects, readWorkers } from './batch-options.js'
import { openCatalogFor, stopOnSignals } from './catalog-open.js'

/** The actions of `micropurse batch`; the queue ones load BullMQ only when asked for. */
export const BATCH_ACTIONS = ['what-fits', 'generate', 'enqueue', 'worker', 'status'] as const
type Action = (typeof BATCH_ACTIONS)[number]

/** Words for each status, as `what-fits` prints them. */
export const STATUS_WORDS: Record<BatchStatus, string> = {
  fits: 'fits',
  'does-not-fit': 'does not fit',
  unknown: 'undecided (time limit)',
  'unknown-size': 'size unknown',
  'invalid-bag': 'invalid bag',
}

/** Runs `micropurse batch ACTION`. Checks the flags, opens the catalog, does the work, closes it. */
export async function runBatch(args: string[], options: ParsedOptions): Promise<number> {
  const [action] = args
  if (!BATCH_ACTIONS.includes(action as Action)) {
    fail(
      'INVALID_INPUT',
      `Unknown batch action ${show(action)}; expected one of ${BATCH_ACTIONS.join(', ')}.`,
    )
  }
  switch (action as Action) {
    case 'what-fits':
      return whatFits(options)
    case 'generate':
      return generate(options)
    case 'status':
      return (await import('./batch-queue-run.js')).runStatus(options)
    case 'enqueue':
      return (await import('./batch-queue-run.js')).runEnqueue(options)
    case 'worker':
      return (await import('./batch-queue-run.js')).runWorker(options)
  }
}

/** `batch what-fits`: plan, decide on worker threads with a progress bar, print what was done and where it stands. */
async function whatFits(options: ParsedOptions): Promise<number> {
  const threads = readWorkers(options)
  const timeLimitMs = readTimeLimit(options.timeLimit, DEFAULT_BATCH_TIME_LIMIT_MS)
  const subjects = readSubjects(options)
  const commitEvery = readCount(options, 'commitEvery', '--commit-every', 1, 1_000_000, 2000)
  const catalog = await openCatalogFor(options)
  // Ctrl-C stops handing out work; what was decided is written, and a rerun goes on from there.
  const stop = stopOnSignals(
    ['SIGINT'],
    '\nStopping: finishing the pairs on the threads and writing them (Ctrl-C again to quit at once).',
  )
  const bars = progressBars()
  try {
    const summary = await runBatchWhatFits(catalog, {
      subjects,
      threads,
      timeLimitMs,
      commitEvery,
      signal: stop.signal,
      onProgress: bars.update,
    })
    bars.finish()
    if (options.json) {
      outJson({
        location: catalog.location,
        threads,
        ...summaryJson(summary.plan),
        removed: summary.removed,
        decided: summary.decided,
        computed: summary.computed,
        stopped: summary.stopped,
        solveMs: Math.round(summary.solveMs),
      })
    } else {
      const { plan } = summary
      out(describePlan(catalog, plan, 'Before'))
      if (summary.removed > 0)
        out(
          `Removed ${summary.removed.toLocaleString('en-US')} results of bags, items or kits no longer in the catalog.`,
        )
      const rate = summary.solveMs > 0 ? Math.round((summary.computed * 1000) / summary.solveMs) : 0
      out(
        `Decided ${count(summary.computed, 'pair')} in ${formatDuration(summary.solveMs)} on ${count(threads, 'thread')} (${rate.toLocaleString('en-US')} decisions/s): ${statusCounts(summary.decided)}.`,
      )
      const now = addCounts(plan.current, summary.decided)
      const stored = BATCH_STATUSES.reduce((s, k) => s + now[k], 0)
      out(
        `Now up to date: ${stored.toLocaleString('en-US')} of ${plan.pairs.toLocaleString('en-US')} pairs (${statusCounts(now)}).`,
      )
      if (summary.stopped)
        out(
          `Stopped early: ${(pairsToDo(plan) - summary.computed).toLocaleString('en-US')} pairs left; run the same command again to go on.`,
        )
    }
    return summary.stopped ? 130 : 0
  } finally {
    stop.release()
    await catalog.close()
  }
}

/** `batch generate --bags N --seed S`: synthetic bags drawn from the seed catalog's spread. */
async function generate(options: ParsedOptions): Promise<number> {
  if (options.bags === undefined)
    fail('INVALID_OPTION', 'Say how many bags: batch generate --bags 100000 [--seed 1].')
  const count = readCount(options, 'bags', '--bags', 1, 10_000_000, 0)
  const seed = readCount(options, 'seed', '--seed', 0, 2 ** 32 - 1, 1)
  const catalog = await openCatalogFor(options)
  try {
    const bar = createProgress({ label: 'generate', total: count, unit: 'bags' })
    const started = performance.now()
    await generateBags(catalog, { count, seed, onProgress: (done) => bar.update(done) })
    bar.finish()
    const total = await catalog.count('bags')
    if (options.json)
      outJson({
        location: catalog.location,
        generated: count,
        seed,
        bags: total,
        ms: Math.round(performance.now() - started),
      })
    else
      out(
        `Wrote ${count.toLocaleString('en-US')} synthetic bags (synthetic-… ids, seed ${seed}) into ${catalog.location} in ${formatDuration(performance.now() - started)}; it now holds ${total.toLocaleString('en-US')} bags.`,
      )
    return 0
  } finally {
    await catalog.close()
  }
}

/** Two bars on stderr, one while planning (bags read) and one while deciding (pairs). */
export function progressBars(): {
  update: (phase: 'plan' | 'solve', done: number, total: number) => void
  finish: () => void
} {
  let phase: 'plan' | 'solve' | undefined
  let bar: Progress | undefined
  return {
    update(next, done, total) {
      if (next !== phase) {
        bar?.finish()
        phase = next
        bar = createProgress(
          next === 'plan'
            ? { label: 'planning ', total, unit: 'bags' }
            : { label: 'what-fits', total, unit: 'pairs' },
        )
      }
      bar!.update(done)
    },
    finish: () => bar?.finish(),
  }
}

/** Where the catalog stands: bags × subjects, current, stale, missing. */
export function describePlan(catalog: Catalog, plan: BatchPlan, when: string): string {
  const items = plan.subjects.filter((s) => s.kind === 'item').length
  const kits = plan.subjects.length - items
  const current = BATCH_STATUSES.reduce((s, k) => s + plan.current[k], 0)
  return [
    `Catalog ${catalog.location}: ${count(plan.bags, 'bag')} × ${count(plan.subjects.length, 'subject')} (${count(items, 'item')}, ${count(kits, 'kit')}) = ${count(plan.pairs, 'pair')}, ${plan.timeLimitMs} ms per decision.`,
    `${when}: ${current.toLocaleString('en-US')} up to date, ${plan.stale.toLocaleString('en-US')} stale, ${plan.missing.toLocaleString('en-US')} missing.`,
  ].join('\n')
}

/** Per-subject table: how many bags each fits, and the rest by status. */
export function subjectTable(plan: BatchPlan): string {
  return table(
    ['subject', 'kind', ...BATCH_STATUSES.map((s) => STATUS_WORDS[s]), 'to do'],
    plan.subjects.map((s, i) => {
      const c = plan.currentBySubject[i]!
      const done = BATCH_STATUSES.reduce((n, k) => n + c[k], 0)
      return [s.id, s.kind, ...BATCH_STATUSES.map((k) => c[k]), plan.bags - done]
    }),
  )
}

/** The plan's numbers for `--json`: where things stood `before` a run, or stand `now` (status). */
export function summaryJson(plan: BatchPlan, when: 'before' | 'now' = 'before') {
  return {
    bags: plan.bags,
    subjects: plan.subjects.map((s) => ({ kind: s.kind, id: s.id, key: s.key })),
    pairs: plan.pairs,
    timeLimitMs: plan.timeLimitMs,
    [when]: { current: plan.current, stale: plan.stale, missing: plan.missing },
  }
}

/** `1 bag`, `2,000 bags`. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}

function statusCounts(counts: Record<BatchStatus, number>): string {
  return BATCH_STATUSES.map((s) => `${STATUS_WORDS[s]} ${counts[s].toLocaleString('en-US')}`).join(', ')
}

function addCounts(
  a: Record<BatchStatus, number>,
  b: Record<BatchStatus, number>,
): Record<BatchStatus, number> {
  return Object.fromEntries(BATCH_STATUSES.map((s) => [s, a[s] + b[s]])) as Record<BatchStatus, number>
}
