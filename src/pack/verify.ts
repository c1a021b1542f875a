import { atScale, compareDecimals, decimalString, parseDecimal, readDecimal } from '../geometry/decimal.js'
import { orientations } from '../geometry/orientation.js'
import { unionVolumeExact } from '../geometry/box.js'
import { Budget } from './budget.js'
import { buildModel, roundedOut } from './model.js'
import { passesOpening } from './opening.js'
import { reachOf } from './reach.js'
import { fitsAloneTurned } from './turn.js'
import { squeezed } from './squeeze.js'
import type { FitProblem, FitProof } from './types.js'

/** What `verifyProof` found: `ok` when every number of the proof was recomputed from the problem and holds. */
export interface ProofCheck {
  ok: boolean
  problems: string[]
  /** Parts of the proof taken on trust (an exhausted search is not searched again). */
  trusted: string[]
}

/**
 * Re-derives a `does-not-fit` proof from the problem alone, beside `checkPacking` for layouts: the side, the pair, the
 * volume, the face, the bound's value. It works from the problem's own decimals (exact, in BigInt), not from the
 * engine's model, so a proof that only holds for the model, or whose printed numbers differ from the problem's, is
 * caught. An exhausted search (`search`, and the 2D search of `shadow-packing`) is checked for its premises only.
 */
