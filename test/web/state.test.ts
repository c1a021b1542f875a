import { describe, expect, test, vi } from 'vitest'
import { bagInterior } from '../../src/bag/index.js'
import { fit } from '../../src/pack/index.js'
import type { Api } from '../../web/src/data/api.js'
import { ApiError } from '../../web/src/data/api.js'
import type { Bag, BagWithRoom, FitReply, Item, Kit, PlanReply } from '../../web/src/data/types.js'
import { shortName } from '../../web/src/state/names.js'
import { decodeShareState, emptyShareState, encodeShareState, type ShareState } from '../../web/src/state/share-url.js'
import { bagLabel, createAppStore, shortBagLabel, typedBag, type AppStore } from '../../web/src/state/store.js'
import { formatIn, formatSizeIn, initialUnit, readSize, UNIT_KEY } from '../../web/src/state/units.js'
import { ellipsis, wrapLines } from '../../web/src/ui/share-image.js'
import { listWords, plainReason } from '../../web/src/ui/words.js'

/**
 * The page's state without a browser: the share link, units, and the store driven through a fake API that answers
 * fits with the real engine, so the store is tested the way the page uses it (tldraw's TestEditor is the model).
 */

const LADY_DIOR_MICRO: Bag = {
  id: 'dior-lady-dior-micro',
  brand: 'Dior',
  model: 'Lady Dior',
  sizeName: 'Micro',
  exteriorMm: { w: 120, h: 100, d: 50 },
  interiorMm: null,
  dimsStatus: 'sourced',
  shape: 'box',
  closure: null,
  material: null,
  strap: null,
  price: { amount: 3500, amountMax: null, currency: 'USD', year: 2021 },
  yearIntroduced: null,
  isReferenceOnly: false,
  strapLengthMm: null,
  sources: [],
  notes: '',
}
const NO_DEPTH: Bag = { ...LADY_DIOR_MICRO, id: 'no-depth', model: 'Flat', sizeName: null, exteriorMm: { w: 120, h: 60, d: null } }
const item = (id: string, name: string, category: string, w: number, h: number, d: number | null): Item => ({
  id,
  name,
  category,
  dimsMm: { w, h, d },
  dimsStatus: 'typical',
  shape: 'box',
  weightG: null,
})
const ITEMS: Item[] = [
  item('lipstick', 'Lipstick, full-size bullet case (typical size)', 'cosmetics', 22, 75, 22),
  item('iso-7810-id1-card', 'Payment / ID card (ISO/IEC 7810 ID-1)', 'card', 85.6, 53.98, 0.76),
  item('apple-iphone-15', 'Apple iPhone 15', 'phone', 71.6, 147.6, 7.8),
  item('passport', 'Passport', 'card', 125, 88, null),
]
const KITS: Kit[] = [{ id: 'lipstick-and-card', name: 'A lipstick and a card', description: '', items: [{ itemId: 'iso-7810-id1-card', count: 1 }, { itemId: 'lipstick', count: 1 }] }]

