import { unionVolume } from '../geometry/box.js'
import { checkPacking } from '../pack/index.js'
import type { Placement } from '../pack/types.js'
import { loadFitProblem } from './clp/from-fit.js'
import { explainContainers, explainLeftBehind, explainMustHaves } from './explain.js'
import { ContainerOracle, type Kind } from './feasibility.js'
import { DEFAULT_PRIORITY } from './priority.js'
import type { CarryContainer, CarryItem, CarryPlan, CarryProblem, ContainerPlan } from './types.js'
import { validateCarryProblem } from './validate.js'

/** Default time budgets, in milliseconds: the whole plan, and one fit check (or an eighth of the plan's, if more). */
const DEFAULT_PLAN_TIME_LIMIT_MS = 2000
const DEFAULT_FIT_TIME_LIMIT_MS = 250

/**
 * Up to this many item copies the search is expected to finish (and so be exact) within the default time on micro
 * kits; beyond it the plan starts from the loading heuristic's answer and improves on it while time lasts.
 */
const EXACT_ITEM_LIMIT = 15

// Most time spent after the search putting reasons into words, in milliseconds.
const EXPLAIN_BUDGET_MS = 300

/**
 * Plans how to carry things in several containers, as the wearer sees it. Best, in this order:
 * 1. every must-have carried where any plan can carry them all (or proof that none can);
 * 2. the most total priority carried;
 * 3. the fewest pieces to carry: what you wear (`worn`: the micro bags you wear, garment pockets) is none, a phone
 *    case and its slots are one, a pouch is part of the piece it sits in;
 * 4. the bags you wear filled with what they can take: the most priority in worn containers other than pockets
 *    (and in what sits inside them);
 * 5. then your pockets: the most priority in them, so an extra piece carries only what nothing you wear can take;
 * 6. the fewest containers used among those you carry, so a pouch that adds nothing stays home.
 * Each container's layout passes `checkPacking`; a nested container (a pouch) packs as one item of its outside size
 * in its host whenever it holds something.
 *
 * Branch and bound over the copies of the items, most important first, each to a container or left behind:
 * - the oracle is the exact engine `fit`, with answers reused for the same contents, for contents inside contents
 *   known to fit and for contents holding contents known not to fit (see `feasibility.ts`);
 * - the bound is the smaller of the priority still to place and a fractional knapsack of it by volume into the free
 *   volume left, so a branch that cannot beat the best plan so far is cut;
 * - copies of one item go to containers in order, and of several identical empty containers only the first is tried.
 *
 * Exact when the search ends in time and no fit check timed out (`exact: true`); otherwise the best plan found, with
 * `priorityBound` saying how far from the best any plan could be. With one container this is the leave-out problem
 * (see `bestSubset`). Throws `INVALID_CARRY` / `UNKNOWN_CONTAINER` for malformed input. Does not mutate `problem`.
 */
export function planCarry(problem: CarryProblem): CarryPlan {
  const started = performance.now()
  validateCarryProblem(problem)
  const timeLimitMs = problem.options?.timeLimitMs ?? DEFAULT_PLAN_TIME_LIMIT_MS
  const fitLimitMs = problem.options?.fitTimeLimitMs ?? Math.max(DEFAULT_FIT_TIME_LIMIT_MS, timeLimitMs / 8)
  // The search stops early enough to leave time for wording the reasons.
  const deadline = started + timeLimitMs - Math.min(EXPLAIN_BUDGET_MS, timeLimitMs * 0.15)
  const s = setup(problem)

  // 1. A first plan from the loading heuristic when there are many copies (the search alone starts greedily).
  if (s.units.length > EXACT_ITEM_LIMIT) seedFromHeuristic(s, Math.min(timeLimitMs * 0.25, 500))

  // 2. Branch and bound.
  const search = new Search(s, deadline, fitLimitMs)
  search.run()

  // 3. The plan: layouts, what stays behind and why.
  return buildPlan(s, search, started, fitLimitMs, started + timeLimitMs)
}

