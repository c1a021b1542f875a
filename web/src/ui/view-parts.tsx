import { Component, lazy, type ReactNode } from 'react'
import type { Closeness } from '../data/types.js'
import type { Unit } from '../state/units.js'
import { closenessWords } from './words.js'

// three.js and the renderer load after the first paint, in their own chunk.
export const BagView = lazy(() => import('../scene/BagView.js'))

/**
 * How close the verdict is, in words and a picture, with its tolerance; nothing when the server does not say.
 *
 *     too big          0          room to spare
 *   ───────────[▒▒▒▒▒▒|▒▒▒▒▒▒]──────●────────       ▒ the sizes' tolerance, ● the margin
 */
export function ClosenessNote({ closeness, unit, names }: { closeness: Closeness | undefined; unit: Unit; names?: ReadonlyMap<string, string> }) {
  const words = closenessWords(closeness, unit, names)
  if (!words || !closeness || closeness.marginMm === null) return null
  const margin = closeness.marginMm
  // The scale runs to a little past the margin or the tolerance, whichever is larger, on both sides of zero.
  const reach = Math.max(Math.abs(margin), closeness.uncertaintyMm, 1) * 1.4
  const x = (mm: number) => 50 + (Math.max(-reach, Math.min(reach, mm)) / reach) * 46
  return (
    <div className={words.closeCall ? 'closeness close-call' : 'closeness'} data-testid="closeness">
      <p>
        {words.closeCall && <span className="flag">Close call</span>} <span className="closeness-words">{words.long}</span>
      </p>
      <svg viewBox="0 0 100 14" className="closeness-gauge" role="img" aria-label={words.short}>
        <line x1={2} x2={98} y1={7} y2={7} stroke="#8d7b72" strokeWidth={0.6} />
        <rect x={x(-closeness.uncertaintyMm)} y={3} width={x(closeness.uncertaintyMm) - x(-closeness.uncertaintyMm)} height={8} fill="#e9c46a" opacity={0.55} />
        <line x1={50} x2={50} y1={1.5} y2={12.5} stroke="#2b1d17" strokeWidth={0.6} />
        <circle cx={x(margin)} cy={7} r={2.6} fill={margin >= 0 ? '#1e7b4f' : '#b4412f'} stroke="#fff" strokeWidth={0.6} />
      </svg>
      <p className="gauge-words muted">
        <span>too big</span>
        <span>room to spare</span>
      </p>
    </div>
  )
}

/** A browser without WebGL gets words instead of a blank box. */
export class WebGLBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    if (this.state.failed) return <p className="message error center">This browser cannot draw 3D (WebGL is off or missing). The answer and the list above still hold.</p>
    return this.props.children
  }
}
