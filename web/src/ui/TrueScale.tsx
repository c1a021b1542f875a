import { useId, useState } from 'react'
import { bagTopMm, BODY_SHARE, carryingOf, GRIP_SHARE, type Carrying } from '../scene/carrying.js'
import { HAND_LENGTH_MM, handShapes, PERSON_HALF_WIDTH_SHARE, personShapes } from '../scene/figures.js'
import { bagOutlinePath } from '../scene/outline.js'
import { useApp } from '../state/context.js'
import {
  CSS_PX_PER_MM,
  DEFAULT_HEIGHT_CM,
  HEIGHT_KEY,
  MAX_HEIGHT_CM,
  MAX_PX_PER_MM,
  MIN_HEIGHT_CM,
  MIN_PX_PER_MM,
  pageStorage,
  PX_PER_MM_KEY,
  readHeight,
  readNumber,
  writeNumber,
} from '../state/prefs.js'
import { usePicked } from '../state/use-picked.js'
import { formatIn, formatSizeIn, type Unit } from '../state/units.js'
import { useWidth } from './use-width.js'
import { colourHex } from './colour-words.js'

/** The reference phone when none is picked: iPhone 15, 71.6 × 147.6 mm (the seed catalog's sourced size). */
const REFERENCE_PHONE = { name: 'iPhone 15', wMm: 71.6, hMm: 147.6 }
/** An ID-1 bank card, ISO/IEC 7810: 85.6 × 53.98 mm, corners of 3.18 mm. */
const CARD = { wMm: 85.6, hMm: 53.98, rMm: 3.18 }
/** The bag's colour when the Style tab's colour cannot be read. */
const BAG_FILL = '#b4412f'
const FIGURE_FILL = '#cdbfb8'
/** Text in the drawings, CSS px: never smaller, however the drawing is scaled. */
const LABEL_PX = 13

/** The bag at true scale: on a person of your height as it is carried, beside a hand, a phone and a card, and at actual size. */
export function TrueScale() {
  const bagInfo = useApp((s) => s.bagInfo)
  const unit = useApp((s) => s.unit)
  // Drawn in the colour chosen on the Style tab.
  const fill = colourHex(useApp((s) => s.style.colour)) ?? BAG_FILL
  const picked = usePicked()
  const storage = pageStorage()
  const [heightCm, setHeightCm] = useState(() => readNumber(storage, HEIGHT_KEY, MIN_HEIGHT_CM, MAX_HEIGHT_CM, DEFAULT_HEIGHT_CM))
  if (bagInfo.status !== 'ready') return <p className="muted">Pick a bag to see it at true scale.</p>
  const [w, h] = bagInfo.exteriorMm
  const carrying = carryingOf(bagInfo.record)
  // The largest phone picked, or a common one.
  const phones = picked.filter((p) => p.category === 'phone')
  const phone = phones.length
    ? phones.map((p) => ({ name: p.label, wMm: Math.min(p.sizeMm[0], p.sizeMm[2]), hMm: Math.max(p.sizeMm[0], p.sizeMm[2]) })).sort((a, b) => b.hMm - a.hMm)[0]!
    : REFERENCE_PHONE
  const remember = (cm: number) => {
    setHeightCm(cm)
    writeNumber(storage, HEIGHT_KEY, cm)
  }
  return (
    <div className="true-scale">
      <figure className="person-figure">
        <HeightField heightCm={heightCm} unit={unit} onHeight={remember} />
        <Person bagW={w} bagH={h} shape={bagInfo.shape} label={bagInfo.label} heightMm={heightCm * 10} carrying={carrying} fill={fill} />
        <figcaption>
          {bagInfo.label} ({formatSizeIn(bagInfo.exteriorMm, unit)}) on a person {formatIn(heightCm * 10, unit === 'in' ? 'in' : 'cm')} tall, {carrying.words}, at the same scale.
        </figcaption>
      </figure>
      <figure>
        <HandRow bagW={w} bagH={h} shape={bagInfo.shape} phone={phone} unit={unit} fill={fill} />
        <figcaption>
          The bag beside a hand ({formatIn(HAND_LENGTH_MM, unit)} from wrist to fingertip, typical), a phone ({phone.name}) and a bank card, at the same scale.
        </figcaption>
      </figure>
      <ActualSize bagW={w} bagH={h} shape={bagInfo.shape} unit={unit} fill={fill} />
    </div>
  )
}

