/**
 * The page's state in the URL, so a link reopens exactly this view:
 *
 *   ?bag=dior-lady-dior-micro                       a catalog bag
 *   ?size=12x9x5cm&shape=trapezoid                  or one typed by hand (as typed, with its unit)
 *   &items=apple-iphone-15+case,lipstick*2          catalog items, `+case` in its standard case (or `+CASE_ID`),
 *                                                   `*N` for a count
 *   &must=apple-iphone-15                           things that must come (the carry plan keeps them first)
 *   &vs=coach-tabby-20                              the second bag of the comparison
 *   &own=Ring%20box~5x5x4cm~1|...                   things typed by hand: name ~ size ~ count
 *   &view=scale  &x=1                               the open panel; the exploded view
 *   &colour=%23ff69b4&wear=black~fitted|camel~oversized&occasion=evening   the style panel: colour ~ fit
 *   &with=pocket,phone-case                         companion pieces of the carry plan
 *
 * The unit is not in the link: it is the reader's own preference. Reading is forgiving (unknown keys and bad
 * parts are dropped); the page checks sizes when it uses them.
 */

export const VIEWS = ['pack', 'scale', 'bags', 'compare', 'carry', 'style', 'catalog'] as const
export type View = (typeof VIEWS)[number]

export const COMPANIONS = ['pocket', 'phone-case', 'pouch', 'tote'] as const
export type Companion = (typeof COMPANIONS)[number]

export type BagChoice = { kind: 'catalog'; id: string } | { kind: 'custom'; size: string; shape: string }

export interface OwnItemSpec {
  name: string
  /** As typed, e.g. `5x5x4cm`. */
  size: string
  count: number
}

/** How a garment sits (the advisor's `fit`, docs/styling.md). */
export const GARMENT_FITS = ['fitted', 'regular', 'relaxed', 'oversized'] as const
export type GarmentFit = (typeof GARMENT_FITS)[number]

/** One garment of the outfit: its colour (a name or CSS text) and fit. */
export interface Garment {
  colour: string
  fit: GarmentFit
}

/** A catalog item picked: its id, how many, and whether it goes in its case (`true`: the standard case; or a case id). */
export interface PickedRef {
  id: string
  count: number
  case?: true | string
}

export interface ShareState {
  bag: BagChoice | null
  items: PickedRef[]
  /** Ids (as the fit sees them, `apple-iphone-15+case`) of the things that must come. */
  must: string[]
  /** The second bag of the comparison, a catalog id. */
  compare: string | null
  own: OwnItemSpec[]
  view: View
  exploded: boolean
  style: { colour: string; wear: Garment[]; occasion: string }
  companions: Companion[]
}

const DEFAULT_STYLE: ShareState['style'] = {
  colour: 'red',
  wear: [
    { colour: 'black', fit: 'fitted' },
    { colour: 'denim', fit: 'regular' },
  ],
  occasion: 'everyday',
}

/** The state a page opens with when the URL says nothing. */
export function emptyShareState(): ShareState {
  return { bag: null, items: [], must: [], compare: null, own: [], view: 'pack', exploded: false, style: { ...DEFAULT_STYLE, wear: DEFAULT_STYLE.wear.map((g) => ({ ...g })) }, companions: [] }
}

/** Most copies of one item the page packs (the engine's own limits apply after). */
export const MAX_COUNT = 99

/** The fit id of a picked catalog item: `apple-iphone-15`, `apple-iphone-15+case`, `apple-iphone-15+slim-case`. */
export function fitIdOf(ref: Pick<PickedRef, 'id' | 'case'>): string {
  return ref.case === undefined ? ref.id : `${ref.id}+${ref.case === true ? 'case' : ref.case}`
}

/**
 * Reads a count typed by a person: a whole number from 1 to 99. The message names what was typed and what is
 * expected, so "e", "0", "-3" and "1000" are refused rather than quietly changed.
 */
export function readCount(text: string): { ok: true; count: number } | { ok: false; message: string } {
  const typed = text.trim()
  if (!/^\d+$/.test(typed) || Number(typed) < 1 || Number(typed) > MAX_COUNT) {
    return { ok: false, message: `How many: a whole number from 1 to ${MAX_COUNT}${typed === '' ? '' : `, not "${typed.slice(0, 20)}"`}.` }
  }
  return { ok: true, count: Number(typed) }
}

