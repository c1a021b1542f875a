import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.js'
import { httpApi } from './data/api.js'
import { StoreProvider } from './state/context.js'
import { decodeShareLink, encodeShareState } from './state/share-url.js'
import { createAppStore, shareStateOf } from './state/store.js'
import './styles.css'

const opened = decodeShareLink(location.search)
const store = createAppStore({
  api: httpApi(),
  storage: safeStorage(),
  language: navigator.language,
  initial: opened.state,
  linkNotes: opened.notes,
})

// A link with parts the page left out (bad counts, unknown ids) is rewritten to what is shown, so it is not shared on.
const cleaned = encodeShareState(shareStateOf(store.getState()))
if (opened.notes.length > 0) history.replaceState(null, '', cleaned ? `?${cleaned}` : location.pathname)

// Keep the address bar in step with the choices, so copying it shares this view.
store.subscribe((state, previous) => {
  const now = encodeShareState(shareStateOf(state))
  if (now === encodeShareState(shareStateOf(previous))) return
  history.replaceState(null, '', now ? `?${now}` : location.pathname)
})

void store.getState().loadCatalog()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
)

function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
