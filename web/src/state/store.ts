import { createStore } from 'zustand/vanilla'
import { bagInterior, parseBagSpec } from '../../../src/bag/index.js'
import { MicropurseError } from '../../../src/errors.js'
import type { Api } from '../data/api.js'
import { ApiError } from '../data/api.js'
import type {
  Bag,
  FitContainer,
  FitItemBody,
  FitReply,
  Item,
  Kit,
  LeftBehind,
  Placement,
  PlanContainerBody,
  PlanItemBody,
  PlanReply,
  StyleBody,
  StyleReply,
  Vec3,
} from '../data/types.js'
import type { BagChoice, Companion, OwnItemSpec, ShareState, View } from './share-url.js'
import { emptyShareState } from './share-url.js'
import { shortName } from './names.js'
import { initialUnit, readSize, rememberUnit, type Unit } from './units.js'

/**
 * The page's one store (zustand, vanilla so tests drive it without React). Choices (bag, items, view...) are plain
 * values that also go into the share link; answers (the bag's interior, the fit, the carry plan, the style advice)
 * are fetched by the actions here, newest request wins. Nothing that changes every frame lives here: the 3D view
 * keeps its animation in refs.
 */

/** The bag being looked at, once resolved into a fit container. */
export type BagInfo =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready'
      /** For people: `Dior Lady Dior (Micro)` or `Your bag`. */
      label: string
      shape: string
      /** Outside width, height, depth, mm (as shops give them). */
      exteriorMm: Vec3
      container: FitContainer
      volumeMl: number
      price: Bag['price']
      pricePerMl: { amount: number; currency: string } | null
      explanation: string[]
      /** How a typed size was read ("Read as 120 × 90 × 50 mm ..."), for a typed bag. */
      readAs?: string
    }

/** One kind of thing picked, as the fit engine and the page need it. */
export interface PickedItem {
  id: string
  /** The catalog's full name, or the name typed. */
  name: string
  /** What people call it, for labels: `Lipstick` for `Lipstick, full-size bullet case (typical size)`. */
  label: string
  category: string
  count: number
  /** Bounding box [w, d, h] mm, as the engine takes it. */
  sizeMm: Vec3
  isOwn: boolean
}

export type FitState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'error'; message: string }
  | {
      status: 'done'
      reply: FitReply
      container: FitContainer
      /** Item ids in colour order. */
      kinds: string[]
      /** When not everything fits: what to leave out (from the carry planner with the bag alone), and the layout of the rest. */
      leaveOut: { status: 'none' | 'checking' | 'error' } | { status: 'done'; left: LeftBehind[]; placements: Placement[] }
    }

export type AsyncAnswer<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; value: T }

export interface CatalogState {
  status: 'loading' | 'ready' | 'error'
  bags: Bag[]
  items: Item[]
  kits: Kit[]
  message?: string
}

export interface AppState extends ShareState {
  unit: Unit
  catalog: CatalogState
  bagInfo: BagInfo
  fit: FitState
  carry: AsyncAnswer<PlanReply>
  advice: AsyncAnswer<StyleReply>
  /** Every catalog bag whose inside can be worked out, with its volume and price per ml (the catalog explorer). */
  explorer: AsyncAnswer<ExplorerRow[]>
  /** Messages about things typed by hand that could not be read, keyed by the field. */
  ownError: string | null

  loadCatalog(): Promise<void>
  chooseBag(choice: BagChoice | null): void
  addItem(id: string, count?: number): void
  setCount(id: string, count: number): void
  removeItem(id: string): void
  addKit(id: string): void
  clearItems(): void
  /** Adds a thing typed by hand; false (with `ownError` set) when its size cannot be read. */
  addOwn(spec: OwnItemSpec): boolean
  removeOwn(index: number): void
  setUnit(unit: Unit): void
  setView(view: View): void
  setExploded(exploded: boolean): void
  setStyle(style: Partial<ShareState['style']>): void
  setCompanions(companions: Companion[]): void
  /** The picked items with sizes, in colour order; items the catalog lacks a size for are left out. */
  picked(): PickedItem[]
  /** The state that goes into a share link. */
  shareState(): ShareState
  /** Asks the planner and advisor again (the panels call these when they open). */
  runCarry(): Promise<void>
  runStyle(): Promise<void>
  loadExplorer(): Promise<void>
}

