import type { Piscina } from 'piscina'
import { MicropurseError } from '../../errors.js'
import type { SolverTask, TaskOutcome } from './tasks.js'

/**
 * One lane of solver threads with its own queue, so that no request waits past its own time limit.
 *
 * A job says when it must have started (`latestStart`) and how long it may run. In a lane whose jobs run to their
 * limits (the slow lane's hard fits), the lane works out before queueing when a thread would be free for it —
 * running jobs end by their limits, queued ones run theirs in turn — and refuses it at once (503 `SERVER_BUSY`, with
 * the seconds to wait) when that is too late. A lane of short jobs (the quick lane: first tries bounded by work)
 * cannot know which of them are short, so it does not guess; there as everywhere, a queued job that still reaches
 * its latest start unstarted is refused then; a job whose client hangs up is dropped from the queue, or its
 * thread stopped; a job that overruns its limit by `graceMs` has its thread stopped (piscina replaces it).
 *
 *   submit ──> expected start > latestStart ? ──yes──> 503 now, Retry-After
 *                  │ no
 *                  v
 *              queue ──(thread free)──> run(task(ms left)) ──> outcome
 *                │ latestStart passes: 503       │ client gone: thread stopped
 *                │ client gone: dropped          │ limit + grace passes: thread stopped, Overrun
 */

/** A job for a lane. Times are `performance.now()` milliseconds. */
export interface LaneJob {
  /** What kind of task it is (run times are measured per kind). */
  kind: SolverTask['kind']
  /** The task, given how many ms it may use now that it starts (a fit's time limit is what is left). */
  task(runMs: number): SolverTask
  /** Longest it may run, in ms (its time limit). */
  runMs: number
  /** It must start by then, or it is refused. */
  latestStart: number
  /** It should end by then: the run gets at most `deadline - start` ms. Default: no earlier than `runMs` allows. */
  deadline?: number
  /** Aborted when nobody waits for the answer any more (the client hung up). */
  signal?: AbortSignal | undefined
  /** Told how many ms of thread time the job used, once it ends (rate limits count it). */
  charge?: ((ms: number) => void) | undefined
}

/** The job ran past its limit and its thread was stopped. */
export class Overrun extends Error {
  constructor(readonly ranMs: number) {
    super(`the task ran ${Math.round(ranMs)} ms, past its limit; its thread was stopped`)
    this.name = 'Overrun'
  }
}

/** The job was dropped because its client hung up. */
export class Cancelled extends Error {
  constructor() {
    super('the client hung up')
    this.name = 'Cancelled'
  }
}

/** Counters of a lane, for the health route and tests. */
export interface LaneStats {
  threads: number
  running: number
  queued: number
  /** Jobs refused because they would have waited past their limit (at once or in the queue). */
  refused: number
  /** Jobs dropped or stopped because their client hung up. */
  cancelled: number
  /** Jobs whose thread was stopped for running past their limit. */
  overran: number
}

interface Queued {
  job: LaneJob
  resolve: (outcome: TaskOutcome) => void
  reject: (error: unknown) => void
  timer?: NodeJS.Timeout
  onAbort?: () => void
}

interface Running {
  job: LaneJob
  startedAt: number
  runMs: number
}

/** Run time assumed for a kind of task before any has been measured, ms. */
const FIRST_GUESS_MS = 5

export class Lane {
  private readonly queue: Queued[] = []
  private readonly running = new Set<Running>()
  /** Measured run time per task kind (exponential moving average), for jobs that end well before their limit. */
  private readonly typicalMs = new Map<string, number>()
  private readonly measured = new Set<string>()
  private readonly counters = { refused: 0, cancelled: 0, overran: 0 }

  constructor(
    readonly name: string,
    private readonly pool: Piscina,
    private readonly threads: number,
    private readonly graceMs: number,
    /** Whether jobs of this lane usually run to their limit (the slow lane's hard fits) or end early (quick). */
    private readonly runsToLimit: boolean,
  ) {}

  /** Runs a job, or refuses it at once with `SERVER_BUSY` when it could not start by its latest start. */
  submit(job: LaneJob): Promise<TaskOutcome> {
    const now = performance.now()
    if (job.signal?.aborted) return Promise.reject(new Cancelled())
    const start = this.runsToLimit ? this.expectedStart(now) : now
    if (start > job.latestStart) {
      this.counters.refused++
      return Promise.reject(busy(this.name, start - now))
    }
    return new Promise<TaskOutcome>((resolve, reject) => {
      const entry: Queued = { job, resolve, reject }
      // Refused in the queue once its latest start passes; dropped when its client hangs up.
      if (Number.isFinite(job.latestStart))
        entry.timer = setTimeout(() => this.expire(entry), Math.max(0, job.latestStart - now))
      if (job.signal) {
        entry.onAbort = () => this.drop(entry)
        job.signal.addEventListener('abort', entry.onAbort, { once: true })
      }
      this.queue.push(entry)
      this.pump()
    })
  }