/** The leave-out problem for one container: the best set of things that fit it, and why the rest stays behind. */
export function bestSubset(container: CarryContainer, items: CarryItem[], options?: CarryProblem['options']): CarryPlan {
  return planCarry({ items, containers: [container], ...(options ? { options } : {}) })
}

// ---------------------------------------------------------------------------------------------------------------
// Setup: items become kinds and copies ("units"), containers get an oracle each.

interface Setup {
  items: CarryItem[]
  containers: CarryContainer[]
  /** Kinds: the items, then one per nested container (its outside). */
  kinds: Kind[]
  nItems: number
  /** Per unit: its item index, weight (priority, plus `mustWeight` for a must-have) and volume. Most important first. */
  units: { item: number; weight: number; volume: number }[]
  weight: number[]
  /** Priority of one copy of each item (no must-have weight). */
  priority: number[]
  mustWeight: number
  /** compat[item][container]: accepted and fits alone. */
  compat: boolean[][]
  /** Host index of each container, -1 when top level; kind index of its outside in the host. */
  host: number[]
  outsideKind: number[]
  piece: number[]
  /** The piece each container belongs to, null for what you wear. */
  pieceNames: (string | null)[]
  nPieces: number
  /** On you: a worn container other than a pocket (the micro bag you wear), or one nested in such. */
  onYou: boolean[]
  /**
   * What one unit of priority in each container is worth to criteria 4 and 5: `wornScale` on you, 1 in a pocket (or
   * anything else worn), 0 in what you carry. `wornScale` exceeds all priority together, so the bags come first.
   */
  wornWeight: number[]
  wornScale: number
  /** For each container, the previous container identical to it (-1 if none): symmetric, tried only in order. */
  twin: number[]
  oracles: ContainerOracle[]
  freeVolume: number[]
  /** Most volume each container can hold, overhang out of an open top included (for the bound). */
  boundVolume: number[]
  /** A plan found before the search (units -> container, or -1 left behind). */
  seed: Int32Array | null
  uncertainSingles: number
}