export function verifyProof(problem: FitProblem, proof: FitProof): ProofCheck {
  // A proof for the sizes rounded in favour of fitting is checked against those sizes.
  if (proof.rounded) {
    const { rounded: _, ...exact } = proof
    const check = verifyProof(roundedOut(problem), exact)
    return { ...check, trusted: [...check.trusted, 'the rounding of sizes past nine decimals in favour of fitting'] }
  }
  const problems: string[] = []
  const trusted: string[] = []
  const ex = exactProblem(problem)
  const item = (id: string) => {
    const i = problem.items.findIndex((it) => it.id === id)
    if (i < 0) problems.push(`the proof names ${JSON.stringify(id)}, which is not an item`)
    return i
  }
  switch (proof.kind) {
    case 'squeezed': {
      // A proof for the items at their squeezed sizes holds for the items, which squeeze no further.
      const inner = verifyProof(squeezed(problem), proof.proof)
      return inner
    }
    case 'turned-too-large': {
      const i = item(proof.itemId)
      if (i < 0) break
      if ((problem.items[i]!.rotate ?? 'any') !== 'free') problems.push(`${proof.itemId} may not turn by any angle`)
      const alone = fitsAloneTurned(problem.items[i]!.size, problem.container.size, 0, new Budget(2_000_000, Infinity))
      if (alone.kind === 'fits') problems.push(`${proof.itemId} fits the container's box turned`)
      else if (alone.kind === 'unknown') trusted.push(`that no rotation of the ${proof.itemId} fits (the search over rotations ran out)`)
      else if (alone.shortMm < proof.shortMm - 0.05 - 1e-6) problems.push(`${proof.itemId} is at least ${alone.shortMm} mm too big, not ${proof.shortMm}`)
      break
    }
    case 'item-too-large': {
      const i = item(proof.itemId)
      if (i >= 0 && ex.orients(i).some((o) => ex.withinBox(o))) problems.push(`${proof.itemId} fits the container's box in some allowed orientation`)
      break
    }
    case 'opening': {
      const i = item(proof.itemId)
      if (i < 0) break
      if (!problem.container.opening) problems.push('the container has no opening')
      else if (proof.rule !== (problem.container.soft ? 'soft' : 'rigid')) problems.push(`the walls are ${problem.container.soft ? 'soft' : 'rigid'}, not ${proof.rule}`)
      else if (ex.orients(i).some((o) => ex.withinBox(o) && ex.passes(i, o) !== 'no')) problems.push(`${proof.itemId} can pass the opening in some orientation that fits`)
      break
    }
    case 'volume': {
      expectMoreThan(problems, ex, proof, ex.freeVolume(), 'the interior')
      break
    }
    case 'reduced-volume': {
      if ((problem.container.blocked ?? []).length > 0) problems.push('the reduced-volume bound is for plain boxes')
      const reduced = proof.reducedMm.map((v) => ex.unitsOf(v))
      for (let k = 0; k < 3; k++) {
        const sums = ex.sidesSums(k, reduced[k]!)
        if (sums === null) trusted.push(`the reduced ${'xyz'[k]} length (too many sums to list again)`)
        else if (sums.some((v) => v > reduced[k]! && v <= ex.L[k]!)) problems.push(`a sum of the items' sides along ${'xyz'[k]} fills more than ${proof.reducedMm[k]} mm`)
        if (reduced[k]! > ex.L[k]!) problems.push(`the reduced ${'xyz'[k]} length passes the container's`)
      }
      expectMoreThan(problems, ex, proof, reduced[0]! * reduced[1]! * reduced[2]!, 'the reduced box')
      break
    }
    case 'conflict': {
      const [a, b] = proof.itemIds.map(item)
      if (a === undefined || b === undefined || a < 0 || b < 0) break
      if (a === b && (problem.items[a]!.count ?? 1) < 2) problems.push(`there is only one ${proof.itemIds[0]}`)
      for (const oa of ex.orients(a).filter(ex.withinBox)) {
        for (const ob of ex.orients(b).filter(ex.withinBox)) {
          for (let k = 0; k < 3; k++) if (oa[k]! + ob[k]! <= ex.L[k]!) problems.push(`the ${proof.itemIds[0]} and the ${proof.itemIds[1]} fit side by side along ${'xyz'[k]}`)
        }
      }
      break
    }
    case 'projection': {
      const members = proof.itemIds.map(item)
      if (members.some((i) => i < 0)) break
      expectCopies(problems, problem, proof.itemIds)
      const axis = proof.axis
      const face = [0, 1, 2].filter((k) => k !== axis) as [number, number]
      const depth = (i: number) => min(ex.orients(i).filter(ex.withinBox).map((o) => o[axis]!))
      const shadow = (i: number) => min(ex.orients(i).filter(ex.withinBox).map((o) => o[face[0]]! * o[face[1]]!))
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          if (depth(members[x]!) + depth(members[y]!) <= ex.L[axis]!) problems.push(`two of the items (${proof.itemIds[x]}, ${proof.itemIds[y]}) can stand one behind another along ${'xyz'[axis]}`)
        }
      }
      const need = members.reduce((s, i) => s + shadow(i), 0n)
      const have = ex.L[face[0]]! * ex.L[face[1]]!
      expectEqual(problems, 'the shadows need', proof.needMm2, ex.mm2(need))
      expectEqual(problems, 'the face has', proof.haveMm2, ex.mm2(have))
      if (!(need > have)) problems.push('the shadows do not need more than the face has')
      break
    }
    case 'shadow-packing': {
      const members = proof.itemIds.map(item)
      if (members.some((i) => i < 0)) break
      expectCopies(problems, problem, proof.itemIds)
      const axis = proof.axis
      const depth = (i: number) => min(ex.orients(i).filter(ex.withinBox).map((o) => o[axis]!))
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          if (depth(members[x]!) + depth(members[y]!) <= ex.L[axis]!) problems.push(`two of the items (${proof.itemIds[x]}, ${proof.itemIds[y]}) can stand one behind another along ${'xyz'[axis]}`)
        }
      }
      trusted.push(`that no arrangement of the shadows exists (an exhaustive 2D search of ${proof.placements} placements)`)
      break
    }
    case 'dual-feasible': {
      const eps = proof.epsilonMm.map((v) => ex.unitsOf(v))
      for (let k = 0; k < 3; k++) if (eps[k]! * 2n > ex.L[k]!) problems.push(`ε along ${'xyz'[k]} passes half the length`)
      const f = (x: bigint, L: bigint, e: bigint) => (x > L - e ? L : x < e ? 0n : x)
      let need = 0n
      problem.items.forEach((it, i) => {
        const best = min(ex.orients(i).filter(ex.withinBox).map((o) => f(o[0], ex.L[0]!, eps[0]!) * f(o[1], ex.L[1]!, eps[1]!) * f(o[2], ex.L[2]!, eps[2]!)))
        need += best * BigInt(it.count ?? 1)
      })
      const have = ex.L[0]! * ex.L[1]! * ex.L[2]!
      expectEqual(problems, 'the transformed volumes need', proof.needMm3, ex.mm3(need))
      expectEqual(problems, 'the container holds', proof.haveMm3, ex.mm3(have))
      if (!(need > have)) problems.push('the transformed volumes do not pass the container')
      break
    }
    case 'layers': {
      const i = item(proof.itemId)
      if (i < 0) break
      const axis = proof.axis
      const face = [0, 1, 2].filter((k) => k !== axis) as [number, number]
      const ways = ex.orients(i).filter((o) => ex.withinBox(o) && (!problem.container.opening || ex.passes(i, o) !== 'no'))
      if (ways.length === 0) {
        problems.push(`${proof.itemId} has no way to lie in the container`)
        break
      }
      const e = ways[0]![axis]!
      if (ways.some((o) => o[axis] !== e)) problems.push(`${proof.itemId} may lie with different lengths along ${'xyz'[axis]}`)
      if (BigInt(proof.layers) !== ex.L[axis]! / e) problems.push(`${ex.L[axis]! / e} layers fit along ${'xyz'[axis]}, not ${proof.layers}`)
      const copies = problem.items[i]!.count ?? 1
      const reduced = proof.reducedMm.map((v) => ex.unitsOf(v))
      face.forEach((k, f) => {
        const sums = ex.copySums(ways, k, copies)
        if (sums === null) trusted.push(`the ${'xyz'[k]} length a layer fills (too many sums to list again)`)
        else if (sums.some((v) => v > reduced[f]! && v <= ex.L[k]!)) problems.push(`the ${proof.itemId}'s sides along ${'xyz'[k]} fill more than ${proof.reducedMm[f]} mm`)
        if (reduced[f]! < 0n || reduced[f]! > ex.L[k]!) problems.push(`the ${'xyz'[k]} length a layer fills is not within the container's`)
      })
      const area = ways[0]![face[0]]! * ways[0]![face[1]]!
      const perLayer = (reduced[0]! * reduced[1]!) / area
      if (BigInt(proof.perLayer) !== perLayer) problems.push(`a layer holds at most ${perLayer}, not ${proof.perLayer}`)
      if (!(BigInt(copies) > BigInt(proof.layers) * BigInt(proof.perLayer))) problems.push(`${copies} copies do not exceed ${proof.layers} layers of ${proof.perLayer}`)
      break
    }
    case 'no-room':
    case 'stacking': {
      // Where things can go among blocked regions: recomputed by the reach (itself checked against enumeration).
      const model = buildModel(problem)
      const budget = new Budget(Infinity, Infinity)
      const reach = (t: number) => model.types[t]!.orients.map((o) => reachOf(model, [o.w, o.d, o.h], budget))
      if (proof.kind === 'no-room') {
        const t = item(proof.itemId)
        if (t >= 0 && reach(t).some((r) => r)) problems.push(`${proof.itemId} has room clear of the blocked regions`)
        break
      }
      const members = [...new Set(proof.itemIds)].map(item)
      if (members.some((i) => i < 0)) break
      expectCopies(problems, problem, proof.itemIds, true)
      const face = [0, 1, 2].filter((k) => k !== proof.axis)
      const reaches = new Map(members.map((t) => [t, reach(t)]))
      const apart = (a: number, b: number) =>
        model.types[a]!.orients.some((oa, i) =>
          model.types[b]!.orients.some((ob, j) => {
            const ra = reaches.get(a)![i]
            const rb = reaches.get(b)![j]
            if (!ra || !rb) return false
            const ea = [oa.w, oa.d, oa.h]
            const eb = [ob.w, ob.d, ob.h]
            return face.some((k) => ra.least[k]! + ea[k]! <= rb.greatest[k]! || rb.least[k]! + eb[k]! <= ra.greatest[k]!)
          }),
        )
      const counts = new Map<number, number>()
      for (const id of proof.itemIds) counts.set(item(id), (counts.get(item(id)) ?? 0) + 1)
      for (const a of members) {
        if (counts.get(a)! > 1 && apart(a, a)) problems.push(`two ${problem.items[a]!.id} can sit apart across the face`)
        for (const b of members) if (a < b && apart(a, b)) problems.push(`the ${problem.items[a]!.id} and the ${problem.items[b]!.id} can sit apart across the face`)
      }
      const depth = (t: number) => min(model.types[t]!.orients.filter((_, i) => reaches.get(t)![i]).map((o) => BigInt([o.w, o.d, o.h][proof.axis]!)))
      const need = [...counts].reduce((s, [t, n]) => s + depth(t) * BigInt(n), 0n)
      const needMm = decimalString(need * model.unitDigits, model.unitScale)
      expectEqual(problems, 'the stack needs', proof.needMm, needMm)
      expectEqual(problems, 'the length is', proof.haveMm, decimalString(BigInt(model.L[proof.axis]!) * model.unitDigits, model.unitScale))
      if (!(need > BigInt(model.L[proof.axis]!))) problems.push('the stack does not pass the length')
      break
    }
    case 'search':
      trusted.push(`the exhaustive search (${proof.placements} placements)`)
      break
    default:
      problems.push(`a ${proof.kind} proof is not a proof that it does not fit`)
  }
  return { ok: problems.length === 0, problems, trusted }
}

