import { describe, expect, test } from 'vitest'
import { validateBag, validateItem, validateKit } from '../../src/catalog/index.js'

const bag = {
  id: 'my-micro',
  brand: 'Maison',
  model: 'Micro',
  exterior_mm: { w: 100, h: 80, d: null },
  dims_status: 'sourced-2d-only',
  sources: ['https://example.org/micro'],
}

describe('validateBag', () => {
  test('accepts a bag with an unknown side and fills defaults', () => {
    const result = validateBag(bag)
    expect(result).toMatchObject({
      ok: true,
      value: {
        exteriorMm: { w: 100, h: 80, d: null },
        price: null,
        isReferenceOnly: false,
        notes: '',
        details: {},
      },
    })
  })

  test('names every bad field with what it expected', () => {
    const result = validateBag({
      ...bag,
      id: 'My Micro',
      exterior_mm: { w: 0, h: 80 },
      price: { amount: 10, currency: 'usd' },
      colour: 'red',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.field)).toEqual([
      'colour',
      'id',
      'exterior_mm.w',
      'exterior_mm.d',
      'price.currency',
    ])
    expect(result.issues[0]!.message).toMatch(/unknown field; .*put extra figures under details/)
  })

  test('a typical size needs all three sides and its reasoning', () => {
    const result = validateBag({ ...bag, dims_status: 'typical', sources: [] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual(['exterior_mm.d', 'notes'])
  })

  test('a sourced size needs a source URL', () => {
    const result = validateBag({ ...bag, sources: [] })
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'sources' }] })
    expect(validateBag({ ...bag, sources: ['not a url'] })).toMatchObject({
      ok: false,
      issues: [{ field: 'sources[0]' }],
    })
  })
})

describe('validateItem', () => {
  test('refuses an unknown category and a negative weight', () => {
    const result = validateItem({
      id: 'x',
      name: 'X',
      category: 'spaceship',
      dims_mm: { w: 1, h: 1, d: 1 },
      dims_status: 'measured',
      shape: 'box',
      weight_g: -1,
    })
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'category' }, { field: 'weight_g' }] })
  })
})

describe('validateKit', () => {
  test('refuses an empty kit, a repeated item and a count that is not a whole number', () => {
    expect(validateKit({ id: 'k', name: 'K', items: [] })).toMatchObject({
      ok: false,
      issues: [{ field: 'items' }],
    })
    const result = validateKit({
      id: 'k',
      name: 'K',
      items: [{ item_id: 'a', count: 1.5 }, { item_id: 'b' }, { item_id: 'b', count: 2 }],
    })
    expect(result).toMatchObject({
      ok: false,
      issues: [{ field: 'items[0].count' }, { field: 'items[2].item_id' }],
    })
  })

  test('a count left out means one', () => {
    expect(validateKit({ id: 'k', name: 'K', items: [{ item_id: 'a' }] })).toMatchObject({
      ok: true,
      value: { items: [{ itemId: 'a', count: 1 }] },
    })
  })
})

describe('prices in one currency, squeezed sizes and cases', () => {
  const priced = {
    ...bag,
    exterior_mm: { w: 100, h: 80, d: 40 },
    dims_status: 'sourced',
    price: { amount: 435, currency: 'EUR', year: 2019, date: '2019-05' },
    price_converted: {
      amount: 486.94,
      currency: 'USD',
      rate: 1.1194,
      rate_date: '2019',
      rate_source: 'https://federalreserve.gov/releases/g5a/20210104',
    },
  }

  test('a converted price with its rate, period and page is kept', () => {
    expect(validateBag(priced)).toMatchObject({
      ok: true,
      value: {
        price: { amount: 435, currency: 'EUR', year: 2019, date: '2019-05', source: null },
        priceConverted: { amount: 486.94, currency: 'USD', rate: 1.1194, rateDate: '2019' },
      },
    })
  })

  test('a converted price must be the price times the rate, in USD, with a page, and needs a price', () => {
    const wrong = validateBag({
      ...priced,
      price_converted: { ...priced.price_converted, amount: 500, currency: 'EUR', rate_source: 'fed' },
    })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) {
      expect(wrong.issues.map((i) => i.field)).toEqual([
        'price_converted.currency',
        'price_converted.rate_source',
        'price_converted.amount',
      ])
      expect(wrong.issues[2]!.message).toMatch(/EUR 435 × 1\.1194 = 486\.94/)
    }
    const alone = validateBag({ ...priced, price: undefined })
    expect(alone).toMatchObject({ ok: false, issues: [{ field: 'price_converted' }] })
    const usd = validateBag({
      ...priced,
      price: { amount: 100, currency: 'USD', year: 2019 },
      price_converted: { ...priced.price_converted, amount: 111.94 },
    })
    expect(usd).toMatchObject({ ok: false, issues: [{ field: 'price_converted.rate' }] })
    expect(validateBag({ ...priced, price: { ...priced.price, date: '2018-05' } })).toMatchObject({
      ok: false,
      issues: [{ field: 'price.date' }],
    })
  })

  test('an estimated size gives all three sides and its reasoning', () => {
    const result = validateBag({ ...bag, dims_status: 'estimated' })
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'exterior_mm.d' }, { field: 'notes' }] })
  })

  const tissues = {
    id: 'tissues',
    name: 'Tissues',
    category: 'other',
    dims_mm: { w: 105, h: 55, d: 25 },
    dims_status: 'typical',
    shape: 'box',
    rigid: false,
    sources: [],
    notes: 'Typical pack.',
  }

  test('a squeezed size gives three sides, none larger than the size, and only for things that give', () => {
    expect(validateItem({ ...tissues, min_dims_mm: { w: 105, h: 55, d: 18 } })).toMatchObject({
      ok: true,
      value: { minDimsMm: { w: 105, h: 55, d: 18 }, caseAddsMm: null },
    })
    const bad = validateItem({ ...tissues, rigid: true, min_dims_mm: { w: 110, h: 55, d: null } })
    expect(bad.ok).toBe(false)
    if (!bad.ok)
      expect(bad.issues.map((i) => i.field)).toEqual(['min_dims_mm', 'min_dims_mm.w', 'min_dims_mm.d'])
  })

  test('a case says what it adds; nothing else may', () => {
    const slim = { ...tissues, id: 'slim', category: 'case', rigid: true }
    expect(validateItem({ ...slim, case_adds_mm: { w: 3, h: 3, d: 0 } })).toMatchObject({
      ok: true,
      value: { caseAddsMm: { w: 3, h: 3, d: 0 } },
    })
    expect(validateItem(slim)).toMatchObject({ ok: false, issues: [{ field: 'case_adds_mm' }] })
    expect(validateItem({ ...tissues, case_adds_mm: { w: 3, h: 3, d: 1 } })).toMatchObject({
      ok: false,
      issues: [{ field: 'case_adds_mm' }],
    })
    expect(validateItem({ ...slim, case_adds_mm: { w: -1, h: 3, d: 1 } })).toMatchObject({
      ok: false,
      issues: [{ field: 'case_adds_mm.w' }],
    })
  })
})
