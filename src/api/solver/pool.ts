import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import type { BagSpec } from '../../bag/index.js'
import type { CarryPlan, CarryProblem } from '../../carry/index.js'
import type { DesignScaleInput, ScaleResult } from '../../design/index.js'
import { MicropurseError } from '../../errors.js'
import { LIMITS } from '../../pack/index.js'
import type { FitAnswer, FitContainer, FitProblem } from '../../pack/types.js'
import type { DimsStatus } from '../../catalog/index.js'
import type { Closeness, VerdictSizes } from '../../services/closeness.js'
import type { WhatFitsEntry, WhatFitsVerdict } from '../../services/what-fits.js'
import type { StyleAdvice, StyleInput } from '../../style/index.js'
import type { SolverResults, SolverTask, TaskOutcome } from './tasks.js'
import { Cancelled, Lane, Overrun } from './lane.js'
import type { LaneJob, LaneStats } from './lane.js'

/** How the solver pool is sized and how long it waits. */
export interface SolverOptions {
  /** Threads for first tries and light tasks (default: cores - 1, at least 1). */
  quickThreads?: number
  /** Threads for long solves (default 1). */
  slowThreads?: number
  /**
   * Work units of a fit's first try (default `QUICK_NODE_LIMIT`): what decides easy problems. Undecided there, a
   * fit is hard and goes on to the slow lane.
   */
  quickNodeLimit?: number
  /** Time guard of a fit's first try and time limit of a plan's, in ms (default 250). */
  quickPassMs?: number
  /** Time a task may run past its own limit (times 1.1) before its thread is stopped, in ms (default 500). */
  graceMs?: number
}

/**
 * Work units that decide every catalog bag with every kit and every item alone: measured on the seed catalog
 * (8,748 pairs, all decided, the most 98,245 units; the median 3), so a first try settles everyday requests, and a
 * hard one costs its quick thread about 50-100 ms before it moves on.
 */
const QUICK_NODE_LIMIT = 100_000

const DEFAULTS = { slowThreads: 1, quickPassMs: 250, quickNodeLimit: QUICK_NODE_LIMIT, graceMs: 500 }

/** Who asked, for one solve: the client's hang-up, when the request arrived, and how to bill its thread time. */
export interface SolveContext {
  /** Aborted when the client hangs up: the solve is dropped from the queue, or its thread stopped. */
  signal?: AbortSignal
  /** When the request arrived (`performance.now()`); its time limit counts from here. Default: now. */
  arrivedAt?: number
  /** Told the thread time each task of the solve used, in ms (the cost-based rate limit). */
  charge?: (ms: number) => void
}

type LaneName = 'quick' | 'slow'

// Time for the probes of a verdict's closeness (each a node-limited fit: milliseconds for a bag's things).
const CLOSENESS_MS = 2000

/** How long a task whose client gave no time limit (style advice) may wait for a thread, ms. */
const UNTIMED_WAIT_MS = 10_000

/** Share of a slow solve's time limit that must be left when it starts; with less it is refused early (503). */
const SLOW_MIN_SHARE = 0.1

/**
 * Solving off the event loop, in two lanes of worker threads (lane.ts). Every fit and plan is first tried in the
 * quick lane with a small budget (`triage`); a decided answer is final, an undecided one is hard work and goes on
 * in the slow lane with what is left of its own time limit. So a hard instance holds a quick thread only for the
 * first try, and easy ones never queue behind hard ones. A request never waits past its time limit: when a lane
 * could not start it in time it is refused at once with 503 `SERVER_BUSY` and `Retry-After`.
 *
 * Workers run the compiled `worker.js` next to this file; when this file is the TypeScript source (tests), they run
 * `dist/api/solver/worker.js`, which the tests' global setup rebuilds whenever `src/` changed.
 */
export class Solver {
  private readonly pools: Record<LaneName, Piscina>
  private readonly lanes: Record<LaneName, Lane>
  private readonly quickPassMs: number
  private readonly quickNodeLimit: number

