import { Suspense, useEffect, useMemo, useState } from 'react'
import type { Api } from '../data/api.js'
import type { Bag, BagRoom, FitReply } from '../data/types.js'
import type { KindInfo } from '../scene/BagView.js'
import { swatchBackground } from '../scene/colours.js'
import { sceneOf } from '../scene/scene-of.js'
import { bagLabel, pickedItems, type PickedItem } from '../state/store.js'
import { fitIdOf, type PickedRef } from '../state/share-url.js'
import { BagView, ClosenessNote, WebGLBoundary } from '../ui/view-parts.js'
import { listWords, plainReason } from '../ui/words.js'
import type { WidgetQuery } from './query.js'

/** What the widget has found out. */
type WidgetState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; bag: Bag; room: Extract<BagRoom, { kind: 'derived' }>; picked: PickedItem[]; reply: FitReply }

/**
 * The "what fits" widget a shop puts on a product page: the bag's verdict on a phone, a card, a lipstick and keys
 * (or the things the shop names), as a badge, the bag packed in 3D, and a link to try your own things.
 */
export function Widget({ api, query, pageUrl }: { api: Api; query: WidgetQuery; pageUrl: string }) {
  const [state, setState] = useState<WidgetState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    void (async () => {
      try {
        if (query.bag === null) throw new Error('This widget needs a bag: widget.html?bag=BAG_ID (a catalog id, e.g. coach-tabby-20).')
        const [{ bag, room }, items, kits] = await Promise.all([api.getBag(query.bag), api.listItems(), query.items.length === 0 ? api.listKits() : Promise.resolve([])])
        if (room.kind !== 'derived') throw new Error(`${bagLabel(bag)}: ${room.reason}, so what fits in it cannot be worked out.`)
        let refs: PickedRef[] = query.items
        if (refs.length === 0) {
          const kit = kits.find((k) => k.id === query.kit)
          if (!kit) throw new Error(`No kit "${query.kit}" in the catalog: name the things with items=..., e.g. items=apple-iphone-15,lipstick.`)
          refs = kit.items.map((e) => ({ id: e.itemId, count: e.count }))
        }
        const picked = pickedItems(items, refs, [], 'cm')
        const unknown = refs.filter((r) => !picked.some((p) => p.catalogId === r.id)).map((r) => r.id)
        if (unknown.length > 0) throw new Error(`Not in the catalog with a full size: ${unknown.join(', ')}.`)
        const reply = await api.fitBag(bag.id, picked.map((p) => ({ id: p.catalogId!, count: p.count, ...(refs.find((r) => r.id === p.catalogId)?.case !== undefined && { case: refs.find((r) => r.id === p.catalogId)!.case! }) })))
        if (live) setState({ status: 'done', bag, room, picked, reply })
      } catch (error) {
        if (live) setState({ status: 'error', message: (error as Error).message })
      }
    })()
    return () => {
      live = false
    }
  }, [api, query])

  if (state.status === 'loading') return <p className="widget-muted">Checking what fits…</p>
  if (state.status === 'error')
    return (
      <p className="widget-error" role="alert">
        {state.message}
      </p>
    )
  return <WidgetAnswer state={state} link={`${pageUrl}${query.pageQuery ? `?${query.pageQuery}` : ''}`} notes={query.notes} />
}

function WidgetAnswer({ state, link, notes }: { state: Extract<WidgetState, { status: 'done' }>; link: string; notes: string[] }) {
  const { bag, room, picked, reply } = state
  const names = useMemo(() => new Map(picked.map((p) => [p.id, p.label])), [picked])
  const kinds = useMemo<KindInfo[]>(() => picked.map((p) => ({ label: p.label, category: p.category, shape: p.shape, sizeMm: p.sizeMm })), [picked])
  const e = bag.exteriorMm
  const layout = useMemo(
    () =>
      sceneOf(
        { shape: bag.shape ?? 'box', exteriorMm: [e.w ?? 0, e.h ?? 0, e.d ?? 0], container: room.container },
        reply.status === 'fits' ? reply.placements : [],
        picked,
        reply.status === 'fits' ? [] : picked.map((p) => ({ id: p.id, count: p.count })),
      ),
    [bag, room, reply, picked, e.w, e.h, e.d],
  )
  const things = listWords(picked.map((p) => (p.count > 1 ? `${p.count} × ${p.label}` : p.label)))
  const fits = reply.status === 'fits'
  return (
    <div className={`widget widget-${reply.status}`} data-status={reply.status}>
      <p className="widget-badge" role="status">
        <span className="widget-icon" aria-hidden="true">
          {fits ? '✓' : reply.status === 'does-not-fit' ? '✕' : '?'}
        </span>
        <span>
          <strong>{fits ? 'Fits' : reply.status === 'does-not-fit' ? 'Does not fit' : 'Could not decide'}:</strong> {things}
        </span>
      </p>
      {!fits && <p className="widget-reason">{plainReason(reply.reason, names, 'cm', room.container.size)}</p>}
      <ClosenessNote closeness={reply.closeness} unit="cm" names={names} />
      <div className="widget-canvas" data-testid="widget-3d" role="img" aria-label={`${bagLabel(bag)} packed in 3D: ${things}.`}>
        <WebGLBoundary>
          <Suspense fallback={<p className="widget-muted">Loading the 3D view…</p>}>
            <BagView layout={layout} kinds={kinds} exploded={false} controlled={false} />
          </Suspense>
        </WebGLBoundary>
      </div>
      <ul className="widget-legend">
        {picked.map((p, i) => (
          <li key={fitIdOf({ id: p.id })}>
            <span className="widget-swatch" style={{ background: swatchBackground(i) }} aria-hidden="true" />
            {p.count > 1 ? `${p.count} × ` : ''}
            {p.label}
          </li>
        ))}
      </ul>
      {notes.length > 0 && <p className="widget-muted">{notes.join(' ')}</p>}
      <p className="widget-foot">
        {bagLabel(bag)} ·{' '}
        <a href={link} target="_blank" rel="noopener">
          Try your own things on micropurse ↗
        </a>
      </p>
    </div>
  )
}