/** One bag of the catalog explorer. */
export interface ExplorerRow {
  id: string
  label: string
  /** For chart labels: `Jacquemus Le Petit Chiquito Petit`. */
  shortLabel: string
  volumeMl: number
  price: Bag['price']
  pricePerMl: { amount: number; currency: string } | null
}

export interface StoreOptions {
  api: Api
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null
  language?: string
  /** The state the page opens with (from the URL). */
  initial?: ShareState
  /** Wait this long after the last change before asking for a fit, ms (typing a count fires many changes). */
  debounceMs?: number
}

/** Time limits sent with a plan, ms: short enough for a page, long enough for a micro bag. */
const PLAN_LIMITS = { timeLimitMs: 3000, fitTimeLimitMs: 400 }
/** What the companion checkboxes add to the carry plan (docs/carry.md names). */
export const COMPANION_CONTAINERS: Record<Companion, { text: string; label: string }> = {
  pocket: { text: 'pocket:womens-jeans-front', label: "Front pocket of women's jeans" },
  'phone-case': { text: 'phone-case:3-cards', label: 'Phone case with 3 card slots' },
  pouch: { text: 'pouch', label: 'Small zip pouch (12 × 8 × 2.5 cm)' },
  tote: { text: 'tote', label: 'Canvas tote' },
}

export type AppStore = ReturnType<typeof createAppStore>