  constructor(options: SolverOptions = {}) {
    const o = { ...DEFAULTS, ...options }
    this.quickPassMs = o.quickPassMs
    this.quickNodeLimit = o.quickNodeLimit
    const quickThreads = options.quickThreads ?? Math.max(1, availableParallelism() - 1)
    this.pools = { quick: createPool(quickThreads), slow: createPool(o.slowThreads) }
    this.lanes = {
      quick: new Lane('quick', this.pools.quick, quickThreads, o.graceMs, false),
      slow: new Lane('slow', this.pools.slow, o.slowThreads, o.graceMs, true),
    }
  }

  /**
   * Fits a problem (already validated): the first try in the quick lane, then, if still undecided, what is left of
   * its time limit in the slow lane. A solve whose thread overran its limit answers `unknown`, as the engine does
   * when its time runs out.
   */
  async fit(problem: FitProblem, context: SolveContext = {}): Promise<FitAnswer> {
    const limit = problem.options?.timeLimitMs ?? LIMITS.defaultTimeLimitMs
    const arrivedAt = context.arrivedAt ?? performance.now()
    const deadline = arrivedAt + limit
    const first = triage(problem, this.quickNodeLimit, this.quickPassMs)
    const quick = await this.overrunAsUnknown(
      this.run('quick', {
        kind: 'fit',
        task: (ms) => ({ kind: 'fit', problem: withTimeLimit(first.problem, ms) }),
        runMs: first.timeLimitMs,
        latestStart: deadline,
        signal: context.signal,
        charge: context.charge,
      }),
      first.timeLimitMs,
    )
    if (quick.status !== 'unknown' || first.isWhole) return quick
    return this.overrunAsUnknown(
      this.run('slow', {
        kind: 'fit',
        task: (ms) => ({ kind: 'fit', problem: withTimeLimit(problem, ms) }),
        runMs: limit,
        latestStart: deadline - SLOW_MIN_SHARE * limit,
        deadline,
        signal: context.signal,
        charge: context.charge,
      }),
      limit,
    )
  }

  /** Plans a carry problem: a quick try kept when it is proven best, else what is left of its limit in the slow lane. */
  async plan(problem: CarryProblem, context: SolveContext = {}): Promise<CarryPlan> {
    const limit = problem.options?.timeLimitMs ?? 2000
    const arrivedAt = context.arrivedAt ?? performance.now()
    const deadline = arrivedAt + limit
    if (limit > this.quickPassMs) {
      const quickOptions = (ms: number) => ({
        ...problem.options,
        timeLimitMs: ms,
        fitTimeLimitMs: Math.min(problem.options?.fitTimeLimitMs ?? 250, ms),
      })
      const quick = await this.run('quick', {
        kind: 'plan',
        task: (ms) => ({ kind: 'plan', problem: { ...problem, options: quickOptions(ms) } }),
        runMs: this.quickPassMs,
        latestStart: deadline,
        signal: context.signal,
        charge: context.charge,
      })
      if (quick.exact) return quick
    }
    return this.run(limit > this.quickPassMs ? 'slow' : 'quick', {
      kind: 'plan',
      task: (ms) => ({
        kind: 'plan',
        problem: { ...problem, options: { ...problem.options, timeLimitMs: ms } },
      }),
      runMs: limit,
      latestStart: limit > this.quickPassMs ? deadline - SLOW_MIN_SHARE * limit : deadline,
      deadline,
      signal: context.signal,
      charge: context.charge,
    })
  }

  /** Fits each entry alone in the container (slow lane: a whole catalog is long work), within `budgetMs` overall. */
  whatFits(
    container: FitContainer,
    entries: WhatFitsEntry[],
    timeLimitMs: number,
    budgetMs: number,
    context: SolveContext = {},
    bagStatus?: DimsStatus | null,
  ): Promise<WhatFitsVerdict[]> {
    const arrivedAt = context.arrivedAt ?? performance.now()
    return this.run('slow', {
      kind: 'what-fits',
      // Past the budget the rest answer `unknown`: the budget is what is left when it starts.
      task: (ms) => ({ kind: 'what-fits', container, entries, timeLimitMs, budgetMs: ms, ...(bagStatus !== undefined && { bagStatus }) }),
      runMs: budgetMs,
      latestStart: arrivedAt + budgetMs * (1 - SLOW_MIN_SHARE),
      deadline: arrivedAt + budgetMs,
      signal: context.signal,
      charge: context.charge,
    })
  }

