import { DIMS_TOLERANCE, type DimsStatus } from '../catalog/index.js'
import { fitMargin } from '../pack/index.js'
import type { FitAnswer, FitProblem } from '../pack/types.js'

/**
 * How close a bag verdict is (DESIGN.md): the room to spare or how much too big, against how sure the sizes are.
 * `marginMm` is how much every thing could grow (> 0) or must shrink (< 0) for the answer to change, null when the
 * answer is `unknown`; `uncertaintyMm` is the bag's tolerance plus the largest of the things' (each from its
 * `dims_status`, see `DIMS_TOLERANCE`); `closeCall` when the margin lies within it.
 */
export interface Closeness {
  marginMm: number | null
  uncertaintyMm: number
  closeCall: boolean
  /** True when the margin is only a bound: at least that much room, or at least that much too big. */
  atLeast: boolean
  /** "fits, with 0.6 mm to spare: a close call, since the bag's size is given to the nearest quarter inch". */
  words: string
}

/** Where the sizes of a verdict come from: the bag's `dims_status` (null for a size typed in) and each thing's. */
export interface VerdictSizes {
  bag: DimsStatus | null
  /** Per fit item id, the statuses of the catalog records it is made of (a phone and its case). */
  items: ReadonlyMap<string, readonly DimsStatus[]>
}

/** The closeness of `answer` to `problem`, a bag verdict whose sizes come from `sizes`. */
export function closenessOf(problem: FitProblem, answer: Pick<FitAnswer, 'status' | 'proof'> & { stats?: { nodes: number } }, sizes: VerdictSizes): Closeness {
  // The least sure side of the bag and of the things, and what makes it so.
  const bag = sizes.bag ? DIMS_TOLERANCE[sizes.bag] : null
  let item: { mm: number; words: string; id: string } | null = null
  for (const [id, statuses] of sizes.items) {
    for (const status of statuses) {
      const t = DIMS_TOLERANCE[status]
      if (!item || t.mm > item.mm) item = { ...t, id }
    }
  }
  const uncertaintyMm = round((bag?.mm ?? 0) + (item?.mm ?? 0))
  const margin = fitMargin(problem, answer)
  if (!margin) {
    return { marginMm: null, uncertaintyMm, closeCall: false, atLeast: false, words: 'undecided, so how close it is is not known' }
  }
  const marginMm = round(margin.marginMm)
  const closeCall = Math.abs(marginMm) <= uncertaintyMm
  const squeezed = answer.proof.kind === 'layout' && answer.proof.squeezed
  const atLeast = margin.atLeast
  const amount = marginAmount({ marginMm, atLeast })
  const head = marginMm >= 0 ? `fits${squeezed ? ' squeezed' : ''}, with ${amount}` : `does not fit: ${amount}`
  if (!closeCall) return { marginMm, uncertaintyMm, closeCall, atLeast, words: head }
  // The larger of the two tolerances is the reason it is a close call.
  const why = bag && (!item || bag.mm >= item.mm) ? `the bag's size is ${bag.words}` : item ? `the ${item.id}'s size is ${item.words}` : 'nothing is left to spare'
  return { marginMm, uncertaintyMm, closeCall, atLeast, words: `${head}: a close call, since ${why}` }
}

/** `2.5 mm to spare`, `at least 13 mm too big`: a margin in words, as every bag answer gives it. */
export function marginAmount(c: { marginMm: number; atLeast: boolean }): string {
  const mm = formatMm(Math.abs(c.marginMm))
  return `${c.atLeast ? 'at least ' : ''}${mm} ${c.marginMm >= 0 ? 'to spare' : 'too big'}`
}

/** Millimetres cut (never rounded up) to the digits shown: room to spare or too big is never overstated. */
function formatMm(v: number): string {
  const digits = v >= 10 ? 0 : v >= 1 ? 1 : 2
  const scale = 10 ** digits
  return `${Math.floor(v * scale + 1e-9) / scale} mm`
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000
}
