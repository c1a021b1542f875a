import { Component, lazy, Suspense, useMemo, type KeyboardEvent, type ReactNode } from 'react'
import { itemColour } from '../scene/colours.js'
import { sceneHandle } from '../scene/handle.js'
import { sceneLayout, type SceneLayout } from '../scene/layout.js'
import { useApp } from '../state/context.js'
import type { BagInfo, FitState, PickedItem } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { countOf, listWords } from './words.js'

// three.js and the renderer load after the first paint, in their own chunk.
const BagView = lazy(() => import('../scene/BagView.js'))

/** Radians per press of a rotate button or arrow key. */
const TURN = Math.PI / 12
const ZOOM = 1.25

/** What the 3D view shows: the full packing, what fits once some things are left out, or the empty bag. */
export function packedScene(bagInfo: BagInfo, fit: FitState, picked: PickedItem[]): { layout: SceneLayout; caption: string } | null {
  if (bagInfo.status !== 'ready') return null
  const kinds = picked.map((p) => p.id)
  if (fit.status === 'done' && fit.reply.status === 'fits') {
    return { layout: sceneLayout(fit.container, fit.reply.placements, kinds), caption: 'Everything, packed.' }
  }
  if (fit.status === 'done' && fit.leaveOut.status === 'done' && fit.leaveOut.placements.length > 0) {
    const names = new Map(picked.map((p) => [p.id, p.label]))
    const left = listWords(fit.leaveOut.left.map((l) => countOf(l.count, names.get(l.id) ?? l.name)))
    return { layout: sceneLayout(fit.container, fit.leaveOut.placements, kinds), caption: `What fits, without ${left}.` }
  }
  const empty = fit.status === 'done' && fit.leaveOut.status === 'done' ? 'The inside of the bag: none of these things fits.' : 'The inside of the bag.'
  return { layout: sceneLayout(bagInfo.container, [], kinds), caption: empty }
}

/** The 3D panel: the view, its buttons, and a legend that says the same in words. */
export function PackView() {
  const bagInfo = useApp((s) => s.bagInfo)
  const fit = useApp((s) => s.fit)
  const exploded = useApp((s) => s.exploded)
  const setExploded = useApp((s) => s.setExploded)
  const picked = usePicked()
  const scene = useMemo(() => packedScene(bagInfo, fit, picked), [bagInfo, fit, picked])
  const labels = useMemo(() => picked.map((p) => p.label), [picked])
  if (!scene || bagInfo.status !== 'ready') return <p className="muted">Pick a bag to see it in 3D.</p>
  const placed = countPlaced(scene.layout)
  const description = `${bagInfo.label}, inside in 3D. ${scene.caption} ${placed.map(([kind, n]) => `${n} × ${labels[kind] ?? ''}`).join(', ')}.`

  const onKey = (e: KeyboardEvent) => {
    const h = sceneHandle.current
    if (!h) return
    const actions: Record<string, () => void> = {
      ArrowLeft: () => h.rotate(TURN, 0),
      ArrowRight: () => h.rotate(-TURN, 0),
      ArrowUp: () => h.rotate(0, TURN),
      ArrowDown: () => h.rotate(0, -TURN),
      '+': () => h.zoom(ZOOM),
      '=': () => h.zoom(ZOOM),
      '-': () => h.zoom(1 / ZOOM),
      '0': () => h.reset(),
      e: () => setExploded(!exploded),
    }
    const action = actions[e.key]
    if (action) {
      e.preventDefault()
      action()
    }
  }

  return (
    <div className="pack-view">
      <p className="caption">{scene.caption}</p>
      <div className="canvas-wrap" tabIndex={0} role="img" aria-label={description} aria-describedby="view-keys" onKeyDown={onKey} data-testid="bag-3d">
        <WebGLBoundary>
          <Suspense fallback={<p className="muted center">Loading the 3D view…</p>}>
            <BagView layout={scene.layout} labels={labels} exploded={exploded} />
          </Suspense>
        </WebGLBoundary>
      </div>
      <p id="view-keys" className="hint">
        Drag to turn, pinch or scroll to zoom. With the keyboard: arrows turn, + and − zoom, 0 resets, E explodes.
      </p>
      <div className="view-buttons" role="group" aria-label="3D view controls">
        <button type="button" onClick={() => sceneHandle.current?.rotate(TURN, 0)} aria-label="Turn left">
          ⟲
        </button>
        <button type="button" onClick={() => sceneHandle.current?.rotate(-TURN, 0)} aria-label="Turn right">
          ⟳
        </button>
        <button type="button" onClick={() => sceneHandle.current?.rotate(0, TURN)} aria-label="Look from higher">
          ↑
        </button>
        <button type="button" onClick={() => sceneHandle.current?.rotate(0, -TURN)} aria-label="Look from lower">
          ↓
        </button>
        <button type="button" onClick={() => sceneHandle.current?.zoom(ZOOM)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => sceneHandle.current?.zoom(1 / ZOOM)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => sceneHandle.current?.reset()}>
          Reset
        </button>
        <button type="button" aria-pressed={exploded} onClick={() => setExploded(!exploded)}>
          Exploded view
        </button>
      </div>
      {placed.length > 0 && (
        <ul className="legend" aria-label="Colours">
          {placed.map(([kind, n]) => (
            <li key={kind}>
              <span className="swatch" style={{ background: itemColour(kind) }} aria-hidden="true" />
              {n} × {labels[kind]}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** How many copies of each kind are in the scene, by kind index. */
function countPlaced(layout: SceneLayout): [number, number][] {
  const counts = new Map<number, number>()
  for (const b of layout.boxes) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => a[0] - b[0])
}

/** A browser without WebGL gets words instead of a blank box. */
class WebGLBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    if (this.state.failed) return <p className="message error center">This browser cannot draw 3D (WebGL is off or missing). The answer and the list above still hold.</p>
    return this.props.children
  }
}