// Every copy of a listed item, no more than there are (for stacking, copies of one kind may be listed once).
function expectCopies(problems: string[], problem: FitProblem, ids: readonly string[], atLeastOne = false): void {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  for (const [id, n] of counts) {
    const have = problem.items.find((it) => it.id === id)?.count ?? 1
    if (n > have || (!atLeastOne && n < 1)) problems.push(`the proof counts ${n} × ${id}, the problem has ${have}`)
  }
}

function expectEqual(problems: string[], what: string, claimed: string, actual: string): void {
  if (compareDecimals(parseDecimal(claimed), parseDecimal(actual)) !== 0) problems.push(`${what} ${claimed}, but recomputed it is ${actual}`)
}

// A volume proof's two numbers recomputed, and the need really more than what `where` holds.
function expectMoreThan(problems: string[], ex: ExactProblem, proof: { needMm3: string; haveMm3: string }, have: bigint, where: string): void {
  const need = ex.itemsVolume()
  expectEqual(problems, 'the items need', proof.needMm3, ex.mm3(need))
  expectEqual(problems, `${where} holds`, proof.haveMm3, ex.mm3(have))
  if (!(need > have)) problems.push(`the items do not need more volume than ${where} holds`)
}

function min(values: bigint[]): bigint {
  return values.reduce((m, v) => (v < m ? v : m))
}

