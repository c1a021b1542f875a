import type { Unit } from '../state/units.js'
import { formatIn } from '../state/units.js'

/**
 * The engine's reasons made plain for the page: item ids become the names people picked, and millimetres become
 * the person's unit ("147.6 mm" reads "14.8 cm"; "114.2 × 44.2 × 94.2 mm" each number converted).
 */
export function plainReason(reason: string, names: ReadonlyMap<string, string>, unit: Unit): string {
  let text = reason
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