/** An API over the fixtures: bags through the bag layer, fits through the engine, a plan that leaves out the largest. */
function fakeApi(overrides: Partial<Api> = {}): Api & { calls: string[] } {
  const calls: string[] = []
  const api: Api & { calls: string[] } = {
    calls,
    listBags: async () => [LADY_DIOR_MICRO, NO_DEPTH],
    listItems: async () => ITEMS,
    listKits: async () => KITS,
    getBag: async (id): Promise<BagWithRoom> => {
      calls.push(`getBag ${id}`)
      if (id === NO_DEPTH.id) return { bag: NO_DEPTH, room: { kind: 'unknown', reason: 'no depth in the catalog (sourced)' } }
      if (id !== LADY_DIOR_MICRO.id) throw new ApiError(404, 'BAG_NOT_FOUND', `No bag has the id "${id}".`)
      const interior = bagInterior({ exteriorMm: { w: 120, h: 100, d: 50 }, shape: 'box' })
      return { bag: LADY_DIOR_MICRO, room: { kind: 'derived', container: interior.container, volumeMl: interior.volumeMl, pricePerMl: { amount: 7.36, currency: 'USD' }, explanation: interior.explanation } }
    },
    fit: async (container, items): Promise<FitReply> => {
      calls.push(`fit ${items.map((i) => `${i.id}*${i.count ?? 1}`).join(',')}`)
      return fit({ container, items })
    },
    plan: async (body): Promise<PlanReply> => {
      calls.push(`plan ${body.containers.length}`)
      const sorted = [...body.items].sort((a, b) => b.size[0] * b.size[1] * b.size[2] - a.size[0] * a.size[1] * a.size[2])
      const [largest, ...rest] = sorted
      return {
        status: 'some-left',
        exact: true,
        containers: [{ id: 'bag', kind: 'bag', name: 'bag', piece: 'bag', worn: false, contents: rest.map((r) => ({ id: r.id, count: r.count ?? 1 })), placements: [], problem: { container: { size: [1, 1, 1] } }, fill: 0.1 }],
        leftBehind: largest ? [{ id: largest.id, name: largest.name ?? largest.id, count: largest.count ?? 1, mustHave: false, reason: `The ${largest.id} does not fit.` }] : [],
        pieces: ['bag'],
        mustHaves: { carried: 0, total: 0 },
      }
    },
    style: async () => {
      throw new ApiError(503, 'SERVER_BUSY', 'Busy.')
    },
    ...overrides,
  }
  return api
}

function memoryStorage(): Storage {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size
    },
  }
}

/** Waits until the store's fit (and what to leave out) has settled. */
async function settled(store: AppStore): Promise<void> {
  await vi.waitFor(
    () => {
      const { fit: f, bagInfo } = store.getState()
      if (bagInfo.status === 'loading' || f.status === 'checking') throw new Error('still checking')
      if (f.status === 'done' && f.leaveOut.status === 'checking') throw new Error('still planning')
    },
    { timeout: 5000, interval: 5 },
  )
}

async function newStore(initial: Partial<ShareState> = {}, api = fakeApi(), storage = memoryStorage()) {
  const store = createAppStore({ api, storage, language: 'en-GB', initial: { ...emptyShareState(), ...initial }, debounceMs: 0 })
  await store.getState().loadCatalog()
  await settled(store)
  return { store, api, storage }
}

describe('share link', () => {
  test('a state survives encoding and decoding', () => {
    const state: ShareState = {
      bag: { kind: 'custom', size: '12x9x5cm', shape: 'trapezoid' },
      items: [
        { id: 'lipstick', count: 1 },
        { id: 'house-key', count: 2 },
      ],
      own: [{ name: 'Ring box', size: '5x5x4cm', count: 1 }],
      view: 'scale',
      exploded: true,
      style: {
        colour: 'hot pink',
        wear: [
          { colour: 'camel', fit: 'oversized' },
          { colour: 'rgb(31, 42, 68)', fit: 'fitted' },
        ],
        occasion: 'evening',
      },
      companions: ['pocket', 'tote'],
    }
    expect(decodeShareState(encodeShareState(state))).toEqual(state)
  })

  test('the defaults leave the link empty', () => {
    expect(encodeShareState(emptyShareState())).toBe('')
  })

  test('a catalog bag and counts read as ids with *N', () => {
    const q = encodeShareState({ ...emptyShareState(), bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'house-key', count: 2 }] })
    expect(q).toBe('bag=dior-lady-dior-micro&items=house-key*2')
  })

  test('reading is forgiving: bad parts are dropped, counts are clamped, unknown views ignored', () => {
    const s = decodeShareState('?items=Bad Id,lipstick*0,key*500,&view=nowhere&with=pocket,jetpack&own=~1x1x1~2|Box~~1')
    expect(s.items).toEqual([
      { id: 'lipstick', count: 1 },
      { id: 'key', count: 99 },
    ])
    expect(s.view).toBe('pack')
    expect(s.companions).toEqual(['pocket'])
    expect(s.own).toEqual([])
  })

  test('names with the separators in them do not break the link', () => {
    const state = { ...emptyShareState(), own: [{ name: 'a~b|c', size: '1x1x1cm', count: 3 }] }
    expect(decodeShareState(encodeShareState(state)).own).toEqual([{ name: 'a b c', size: '1x1x1cm', count: 3 }])
  })
})

