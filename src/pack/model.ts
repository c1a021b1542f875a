import { addDecimals, atScale, decimalString, gcdBig, readDecimal, type Decimal } from '../geometry/decimal.js'
import { orientations, type RotateMode } from '../geometry/orientation.js'
import { passesOpening } from './opening.js'
import type { FitProblem } from './types.js'

/**
 * The engine's own view of a fit problem: whole numbers only. Every length is a whole number of model units, and a
 * unit is an exact decimal number of millimetres (`unitDigits × 10^-unitScale`): the inputs' common decimal places,
 * times the greatest common divisor of all lengths in them. Scaling a problem by any factor that keeps it exact
 * gives the same model.
 *
 * Sizes given to at most `MAX_EXACT_PLACES` decimals are represented exactly (`rounding: 'exact'`). Finer ones are
 * not: the engine then builds two models at that resolution, one rounded inward (items up, the space down: a layout
 * of it is a layout of the problem) and one outward (items down, the space up: a proof for it holds for the
 * problem), and answers `unknown` where the two disagree.
 */
export interface Model {
  /** Millimetres per model unit, exactly: `unitDigits × 10^-unitScale`. */
  unitDigits: bigint
  /** `unitDigits` as a number (exact: it is at most 10^15). */
  unitNumber: number
  unitScale: number
  /** Whether lengths are the problem's own (`exact`), or rounded so that layouts (`inner`) or proofs (`outer`) hold. */
  rounding: 'exact' | 'inner' | 'outer'
  /** Interior extents along x, y, z. */
  L: [number, number, number]
  /** Blocked boxes as [minX, minY, minZ, maxX, maxY, maxZ], clipped to the container. */
  blocked: number[][]
  /** Opening width and depth, if any. */
  opening: [number, number] | null
  /**
   * How things pass the opening: `rigid` (the default) lowers each item straight down as it will lie, turned about
   * the vertical only, so its footprint must pass; `soft` walls let it go in end first and turn inside, so its
   * smallest cross-section must pass. Either way it may pass the opening turned in the opening's plane.
   */
  openingRule: 'rigid' | 'soft'
  types: ItemType[]
  /** Sum of all counts. */
  totalCount: number
  /** True when some item's passage through the opening was too close to call (see `passesOpening`). */
  closeCalls?: boolean
}

/** One entry of `items`: identical copies share a type and are never told apart by the search. */
export interface ItemType {
  index: number
  id: string
  count: number
  rotate: RotateMode
  /** The item's own size in millimetres, as given (its squeezed size in a squeezed model). */
  sizeMm: [number, number, number]
  /** Size in model units. */
  size: [number, number, number]
  /**
   * Distinct allowed orientations that fit the container's box and pass the opening, as extents along x, y, z, each
   * with the axis permutation that makes it. Empty when the item has no place (see `allowed`).
   */
  orients: Orientation[]
  /** How many allowed orientations there are before the container's box and the opening are applied. */
  allowed: number
  /** Allowed orientations within the container's box, before the opening is applied. */
  withinBox: number
  volume: number
}

export interface Orientation {
  w: number
  d: number
  h: number
  /** perm[k] is the index of the item's own axis that lies along axis k. */
  perm: [number, number, number]
}

/** An orientation's extents along x, y, z. */
export function extents(o: Orientation): [number, number, number] {
  return [o.w, o.d, o.h]
}

/** Decimal places represented exactly; past them, a size is rounded (and a close answer is `unknown`). */
export const MAX_EXACT_PLACES = 9
// Largest whole number of 10^-places millimetres that prints (and reads back) exactly as a double: 15 digits.
const MAX_DIGITS = 10n ** 15n

/**
 * The integer model of a valid problem, or two when its sizes are finer than `MAX_EXACT_PLACES` decimals or an
 * item's passage through the opening is too close to call (then `inner` rounds items up and the space down, and
 * counts such a passage as closed; `outer` the other way). Items may be taken at `minSize` (squeezed).
 */
