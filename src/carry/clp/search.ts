import { expandBlock, generateBlocks, type Block } from './blocks.js'
import { anchor, cloneState, occupy, removeSpace, selectSpace, type PackState, type Step } from './spaces.js'
import type { LoadedBox, LoadingOptions, LoadingProblem, LoadingResult } from './types.js'

/**
 * Loads one container with the most value it can find in the time given: block building with a greedy lookahead
 * tree search and iterative doubling of its width, after Zhu & Lim 2012 ("A new iterative-doubling Greedy-Lookahead
 * algorithm for the single container loading problem", EJOR 222(3)), with the general blocks of Fanslau & Bortfeldt
 * 2010 (CLTRS) and the maximal spaces and anchor-corner rule of Parreño et al. 2008. No support constraint: a block
 * may float (the micro-bag use and the benchmark variant we report both allow it).
 *
 * Steps:
 * 1. generate blocks (simple grids of one type, then general blocks that join two blocks);
 * 2. pass w = 1: build a loading greedily (fill the space nearest a container corner with the most valuable block
 *    that fits, repeat);
 * 3. w = 2, 4, 8, ...: build a loading step by step, choosing at each step among the w most valuable blocks the one
 *    whose lookahead (depth `depth`, width w, leaves completed greedily) ends best;
 * 4. stop when time is up; return the best complete loading seen (every greedy completion counts).
 *
 * Anytime: the greedy pass always runs, so a loading comes back even when the time limit is tiny.
 * Does not mutate `problem`.
 */
export function loadContainer(problem: LoadingProblem, options: LoadingOptions = {}): LoadingResult {
  const started = performance.now()
  const timeLimitMs = options.timeLimitMs ?? 1000
  const deadline = started + timeLimitMs
  const [L, W, H] = problem.size
  const values = problem.types.map((t) => t.value ?? t.orients[0]![0] * t.orients[0]![1] * t.orients[0]![2])

  // 1. Blocks, with at most a fifth of the time for general ones (measured on BR1-7: more blocks rarely pay later).
  const blocks = generateBlocks(problem, values, {
    generalBlocks: options.generalBlocks ?? true,
    maxBlocks: options.maxBlocks ?? 10_000,
    minFillRate: options.minFillRate ?? 0.98,
    deadline: started + timeLimitMs * 0.2,
  })
  const ctx = makeContext(problem, blocks, deadline)

  // The empty container less its blocked parts.
  const root = initialState(problem, ctx)

  // 2. Greedy pass.
  const first = cloneState(root)
  complete(first, ctx)
  let width = 1

  // 3. Lookahead passes of doubling width until time is up.
  if ((options.strategy ?? 'search') === 'search') {
    const depth = options.depth ?? 2
    for (let w = 2; performance.now() < deadline && w <= blocks.length; w *= 2) {
      construct(root, w, depth, ctx)
      width = w
    }
  }

  // 4. The best loading, box by box.
  const boxes: LoadedBox[] = []
  const steps: Step[] = []
  for (let st = ctx.best?.path ?? null; st; st = st.prev) steps.push(st)
  for (let i = steps.length - 1; i >= 0; i--) {
    const st = steps[i]!
    expandBlock(problem, blocks[st.block]!, st.x, st.y, st.z, boxes)
  }
  const freeVolume = L * W * H - blockedVolume(problem)
  const volume = ctx.best?.volume ?? 0
  return {
    boxes,
    value: ctx.best?.value ?? 0,
    volume,
    utilization: freeVolume > 0 ? volume / freeVolume : 0,
    stats: { blocks: blocks.length, completions: ctx.completions, width, elapsedMs: performance.now() - started },
  }
}

interface Context {
  L: number
  W: number
  H: number
  blocks: Block[]
  // Block extents and stock needs in flat arrays for the hot scan.
  bw: Int32Array
  bd: Int32Array
  bh: Int32Array
  reqStart: Int32Array
  reqData: Int32Array
  /** Block volumes, and whether blocks are sorted by volume (value is volume): then a scan can skip to blocks no larger than the space. */
  bvol: Float64Array
  byVolume: boolean
  typeMinSide: number[]
  deadline: number
  best: PackState | null
  completions: number
  /** Scratch list of candidate block indices. */
  picks: number[]
}