function setup(problem: CarryProblem): Setup {
  const items = problem.items
  const containers = problem.containers
  const nItems = items.length
  const index = new Map(containers.map((c, i) => [c.id, i]))
  const host = containers.map((c) => (c.inside === undefined ? -1 : index.get(c.inside)!))

  // Kinds: items, then outsides of nested containers.
  const kinds: Kind[] = items.map((it) => {
    // The least room it takes: squeezed as far as it goes (what the volume bounds may count on).
    const [w, d, h] = it.minSize ?? it.size
    return {
      id: it.id,
      item: { id: it.id, size: it.size, ...(it.rotate ? { rotate: it.rotate } : {}), ...(it.minSize ? { minSize: it.minSize } : {}) },
      volume: w * d * h,
    }
  })
  const outsideKind = containers.map((c) => {
    if (c.inside === undefined) return -1
    const e = c.exterior!
    kinds.push({ id: c.id, item: { id: c.id, size: e }, volume: e[0] * e[1] * e[2] })
    return kinds.length - 1
  })

  // Weights: priority, plus for a must-have more than all priority together, so must-haves count first and
  // priority (theirs included) decides among plans carrying as many must-haves.
  const priority = items.map((it) => it.priority ?? DEFAULT_PRIORITY[it.category ?? 'other'])
  const mustWeight = items.reduce((sum, it, i) => sum + priority[i]! * (it.count ?? 1), 0) + 1
  const weight = items.map((it, i) => (it.mustHave ? mustWeight : 0) + priority[i]!)

  const freeVolume = containers.map((c) => {
    const [w, d, h] = c.container.size
    const blocked = unionVolume((c.container.blocked ?? []).map((b) => ({ at: b.at, size: b.size })))
    return w * d * h - blocked
  })
  // An open top holds more: up to its share of the tallest thing standing out above the whole top.
  const tallest = kinds.reduce((m, k) => Math.max(m, ...k.item.size), 0)
  const boundVolume = containers.map((c, i) => freeVolume[i]! + c.container.size[0] * c.container.size[1] * (c.overhangShare ?? 0) * tallest)
  const oracles = containers.map((c, i) => new ContainerOracle(c.container, kinds, freeVolume[i]!, c.overhangShare ?? 0))

  // Compatibility: the container accepts the category and the item fits in it alone.
  let uncertainSingles = 0
  const single = (c: number, k: number) => {
    const counts = new Int32Array(kinds.length)
    counts[k] = 1
    const v = oracles[c]!.check(counts, 1000)
    if (v.uncertain) uncertainSingles++
    return v.fits
  }
  const usable = containers.map((_, c) => host[c]! < 0 || single(host[c]!, outsideKind[c]!))
  const compat = items.map((it, k) =>
    containers.map((c, ci) => usable[ci]! && (!c.accepts || c.accepts.includes(it.category ?? 'other')) && single(ci, k)),
  )

  // Units: copies, must-haves first, then by priority, then larger first (harder to place: fail early).
  const units = items
    .flatMap((it, i) => Array.from({ length: it.count ?? 1 }, () => ({ item: i, weight: weight[i]!, volume: kinds[i]!.volume })))
    .sort((a, b) => b.weight - a.weight || b.volume - a.volume || a.item - b.item)

  // Pieces: what you wear is none (-1); a nested container belongs to its host's piece unless it names its own.
  const pieceOf = (i: number): string | null => {
    const c = containers[i]!
    if (c.worn) return null
    if (c.piece !== undefined || host[i]! < 0) return c.piece ?? c.id
    return pieceOf(host[i]!)
  }
  const pieceNames = containers.map((_, i) => pieceOf(i))
  const pieceIds = [...new Set(pieceNames.filter((p): p is string => p !== null))]
  const piece = pieceNames.map((p) => (p === null ? -1 : pieceIds.indexOf(p)))
  // On you: the bags you wear and what sits in them, filled first.
  const onYouOf = (i: number): boolean => (containers[i]!.worn === true && containers[i]!.kind !== 'pocket') || (host[i]! >= 0 && onYouOf(host[i]!))
  const onYou = containers.map((_, i) => onYouOf(i))
  const wornScale = items.reduce((sum, it, i) => sum + priority[i]! * (it.count ?? 1), 0) + 1
  const wornWeight = containers.map((_, i) => (onYou[i] ? wornScale : piece[i]! < 0 ? 1 : 0))
  // Two containers are interchangeable when they are alike in every way (slots of one case, two identical bags)
  // and hold no nested container.
  const hosts = new Set(host.filter((h) => h >= 0))
  const signature = (c: CarryContainer, i: number) =>
    hosts.has(i) ? `host:${i}` : JSON.stringify([c.kind, c.container, c.accepts ?? null, c.exterior ?? null, host[i], c.piece ?? null, c.worn ?? false, onYou[i], c.overhangShare ?? 0])
  const twin = containers.map((c, i) => {
    for (let j = i - 1; j >= 0; j--) if (signature(containers[j]!, j) === signature(c, i)) return j
    return -1
  })
  return { items, containers, kinds, nItems, units, weight, priority, mustWeight, compat, host, outsideKind, piece, pieceNames, nPieces: pieceIds.length, onYou, wornWeight, wornScale, twin, oracles, freeVolume, boundVolume, seed: null, uncertainSingles }
}

/**
 * A first plan from the block-building heuristic: fill top-level containers one after another with the most
 * weight it can load (nested containers are left to the search). Only used for its value and its checked layouts.
 */
