import { Suspense, useMemo, useState, type KeyboardEvent } from 'react'
import { BagView, WebGLBoundary } from './view-parts.js'
import type { KindInfo } from '../scene/BagView.js'
import { swatchBackground } from '../scene/colours.js'
import { sceneHandle } from '../scene/handle.js'
import type { SceneLayout } from '../scene/layout.js'
import { sceneOf } from '../scene/scene-of.js'
import { packingSteps, stepPlacements } from '../scene/steps.js'
import { useApp } from '../state/context.js'
import type { BagInfo, FitState, PickedItem } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { countOf, listWords } from './words.js'
import type { ScenePlacement } from '../data/types.js'

export { BagView, ClosenessNote, WebGLBoundary } from './view-parts.js'

/** Radians per press of a rotate button or arrow key. */
const TURN = Math.PI / 12
const ZOOM = 1.25

/** What the 3D view shows, with a caption and the placements its packing steps describe. */
export interface PackedScene {
  layout: SceneLayout
  caption: string
  placements: ScenePlacement[]
  /** True when none of the things fits (they stand beside the bag). */
  nothingFits: boolean
}


/** What the 3D view shows: the full packing, what fits once some things are left out (they stand beside), or nothing. */
export function packedScene(bagInfo: BagInfo, fit: FitState, picked: PickedItem[]): PackedScene | null {
  if (bagInfo.status !== 'ready') return null
  const names = new Map(picked.map((p) => [p.id, p.label]))
  if (fit.status === 'done' && fit.reply.status === 'fits') {
    return { layout: sceneOf(bagInfo, fit.reply.placements, picked, []), caption: 'Everything, packed.', placements: fit.reply.placements, nothingFits: false }
  }
  if (fit.status === 'done' && fit.leaveOut.status === 'done') {
    const left = fit.leaveOut.left.map((l) => ({ id: l.id, count: l.count }))
    const placements = fit.leaveOut.placements as ScenePlacement[]
    if (placements.length > 0) {
      const words = listWords(fit.leaveOut.left.map((l) => countOf(l.count, names.get(l.id) ?? l.name)))
      return { layout: sceneOf(bagInfo, placements, picked, left), caption: `What fits, without ${words} (beside the bag).`, placements, nothingFits: false }
    }
    return {
      layout: sceneOf(bagInfo, [], picked, left),
      caption: 'None of these things fits: here they are beside the bag, at the same scale.',
      placements: [],
      nothingFits: true,
    }
  }
  return { layout: sceneOf(bagInfo, [], picked, []), caption: 'The bag, empty.', placements: [], nothingFits: false }
}

/** The 3D panel: the view, its buttons, a legend that highlights, how close it is, and the packing steps in words. */
export function PackView() {
  const bagInfo = useApp((s) => s.bagInfo)
  const fit = useApp((s) => s.fit)
  const exploded = useApp((s) => s.exploded)
  const setExploded = useApp((s) => s.setExploded)
  const picked = usePicked()
  const [highlight, setHighlight] = useState<number | null>(null)
  const scene = useMemo(() => packedScene(bagInfo, fit, picked), [bagInfo, fit, picked])
  const kinds = useMemo<KindInfo[]>(() => picked.map((p) => ({ label: p.label, category: p.category, shape: p.shape, sizeMm: p.sizeMm })), [picked])
  const steps = useMemo(() => {
    if (!scene || bagInfo.status !== 'ready' || scene.placements.length === 0) return []
    return packingSteps(stepPlacements(scene.placements), bagInfo.container.size, new Map(picked.map((p) => [p.id, p.label])))
  }, [scene, bagInfo, picked])
  if (!scene || bagInfo.status !== 'ready') return <p className="muted">Pick a bag to see it in 3D.</p>
  const placed = countPlaced(scene.layout)
  const shownHighlight = highlight !== null && placed.some(([k]) => k === highlight) ? highlight : null
  const description = `${bagInfo.label}, inside in 3D. ${scene.caption} ${placed.map(([kind, n]) => `${n} × ${kinds[kind]?.label ?? ''}`).join(', ')}.`

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
            <BagView layout={scene.layout} kinds={kinds} exploded={exploded} highlight={shownHighlight} />
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
        <button type="button" aria-pressed={exploded} onClick={() => setExploded(!exploded)} disabled={scene.layout.boxes.length === 0}>
          Exploded view
        </button>
      </div>
      {placed.length > 0 && (
        <div className="legend-wrap">
          <p className="hint">Tap a thing to pick it out in the view.</p>
          <ul className="legend" aria-label="Colours">
            {placed.map(([kind, n, outside]) => (
              <li key={kind}>
                <button type="button" className="legend-entry" aria-pressed={shownHighlight === kind} onClick={() => setHighlight(shownHighlight === kind ? null : kind)}>
                  <span className="swatch" style={{ background: swatchBackground(kind) }} aria-hidden="true">
                    <span className="swatch-number">{kind + 1}</span>
                  </span>
                  {kinds[kind]?.label}
                  {n > 1 ? ` × ${n}` : ''}
                  {outside ? <span className="muted"> (does not fit)</span> : null}
                  {!outside && scene.layout.boxes.some((b) => b.kind === kind && b.squeezed) ? <span className="muted"> (squeezed)</span> : null}
                  {!outside && scene.layout.boxes.some((b) => b.kind === kind && b.turned) ? <span className="muted"> (turned to fit)</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {steps.length > 0 && (
        <div className="steps">
          <h3>How to pack it</h3>
          <ol>
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  )
}

/** How many copies of each kind are in the scene (inside, then beside the bag), by kind index. */
function countPlaced(layout: SceneLayout): [number, number, boolean][] {
  const counts = new Map<number, [number, boolean]>()
  for (const b of layout.boxes) counts.set(b.kind, [(counts.get(b.kind)?.[0] ?? 0) + 1, false])
  for (const b of layout.outside) if (!counts.has(b.kind) || counts.get(b.kind)![1]) counts.set(b.kind, [(counts.get(b.kind)?.[0] ?? 0) + 1, true])
  return [...counts.entries()].map(([k, [n, out]]) => [k, n, out] as [number, number, boolean]).sort((a, b) => a[0] - b[0])
}

