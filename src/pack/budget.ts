/**
 * The work a solve may do, counted in work units (search nodes, candidate tests, cells touched), shared by every
 * phase. Work, not the clock, decides what each phase tries: a phase gets a number of units, and what it does with
 * them is a function of the problem alone. The clock only ever stops the whole solve (`stopped`), and then the
 * answer is `unknown`; so with a node limit and a generous time limit, the answer is the same on any machine.
 *
 *   solve ──┬── phase A: slice(2 000)      a slice ends at its own cap (the phase gives up, the solve goes on)
 *           ├── phase B: slice(50 000)     or when the solve ends (its node limit or the clock: everything stops)
 *           └── search: the rest
 */
export class Budget {
  /** Units spent so far, by this budget and its slices. */
  spent = 0
  private readonly cap: number
  private readonly deadline: number
  // This budget and those it was sliced from, this one first; the last is the solve's own.
  private readonly chain: Budget[]
  private nextClock = CLOCK_EVERY
  private timedOut = false

  /** `nodeLimit` units in all (Infinity for none), and a `performance.now()` time past which everything stops. */
  constructor(nodeLimit: number, deadline: number, parent: Budget | null = null) {
    this.cap = nodeLimit
    this.deadline = deadline
    this.chain = parent ? [this, ...parent.chain] : [this]
  }

  /**
   * Charges `units` of work to this budget and those it was sliced from. False once it is used up: the caller stops
   * and reports that it gave up. The clock is read every `CLOCK_EVERY` units, so each unit must stand for bounded work.
   */
  spend(units = 1): boolean {
    const chain = this.chain
    for (let i = 0; i < chain.length; i++) chain[i]!.spent += units
    const root = chain[chain.length - 1]!
    if (root.spent >= root.nextClock) {
      root.nextClock = root.spent + CLOCK_EVERY
      if (performance.now() > root.deadline) root.timedOut = true
    }
    return !this.exhausted
  }

  /** True when this budget may spend no more: its own cap, a cap above it, or the clock. */
  get exhausted(): boolean {
    for (const b of this.chain) if (b.spent >= b.cap || b.timedOut) return true
    return false
  }

  /** True when the whole solve must stop (its node limit or the clock): then the answer is `unknown`. */
  get stopped(): boolean {
    const root = this.root()
    return root.timedOut || root.spent >= root.cap
  }

  /** True when the clock, not a node limit, stopped the solve. */
  get timedOutByClock(): boolean {
    return this.root().timedOut
  }

  /** The whole solve's node limit (Infinity for none). */
  get limit(): number {
    return this.root().cap
  }

  /** Units left to spend here (Infinity when unlimited). */
  get left(): number {
    let left = Infinity
    for (const b of this.chain) left = Math.min(left, b.cap - b.spent)
    return Math.max(0, left)
  }

  /** A budget of at most `units` more, charged to this one as it is spent (a phase's share). */
  slice(units: number): Budget {
    return new Budget(units, this.deadline, this)
  }

  /** Reads the clock now (before work whose cost is not yet counted), stopping the solve if it is past the deadline. */
  checkClock(): boolean {
    const root = this.root()
    if (performance.now() > root.deadline) root.timedOut = true
    return !this.exhausted
  }

  private root(): Budget {
    return this.chain[this.chain.length - 1]!
  }
}

/** Units between two readings of the clock: a unit is at most a few microseconds of work, so every few milliseconds. */
const CLOCK_EVERY = 1024