function seedFromHeuristic(s: Setup, budgetMs: number): void {
  const left = s.items.map((it) => it.count ?? 1)
  const seed = new Int32Array(s.units.length).fill(-1)
  // Top-level containers that hold no other, the bags you wear first, then what else you wear, then the rest.
  const rank = (c: number) => (s.onYou[c] ? 0 : s.piece[c]! < 0 ? 1 : 2)
  const tops = s.containers
    .map((_, c) => c)
    .filter((c) => s.host[c]! < 0 && s.containers.every((_, d) => s.host[d] !== c))
    .sort((a, b) => rank(a) - rank(b) || a - b)
  for (const c of tops) {
    const items = s.items
      .map((it, k) => ({ k, it }))
      .filter(({ k }) => left[k]! > 0 && s.compat[k]![c])
      .map(({ k, it }) => ({ id: it.id, size: it.size, count: left[k]!, ...(it.rotate ? { rotate: it.rotate } : {}), ...(it.minSize ? { minSize: it.minSize } : {}) }))
    if (items.length === 0) continue
    const problem = { container: s.containers[c]!.container, items }
    const weightOf = new Map(s.items.map((it, k) => [it.id, s.weight[k]!]))
    const loading = loadFitProblem(problem, (id) => weightOf.get(id)!, { timeLimitMs: budgetMs / tops.length })
    // Keep the layout only if the independent checker agrees.
    const counts = new Int32Array(s.kinds.length)
    s.items.forEach((it, k) => (counts[k] = loading.loaded.get(it.id) ?? 0))
    const checked = checkPacking(s.oracles[c]!.problemFor(counts), loading.placements)
    if (!checked.ok || loading.placements.length === 0) continue
    s.oracles[c]!.remember(counts, loading.placements)
    // Assign units of each loaded kind to this container.
    counts.forEach((n, k) => {
      for (let u = 0; u < s.units.length && n > 0; u++) {
        if (s.units[u]!.item === k && seed[u] === -1) {
          seed[u] = c
          n--
          left[k]!--
        }
      }
    })
  }
  s.seed = seed
}

// ---------------------------------------------------------------------------------------------------------------
// The search.

/**
 * A plan's standing, compared in order: value (must-haves and priority), fewer pieces, more on you (`worn`: priority
 * in the bags you wear times `wornScale`, plus priority in pockets), fewer containers carried.
 */
interface Standing {
  value: number
  pieces: number
  worn: number
  used: number
}

class Search {
  private readonly s: Setup
  private readonly deadline: number
  private readonly fitLimitMs: number
  private readonly nC: number
  /** counts[c] holds copies per kind in container c. */
  private readonly counts: Int32Array[]
  private readonly filled: Int32Array
  private readonly pieceUse: Int32Array
  private readonly assign: Int32Array
  private pieces = 0
  private used = 0
  private value = 0
  private worn = 0
  private usedVolume = 0
  private readonly totalFree: number
  /** Units by weight per volume, for the fractional bound. */
  private readonly byDensity: number[]
  private readonly placeable: boolean[]
  /** wornSuffix[u]: most `worn` units u.. could add (each in the best worn container that could take it alone). */
  private readonly wornSuffix: Float64Array
  /** Containers in the order tried: the bags you wear first, then the rest, each in the order given. */
  private readonly order: number[]
  nodes = 0
  timedOut = false
  uncertain = false
  best: (Standing & { assign: Int32Array }) | null = null
  rootBound = 0

  constructor(s: Setup, deadline: number, fitLimitMs: number) {
    this.s = s
    this.deadline = deadline
    this.fitLimitMs = fitLimitMs
    this.nC = s.containers.length
    this.counts = s.containers.map(() => new Int32Array(s.kinds.length))
    this.filled = new Int32Array(this.nC)
    this.pieceUse = new Int32Array(s.nPieces)
    this.assign = new Int32Array(s.units.length).fill(-1)
    this.totalFree = s.boundVolume.reduce((a, b) => a + b, 0)
    this.placeable = s.compat.map((row) => row.some(Boolean))
    this.byDensity = s.units.map((_, u) => u).sort((a, b) => s.units[b]!.weight / s.units[b]!.volume - s.units[a]!.weight / s.units[a]!.volume)
    const wornBest = s.compat.map((row) => row.reduce((m, ok, c) => (ok ? Math.max(m, s.wornWeight[c]!) : m), 0))
    this.wornSuffix = new Float64Array(s.units.length + 1)
    for (let u = s.units.length - 1; u >= 0; u--) {
      const k = s.units[u]!.item
      this.wornSuffix[u] = this.wornSuffix[u + 1]! + wornBest[k]! * s.priority[k]!
    }
    const all = s.containers.map((_, c) => c)
    this.order = [...all.filter((c) => s.onYou[c]), ...all.filter((c) => !s.onYou[c])]
    this.uncertain = s.uncertainSingles > 0
  }

