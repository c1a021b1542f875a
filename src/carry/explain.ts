import type { FitItem } from '../pack/types.js'
import type { Setup } from './plan.js'
import type { Verdict } from './feasibility.js'
import type { CarryContainer, LeftBehind, UnusedContainer } from './types.js'

// Longest fit check made only to word a reason, in milliseconds (most answers come from the search's cache).
const EXPLAIN_FIT_MS = 200
// Containers named per reason, at most.
const MAX_NAMED = 3
// Things of one container explained one by one, at most.
const MAX_EXPLAINED = 4

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

/**
 * Why each container holds what it does, and why the empty ones are not needed:
 * - a bag you wear is filled first; a pocket is worn anyway;
 * - a pouch holds what its host does not take (or is simply part of the host's piece);
 * - an extra piece (a tote, a phone case) carries things that nothing you wear can take: for each, the fit engine's
 *   reason why not for what you wear, holding what the plan puts there.
 * `why[i]` is empty for a container that holds nothing; those (a phone case's card slots excepted) are in `unused`.
 */
export function explainContainers(s: Setup, counts: Int32Array[], exact: boolean, deadline: number): { why: string[]; unused: UnusedContainer[] } {
  const ask: Ask = (i, c) => s.oracles[i]!.check(c, Math.min(EXPLAIN_FIT_MS, Math.max(1, deadline - performance.now())))
  const isEmpty = (i: number) => counts[i]!.every((n) => n === 0)
  // What you wear: containers that are no piece (worn bags, pockets and what sits in them).
  const worn = s.containers.map((_, i) => i).filter((i) => s.piece[i]! < 0)
  const why = s.containers.map((c, i) => {
    if (isEmpty(i)) return ''
    const host = s.host[i]!
    if (s.onYou[i]) return host >= 0 && !c.worn ? `Inside ${nameOf(s.containers[host]!)}, which you wear.` : 'You wear it: filled first with what it can take.'
    if (c.worn) return 'Worn anyway: it adds nothing to carry.'
    if (host >= 0) return nestedWhy(s, counts[i]!, s.containers[host]!)
    if (c.kind === 'card-slot') return `A card slot of ${nameOf(s.containers.find((d) => (d.piece ?? d.id) === c.piece && d.kind !== 'card-slot') ?? c)}.`
    return extraPieceWhy(s, counts, i, worn, exact, ask)
  })
  const unused: UnusedContainer[] = s.containers.flatMap((c, i) => {
    if (!isEmpty(i) || c.kind === 'card-slot') return []
    const takesAny = s.items.some((_, k) => s.compat[k]![i])
    const reason = takesAny
      ? `everything it could take has a place ${s.onYou[i] ? 'in what else you wear or carry' : 'in what you wear or carry already'}`
      : c.accepts
        ? `none of the things is of a kind it takes (${c.accepts.join(', ')})${s.items.some((it) => c.accepts!.includes(it.category ?? 'other')) ? ' and fits in it' : ''}`
        : 'none of the things fits in it'
    return [{ id: c.id, name: nameOf(c), reason }]
  })
  return { why, unused }
}

/** A nested container that is not on you: what it holds that its host does not take, or that it is part of the host. */
function nestedWhy(s: Setup, counts: Int32Array, host: CarryContainer): string {
  const refused = s.items.filter((it, k) => counts[k]! > 0 && host.accepts && !host.accepts.includes(it.category ?? 'other'))
  if (refused.length === 0) return `Inside ${nameOf(host)}, part of the same piece.`
  return `Inside ${nameOf(host)}: holds the ${words(refused.map((it) => it.name ?? it.id))}, which ${nameOf(host)} does not take (it takes ${host.accepts!.join(', ')} only).`
}

/**
 * An extra piece: the things in it that nothing you wear can take, and the fit engine's reason for each container you
 * wear (holding what the plan puts there), grouped by container.
 */
function extraPieceWhy(s: Setup, counts: Int32Array[], i: number, worn: number[], exact: boolean, ask: Ask): string {
  const here = s.items.map((it, k) => ({ it, k })).filter(({ k }) => counts[i]![k]! > 0)
  const nested = s.containers.filter((_, j) => s.host[j] === i && counts[i]![s.outsideKind[j]!]! > 0).map(nameOf)
  if (here.length === 0) return `Holds ${words(nested)} inside it.`
  if (worn.length === 0) return `Carries the ${words(here.map(({ it }) => label(it)))}: nothing you wear was given to take them.`
  const cannot: string[] = []
  const also: string[] = []
  // Reasons by worn container, in the order they are given.
  const byContainer = new Map<string, string[]>()
  for (const { it, k } of here.slice(0, MAX_EXPLAINED)) {
    const reasons: [string, string][] = []
    let fitsWorn: string | null = null
    for (const j of worn) {
      const c = s.containers[j]!
      if (reasons.length >= MAX_NAMED) break
      if (c.accepts && !c.accepts.includes(it.category ?? 'other')) continue
      const reason = s.compat[k]![j] ? withOneMore(s, counts, j, k, ask) : reasonOf(ask(j, one(s, k)))
      if (reason === null) fitsWorn ??= nameOf(c)
      else reasons.push([`${nameOf(c)}${s.compat[k]![j] ? holding(s, counts[j]!) : ''}`, sentence(reason)])
    }
    if (fitsWorn && reasons.length === 0) {
      also.push(`${label(it)} (it would fit in ${fitsWorn} too${exact ? ', but this piece is carried anyway' : '; the search ran out of time before settling there'})`)
      continue
    }
    cannot.push(label(it))
    for (const [where, reason] of reasons) byContainer.set(where, [...(byContainer.get(where) ?? []), reason])
  }
  if (here.length > MAX_EXPLAINED) also.push(`${here.length - MAX_EXPLAINED} more`)
  const sentences: string[] = []
  if (cannot.length > 0) {
    const takes = byContainer.size === 0 ? 'which nothing you wear takes (not of a kind it holds).' : 'which nothing you wear can take.'
    sentences.push(`Carries the ${words(cannot)}, ${takes}`, ...[...byContainer].map(([where, reasons]) => `${where}: ${reasons.join(' ')}`))
  }
  if (also.length > 0) sentences.push(`${cannot.length > 0 ? 'Also' : 'Carries'} the ${words(also)}.`)
  return sentences.join(' ')
}

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

/** An item for people, with its must-have mark. */
function label(it: { id: string; name?: string; mustHave?: boolean }): string {
  return `${it.name ?? it.id}${it.mustHave ? ' (must-have)' : ''}`
}

/** "a", "a and b", "a, b and c". */
function words(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function ml(mm3: number): string {
  return String(Math.round(mm3 / 100) / 10)
}
