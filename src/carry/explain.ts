import type { FitItem } from '../pack/types.js'
import type { Setup } from './plan.js'
import type { Verdict } from './feasibility.js'
import type { CarryContainer, LeftBehind } from './types.js'

// Longest fit check made only to word a reason, in milliseconds (most answers come from the search's cache).
const EXPLAIN_FIT_MS = 200
// Containers named per reason, at most.
const MAX_NAMED = 3

/**
 * Why each thing left behind stays behind, in words with the numbers: no container takes its kind, it is too large
 * for every container that does, or the best plan has no room left for it (with the fit engine's reason for each
 * container it could have gone in, holding what the plan puts there).
 */
export function explainLeftBehind(
  s: Setup,
  counts: Int32Array[],
  carried: number[],
  exact: boolean,
  priorityOf: (k: number) => number,
  deadline: number,
): LeftBehind[] {
  const out: LeftBehind[] = []
  const ask = (i: number, c: Int32Array) => s.oracles[i]!.check(c, Math.min(EXPLAIN_FIT_MS, Math.max(1, deadline - performance.now())))
  s.items.forEach((it, k) => {
    const left = (it.count ?? 1) - carried[k]!
    if (left <= 0) return
    out.push({
      id: it.id,
      name: it.name ?? it.id,
      count: left,
      mustHave: it.mustHave === true,
      priority: priorityOf(k),
      reason: reasonFor(s, k, counts, exact, it.mustHave ? 'must-have' : `priority ${priorityOf(k)}`, ask),
    })
  })
  return out
}

/**
 * Why the must-haves left behind cannot all be carried, when that is proven: a must-have no container takes or
 * fits, more must-have volume than all containers hold, or an exhaustive search. Undefined when not proven (the
 * search ran out of time).
 */
export function explainMustHaves(s: Setup, carried: number[], exact: boolean, nodes: number): string | undefined {
  const ask: Ask = (i, c) => s.oracles[i]!.check(c, EXPLAIN_FIT_MS)
  const missing = s.items.map((it, k) => ({ it, k })).filter(({ it, k }) => it.mustHave && carried[k]! < (it.count ?? 1))
  // 1. A must-have that no container takes or fits, alone.
  const alone = missing.filter(({ k }) => !s.compat[k]!.some(Boolean))
  if (alone.length > 0) {
    return alone.map(({ k }) => `${s.items[k]!.name ?? s.items[k]!.id}: ${unplaceable(s, k, ask)}`).join(' ')
  }
  // 2. More must-have volume than every container together.
  const need = s.items.reduce((v, it, k) => v + (it.mustHave ? (it.count ?? 1) * s.kinds[k]!.volume : 0), 0)
  const have = s.freeVolume.reduce((a, b) => a + b, 0)
  if (need > have) return `The must-haves take ${ml(need)} ml; all the containers together hold ${ml(have)} ml.`
  // 3. The search tried every way.
  if (exact) {
    return `No way to carry every must-have exists: the search tried every assignment of things to containers (${nodes.toLocaleString('en-US')} steps, each checked by the exact fit engine).`
  }
  return undefined
}

type Ask = (container: number, counts: Int32Array) => Verdict

function reasonFor(s: Setup, k: number, counts: Int32Array[], exact: boolean, priority: string, ask: Ask): string {
  const placeable = s.compat[k]!.some(Boolean)
  if (!placeable) return unplaceable(s, k, ask)

  // It fits some container alone: say why there is no room for it in the plan.
  const parts: string[] = []
  // Typed by a cast, not an annotation: set inside the callback below, which TypeScript's narrowing does not see.
  let wouldFit = null as string | null
  s.containers.forEach((c, i) => {
    if (!s.compat[k]![i] || parts.length >= MAX_NAMED) return
    const verdict = withOneMore(s, counts, i, k, ask)
    if (verdict === null) wouldFit ??= nameOf(c)
    else parts.push(sentence(`${nameOf(c)}${holding(s, counts[i]!)}: ${verdict}`))
  })
  if (wouldFit && !exact) return `It would still fit in ${wouldFit}, but the search ran out of time before settling there (${priority}).`
  if (wouldFit) return `It fits in ${wouldFit} only in place of something that matters more (${priority}).`
  return `No room left (${priority}): ${parts.join(' ')}`
}

/** Why item k fits no container: none takes its kind, or it is too large (or cannot pass the opening) for each. */
function unplaceable(s: Setup, k: number, ask: Ask): string {
  const it = s.items[k]!
  const category = it.category ?? 'other'
  const taking = s.containers.filter((c) => !c.accepts || c.accepts.includes(category))
  if (taking.length === 0) {
    const rules = s.containers.filter((c) => c.accepts).map((c) => `${nameOf(c)} takes ${c.accepts!.join(', ')} only`)
    return `No container takes ${category}: ${unique(rules).slice(0, MAX_NAMED).join('; ')}.`
  }
  const parts = taking.slice(0, MAX_NAMED).map((c) => {
    const i = s.containers.indexOf(c)
    const host = s.host[i]!
    if (host >= 0) {
      const single = reasonOf(ask(host, one(s, s.outsideKind[i]!)))
      if (single) return sentence(`${nameOf(c)} itself does not fit in ${nameOf(s.containers[host]!)}: ${single}`)
    }
    return sentence(`${nameOf(c)}: ${reasonOf(ask(i, one(s, k))) ?? 'fits alone'}`)
  })
  return `Too large for every container that takes it. ${parts.join(' ')}`
}

/** Null when one more copy of kind k fits container i beside its plan contents (and its host, if nested and new). */
function withOneMore(s: Setup, counts: Int32Array[], i: number, k: number, ask: Ask): string | null {
  const own = counts[i]!.slice()
  own[k]!++
  const reason = reasonOf(ask(i, own))
  if (reason) return reason
  const host = s.host[i]!
  if (host >= 0 && counts[i]!.every((n) => n === 0)) {
    const hosted = counts[host]!.slice()
    hosted[s.outsideKind[i]!]!++
    const hostReason = reasonOf(ask(host, hosted))
    if (hostReason) return `it would have to go in ${nameOf(s.containers[host]!)}, which has no room for it: ${hostReason}`
  }
  return null
}

/** Why a verdict is "no", or null for "fits". */
function reasonOf(v: Verdict): string | null {
  return v.fits ? null : (v.reason ?? 'does not fit')
}

function one(s: Setup, k: number): Int32Array {
  const c = new Int32Array(s.kinds.length)
  c[k] = 1
  return c
}

function itemsOf(s: Setup, counts: Int32Array): FitItem[] {
  const items: FitItem[] = []
  counts.forEach((n, k) => {
    if (n > 0) items.push({ ...s.kinds[k]!.item, count: n })
  })
  return items
}

function holding(s: Setup, counts: Int32Array): string {
  const names = itemsOf(s, counts).map((it) => ((it.count ?? 1) > 1 ? `${it.count} × ${it.id}` : it.id))
  return names.length === 0 ? ' (empty)' : ` (holding ${names.join(', ')})`
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

function nameOf(c: CarryContainer): string {
  return c.name ?? c.id
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function ml(mm3: number): string {
  return String(Math.round(mm3 / 100) / 10)
}
