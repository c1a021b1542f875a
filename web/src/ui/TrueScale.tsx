import { useState } from 'react'
import { HAND_LENGTH_MM, handShapes, HIP_SHARE, PERSON_HALF_WIDTH_SHARE, PERSON_HEIGHT_MM, personShapes } from '../scene/figures.js'
import { bagOutlinePath } from '../scene/outline.js'
import { useApp } from '../state/context.js'
import { usePicked } from '../state/use-picked.js'
import { formatIn, formatSizeIn, type Unit } from '../state/units.js'

/** The reference phone when none is picked: iPhone 15, 71.6 × 147.6 mm (the seed catalog's sourced size). */
const REFERENCE_PHONE = { name: 'iPhone 15', wMm: 71.6, hMm: 147.6 }
/** An ID-1 bank card, ISO/IEC 7810: 85.6 × 53.98 mm. */
const CARD = { wMm: 85.6, hMm: 53.98 }
const BAG_FILL = '#b4412f'
const FIGURE_FILL = '#cdbfb8'

/** The bag at true scale: next to a person, and next to a hand, a phone and a card. */
export function TrueScale() {
  const bagInfo = useApp((s) => s.bagInfo)
  const unit = useApp((s) => s.unit)
  const picked = usePicked()
  const [actualSize, setActualSize] = useState(false)
  if (bagInfo.status !== 'ready') return <p className="muted">Pick a bag to see it at true scale.</p>
  const [w, h] = bagInfo.exteriorMm
  // The largest phone picked, or a common one.
  const phones = picked.filter((p) => p.category === 'phone')
  const phone = phones.length
    ? phones.map((p) => ({ name: p.label, wMm: Math.min(p.sizeMm[0], p.sizeMm[2]), hMm: Math.max(p.sizeMm[0], p.sizeMm[2]) })).sort((a, b) => b.hMm - a.hMm)[0]!
    : REFERENCE_PHONE
  return (
    <div className="true-scale">
      <figure>
        <Person bagW={w} bagH={h} shape={bagInfo.shape} label={bagInfo.label} />
        <figcaption>
          {bagInfo.label} ({formatSizeIn(bagInfo.exteriorMm, unit)}) next to a person {formatIn(PERSON_HEIGHT_MM, unit === 'in' ? 'in' : 'cm')} tall, at the same scale.
        </figcaption>
      </figure>
      <figure>
        <div className={actualSize ? 'actual-size' : ''}>
          <HandRow bagW={w} bagH={h} shape={bagInfo.shape} phone={phone} actualSize={actualSize} unit={unit} />
        </div>
        <figcaption>
          The bag next to a hand ({formatIn(HAND_LENGTH_MM, unit)} from wrist to fingertip, typical), a phone ({phone.name}) and a bank card, at the same scale.
          <label className="inline">
            <input type="checkbox" checked={actualSize} onChange={(e) => setActualSize(e.target.checked)} /> Show at about actual size (hold a bank card to the
            screen to check; screens differ)
          </label>
        </figcaption>
      </figure>
    </div>
  )
}

function Person({ bagW, bagH, shape, label }: { bagW: number; bagH: number; shape: string; label: string }) {
  const H = PERSON_HEIGHT_MM
  const { body, head } = personShapes(H)
  const half = PERSON_HALF_WIDTH_SHARE * H
  const bagX = half + 60
  const bagY = HIP_SHARE * H
  const right = bagX + Math.max(bagW, 120) + 40
  const shoulder = { x: 0.1 * H, y: 0.17 * H }
  return (
    <svg viewBox={`${-half - 60} -30 ${right + half + 60} ${H + 90}`} className="scale-svg person" role="img" aria-label={`${label} beside a ${H / 10} cm person, to scale`}>
      <line x1={-half - 60} x2={right} y1={H} y2={H} stroke="#8d7b72" strokeWidth={3} />
      <path d={body} fill={FIGURE_FILL} />
      <ellipse {...head} fill={FIGURE_FILL} />
      <path d={`M${shoulder.x} ${shoulder.y}L${bagX + bagW / 2} ${bagY}`} stroke="#5a3a2e" strokeWidth={4} fill="none" />
      <path d={bagOutlinePath(shape, bagW, bagH)} transform={`translate(${bagX} ${bagY})`} fill={BAG_FILL} stroke="#5a3a2e" strokeWidth={2} />
      <ScaleBar x={-half - 40} y={H + 40} lengthMm={500} label="50 cm" />
    </svg>
  )
}

