import { createStore } from 'zustand/vanilla'
import { bagInterior, parseBagSpec } from '../../../src/bag/index.js'
import { MicropurseError } from '../../../src/errors.js'
import type { Api } from '../data/api.js'
import { ApiError } from '../data/api.js'
import type { CatalogItemRef, WhichBagsBody } from '../data/api.js'
import type {
  Bag,
  BagRoom,
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
  WhichBagsReply,
} from '../data/types.js'
import type { BagChoice, Companion, OwnItemSpec, PickedRef, ShareState, View } from './share-url.js'
import { emptyShareState, fitIdOf, MAX_COUNT } from './share-url.js'
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
      /** The catalog id, or null for a bag typed by hand. */
      id: string | null
      /** For people: `Dior Lady Dior (Micro)` or `Your bag`. */
      label: string
      shape: string
      /** The catalog record (straps, drops, price in one currency), or null for a typed bag. */
      record: Bag | null
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
  /** The solid it is, for the 3D view: `box`, `cylinder`, `irregular`. */
  shape: string
  count: number
  /** Bounding box [w, d, h] mm, as the engine takes it (in its case when it goes in one). */
  sizeMm: Vec3
  isOwn: boolean
  /** The catalog id (without `+case`), for catalog things. */
  catalogId: string | null
  /** The case it goes in, when it goes in one: '' for the standard case, else what kind ("slim"); null for none. */
  inCase: string | null
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

/** The second bag of the comparison, with the same things packed in it. */
interface CompareAnswer {
  info: Extract<BagInfo, { status: 'ready' }>
  reply: FitReply
  container: FitContainer
}

type AsyncAnswer<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; value: T }

interface CatalogState {
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
  /** Parts of the opening link that were left out, in words. */
  linkNotes: string[]
  /** Every catalog bag's verdict on the picked things ("Which bags fit my things?"). */
  which: AsyncAnswer<WhichBagsReply>
  /** The second bag of the comparison, packed with the same things. */
  compared: AsyncAnswer<CompareAnswer>

  loadCatalog(): Promise<void>
  chooseBag(choice: BagChoice | null): void
  addItem(id: string, count?: number): void
  /** Sets how many of a picked catalog item (by catalog id); false, with nothing changed, outside 1 to 99. */
  setCount(id: string, count: number): boolean
  removeItem(id: string): void
  /** Puts a picked catalog item in its standard case (true), in the catalog case of that id, or takes it out (false). */
  setInCase(id: string, inCase: boolean | string): void
  /** Marks a picked thing (by its fit id) as one that must come, or not. */
  setMust(fitId: string, must: boolean): void
  /** The second bag of the comparison (a catalog id), or none. */
  setCompare(id: string | null): void
  runWhichBags(): Promise<void>
  runCompare(): Promise<void>
  dismissLinkNotes(): void
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
  /** The price in US dollars where the catalog converted it. */
  priceConverted: Bag['priceConverted'] | null
}

export interface StoreOptions {
  api: Api
  /** Parts of the opening link that were left out (from `decodeShareLink`). */
  linkNotes?: string[]
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

export function createAppStore({ api, storage = null, language = 'en', initial = emptyShareState(), debounceMs = 150, linkNotes = [] }: StoreOptions) {
  // Request counters: an answer is kept only if no newer request of its kind was made since.
  let bagToken = 0
  let fitToken = 0
  let carryToken = 0
  let styleToken = 0
  let whichToken = 0
  let compareToken = 0
  let whichTimer: ReturnType<typeof setTimeout> | undefined
  let whichAbort: AbortController | undefined
  /** The request body the bag list was asked (or is being asked) for, or null: a list for other things is stale. */
  let whichFor: string | null = null
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
                id: record.id,
                record,
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
      const { bagInfo, bag } = get()
      const items = get().picked()
      // The comparison was for the old choices; the bag list only if the things changed (it holds every bag).
      set({ compared: { status: 'idle' } })
      if (whichFor !== JSON.stringify(whichBody())) {
        whichToken++
        whichAbort?.abort()
        whichFor = null
        set({ which: { status: 'idle' } })
        if (get().view === 'bags') scheduleWhich()
      }
      if (bagInfo.status !== 'ready' || items.length === 0) {
        set({ fit: { status: 'idle' }, carry: { status: 'idle' }, advice: { status: 'idle' } })
        return
      }
      // The plan and the advice were for the old choices: they are asked again when their panel shows.
      set({ fit: { status: 'checking' }, carry: { status: 'idle' }, advice: { status: 'idle' } })
      const byId = bag?.kind === 'catalog' && items.every((i) => !i.isOwn) ? bag.id : null
      fitTimer = setTimeout(() => void checkFit(token, bagInfo.container, bagInfo.label, items, byId), debounceMs)
    }