  run(): void {
    this.rootBound = this.bound(0)
    if (this.s.seed) this.adoptSeed(this.s.seed)
    this.dfs(0)
  }

  private adoptSeed(seed: Int32Array): void {
    const s = this.s
    let value = 0
    let worn = 0
    const pieces = new Set<number>()
    const used = new Set<number>()
    seed.forEach((c, u) => {
      if (c < 0) return
      const k = s.units[u]!.item
      value += s.units[u]!.weight
      worn += s.wornWeight[c]! * s.priority[k]!
      if (s.piece[c]! >= 0) used.add(c)
      if (s.piece[c]! >= 0) pieces.add(s.piece[c]!)
    })
    this.best = { value, pieces: pieces.size, worn, used: used.size, assign: seed.slice() }
  }

  private dfs(u: number): void {
    this.nodes++
    if (performance.now() > this.deadline) this.timedOut = true
    if (this.timedOut) return
    const s = this.s
    if (u === s.units.length) {
      this.offer()
      return
    }
    if (this.best && !this.canImprove(u)) return
    const unit = s.units[u]!
    const k = unit.item
    // Copies of one item go to containers in order (left behind counts as last).
    const prev = u > 0 && s.units[u - 1]!.item === k ? this.assign[u - 1]! : 0
    if (prev >= 0) {
      // Containers of pieces already in use first (fewer pieces), the bags you wear first among them.
      for (const pass of [true, false]) {
        for (const c of this.order) {
          if (c < prev || !s.compat[k]![c] || this.inUse(c) !== pass) continue
          const t = s.twin[c]!
          if (t >= 0 && this.filled[t] === 0 && this.filled[c] === 0) continue
          if (this.tryPut(c, k)) {
            const onYou = s.wornWeight[c]! * s.priority[k]!
            this.assign[u] = c
            this.value += unit.weight
            this.worn += onYou
            this.usedVolume += unit.volume
            this.dfs(u + 1)
            this.value -= unit.weight
            this.worn -= onYou
            this.usedVolume -= unit.volume
            this.take(c, k)
            if (this.timedOut) return
          }
        }
      }
    }
    // Leave it behind.
    this.assign[u] = -1
    this.dfs(u + 1)
  }

  /**
   * Whether units u.. could still make a plan better than the best so far. Pieces and containers used only grow
   * along a branch; value and priority on you are capped by their bounds.
   */
  private canImprove(u: number): boolean {
    const best = this.best!
    const reach = this.value + this.bound(u)
    const eps = 1e-9 * Math.max(1, best.value)
    if (reach < best.value - eps) return false
    if (reach > best.value + eps) return true
    // At best a tie on value: fewer pieces, or as few and more on you, or as much on you in fewer containers carried.
    if (this.pieces !== best.pieces) return this.pieces < best.pieces
    const wornReach = this.worn + this.wornSuffix[u]!
    const wornEps = 1e-9 * Math.max(1, best.worn)
    if (wornReach < best.worn - wornEps) return false
    if (wornReach > best.worn + wornEps) return true
    return this.used < best.used
  }

  /** Adds one copy of kind k to container c (and its outside to the hosts that now hold it), if it all still fits. */
  private tryPut(c: number, k: number): boolean {
    const s = this.s
    const changed: number[] = []
    let target = c
    let kind = k
    for (;;) {
      const wasEmpty = this.filled[target] === 0
      this.counts[target]![kind]!++
      this.filled[target]!++
      changed.push(target, kind)
      if (wasEmpty && s.piece[target]! >= 0) this.pieceUse[s.piece[target]!]!++
      const verdict = s.oracles[target]!.check(this.counts[target]!, Math.min(this.fitLimitMs, Math.max(1, this.deadline - performance.now())))
      if (verdict.uncertain) this.uncertain = true
      if (!verdict.fits) {
        this.undo(changed)
        return false
      }
      // A nested container that just got its first thing must now go in its host.
      if (!wasEmpty || s.host[target]! < 0) break
      kind = s.outsideKind[target]!
      target = s.host[target]!
    }
    this.recount()
    return true
  }

