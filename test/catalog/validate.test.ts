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
