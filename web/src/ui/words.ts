import { formatSize } from '../../../src/geometry/units.js'
import type { Closeness } from '../data/types.js'
import type { Unit } from '../state/units.js'
import { formatIn } from '../state/units.js'

/**
 * The engine's reasons made plain for the page: item ids become the names people picked, the interior is given as
 * width × height × depth (the engine says width × depth × height), millimetres become the person's unit, and words
 * meant for developers ("rotate: any", "(1 items)", command lines) are dropped. `containerMm` is the engine's
 * [w, d, h] of the interior the reason speaks of, when known.
 */
export function plainReason(reason: string, names: ReadonlyMap<string, string>, unit: Unit, containerMm?: readonly number[]): string {
  let text = reason
  // One fit, one wording: the engine says which of its searches found the layout; the shopper needs only that it fits.
  const fits = /^Everything fits: .*\((\d+) items?\)\.?$/.exec(text)
  if (fits) return `Everything fits: ${fits[1]} ${Number(fits[1]) === 1 ? 'thing' : 'things'}, packed as shown.`
  text = text
    .replace(/, rotate: any\)/g, ')')
    .replace(/, rotate: upright\)/g, ', kept upright)')
    .replace(/, rotate: none\)/g, ', kept as it stands)')
    .replace(/ in any allowed orientation/g, ' whichever way it is turned')
    .replace(/\s*\(?(?:;\s*)?see micropurse [^.)]*\)?\.?/g, '.')
    .replace(/ \(a dual-feasible bound\)/g, '')
    .replace(/\(searched [\d,]+ placements\)/g, '(every arrangement was tried)')
    .replace(/\.\.+/g, '.')
  // The interior in the order the page uses everywhere: width × height × depth.
  if (containerMm && containerMm.length === 3) {
    const [w, d, h] = containerMm as [number, number, number]
    const engine = formatSize(containerMm)
    text = text.split(engine).join(`${formatSize([w, h, d])}`)
  }
  // Longest ids first, so `apple-iphone-15-pro` is not read as `apple-iphone-15` + `-pro`.
  for (const id of [...names.keys()].sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`(?<![a-z0-9-])${escape(id)}(?![a-z0-9-])`, 'g'), names.get(id)!)
  }
  if (unit === 'mm') return text
  return text.replace(/(\d+(?:\.\d+)?)((?: × \d+(?:\.\d+)?)*) mm\b/g, (_, first: string, rest: string) => {
    const numbers = [first, ...rest.split(' × ').filter(Boolean)].map((n) => formatIn(Number(n), unit).split(' ')[0])
    return `${numbers.join(' × ')} ${unit}`
  })
}

/** `1 × iPhone 15`, `2 × house key`. */
export function countOf(count: number, name: string): string {
  return `${count} × ${name}`
}

/** A list in words: `a, b and c`. */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** `1 thing`, `2 things`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/**
 * A catalog name for a list: the name without its parenthesised notes, and the notes worth showing a shopper
 * ("typical size", the standard a card follows). Notes about the sources ("generation not stated by source") are
 * for the catalog, not for shoppers.
 */
export function displayName(name: string): { name: string; note: string | null } {
  const notes: string[] = []
  const bare = name.replace(/\s*\(([^()]*)\)/g, (_, inside: string) => {
    if (!/\bsource|\bstated\b|\bderived\b|\bexample model\b/i.test(inside)) notes.push(inside.trim())
    return ''
  })
  return { name: bare.trim() || name, note: notes.length > 0 ? notes.join('; ') : null }
}

/**
 * How close a verdict is, in words for people: "2 mm to spare", "3.4 cm too long", with the tolerance when it is a
 * close call. `null` when the server said nothing about closeness.
 */
export function closenessWords(closeness: Closeness | undefined, unit: Unit): { short: string; long: string; closeCall: boolean } | null {
  if (!closeness || !Number.isFinite(closeness.marginMm)) return null
  const margin = closeness.marginMm
  const amount = formatIn(Math.abs(margin), unit)
  const short = margin >= 0 ? `${amount} to spare` : `${amount} too big`
  const tolerance = closeness.uncertaintyMm > 0 ? `sizes are known to ±${formatIn(closeness.uncertaintyMm, unit)}` : ''
  const long = closeness.closeCall
    ? `A close call: ${short}, and ${tolerance || 'the sizes are not exact'}, so it may go either way.`
    : `${short[0]!.toUpperCase()}${short.slice(1)}${tolerance ? ` (${tolerance})` : ''}.`
  return { short, long, closeCall: closeness.closeCall }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