function HandRow({
  bagW,
  bagH,
  shape,
  phone,
  actualSize,
  unit,
}: {
  bagW: number
  bagH: number
  shape: string
  phone: { name: string; wMm: number; hMm: number }
  actualSize: boolean
  unit: Unit
}) {
  const hand = handShapes(HAND_LENGTH_MM)
  const gap = 24
  const phoneX = hand.widthMm + gap
  const cardX = phoneX + phone.wMm + gap
  const bagX = cardX + CARD.wMm + gap
  const width = bagX + bagW + 10
  const height = Math.max(hand.heightMm, phone.hMm, bagH) + 10
  const base = height - 5
  const vbH = height + 48
  return (
    <svg
      viewBox={`-10 -5 ${width + 10} ${vbH}`}
      className="scale-svg hand"
      role="img"
      aria-label={`The bag next to a hand, a phone (${phone.name}) and a bank card, to scale`}
      style={actualSize ? { width: `${width + 10}mm`, height: `${vbH}mm` } : undefined}
    >
      <line x1={-10} x2={width} y1={base} y2={base} stroke="#8d7b72" strokeWidth={1} />
      <g transform={`translate(0 ${base - hand.heightMm})`} fill={FIGURE_FILL}>
        {hand.parts.map((p, i) => (
          <rect key={i} x={p.x} y={p.y} width={p.w} height={p.h} rx={p.r} transform={p.rotate ? `rotate(${p.rotate} ${p.x + p.w / 2} ${p.y + p.h})` : undefined} />
        ))}
      </g>
      <rect x={phoneX} y={base - phone.hMm} width={phone.wMm} height={phone.hMm} rx={9} fill="#2b2b30" />
      <rect x={phoneX + 3} y={base - phone.hMm + 3} width={phone.wMm - 6} height={phone.hMm - 6} rx={7} fill="#5b6b7f" />
      <rect x={cardX} y={base - CARD.hMm} width={CARD.wMm} height={CARD.hMm} rx={3.2} fill="#e6b422" />
      <path d={bagOutlinePath(shape, bagW, bagH)} transform={`translate(${bagX} ${base - bagH})`} fill={BAG_FILL} stroke="#5a3a2e" strokeWidth={0.8} />
      <g className="svg-labels" fontSize={13} fill="#3b2a22">
        <text x={hand.widthMm / 2} y={base + 16} textAnchor="middle">
          hand
        </text>
        <text x={phoneX + phone.wMm / 2} y={base + 16} textAnchor="middle">
          phone
        </text>
        <text x={cardX + CARD.wMm / 2} y={base + 16} textAnchor="middle">
          card
        </text>
        <text x={bagX + bagW / 2} y={base + 16} textAnchor="middle">
          bag {formatIn(bagW, unit)}
        </text>
      </g>
      <ScaleBar x={0} y={base + 36} lengthMm={50} label="5 cm" fontSize={12} />
    </svg>
  )
}

function ScaleBar({ x, y, lengthMm, label, fontSize = 36 }: { x: number; y: number; lengthMm: number; label: string; fontSize?: number }) {
  const tick = fontSize / 3
  return (
    <g stroke="#3b2a22" strokeWidth={fontSize / 12} fill="#3b2a22" fontSize={fontSize}>
      <path d={`M${x} ${y - tick}V${y}H${x + lengthMm}V${y - tick}`} fill="none" />
      <text x={x + lengthMm + fontSize / 3} y={y} stroke="none">
        {label}
      </text>
    </g>
  )
}