/** Your height, typed in cm or feet and inches; remembered in this browser. */
function HeightField({ heightCm, unit, onHeight }: { heightCm: number; unit: Unit; onHeight: (cm: number) => void }) {
  const [text, setText] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const shown = unit === 'in' ? feetInches(heightCm) : `${heightCm} cm`
  const commit = () => {
    if (text === null) return
    const read = readHeight(text)
    if (!read.ok) {
      setError(read.message)
      return
    }
    setError(null)
    setText(null)
    onHeight(read.cm)
  }
  return (
    <div className="height-field">
      <label htmlFor={`${id}-h`}>Your height</label>
      <input
        id={`${id}-h`}
        value={text ?? shown}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
        aria-invalid={error !== null}
        aria-describedby={`${id}-msg`}
        inputMode="text"
        autoComplete="off"
      />
      <p id={`${id}-msg`} className={error ? 'message error' : 'hint'} role={error ? 'alert' : undefined}>
        {error ?? 'In cm (168) or feet and inches (5\'6"); remembered in this browser.'}
      </p>
    </div>
  )
}

function feetInches(cm: number): string {
  const inches = Math.round(cm / 2.54)
  return `${Math.floor(inches / 12)}'${inches % 12}"`
}

/**
 *  The person, the bag where it is carried:
 *
 *        O          shoulder (0.818 H) ──┐ strap
 *       /|\                               │
 *        |  ◻ hand (grip 0.43 H)          ◻ bag, its top `drop` below
 *       / \
 */
function Person({ bagW, bagH, shape, label, heightMm, carrying, fill }: { bagW: number; bagH: number; shape: string; label: string; heightMm: number; carrying: Carrying; fill: string }) {
  const H = heightMm
  const { body, head } = personShapes(H)
  const half = PERSON_HALF_WIDTH_SHARE * H
  const topFromFloor = bagTopMm(carrying, H, bagH)
  const bagY = H - topFromFloor
  const bagX = carrying.way === 'waist' ? -bagW / 2 : half * 0.92 - bagW / 2 + Math.max(0, bagW / 2 - half * 0.35)
  const right = Math.max(bagX + bagW, half) + 60
  const left = -half - 60
  const shoulder = { x: 0.1 * H, y: H - BODY_SHARE.shoulder * H }
  const grip = { x: half * 0.92, y: H - GRIP_SHARE * H }
  const scale = `${Math.round(H / 100) * 10} cm`
  return (
    <svg viewBox={`${left} -30 ${right - left} ${H + 110}`} className="scale-svg person" role="img" aria-label={`${label} on a ${Math.round(H / 10)} cm person, to scale, ${carrying.words}`}>
      <line x1={left} x2={right} y1={H} y2={H} stroke="#8d7b72" strokeWidth={3} />
      <path d={body} fill={FIGURE_FILL} />
      <ellipse {...head} fill={FIGURE_FILL} />
      {carrying.way === 'shoulder' && (
        <path d={`M${shoulder.x} ${shoulder.y}L${bagX + bagW * 0.2} ${bagY}M${shoulder.x} ${shoulder.y}L${bagX + bagW * 0.8} ${bagY}`} stroke="#5a3a2e" strokeWidth={H / 400} fill="none" />
      )}
      {carrying.way === 'hand' && (
        <path
          d={`M${bagX + bagW * 0.3} ${bagY}Q${grip.x} ${grip.y - (bagY - grip.y) * 0.6} ${bagX + bagW * 0.7} ${bagY}`}
          stroke="#5a3a2e"
          strokeWidth={H / 300}
          fill="none"
        />
      )}
      <path d={bagOutlinePath(shape, bagW, bagH)} transform={`translate(${bagX} ${bagY})`} fill={fill} stroke="#5a3a2e" strokeWidth={H / 600} />
      <ScaleBar x={left + 20} y={H + 60} lengthMm={Math.round(H / 100) * 100} label={scale} fontSize={H / 28} />
    </svg>
  )
}