function makeContext(problem: LoadingProblem, blocks: Block[], deadline: number): Context {
  const n = blocks.length
  const bvol = Float64Array.from(blocks, (b) => b.volume)
  const byVolume = blocks.every((b, i) => i === 0 || b.volume <= blocks[i - 1]!.volume)
  const bw = new Int32Array(n), bd = new Int32Array(n), bh = new Int32Array(n)
  const reqStart = new Int32Array(n + 1)
  const req: number[] = []
  blocks.forEach((b, i) => {
    bw[i] = b.w
    bd[i] = b.d
    bh[i] = b.h
    reqStart[i] = req.length
    req.push(...b.req)
  })
  reqStart[n] = req.length
  const [L, W, H] = problem.size
  return {
    L,
    W,
    H,
    blocks,
    bw,
    bd,
    bh,
    reqStart,
    reqData: Int32Array.from(req),
    bvol,
    byVolume,
    typeMinSide: problem.types.map((t) => Math.min(...t.orients[0]!)),
    deadline,
    best: null,
    completions: 0,
    picks: [],
  }
}

function initialState(problem: LoadingProblem, ctx: Context): PackState {
  const avail = Int32Array.from(problem.types.map((t) => t.count))
  const s: PackState = { spaces: [0, 0, 0, ctx.L, ctx.W, ctx.H], avail, value: 0, volume: 0, path: null, minSide: minSide(avail, ctx) }
  // Blocked regions cut the free space like placed blocks that hold nothing.
  for (const b of problem.blocked ?? []) occupy(s, b[0], b[1], b[2], b[3], b[4], b[5], false)
  return s
}

/** Finishes a loading greedily (most valuable block that fits the selected space) and records it. */
function complete(s: PackState, ctx: Context): void {
  for (;;) {
    const i = selectSpace(s, ctx.L, ctx.W, ctx.H)
    if (i < 0) break
    const b = firstFits(s, i, ctx)
    if (b < 0) removeSpace(s, i)
    else place(s, i, b, ctx)
  }
  ctx.completions++
  record(s, ctx)
}

/**
 * One pass of width w: at each step, the w most valuable blocks that fit the selected space compete, each judged by
 * the best loading its lookahead reaches. When time runs out mid-pass, the pass finishes greedily.
 */
function construct(root: PackState, w: number, depth: number, ctx: Context): void {
  const s = cloneState(root)
  for (;;) {
    if (performance.now() > ctx.deadline) {
      complete(s, ctx)
      return
    }
    const i = selectSpace(s, ctx.L, ctx.W, ctx.H)
    if (i < 0) break
    const cands = topFits(s, i, w, ctx)
    if (cands.length === 0) {
      removeSpace(s, i)
      continue
    }
    let chosen = cands[0]!
    if (cands.length > 1) {
      let bestValue = -Infinity
      for (const b of cands) {
        const t = cloneState(s)
        place(t, i, b, ctx)
        const v = lookahead(t, depth - 1, w, ctx)
        if (v > bestValue) {
          bestValue = v
          chosen = b
        }
      }
    }
    place(s, i, chosen, ctx)
  }
  ctx.completions++
  record(s, ctx)
}

/** The best final value reachable from `s` looking `depth` steps ahead with width w (leaves completed greedily). */
function lookahead(state: PackState, depth: number, w: number, ctx: Context): number {
  const s = cloneState(state)
  if (depth <= 0 || performance.now() > ctx.deadline) {
    complete(s, ctx)
    return s.value
  }
  // Skip spaces nothing fits in.
  let i: number
  let cands: number[]
  for (;;) {
    i = selectSpace(s, ctx.L, ctx.W, ctx.H)
    if (i < 0) {
      ctx.completions++
      record(s, ctx)
      return s.value
    }
    cands = topFits(s, i, w, ctx)
    if (cands.length > 0) break
    removeSpace(s, i)
  }
  let best = -Infinity
  for (const b of cands) {
    const t = cloneState(s)
    place(t, i, b, ctx)
    best = Math.max(best, lookahead(t, depth - 1, w, ctx))
  }
  return best
}

function record(s: PackState, ctx: Context): void {
  if (!ctx.best || s.value > ctx.best.value || (s.value === ctx.best.value && s.volume > ctx.best.volume)) ctx.best = s
}

