import type { FastifyReply, FastifyRequest } from 'fastify'
import { MicropurseError } from '../errors.js'
import type { SolveContext } from './solver/pool.js'

/**
 * The cost side of the rate limit: each API key (or address without one) may use `msPerMinute` of solver thread
 * time a minute. A request count alone lets one client send a few hard problems that each hold a thread for seconds;
 * this bucket counts what they cost. It refills continuously; a client whose bucket is empty is answered 429 with
 * the seconds until it has room again. What a solve costs is known only once it ends, so a client may go below zero
 * by one solve: the next ones wait for the refill.
 */
export class SolverBudget {
  private readonly buckets = new Map<string, { ms: number; at: number }>()

  constructor(
    /** Thread milliseconds a client may use per minute; also the bucket's size. */
    readonly msPerMinute: number,
  ) {}

  /** Throws `RATE_LIMITED` (429, with `retryAfterS`) when `client` has used up its solver time. */
  check(client: string, now = performance.now()): void {
    const ms = this.balance(client, now)
    if (ms > 0) return
    const retryAfterS = Math.max(1, Math.ceil(((1 - ms) / this.msPerMinute) * 60))
    throw new MicropurseError(
      'RATE_LIMITED',
      `Too much solver time: at most ${this.msPerMinute / 1000} s of solving a minute per API key or address; try again in ${retryAfterS} s.`,
      { retryAfterS },
    )
  }

  /** Takes `ms` of thread time from `client`'s bucket. */
  charge(client: string, ms: number, now = performance.now()): void {
    const balance = this.balance(client, now)
    this.buckets.set(client, { ms: balance - ms, at: now })
    // Forget full buckets now and then, so the map holds only recent clients.
    if (this.buckets.size > 10_000) {
      for (const key of this.buckets.keys())
        if (this.balance(key, now) >= this.msPerMinute) this.buckets.delete(key)
    }
  }

  private balance(client: string, now: number): number {
    const bucket = this.buckets.get(client)
    if (!bucket) return this.msPerMinute
    return Math.min(this.msPerMinute, bucket.ms + ((now - bucket.at) / 60_000) * this.msPerMinute)
  }
}

/** Who pays for a request: its API key, else its address (as the request-count limit counts). */
function clientOf(request: FastifyRequest): string {
  return request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`
}

/**
 * The context of one solve over HTTP: aborted when the client hangs up before the answer is sent, timed from the
 * request's arrival, and billed to the client's solver budget (checked here first: 429 when it is spent).
 */
export function solveContext(
  request: FastifyRequest,
  reply: FastifyReply,
  budget: SolverBudget | null,
): SolveContext {
  const client = clientOf(request)
  budget?.check(client)
  const controller = new AbortController()
  // The response closes either once it is sent or when the connection goes first: only the second is a hang-up.
  reply.raw.once('close', () => {
    if (!reply.raw.writableEnded) controller.abort()
  })
  return {
    signal: controller.signal,
    arrivedAt: performance.now() - reply.elapsedTime,
    ...(budget && { charge: (ms: number) => budget.charge(client, ms) }),
  }
}
