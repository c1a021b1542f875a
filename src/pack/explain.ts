import { formatSize } from '../geometry/units.js'
import type { FitProblem, FitProof } from './types.js'

/** Puts a proof into words, with the numbers, in millimetres and millilitres. */
export function explainProof(proof: FitProof, problem: FitProblem): string {
  const interior = `${formatSize(problem.container.size)} interior`
  const itemOf = (id: string) => problem.items.find((it) => it.id === id)!
  switch (proof.kind) {
    case 'empty':
      return 'Nothing to pack.'
    case 'layout':
      return proof.by === 'heuristic'
        ? `Everything fits: a layout was found directly (${countOf(problem)} items).`
        : `Everything fits: the exact search found a layout (${countOf(problem)} items).`
    case 'item-too-large': {
      const item = itemOf(proof.itemId)
      const longest = Math.max(...item.size)
      const side = Math.max(...problem.container.size)
      if (longest > side && (item.rotate ?? 'any') === 'any') {
        return `The ${item.id}'s ${mm(longest)} exceeds every side of the ${interior}.`
      }
      return `The ${item.id} (${formatSize(item.size)}, rotate: ${item.rotate ?? 'any'}) does not fit the ${interior} in any allowed orientation.`
    }
    case 'no-room': {
      const item = itemOf(proof.itemId)
      return `The ${item.id} (${formatSize(item.size)}) fits the ${interior}'s bounding box but nowhere clear of its blocked regions (tapers, rounded corners, frame).`
    }
    case 'opening': {
      const item = itemOf(proof.itemId)
      const [a, b] = [...item.size].sort((x, y) => x - y)
      return `The ${item.id} cannot pass through the ${formatSize(problem.container.opening!)} opening: its two shorter sides are ${mm(a!)} × ${mm(b!)}.`
    }
    case 'volume':
      return `The items need ${ml(proof.itemsUm3)}, the interior holds ${ml(proof.freeUm3)}.`
    case 'conflict': {
      const [a, b] = proof.itemIds
      return a === b
        ? `Two ${a} cannot both fit the ${interior}: side by side along any axis they are too long.`
        : `The ${a} and the ${b} cannot both fit the ${interior}: side by side along any axis they are too long.`
    }
    case 'projection':
      return `${shareFace(proof.axis, proof.itemIds, problem)}: they need ${cm2(proof.needMm2)} of it, the ${interior} has ${cm2(proof.haveMm2)}.`
    case 'shadow-packing':
      return `${shareFace(proof.axis, proof.itemIds, problem)}, and no arrangement of them side by side there exists (searched ${proof.nodes.toLocaleString('en-US')} placements).`
    case 'stacking': {
      const { along, face, stack } = AXIS_WORDS[proof.axis]!
      return `No two of the ${listOf(counted(proof.itemIds))} can sit apart across the ${face} of the ${interior} (${apart(problem)}), so they must lie ${stack}: together at least ${mm(proof.needMm)}, in a ${mm(proof.haveMm)} ${along}.`
    }
    case 'dual-feasible':
      return `No arrangement exists: counting the space beside long items that nothing else can use (a dual-feasible bound), the items need ${(proof.value * 100).toFixed(1)} % of the ${interior}.`
    case 'search':
      return `No arrangement exists (searched ${proof.nodes.toLocaleString('en-US')} placements).`
    case 'time-limit':
      return `Could not decide within the time limit (searched ${proof.nodes.toLocaleString('en-US')} placements); no bound rules it out. Try a longer time limit.`
  }
}

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

function cm2(mm2: number): string {
  return `${Number((mm2 / 100).toFixed(1))} cm²`
}

function countOf(problem: FitProblem): number {
  return problem.items.reduce((s, it) => s + (it.count ?? 1), 0)
}

function mm(v: number): string {
  return `${Number(v.toFixed(3))} mm`
}

function ml(um3: number): string {
  const millilitres = um3 / 1e12
  return `${Number(millilitres.toFixed(millilitres < 10 ? 2 : 1))} ml`
}