export function createAppStore({ api, storage = null, language = 'en', initial = emptyShareState(), debounceMs = 150 }: StoreOptions) {
  // Request counters: an answer is kept only if no newer request of its kind was made since.
  let bagToken = 0
  let fitToken = 0
  let carryToken = 0
  let styleToken = 0
  let fitTimer: ReturnType<typeof setTimeout> | undefined

  const store = createStore<AppState>()((set, get) => {
    /** Resolves the chosen bag into a container, then checks the fit. */
    async function resolveBag(): Promise<void> {
      const token = ++bagToken
      const { bag, unit } = get()
      if (bag === null) {
        set({ bagInfo: { status: 'none' } })
      } else if (bag.kind === 'custom') {
        set({ bagInfo: typedBag(bag.size, bag.shape, unit) })
      } else {
        set({ bagInfo: { status: 'loading' } })
        try {
          const { bag: record, room } = await api.getBag(bag.id)
          if (token !== bagToken) return
          if (room.kind === 'unknown') {
            set({ bagInfo: { status: 'error', message: `${bagLabel(record)}: ${room.reason}, so its inside cannot be worked out. Type its size instead (Your own size).` } })
          } else {
            const e = record.exteriorMm
            set({
              bagInfo: {
                status: 'ready',
                label: bagLabel(record),
                shape: record.shape ?? 'box',
                exteriorMm: [e.w ?? 0, e.h ?? 0, e.d ?? 0],
                container: room.container,
                volumeMl: room.volumeMl,
                price: record.price,
                pricePerMl: room.pricePerMl,
                explanation: room.explanation,
              },
            })
          }
        } catch (error) {
          if (token !== bagToken) return
          set({ bagInfo: { status: 'error', message: messageOf(error) } })
        }
      }
      scheduleFit()
    }

    function scheduleFit(): void {
      clearTimeout(fitTimer)
      const token = ++fitToken
      const { bagInfo } = get()
      const items = get().picked()
      if (bagInfo.status !== 'ready' || items.length === 0) {
        set({ fit: { status: 'idle' }, carry: { status: 'idle' }, advice: { status: 'idle' } })
        return
      }
      // The plan and the advice were for the old choices: they are asked again when their panel shows.
      set({ fit: { status: 'checking' }, carry: { status: 'idle' }, advice: { status: 'idle' } })
      fitTimer = setTimeout(() => void checkFit(token, bagInfo.container, bagInfo.label, items), debounceMs)
    }

    async function checkFit(token: number, container: FitContainer, label: string, items: PickedItem[]): Promise<void> {
      const body: FitItemBody[] = items.map((i) => ({ id: i.id, size: i.sizeMm, count: i.count }))
      const kinds = items.map((i) => i.id)
      try {
        const reply = await api.fit(container, body)
        if (token !== fitToken) return
        const needsLeaveOut = reply.status !== 'fits'
        set({ fit: { status: 'done', reply, container, kinds, leaveOut: { status: needsLeaveOut ? 'checking' : 'none' } } })
        if (needsLeaveOut) {
          // The carry planner with the bag as the only piece says what to leave out, most important kept.
          try {
            const plan = await api.plan({ items: planItems(items), containers: [bagContainer(container, label)], options: PLAN_LIMITS })
            if (token !== fitToken) return
            const placements = plan.containers[0]?.placements ?? []
            set((s) => (s.fit.status === 'done' ? { fit: { ...s.fit, leaveOut: { status: 'done', left: plan.leftBehind, placements } } } : {}))
          } catch {
            if (token !== fitToken) return
            set((s) => (s.fit.status === 'done' ? { fit: { ...s.fit, leaveOut: { status: 'error' } } } : {}))
          }
        }
      } catch (error) {
        if (token !== fitToken) return
        set({ fit: { status: 'error', message: messageOf(error) } })
      }
      const { view } = get()
      if (view === 'carry') void get().runCarry()
      if (view === 'style') void get().runStyle()
    }

    return {
      ...initial,
      unit: initialUnit(storage, language),
      catalog: { status: 'loading', bags: [], items: [], kits: [] },
      bagInfo: { status: 'none' },
      fit: { status: 'idle' },
      carry: { status: 'idle' },
      advice: { status: 'idle' },
      explorer: { status: 'idle' },
      ownError: null,

      async loadCatalog() {
        set({ catalog: { ...get().catalog, status: 'loading' } })
        try {
          const [bags, items, kits] = await Promise.all([api.listBags(), api.listItems(), api.listKits()])
          set({ catalog: { status: 'ready', bags, items, kits } })
        } catch (error) {
          set({ catalog: { status: 'error', bags: [], items: [], kits: [], message: messageOf(error) } })
        }
        await resolveBag()
      },

      chooseBag(choice) {
        set({ bag: choice, carry: { status: 'idle' }, advice: { status: 'idle' } })
        void resolveBag()
      },

      addItem(id, count = 1) {
        const items = get().items
        const at = items.findIndex((i) => i.id === id)
        set({ items: at >= 0 ? items.map((i, k) => (k === at ? { ...i, count: Math.min(99, i.count + count) } : i)) : [...items, { id, count }] })
        scheduleFit()
      },

      setCount(id, count) {
        if (!(count >= 1)) return get().removeItem(id)
        set({ items: get().items.map((i) => (i.id === id ? { ...i, count: Math.min(99, Math.floor(count)) } : i)) })
        scheduleFit()
      },

      removeItem(id) {
        set({ items: get().items.filter((i) => i.id !== id) })
        scheduleFit()
      },

      addKit(id) {
        const kit = get().catalog.kits.find((k) => k.id === id)
        if (!kit) return
        let items = get().items
        for (const line of kit.items) {
          const at = items.findIndex((i) => i.id === line.itemId)
          items = at >= 0 ? items.map((i, k) => (k === at ? { ...i, count: Math.min(99, i.count + line.count) } : i)) : [...items, { id: line.itemId, count: line.count }]
        }
        set({ items })
        scheduleFit()
      },

      clearItems() {
        set({ items: [], own: [] })
        scheduleFit()
      },

      addOwn(spec) {
        const name = spec.name.trim()
        if (name === '') {
          set({ ownError: 'Give your thing a name, e.g. Ring box.' })
          return false
        }
        const read = readSize(spec.size, get().unit, 'width × height × depth')
        if (!read.ok) {
          set({ ownError: read.message })
          return false
        }
        set({ own: [...get().own, { name, size: spec.size.trim(), count: Math.max(1, Math.min(99, Math.floor(spec.count) || 1)) }], ownError: null })
        scheduleFit()
        return true
      },

      removeOwn(index) {
        set({ own: get().own.filter((_, i) => i !== index) })
        scheduleFit()
      },

      setUnit(unit) {
        rememberUnit(storage, unit)
        set({ unit })
        // A typed bag without a unit is read in the person's unit.
        if (get().bag?.kind === 'custom') void resolveBag()
        else if (get().own.length > 0) scheduleFit()
      },

      setView(view) {
        set({ view })
        if (view === 'carry' && get().carry.status === 'idle') void get().runCarry()
        if (view === 'style' && get().advice.status === 'idle') void get().runStyle()
        if (view === 'catalog' && get().explorer.status === 'idle') void get().loadExplorer()
      },

      setExploded(exploded) {
        set({ exploded })
      },

      setStyle(style) {
        set({ style: { ...get().style, ...style } })
      },

      setCompanions(companions) {
        set({ companions })
        void get().runCarry()
      },

      picked() {
        const { catalog, items, own, unit } = get()
        return pickedItems(catalog.items, items, own, unit)
      },

      shareState() {
        return shareStateOf(get())
      },

      async runCarry() {
        const token = ++carryToken
        const { bagInfo, companions } = get()
        const items = get().picked()
        if (bagInfo.status !== 'ready' || items.length === 0) {
          set({ carry: { status: 'idle' } })
          return
        }
        set({ carry: { status: 'loading' } })
        try {
          const containers = [bagContainer(bagInfo.container, bagInfo.label), ...companions.map((c) => COMPANION_CONTAINERS[c].text)]
          const value = await api.plan({ items: planItems(items), containers, options: PLAN_LIMITS })
          if (token === carryToken) set({ carry: { status: 'done', value } })
        } catch (error) {
          if (token === carryToken) set({ carry: { status: 'error', message: messageOf(error) } })
        }
      },

      async loadExplorer() {
        const { catalog } = get()
        if (catalog.status !== 'ready') return
        set({ explorer: { status: 'loading' } })
        // Only bags with all three sides and a shape can have their inside worked out.
        const bags = catalog.bags.filter((b) => b.exteriorMm.w !== null && b.exteriorMm.h !== null && b.exteriorMm.d !== null && b.shape !== null)
        const rows: ExplorerRow[] = []
        try {
          for (let i = 0; i < bags.length; i += EXPLORER_PARALLEL) {
            const answers = await Promise.all(bags.slice(i, i + EXPLORER_PARALLEL).map((b) => api.getBag(b.id)))
            for (const { bag, room } of answers) {
              if (room.kind === 'derived') rows.push({ id: bag.id, label: bagLabel(bag), shortLabel: shortBagLabel(bag), volumeMl: room.volumeMl, price: bag.price, pricePerMl: room.pricePerMl })
            }
          }
          set({ explorer: { status: 'done', value: rows } })
        } catch (error) {
          set({ explorer: { status: 'error', message: messageOf(error) } })
        }
      },

      async runStyle() {
        const token = ++styleToken
        const { bagInfo, bag, style, fit } = get()
        if (bagInfo.status !== 'ready' || bag === null) {
          set({ advice: { status: 'idle' } })
          return
        }
        set({ advice: { status: 'loading' } })
        const garments = style.wear.map((g, i) => ({
          name: ['top', 'bottoms', 'coat'][i] ?? 'garment',
          colour: g.colour,
          fit: g.fit,
          ...(i === 2 ? { layer: 'outer' as const } : {}),
          share: i === 0 ? 0.55 : 0.45 / Math.max(1, style.wear.length - 1),
        }))
        const body: StyleBody = { outfit: { garments }, occasion: style.occasion }
        if (bag.kind === 'catalog') {
          body.bagId = bag.id
          body.colour = style.colour
        } else {
          const [w, h, d] = bagInfo.exteriorMm
          body.bag = { id: 'your-bag', name: 'Your bag', widthMm: w, heightMm: h, depthMm: d, colour: style.colour }
        }
        const capacity = placedCapacity(get().picked(), fit)
        if (capacity) body.capacity = capacity
        try {
          const value = await api.style(body)
          if (token === styleToken) set({ advice: { status: 'done', value } })
        } catch (error) {
          if (token === styleToken) set({ advice: { status: 'error', message: messageOf(error) } })
        }
      },
    }
  })
  return store
}

