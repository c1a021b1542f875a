/**
 * What the HTTP API sends, as the page reads it (docs/api.md; camelCase, millimetres, `null` where unknown).
 * The page may not import the catalog or the API layer, so these mirror their response schemas.
 */
import type { FitContainer, FitStatus, Placement, Vec3 } from '../../../src/pack/types.js'

export type { FitContainer, Placement, Vec3 }

interface Dims {
  w: number | null
  h: number | null
  d: number | null
}

interface Price {
  amount: number
  amountMax: number | null
  currency: string
  year: number | null
}

export interface Bag {
  id: string
  brand: string
  model: string
  sizeName: string | null
  exteriorMm: Dims
  interiorMm: Dims | null
  dimsStatus: string
  shape: string | null
  closure: string | null
  material: string | null
  strap: string | null
  price: Price | null
  yearIntroduced: number | null
  isReferenceOnly: boolean
  strapLengthMm: number | null
  handleDropMm?: number | null
  strapDropMm?: number | null
  /** The price in one currency for comparisons, with its rate (the catalog fills it in; absent on older servers). */
  priceConverted?: PriceConverted | null
  sources: string[]
  notes: string
}

/** A price converted to US dollars, with the rate used and where it came from (CONTRACTS.md). */
interface PriceConverted {
  amount: number
  currency: 'USD'
  rate: number
  rateDate: string
  rateSource: string
}

/** How close a bag verdict is (CONTRACTS.md); absent on servers that do not say. */
export interface Closeness {
  /** > 0: room to spare in the layout shown; < 0: how much too big, mm; null when the verdict is undecided. */
  marginMm: number | null
  /** The size tolerance of the bag and the things, mm. */
  uncertaintyMm: number
  closeCall: boolean
  /** The margin is only a bound: at least that much room, or at least that much too big. */
  atLeast?: boolean
  /** The server's own sentence ("fits, with 0.6 mm to spare: a close call, since the bag's size is ..."). */
  words?: string
}

export interface Item {
  id: string
  name: string
  category: string
  dimsMm: Dims
  dimsStatus: string
  shape: string
  weightG: number | null
  isRigid?: boolean
  /** The smallest box a soft thing can be pressed to (CONTRACTS.md). */
  minDimsMm?: Dims | null
  /** What a phone case adds to the w, h and d of the thing it holds. */
  caseAddsMm?: Dims | null
  details?: Record<string, unknown>
}

export interface Kit {
  id: string
  name: string
  description: string
  items: { itemId: string; count: number }[]
}

/** What the bag layer derives for a catalog bag, or why it cannot. */
export type BagRoom =
  | {
      kind: 'derived'
      container: FitContainer
      volumeMl: number
      pricePerMl: { amount: number; currency: string } | null
      explanation: string[]
    }
  | { kind: 'unknown'; reason: string }

export interface BagWithRoom {
  bag: Bag
  room: BagRoom
}

/** The fit answer (docs/fit.md). */
export interface FitReply {
  status: FitStatus
  placements: ScenePlacement[]
  reason: string
  closeness?: Closeness
  stats: { nodes: number; elapsedMs: number }
  proof: { kind: string; [key: string]: unknown }
}

/**
 * A placement as the engine sends it: square to the walls (size turned by quarter turns), or turned, with `axes`
 * (the container directions of the item's own sides, in the order of its size; CONTRACTS.md).
 */
export interface ScenePlacement extends Placement {
  axes?: [Vec3, Vec3, Vec3]
}

/** One bag's verdict from POST /api/which-bags. */
export interface WhichBagsVerdict {
  bag: {
    id: string
    label: string
    brand: string
    model: string
    sizeName: string | null
    shape: string | null
    exteriorMm: Dims
    dimsStatus: string
    isReferenceOnly: boolean
    price: { amount: number; currency: string; year: number | null } | null
    priceConverted?: PriceConverted | null
    volumeMl: number | null
  }
  status: FitStatus | 'unknown-size'
  reason: string
  closeness?: Closeness
  style?: { overall: number; verdict: string; headline: string }
}

export interface WhichBagsReply {
  items: { id: string; size: number[]; count: number }[]
  counts: { fits: number; doesNotFit: number; unknown: number; unknownSize: number; total: number }
  results: WhichBagsVerdict[]
}

/** A fit item as sent: a size in millimetres as the engine takes it ([w, d, h]). */
export interface FitItemBody {
  id: string
  size: Vec3
  count?: number
}

/** POST /api/plan: items with sizes, containers given whole or named. */
/** A thing for the planner: a catalog id (in its case where asked; the server sizes it), or a thing by its size. */
export interface PlanItemBody {
  id: string
  size?: Vec3
  count?: number
  case?: true | string
  category?: string
  name?: string
  mustHave?: boolean
}

export interface PlanContainerBody {
  id: string
  kind: 'bag' | 'pocket' | 'phone-case' | 'card-slot' | 'pouch' | 'tote'
  name?: string
  container: FitContainer
}

export interface PlanBody {
  items: PlanItemBody[]
  containers: (string | PlanContainerBody)[]
  options?: { timeLimitMs?: number; fitTimeLimitMs?: number }
}

interface ContainerPlan {
  id: string
  kind: string
  name: string
  piece: string
  worn: boolean
  inside?: string
  contents: { id: string; count: number }[]
  placements: Placement[]
  problem: { container: FitContainer }
  fill: number
}

export interface LeftBehind {
  id: string
  name: string
  count: number
  mustHave: boolean
  reason: string
}

export interface PlanReply {
  status: 'all-carried' | 'some-left' | 'must-have-left'
  exact: boolean
  containers: ContainerPlan[]
  leftBehind: LeftBehind[]
  pieces: string[]
  mustHaves: { carried: number; total: number }
  mustHaveProof?: string
}

interface StyleGarment {
  name?: string
  colour: string
  fit: 'fitted' | 'regular' | 'relaxed' | 'oversized'
  share: number
  layer?: 'base' | 'mid' | 'outer'
}

export interface StyleBody {
  bag?: { id: string; name?: string; widthMm: number; heightMm?: number; depthMm?: number; colour: string }
  bagId?: string
  colour?: string
  outfit: { name?: string; garments: StyleGarment[] }
  wearer?: { heightCm?: number }
  occasion?: string
  capacity?: { kind: 'placed'; items: { id?: string; essential: string; where: string }[] }
}

export interface StyleRule {
  rule: string
  score: number
  weight: number
  verdict: string
  reasons: string[]
  suggestions: { rule: string; text: string }[]
}

export interface StyleReply {
  bag: { id: string; name: string }
  occasion: string
  overall: number
  verdict: string
  summary: string
  rules: Record<'colour' | 'proportion' | 'placement' | 'practicality' | 'evening', StyleRule>
  suggestions: { rule: string; text: string }[]
}
