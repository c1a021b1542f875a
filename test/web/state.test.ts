import { describe, expect, test, vi } from 'vitest'
import { bagInterior } from '../../src/bag/index.js'
import { fit } from '../../src/pack/index.js'
import type { Api } from '../../web/src/data/api.js'
import { ApiError } from '../../web/src/data/api.js'
import type { Bag, BagWithRoom, FitReply, Item, Kit, PlanReply, WhichBagsReply, WhichBagsVerdict } from '../../web/src/data/types.js'
import { carryingOf, bagTopMm, BODY_SHARE, TYPICAL_STRAP_DROP_MM } from '../../web/src/scene/carrying.js'
import { shortName } from '../../web/src/state/names.js'
import { readHeight } from '../../web/src/state/prefs.js'
import { decodeShareLink, decodeShareState, emptyShareState, encodeShareState, readCount, type ShareState } from '../../web/src/state/share-url.js'
import { bagLabel, createAppStore, shortBagLabel, typedBag, type AppStore } from '../../web/src/state/store.js'
import { formatIn, formatSizeIn, initialUnit, readSize, UNIT_KEY } from '../../web/src/state/units.js'
import { planHeadline } from '../../web/src/ui/CarryPanel.js'
import { ellipsis, wrapLines } from '../../web/src/ui/share-image.js'
import { colourHex, plainStyleWords } from '../../web/src/ui/StylePanel.js'
import { filterBags, orderBags } from '../../web/src/ui/WhichBags.js'
import { closenessWords, displayName, listWords, plainExplanation, plainReason } from '../../web/src/ui/words.js'

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
  {
    ...item('phone-case-standard', 'Phone case, standard (typical size)', 'case', 2, 2, 1.5),
    caseAddsMm: { w: 2, h: 2, d: 1.5 },
    details: { caseFor: 'phone', isStandardCase: true },
  },
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
    fitBag: async (bagId, refs) => {
      calls.push(`fitBag ${bagId} ${refs.map((r) => `${r.id}${r.case ? '+case' : ''}*${r.count}`).join(',')}`)
      const { room } = await api.getBag(bagId)
      if (room.kind !== 'derived') throw new ApiError(400, 'INVALID_BAG', 'no room')
      const items = refs.map((r) => {
        const { w, h, d } = ITEMS.find((i) => i.id === r.id)!.dimsMm
        const size: [number, number, number] = r.case ? [w! + 2, d! + 1.5, h! + 2] : [w!, d!, h!]
        return { id: r.case ? `${r.id}+case` : r.id, size, count: r.count }
      })
      const answer = fit({ container: room.container, items })
      // A bag verdict: with closeness, as CONTRACTS.md gives it.
      return { ...answer, container: room.container, closeness: { marginMm: answer.status === 'fits' ? 2 : -3.4, uncertaintyMm: 3.2, closeCall: answer.status === 'fits', words: '' } }
    },
    whichBags: async (body): Promise<WhichBagsReply> => {
      calls.push(`whichBags ${body.items.map((i) => `${i.id}*${i.count ?? 1}`).join(',')}${body.style ? ' style' : ''}`)
      return { items: [], counts: { fits: 0, doesNotFit: 0, unknown: 0, unknownSize: 0, total: 0 }, results: [] }
    },
    plan: async (body): Promise<PlanReply> => {
      calls.push(`plan ${body.containers.length}`)
      // Catalog things come by id (in their case where asked), sized here as the server sizes them.
      const sized = body.items.map((i) => {
        if (i.size) return { ...i, size: i.size }
        const { w, h, d } = ITEMS.find((c) => c.id === i.id)!.dimsMm
        const size: [number, number, number] = i.case ? [w! + 2, d! + 1.5, h! + 2] : [w!, d!, h!]
        return { ...i, id: i.case ? `${i.id}+case` : i.id, size }
      })
      const sorted = sized.sort((a, b) => b.size[0] * b.size[1] * b.size[2] - a.size[0] * a.size[1] * a.size[2])
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
      must: ['lipstick'],
      compare: 'coach-tabby-20',
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

  test('reading is forgiving, and says what it left out: bad ids and counts outside 1 to 99 are dropped, not changed', () => {
    const { state: s, notes } = decodeShareLink('?items=Bad Id,lipstick*0,key*500,comb*-3,pen*e,card*2,&view=nowhere&with=pocket,jetpack&own=~1x1x1~2|Box~~1|Ring~5x5x4cm~1000')
    expect(s.items).toEqual([{ id: 'card', count: 2 }])
    expect(s.view).toBe('pack')
    expect(s.companions).toEqual(['pocket'])
    expect(s.own).toEqual([])
    expect(notes).toHaveLength(6)
    expect(notes.join(' ')).toContain('“lipstick*0”')
    expect(notes.join(' ')).toContain('“key*500”')
    expect(notes.join(' ')).toContain('Ring')
    expect(decodeShareState('?items=apple-iphone-15+case,lipstick').items).toEqual([{ id: 'apple-iphone-15', count: 1, case: true }, { id: 'lipstick', count: 1 }])
  })

  test('counts typed by people are whole numbers from 1 to 99', () => {
    expect(readCount('3')).toEqual({ ok: true, count: 3 })
    for (const bad of ['0', '-3', 'e', '1000', '2.5', '']) expect(readCount(bad)).toMatchObject({ ok: false, message: expect.stringContaining('1 to 99') })
    expect(readCount('e')).toMatchObject({ message: expect.stringContaining('"e"') })
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

  test('sizes no bag or thing has are refused, and a decimal comma gets a hint', () => {
    expect(readSize('99999x9x5cm', 'cm')).toMatchObject({ ok: false, message: expect.stringContaining('too big for a bag') })
    expect(readSize('10x5x2m', 'cm', undefined, 'thing')).toMatchObject({ ok: false, message: expect.stringMatching(/"10x5x2m" is 1000 cm .*too big for a thing to carry/) })
    expect(readSize('12,5x9x5cm', 'cm')).toEqual({ ok: false, message: 'Cannot read "12,5x9x5cm": use a point for decimals, e.g. 12.5x9x5cm.' })
    expect(readSize('60x40x20cm', 'cm')).toMatchObject({ ok: true })
    expect(readSize('61x10x10cm', 'cm', undefined, 'thing')).toMatchObject({ ok: false })
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
    // A catalog bag with catalog things is asked by id, so the answer is the bag verdict (with its closeness).
    expect(api.calls).toContain('fitBag dior-lady-dior-micro iso-7810-id1-card*1,lipstick*1')
    expect(f.reply.closeness).toMatchObject({ marginMm: 2, closeCall: true })
  })

  test('a thing typed by hand goes with the bag as a fit problem', async () => {
    const { store, api } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }], own: [{ name: 'Ring box', size: '5x5x4cm', count: 1 }] })
    expect(store.getState().fit.status).toBe('done')
    expect(api.calls).toContain('fit lipstick*1,own-1*1')
  })

  test('a phone in its case grows by the standard case, and the link says +case', async () => {
    const { store, api } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'apple-iphone-15', count: 1 }] })
    store.getState().setInCase('apple-iphone-15', true)
    await settled(store)
    const phone = store.getState().picked()[0]!
    expect(phone).toMatchObject({ id: 'apple-iphone-15+case', sizeMm: [73.6, 9.3, 149.6], inCase: '', label: 'Apple iPhone 15 in its case' })
    expect(api.calls).toContain('fitBag dior-lady-dior-micro apple-iphone-15+case*1')
    expect(encodeShareState(store.getState().shareState())).toContain('items=apple-iphone-15%2Bcase')
  })

  test('a thing in its case is sized by the server: the fit and the plan go by id with the case, never grown by the page', async () => {
    const sent: unknown[] = []
    const api = fakeApi()
    const plan = api.plan
    api.plan = async (body) => {
      sent.push(body.items)
      return plan(body)
    }
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1, case: true }, { id: 'apple-iphone-15', count: 2, case: true }] }, api)
    // The lipstick has no case in the catalog, so it goes as it is.
    expect(api.calls).toContain('fitBag dior-lady-dior-micro lipstick*1,apple-iphone-15+case*2')
    expect(api.calls.some((c) => c.startsWith('fit '))).toBe(false)
    // Two phones in their cases do not fit a Lady Dior Micro: the planner, asked what to leave out, gets them by id.
    const state = store.getState()
    expect(state.fit.status === 'done' && state.fit.reply.status).toBe('does-not-fit')
    expect(sent[0]).toEqual([
      { id: 'lipstick', name: 'Lipstick', count: 1 },
      { id: 'apple-iphone-15', case: true, name: 'Apple iPhone 15 in its case', count: 2 },
    ])
  })

  test('a server that refuses a case by id says so: the page does not grow the thing itself and ask again', async () => {
    const api = fakeApi()
    api.fitBag = async () => {
      throw new ApiError(400, 'INVALID_INPUT', 'No case in the catalog is for "apple-iphone-15".')
    }
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'apple-iphone-15', count: 1, case: true }] }, api)
    expect(store.getState().fit).toEqual({ status: 'error', message: 'No case in the catalog is for "apple-iphone-15".' })
    expect(api.calls.some((c) => c.startsWith('fit '))).toBe(false)
  })

  test('must-haves go to the carry planner', async () => {
    let sent: unknown = null
    const api = fakeApi()
    const plan = api.plan
    api.plan = async (body) => {
      sent = body.items
      return plan(body)
    }
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }, { id: 'iso-7810-id1-card', count: 1 }], view: 'carry' }, api)
    store.getState().setMust('lipstick', true)
    await vi.waitFor(() => expect(store.getState().carry.status).toBe('done'))
    expect(sent).toEqual([expect.objectContaining({ id: 'lipstick', mustHave: true }), expect.not.objectContaining({ mustHave: true })])
    expect(encodeShareState(store.getState().shareState())).toContain('must=lipstick')
  })

  test('a link that opens on a panel runs that panel (the catalog, the bag list, the comparison)', async () => {
    const { store, api } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }], view: 'catalog' })
    await vi.waitFor(() => expect(store.getState().explorer.status).toBe('done'))
    const which = await newStore({ items: [{ id: 'lipstick', count: 1 }], own: [{ name: 'Ring', size: '5x5x4cm', count: 2 }], view: 'bags' })
    await vi.waitFor(() => expect(which.store.getState().which.status).toBe('done'))
    expect(which.api.calls).toContain('whichBags lipstick*1,own-1*2 style')
    const compare = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }], view: 'compare', compare: 'dior-lady-dior-micro' })
    await vi.waitFor(() => expect(compare.store.getState().compared.status).toBe('done'))
    expect(api.calls.filter((c) => c.startsWith('getBag'))).not.toHaveLength(0)
  })

  test('when things do not fit, the planner is asked what to leave out', async () => {
    const { store, api } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'apple-iphone-15', count: 1 }, { id: 'lipstick', count: 1 }] })
    const f = store.getState().fit
    expect(f.status === 'done' && f.reply.status).toBe('does-not-fit')
    expect(f.status === 'done' && f.leaveOut).toMatchObject({ status: 'done', left: [{ id: 'apple-iphone-15', count: 1 }] })
    expect(api.calls).toContain('plan 1')
  })

  test('counts change with setCount, which refuses counts outside 1 to 99; removeItem takes a thing out', async () => {
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }] })
    expect(store.getState().setCount('lipstick', 3)).toBe(true)
    expect(store.getState().items).toEqual([{ id: 'lipstick', count: 3 }])
    for (const bad of [0, -3, 1000, 2.5, Number.NaN]) expect(store.getState().setCount('lipstick', bad)).toBe(false)
    expect(store.getState().items).toEqual([{ id: 'lipstick', count: 3 }])
    store.getState().removeItem('lipstick')
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
    expect(store.getState().addOwn({ name: 'Pole', size: '10x0.1x0.1m', count: 1 })).toBe(false)
    expect(store.getState().ownError).toContain('too big for a thing to carry')
    expect(store.getState().addOwn({ name: 'Ring box', size: '5x5x4cm', count: 0 })).toBe(false)
    expect(store.getState().ownError).toContain('1 to 99')
    expect(store.getState().addOwn({ name: 'Ring box', size: '5x5x4cm', count: 2 })).toBe(true)
    expect(store.getState().ownError).toBeNull()
    expect(store.getState().addOwn({ name: 'ring box', size: '1x1x1cm', count: 1 })).toBe(false)
    expect(store.getState().ownError).toContain('already have a thing called')
    await settled(store)
    const f = store.getState().fit
    expect(f.status === 'done' && f.reply.status).toBe('fits')
    expect(store.getState().picked()).toMatchObject([{ id: 'own-1', name: 'Ring box', count: 2, sizeMm: [50, 40, 50], isOwn: true }])
  })

  test('only the newest fit answer is kept', async () => {
    let release: () => void = () => {}
    const slow = fakeApi()
    const realFit = slow.fitBag
    // Once armed, the next fit asked hangs until released, then answers for what was asked then.
    let hold = false
    let heldAnswer: ReturnType<typeof realFit> | undefined
    slow.fitBag = (bag, items) => {
      if (!hold) return realFit(bag, items)
      hold = false
      heldAnswer = new Promise<void>((resolve) => (release = resolve)).then(() => realFit(bag, items))
      return heldAnswer
    }
    const { store } = await newStore({ bag: { kind: 'catalog', id: 'dior-lady-dior-micro' } }, slow)
    hold = true
    store.getState().addItem('apple-iphone-15')
    await vi.waitFor(() => expect(heldAnswer).toBeDefined())
    store.getState().removeItem('apple-iphone-15')
    store.getState().addItem('lipstick')
    await vi.waitFor(() => expect(store.getState().fit.status).toBe('done'))
    release()
    // The old answer arrives last; once it has, and the store has had a turn to take it, the newest must stand.
    await heldAnswer
    await new Promise((r) => setImmediate(r))
    const f = store.getState().fit
    expect(f.status === 'done' && f.kinds).toEqual(['lipstick'])
    expect(f.status === 'done' && f.reply.status).toBe('fits')
  })

  test('an API failure becomes a message on the page, not a crash', async () => {
    const { store } = await newStore(
      { bag: { kind: 'catalog', id: 'dior-lady-dior-micro' }, items: [{ id: 'lipstick', count: 1 }] },
      fakeApi({ fitBag: async () => Promise.reject(new ApiError(503, 'SERVER_BUSY', 'The solver is busy: try again in a moment.')) }),
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

describe('plainExplanation', () => {
  test('the bag layer\'s derivation without engine axes, the inside as width × height × depth', () => {
    const lines = bagInterior({ exteriorMm: { w: 145, h: 150, d: 145 }, shape: 'box', material: 'structured-leather' }).explanation.map(plainExplanation)
    const text = lines.join('\n')
    expect(text).not.toMatch(/x = width|w × d|our calibration/)
    const inside = lines.find((l) => l.startsWith('inside '))!
    expect(inside).toMatch(/^inside ([\d.]+) × ([\d.]+) × ([\d.]+) mm \(width × height × depth\): 145 − 2 × [\d.]+ wide, 150 − [\d.]+ − [\d.]+ high, 145 − 2 × [\d.]+ deep,/)
  })
})

describe('bag names', () => {
  test('a model named with its brand is not named twice; notes in the size name are dropped', () => {
    expect(bagLabel({ brand: 'Dior', model: 'Dior Toujours', sizeName: 'Small Hobo' })).toBe('Dior Toujours (Small Hobo)')
    expect(bagLabel({ brand: 'Chloé', model: 'Chloé C', sizeName: 'Mini round (item)' })).toBe('Chloé C (Mini round)')
    expect(bagLabel({ brand: 'Dior', model: 'Diorama', sizeName: 'Micro' })).toBe('Dior Diorama (Micro)')
    expect(shortBagLabel({ brand: 'Dior', model: 'Dior Toujours', sizeName: 'Small' })).toBe('Dior Toujours Small')
  })
})

describe('words', () => {
  test('plainReason names things and converts millimetres to the reader’s unit', () => {
    const names = new Map([
      ['apple-iphone-15', 'Apple iPhone 15'],
      ['apple-iphone-15-pro', 'Apple iPhone 15 Pro'],
    ])
    const reason = "The apple-iphone-15's 147.6 mm exceeds every side of the 114.2 × 44.2 × 94.2 mm interior; apple-iphone-15-pro too."
    expect(plainReason(reason, names, 'cm')).toBe("The Apple iPhone 15's 14.8 cm exceeds every side of the 11.4 × 9.4 × 4.4 cm interior; Apple iPhone 15 Pro too.")
    expect(plainReason('The items need 702.3 ml, the interior holds 475.5 ml.', names, 'in')).toBe('The items need 702.3 ml, the interior holds 475.5 ml.')
  })

  test('plainReason drops words meant for developers and gives the interior as width × height × depth', () => {
    const names = new Map([['lipstick', 'Lipstick']])
    expect(plainReason('Everything fits: a layout was found directly (1 items).', names, 'cm')).toBe('Everything fits: 1 thing, packed as shown.')
    expect(plainReason('Everything fits: the exact search found a layout (3 items).', names, 'cm')).toBe('Everything fits: 3 things, packed as shown.')
    const turned = plainReason('The lipstick (22 × 22 × 75 mm, rotate: any) does not fit the 114.2 × 44.2 × 94.2 mm interior in any allowed orientation.', names, 'cm', [114.2, 44.2, 94.2])
    // The thing's size too is width × height × depth: a lipstick 22 wide, 75 tall, 22 deep.
    expect(turned).toBe('The Lipstick (2.2 × 7.5 × 2.2 cm) does not fit the 11.4 × 9.4 × 4.4 cm interior whichever way it is turned.')
    expect(plainReason('No bag id is close; see micropurse catalog list --kind bags or catalog search.', names, 'cm')).not.toMatch(/micropurse|--kind/)
  })

  test('displayName keeps notes for shoppers and drops notes about sources', () => {
    expect(displayName('Apple AirPods Pro charging case (generation not stated by source)')).toEqual({ name: 'Apple AirPods Pro charging case', note: null })
    expect(displayName('Lipstick, full-size bullet case (typical size)')).toEqual({ name: 'Lipstick, full-size bullet case', note: 'typical size' })
  })

  test('closeness in words: room to spare, how much too big, at least, close calls with the tolerance and its cause', () => {
    expect(closenessWords(undefined, 'cm')).toBeNull()
    expect(closenessWords({ marginMm: null, uncertaintyMm: 5.5, closeCall: false, atLeast: false, words: 'undecided' }, 'cm')).toBeNull()
    expect(closenessWords({ marginMm: 2, uncertaintyMm: 0.5, closeCall: false }, 'mm')?.short).toBe('2 mm to spare')
    // Under a centimetre in millimetres, whatever the unit; more in the reader's unit.
    expect(closenessWords({ marginMm: 2, uncertaintyMm: 0.5, closeCall: false }, 'cm')?.short).toBe('2 mm to spare')
    expect(closenessWords({ marginMm: -34, uncertaintyMm: 3.2, closeCall: false }, 'cm')?.short).toBe('3.4 cm too big')
    expect(closenessWords({ marginMm: 20, uncertaintyMm: 5.5, closeCall: false, atLeast: true }, 'cm')?.long).toBe('At least 2 cm to spare (sizes known to ±5.5 mm).')
    expect(closenessWords({ marginMm: -9.4, uncertaintyMm: 10, closeCall: true, atLeast: true }, 'in')?.short).toBe('at least 0.37 in too big')
    const close = closenessWords({ marginMm: 0.6, uncertaintyMm: 3.2, closeCall: true }, 'mm')!
    expect(close.closeCall).toBe(true)
    expect(close.long).toBe('0.6 mm to spare, within the ±3.2 mm the sizes are known to, so it may go either way.')
    const named = closenessWords(
      { marginMm: 6, uncertaintyMm: 8.2, closeCall: true, atLeast: false, words: "fits, with 6 mm to spare: a close call, since the apple-iphone-15+case's size is a typical size of the kind, not of this very thing" },
      'cm',
      new Map([['apple-iphone-15+case', 'Apple iPhone 15 in its case']]),
    )!
    expect(named.long).toBe("6 mm to spare, within the ±8.2 mm the sizes are known to (the Apple iPhone 15 in its case's size is a typical size of the kind, not of this very thing), so it may go either way.")
  })

  test('plainReason: one wording for every fit, turned and squeezed things said plainly, lists that ran out of time', () => {
    const names = new Map([
      ['pocket-tissue-pack', 'Pocket pack of paper tissues'],
      ['apple-iphone-15-pro-max+case', 'Apple iPhone 15 Pro Max in its case'],
    ])
    expect(plainReason('Everything fits, some of it turned at an angle (2 items).', names, 'cm')).toBe('Everything fits: 2 things, packed as shown, some of it turned at an angle to go in.')
    expect(plainReason('Everything fits: a layout was found directly (1 item), with the pocket-tissue-pack squeezed.', names, 'cm')).toBe(
      'Everything fits: 1 thing, packed as shown, with the Pocket pack of paper tissues squeezed to fit.',
    )
    expect(plainReason('not tried: the 10000 ms budget for the whole list ran out', names, 'cm')).toBe('Not checked: the list ran out of time before this bag. Try again.')
    expect(plainReason('Could not decide within the time limit; no bound rules it out. Try a longer time limit.', names, 'cm')).not.toMatch(/time limit|bound/)
    // Without the container: the interior the sentence names is still given as width × height × depth.
    expect(plainReason('The lipstick does not fit the 117 × 36 × 77 mm interior.', names, 'cm')).toBe('The lipstick does not fit the 11.7 × 7.7 × 3.6 cm interior.')
    const big = plainReason(
      'The apple-iphone-15-pro-max+case (80.7 × 14.75 × 163.9 mm) does not fit the 114.2 × 44.2 × 94.2 mm interior even turned at an angle: every way it can turn, it is at least 9.4 mm too big.',
      names,
      'cm',
      [114.2, 44.2, 94.2],
    )
    expect(big).toBe('The Apple iPhone 15 Pro Max in its case (8.1 × 16.4 × 1.5 cm) does not fit the 11.4 × 9.4 × 4.4 cm interior even turned at an angle: every way it can turn, it is at least 9.4 mm too big.')
  })

  test('the carry headline follows the numbers: nothing carried, all carried, some left', () => {
    const base: PlanReply = { status: 'some-left', exact: true, containers: [], leftBehind: [], pieces: [], mustHaves: { carried: 0, total: 0 } }
    const bag = (contents: { id: string; count: number }[]) => ({ id: 'bag', kind: 'bag', name: 'bag', piece: 'bag', worn: false, contents, placements: [], problem: { container: { size: [1, 1, 1] as [number, number, number] } }, fill: 0 })
    const left = (id: string, count: number, mustHave = false) => ({ id, name: id, count, mustHave, reason: '' })
    expect(planHeadline({ ...base, containers: [bag([])], leftBehind: [left('a', 2)] })).toBe('Nothing you picked has a place in these pieces.')
    expect(planHeadline({ ...base, status: 'all-carried', containers: [bag([{ id: 'a', count: 1 }]), { ...bag([{ id: 'b', count: 1 }]), id: 'pouch' }] })).toBe('Everything has a place, in 2 pieces.')
    expect(planHeadline({ ...base, containers: [bag([{ id: 'a', count: 1 }])], leftBehind: [left('b', 1)] })).toBe('1 of 2 things have a place in 1 piece; 1 stays home.')
    expect(planHeadline({ ...base, status: 'must-have-left', containers: [bag([{ id: 'a', count: 1 }])], leftBehind: [left('b', 1, true)] })).toContain('Something you must carry has no place')
  })

  test('colour words show their own swatch: camel, hot pink and denim are not grey', () => {
    expect(colourHex('camel')).toBe('#c19a6b')
    expect(colourHex('Hot Pink')).toBe('#ff69b4')
    expect(colourHex('denim')).toBe('#5d7a99')
    expect(colourHex('no such colour')).toBeNull()
    expect(plainStyleWords('A red bag (oklch(0.62 0.2 25)) pops.')).toBe('A red bag pops.')
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

describe('true scale', () => {
  test('a bag with a strap hangs from the shoulder at its drop, a top-handle bag from the hand', () => {
    const birkin = { strap: null, strapDropMm: null, strapLengthMm: null, handleDropMm: 102 }
    expect(carryingOf(birkin)).toMatchObject({ way: 'hand', dropMm: 102, dropFrom: 'catalog' })
    const chain = { strap: 'leather-interlaced chain', strapDropMm: null, strapLengthMm: 584, handleDropMm: null }
    expect(carryingOf(chain)).toMatchObject({ way: 'shoulder', dropMm: 292, dropFrom: 'catalog' })
    expect(carryingOf({ strap: 'shoulder strap', strapDropMm: null, strapLengthMm: null, handleDropMm: null })).toMatchObject({ dropMm: TYPICAL_STRAP_DROP_MM, dropFrom: 'typical' })
    expect(carryingOf({ strap: 'adjustable waist belt', strapDropMm: null, strapLengthMm: null, handleDropMm: null }).way).toBe('waist')
    expect(carryingOf({ strap: 'flat top handle only (clutch)', strapDropMm: null, strapLengthMm: null, handleDropMm: null }).way).toBe('hand')
    // The top of a strap bag sits its drop below the shoulder of a person of the given height.
    expect(bagTopMm(carryingOf(chain), 1700, 100)).toBeCloseTo(BODY_SHARE.shoulder * 1700 - 292)
  })

  test('heights read in cm or feet and inches, within 100 to 230 cm', () => {
    expect(readHeight('168')).toEqual({ ok: true, cm: 168 })
    expect(readHeight(`5'6"`)).toEqual({ ok: true, cm: 167.6 })
    expect(readHeight('1.7 m')).toEqual({ ok: true, cm: 170 })
    expect(readHeight('17')).toMatchObject({ ok: false, message: expect.stringContaining('outside 100–230 cm') })
    expect(readHeight('tall')).toMatchObject({ ok: false, message: expect.stringContaining('Cannot read "tall"') })
  })
})

describe('which bags fit', () => {
  const verdict = (id: string, status: WhichBagsVerdict['status'], extra: Partial<WhichBagsVerdict['bag']> = {}, more: Partial<WhichBagsVerdict> = {}): WhichBagsVerdict => ({
    bag: { id, label: id, brand: 'B', model: id, sizeName: null, shape: 'box', exteriorMm: { w: 1, h: 1, d: 1 }, dimsStatus: 'sourced', isReferenceOnly: false, price: null, volumeMl: 100, ...extra },
    status,
    reason: '',
    ...more,
  })
  test('orders by room, price (in dollars where converted), size and style', () => {
    const a = verdict('a', 'fits', { volumeMl: 300, price: { amount: 900, currency: 'EUR', year: null }, priceConverted: { amount: 1000, currency: 'USD', rate: 1.11, rateDate: '2024-01-02', rateSource: 'ECB' } }, { style: { overall: 0.5, verdict: 'mixed', headline: '' } })
    const b = verdict('b', 'fits', { volumeMl: 200, price: { amount: 500, currency: 'USD', year: null } }, { closeness: { marginMm: 1, uncertaintyMm: 3, closeCall: true } })
    const c = verdict('c', 'fits', { volumeMl: 100 }, { style: { overall: 0.9, verdict: 'strong', headline: '' } })
    expect(orderBags([a, b, c], 'price').map((v) => v.bag.id)).toEqual(['b', 'a', 'c'])
    expect(orderBags([a, b, c], 'size').map((v) => v.bag.id)).toEqual(['c', 'b', 'a'])
    expect(orderBags([a, b, c], 'style').map((v) => v.bag.id)).toEqual(['c', 'a', 'b'])
    // Room: by free volume unless every verdict gives its margin, then by margin.
    expect(orderBags([a, b, c], 'room').map((v) => v.bag.id)).toEqual(['a', 'b', 'c'])
    const margins = [a, b, c].map((v, i) => ({ ...v, closeness: { marginMm: [1, 5, -2][i]!, uncertaintyMm: 1, closeCall: false } }))
    expect(orderBags(margins, 'room').map((v) => v.bag.id)).toEqual(['b', 'a', 'c'])
    expect(filterBags([a, b, c], { brand: '', shape: '', maxPrice: 800 }).map((v) => v.bag.id)).toEqual(['b'])
    expect(filterBags([a, b, c], { brand: 'X', shape: '', maxPrice: null })).toEqual([])
  })
})