  /** Removes one copy of kind k from container c, and its outside from hosts when it empties. */
  private take(c: number, k: number): void {
    const s = this.s
    let target = c
    let kind = k
    for (;;) {
      this.counts[target]![kind]!--
      this.filled[target]!--
      const empty = this.filled[target] === 0
      if (empty && s.piece[target]! >= 0) this.pieceUse[s.piece[target]!]!--
      if (!empty || s.host[target]! < 0) break
      kind = s.outsideKind[target]!
      target = s.host[target]!
    }
    this.recount()
  }

  private undo(changed: number[]): void {
    for (let i = changed.length - 2; i >= 0; i -= 2) {
      const target = changed[i]!
      this.counts[target]![changed[i + 1]!]!--
      this.filled[target]!--
      if (this.filled[target] === 0 && this.s.piece[target]! >= 0) this.pieceUse[this.s.piece[target]!]!--
    }
  }

  /** A container whose piece is already carried, or worn: putting things there adds no piece. */
  private inUse(c: number): boolean {
    const p = this.s.piece[c]!
    return p < 0 || this.pieceUse[p]! > 0
  }

  private recount(): void {
    let p = 0
    for (let i = 0; i < this.pieceUse.length; i++) if (this.pieceUse[i]! > 0) p++
    this.pieces = p
    let used = 0
    for (let c = 0; c < this.nC; c++) if (this.filled[c]! > 0 && this.s.piece[c]! >= 0) used++
    this.used = used
  }

  /**
   * Most weight units u.. could still add: the smaller of their total (those with some container) and a fractional
   * knapsack of them by volume into the free volume left.
   */
  private bound(u: number): number {
    const s = this.s
    let total = 0
    for (let v = u; v < s.units.length; v++) if (this.placeable[s.units[v]!.item]) total += s.units[v]!.weight
    let room = this.totalFree - this.usedVolume
    let frac = 0
    for (const v of this.byDensity) {
      if (v < u || !this.placeable[s.units[v]!.item]) continue
      const unit = s.units[v]!
      if (unit.volume <= room) {
        frac += unit.weight
        room -= unit.volume
      } else {
        frac += (unit.weight * Math.max(0, room)) / unit.volume
        break
      }
    }
    return Math.min(total, frac)
  }

  private offer(): void {
    const here: Standing = { value: this.value, pieces: this.pieces, worn: this.worn, used: this.used }
    if (!this.best || isBetter(here, this.best)) this.best = { ...here, assign: this.assign.slice() }
  }
}

/** True when plan a beats plan b: more value, then fewer pieces, then more on you, then fewer containers carried. */
function isBetter(a: Standing, b: Standing): boolean {
  const eps = 1e-9 * Math.max(1, b.value)
  if (a.value > b.value + eps) return true
  if (a.value < b.value - eps) return false
  if (a.pieces !== b.pieces) return a.pieces < b.pieces
  const wornEps = 1e-9 * Math.max(1, b.worn)
  if (a.worn > b.worn + wornEps) return true
  if (a.worn < b.worn - wornEps) return false
  return a.used < b.used
}

// ---------------------------------------------------------------------------------------------------------------
// The plan.