type ExactProblem = ReturnType<typeof exactProblem>

/** The problem's lengths as whole numbers of one decimal unit, with the questions the checks ask of them. */
function exactProblem(problem: FitProblem) {
  let scale = 0
  const see = (v: number) => (scale = Math.max(scale, readDecimal(v).scale))
  problem.container.size.forEach(see)
  problem.container.opening?.forEach(see)
  for (const b of problem.container.blocked ?? []) [...b.at, ...b.size].forEach(see)
  for (const it of problem.items) it.size.forEach(see)
  const units = (v: number) => atScale(readDecimal(v), scale)
  const L = problem.container.size.map(units)
  const sizes = problem.items.map((it) => it.size.map(units) as [bigint, bigint, bigint])
  return {
    L,
    units,
    // A proof's decimal in the problem's unit (it must not have more places than the problem: else it is not one of
    // its lengths, and the comparison below says so).
    unitsOf: (text: string) => {
      const d = parseDecimal(text)
      return d.scale <= scale ? atScale(d, scale) : -1n
    },
    orients: (i: number) => orientations(sizes[i]!, problem.items[i]!.rotate ?? 'any'),
    withinBox: (o: readonly bigint[]) => o[0]! <= L[0]! && o[1]! <= L[1]! && o[2]! <= L[2]!,
    passes: (i: number, o: readonly bigint[]) => {
      const [a, b] = [...sizes[i]!].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
      return passesOpening({
        footprint: [o[0]!, o[1]!],
        smallest: [a!, b!],
        opening: [units(problem.container.opening![0]), units(problem.container.opening![1])],
        interior: [L[0]!, L[1]!],
        rule: problem.container.soft ? 'soft' : 'rigid',
      })
    },
    itemsVolume: () => problem.items.reduce((s, it, i) => s + sizes[i]![0] * sizes[i]![1] * sizes[i]![2] * BigInt(it.count ?? 1), 0n),
    freeVolume: () =>
      L[0]! * L[1]! * L[2]! -
      unionVolumeExactBig(
        (problem.container.blocked ?? []).map((b) => {
          const lo = b.at.map(units)
          return { lo, hi: lo.map((v, k) => { const h = v + units(b.size[k]!); return h > L[k]! ? L[k]! : h }) }
        }),
      ),
    // Every sum of the items' sides along axis k (one allowed extent per copy, or none) up to `limit`, or null
    // when there are too many to list.
    sidesSums: (k: number, limit: bigint) => {
      let sums = new Set<bigint>([0n])
      problem.items.forEach((it, i) => {
        const along = [...new Set(orientations(sizes[i]!, it.rotate ?? 'any').filter((o) => o[0] <= L[0]! && o[1] <= L[1]! && o[2] <= L[2]!).map((o) => o[k]!))]
        for (let c = 0; c < (it.count ?? 1); c++) {
          if (sums.size > 50_000) return
          const next = new Set(sums)
          for (const s of sums) for (const e of along) if (s + e <= L[k]!) next.add(s + e)
          sums = next
        }
      })
      return sums.size > 50_000 || limit < 0n ? null : [...sums]
    },
    // Every sum up to the length along axis k of one side per copy (at most `copies`, each lying one of `ways`), or
    // null when there are too many to list.
    copySums: (ways: readonly (readonly bigint[])[], k: number, copies: number) => {
      const along = [...new Set(ways.map((o) => o[k]!))]
      let sums = new Set<bigint>([0n])
      for (let c = 0; c < copies; c++) {
        const next = new Set(sums)
        for (const s of sums) for (const e of along) if (s + e <= L[k]!) next.add(s + e)
        if (next.size === sums.size) break
        sums = next
        if (sums.size > 50_000) return null
      }
      return [...sums]
    },
    mm3: (v: bigint) => decimalString(v, 3 * scale),
    mm2: (v: bigint) => decimalString(v, 2 * scale),
  }
}