/** The part of a state that goes into a share link (a pure function: it reads only what it is given). */
export function shareStateOf({ bag, items, own, view, exploded, style, companions }: ShareState): ShareState {
  return { bag, items, own, view, exploded, style, companions }
}

/** How many bag look-ups the explorer runs at once. */
const EXPLORER_PARALLEL = 6

/**
 * The picked things with their sizes, in colour order: catalog items first, then things typed by hand (`own-1`...).
 * Catalog items without a full size and typed things whose size cannot be read are left out.
 */
export function pickedItems(catalogItems: readonly Item[], items: ShareState['items'], own: readonly OwnItemSpec[], unit: Unit): PickedItem[] {
  const out: PickedItem[] = []
  for (const { id, count } of items) {
    const item = catalogItems.find((i) => i.id === id)
    const { w, h, d } = item?.dimsMm ?? { w: null, h: null, d: null }
    if (!item || w === null || h === null || d === null) continue
    out.push({ id, name: item.name, label: shortName(item.name), category: item.category, count, sizeMm: [w, d, h], isOwn: false })
  }
  own.forEach((o, i) => {
    const read = readSize(o.size, unit)
    if (!read.ok) return
    const [w, h, d] = read.sizeMm
    out.push({ id: `own-${i + 1}`, name: o.name, label: o.name, category: 'other', count: o.count, sizeMm: [w, d, h], isOwn: true })
  })
  return out
}

