import { lazy, Suspense, useRef, type KeyboardEvent } from 'react'
import { useApp } from '../state/context.js'
import { VIEWS, type View } from '../state/share-url.js'
import { PackView } from './PackView.js'

// The 3D view opens most links, so it is in the first paint; every other view loads when it is opened (or linked).
const TrueScale = lazy(() => import('./TrueScale.js').then((m) => ({ default: m.TrueScale })))
const WhichBags = lazy(() => import('./WhichBags.js').then((m) => ({ default: m.WhichBags })))
const ComparePanel = lazy(() => import('./ComparePanel.js').then((m) => ({ default: m.ComparePanel })))
const CarryPanel = lazy(() => import('./CarryPanel.js').then((m) => ({ default: m.CarryPanel })))
const StylePanel = lazy(() => import('./StylePanel.js').then((m) => ({ default: m.StylePanel })))
const CatalogExplorer = lazy(() => import('./CatalogExplorer.js').then((m) => ({ default: m.CatalogExplorer })))

const TITLES: Record<View, string> = {
  pack: 'Packed in 3D',
  scale: 'True scale',
  bags: 'Which bags fit?',
  compare: 'Compare',
  carry: 'Carry plan',
  style: 'Style',
  catalog: 'Catalog',
}

/** The views of the answer as tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, Tab goes into the panel). */
export function Panels() {
  const view = useApp((s) => s.view)
  const setView = useApp((s) => s.setView)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const onKey = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view)
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null
    if (next === null) return
    e.preventDefault()
    const v = VIEWS[(next + VIEWS.length) % VIEWS.length]!
    setView(v)
    tabs.current[VIEWS.indexOf(v)]?.focus()
  }
  return (
    <section className="card panels" aria-label="Views">
      <div role="tablist" aria-label="Views" className="tabs" onKeyDown={onKey}>
        {VIEWS.map((v, i) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[i] = el
            }}
            role="tab"
            type="button"
            id={`tab-${v}`}
            aria-selected={view === v}
            aria-controls={`panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
          >
            {TITLES[v]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className="panel" tabIndex={-1}>
        {view === 'pack' && <PackView />}
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {view === 'scale' && <TrueScale />}
          {view === 'bags' && <WhichBags />}
          {view === 'compare' && <ComparePanel />}
          {view === 'carry' && <CarryPanel />}
          {view === 'style' && <StylePanel />}
          {view === 'catalog' && <CatalogExplorer />}
        </Suspense>
      </div>
    </section>
  )
}
