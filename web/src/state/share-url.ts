/**
 * The page's state in the URL, so a link reopens exactly this view:
 *
 *   ?bag=dior-lady-dior-micro                       a catalog bag
 *   ?size=12x9x5cm&shape=trapezoid                  or one typed by hand (as typed, with its unit)
 *   &items=apple-iphone-15,lipstick*2               catalog items, `*N` for a count
 *   &own=Ring%20box~5x5x4cm~1|...                   things typed by hand: name ~ size ~ count
 *   &view=scale  &x=1                               the open panel; the exploded view
 *   &colour=%23ff69b4&wear=black~fitted|camel~oversized&occasion=evening   the style panel: colour ~ fit
 *   &with=pocket,phone-case                         companion pieces of the carry plan
 *
 * The unit is not in the link: it is the reader's own preference. Reading is forgiving (unknown keys and bad
 * parts are dropped); the page checks sizes when it uses them.
 */

export const VIEWS = ['pack', 'scale', 'carry', 'style', 'catalog'] as const
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

export interface ShareState {
  bag: BagChoice | null
  items: { id: string; count: number }[]
  own: OwnItemSpec[]
  view: View
  exploded: boolean
  style: { colour: string; wear: Garment[]; occasion: string }
  companions: Companion[]
}

export const DEFAULT_STYLE: ShareState['style'] = {
  colour: '#d4145a',
  wear: [
    { colour: 'black', fit: 'fitted' },
    { colour: 'denim', fit: 'regular' },
  ],
  occasion: 'everyday',
}

/** The state a page opens with when the URL says nothing. */
export function emptyShareState(): ShareState {
  return { bag: null, items: [], own: [], view: 'pack', exploded: false, style: { ...DEFAULT_STYLE, wear: DEFAULT_STYLE.wear.map((g) => ({ ...g })) }, companions: [] }
}

/** Most copies of one item a link may ask for (the engine's own limits apply after). */
const MAX_COUNT = 99

/** Writes the state as a query string (without the `?`), leaving out what equals the defaults. */
export function encodeShareState(state: ShareState): string {
  const q = new URLSearchParams()
  if (state.bag?.kind === 'catalog') q.set('bag', state.bag.id)
  if (state.bag?.kind === 'custom') {
    q.set('size', state.bag.size)
    q.set('shape', state.bag.shape)
  }
  if (state.items.length > 0) q.set('items', state.items.map((i) => (i.count === 1 ? i.id : `${i.id}*${i.count}`)).join(','))
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
  const q = new URLSearchParams(search)
  const state = emptyShareState()
  const bag = q.get('bag')
  const size = q.get('size')
  if (bag) state.bag = { kind: 'catalog', id: bag }
  else if (size) state.bag = { kind: 'custom', size, shape: q.get('shape') || 'box' }
  for (const part of (q.get('items') ?? '').split(',')) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\*(\d+))?$/.exec(part.trim())
    if (m) state.items.push({ id: m[1]!, count: clampCount(m[2]) })
  }
  for (const part of (q.get('own') ?? '').split('|')) {
    const [name, ownSize, count] = part.split('~')
    if (name && ownSize) state.own.push({ name: name.slice(0, 60), size: ownSize.slice(0, 60), count: clampCount(count) })
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
  return state
}

function clampCount(text: string | undefined): number {
  const n = Number.parseInt(text ?? '1', 10)
  return Number.isFinite(n) ? Math.min(MAX_COUNT, Math.max(1, n)) : 1
}
