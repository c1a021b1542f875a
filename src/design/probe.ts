import { checkPacking, fit } from '../pack/index.js'
import type { BlockedRegion, FitAnswer, FitContainer, FitItem, Placement, Vec3 } from '../pack/types.js'
import type { BagsByWidth } from './bags-by-width.js'
import { carryLayout, mirrorLayouts, shiftLayout } from './carry-layout.js'
import { BOX_PROOFS } from './monotone.js'
import type { ScaleProbe, ScaledBag } from './types.js'

/** Share of a width's time limit the simpler containers (relaxations, restrictions) may use before the full fit. */
const SIMPLER_SHARE = 0.5

/** Least time a fit is given, in milliseconds, once the width's limit is spent: its cheap bounds still run. */
const MIN_FIT_MS = 0.001

/** A decided width with what decided it: the fit answer (when a fit did) and the layout (when it fits). */
export interface ProbeRecord extends ScaleProbe {
  answer: FitAnswer | null
  placements: Placement[]
  /** For a carried layout: how it was moved from `carriedFromMm`, in mm along x, y, z. */
  shiftMm?: Vec3
  /** A does-not-fit that looked only at the interior box and opening, so it holds at every smaller width. */
  boxOnly: boolean
}

/**
 * Decides, width by width, whether one kit fits a silhouette, remembering every answer. Each width is settled the
 * cheapest sound way:
 * 1. at or below the largest width where the interior box and opening alone rule the kit out (`boxFloorMm`): no;
 * 2. a layout from the nearest smaller width that fits (else the nearest larger one), moved and accepted by the
 *    layout checker: yes;
 * 3. relaxations, from the plain interior box (no blocked parts) to the outline without the hardware: a "does not
 *    fit" there holds here, since they have more room; a layout there that, as found or mirrored, clears everything
 *    here is a "fits". The fit engine settles these simpler containers far faster than ones with hardware;
 * 4. restrictions: the interior between the front and back hardware, or below it, where the fit engine need not
 *    mind the hardware; a layout there is a layout here (checked);
 * 5. otherwise a full `fit` of the real container.
 * All the fits for one width share its time limit (`widthTimeLimitMs`): steps 3 and 4 may use up to `SIMPLER_SHARE`
 * of it, the full fit the rest. A width whose fits run out of time is `unknown`, and kept as such.
 */
export interface KitProber {
  probe(widthMm: number): ProbeRecord
  /** Every width decided so far, by width. */
  records(): ProbeRecord[]
  /** The record of a width if it was decided. */
  get(widthMm: number): ProbeRecord | undefined
  /** Largest width proven not to fit by its interior box and opening alone (every smaller width fails too), or null. */
  readonly boxFloorMm: number | null
  /** Fits run (full and relaxed) and widths settled by a layout from another width. */
  readonly stats: { fits: number; reusedLayouts: number }
  readonly widthTimeLimitMs: number
}

