import { useMemo } from 'react'
import { logScale, logTicks, niceLogDomain, placeLabels, type LabelPlace } from '../scene/chart.js'
import { useApp } from '../state/context.js'
import type { ExplorerRow } from '../state/store.js'
import { useWidth } from './use-width.js'

const M = { left: 60, right: 12, top: 12, bottom: 46 }
const FONT = 11

/** Price against interior volume, and price per millilitre, over the catalog. */
export function CatalogExplorer() {
  const explorer = useApp((s) => s.explorer)
  const loadExplorer = useApp((s) => s.loadExplorer)
  const chooseBag = useApp((s) => s.chooseBag)
  const bag = useApp((s) => s.bag)
  if (explorer.status === 'idle' || explorer.status === 'loading') return <p className="muted">Working out every bag's inside…</p>
  if (explorer.status === 'error')
    return (
      <p className="message error" role="alert">
        {explorer.message}{' '}
        <button type="button" className="link" onClick={() => void loadExplorer()}>
          Try again
        </button>
      </p>
    )
  // Prices compared in one currency: US dollars, as the catalog converted them (or as published in dollars).
  const usd = (r: ExplorerRow) => (r.priceConverted ? r.priceConverted.amount : r.price?.currency === 'USD' ? r.price.amount : null)
  const perMl = (r: ExplorerRow) => {
    const p = usd(r)
    return p === null || r.volumeMl <= 0 ? null : p / r.volumeMl
  }
  const rows = [...explorer.value].sort((a, b) => (perMl(a) ?? Infinity) - (perMl(b) ?? Infinity) || a.volumeMl - b.volumeMl)
  const selected = bag?.kind === 'catalog' ? bag.id : null
  const charted = rows.filter((r) => usd(r) !== null).map((r) => ({ ...r, price: { amount: usd(r)!, amountMax: null, currency: 'USD', year: r.price?.year ?? null } }))
  const converted = rows.filter((r) => r.priceConverted && r.price?.currency !== 'USD').length
  const unconverted = rows.filter((r) => r.price && r.price.currency !== 'USD' && !r.priceConverted)
  return (
    <div className="explorer">
      <Chart rows={charted} selected={selected} />
      <p className="muted chart-note">
        Prices in US dollars{converted > 0 ? `; ${converted} converted from another currency (marked ≈ in the table, with the rate's date)` : ''}.
        {unconverted.length > 0
          ? ` ${unconverted.length} priced only in ${[...new Set(unconverted.map((r) => r.price!.currency))].join(', ')} and not converted, so left out of the chart.`
          : ''}
      </p>
      <table>
        <caption>Bags by price per millilitre of inside, in US dollars (free volume worked out from the outside size, shape and materials)</caption>
        <thead>
          <tr>
            <th scope="col">Bag</th>
            <th scope="col" className="num">
              Inside
            </th>
            <th scope="col" className="num">
              Price
            </th>
            <th scope="col" className="num">
              Per ml
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} aria-current={r.id === selected ? 'true' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => chooseBag({ kind: 'catalog', id: r.id })} aria-label={`Pack ${r.label}`}>
                  {r.label}
                </button>
              </th>
              <td className="num">{Math.round(r.volumeMl).toLocaleString('en')} ml</td>
              <td className="num">
                {r.price ? `${r.price.currency} ${r.price.amount.toLocaleString('en')}` : '—'}
                {r.priceConverted && r.price?.currency !== 'USD' ? (
                  <span className="converted" title={`Converted at ${r.priceConverted.rate} on ${r.priceConverted.rateDate} (${r.priceConverted.rateSource})`}>
                    {' '}
                    ≈ USD {Math.round(r.priceConverted.amount).toLocaleString('en')}
                  </span>
                ) : null}
              </td>
              <td className="num">{perMl(r) !== null ? `USD ${perMl(r)!.toFixed(2)}` : r.pricePerMl ? `${r.pricePerMl.currency} ${r.pricePerMl.amount.toFixed(2)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Chart({ rows, selected }: { rows: ExplorerRow[]; selected: string | null }) {
  // The chart is drawn at its real width, so its text stays 11 px on a phone and on a desktop.
  const [box, measured] = useWidth<HTMLElement>(640)
  const W = Math.max(300, Math.min(720, measured))
  const H = Math.round(Math.min(380, Math.max(280, W * 0.62)))
  const scales = useMemo(() => {
    if (rows.length === 0) return null
    const [x0, x1] = niceLogDomain(rows.map((r) => r.volumeMl))
    const [y0, y1] = niceLogDomain(rows.map((r) => r.price!.amount))
    return { x0, x1, y0, y1, x: logScale(x0, x1, M.left, W - M.right), y: logScale(y0, y1, H - M.bottom, M.top) }
  }, [rows, W, H])
  if (!scales)
    return (
      <p className="muted" ref={box as React.RefObject<HTMLParagraphElement>}>
        No bag in the catalog has both a price and a full size.
      </p>
    )
  const { x, y } = scales
  // The selected bag's label first, then the dearest: the ones that lose a crowded spot are in the table.
  const order = rows.map((r, i) => ({ r, i })).sort((a, b) => Number(b.r.id === selected) - Number(a.r.id === selected) || b.r.price!.amount - a.r.price!.amount)
  const placed = placeLabels(
    order.map(({ r }) => ({ x: x(r.volumeMl), y: y(r.price!.amount), text: r.shortLabel })),
    W - M.right,
    FONT,
  )
  const labels: LabelPlace[] = []
  order.forEach(({ i }, k) => (labels[i] = placed[k]!))
  const currencies = [...new Set(rows.map((r) => r.price!.currency))].join(', ')
  return (
    <figure className="chart" ref={box}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Price (${currencies}) against inside volume for ${rows.length} bags; the table below lists them.`}>
        {logTicks(scales.x0, scales.x1).map((t) => (
          <g key={`x${t}`}>
            <line x1={x(t)} x2={x(t)} y1={M.top} y2={H - M.bottom} stroke="#eadfd8" />
            <text x={x(t)} y={H - M.bottom + 16} textAnchor="middle" fontSize={11}>
              {t.toLocaleString('en')}
            </text>
          </g>
        ))}
        {logTicks(scales.y0, scales.y1).map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#eadfd8" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11}>
              {t.toLocaleString('en')}
            </text>
          </g>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 8} textAnchor="middle" fontSize={12}>
          Inside volume (ml, log scale)
        </text>
        <text transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12}>
          Price ({currencies}, log scale)
        </text>
        {rows.map((r, i) => {
          const place = labels[i]
          return (
            <g key={r.id} className={r.id === selected ? 'point on' : 'point'}>
              <circle cx={x(r.volumeMl)} cy={y(r.price!.amount)} r={r.id === selected ? 7 : 5}>
                <title>{`${r.label}: ${Math.round(r.volumeMl)} ml, ${r.price!.currency} ${r.price!.amount}`}</title>
              </circle>
              {place && (
                <text x={place.x} y={place.y} fontSize={FONT} textAnchor={place.anchor}>
                  {r.shortLabel}
                </text>
              )}
            </g>
          )
        })}
      </svg>

    </figure>
  )
}
