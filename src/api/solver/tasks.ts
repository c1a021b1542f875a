import type { BagSpec } from '../../bag/index.js'
import { planCarry } from '../../carry/index.js'
import type { CarryPlan, CarryProblem } from '../../carry/index.js'
import { designScale } from '../../design/index.js'
import type { DesignScaleInput, ScaleResult } from '../../design/index.js'
import { MicropurseError } from '../../errors.js'
import type { ErrorCode } from '../../errors.js'
import { fit } from '../../pack/index.js'
import type { FitAnswer, FitContainer, FitProblem } from '../../pack/types.js'
import { essentialsCapacity, outfitPockets } from '../../services/style-bag.js'
import type { DimsStatus } from '../../catalog/index.js'
import { closenessOf, type Closeness, type VerdictSizes } from '../../services/closeness.js'
import { judgeEntries } from '../../services/what-fits.js'
import type { WhatFitsEntry, WhatFitsVerdict } from '../../services/what-fits.js'
import { adviseStyle } from '../../style/index.js'
import type { StyleAdvice, StyleInput } from '../../style/index.js'

/**
 * The solving work the API hands to worker threads, as plain data that crosses threads by structured clone. Every
 * task is bounded by the time limits inside it; `runTask` never touches a database.
 */
export type SolverTask =
  | { kind: 'fit'; problem: FitProblem }
  | { kind: 'plan'; problem: CarryProblem }
  | {
      kind: 'what-fits'
      container: FitContainer
      entries: WhatFitsEntry[]
      timeLimitMs: number
      budgetMs: number
      /** The bag's `dims_status`, for how close each verdict is. */
      bagStatus?: DimsStatus | null
    }
  | { kind: 'closeness'; problem: FitProblem; answer: Pick<FitAnswer, 'status' | 'proof' | 'stats'>; sizes: VerdictSizes }
  /** A bag verdict: the fit, then how close it is, in one task. */
  | { kind: 'bag-verdict'; problem: FitProblem; sizes: VerdictSizes }
  /** `capacityFrom`: a bag spec whose essentials capacity the worker works out with the fit engine first. */
  | { kind: 'style'; input: StyleInput; capacityFrom?: BagSpec }
  | { kind: 'scale'; input: DesignScaleInput }

/** The answer of each task kind. */
export interface SolverResults {
  fit: FitAnswer
  plan: CarryPlan
  'what-fits': WhatFitsVerdict[]
  closeness: Closeness
  'bag-verdict': { answer: FitAnswer; closeness: Closeness }
  style: StyleAdvice
  scale: ScaleResult
}

/** A task's answer, or the coded error it raised (errors lose their class when they cross threads). */
export type TaskOutcome<T = unknown> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> }

/** Runs one task in the current thread. */
function runTask(task: SolverTask): SolverResults[SolverTask['kind']] {
  switch (task.kind) {
    case 'fit':
      return fit(task.problem)
    case 'plan':
      return planCarry(task.problem)
    case 'what-fits':
      return judgeEntries(task.container, task.entries, task)
    case 'closeness':
      return closenessOf(task.problem, task.answer, task.sizes)
    case 'bag-verdict': {
      const answer = fit(task.problem)
      return { answer, closeness: closenessOf(task.problem, answer, task.sizes) }
    }
    case 'style': {
      const capacity = task.capacityFrom
        ? essentialsCapacity(task.capacityFrom, outfitPockets(task.input.outfit))
        : task.input.capacity
      return adviseStyle({ ...task.input, ...(capacity && { capacity }) })
    }
    case 'scale':
      return designScale(task.input)
  }
}

/** Runs a task and turns a thrown `MicropurseError` into a plain outcome; anything else stays thrown. */
export function runTaskSafely(task: SolverTask): TaskOutcome {
  try {
    return { ok: true, value: runTask(task) }
  } catch (error) {
    if (error instanceof MicropurseError) {
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.details && { details: { ...error.details } }),
      }
    }
    throw error
  }
}
