import { fail, show } from '../errors.js'
import type { ErrorCode } from '../errors.js'
import { CARRY_CATEGORIES } from './types.js'
import type { CarryCategory, CarryContainer } from './types.js'

/** What the wearer says about the containers: which ones they wear, and what some of them may hold. */
export interface WearChoices {
  /**
   * Ids of the containers worn (the micro bags you wear; a pouch clipped to you). Worn containers add no piece to
   * carry and the bags among them are filled first. Absent: a container's own `worn` where it states one, else
   * `defaultWorn` (every top-level bag). Garment pockets are always worn.
   */
  wear?: readonly string[]
  /** Container id → the only categories it may hold (`tote` → phone, keys, card; `pouch` → cosmetics). */
  only?: Readonly<Record<string, readonly string[]>>
}

/**
 * The containers with the wearer's choices applied: `worn` from `wear` (or, without it, each container's own `worn`
 * where it states one, else `defaultWorn`), `accepts` from `only`. Pockets stay worn. Throws `code` (the caller's input error) naming
 * an id that is not one of the containers, or a category that is not one of `CARRY_CATEGORIES`. Does not mutate.
 *
 * @example
 * applyWear(containers, { wear: ['dior-lady-dior-micro'], only: { tote: ['phone', 'keys', 'card'] } }, isBag, 'INVALID_INPUT')
 */
export function applyWear(
  containers: readonly CarryContainer[],
  choices: WearChoices,
  defaultWorn: (c: CarryContainer) => boolean,
  code: ErrorCode,
  names: { wear: string; only: string } = { wear: 'wear', only: 'only' },
): CarryContainer[] {
  const ids = containers.map((c) => c.id)
  const known = (id: string, where: string) => {
    if (!ids.includes(id)) fail(code, `${show(id)} in ${where} is not one of the containers: ${ids.join(', ')}.`)
  }
  for (const id of choices.wear ?? []) known(id, names.wear)
  const only = new Map<string, CarryCategory[]>()
  for (const [id, categories] of Object.entries(choices.only ?? {})) {
    known(id, names.only)
    if (categories.length === 0) fail(code, `${names.only} for ${show(id)} names no category: expected some of ${CARRY_CATEGORIES.join(', ')}.`)
    for (const category of categories) {
      if (!CARRY_CATEGORIES.includes(category as CarryCategory)) {
        fail(code, `Unknown category ${show(category)} in ${names.only} for ${show(id)}: expected one of ${CARRY_CATEGORIES.join(', ')}.`)
      }
    }
    only.set(id, [...new Set(categories as CarryCategory[])])
  }
  const isWorn = (c: CarryContainer) => c.kind === 'pocket' || (choices.wear ? choices.wear.includes(c.id) : (c.worn ?? defaultWorn(c)))
  // A worn container's parts (a phone case's card slots) are worn with it.
  const wornIds = new Set(containers.filter(isWorn).map((c) => c.id))
  return containers.map((c) => {
    const worn = wornIds.has(c.id) || (c.piece !== undefined && wornIds.has(c.piece))
    const accepts = only.get(c.id)
    return { ...c, worn, ...(accepts ? { accepts } : {}) }
  })
}

/**
 * The default of `wear` for a container that does not say whether it is worn: a bag at the top level (named by catalog
 * id or by size in `--carry`, or given whole without `worn`) is a micro bag you wear. Totes, pouches and phone cases
 * are carried.
 */
export function isWornByDefault(c: CarryContainer): boolean {
  return c.kind === 'bag' && c.inside === undefined
}

/**
 * Reads `--only` values: `ID=category,category` entries, repeated or run together (`tote=phone,keys,pouch=cosmetics`:
 * a word with `=` starts the next container). Throws `code` for a value that does not start with `ID=`.
 */
export function parseOnly(values: readonly string[], code: ErrorCode, flag = '--only'): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  let current: string | null = null
  for (const raw of values.flatMap((v) => v.split(','))) {
    const word = raw.trim()
    if (word === '') continue
    const eq = word.indexOf('=')
    if (eq >= 0) {
      current = word.slice(0, eq).trim()
      if (current === '') fail(code, `${flag} ${show(word)}: name the container before "=", e.g. ${flag} tote=phone,keys,card.`)
      out[current] = [...(out[current] ?? [])]
      const first = word.slice(eq + 1).trim()
      if (first !== '') out[current]!.push(first.toLowerCase())
    } else if (current === null) {
      fail(code, `${flag} ${show(word)}: expected ID=CATEGORY[,CATEGORY...], e.g. ${flag} tote=phone,keys,card or ${flag} pouch=cosmetics.`)
    } else {
      out[current]!.push(word.toLowerCase())
    }
  }
  return out
}
