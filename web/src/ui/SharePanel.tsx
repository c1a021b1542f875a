import { useState } from 'react'
import { itemColour } from '../scene/colours.js'
import { sceneHandle } from '../scene/handle.js'
import { useApp, useAppStore } from '../state/context.js'
import { encodeShareState } from '../state/share-url.js'
import { usePicked } from '../state/use-picked.js'
import { composeShareImage } from './share-image.js'
import { HEADLINES } from './Verdict.js'
import { countOf, listWords } from './words.js'

/** Share this view: a link that reopens it, and an image of the packed bag for a post. */
export function SharePanel() {
  const store = useAppStore()
  const fit = useApp((s) => s.fit)
  const bagInfo = useApp((s) => s.bagInfo)
  const view = useApp((s) => s.view)
  const picked = usePicked()
  const [message, setMessage] = useState('')
  const link = () => `${location.origin}${location.pathname}?${encodeShareState(store.getState().shareState())}`

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link())
      setMessage('Link copied. It opens this bag, these things and this view.')
    } catch {
      setMessage(`Copy this link: ${link()}`)
    }
  }

  const download = async () => {
    if (fit.status !== 'done' || bagInfo.status !== 'ready') return
    try {
      const names = new Map(picked.map((p) => [p.id, p.label]))
      const left = fit.leaveOut.status === 'done' ? fit.leaveOut.left : []
      const nothingFits = fit.leaveOut.status === 'done' && fit.leaveOut.placements.length === 0
      const blob = await composeShareImage({
        snapshot: sceneHandle.current?.snapshot() ?? null,
        status: fit.reply.status,
        headline: HEADLINES[fit.reply.status],
        bagLabel: bagInfo.label,
        items: picked.map((p, i) => ({ label: countOf(p.count, p.label), colour: itemColour(i) })),
        note: nothingFits ? 'None of these things fits in this bag.' : left.length > 0 ? `Leave out ${listWords(left.map((l) => countOf(l.count, names.get(l.id) ?? l.name)))} and the rest fits.` : null,
        link: link(),
      })
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = `micropurse-${fit.reply.status}.png`
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setMessage('Image saved (1080 × 1350, for a post).')
    } catch (error) {
      setMessage((error as Error).message)
    }
  }

  const ready = fit.status === 'done'
  return (
    <div className="share" role="group" aria-label="Share">
      <button type="button" onClick={() => void copy()} disabled={bagInfo.status !== 'ready'}>
        Copy link
      </button>
      <button type="button" onClick={() => void download()} disabled={!ready || view !== 'pack'} title={view !== 'pack' ? 'Open the 3D view to make an image' : undefined}>
        Download image
      </button>
      <p className="share-message" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
