import { useMemo } from 'react'
import { useApp } from './context.js'
import { pickedItems, type PickedItem } from './store.js'

/** The picked things with sizes, in colour order (memoised: a new array only when the choices change). */
export function usePicked(): PickedItem[] {
  const catalogItems = useApp((s) => s.catalog.items)
  const items = useApp((s) => s.items)
  const own = useApp((s) => s.own)
  const unit = useApp((s) => s.unit)
  return useMemo(() => pickedItems(catalogItems, items, own, unit), [catalogItems, items, own, unit])
}