    /** What "Which bags fit?" asks the server: the things (catalog ones by id, in their case) and the outfit. */
    function whichBody(): WhichBagsBody {
      const items = get().picked()
      const refs = catalogRefs(get().items, items.filter((i) => !i.isOwn))
      const own = items.filter((i) => i.isOwn).map((i) => ({ id: i.id, size: i.sizeMm, count: i.count }))
      const { style } = get()
      return { items: [...refs, ...own], style: { colour: style.colour, outfit: outfitOf(style), occasion: style.occasion } }
    }

    function scheduleWhich(): void {
      clearTimeout(whichTimer)
      whichTimer = setTimeout(() => void get().runWhichBags(), debounceMs)
    }

    /** Runs what the open panel needs and has not got yet (a shared link opens on any panel). */
    function runView(): void {
      const { view, carry, advice, explorer, which, compared } = get()
      if (view === 'carry' && carry.status === 'idle') void get().runCarry()
      if (view === 'style' && advice.status === 'idle') void get().runStyle()
      if (view === 'catalog' && explorer.status === 'idle') void get().loadExplorer()
      if (view === 'bags' && which.status === 'idle') void get().runWhichBags()
      if (view === 'compare' && compared.status === 'idle') void get().runCompare()
    }

    /** The fit of `items` in `container`: by catalog ids when the bag and every thing are from the catalog (a bag verdict). */
    async function askFit(container: FitContainer, items: PickedItem[], bagId: string | null): Promise<FitReply> {
      const raw = () => api.fit(container, items.map((i): FitItemBody => ({ id: i.id, size: i.sizeMm, count: i.count })))
      if (bagId === null) return raw()
      // The server grows a thing by its case (`ID+case`), turns and squeezes it as the catalog says.
      return api.fitBag(bagId, catalogRefs(get().items, items))
    }