/** A prober for `items` in the bags of `bags`, each width's fits limited to `widthTimeLimitMs` together. */
export function kitProber(bags: BagsByWidth, items: readonly FitItem[], widthTimeLimitMs: number): KitProber {
  const records = new Map<number, ProbeRecord>()
  const stats = { fits: 0, reusedLayouts: 0 }
  let boxFloor: ProbeRecord | null = null

  const probe = (widthMm: number): ProbeRecord => {
    const known = records.get(widthMm)
    if (known) return known
    const record = decide(widthMm)
    records.set(widthMm, record)
    if (
      record.status === 'does-not-fit' &&
      record.boxOnly &&
      record.by !== 'box-bound' &&
      (boxFloor === null || widthMm > boxFloor.widthMm)
    ) {
      boxFloor = record
    }
    return record
  }

  // Every fit for one width shares its time limit: the simpler containers may use up to half, the full fit the rest.
  const runFit = (container: FitContainer, deadline: number): FitAnswer => {
    stats.fits++
    const timeLimitMs = Math.max(MIN_FIT_MS, deadline - performance.now())
    return fit({ container, items: [...items], options: { timeLimitMs } })
  }

  const decide = (widthMm: number): ProbeRecord => {
    const started = performance.now()
    const simplerDeadline = started + widthTimeLimitMs * SIMPLER_SHARE
    const deadline = started + widthTimeLimitMs
    // 1. Below the box floor.
    if (boxFloor !== null && widthMm <= boxFloor.widthMm) {
      return {
        widthMm,
        status: 'does-not-fit',
        by: 'box-bound',
        proof: boxFloor.proof,
        elapsedMs: 0,
        answer: null,
        placements: [],
        boxOnly: true,
      }
    }
    const bag = bags.at(widthMm)
    // 2. A layout from the nearest smaller width that fits, else from the nearest larger one.
    const carried = carryFromNeighbours(widthMm, bag)
    if (carried) return { ...carried, elapsedMs: ms(started) }
    // 3. Relaxations: the plain box, then the outline without the hardware.
    const relaxed = relaxations(bag)
    for (const { container, words, boxOnly } of relaxed) {
      const answer = runFit(container, simplerDeadline)
      if (answer.status === 'does-not-fit') {
        const reason = `Even ${words}, ${lowerFirst(answer.reason)}`
        return record(widthMm, started, { ...answer, reason }, 'relaxation', boxOnly)
      }
      if (answer.status === 'fits') {
        // Its layout as found, or mirrored, moved by a few shifts: the layout checker has the last word.
        for (const layout of mirrorLayouts(answer.placements, bag.container.size)) {
          const carried = carryLayout(layout.placements, bag.container, bag.container, items)
          if (!carried) continue
          const count = items.reduce((n, i) => n + (i.count ?? 1), 0)
          const reason = `Everything fits: a layout found ${words}${layout.mirrored ? `, mirrored ${layout.mirrored},` : ''} clears the rest too (${count} items).`
          return record(
            widthMm,
            started,
            { ...answer, placements: carried.placements, reason },
            'relaxation',
            false,
          )
        }
      }
      // A relaxation that ran out of time says the real container would too, nearly always: go to the full fit.
      if (answer.status === 'unknown') break
    }
    // 4. Restrictions: the part of the interior clear of the hardware; a layout there is a layout here.
    for (const { container, shiftMm, words } of restrictions(bag)) {
      if (performance.now() >= simplerDeadline) break
      const answer = runFit(container, simplerDeadline)
      if (answer.status !== 'fits') continue
      const placements = shiftLayout(answer.placements, shiftMm)
      if (!checkPacking({ container: bag.container, items: [...items] }, placements).ok) continue
      const count = items.reduce((n, i) => n + (i.count ?? 1), 0)
      return record(
        widthMm,
        started,
        { ...answer, placements, reason: `Everything fits: a layout found ${words} (${count} items).` },
        'relaxation',
        false,
      )
    }
    // 5. A full fit.
    const answer = runFit(bag.container, deadline)
    return record(widthMm, started, answer, 'fit', BOX_PROOFS.has(answer.proof.kind))
  }

  const carryFromNeighbours = (widthMm: number, bag: ScaledBag): Omit<ProbeRecord, 'elapsedMs'> | null => {
    let below: ProbeRecord | undefined
    let above: ProbeRecord | undefined
    for (const r of records.values()) {
      if (r.status !== 'fits') continue
      if (r.widthMm < widthMm && (!below || r.widthMm > below.widthMm)) below = r
      if (r.widthMm > widthMm && (!above || r.widthMm < above.widthMm)) above = r
    }
    for (const donor of [below, above]) {
      if (!donor) continue
      const carried = carryLayout(donor.placements, bags.at(donor.widthMm).container, bag.container, items)
      if (!carried) continue
      stats.reusedLayouts++
      return {
        widthMm,
        status: 'fits',
        by: 'reused-layout',
        proof: 'layout',
        carriedFromMm: donor.widthMm,
        answer: null,
        placements: carried.placements,
        shiftMm: carried.shiftMm,
        boxOnly: false,
      }
    }
    return null
  }

  return {
    probe,
    records: () => [...records.values()].sort((a, b) => a.widthMm - b.widthMm),
    get: (widthMm) => records.get(widthMm),
    get boxFloorMm() {
      return boxFloor?.widthMm ?? null
    },
    stats,
    widthTimeLimitMs,
  }
}

