import { Type } from 'typebox'

/** A bag's price per ml of free interior in US dollars, with the dollar price and the rate it was converted at. */
const PricePerMlUsd = Type.Object(
  {
    amount: Type.Number({ description: 'US dollars per ml of free interior, to the cent.' }),
    currency: Type.Literal('USD'),
    priceUsd: Type.Number(),
    volumeMl: Type.Number(),
    quoted: Type.Object({ amount: Type.Number(), currency: Type.String() }),
    rate: Type.Number({ description: 'US dollars per unit of the quoted currency.' }),
    rateDate: Type.String(),
    rateSource: Type.String(),
  },
  { title: 'PricePerMlUsd' },
)

/** Price per ml in US dollars, or null when the catalog has no dollar price for the bag or no room is derived. */
export const NullablePricePerMlUsd = Type.Union([PricePerMlUsd, Type.Null()])