  /** How close a bag verdict is: a few node-limited fits (see `fitMargin`), in the quick lane. */
  closeness(problem: FitProblem, answer: Pick<FitAnswer, 'status' | 'proof' | 'stats'>, sizes: VerdictSizes, context: SolveContext = {}): Promise<Closeness> {
    return this.run('quick', {
      kind: 'closeness',
      task: () => ({ kind: 'closeness', problem, answer, sizes }),
      runMs: CLOSENESS_MS,
      latestStart: (context.arrivedAt ?? performance.now()) + UNTIMED_WAIT_MS,
      signal: context.signal,
      charge: context.charge,
    })
  }

  /**
   * A bag verdict and how close it is, in one quick-lane task (which-bags: many small fits of one request). The
   * fit keeps its own time limit; the closeness probes are node-limited.
   */
  bagVerdict(problem: FitProblem, sizes: VerdictSizes, context: SolveContext = {}): Promise<{ answer: FitAnswer; closeness: Closeness }> {
    const limit = problem.options?.timeLimitMs ?? LIMITS.defaultTimeLimitMs
    return this.run('quick', {
      kind: 'bag-verdict',
      task: (ms) => ({ kind: 'bag-verdict', problem: withTimeLimit(problem, Math.min(ms, limit)), sizes }),
      runMs: limit + CLOSENESS_MS,
      latestStart: (context.arrivedAt ?? performance.now()) + UNTIMED_WAIT_MS,
      signal: context.signal,
      charge: context.charge,
    })
  }

  /** Style advice; with `capacityFrom`, the essentials capacity of that bag comes from the fit engine first. */
  style(input: StyleInput, capacityFrom?: BagSpec, context: SolveContext = {}): Promise<StyleAdvice> {
    // The capacity check is at most five small fits of 250 ms each.
    const runMs = capacityFrom ? 1250 : 100
    return this.run('quick', {
      kind: 'style',
      task: () => ({ kind: 'style', input, ...(capacityFrom && { capacityFrom }) }),
      runMs,
      // Advice has no time limit of its client's: it waits its turn for a while, as a page would.
      latestStart: (context.arrivedAt ?? performance.now()) + UNTIMED_WAIT_MS,
      signal: context.signal,
      charge: context.charge,
    })
  }

  /**
   * The designer's scale search (slow lane). It decides a few dozen widths of `widthTimeLimitMs` each; the limit
   * allows 30 of them before the search is given up (503).
   */
  scale(input: DesignScaleInput, context: SolveContext = {}): Promise<ScaleResult> {
    const runMs = 30 * (input.options?.widthTimeLimitMs ?? 1000)
    return this.run('slow', {
      kind: 'scale',
      task: () => ({ kind: 'scale', input }),
      runMs,
      latestStart: (context.arrivedAt ?? performance.now()) + SLOW_MIN_SHARE * runMs,
      signal: context.signal,
      charge: context.charge,
    })
  }

  /**
   * Runs a small fit on every thread, so that the first requests do not pay for loading and compiling the engine
   * (on a busy machine that alone can take longer than a first try's budget). Resolves when every thread answered.
   */
  async warmUp(): Promise<void> {
    const problem: FitProblem = {
      container: { size: [120, 44, 84], blocked: [{ at: [0, 0, 0], size: [10, 10, 10] }] },
      items: [
        { id: 'card', size: [85.6, 53.98, 0.76], count: 3 },
        { id: 'lipstick', size: [21, 21, 75] },
      ],
    }
    const jobs = (['quick', 'slow'] as const).flatMap((lane) =>
      Array.from({ length: this.lanes[lane].stats().threads }, () =>
        this.run(lane, {
          kind: 'fit',
          task: (ms) => ({ kind: 'fit', problem: withTimeLimit(problem, ms) }),
          runMs: 5000,
          latestStart: Infinity,
        }),
      ),
    )
    await Promise.all(jobs)
  }

  /** Lets running tasks finish, refuses new ones, then stops the threads. */
  async close(): Promise<void> {
    await Promise.all([this.pools.quick.close(), this.pools.slow.close()])
  }

  /** Threads, running and waiting tasks, and what was refused, cancelled or stopped, per lane (health route). */
  stats(): Record<LaneName, LaneStats> {
    return { quick: this.lanes.quick.stats(), slow: this.lanes.slow.stats() }
  }

