import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import type { BagSpec } from '../../bag/index.js'
import type { CarryPlan, CarryProblem } from '../../carry/index.js'
import type { DesignScaleInput, ScaleResult } from '../../design/index.js'
import { MicropurseError } from '../../errors.js'
import type { FitAnswer, FitContainer, FitProblem } from '../../pack/types.js'
import type { WhatFitsEntry, WhatFitsVerdict } from '../../services/what-fits.js'
import type { StyleAdvice, StyleInput } from '../../style/index.js'
import type { SolverResults, SolverTask, TaskOutcome } from './tasks.js'

/** How the solver pool is sized and how long it waits. */
export interface SolverOptions {
  /** Threads for first passes and light tasks (default: cores - 1, at least 1). */
  quickThreads?: number
  /** Threads for long solves (default 1). */
  slowThreads?: number
  /** Time limit of a fit's or plan's first pass, in ms (default 50). */
  quickPassMs?: number
  /** Most tasks waiting in one lane; past it new ones are refused with `SERVER_BUSY` (default 256). */
  maxQueue?: number
  /** Time beyond a task's own limits after which it is given up and its thread replaced, in ms (default 5000). */
  graceMs?: number
}

const DEFAULTS = { slowThreads: 1, quickPassMs: 50, maxQueue: 256, graceMs: 5000 }

type Lane = 'quick' | 'slow'

/**
 * Solving off the event loop, in two lanes of worker threads. Every fit and plan first runs in the quick lane with a
 * short time limit (`quickPassMs`); only those still undecided run again, with their full limit, in the slow lane. So
 * a hard instance holds a quick thread for at most `quickPassMs` and never queues ahead of easy ones for longer.
 *
 * Workers run the compiled `worker.js` next to this file; when this file is the TypeScript source (tests), they run
 * `dist/api/solver/worker.js`, which the tests' global setup rebuilds whenever `src/` changed.
 */
export class Solver {
  private readonly lanes: Record<Lane, Piscina>
  private readonly quickPassMs: number
  private readonly graceMs: number

  constructor(options: SolverOptions = {}) {
    const o = { ...DEFAULTS, ...options }
    this.quickPassMs = o.quickPassMs
    this.graceMs = o.graceMs
    const quickThreads = options.quickThreads ?? Math.max(1, availableParallelism() - 1)
    this.lanes = {
      quick: createPool(quickThreads, o.maxQueue),
      slow: createPool(o.slowThreads, o.maxQueue),
    }
  }

  /** Fits a problem (already validated): quick pass, then the full time limit in the slow lane if still undecided. */
  async fit(problem: FitProblem): Promise<FitAnswer> {
    const limit = problem.options?.timeLimitMs ?? 1000
    if (limit > this.quickPassMs) {
      const quick = await this.run(
        'quick',
        { kind: 'fit', problem: withTimeLimit(problem, this.quickPassMs) },
        this.quickPassMs,
      )
      if (quick.status !== 'unknown') return quick
    }
    return this.run(limit > this.quickPassMs ? 'slow' : 'quick', { kind: 'fit', problem }, limit)
  }

  /** Plans a carry problem: a quick pass kept when it is proven best, else the full limit in the slow lane. */
  async plan(problem: CarryProblem): Promise<CarryPlan> {
    const limit = problem.options?.timeLimitMs ?? 2000
    if (limit > this.quickPassMs) {
      const options = {
        ...problem.options,
        timeLimitMs: this.quickPassMs,
        fitTimeLimitMs: Math.min(problem.options?.fitTimeLimitMs ?? 250, this.quickPassMs),
      }
      const quick = await this.run(
        'quick',
        { kind: 'plan', problem: { ...problem, options } },
        this.quickPassMs,
      )
      if (quick.exact) return quick
    }
    return this.run(limit > this.quickPassMs ? 'slow' : 'quick', { kind: 'plan', problem }, limit)
  }

  /** Fits each entry alone in the container (slow lane: a whole catalog is long work), within `budgetMs` overall. */
  whatFits(
    container: FitContainer,
    entries: WhatFitsEntry[],
    timeLimitMs: number,
    budgetMs: number,
  ): Promise<WhatFitsVerdict[]> {
    return this.run('slow', { kind: 'what-fits', container, entries, timeLimitMs, budgetMs }, budgetMs)
  }

  /** Style advice; with `capacityFrom`, the essentials capacity of that bag comes from the fit engine first. */
  style(input: StyleInput, capacityFrom?: BagSpec): Promise<StyleAdvice> {
    // The capacity check is at most five small fits of 250 ms each.
    return this.run(
      'quick',
      { kind: 'style', input, ...(capacityFrom && { capacityFrom }) },
      capacityFrom ? 1250 : 100,
    )
  }

  /**
   * The designer's scale search (slow lane). It decides a few dozen widths of `widthTimeLimitMs` each; the hard
   * limit allows 60 of them before the search is given up.
   */
  scale(input: DesignScaleInput): Promise<ScaleResult> {
    return this.run('slow', { kind: 'scale', input }, 30 * (input.options?.widthTimeLimitMs ?? 1000))
  }

  /** Lets running tasks finish, refuses new ones, then stops the threads. */
  async close(): Promise<void> {
    await Promise.all([this.lanes.quick.close(), this.lanes.slow.close()])
  }

  /** Tasks waiting and threads per lane, for the health route. */
  stats(): Record<Lane, { queued: number; threads: number }> {
    const of = (p: Piscina) => ({ queued: p.queueSize, threads: p.threads.length })
    return { quick: of(this.lanes.quick), slow: of(this.lanes.slow) }
  }

  private async run<K extends SolverTask['kind']>(
    lane: Lane,
    task: SolverTask & { kind: K },
    limitMs: number,
  ): Promise<SolverResults[K]> {
    // Waiting in the queue counts against the grace time too: past it the caller hears the server is busy.
    const signal = AbortSignal.timeout(2 * limitMs + this.graceMs)
    let outcome: TaskOutcome
    try {
      outcome = (await this.lanes[lane].run(task, { signal })) as TaskOutcome
    } catch (error) {
      throw solverError(error, lane)
    }
    if (!outcome.ok) throw new MicropurseError(outcome.code, outcome.message, outcome.details)
    return outcome.value as SolverResults[K]
  }
}

function createPool(threads: number, maxQueue: number): Piscina {
  const fromSource = import.meta.url.endsWith('.ts')
  return new Piscina({
    filename: fileURLToPath(new URL(fromSource ? '../../../dist/api/solver/worker.js' : './worker.js', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    idleTimeout: 60_000,
    // From the sources, the parent runs under vitest (or tsx), whose loader hooks compiled threads do not need.
    ...(fromSource && { execArgv: [] }),
  })
}

function withTimeLimit(problem: FitProblem, timeLimitMs: number): FitProblem {
  return { ...problem, options: { ...problem.options, timeLimitMs } }
}

/** A pool failure as a coded error: a full queue or a timed-out task means busy (503); anything else is internal. */
function solverError(error: unknown, lane: Lane): MicropurseError {
  const message = error instanceof Error ? error.message : String(error)
  if (
    /queue is at limit/i.test(message) ||
    (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
  ) {
    return new MicropurseError(
      'SERVER_BUSY',
      `The solver is busy (${lane} lane); try again in a few seconds.`,
    )
  }
  return new MicropurseError('INTERNAL', `Solver ${lane} lane failed: ${message}`)
}
