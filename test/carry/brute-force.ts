import { DEFAULT_PRIORITY } from '../../src/carry/priority.js'
import type { CarryProblem } from '../../src/carry/types.js'
import { fit } from '../../src/pack/index.js'
import type { FitItem } from '../../src/pack/types.js'

/**
 * The best plan's score found by trying every assignment: must-haves carried, priority carried, pieces used,
 * priority in the bags you wear, containers used.
 */
export interface BruteScore {
  mustHaves: number
  priority: number
  pieces: number
  /** Priority in the bags you wear (worn, not pockets, and what they hold nested). */
  worn: number
  /** Priority in pockets (worn containers that are not on you). */
  pockets: number
  /** Containers used among those you carry (not worn, nor in something worn). */
  used: number
  /** False when some fit check ran out of time, so the score may be too low. */
  certain: boolean
}

/**
 * Tries every way to put each copy of each item in a container or leave it behind (containers^copies ways), each
 * container checked by `fit` with its nested containers' outsides, and keeps the best by must-haves, then priority,
 * then fewest pieces (what you wear is none; a nested container is part of its host's piece unless it names its
 * own), then the most priority in worn containers other than pockets (and what they hold nested), then the most in
 * pockets, then fewest containers used among those carried. For small problems only.
 */
export function bruteForcePlan(problem: CarryProblem): BruteScore {
  const { items, containers } = problem
  const units = items.flatMap((it, k) => Array.from({ length: it.count ?? 1 }, () => k))
  const nC = containers.length
  const host = containers.map((c) => (c.inside === undefined ? -1 : containers.findIndex((d) => d.id === c.inside)))
  const cache = new Map<string, 'fits' | 'does-not-fit' | 'unknown'>()
  let certain = true
  const fits = (c: number, list: FitItem[]): boolean => {
    if (list.length === 0) return true
    const key = `${c}|${JSON.stringify(list)}`
    let status = cache.get(key)
    if (!status) {
      status = fit({ container: containers[c]!.container, items: list, options: { timeLimitMs: 3000 } }).status
      cache.set(key, status)
    }
    if (status === 'unknown') certain = false
    return status === 'fits'
  }
  const category = (k: number) => items[k]!.category ?? 'other'
  const priority = (k: number) => items[k]!.priority ?? DEFAULT_PRIORITY[category(k)]

  const pieceOf = (i: number): string | null => {
    const c = containers[i]!
    if (c.worn) return null
    if (c.piece !== undefined || host[i]! < 0) return c.piece ?? c.id
    return pieceOf(host[i]!)
  }
  const onYou = (i: number): boolean => (containers[i]!.worn === true && containers[i]!.kind !== 'pocket') || (host[i]! >= 0 && onYou(host[i]!))

  let best: BruteScore = { mustHaves: -1, priority: -1, pieces: Infinity, worn: -1, pockets: -1, used: Infinity, certain: true }
  const assign = new Array<number>(units.length).fill(-1)
  const total = (nC + 1) ** units.length
  for (let code = 0; code < total; code++) {
    let rest = code
    for (let u = 0; u < units.length; u++) {
      assign[u] = (rest % (nC + 1)) - 1
      rest = Math.floor(rest / (nC + 1))
    }
    // Accepted categories first (cheap), then every container's contents with nested outsides.
    if (assign.some((c, u) => c >= 0 && containers[c]!.accepts && !containers[c]!.accepts.includes(category(units[u]!)))) continue
    const counts = containers.map(() => new Map<string, number>())
    assign.forEach((c, u) => {
      if (c >= 0) counts[c]!.set(items[units[u]!]!.id, (counts[c]!.get(items[units[u]!]!.id) ?? 0) + 1)
    })
    // A non-empty nested container puts its outside in its host (deepest first, so chains fill up).
    for (let pass = 0; pass < nC; pass++) {
      containers.forEach((c, i) => {
        if (host[i]! >= 0 && counts[i]!.size > 0) counts[host[i]!]!.set(c.id, 1)
      })
    }
    let ok = true
    for (let c = 0; c < nC && ok; c++) {
      const list: FitItem[] = [...counts[c]!].map(([id, n]) => {
        const item = items.find((it) => it.id === id)
        if (item) return { id, size: item.size, count: n, ...(item.rotate ? { rotate: item.rotate } : {}) }
        return { id, size: containers.find((d) => d.id === id)!.exterior!, count: 1 }
      })
      ok = fits(c, list)
    }
    if (!ok) continue
    let must = 0
    let pri = 0
    let worn = 0
    let pockets = 0
    assign.forEach((c, u) => {
      if (c < 0) return
      if (items[units[u]!]!.mustHave) must++
      pri += priority(units[u]!)
      if (onYou(c)) worn += priority(units[u]!)
      else if (pieceOf(c) === null) pockets += priority(units[u]!)
    })
    const usedIds = containers.map((_, i) => i).filter((i) => counts[i]!.size > 0)
    const pieces = new Set(usedIds.map(pieceOf).filter((p) => p !== null)).size
    const used = usedIds.filter((i) => pieceOf(i) !== null).length
    // Lexicographic: each criterion decides unless tied.
    const order: [number, number][] = [
      [must, best.mustHaves],
      [pri, best.priority],
      [-pieces, -best.pieces],
      [worn, best.worn],
      [pockets, best.pockets],
      [-used, -best.used],
    ]
    const decided = order.find(([a, b]) => Math.abs(a - b) > 1e-9)
    if (decided && decided[0] > decided[1]) best = { mustHaves: must, priority: pri, pieces, worn, pockets, used, certain: true }
  }
  return { ...best, certain }
}
