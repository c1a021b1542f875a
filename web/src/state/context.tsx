import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppState, AppStore } from './store.js'

const StoreContext = createContext<AppStore | null>(null)

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** Reads the page's store through a selector; the component re-renders only when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useApp must be used inside <StoreProvider>.')
  return useStore(store, selector)
}

/** The store itself, for event handlers that read state without subscribing. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>.')
  return store
}