/** The containers with more room than the real one, simplest first, each only when it differs from the next. */
function relaxations(bag: ScaledBag): { container: FitContainer; words: string; boxOnly: boolean }[] {
  const list: { container: FitContainer; words: string; boxOnly: boolean }[] = []
  const outline = bag.interior.container
  const hasHardware = (bag.container.blocked?.length ?? 0) > (outline.blocked?.length ?? 0)
  const hasSteps = (outline.blocked?.length ?? 0) > 0
  if (!hasSteps && !hasHardware) return list
  const opening = bag.container.opening
  list.push({
    container: { size: bag.container.size, ...(opening && { opening, soft: bag.container.soft ?? false }) },
    words: hasSteps
      ? 'in the interior box without the outline steps and hardware'
      : 'in the interior box without the hardware',
    boxOnly: true,
  })
  if (hasSteps && hasHardware)
    list.push({ container: outline, words: 'without the hardware', boxOnly: false })
  return list
}

/**
 * Parts of the interior clear of every piece of hardware, as containers of their own with the shift back into the
 * bag: between the front and back hardware (full width and height), and below the lowest piece (full width and
 * depth). Outline steps are clipped to each part.
 *
 *   side view (y →, z ↑)   ▮ hardware
 *   ┌▮──────────────▮┐     between: y from the front hardware's depth to the back's
 *   │▮              ▮│     below:   z up to the lowest piece's bottom
 *   │                │
 *   └────────────────┘
 */
function restrictions(bag: ScaledBag): { container: FitContainer; shiftMm: Vec3; words: string }[] {
  const [X, Y, Z] = bag.container.size
  const blocked = bag.container.blocked ?? []
  const steps = blocked.filter(
    (_, i) => bag.blockedKinds[i] === 'outline' || bag.blockedKinds[i] === 'divider',
  )
  const hardware = blocked.filter(
    (_, i) => bag.blockedKinds[i] !== 'outline' && bag.blockedKinds[i] !== 'divider',
  )
  if (hardware.length === 0) return []
  // How deep the hardware reaches from each wall, and where its lowest piece starts.
  let front = 0
  let back = 0
  let low = Z
  for (const b of hardware) {
    if (b.at[1] + b.size[1] / 2 < Y / 2) front = Math.max(front, b.at[1] + b.size[1])
    else back = Math.max(back, Y - b.at[1])
    low = Math.min(low, b.at[2])
  }
  const opening = bag.container.opening
  const out: { container: FitContainer; shiftMm: Vec3; words: string }[] = []
  const depth = um(Y - front - back)
  if (depth > 0) {
    out.push({
      container: {
        size: [X, depth, Z],
        blocked: clip(steps, [0, front, 0], [X, Y - back, Z]),
        ...(opening && { opening: [opening[0], Math.min(opening[1], depth)] as [number, number], soft: bag.container.soft ?? false }),
      },
      shiftMm: [0, front, 0],
      words: `between the hardware on the front and back walls (${depth} mm deep)`,
    })
  }
  if (low > 0) {
    out.push({
      container: {
        size: [X, Y, low],
        blocked: clip(steps, [0, 0, 0], [X, Y, low]),
        ...(opening && { opening, soft: bag.container.soft ?? false }),
      },
      shiftMm: [0, 0, 0],
      words: `below the hardware (${low} mm high)`,
    })
  }
  return out
}

/** Blocked boxes clipped to [lo, hi] and moved so that lo is the origin; empty ones dropped. */
function clip(boxes: readonly BlockedRegion[], lo: Vec3, hi: Vec3): BlockedRegion[] {
  const out: BlockedRegion[] = []
  for (const b of boxes) {
    const a = b.at.map((v, k) => Math.max(v, lo[k]!))
    const z = b.at.map((v, k) => Math.min(v + b.size[k]!, hi[k]!))
    if (a.some((v, k) => z[k]! - v <= 1e-9)) continue
    out.push({ at: a.map((v, k) => um(v - lo[k]!)) as Vec3, size: a.map((v, k) => um(z[k]! - v)) as Vec3 })
  }
  return out
}

function um(mm: number): number {
  return Math.round(mm * 1000) / 1000
}

function record(
  widthMm: number,
  started: number,
  answer: FitAnswer,
  by: ProbeRecord['by'],
  boxOnly: boolean,
): ProbeRecord {
  return {
    widthMm,
    status: answer.status,
    by,
    proof: answer.proof.kind,
    elapsedMs: ms(started),
    answer,
    placements: answer.placements,
    boxOnly: answer.status === 'does-not-fit' && boxOnly,
  }
}

// "The phone ..." reads on after a comma as "the phone ..."; an acronym ("ID card") keeps its capital.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
}

function ms(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000
}