function HandRow({ bagW, bagH, shape, phone, unit, fill }: { bagW: number; bagH: number; shape: string; phone: { name: string; wMm: number; hMm: number }; unit: Unit; fill: string }) {
  const hand = handShapes(HAND_LENGTH_MM)
  const gap = 24
  const phoneX = hand.widthMm + gap
  const cardX = phoneX + phone.wMm + gap
  const bagX = cardX + CARD.wMm + gap
  const width = bagX + bagW + 10
  const height = Math.max(hand.heightMm, phone.hMm, bagH) + 10
  const base = height - 5
  // Labels stay LABEL_PX tall on screen: the drawing's units per CSS pixel depend on how wide it is drawn.
  const [box, cssWidth] = useWidth<HTMLDivElement>(600)
  const font = (LABEL_PX * (width + 10)) / Math.max(100, cssWidth)
  const vbH = height + font * 4
  return (
    <div ref={box}>
    <svg viewBox={`-10 -5 ${width + 10} ${vbH}`} className="scale-svg hand" role="img" aria-label={`The bag beside a hand, a phone (${phone.name}) and a bank card, to scale`}>
      <line x1={-10} x2={width} y1={base} y2={base} stroke="#8d7b72" strokeWidth={1} />
      <g transform={`translate(0 ${base - hand.heightMm})`} fill={FIGURE_FILL}>
        {hand.parts.map((p, i) => (
          <rect key={i} x={p.x} y={p.y} width={p.w} height={p.h} rx={p.r} transform={p.rotate ? `rotate(${p.rotate} ${p.x + p.w / 2} ${p.y + p.h})` : undefined} />
        ))}
      </g>
      <rect x={phoneX} y={base - phone.hMm} width={phone.wMm} height={phone.hMm} rx={9} fill="#2b2b30" />
      <rect x={phoneX + 3} y={base - phone.hMm + 3} width={phone.wMm - 6} height={phone.hMm - 6} rx={7} fill="#5b6b7f" />
      <rect x={cardX} y={base - CARD.hMm} width={CARD.wMm} height={CARD.hMm} rx={CARD.rMm} fill="#e6b422" />
      <path d={bagOutlinePath(shape, bagW, bagH)} transform={`translate(${bagX} ${base - bagH})`} fill={fill} stroke="#5a3a2e" strokeWidth={0.8} />
      <g className="svg-labels" fill="#3b2a22" fontSize={font}>
        <text x={hand.widthMm / 2} y={base + font * 1.2} textAnchor="middle">
          hand
        </text>
        <text x={phoneX + phone.wMm / 2} y={base + font * 1.2} textAnchor="middle">
          phone
        </text>
        <text x={cardX + CARD.wMm / 2} y={base + font * 1.2} textAnchor="middle">
          card
        </text>
        <text x={bagX + bagW / 2} y={base + font * 1.2} textAnchor="middle">
          bag {formatIn(bagW, unit)}
        </text>
      </g>
      <ScaleBar x={0} y={base + font * 3} lengthMm={50} label="5 cm" fontSize={font} />
    </svg>
    </div>
  )
}

/**
 * The bag and a bank card at their actual size on this screen, once calibrated: a card drawn at the remembered
 * pixels per millimetre, resized until it matches a real card held to the screen. The drawing never grows past its
 * box; a bag wider than the screen scrolls inside it.
 */
