/** Whether an item passes the opening: surely, surely not, or too close to call at double precision. */
export type Passage = 'yes' | 'no' | 'close'

/**
 * Whether an item, lying in orientation `o` in a container of cross-section `L[0] × L[1]`, can have come in
 * through the opening in the top face (all in model units). The insertion model, for one item alone:
 *
 * - `rigid` walls: the item is lowered straight down as it will lie (its vertical side stays vertical), turned about
 *   the vertical by whatever angle lets its footprint through the opening, then turned back about the vertical to lie
 *   square to the walls. So its footprint must pass the opening at some angle φ, and turn from φ to square within the
 *   interior's cross-section.
 * - `soft` walls: it goes in end first and turns inside as the walls give, so only its smallest cross-section (its two
 *   shorter sides) must pass the opening, at any angle in the opening's plane.
 *
 *   top view of a rigid bag, a card lowered on edge at 30° through a 50 × 30 slot, then turned square:
 *   ┌─────────────────────────┐
 *   │    ┌─────────────┐      │
 *   │    │   ╱         │      │
 *   │    │  ╱  slot    │      │
 *   │    └─────────────┘      │
 *   └─────────────────────────┘
 */
export function passesOpening(passage: OpeningPassage): Passage {
  const { footprint, smallest, opening, interior, rule } = passage
  const [A, B] = opening
  if (rule === 'soft') return rectangleFits(smallest[0], smallest[1], A, B) ? 'yes' : 'no'
  const [w, d] = footprint
  // Square through the opening: nothing to turn.
  if (w <= A && d <= B) return 'yes'
  // Not through it at any angle: no.
  if (!rectangleFits(w, d, A, B)) return 'no'
  return turnsIntoPlace(Number(w), Number(d), Number(A), Number(B), Number(interior[0]), Number(interior[1]))
}

/** One item and the opening, in whole numbers of one unit (exact). */
export interface OpeningPassage {
  /** Its extents along x and y as it lies (for a turned item, those of its shadow on the floor). */
  footprint: readonly [bigint, bigint]
  /** Its two shortest sides (the cross-section a soft bag lets through). */
  smallest: readonly [bigint, bigint]
  opening: readonly [bigint, bigint]
  /** The interior's width and depth, within which it turns back square. */
  interior: readonly [bigint, bigint]
  rule: 'rigid' | 'soft'
}

/**
 * A w × d footprint (w along x at angle 0) that passes an A × B opening only turned: is there an angle φ at which it
 * passes from which it turns back to 0 without leaving the W × D interior? Turned by φ its shadow is
 * (w cos φ + d sin φ) × (w sin φ + d cos φ); each bound holds outside one interval of angles, so the angles from 0
 * that stay inside the interior form an interval [0, φmax], and the question is whether the opening's angles meet it.
 * In doubles, so a verdict within 1e-9 of a boundary is `close` (the engine then answers for both).
 */
function turnsIntoPlace(w: number, d: number, A: number, B: number, W: number, D: number): Passage {
  const R = Math.hypot(w, d)
  const alpha = Math.atan2(d, w)
  const eps = 1e-9
  // Angles where the shadow is wider than X (about alpha) or deeper than Y (about pi/2 - alpha), as open intervals.
  const tooWide = (X: number): [number, number] | null => (X >= R ? null : [alpha - Math.acos(X / R), alpha + Math.acos(X / R)])
  const tooDeep = (Y: number): [number, number] | null => (Y >= R ? null : [Math.asin(Y / R) - alpha, Math.PI - Math.asin(Y / R) - alpha])
  // The first angle from 0 at which the footprint no longer fits the interior.
  let phiMax = Math.PI / 2
  for (const bad of [tooWide(W), tooDeep(D)]) if (bad && bad[1] > 0 && bad[0] < phiMax) phiMax = Math.max(0, bad[0])
  // Angles in [0, phiMax] outside both of the opening's bad intervals.
  const blocked = [tooWide(A), tooDeep(B)].filter((b): b is [number, number] => b !== null).sort((a, b) => a[0] - b[0])
  let clearFrom = 0
  let margin = -Infinity
  for (const [lo, hi] of blocked) {
    margin = Math.max(margin, Math.min(lo, phiMax) - clearFrom)
    clearFrom = Math.max(clearFrom, hi)
  }
  margin = Math.max(margin, phiMax - clearFrom)
  if (margin > eps) return 'yes'
  return margin < -eps ? 'no' : 'close'
}

/**
 * Whether a p × q rectangle fits in an a × b rectangle, turned by any angle in the plane (Carver 1956, "Rectangles
 * in rectangles", Amer. Math. Monthly 63; as corrected in later discussion: the shorter side must fit the shorter side
 * in both cases). With p ≥ q and a ≥ b, it fits exactly when p ≤ a and q ≤ b, or when p > a, q ≤ b and
 *
 *   ((a + b) / (p + q))² + ((a − b) / (p − q))² ≥ 2,
 *
 * the turned rectangle then touching all four sides. Exact: the test is a polynomial inequality in BigInt.
 */
export function rectangleFits(p0: bigint, q0: bigint, a0: bigint, b0: bigint): boolean {
  const [P, Q] = p0 >= q0 ? [p0, q0] : [q0, p0]
  const [A, B] = a0 >= b0 ? [a0, b0] : [b0, a0]
  if (Q > B) return false
  if (P <= A) return true
  // A square wider than the slot cannot turn into it: its least width is its side.
  if (P === Q) return false
  const sum = (P + Q) * (P + Q)
  const diff = (P - Q) * (P - Q)
  return (A + B) * (A + B) * diff + (A - B) * (A - B) * sum >= 2n * sum * diff
}