  stats(): LaneStats {
    return { threads: this.threads, running: this.running.size, queued: this.queue.length, ...this.counters }
  }

  /** When a thread would be free for a job submitted now: running jobs end by their limits, queued ones run in turn. */
  private expectedStart(now: number): number {
    const free: number[] = []
    for (const r of this.running) free.push(Math.max(now, r.startedAt + this.costOf(r.job, r.runMs)))
    while (free.length < this.threads) free.push(now)
    for (const { job } of this.queue) {
      free.sort((a, b) => a - b)
      // A job that could not start in time is refused when its turn comes, and takes no thread time.
      if (free[0]! > job.latestStart) continue
      free[0] = free[0]! + this.costOf(job, job.runMs)
    }
    return Math.min(...free)
  }

  /** What a job is expected to take: its whole limit in a lane whose jobs run to it, else what such jobs took. */
  private costOf(job: LaneJob, runMs: number): number {
    if (this.runsToLimit) return runMs
    return Math.min(runMs, this.typicalMs.get(job.kind) ?? FIRST_GUESS_MS)
  }

  /** Measured run time of a kind of task in this lane (moving average), ms; for the health route and tuning. */
  typical(kind: SolverTask['kind']): number | undefined {
    return this.typicalMs.get(kind)
  }

  private pump(): void {
    while (this.running.size < this.threads && this.queue.length > 0) {
      const entry = this.queue.shift()!
      this.settle(entry)
      this.start(entry)
    }
  }

  private start({ job, resolve, reject }: Queued): void {
    const startedAt = performance.now()
    const runMs = Math.max(1, Math.min(job.runMs, (job.deadline ?? Infinity) - startedAt))
    const running: Running = { job, startedAt, runMs }
    this.running.add(running)
    const controller = new AbortController()
    let why: 'overrun' | 'cancelled' | undefined
    const guard = setTimeout(
      () => {
        why = 'overrun'
        controller.abort()
      },
      Math.ceil(runMs * 1.1 + this.graceMs),
    )
    const onAbort = () => {
      why ??= 'cancelled'
      controller.abort()
    }
    job.signal?.addEventListener('abort', onAbort, { once: true })
    const finish = () => {
      clearTimeout(guard)
      job.signal?.removeEventListener('abort', onAbort)
      this.running.delete(running)
      const ranMs = performance.now() - startedAt
      job.charge?.(ranMs)
      return ranMs
    }
    ;(this.pool.run(job.task(runMs), { signal: controller.signal }) as Promise<TaskOutcome>).then(
      (outcome) => {
        const ranMs = finish()
        // The first task of a kind on a fresh thread includes loading code: it is not what such tasks take.
        const kind = job.kind
        const before = this.typicalMs.get(kind)
        if (this.measured.has(kind))
          this.typicalMs.set(kind, before === undefined ? ranMs : 0.8 * before + 0.2 * ranMs)
        else this.measured.add(kind)
        resolve(outcome)
        this.pump()
      },
      (error: unknown) => {
        const ranMs = finish()
        if (why === 'overrun') {
          this.counters.overran++
          reject(new Overrun(ranMs))
        } else if (why === 'cancelled') {
          this.counters.cancelled++
          reject(new Cancelled())
        } else reject(error)
        this.pump()
      },
    )
  }

  /** The job's latest start passed in the queue. */
  private expire(entry: Queued): void {
    if (!this.unqueue(entry)) return
    this.counters.refused++
    entry.reject(busy(this.name, Math.max(1000, this.expectedStart(performance.now()) - performance.now())))
  }

  /** The job's client hung up while it waited. */
  private drop(entry: Queued): void {
    if (!this.unqueue(entry)) return
    this.counters.cancelled++
    entry.reject(new Cancelled())
  }

  /** Takes a waiting job out of the queue and settles it; false when it has left the queue already. */
  private unqueue(entry: Queued): boolean {
    const at = this.queue.indexOf(entry)
    if (at < 0) return false
    this.queue.splice(at, 1)
    this.settle(entry)
    return true
  }

  /** Leaves the queue: no more timer or abort listener. */
  private settle(entry: Queued): void {
    clearTimeout(entry.timer)
    if (entry.onAbort) entry.job.signal?.removeEventListener('abort', entry.onAbort)
  }
}

/** The 503 for a job that would wait past its limit, with the seconds until a thread is expected to be free. */
function busy(lane: string, waitMs: number): MicropurseError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  return new MicropurseError(
    'SERVER_BUSY',
    `The solver's ${lane} lane could not start this within its time limit; try again in ${seconds} s.`,
    { retryAfterS: seconds },
  )
}