describe('units', () => {
  test('readSize reads units and says how it read them', () => {
    const read = readSize('12x9x5cm', 'mm')
    expect(read).toMatchObject({ ok: true, sizeMm: [120, 90, 50], unit: 'cm' })
    expect(read.ok && read.said).toBe('Read as 120 × 90 × 50 mm (width × height × depth; cm).')
  })

  test('numbers without a unit are read in the preferred unit, and the message says so', () => {
    const read = readSize('4.7 x 3.5 x 2', 'in')
    expect(read).toMatchObject({ ok: true, sizeMm: [119.38, 88.9, 50.8] })
    expect(read.ok && read.said).toContain('in, your unit')
  })

  test('bad sizes come back with a message, never a throw', () => {
    expect(readSize('', 'cm')).toEqual({ ok: false, message: 'Type three sizes, e.g. 12x9x5cm.' })
    expect(readSize('12x9', 'cm')).toMatchObject({ ok: false, message: expect.stringContaining('Cannot read "12x9" as a size') })
    expect(readSize('12x9x5 furlongs', 'cm')).toMatchObject({ ok: false, message: expect.stringContaining('Unknown unit "furlongs"') })
    expect(readSize('12x0x5', 'cm')).toMatchObject({ ok: false, message: expect.stringContaining('more than 0') })
  })

  test('formatIn shows two decimals below 1 and one above', () => {
    expect(formatIn(120, 'cm')).toBe('12 cm')
    expect(formatIn(0.76, 'cm')).toBe('0.08 cm')
    expect(formatIn(0.76, 'in')).toBe('0.03 in')
    expect(formatIn(147.6, 'in')).toBe('5.8 in')
    expect(formatSizeIn([120, 90, 50], 'cm')).toBe('12 × 9 × 5 cm')
  })

  test('initialUnit prefers what was remembered, then inches for US English, else centimetres', () => {
    const storage = memoryStorage()
    expect(initialUnit(storage, 'en-US')).toBe('in')
    expect(initialUnit(storage, 'fr-FR')).toBe('cm')
    storage.setItem(UNIT_KEY, 'mm')
    expect(initialUnit(storage, 'en-US')).toBe('mm')
    storage.setItem(UNIT_KEY, 'furlong')
    expect(initialUnit(storage, 'de')).toBe('cm')
  })
})

describe('typedBag', () => {
  test('works out the inside with the bag layer', () => {
    const bag = typedBag('12x10x5cm', 'box', 'mm')
    expect(bag.status).toBe('ready')
    if (bag.status === 'ready') {
      expect(bag.exteriorMm).toEqual([120, 100, 50])
      expect(bag.container.size).toEqual(bagInterior({ exteriorMm: { w: 120, h: 100, d: 50 }, shape: 'box' }).container.size)
    }
  })

  test('a bag whose walls leave no room says so', () => {
    const bag = typedBag('1x1x0.4cm', 'box', 'mm')
    expect(bag).toMatchObject({ status: 'error', message: expect.stringContaining('depth') })
  })
})