// The union volume of boxes given by BigInt corners (the geometry helper works in numbers; these may pass 2^53).
function unionVolumeExactBig(boxes: { lo: bigint[]; hi: bigint[] }[]): bigint {
  if (boxes.length === 0) return 0n
  const fits = boxes.every((b) => [...b.lo, ...b.hi].every((v) => v <= BigInt(Number.MAX_SAFE_INTEGER)))
  if (fits) return unionVolumeExact(boxes.map((b) => ({ at: b.lo.map(Number) as [number, number, number], size: b.hi.map((h, k) => Number(h - b.lo[k]!)) as [number, number, number] })))
  // Past 2^53, cell by cell over the distinct coordinates (few boxes in practice).
  const axes = [0, 1, 2].map((k) => [...new Set(boxes.flatMap((b) => [b.lo[k]!, b.hi[k]!]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  let total = 0n
  for (let i = 0; i + 1 < axes[0]!.length; i++)
    for (let j = 0; j + 1 < axes[1]!.length; j++)
      for (let l = 0; l + 1 < axes[2]!.length; l++) {
        const p = [axes[0]![i]!, axes[1]![j]!, axes[2]![l]!]
        if (boxes.some((b) => p.every((v, k) => b.lo[k]! <= v && v < b.hi[k]!))) total += (axes[0]![i + 1]! - p[0]!) * (axes[1]![j + 1]! - p[1]!) * (axes[2]![l + 1]! - p[2]!)
      }
  return total
}
