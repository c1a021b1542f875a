import type { Catalog } from '../catalog/index.js'
import { whatFitsEntries } from '../services/what-fits.js'
import { subjectKey } from './keys.js'
import type { Subject } from './types.js'

/**
 * Which catalog kits and items to try in every bag. `kits`: ids, or `all` (the default). `items`: ids, `all`,
 * `none`, or `kit` (the default): every item that appears in a chosen kit, each on its own, so a bag gets a badge
 * per thing ("phone fits, keys fit") next to one per kit.
 */
export interface SubjectChoice {
  kits?: readonly string[] | 'all'
  items?: readonly string[] | 'all' | 'kit' | 'none'
}

/**
 * The chosen subjects, items first then kits, each sorted by id, with their content keys. Throws `KIT_NOT_FOUND` /
 * `ITEM_NOT_FOUND` (with the closest ids) for an id the catalog does not have.
 */
export async function chooseSubjects(catalog: Catalog, choice: SubjectChoice = {}): Promise<Subject[]> {
  const { kits = 'all', items = 'kit' } = choice
  // Unknown ids fail first, naming the closest ones.
  if (kits !== 'all') for (const id of kits) await catalog.get('kits', id)
  if (typeof items !== 'string') for (const id of items) await catalog.get('items', id)
  // Every item and kit as fit items (the same entries `what-fits` uses), then the chosen ones.
  const entries = await whatFitsEntries(catalog)
  const chosenKits = entries.filter((e) => e.kind === 'kit' && (kits === 'all' || kits.includes(e.id)))
  const kitItemIds = new Set<string>()
  if (items === 'kit') {
    for (const kit of await catalog.list('kits')) {
      if (chosenKits.some((k) => k.id === kit.id)) for (const line of kit.items) kitItemIds.add(line.itemId)
    }
  }
  const isChosenItem = (id: string) =>
    items === 'all' || (items === 'kit' ? kitItemIds.has(id) : items !== 'none' && items.includes(id))
  const chosen = [...entries.filter((e) => e.kind === 'item' && isChosenItem(e.id)), ...chosenKits]
  return chosen.map((e) => ({
    kind: e.kind,
    id: e.id,
    name: e.name,
    key: subjectKey(e.items),
    items: e.items,
  }))
}