  private async run<K extends SolverTask['kind']>(
    lane: LaneName,
    job: LaneJob & { kind: K },
  ): Promise<SolverResults[K]> {
    let outcome: TaskOutcome
    try {
      outcome = await this.lanes[lane].submit(job)
    } catch (error) {
      throw solverError(error, lane)
    }
    if (!outcome.ok) throw new MicropurseError(outcome.code, outcome.message, outcome.details)
    return outcome.value as SolverResults[K]
  }

  /** A fit whose thread was stopped for overrunning answers `unknown`: its time ran out, which is all it knows. */
  private async overrunAsUnknown(solve: Promise<FitAnswer>, limitMs: number): Promise<FitAnswer> {
    try {
      return await solve
    } catch (error) {
      if (!(error instanceof MicropurseError && error.details?.overrunMs !== undefined)) throw error
      const elapsedMs = Number(error.details.overrunMs)
      return {
        status: 'unknown',
        placements: [],
        reason: `The time limit of ${Math.round(limitMs)} ms ran out before an answer was found.`,
        stats: { nodes: 0, elapsedMs },
        proof: { kind: 'time-limit' },
      }
    }
  }
}

/** The first try of a fit: a small budget that decides easy problems; undecided there means hard. */
interface Triage {
  problem: FitProblem
  /** Its time limit, ms: a guard only; what decides is the work (`options.nodeLimit`). */
  timeLimitMs: number
  /** The first try is the whole solve (the problem's own limits are within the first try's). */
  isWhole: boolean
}

/**
 * How a fit is first tried: with a node limit of `nodeLimit` work units (and a time guard of `guardMs`). The engine
 * decides easy problems within it; `unknown` there means hard, told apart by the work it needs, not by the clock
 * (the answer to a node-limited try is the same on a busy machine as on a quiet one, unless the guard runs out). A
 * problem whose own limits are no larger is solved whole in the first try.
 */
function triage(problem: FitProblem, nodeLimit: number, guardMs: number): Triage {
  const limitMs = problem.options?.timeLimitMs ?? LIMITS.defaultTimeLimitMs
  const ownNodes = problem.options?.nodeLimit ?? Infinity
  if (ownNodes <= nodeLimit || limitMs <= guardMs) return { problem, timeLimitMs: limitMs, isWhole: true }
  return {
    problem: { ...problem, options: { ...problem.options, nodeLimit } },
    timeLimitMs: guardMs,
    isWhole: false,
  }
}

function createPool(threads: number): Piscina {
  const fromSource = import.meta.url.endsWith('.ts')
  return new Piscina({
    filename: fileURLToPath(new URL(fromSource ? '../../../dist/api/solver/worker.js' : './worker.js', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    // Lanes queue jobs themselves (lane.ts); the pool only holds a task while a stopped thread is replaced.
    maxQueue: Math.max(4, 2 * threads),
    idleTimeout: 60_000,
    // From the sources, the parent runs under vitest (or tsx), whose loader hooks compiled threads do not need.
    ...(fromSource && { execArgv: [] }),
  })
}

function withTimeLimit(problem: FitProblem, timeLimitMs: number): FitProblem {
  return { ...problem, options: { ...problem.options, timeLimitMs } }
}

/**
 * A lane failure as a coded error: refused or overrun means busy (503; an overrun carries `overrunMs`), a client
 * that hung up is nobody's answer (499-like, logged only), anything else is internal.
 */
function solverError(error: unknown, lane: LaneName): MicropurseError {
  if (error instanceof MicropurseError) return error
  if (error instanceof Overrun) {
    return new MicropurseError('SERVER_BUSY', `The solve ran past its time limit in the ${lane} lane.`, {
      overrunMs: error.ranMs,
      retryAfterS: 5,
    })
  }
  if (error instanceof Cancelled)
    return new MicropurseError('SERVER_BUSY', 'The client hung up; the solve was dropped.')
  const message = error instanceof Error ? error.message : String(error)
  if (/queue is at limit/i.test(message))
    return new MicropurseError(
      'SERVER_BUSY',
      `The solver's ${lane} lane is full; try again in a few seconds.`,
    )
  return new MicropurseError('INTERNAL', `Solver ${lane} lane failed: ${message}`)
}
