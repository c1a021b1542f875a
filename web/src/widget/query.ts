import { decodeShareLink, encodeShareState, type PickedRef } from '../state/share-url.js'

/**
 * What a shop puts in the widget's address: `widget.html?bag=ID` and, optionally, the things (`items=`, as in a
 * share link, `+case` and `*N` included) or a catalog kit (`kit=`). Without either, the catalog's `essentials` kit.
 */
export interface WidgetQuery {
  bag: string | null
  items: PickedRef[]
  kit: string
  /** Parts of the address that were left out, in words. */
  notes: string[]
  /** The same bag and things as a link to the full page. */
  pageQuery: string
}

/** The kit shown when the shop names no things: a phone, a card, a lipstick and keys. */
const DEFAULT_KIT = 'essentials'

export function readWidgetQuery(search: string): WidgetQuery {
  const { state, notes } = decodeShareLink(search)
  const q = new URLSearchParams(search)
  const kit = q.get('kit')
  const bag = state.bag?.kind === 'catalog' ? state.bag.id : null
  return {
    bag,
    items: state.items,
    kit: kit && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(kit) ? kit : DEFAULT_KIT,
    notes,
    pageQuery: encodeShareState({ ...state, view: 'pack' }),
  }
}