describe('createAppStore', () => {
  test('a catalog bag with things that fit gets a fits answer, with colours in the order picked', async () => {
    const { store, api } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' } })
    store.getState().addKit('lipstick-and-card')
    await settled(store)
    const { fit: f } = store.getState()
    expect(f.status).toBe('done')
    if (f.status !== 'done') return
    expect(f.reply.status).toBe('fits')
    expect(f.kinds).toEqual(['iso-7810-id1-card', 'lipstick'])
    expect(f.leaveOut.status).toBe('none')
    expect(api.calls).toContain('fit iso-7810-id1-card*1,lipstick*1')
  })

  test('when things do not fit, the planner is asked what to leave out', async () => {
    const { store, api } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'apple-iphone-15', count: 1 }, { id: 'lipstick', count: 1 }] })
    const f = store.getState().fit
    expect(f.status === 'done' && f.reply.status).toBe('does-not-fit')
    expect(f.status === 'done' && f.leaveOut).toMatchObject({ status: 'done', left: [{ id: 'apple-iphone-15', count: 1 }] })
    expect(api.calls).toContain('plan 1')
  })

  test('counts change with setCount and an item goes at 0', async () => {
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }] })
    store.getState().setCount('lipstick', 3)
    expect(store.getState().items).toEqual([{ id: 'lipstick', count: 3 }])
    store.getState().setCount('lipstick', 0)
    expect(store.getState().items).toEqual([])
    await settled(store)
    expect(store.getState().fit.status).toBe('idle')
  })

  test('catalog items without a full size are left out of the check', async () => {
    const { store } = await newStore({ items: [{ id: 'passport', count: 1 }, { id: 'lipstick', count: 1 }] })
    expect(store.getState().picked().map((p) => p.id)).toEqual(['lipstick'])
    expect(store.getState().picked()[0]!.label).toBe('Lipstick')
  })

  test('a catalog bag without a depth explains why and suggests typing the size', async () => {
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'no-depth' } })
    expect(store.getState().bagInfo).toMatchObject({ status: 'error', message: expect.stringContaining('no depth in the catalog') })
  })

  test('an unknown bag id from a link shows the API message', async () => {
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'nope' } })
    expect(store.getState().bagInfo).toEqual({ status: 'error', message: 'No bag has the id "nope".' })
  })

  test('a typed bag in the preferred unit is read again when the unit changes', async () => {
    const { store, storage } = await newStore({ bag: { kind: 'custom', size: '12x10x5', shape: 'box' } })
    const before = store.getState().bagInfo
    expect(before.status === 'ready' && before.exteriorMm).toEqual([120, 100, 50])
    store.getState().setUnit('mm')
    await settled(store)
    const after = store.getState().bagInfo
    expect(after).toMatchObject({ status: 'error', message: expect.stringContaining('walls') })
    expect(storage.getItem(UNIT_KEY)).toBe('mm')
  })

  test('things typed by hand are checked before they are added', async () => {
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' } })
    expect(store.getState().addOwn({ name: 'Ring box', size: '5x5', count: 1 })).toBe(false)
    expect(store.getState().ownError).toContain('Cannot read "5x5" as a size')
    expect(store.getState().addOwn({ name: ' ', size: '5x5x4cm', count: 1 })).toBe(false)
    expect(store.getState().addOwn({ name: 'Ring box', size: '5x5x4cm', count: 2 })).toBe(true)
    expect(store.getState().ownError).toBeNull()
    await settled(store)
    const f = store.getState().fit
    expect(f.status === 'done' && f.reply.status).toBe('fits')
    expect(store.getState().picked()).toMatchObject([{ id: 'own-1', name: 'Ring box', count: 2, sizeMm: [50, 40, 50], isOwn: true }])
  })

  test('only the newest fit answer is kept', async () => {
    let release: () => void = () => {}
    const slow = fakeApi()
    const realFit = slow.fit
    // The first fit asked hangs until released, then answers for what was asked then.
    let firstAnswer: ReturnType<typeof realFit> | undefined
    slow.fit = (container, items) => {
      if (firstAnswer) return realFit(container, items)
      firstAnswer = new Promise<void>((resolve) => (release = resolve)).then(() => realFit(container, items))
      return firstAnswer
    }
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' } }, slow)
    store.getState().addItem('apple-iphone-15')
    await vi.waitFor(() => expect(firstAnswer).toBeDefined())
    store.getState().removeItem('apple-iphone-15')
    store.getState().addItem('lipstick')
    await vi.waitFor(() => expect(store.getState().fit.status).toBe('done'))
    release()
    // The old answer arrives last; once it has, and the store has had a turn to take it, the newest must stand.
    await firstAnswer
    await new Promise((r) => setImmediate(r))
    const f = store.getState().fit
    expect(f.status === 'done' && f.kinds).toEqual(['lipstick'])
    expect(f.status === 'done' && f.reply.status).toBe('fits')
  })

  test('an API failure becomes a message on the page, not a crash', async () => {
    const { store } = await newStore(
      { bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }] },
      fakeApi({ fit: async () => Promise.reject(new ApiError(503, 'SERVER_BUSY', 'The solver is busy: try again in a moment.')) }),
    )
    expect(store.getState().fit).toEqual({ status: 'error', message: 'The solver is busy: try again in a moment.' })
    await store.getState().runStyle()
    expect(store.getState().advice).toEqual({ status: 'error', message: 'Busy.' })
  })

  test('the explorer lists every bag whose inside can be worked out', async () => {
    const { store } = await newStore()
    await store.getState().loadExplorer()
    const explorer = store.getState().explorer
    expect(explorer.status).toBe('done')
    expect(explorer.status === 'done' && explorer.value.map((r) => r.id)).toEqual(['dior-lady-dior-micro'])
  })
})

