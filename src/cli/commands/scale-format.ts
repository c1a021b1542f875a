import { HARDWARE, thresholdWords } from '../../design/index.js'
import type { CapacityCurve, ScalePoint, ScaleResult } from '../../design/index.js'
import { table } from '../output.js'

/** The scale search for people: the two widths with the layout or the reason, what is proven, how the bag was made. */
export function formatScale(result: ScaleResult): string {
  const lines = [
    heading(result),
    `Must fit: ${result.items.map((i) => ((i.count ?? 1) > 1 ? `${i.id} × ${i.count}` : i.id)).join(', ')} (widths ${result.rangeMm[0]}–${result.rangeMm[1]} mm searched)`,
    '',
  ]
  const { smallest, largestNotFitting } = result
  if (smallest) {
    const word =
      result.status === 'fits-at-range-start'
        ? 'FITS ALREADY AT THE START OF THE RANGE'
        : 'SMALLEST THAT FITS'
    lines.push(`${word}: ${smallest.widthMm} mm wide: ${sizeWords(smallest)}`)
    lines.push(...layoutTable(smallest).map((l) => `  ${l}`))
  }
  if (largestNotFitting)
    lines.push(
      `LARGEST THAT DOES NOT FIT: ${largestNotFitting.widthMm} mm wide: ${largestNotFitting.answer.reason}`,
    )
  if (result.status === 'unknown')
    lines.push('UNKNOWN: fits ran out of time where the threshold lies; see below, or raise --time-limit.')
  lines.push('', 'Findings:')
  // The first two summary lines repeat the widths above.
  for (const line of result.summary.slice(smallest ? 2 : 1)) lines.push(`  ${line}`)
  const s = result.stats
  lines.push(
    `  decided ${plural(result.probes.length, 'width')} with ${plural(s.fits, 'fit')} and ${plural(s.reusedLayouts, 'layout')} carried over from another width, in ${seconds(s.elapsedMs)}`,
  )
  if (smallest) {
    lines.push('', `How the ${smallest.widthMm} mm bag was derived:`)
    lines.push(...smallest.explanation.map((l) => `  ${l}`))
  }
  return lines.join('\n')
}

/** The capacity table for people: one row per step, a column per kit (numbered as on the chart), then the legend. */
export function formatCurve(curve: CapacityCurve): string {
  const kits = curve.thresholds
  const lines = [
    `${curve.silhouette.label} (${curve.silhouette.id}): capacity from ${curve.rangeMm[0]} to ${curve.rangeMm[1]} mm wide, ${materialWords(curve.material)}, hardware: ${hardwareWords(curve.hardware)}`,
    '',
  ]
  const header = [
    'width mm',
    'exterior w × h × d mm',
    'usable ml',
    'usable %',
    'walls %',
    'steps %',
    'hardware %',
    ...kits.map((_, i) => String(i + 1)),
  ]
  const mark = { fits: 'yes', 'does-not-fit': '-', unknown: '?' } as const
  const rows = curve.rows.map((r) => {
    const v = r.volumes
    const e = r.exteriorMm
    return [
      r.widthMm,
      e ? `${e.w} × ${e.h} × ${e.d}` : 'no room',
      v ? v.usableMl : '-',
      v ? pct(v.usableShare) : '-',
      v ? pct(v.materialsShare) : '-',
      v ? pct(v.approximationShare) : '-',
      v ? pct(v.hardwareShare) : '-',
      ...kits.map((k) => mark[r.kits[k.kitId]!]),
    ]
  })
  lines.push(table(header, rows))
  lines.push('', 'Kits (yes = fits at that width; each cell decided by a fit, a checked layout or a bound):')
  kits.forEach((k, i) => lines.push(`  ${i + 1}  ${k.label} (${k.kitId}): ${thresholdWords(k, curve)}`))
  lines.push(
    '',
    `walls % = walls, lining, base and top allowance; steps % = given up approximating the outline from inside; all as shares of the exterior volume.`,
  )
  lines.push(
    `decided with ${plural(curve.stats.fits, 'fit')} and ${plural(curve.stats.reusedLayouts, 'layout')} carried over in ${seconds(curve.stats.elapsedMs)}`,
  )
  return lines.join('\n')
}

function heading(result: ScaleResult): string {
  return `${result.silhouette.label} (${result.silhouette.id}) scaled by its width, ${materialWords(result.material)}, hardware: ${hardwareWords(result.hardware)}`
}

function materialWords(m: ScaleResult['material']): string {
  return `${m.name} walls ${m.wallMm} + ${m.stiffenerMm} + ${m.liningMm} mm`
}

function hardwareWords(parts: ScaleResult['hardware']): string {
  return parts.length === 0 ? 'none' : parts.map((p) => HARDWARE[p.kind].label).join(', ')
}

function sizeWords(point: ScalePoint): string {
  const e = point.exteriorMm
  return `exterior ${e.w} × ${e.h} × ${e.d} mm (w × h × d), ${point.usableMl} ml usable`
}

/** The layout as a table: item, corner (mm from the interior's left, front, bottom), extents as placed. */
function layoutTable(point: ScalePoint): string[] {
  const rows = point.answer.placements.map((p) => [
    p.id,
    p.at.map(round).join(', '),
    p.size.map(round).join(' × '),
  ])
  return table(['item', 'at x, y, z mm', 'placed w × d × h mm'], rows).split('\n')
}

function pct(share: number): number {
  return Math.round(share * 1000) / 10
}

function round(v: number): number {
  return Math.round(v * 100) / 100
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}