    async function checkFit(token: number, container: FitContainer, label: string, items: PickedItem[], bagId: string | null): Promise<void> {
      const kinds = items.map((i) => i.id)
      try {
        const reply = await askFit(container, items, bagId)
        if (token !== fitToken) return
        const needsLeaveOut = reply.status !== 'fits'
        set({ fit: { status: 'done', reply, container, kinds, leaveOut: { status: needsLeaveOut ? 'checking' : 'none' } } })
        if (needsLeaveOut) {
          // The carry planner with the bag as the only piece says what to leave out, most important kept.
          try {
            const plan = await api.plan({ items: planItems(items, get().items, get().must), containers: [bagContainer(container, label)], options: PLAN_LIMITS })
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
      runView()
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
      linkNotes,
      which: { status: 'idle' },
      compared: { status: 'idle' },

      async loadCatalog() {
        set({ catalog: { ...get().catalog, status: 'loading' } })
        try {
          const [bags, items, kits] = await Promise.all([api.listBags(), api.listItems(), api.listKits()])
          set({ catalog: { status: 'ready', bags, items, kits } })
        } catch (error) {
          set({ catalog: { status: 'error', bags: [], items: [], kits: [], message: messageOf(error) } })
        }
        await resolveBag()
        runView()
      },

      chooseBag(choice) {
        set({ bag: choice, carry: { status: 'idle' }, advice: { status: 'idle' } })
        void resolveBag()
      },

      addItem(id, count = 1) {
        const items = get().items
        const at = items.findIndex((i) => i.id === id)
        set({ items: at >= 0 ? items.map((i, k) => (k === at ? { ...i, count: Math.min(MAX_COUNT, i.count + count) } : i)) : [...items, { id, count }] })
        scheduleFit()
      },

      setCount(id, count) {
        if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return false
        set({ items: get().items.map((i) => (i.id === id ? { ...i, count } : i)) })
        scheduleFit()
        return true
      },

      removeItem(id) {
        const gone = get().items.find((i) => i.id === id)
        set({ items: get().items.filter((i) => i.id !== id), must: gone ? get().must.filter((m) => m !== fitIdOf(gone)) : get().must })
        scheduleFit()
      },

      setInCase(id, inCase) {
        const items = get().items.map((i): PickedRef => {
          if (i.id !== id) return i
          const { case: _, ...bare } = i
          return inCase === false ? bare : { ...bare, case: inCase }
        })
        // A must-have stays one in or out of its case.
        const was = get().items.find((i) => i.id === id)
        const now = items.find((i) => i.id === id)
        const must = was && now ? get().must.map((m) => (m === fitIdOf(was) ? fitIdOf(now) : m)) : get().must
        set({ items, must })
        scheduleFit()
      },

      setMust(fitId, must) {
        const others = get().must.filter((m) => m !== fitId)
        set({ must: must ? [...others, fitId] : others, carry: { status: 'idle' } })
        if (get().view === 'carry') void get().runCarry()
      },

      setCompare(id) {
        set({ compare: id, compared: { status: 'idle' } })
        if (get().view === 'compare') void get().runCompare()
      },

      dismissLinkNotes() {
        set({ linkNotes: [] })
      },

      async runWhichBags() {
        const token = ++whichToken
        const items = get().picked()
        if (items.length === 0 || get().catalog.status !== 'ready') {
          whichFor = null
          set({ which: { status: 'idle' } })
          return
        }
        // One list at a time: a run asked for now replaces one waiting to start and one under way (the server stops it).
        clearTimeout(whichTimer)
        whichAbort?.abort()
        const abort = new AbortController()
        whichAbort = abort
        const body = whichBody()
        whichFor = JSON.stringify(body)
        set({ which: { status: 'loading' } })
        try {
          const value = await api.whichBags(body, abort.signal)
          if (token === whichToken) set({ which: { status: 'done', value } })
        } catch (error) {
          if (token === whichToken) {
            whichFor = null
            set({ which: { status: 'error', message: messageOf(error) } })
          }
        }
      },

      async runCompare() {
        const token = ++compareToken
        const { compare } = get()
        const items = get().picked()
        if (compare === null || items.length === 0) {
          set({ compared: { status: 'idle' } })
          return
        }
        set({ compared: { status: 'loading' } })
        try {
          const { bag: record, room } = await api.getBag(compare)
          if (token !== compareToken) return
          if (room.kind === 'unknown') {
            set({ compared: { status: 'error', message: `${bagLabel(record)}: ${room.reason}, so it cannot be compared.` } })
            return
          }
          const info = readyInfo(record, room)
          const reply = await askFit(room.container, items, items.every((i) => !i.isOwn) ? compare : null)
          if (token === compareToken) set({ compared: { status: 'done', value: { info, reply, container: room.container } } })
        } catch (error) {
          if (token === compareToken) set({ compared: { status: 'error', message: messageOf(error) } })
        }
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
        if (get().own.some((o) => o.name.toLowerCase() === name.toLowerCase())) {
          set({ ownError: `You already have a thing called “${name}”: give this one another name.` })
          return false
        }
        const read = readSize(spec.size, get().unit, 'width × height × depth', 'thing')
        if (!read.ok) {
          set({ ownError: read.message })
          return false
        }
        if (!Number.isInteger(spec.count) || spec.count < 1 || spec.count > MAX_COUNT) {
          set({ ownError: `How many: a whole number from 1 to ${MAX_COUNT}.` })
          return false
        }
        set({ own: [...get().own, { name, size: spec.size.trim(), count: spec.count }], ownError: null })
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
        runView()
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
          const value = await api.plan({ items: planItems(items, get().items, get().must), containers, options: PLAN_LIMITS })
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
              if (room.kind === 'derived')
                rows.push({
                  id: bag.id,
                  label: bagLabel(bag),
                  shortLabel: shortBagLabel(bag),
                  volumeMl: room.volumeMl,
                  price: bag.price,
                  pricePerMl: room.pricePerMl,
                  priceConverted: bag.priceConverted ?? null,
                })
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
        const body: StyleBody = { outfit: outfitOf(style), occasion: style.occasion }
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
export function shareStateOf({ bag, items, must, compare, own, view, exploded, style, companions }: ShareState): ShareState {
  return { bag, items, must, compare, own, view, exploded, style, companions }
}

/** The outfit the advisor is asked about: the garments picked, the top taking the largest share. */
function outfitOf(style: ShareState['style']): StyleBody['outfit'] & { garments: { colour: string; fit: string; share: number }[] } {
  const garments = style.wear.map((g, i) => ({
    name: ['top', 'bottoms', 'coat'][i] ?? 'garment',
    colour: g.colour,
    fit: g.fit,
    ...(i === 2 ? { layer: 'outer' as const } : {}),
    share: i === 0 ? 0.55 : 0.45 / Math.max(1, style.wear.length - 1),
  }))
  return { garments }
}

/** The ready bag of a catalog record and its derived room. */
function readyInfo(record: Bag, room: Extract<BagRoom, { kind: 'derived' }>): Extract<BagInfo, { status: 'ready' }> {
  const e = record.exteriorMm
  return {
    status: 'ready',
    id: record.id,
    record,
    label: bagLabel(record),
    shape: record.shape ?? 'box',
    exteriorMm: [e.w ?? 0, e.h ?? 0, e.d ?? 0],
    container: room.container,
    volumeMl: room.volumeMl,
    price: record.price,
    pricePerMl: room.pricePerMl,
    explanation: room.explanation,
  }
}

/** The picked catalog things as the API takes them by id (in their case where asked). */
function catalogRefs(refs: readonly PickedRef[], picked: readonly PickedItem[]): CatalogItemRef[] {
  return picked
    .filter((p) => !p.isOwn)
    .map((p) => {
      const ref = refs.find((r) => r.id === p.catalogId)
      return { id: p.catalogId!, count: p.count, ...(p.inCase !== null && ref?.case !== undefined && { case: ref.case }) }
    })
}

/**
 * The catalog case a thing of `category` goes in, chosen as the server chooses it (`+case`: the one marked standard
 * for the category, else its first; `+CASE_ID`: that case, if it is for the category). Its `caseAddsMm` is what the
 * catalog says the case adds; the page uses it only to draw and list the thing, and for bags typed by hand.
 */
export function caseFor(catalogItems: readonly Item[], category: string, caseId: true | string): Item | null {
  const cases = catalogItems.filter((i) => i.category === 'case' && i.caseAddsMm && i.details?.caseFor === category)
  if (caseId !== true) return cases.find((c) => c.id === caseId) ?? null
  return cases.find((c) => c.details?.isStandardCase === true) ?? cases[0] ?? null
}

/**
 * What kind of case a catalog case is, for a thing's name: '' for its category's standard case, else its name's
 * words after the first comma, without notes ("Phone case, slim (typical)" is "slim").
 */
export function caseWords(c: Item): string {
  if (c.details?.isStandardCase === true) return ''
  const kind = c.name.replace(/\s*\([^)]*\)/g, '').split(',').slice(1).join(',').trim()
  return kind === '' ? shortName(c.name) : kind
}

/** How many bag look-ups the explorer runs at once. */
const EXPLORER_PARALLEL = 6

/**
 * The picked things with their sizes, in colour order: catalog items first, then things typed by hand (`own-1`...).
 * Catalog items without a full size and typed things whose size cannot be read are left out.
 */
export function pickedItems(catalogItems: readonly Item[], items: ShareState['items'], own: readonly OwnItemSpec[], unit: Unit): PickedItem[] {
  const out: PickedItem[] = []
  for (const ref of items) {
    const item = catalogItems.find((i) => i.id === ref.id)
    const { w, h, d } = item?.dimsMm ?? { w: null, h: null, d: null }
    if (!item || w === null || h === null || d === null) continue
    let sizeMm: Vec3 = [w, d, h]
    let inCase: string | null = null
    if (ref.case !== undefined) {
      // In its case: the thing grows by what the case adds to each side (CONTRACTS.md).
      const c = caseFor(catalogItems, item.category, ref.case)
      const adds = c?.caseAddsMm
      if (c && adds) {
        sizeMm = [w + (adds.w ?? 0), d + (adds.d ?? 0), h + (adds.h ?? 0)]
        inCase = caseWords(c)
      }
    }
    const id = inCase !== null ? fitIdOf(ref) : ref.id
    // "Apple iPhone 15 in its case"; a case other than the standard one says which ("in its case (slim)").
    const label = shortName(item.name) + (inCase === null ? '' : inCase === '' ? ' in its case' : ` in its case (${inCase})`)
    out.push({ id, name: item.name, label, category: item.category, shape: item.shape, count: ref.count, sizeMm, isOwn: false, catalogId: item.id, inCase })
  }
  own.forEach((o, i) => {
    const read = readSize(o.size, unit, 'width × height × depth', 'thing')
    if (!read.ok) return
    const [w, h, d] = read.sizeMm
    out.push({ id: `own-${i + 1}`, name: o.name, label: o.name, category: 'other', shape: 'box', count: o.count, sizeMm: [w, d, h], isOwn: true, catalogId: null, inCase: null })
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
      id: null,
      record: null,
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
  return `${brandAndModel(bag)}${size ? ` (${size})` : ''}`
}

/** `Dior Lady Dior`; a model named with its brand is not named twice (`Dior Toujours`, not `Dior Dior Toujours`). */
function brandAndModel(bag: Pick<Bag, 'brand' | 'model'>): string {
  return bag.model.toLowerCase().startsWith(`${bag.brand.toLowerCase()} `) ? bag.model : `${bag.brand} ${bag.model}`
}

/** A bag's name for tight places (chart labels): brand, model and size, with every parenthesised note dropped. */
export function shortBagLabel(bag: Pick<Bag, 'brand' | 'model' | 'sizeName'>): string {
  return [withoutNotes(brandAndModel(bag)), bag.sizeName ? withoutNotes(bag.sizeName) : ''].filter(Boolean).join(' ')
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

/**
 * The things as the planner takes them: catalog things by id (in their case where asked, so the server sizes them
 * as it does for a fit), things typed by hand by their size.
 */
function planItems(items: PickedItem[], refs: readonly PickedRef[], must: readonly string[]): PlanItemBody[] {
  return items.map((i) => {
    const ref = i.isOwn ? undefined : refs.find((r) => r.id === i.catalogId)
    const what = ref
      ? { id: ref.id, ...(i.inCase !== null && ref.case !== undefined && { case: ref.case }) }
      : { id: i.id, size: i.sizeMm, category: CARRY_CATEGORIES.has(i.category) ? i.category : 'other' }
    return { ...what, name: i.label, count: i.count, ...(must.includes(i.id) && { mustHave: true }) }
  })
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
