import { pricePerMl } from '../bag/index.js'
import type { Bag, PriceConverted } from '../catalog/index.js'

/** A bag's price in one currency, as the catalog records it (`Bag.priceConverted`: US dollars, with the rate and its date). */
export type PriceInUsd = PriceConverted

/** Price per millilitre of free interior in US dollars, with where the dollar price comes from. */
export interface PricePerMlUsd {
  /** US dollars per ml, to the cent. */
  amount: number
  currency: 'USD'
  /** The bag's price in US dollars and the interior it is divided by. */
  priceUsd: number
  volumeMl: number
  /** The price as quoted, and the rate that turned it into dollars (1 for a price quoted in dollars). */
  quoted: { amount: number; currency: string }
  rate: number
  rateDate: string
  rateSource: string
}

/**
 * The bag's price per ml of free interior in US dollars, so bags priced in euros, pounds and dollars compare on one
 * scale (listings, the page's chart): the catalog's price in dollars, or the price itself when it is quoted in
 * dollars (rate 1). Null when there is no price in dollars, or no room inside. A price in another currency is never
 * divided as it is: it would not compare with the rest.
 */
export function pricePerMlUsd(bag: Bag, volumeMl: number): PricePerMlUsd | null {
  if (bag.price === null || !(volumeMl > 0)) return null
  const usd = bag.priceConverted ?? quotedInUsd(bag.price)
  if (usd === null) return null
  return {
    amount: Math.round(pricePerMl(usd.amount, volumeMl) * 100) / 100,
    currency: 'USD',
    priceUsd: usd.amount,
    volumeMl,
    quoted: { amount: bag.price.amount, currency: bag.price.currency },
    rate: usd.rate,
    rateDate: usd.rateDate,
    rateSource: usd.rateSource,
  }
}

/** A price quoted in US dollars, as its own conversion (rate 1). */
function quotedInUsd(price: NonNullable<Bag['price']>): PriceInUsd | null {
  if (price.currency !== 'USD') return null
  return { amount: price.amount, currency: 'USD', rate: 1, rateDate: price.year === null ? 'undated' : String(price.year), rateSource: 'quoted in US dollars' }
}