export function buildModels(problem: FitProblem, { squeezed = false } = {}): { exact: Model } | { inner: Model; outer: Model } {
  const fast = fastIntegers(problem, squeezed)
  const lengths = fast ? null : collectLengths(problem, squeezed)
  const places = fast ? fast.unitScale : Math.max(0, ...lengths!.all.map((d) => d.scale))
  const exactInts = fast ?? (places <= MAX_EXACT_PLACES ? bigIntegers(lengths!, places, 'exact') : null)
  const exact = exactInts ? assemble(problem, exactInts, 'exact') : null
  if (exact && !exact.closeCalls) return { exact }
  // Sizes too fine to represent, or an item whose passage through the opening is too close to call in doubles.
  const at = exactInts ? places : MAX_EXACT_PLACES
  const all = lengths ?? collectLengths(problem, squeezed)
  return {
    inner: assemble(problem, bigIntegers(all, at, 'inner')!, 'inner'),
    outer: assemble(problem, bigIntegers(all, at, 'outer')!, 'outer'),
  }
}

/** The model of a problem whose sizes are exact to `MAX_EXACT_PLACES` decimals, else its inward rounding. */
export function buildModel(problem: FitProblem, options: { squeezed?: boolean } = {}): Model {
  const models = buildModels(problem, options)
  return 'exact' in models ? models.exact : models.inner
}

/** A model length in millimetres, exactly as a decimal (and so exactly as JSON prints it). */
export function toMm(model: Model, v: number): number {
  // A whole number of 10^-scale mm below 2^53, divided by an exact power of ten: the double nearest the decimal.
  const n = v * model.unitNumber
  if (Number.isSafeInteger(n)) return n / POWERS_OF_TEN[model.unitScale]!
  return Number(decimalString(BigInt(v) * model.unitDigits, model.unitScale))
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k)

/** Every length as a whole number of model units, before the item types are built. */
interface Integers {
  L: number[]
  blocked: number[][]
  opening: number[] | null
  sizes: number[][]
  unitDigits: bigint
  unitScale: number
  /** True when the sizes are the items' squeezed ones (`minSize`). */
  squeezed: boolean
}