/** A bag typed by hand, worked out in the page with the bag layer (its rules are the same as the server's). */
export function typedBag(size: string, shape: string, unit: Unit): BagInfo {
  const read = readSize(size, unit)
  if (!read.ok) return { status: 'error', message: read.message }
  const [w, h, d] = read.sizeMm
  try {
    const interior = bagInterior(parseBagSpec({ exteriorMm: { w, h, d }, shape }))
    return {
      status: 'ready',
      label: 'Your bag',
      shape,
      exteriorMm: read.sizeMm,
      container: interior.container,
      volumeMl: interior.volumeMl,
      price: null,
      pricePerMl: null,
      explanation: interior.explanation,
      readAs: read.said,
    }
  } catch (error) {
    if (error instanceof MicropurseError) return { status: 'error', message: error.message }
    throw error
  }
}

/** `Dior Lady Dior (Micro)`; notes in the catalog's size name are dropped (`Birkin (35)`, not `(35 (the size made...))`). */
export function bagLabel(bag: Pick<Bag, 'brand' | 'model' | 'sizeName'>): string {
  const size = bag.sizeName ? withoutNotes(bag.sizeName) : ''
  return `${bag.brand} ${bag.model}${size ? ` (${size})` : ''}`
}

/** A bag's name for tight places (chart labels): brand, model and size, with every parenthesised note dropped. */
export function shortBagLabel(bag: Pick<Bag, 'brand' | 'model' | 'sizeName'>): string {
  return [bag.brand, withoutNotes(bag.model), bag.sizeName ? withoutNotes(bag.sizeName) : ''].filter(Boolean).join(' ')
}

function withoutNotes(text: string): string {
  let out = text
  // Innermost parentheses first, so nested notes go too.
  for (let before = ''; before !== out; ) {
    before = out
    out = out.replace(/\s*\([^()]*\)/g, '')
  }
  return out.trim()
}

function bagContainer(container: FitContainer, label: string): PlanContainerBody {
  return { id: 'bag', kind: 'bag', name: label, container }
}

const CARRY_CATEGORIES = new Set(['phone', 'card', 'cash', 'audio', 'keys', 'eyewear', 'cosmetics', 'food', 'other'])

function planItems(items: PickedItem[]): PlanItemBody[] {
  return items.map((i) => ({ id: i.id, name: i.label, size: i.sizeMm, count: i.count, category: CARRY_CATEGORIES.has(i.category) ? i.category : 'other' }))
}

/** The advisor's practicality input: where each picked essential went, when the fit is known. */
function placedCapacity(items: PickedItem[], fit: FitState): StyleBody['capacity'] | null {
  if (fit.status !== 'done' || fit.reply.status === 'unknown') return null
  const left = new Map<string, number>()
  if (fit.reply.status === 'does-not-fit') {
    if (fit.leaveOut.status !== 'done') return null
    for (const l of fit.leaveOut.left) left.set(l.id, l.count)
  }
  const placed: { id: string; essential: string; where: string }[] = []
  for (const item of items) {
    const essential = ['phone', 'keys', 'card'].includes(item.category) ? item.category : item.id.includes('lipstick') ? 'lipstick' : 'other'
    for (let c = 0; c < item.count && placed.length < 100; c++) {
      const behind = (left.get(item.id) ?? 0) > c
      placed.push({ id: item.id, essential, where: behind ? 'nowhere' : 'bag' })
    }
  }
  return { kind: 'placed', items: placed }
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError || error instanceof MicropurseError) return error.message
  return 'Something went wrong. Try again in a moment.'
}
