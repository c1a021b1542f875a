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
  // One fit, one wording: the engine says which of its searches found the layout; the shopper needs only that it
  // fits, how many things, and whether some went in turned or squeezed.
  const fits = /^Everything fits\b.*?\((\d+) items?\)(.*)$/.exec(text)
  if (fits) {
    const turned = /turned at an angle/.test(text) ? ', some of it turned at an angle to go in' : ''
    const squeezed = /^, with (.+) squeezed\.?$/.exec(fits[2]!)
    const soft = squeezed ? `, with ${namesIn(squeezed[1]!, names)} squeezed to fit` : ''
    return `Everything fits: ${plural(Number(fits[1]), 'thing')}, packed as shown${turned}${soft}.`
  }
  // The whole list ran out of time before this bag, or the server was too busy for it.
  if (/^not tried: the [\d,]+ ms budget/.test(text)) return 'Not checked: the list ran out of time before this bag. Try again.'
  if (/^not tried: /.test(text)) return 'Not checked: the server was busy. Try again in a moment.'
  text = text
    .replace(/, rotate: any\)/g, ')')
    .replace(/, rotate: upright\)/g, ', kept upright)')
    .replace(/, rotate: none\)/g, ', kept as it stands)')
    .replace(/ in any allowed orientation/g, ' whichever way it is turned')
    .replace(/\s*\(?(?:;\s*)?see micropurse [^.)]*\)?\.?/g, '.')
    .replace(/ \(a dual-feasible bound\)/g, '')
    .replace(/\(searched [\d,]+ placements\)/g, '(every arrangement was tried)')
    .replace(/^Could not decide within the time limit; no bound rules it out\. Try a longer time limit\.$/, 'Could not be decided in time: no quick check rules it out, and no way to pack it was found.')
    .replace(/ Try a (?:longer time|larger node) limit\./g, '')
    .replace(/the ([\d.]+ × [\d.]+ × [\d.]+ mm) interior's bounding box but nowhere clear of its blocked regions \(tapers, rounded corners, frame\)/g, 'the $1 interior only where its tapered sides, rounded corners or frame leave no room')
    .replace(/ clear of the ([\d.]+ × [\d.]+ × [\d.]+ mm) interior's blocked regions \(tapers, rounded corners, frame\)/g, ' in the $1 interior, past its tapered sides, rounded corners or frame,')
    .replace(/, turned by any angle\)/g, ', turned any way)')
    .replace(/\.\.+/g, '.')
  // The interior in the order the page uses everywhere: width × height × depth (the engine's sentences name it as
  // "the W × D × H mm interior"; elsewhere the container's own size, when given, is recognised).
  text = text.replace(/(\d+(?:\.\d+)?) × (\d+(?:\.\d+)?) × (\d+(?:\.\d+)?) mm interior/g, '$1 × $3 × $2 mm interior')
  if (containerMm && containerMm.length === 3) {
    const [w, d, h] = containerMm as [number, number, number]
    text = text.replace(new RegExp(`${escape(formatSize(containerMm))}(?! interior)`, 'g'), formatSize([w, h, d]))
  }
  text = namesIn(text, names)
  // How much too big, or to spare, as in the closeness words: "6 mm", "2.7 cm".
  text = text.replace(/(\d+(?:\.\d+)?) mm (too big|to spare)/g, (_, n: string, what: string) => `${closeLength(Number(n), unit)} ${what}`)
  if (unit === 'mm') return text
  return text.replace(/(\d+(?:\.\d+)?)((?: × \d+(?:\.\d+)?)*) mm\b(?! (?:too big|to spare))/g, (_, first: string, rest: string) => {
    const numbers = [first, ...rest.split(' × ').filter(Boolean)].map((n) => formatIn(Number(n), unit).split(' ')[0])
    return `${numbers.join(' × ')} ${unit}`
  })
}

/**
 * Ids become the names people picked. A thing's size right after its id (`the lipstick (22 × 22 × 75 mm`) is the
 * engine's width × depth × height: it is given as width × height × depth, as everywhere on the page.
 */