// The lengths scaled by their common decimal places in doubles, when every one is plain decimal and stays below
// 2^50 (so x · 10^places rounds to the exact whole number); else null, and BigInt does it.
function fastIntegers(problem: FitProblem, squeezed: boolean): Integers | null {
  let places = 0
  const values: number[] = [...problem.container.size, ...(problem.container.opening ?? [])]
  for (const b of problem.container.blocked ?? []) values.push(...b.at, ...b.size)
  for (const it of problem.items) values.push(...(squeezed && it.minSize ? it.minSize : it.size))
  for (const v of values) {
    const text = String(v)
    if (text.includes('e')) return null
    const dot = text.indexOf('.')
    if (dot >= 0 && text.length - dot - 1 > places) places = text.length - dot - 1
  }
  if (places > MAX_EXACT_PLACES) return null
  const f = POWERS_OF_TEN[places]!
  const u = (v: number) => Math.round(v * f)
  for (const v of values) if (v * f >= 2 ** 50) return null
  const L = problem.container.size.map(u)
  const blocked = (problem.container.blocked ?? []).map((b) => {
    const lo = b.at.map(u)
    return [...lo, ...lo.map((a, k) => Math.min(L[k]!, a + u(b.size[k]!)))]
  })
  const opening = problem.container.opening ? problem.container.opening.map((v, k) => Math.min(L[k]!, u(v))) : null
  const sizes = problem.items.map((it) => (squeezed && it.minSize ? it.minSize : it.size).map(u))
  // Divide every length by their greatest common divisor: same answer, smaller numbers.
  let g = 0
  for (const v of [...L, ...blocked.flat(), ...(opening ?? []), ...sizes.flat()]) g = gcd(g, v)
  if (g === 0) g = 1
  const d = (v: number) => v / g
  return { L: L.map(d), blocked: blocked.map((b) => b.map(d)), opening: opening?.map(d) ?? null, sizes: sizes.map((s) => s.map(d)), unitDigits: BigInt(g), unitScale: places, squeezed }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

interface Lengths {
  squeezed: boolean
  container: Decimal[]
  blocked: { lo: Decimal[]; hi: Decimal[] }[]
  opening: Decimal[] | null
  items: Decimal[][]
  all: Decimal[]
}

function collectLengths(problem: FitProblem, squeezed: boolean): Lengths {
  const container = problem.container.size.map(readDecimal)
  const blocked = (problem.container.blocked ?? []).map((b) => {
    const lo = b.at.map(readDecimal)
    return { lo, hi: lo.map((a, k) => addDecimals(a, readDecimal(b.size[k]!))) }
  })
  const opening = problem.container.opening ? problem.container.opening.map(readDecimal) : null
  const items = problem.items.map((it) => (squeezed && it.minSize ? it.minSize : it.size).map(readDecimal))
  const all = [...container, ...blocked.flatMap((b) => [...b.lo, ...b.hi]), ...(opening ?? []), ...items.flat()]
  return { squeezed, container, blocked, opening, items, all }
}

type Rounding = 'down' | 'up'

// A decimal as a whole number of 10^-places millimetres, rounded as asked when it has more places.
function toUnits(d: Decimal, places: number, rounding: Rounding): bigint {
  if (d.scale <= places) return atScale(d, places)
  const div = 10n ** BigInt(d.scale - places)
  const q = d.digits / div
  return rounding === 'up' && q * div !== d.digits ? q + 1n : q
}

// The lengths in BigInt at `places` decimals, rounded for the model asked for; null when they pass 10^15.
function bigIntegers(lengths: Lengths, places: number, rounding: Model['rounding']): Integers | null {
  // Layouts of the inner model and proofs of the outer one hold for the problem: round so that they do.
  const [itemWay, spaceWay]: [Rounding, Rounding] = rounding === 'outer' ? ['down', 'up'] : ['up', 'down']
  const space = (d: Decimal) => toUnits(d, places, spaceWay)
  const L = lengths.container.map(space)
  const blocked = lengths.blocked
    .map((b) => {
      // Blocked regions grow outward for the inner model, shrink inward for the outer one.
      const lo = b.lo.map((d) => toUnits(d, places, rounding === 'outer' ? 'up' : 'down'))
      const hi = b.hi.map((d, k) => {
        const v = toUnits(d, places, rounding === 'outer' ? 'down' : 'up')
        return v > L[k]! ? L[k]! : v
      })
      return [...lo, ...hi]
    })
    .filter((b) => b[0]! < b[3]! && b[1]! < b[4]! && b[2]! < b[5]!)
  const opening = lengths.opening
    ? lengths.opening.map((d, k) => {
        const v = space(d)
        return v > L[k]! ? L[k]! : v
      })
    : null
  const sizes = lengths.items.map((s) =>
    s.map((d) => {
      const v = toUnits(d, places, itemWay)
      return v < 1n ? 1n : v
    }),
  )
  for (const v of [...L, ...sizes.flat()]) if (v > MAX_DIGITS) return null
  let g = 0n
  for (const v of [...L, ...blocked.flat(), ...(opening ?? []), ...sizes.flat()]) g = gcdBig(g, v)
  if (g === 0n) g = 1n
  const d = (v: bigint) => Number(v / g)
  return { L: L.map(d), blocked: blocked.map((b) => b.map(d)), opening: opening?.map(d) ?? null, sizes: sizes.map((s) => s.map(d)), unitDigits: g, unitScale: places, squeezed: lengths.squeezed }
}

function assemble(problem: FitProblem, ints: Integers, rounding: Model['rounding']): Model {
  const Ls = ints.L as [number, number, number]
  const openingUnits = ints.opening as [number, number] | null
  const openingRule = problem.container.soft ? 'soft' : 'rigid'
  let closeCalls = false
  // A passage too close to call counts as passing for the outer model (proofs) and not for the inner (layouts).
  const passes = (o: Orientation, size: number[]) => {
    const [a, b] = [...size].sort((x, y) => x - y)
    const verdict = passesOpening({
      footprint: [BigInt(o.w), BigInt(o.d)],
      smallest: [BigInt(a!), BigInt(b!)],
      opening: [BigInt(openingUnits![0]), BigInt(openingUnits![1])],
      interior: [BigInt(Ls[0]), BigInt(Ls[1])],
      rule: openingRule,
    })
    if (verdict === 'close') closeCalls = true
    return verdict === 'yes' || (verdict === 'close' && rounding === 'outer')
  }

  const types: ItemType[] = problem.items.map((it, index) => {
    const size = ints.sizes[index] as [number, number, number]
    const sizeMm = ints.squeezed && it.minSize ? it.minSize : it.size
    const rotate = it.rotate ?? 'any'
    const all = orientations(size, rotate).map((o) => ({ w: o[0], d: o[1], h: o[2], perm: permutationOf(size, o) }))
    const inBox = all.filter((o) => o.w <= Ls[0] && o.d <= Ls[1] && o.h <= Ls[2])
    const orients = openingUnits ? inBox.filter((o) => passes(o, size)) : inBox
    return {
      index,
      id: it.id,
      count: it.count ?? 1,
      rotate,
      sizeMm: [...sizeMm],
      size,
      orients,
      allowed: all.length,
      withinBox: inBox.length,
      volume: size[0] * size[1] * size[2],
    }
  })
  return {
    unitDigits: ints.unitDigits,
    unitNumber: Number(ints.unitDigits),
    unitScale: ints.unitScale,
    rounding,
    L: Ls,
    blocked: ints.blocked,
    opening: openingUnits,
    openingRule,
    types,
    totalCount: types.reduce((s, t) => s + t.count, 0),
    closeCalls,
  }
}

function permutationOf(size: readonly number[], o: readonly number[]): [number, number, number] {
  const used = [false, false, false]
  return o.map((v) => {
    const k = size.findIndex((s, i) => s === v && !used[i])
    used[k] = true
    return k
  }) as [number, number, number]
}

/**
 * The problem with its sizes rounded to `MAX_EXACT_PLACES` decimals in favour of fitting: items down, the container
 * and the opening up, blocked regions inward (the outer model's sizes, as decimals). A proof marked `rounded` holds
 * for it.
 */
export function roundedOut(problem: FitProblem): FitProblem {
  const P = MAX_EXACT_PLACES
  const mm = (d: Decimal, rounding: Rounding) => Number(decimalString(toUnits(d, P, rounding), P))
  const dec = (v: number) => readDecimal(v)
  return {
    container: {
      ...problem.container,
      size: problem.container.size.map((v) => mm(dec(v), 'up')) as [number, number, number],
      ...(problem.container.opening && { opening: problem.container.opening.map((v) => mm(dec(v), 'up')) as [number, number] }),
      ...(problem.container.blocked && {
        blocked: problem.container.blocked.map((b) => {
          const lo = b.at.map((v) => toUnits(dec(v), P, 'up'))
          const hi = b.at.map((v, k) => toUnits(addDecimals(dec(v), dec(b.size[k]!)), P, 'down'))
          return {
            at: lo.map((v) => Number(decimalString(v, P))) as [number, number, number],
            size: hi.map((v, k) => Number(decimalString(v > lo[k]! ? v - lo[k]! : 0n, P))) as [number, number, number],
          }
        }).filter((b) => b.size.every((v) => v > 0)),
      }),
    },
    items: problem.items.map((it) => ({
      ...it,
      size: it.size.map((v) => Math.max(10 ** -P, mm(dec(v), 'down'))) as [number, number, number],
      ...(it.minSize && { minSize: it.minSize.map((v) => Math.max(10 ** -P, mm(dec(v), 'down'))) as [number, number, number] }),
    })),
  }
}