function buildPlan(s: Setup, search: Search, started: number, fitLimitMs: number, explainEnd: number): CarryPlan {
  const assign = search.best?.assign ?? new Int32Array(s.units.length).fill(-1)
  const counts = s.containers.map(() => new Int32Array(s.kinds.length))
  const carried = new Array<number>(s.nItems).fill(0)
  assign.forEach((c, u) => {
    if (c < 0) return
    const k = s.units[u]!.item
    carried[k]!++
    // The unit, and its container's outside in each host up the chain.
    counts[c]![k]!++
    for (let t = c; s.host[t]! >= 0; t = s.host[t]!) counts[s.host[t]!]![s.outsideKind[t]!] = 1
  })

  const exact = !search.timedOut && !search.uncertain
  const { why, unused } = explainContainers(s, counts, exact, explainEnd)
  const plans: ContainerPlan[] = []
  s.containers.forEach((c, i) => {
    const n = counts[i]!
    if (n.every((v) => v === 0)) return
    const fitProblem = s.oracles[i]!.problemFor(n)
    const placements: Placement[] = s.oracles[i]!.layoutFor(n, Math.max(fitLimitMs, 1000)) ?? []
    const standingOut = (c.overhangShare ?? 0) > 0 ? s.oracles[i]!.standingOut(placements) : []
    plans.push({
      id: c.id,
      kind: c.kind,
      name: c.name ?? c.id,
      piece: s.pieceNames[i] ?? c.piece ?? c.id,
      worn: c.worn === true,
      ...(c.inside === undefined ? {} : { inside: c.inside }),
      contents: fitProblem.items.map((it) => ({ id: it.id, count: it.count ?? 1 })),
      problem: fitProblem,
      placements,
      fill: s.freeVolume[i]! > 0 ? sumVolume(fitProblem) / s.freeVolume[i]! : 0,
      why: why[i]!,
      ...(standingOut.length > 0 ? { standingOut } : {}),
    })
  })

  const priorityOf = (k: number) => s.priority[k]!
  const carriedPriority = s.items.reduce((sum, _, k) => sum + carried[k]! * priorityOf(k), 0)
  const wornPriority = s.containers.reduce((sum, _, i) => sum + (s.onYou[i] ? s.items.reduce((v, _, k) => v + counts[i]![k]! * priorityOf(k), 0) : 0), 0)
  const totalPriority = s.items.reduce((sum, it, k) => sum + (it.count ?? 1) * priorityOf(k), 0)
  const mustTotal = s.items.reduce((sum, it) => sum + (it.mustHave ? (it.count ?? 1) : 0), 0)
  const mustCarried = s.items.reduce((sum, it, k) => sum + (it.mustHave ? carried[k]! : 0), 0)
  // Words for what stays behind: mostly from the search's cache, fresh checks until the time limit.
  const leftBehind = explainLeftBehind(s, counts, carried, exact, priorityOf, explainEnd)
  const mustHaveProof = mustCarried < mustTotal ? explainMustHaves(s, carried, exact, search.nodes) : undefined

  // What the best plan could carry: proven when exact; otherwise the root bound, in priority (not weight) terms.
  const boundWeight = exact ? (search.best?.value ?? 0) : Math.max(search.best?.value ?? 0, search.rootBound)
  const priorityBound = exact ? carriedPriority : Math.min(totalPriority, carriedPriority + Math.max(0, boundWeight - (search.best?.value ?? 0)))

  return {
    status: mustCarried < mustTotal ? 'must-have-left' : leftBehind.length > 0 ? 'some-left' : 'all-carried',
    exact,
    containers: plans,
    leftBehind,
    pieces: [...new Set(s.containers.flatMap((_, i) => (s.pieceNames[i] !== null && counts[i]!.some((n) => n > 0) ? [s.pieceNames[i]!] : [])))],
    unused,
    wornPriority,
    mustHaves: { carried: mustCarried, total: mustTotal },
    ...(mustHaveProof ? { mustHaveProof } : {}),
    carriedPriority,
    totalPriority,
    priorityBound,
    stats: {
      nodes: search.nodes,
      fitChecks: s.oracles.reduce((n, o) => n + o.fitChecks, 0),
      elapsedMs: Math.round((performance.now() - started) * 100) / 100,
    },
  }
}

function sumVolume(problem: { items: { size: readonly number[]; count?: number }[] }): number {
  return problem.items.reduce((v, it) => v + it.size[0]! * it.size[1]! * it.size[2]! * (it.count ?? 1), 0)
}

export type { Setup }
