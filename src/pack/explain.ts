import { atScale, readDecimal, ratioString } from '../geometry/decimal.js'
import { orientations } from '../geometry/orientation.js'
import { formatSize } from '../geometry/units.js'
import { MAX_EXACT_PLACES } from './model.js'
import type { FitProblem, FitProof } from './types.js'

/**
 * Puts a proof into words, with the numbers, in millimetres, square centimetres and millilitres. Two numbers
 * compared in one sentence are printed with as many decimals as it takes for them to differ, so a refusal never
 * reads "needs 1989.2 ml, holds 1989.2 ml".
 */
export function explainProof(proof: FitProof, problem: FitProblem): string {
  if (proof.rounded) {
    const { rounded: _, ...exact } = proof
    return `${explainProof(exact, problem)} (The sizes are given to more than ${MAX_EXACT_PLACES} decimal places; this holds with them rounded in favour of fitting.)`
  }
  const interior = `${formatSize(problem.container.size)} interior`
  const itemOf = (id: string) => problem.items.find((it) => it.id === id)!
  switch (proof.kind) {
    case 'empty':
      return 'Nothing to pack.'
    case 'layout': {
      const how =
        proof.by === 'search'
          ? `Everything fits: the exact search found a layout (${itemsWord(problem)})`
          : proof.by === 'turned'
            ? `Everything fits, some of it turned at an angle (${itemsWord(problem)})`
            : `Everything fits: a layout was found directly (${itemsWord(problem)})`
      return proof.squeezed ? `${how}, with ${listOf(problem.items.filter((it) => it.minSize).map((it) => `the ${it.id}`))} squeezed.` : `${how}.`
    }
    case 'item-too-large': {
      const item = itemOf(proof.itemId)
      const longest = Math.max(...item.size)
      const side = Math.max(...problem.container.size)
      if (longest > side && (item.rotate ?? 'any') === 'any') {
        return `The ${item.id}'s ${mm(longest)} exceeds every side of the ${interior}.`
      }
      return `The ${item.id} (${formatSize(item.size)}, turned ${ROTATE_WORDS[item.rotate ?? 'any']}) does not fit the ${interior} in any way it may lie.`
    }
    case 'no-room': {
      const item = itemOf(proof.itemId)
      return proof.opening
        ? `The ${item.id} (${formatSize(item.size)}) has no place clear of the ${interior}'s blocked regions (tapers, rounded corners, frame) in any way that can come in through the ${formatSize(problem.container.opening!)} opening.`
        : `The ${item.id} (${formatSize(item.size)}) fits the ${interior}'s bounding box but nowhere clear of its blocked regions (tapers, rounded corners, frame).`
    }
    case 'opening': {
      const item = itemOf(proof.itemId)
      const opening = formatSize(problem.container.opening!)
      if (proof.rule === 'soft') {
        const [a, b] = [...item.size].sort((x, y) => x - y)
        return `The ${item.id} cannot pass through the ${opening} opening: its two shorter sides are ${mm(a!)} × ${mm(b!)}, too wide even turned in the opening.`
      }
      return `The ${item.id} cannot go in through the ${opening} opening: in every way it fits the ${interior}, its footprint is too large to be lowered through the opening, even turned (the walls are rigid).`
    }
    case 'volume': {
      const [need, have] = distinct(proof.needMm3, proof.haveMm3, 1000, volumePlaces(proof.needMm3))
      return `The items need ${need} ml, the interior holds ${have} ml.`
    }
    case 'reduced-volume': {
      const [need, have] = distinct(proof.needMm3, proof.haveMm3, 1000, volumePlaces(proof.needMm3))
      return `No combination of the items' sides fills more than ${proof.reducedMm.map((v) => trimZeros(v)).join(' × ')} mm of the ${interior}, so that is all the room they can use: they need ${need} ml of its ${have} ml.`
    }
    case 'conflict': {
      const [a, b] = proof.itemIds
      return a === b
        ? `Two ${a} cannot both fit the ${interior}: side by side along any axis they are too long.`
        : `The ${a} and the ${b} cannot both fit the ${interior}: side by side along any axis they are too long.`
    }
    case 'projection': {
      const [need, have] = distinct(proof.needMm2, proof.haveMm2, 100, 1)
      return `${shareFace(proof.axis, proof.itemIds, problem)}: they need ${need} cm² of it, the ${interior} has ${have} cm².`
    }
    case 'shadow-packing':
      return `${shareFace(proof.axis, proof.itemIds, problem)}, and no arrangement of them side by side there exists (searched ${count(proof.placements)} placements).`
    case 'stacking': {
      const { along, face, stack } = AXIS_WORDS[proof.axis]!
      const [need, have] = distinct(proof.needMm, proof.haveMm, 1, 3)
      return `No two of the ${listOf(counted(proof.itemIds))} can sit apart across the ${face} of the ${interior} (${apart(problem)}), so they must lie ${stack}: together at least ${need} mm, in a ${have} mm ${along}.`
    }
    case 'dual-feasible': {
      const [need, have] = distinct(proof.needMm3, proof.haveMm3, 1000, volumePlaces(proof.needMm3))
      return `No arrangement exists: counting the space beside long items that nothing else can use (a dual-feasible bound), the items take up ${need} ml of the ${interior}'s ${have} ml.`
    }
    case 'layers': {
      const item = itemOf(proof.itemId)
      const { along, face, too } = AXIS_WORDS[proof.axis]!
      const layerMm = lengthAlong(item, proof.axis, problem)
      const n = item.count ?? 1
      return `At most ${count(proof.layers * proof.perLayer)} ${item.id} fit the ${interior}: every way ${n > 1 ? 'they' : 'it'} may lie ${n > 1 ? 'they are' : 'it is'} ${mm(layerMm)} ${too}, so ${count(proof.layers)} ${proof.layers === 1 ? 'layer fits' : 'layers fit'} the ${mm(problem.container.size[proof.axis]!)} ${along}, and side by side a layer fills at most ${proof.reducedMm.map(trimZeros).join(' × ')} mm of the ${face}: room for ${count(proof.perLayer)}. There are ${count(n)}.`
    }
    case 'search':
      return `No arrangement exists (searched ${count(proof.placements)} placements).`
    case 'turned-too-large': {
      const item = itemOf(proof.itemId)
      return `The ${item.id} (${formatSize(item.size)}) does not fit the ${interior} even turned at an angle: every way it can turn, it is at least ${mm(proof.shortMm)} too big.`
    }
    case 'squeezed':
      return `Even squeezed as small as ${problem.items.filter((it) => it.minSize).length === 1 ? 'it goes' : 'they go'} (${problem.items
        .filter((it) => it.minSize)
        .map((it) => `the ${it.id} to ${formatSize(it.minSize!)}`)
        .join(', ')}): ${lowerFirst(explainProof(proof.proof, { ...problem, items: problem.items.map(({ minSize, ...it }) => (minSize ? { ...it, size: minSize } : it)) }))}`
    case 'square-only': {
      const squareReason = explainProof(proof.square, problem)
      return `Could not decide whether it fits turned at an angle: square to the walls it does not (${lowerFirst(squareReason.replace(/\.$/, ''))}), and no layout with a turned item was found, though none is ruled out.`
    }
    case 'time-limit':
      return 'Could not decide within the time limit; no bound rules it out. Try a longer time limit.'
    case 'node-limit':
      return `Could not decide within the node limit of ${count(proof.nodeLimit)} work units; no bound rules it out. Try a larger node limit.`
    case 'too-fine':
      return proof.cause === 'decimals'
        ? `Could not decide exactly: the sizes are given to more than ${MAX_EXACT_PLACES} decimal places, and the answer turns on the digits past them.`
        : 'Could not decide exactly: whether an item passes the opening turned at an angle is too close to call at double precision.'
  }
}

