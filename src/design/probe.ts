import { fit } from '../pack/index.js'
import type { FitAnswer, FitItem, Placement } from '../pack/types.js'
import type { BagsByWidth } from './bags-by-width.js'
import { carryLayout } from './carry-layout.js'
import { BOX_PROOFS } from './monotone.js'
import type { ScaleProbe } from './types.js'

/** A decided width with what decided it: the fit answer (for a full fit) and the layout (when it fits). */
export interface ProbeRecord extends ScaleProbe {
  answer: FitAnswer | null
  placements: Placement[]
}

/**
 * Decides, width by width, whether one kit fits a silhouette, remembering every answer. Each width is settled the
 * cheapest sound way:
 * 1. at or below the largest width where a box-and-opening bound said no (`boxFloorMm`): no, without a fit;
 * 2. a layout from the largest smaller width that fits, moved and accepted by the layout checker: yes;
 * 3. otherwise a full `fit` with the time limit (which may answer `unknown`).
 */
export interface KitProber {
  probe(widthMm: number): ProbeRecord
  /** Every width decided so far, by width. */
  records(): ProbeRecord[]
  /** The record of a width if it was decided. */
  get(widthMm: number): ProbeRecord | undefined
  /** Largest width proven not to fit by a box bound (every smaller width fails it too), or null. */
  readonly boxFloorMm: number | null
  readonly stats: { fits: number; reusedLayouts: number }
  readonly fitTimeLimitMs: number
}

/** A prober for `items` in the bags of `bags`, each fit limited to `fitTimeLimitMs`. */
export function kitProber(bags: BagsByWidth, items: readonly FitItem[], fitTimeLimitMs: number): KitProber {
  const records = new Map<number, ProbeRecord>()
  const stats = { fits: 0, reusedLayouts: 0 }
  let boxFloor: { widthMm: number; record: ProbeRecord } | null = null

  const probe = (widthMm: number): ProbeRecord => {
    const known = records.get(widthMm)
    if (known) return known
    const record = decide(widthMm)
    records.set(widthMm, record)
    if (record.by === 'fit' && record.status === 'does-not-fit' && BOX_PROOFS.has(record.proof) && (boxFloor === null || widthMm > boxFloor.widthMm)) {
      boxFloor = { widthMm, record }
    }
    return record
  }

  const decide = (widthMm: number): ProbeRecord => {
    // 1. Below a box bound.
    if (boxFloor !== null && widthMm <= boxFloor.widthMm) {
      return { widthMm, status: 'does-not-fit', by: 'box-bound', proof: boxFloor.record.proof, elapsedMs: 0, answer: null, placements: [] }
    }
    const bag = bags.at(widthMm)
    // 2. A layout from the largest smaller width that fits.
    const started = performance.now()
    let donor: ProbeRecord | undefined
    for (const r of records.values()) if (r.status === 'fits' && r.widthMm < widthMm && (!donor || r.widthMm > donor.widthMm)) donor = r
    if (donor) {
      const carried = carryLayout(donor.placements, bags.at(donor.widthMm).container, bag.container, items)
      if (carried) {
        stats.reusedLayouts++
        return { widthMm, status: 'fits', by: 'reused-layout', proof: 'layout', elapsedMs: ms(started), answer: null, placements: carried.placements }
      }
    }
    // 3. A full fit.
    stats.fits++
    const answer = fit({ container: bag.container, items: [...items], options: { timeLimitMs: fitTimeLimitMs } })
    return { widthMm, status: answer.status, by: 'fit', proof: answer.proof.kind, elapsedMs: ms(started), answer, placements: answer.placements }
  }

  return {
    probe,
    records: () => [...records.values()].sort((a, b) => a.widthMm - b.widthMm),
    get: (widthMm) => records.get(widthMm),
    get boxFloorMm() {
      return boxFloor?.widthMm ?? null
    },
    stats,
    fitTimeLimitMs,
  }
}

function ms(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000
}