function ActualSize({ bagW, bagH, shape, unit, fill }: { bagW: number; bagH: number; shape: string; unit: Unit; fill: string }) {
  const storage = pageStorage()
  const [pxPerMm, setPxPerMm] = useState(() => readNumber(storage, PX_PER_MM_KEY, MIN_PX_PER_MM, MAX_PX_PER_MM, CSS_PX_PER_MM))
  const [calibrating, setCalibrating] = useState(false)
  const [show, setShow] = useState(false)
  const id = useId()
  const calibrated = readNumber(storage, PX_PER_MM_KEY, MIN_PX_PER_MM, MAX_PX_PER_MM, 0) > 0
  const save = (v: number) => {
    const clamped = Math.min(MAX_PX_PER_MM, Math.max(MIN_PX_PER_MM, Math.round(v * 100) / 100))
    setPxPerMm(clamped)
    writeNumber(storage, PX_PER_MM_KEY, clamped)
  }
  const gap = 12
  const widthMm = bagW + gap + CARD.wMm
  const heightMm = Math.max(bagH, CARD.hMm)
  return (
    <figure className="actual">
      <div className="actual-controls">
        <label className="inline">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} /> Show at actual size
        </label>
        <button type="button" className="link" onClick={() => setCalibrating(!calibrating)} aria-expanded={calibrating}>
          {calibrated ? 'Calibrate again' : 'Calibrate with a bank card'}
        </button>
      </div>
      {calibrating && (
        <div className="calibrate" role="group" aria-label="Calibrate the screen with a bank card">
          <p>Hold a bank card to the screen on the rectangle and move the slider until they are the same width.</p>
          <div className="calibrate-card" data-testid="calibration-card" style={{ width: `${CARD.wMm * pxPerMm}px`, height: `${CARD.hMm * pxPerMm}px` }}>
            bank card
          </div>
          <label htmlFor={`${id}-px`}>Card width on screen</label>
          <div className="calibrate-row">
            <button type="button" onClick={() => save(pxPerMm - 0.02)} aria-label="Smaller">
              −
            </button>
            <input id={`${id}-px`} type="range" min={MIN_PX_PER_MM} max={MAX_PX_PER_MM} step={0.01} value={pxPerMm} onChange={(e) => save(Number(e.target.value))} />
            <button type="button" onClick={() => save(pxPerMm + 0.02)} aria-label="Larger">
              +
            </button>
          </div>
          <p className="hint">
            {pxPerMm.toFixed(2)} pixels per millimetre; remembered in this browser.{' '}
            <button type="button" className="link" onClick={() => save(CSS_PX_PER_MM)}>
              Back to the screen's own
            </button>
          </p>
        </div>
      )}
      {show && (
        <div className="actual-size" data-testid="actual-size">
          <svg
            width={widthMm * pxPerMm}
            height={heightMm * pxPerMm + 24}
            viewBox={`0 0 ${widthMm} ${heightMm + 24 / pxPerMm}`}
            role="img"
            aria-label={`The bag and a bank card at actual size: the bag is ${formatIn(bagW, unit)} wide`}
          >
            <path d={bagOutlinePath(shape, bagW, bagH)} transform={`translate(0 ${heightMm - bagH})`} fill={fill} stroke="#5a3a2e" strokeWidth={0.5} />
            <rect x={bagW + gap} y={heightMm - CARD.hMm} width={CARD.wMm} height={CARD.hMm} rx={CARD.rMm} fill="#e6b422" data-testid="actual-card" />
            <text x={bagW + gap + CARD.wMm / 2} y={heightMm + 16 / pxPerMm} textAnchor="middle" fontSize={13 / pxPerMm} fill="#3b2a22">
              bank card
            </text>
          </svg>
        </div>
      )}
      {show && (
        <figcaption>
          At actual size {calibrated ? 'for this screen, as calibrated' : "if this screen's millimetres are true (calibrate with a card to be sure)"}. The bag is{' '}
          {formatIn(bagW, unit)} wide.
          {widthMm * pxPerMm > (typeof window === 'undefined' ? Infinity : window.innerWidth) ? ' The drawing is wider than this screen: scroll it sideways to see it all.' : ''}
        </figcaption>
      )}
    </figure>
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