// The length an item has along an axis every way it may lie in the container (a proof of layers says it is one).
function lengthAlong(item: FitProblem['items'][number], axis: number, problem: FitProblem): number {
  const L = problem.container.size
  const ways = orientations(item.size, item.rotate ?? 'any').filter((o) => o[0] <= L[0] && o[1] <= L[1] && o[2] <= L[2])
  return (ways[0] ?? item.size)[axis]!
}

const ROTATE_WORDS = { any: 'by quarter turns', upright: 'about the vertical only', none: 'not at all', free: 'by any angle' } as const

// "The a, b and c are too deep to sit one behind another in the 50 mm depth, so they must all share the front"
function shareFace(axis: number, itemIds: string[], problem: FitProblem): string {
  const { along, face, too, stack } = AXIS_WORDS[axis]!
  return `The ${listOf(counted(itemIds))} are too ${too} to sit ${stack} in the ${mm(problem.container.size[axis]!)} ${along}, so they must all share the ${face}`
}

// Each axis in words: its length, the face across it, how long things are along it, and things in a row along it.
const AXIS_WORDS = [
  { along: 'width', face: 'side', too: 'wide', stack: 'side by side' },
  { along: 'depth', face: 'front', too: 'deep', stack: 'one behind another' },
  { along: 'height', face: 'floor', too: 'tall', stack: 'one on top of another' },
] as const

/**
 * Two exact decimal quantities, each divided by `per` (1000 mm³ per ml, 100 mm² per cm²), printed with at least
 * `places` decimals and more until they differ (or until they are printed exactly).
 */
function distinct(a: string, b: string, per: number, places: number): [string, string] {
  const da = readDecimalString(a)
  const db = readDecimalString(b)
  const scale = Math.max(da.scale, db.scale)
  const [na, nb] = [atScale(da, scale), atScale(db, scale)]
  const denominator = BigInt(per) * 10n ** BigInt(scale)
  for (let p = places; ; p++) {
    const [sa, sb] = [ratioString(na, denominator, p), ratioString(nb, denominator, p)]
    if (sa !== sb || p >= scale + 6) return [sa, sb]
  }
}

// Decimals for millilitres by size: 2 under 10 ml, 1 above (as shops print volumes).
function volumePlaces(needMm3: string): number {
  return Number(needMm3) < 10_000 ? 2 : 1
}

function readDecimalString(text: string): { digits: bigint; scale: number } {
  const dot = text.indexOf('.')
  if (dot < 0) return { digits: BigInt(text), scale: 0 }
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 }
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

// "2 × card" for repeated ids, in order of first mention.
function counted(itemIds: string[]): string[] {
  return [...new Set(itemIds)].map((id) => {
    const n = itemIds.filter((x) => x === id).length
    return n > 1 ? `${n} × ${id}` : id
  })
}

// Why items cannot sit apart: the container's own size, or its blocked regions too.
function apart(problem: FitProblem): string {
  return (problem.container.blocked?.length ?? 0) > 0 ? 'its size and blocked regions leave no room for any two apart' : 'its size leaves no room for any two apart'
}

function listOf(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function itemsWord(problem: FitProblem): string {
  const n = problem.items.reduce((s, it) => s + (it.count ?? 1), 0)
  return n === 1 ? '1 item' : `${n} items`
}

function count(n: number): string {
  return n.toLocaleString('en-US')
}

function mm(v: number): string {
  const d = readDecimal(v)
  return `${d.scale > 3 ? String(v) : Number(v.toFixed(3))} mm`
}