/** Writes the state as a query string (without the `?`), leaving out what equals the defaults. */
export function encodeShareState(state: ShareState): string {
  const q = new URLSearchParams()
  if (state.bag?.kind === 'catalog') q.set('bag', state.bag.id)
  if (state.bag?.kind === 'custom') {
    q.set('size', state.bag.size)
    q.set('shape', state.bag.shape)
  }
  if (state.items.length > 0) q.set('items', state.items.map((i) => (i.count === 1 ? fitIdOf(i) : `${fitIdOf(i)}*${i.count}`)).join(','))
  if (state.must.length > 0) q.set('must', state.must.join(','))
  if (state.compare) q.set('vs', state.compare)
  if (state.own.length > 0) q.set('own', state.own.map((o) => [o.name, o.size, o.count].map((p) => String(p).replace(/[~|]/g, ' ')).join('~')).join('|'))
  if (state.view !== 'pack') q.set('view', state.view)
  if (state.exploded) q.set('x', '1')
  if (state.style.colour !== DEFAULT_STYLE.colour) q.set('colour', state.style.colour)
  const wear = state.style.wear.map((g) => `${g.colour.replace(/[~|]/g, ' ')}~${g.fit}`).join('|')
  if (wear !== DEFAULT_STYLE.wear.map((g) => `${g.colour}~${g.fit}`).join('|')) q.set('wear', wear)
  if (state.style.occasion !== DEFAULT_STYLE.occasion) q.set('occasion', state.style.occasion)
  if (state.companions.length > 0) q.set('with', state.companions.join(','))
  return q.toString()
}

/** Reads a query string (with or without the `?`) back into a state; what cannot be read is left at its default. */
export function decodeShareState(search: string): ShareState {
  return decodeShareLink(search).state
}

/** Like `decodeShareState`, with a sentence for each part of the link that was left out, for the page to show. */
export function decodeShareLink(search: string): { state: ShareState; notes: string[] } {
  const q = new URLSearchParams(search)
  const state = emptyShareState()
  const notes: string[] = []
  const bag = q.get('bag')
  const size = q.get('size')
  if (bag) state.bag = { kind: 'catalog', id: bag }
  else if (size) state.bag = { kind: 'custom', size, shape: q.get('shape') || 'box' }
  for (const part of (q.get('items') ?? '').split(',')) {
    if (part.trim() === '') continue
    // `+case` arrives as " case" when the link was typed by hand (a plain + in a query string is a space).
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:[+ ]([a-z0-9]+(?:-[a-z0-9]+)*))?(?:\*(-?\w+))?$/.exec(part.trim())
    const count = m ? readCount(m[3] ?? '1') : null
    if (!m || !count?.ok) {
      notes.push(`Left out “${part.trim().slice(0, 60)}” from the link: ${m ? `the count must be a whole number from 1 to ${MAX_COUNT}` : 'not a catalog id'}.`)
      continue
    }
    if (state.items.some((i) => i.id === m[1])) continue
    const ref: PickedRef = { id: m[1]!, count: count.count }
    if (m[2]) ref.case = m[2] === 'case' ? true : m[2]
    state.items.push(ref)
  }
  state.must = (q.get('must') ?? '').split(',').filter((id) => /^[a-z0-9+-]+$/.test(id)).slice(0, 50)
  const vs = q.get('vs')
  if (vs && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(vs)) state.compare = vs
  for (const part of (q.get('own') ?? '').split('|')) {
    const [name, ownSize, count] = part.split('~')
    if (!name || !ownSize) continue
    const read = readCount(count ?? '1')
    if (read.ok) state.own.push({ name: name.slice(0, 60), size: ownSize.slice(0, 60), count: read.count })
    else notes.push(`Left out “${name.slice(0, 60)}” from the link: the count must be a whole number from 1 to ${MAX_COUNT}.`)
  }
  const view = q.get('view')
  if ((VIEWS as readonly string[]).includes(view ?? '')) state.view = view as View
  state.exploded = q.get('x') === '1'
  const colour = q.get('colour')
  if (colour) state.style.colour = colour.slice(0, 60)
  const wear = q.get('wear')
  if (wear) {
    state.style.wear = wear
      .split('|')
      .map((part) => {
        const [colour = '', fit = ''] = part.split('~')
        return { colour: colour.trim().slice(0, 60), fit: (GARMENT_FITS as readonly string[]).includes(fit) ? (fit as GarmentFit) : 'regular' }
      })
      .filter((g) => g.colour !== '')
      .slice(0, 3)
  }
  const occasion = q.get('occasion')
  if (occasion) state.style.occasion = occasion
  state.companions = (q.get('with') ?? '').split(',').filter((c): c is Companion => (COMPANIONS as readonly string[]).includes(c))
  return { state, notes }
}