function namesIn(text: string, names: ReadonlyMap<string, string>): string {
  let out = text
  // Longest ids first, so `apple-iphone-15-pro` is not read as `apple-iphone-15` + `-pro`.
  for (const id of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const name = names.get(id)!
    out = out
      .replace(new RegExp(`(?<![a-z0-9-])${escape(id)}(?![a-z0-9-]) \\(([\\d.]+) × ([\\d.]+) × ([\\d.]+) mm`, 'g'), (_, w: string, d: string, h: string) => `${name} (${w} × ${h} × ${d} mm`)
      .replace(new RegExp(`(?<![a-z0-9-])${escape(id)}(?![a-z0-9-])`, 'g'), name)
  }
  return out
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
 * How close a verdict is, in words for people: "2 mm to spare", "at least 2 cm to spare", "3.4 cm too big", with the
 * tolerance and what it comes from when it is a close call. `names` turns ids in the server's words into names.
 * `null` when the server said nothing about closeness, or could not say (an undecided verdict).
 */
export function closenessWords(
  closeness: Closeness | undefined,
  unit: Unit,
  names: ReadonlyMap<string, string> = new Map(),
): { short: string; long: string; closeCall: boolean } | null {
  if (!closeness || typeof closeness.marginMm !== 'number' || !Number.isFinite(closeness.marginMm)) return null
  const margin = closeness.marginMm
  const amount = `${closeness.atLeast ? 'at least ' : ''}${closeLength(Math.abs(margin), unit)}`
  const short = margin >= 0 ? `${amount} to spare` : `${amount} too big`
  const tolerance = closeness.uncertaintyMm > 0 ? `±${closeLength(closeness.uncertaintyMm, unit)}` : ''
  if (!closeness.closeCall) return { short, long: `${capital(short)}${tolerance ? ` (sizes known to ${tolerance})` : ''}.`, closeCall: false }
  // The server says what makes the sizes unsure ("since the bag's size is given to the centimetre").
  const since = closeness.words ? /: a close call, since (.+)$/.exec(closeness.words)?.[1] : undefined
  const why = since ? namesIn(since, names) : null
  const within = tolerance ? `within the ${tolerance} the sizes are known to` : 'with nothing to spare'
  return { short, long: `${capital(short)}, ${within}${why ? ` (${why})` : ''}, so it may go either way.`, closeCall: true }
}

/**
 * A small length as people say it: millimetres under 1 cm ("5 mm", not "0.5 cm"), else in the reader's unit
 * ("3.4 cm"); inches always in inches.
 */
function closeLength(lengthMm: number, unit: Unit): string {
  if (unit === 'in') return formatIn(lengthMm, 'in')
  if (unit === 'mm' || lengthMm < 10) return `${Number(lengthMm.toFixed(lengthMm < 10 ? 1 : 0))} mm`
  return formatIn(lengthMm, 'cm')
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * A line of the bag layer's "how the inside was worked out", for people: the engine's axes left out, the interior
 * and the opening named in full and in the page's order (width × height × depth), "our calibration" as what it is.
 */
export function plainExplanation(line: string): string {
  const n = '(\\d+(?:\\.\\d+)?)'
  return line
    .replace(/: x = width, y = depth, z = height$/, '')
    .replace(new RegExp(`^interior ${n} × ${n} × ${n} mm \\(w × d × h\\)`), 'inside $1 × $3 × $2 mm (width × height × depth)')
    .replace(/: (.+?) wide, (.+?) deep, (.+?) high,/, ': $1 wide, $3 high, $2 deep,')
    .replace(/ \(w × h × d\)/, ' (width × height × depth)')
    .replace(new RegExp(`^opening ${n} × ${n} mm \\(w × d\\)`), 'opening $1 × $2 mm (width × depth)')
    .replace(/ \(our calibration\)/, ' (as measured on such bags)')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