describe('words', () => {
  test('plainReason names things and converts millimetres to the reader’s unit', () => {
    const names = new Map([
      ['apple-iphone-15', 'Apple iPhone 15'],
      ['apple-iphone-15-pro', 'Apple iPhone 15 Pro'],
    ])
    const reason = "The apple-iphone-15's 147.6 mm exceeds every side of the 114.2 × 44.2 × 94.2 mm interior; apple-iphone-15-pro too."
    expect(plainReason(reason, names, 'cm')).toBe("The Apple iPhone 15's 14.8 cm exceeds every side of the 11.4 × 4.4 × 9.4 cm interior; Apple iPhone 15 Pro too.")
    expect(plainReason('The items need 702.3 ml, the interior holds 475.5 ml.', names, 'in')).toBe('The items need 702.3 ml, the interior holds 475.5 ml.')
  })

  test('listWords joins with commas and "and"', () => {
    expect(listWords(['a'])).toBe('a')
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c')
  })

  test('shortName keeps what people call a thing', () => {
    expect(shortName('Lipstick, full-size bullet case (typical size)')).toBe('Lipstick')
    expect(shortName("Payment / ID card (ISO/IEC 7810 ID-1, 'CR80')")).toBe('Payment / ID card')
    expect(shortName('Apple iPhone 15')).toBe('Apple iPhone 15')
  })

  test('bag labels drop the catalog’s notes', () => {
    const birkin = { brand: 'Hermès', model: 'Birkin', sizeName: '35 (the size made for Jane Birkin per Lilac Blue)' }
    expect(bagLabel(birkin)).toBe('Hermès Birkin (35)')
    expect(shortBagLabel({ brand: 'Louis Vuitton', model: 'Lipstick case (Monogram canvas, on chain)', sizeName: 'Micro' })).toBe('Louis Vuitton Lipstick case Micro')
  })

  test('wrapLines and ellipsis keep text within a width', () => {
    const measure = (t: string) => t.length * 10
    expect(wrapLines(measure, 'Yes, it all fits in the bag.', 120)).toEqual(['Yes, it all', 'fits in the', 'bag.'])
    expect(ellipsis(measure, 'Dior Lady Dior (Micro)', 100)).toBe('Dior Lady…')
  })
})