/** Index of the most valuable block that fits space i and the stock, or -1. */
function firstFits(s: PackState, i: number, ctx: Context): number {
  const o = i * 6
  const sp = s.spaces
  const sw = sp[o + 3]! - sp[o]!, sd = sp[o + 4]! - sp[o + 1]!, sh = sp[o + 5]! - sp[o + 2]!
  const { bw, bd, bh } = ctx
  for (let b = firstNoLarger(sw * sd * sh, ctx), n = bw.length; b < n; b++) {
    if (bw[b]! <= sw && bd[b]! <= sd && bh[b]! <= sh && inStock(s.avail, b, ctx)) return b
  }
  return -1
}

/** The first block, in scan order, that could fit a space of this volume (0 unless blocks are sorted by volume). */
function firstNoLarger(volume: number, ctx: Context): number {
  if (!ctx.byVolume) return 0
  // Binary search in the descending volumes for the first at most `volume`.
  let lo = 0, hi = ctx.bvol.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ctx.bvol[mid]! > volume) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Indices of the w most valuable blocks that fit space i and the stock (fewer when fewer fit). */
function topFits(s: PackState, i: number, w: number, ctx: Context): number[] {
  const o = i * 6
  const sp = s.spaces
  const sw = sp[o + 3]! - sp[o]!, sd = sp[o + 4]! - sp[o + 1]!, sh = sp[o + 5]! - sp[o + 2]!
  const { bw, bd, bh } = ctx
  const out: number[] = []
  for (let b = firstNoLarger(sw * sd * sh, ctx), n = bw.length; b < n && out.length < w; b++) {
    if (bw[b]! <= sw && bd[b]! <= sd && bh[b]! <= sh && inStock(s.avail, b, ctx)) out.push(b)
  }
  return out
}

function inStock(avail: Int32Array, b: number, ctx: Context): boolean {
  const r = ctx.reqData
  for (let k = ctx.reqStart[b]!, end = ctx.reqStart[b + 1]!; k < end; k += 2) {
    if (avail[r[k]!]! < r[k + 1]!) return false
  }
  return true
}

/** Puts block b at the anchor corner of space i: stock, value, path and spaces follow. */
function place(s: PackState, i: number, b: number, ctx: Context): void {
  const block = ctx.blocks[b]!
  const [x, y, z] = anchor(s, i, block.w, block.d, block.h, ctx.L, ctx.W, ctx.H)
  let exhausted = false
  const r = ctx.reqData
  for (let k = ctx.reqStart[b]!, end = ctx.reqStart[b + 1]!; k < end; k += 2) {
    const left = (s.avail[r[k]!]! -= r[k + 1]!)
    if (left === 0) exhausted = true
  }
  s.value += block.value
  s.volume += block.volume
  s.path = { block: b, x, y, z, prev: s.path }
  let changed = false
  if (exhausted) {
    const m = minSide(s.avail, ctx)
    changed = m !== s.minSide
    s.minSide = m
  }
  occupy(s, x, y, z, x + block.w, y + block.d, z + block.h, changed)
}

function minSide(avail: Int32Array, ctx: Context): number {
  let m = Infinity
  for (let t = 0; t < avail.length; t++) if (avail[t]! > 0 && ctx.typeMinSide[t]! < m) m = ctx.typeMinSide[t]!
  return m
}

function blockedVolume(problem: LoadingProblem): number {
  // Blocked regions may overlap: count each unit cell once by coordinate compression.
  const boxes = problem.blocked ?? []
  if (boxes.length === 0) return 0
  const axis = (k: number) => [...new Set(boxes.flatMap((b) => [b[k]!, b[k + 3]!]))].sort((a, b) => a - b)
  const xs = axis(0), ys = axis(1), zs = axis(2)
  let v = 0
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < ys.length; j++) {
      for (let k = 0; k + 1 < zs.length; k++) {
        const inside = boxes.some((b) => b[0] <= xs[i]! && xs[i]! < b[3] && b[1] <= ys[j]! && ys[j]! < b[4] && b[2] <= zs[k]! && zs[k]! < b[5])
        if (inside) v += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!) * (zs[k + 1]! - zs[k]!)
      }
    }
  }
  return v
}
