import { Suspense, useId, useMemo, useState } from 'react'
import type { KindInfo } from '../scene/BagView.js'
import { frameAround, sceneBounds, sharedFrame, type SceneLayout } from '../scene/layout.js'
import type { Vec3 } from '../../../src/pack/types.js'
import { useApp } from '../state/context.js'
import { bagLabel, type BagInfo } from '../state/store.js'
import { usePicked } from '../state/use-picked.js'
import { formatSizeIn } from '../state/units.js'
import { sceneOf } from '../scene/scene-of.js'
import { BagView, ClosenessNote, packedScene, WebGLBoundary } from './PackView.js'
import { HEADLINES } from './Verdict.js'
import { fold, matchesAll } from './search.js'
import { plainReason } from './words.js'
import type { FitReply } from '../data/types.js'

/** Two bags side by side: the same things packed in both, drawn at one scale (both views frame the larger scene). */
export function ComparePanel() {
  const bagInfo = useApp((s) => s.bagInfo)
  const fit = useApp((s) => s.fit)
  const compare = useApp((s) => s.compare)
  const compared = useApp((s) => s.compared)
  const unit = useApp((s) => s.unit)
  const picked = usePicked()
  const kinds = useMemo<KindInfo[]>(() => picked.map((p) => ({ label: p.label, category: p.category, shape: p.shape, sizeMm: p.sizeMm })), [picked])
  const names = useMemo(() => new Map(picked.map((p) => [p.id, p.label])), [picked])
  const left = useMemo(() => packedScene(bagInfo, fit, picked), [bagInfo, fit, picked])
  const right = useMemo(() => {
    if (compared.status !== 'done') return null
    const { info, reply } = compared.value
    return sceneOf(info, reply.status === 'fits' ? reply.placements : [], picked, reply.status === 'fits' ? [] : picked.map((p) => ({ id: p.id, count: p.count })))
  }, [compared, picked])
  // One frame for both: the box around both scenes, so a millimetre is as long on the left as on the right.
  const frame = useMemo(() => (left && right ? sharedFrame(left.layout, right) : null), [left, right])

  if (bagInfo.status !== 'ready') return <p className="muted">Pick a bag first, then a second one to compare it with.</p>
  if (picked.length === 0) return <p className="muted">Add the things you carry, to pack them in both bags.</p>
  return (
    <div className="compare">
      <ComparePicker />
      {compare === null ? (
        <p className="muted">Choose a second bag above (or “Compare” in Which bags fit?).</p>
      ) : compared.status === 'loading' || compared.status === 'idle' ? (
        <p className="muted">Packing the same things in the second bag…</p>
      ) : compared.status === 'error' ? (
        <p className="message error" role="alert">
          {compared.message}
        </p>
      ) : (
        <>
          <p className="hint">The same things in both, drawn at the same scale. Drag either view to turn it.</p>
          <div className="compare-grid">
            <CompareSide
              title={bagInfo.label}
              info={bagInfo}
              reply={fit.status === 'done' ? fit.reply : null}
              layout={left?.layout ?? null}
              kinds={kinds}
              frame={frame}
              names={names}
              testId="compare-left"
            />
            <CompareSide
              title={compared.value.info.label}
              info={compared.value.info}
              reply={compared.value.reply}
              layout={right}
              kinds={kinds}
              frame={frame}
              names={names}
              testId="compare-right"
            />
          </div>
        </>
      )}
      <p className="muted">Sizes in {unit}.</p>
    </div>
  )
}

function CompareSide({
  title,
  info,
  reply,
  layout,
  kinds,
  frame,
  names,
  testId,
}: {
  title: string
  info: Extract<BagInfo, { status: 'ready' }>
  reply: FitReply | null
  layout: SceneLayout | null
  kinds: KindInfo[]
  frame: { min: Vec3; max: Vec3 } | null
  names: Map<string, string>
  testId: string
}) {
  const unit = useApp((s) => s.unit)
  const status = reply?.status ?? 'none'
  // Each view frames the shared box around its own middle (so both are at one scale).
  const own = layout ? sceneBounds(layout, 0) : null
  const shifted = frame && own ? frameAround(frame, own.centre) : null
  return (
    <section className={`compare-side verdict-${status}`} data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <p className="choice-meta">
        outside {formatSizeIn(info.exteriorMm, unit)} · holds {Math.round(info.volumeMl)} ml
      </p>
      <p className="compare-verdict">
        <strong>{reply ? HEADLINES[reply.status] : 'Checking…'}</strong>
      </p>
      {reply && reply.status !== 'fits' && <p className="muted">{plainReason(reply.reason, names, unit, info.container.size)}</p>}
      <ClosenessNote closeness={reply?.closeness} unit={unit} names={names} />
      <div className="canvas-wrap compare-canvas">
        {layout && (
          <WebGLBoundary>
            <Suspense fallback={<p className="muted center">Loading the 3D view…</p>}>
              <BagView layout={layout} kinds={kinds} exploded={false} frame={shifted} controlled={false} label={`${title} in 3D`} />
            </Suspense>
          </WebGLBoundary>
        )}
      </div>
    </section>
  )
}

/** Picks the second bag from the catalog, by search. */
function ComparePicker() {
  const bags = useApp((s) => s.catalog.bags)
  const compare = useApp((s) => s.compare)
  const bag = useApp((s) => s.bag)
  const setCompare = useApp((s) => s.setCompare)
  const [query, setQuery] = useState('')
  const id = useId()
  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean)
    return bags.filter((b) => b.exteriorMm.w !== null && b.exteriorMm.h !== null && b.exteriorMm.d !== null && b.shape !== null && !(bag?.kind === 'catalog' && bag.id === b.id) && matchesAll(`${b.id} ${b.brand} ${b.model} ${b.sizeName ?? ''}`, words))
  }, [bags, query, bag])
  return (
    <div className="compare-picker">
      <label htmlFor={`${id}-q`}>Compare with</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search another bag, e.g. tabby" autoComplete="off" />
      {query.trim() !== '' && (
        <ul className="choice-list compact" aria-label="Bags to compare with">
          {matches.slice(0, 8).map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="choice"
                aria-pressed={compare === b.id}
                onClick={() => {
                  setCompare(b.id)
                  setQuery('')
                }}
              >
                <span className="choice-name">{bagLabel(b)}</span>
              </button>
            </li>
          ))}
          {matches.length === 0 && <li className="muted">No other bag matches “{query}”.</li>}
        </ul>
      )}
    </div>
  )
}
