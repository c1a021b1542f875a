import { describe, expect, test } from 'vitest'
import type { Bag } from '../../src/catalog/index.js'
import { pricePerMlUsd } from '../../src/services/price-per-ml.js'
import type { PriceInUsd } from '../../src/services/price-per-ml.js'

// A bag as the catalog gives it, priced in euros, with its price in US dollars at a dated rate.
function bag(price: Bag['price'], priceConverted: PriceInUsd | null): Bag {
  return {
    id: 'test-bag',
    brand: 'Test',
    model: 'Micro',
    sizeName: null,
    exteriorMm: { w: 120, h: 90, d: 50 },
    interiorMm: null,
    dimsStatus: 'sourced',
    shape: 'box',
    closure: null,
    material: null,
    strap: null,
    price,
    priceConverted,
    yearIntroduced: null,
    isReferenceOnly: false,
    handleDropMm: null,
    strapLengthMm: null,
    strapDropMm: null,
    sources: [],
    notes: '',
    details: {},
  }
}

const EUR = { amount: 4900, amountMax: null, currency: 'EUR', year: 2024 } as NonNullable<Bag['price']>
const AT_RATE: PriceInUsd = { amount: 5298.37, currency: 'USD', rate: 1.0813, rateDate: '2024', rateSource: 'https://www.federalreserve.gov/releases/g5a/' }

describe('pricePerMlUsd', () => {
  test('divides the price in US dollars by the free interior, and says where the dollars come from', () => {
    const perMl = pricePerMlUsd(bag(EUR, AT_RATE), 86.1)!
    expect(perMl.currency).toBe('USD')
    expect(perMl.amount).toBe(Math.round((5298.37 / 86.1) * 100) / 100)
    expect(perMl).toMatchObject({ priceUsd: 5298.37, volumeMl: 86.1, quoted: { amount: 4900, currency: 'EUR' }, rate: 1.0813, rateDate: '2024' })
  })

  test('a price quoted in US dollars is its own dollar price', () => {
    const usd = { amount: 255, amountMax: null, currency: 'USD', year: null } as NonNullable<Bag['price']>
    expect(pricePerMlUsd(bag(usd, null), 14.6)).toMatchObject({ amount: 17.47, priceUsd: 255, rate: 1, rateSource: 'quoted in US dollars' })
  })

  test('never divides a price in another currency as it is: without a dollar price there is none', () => {
    expect(pricePerMlUsd(bag(EUR, null), 86.1)).toBeNull()
    expect(pricePerMlUsd(bag(null, null), 86.1)).toBeNull()
  })

  test('has none for a bag with no room inside', () => {
    expect(pricePerMlUsd(bag(EUR, AT_RATE), 0)).toBeNull()
  })
})
