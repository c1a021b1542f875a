import { Type } from 'typebox'
import { MATERIAL_NAMES } from '../../bag/index.js'
import { HARDWARE_KINDS } from '../../design/index.js'
import { API_LIMITS } from '../limits.js'
import { CatalogId, StringEnum } from './common.js'
import { ItemRefs } from './fit.js'

const Width = Type.Number({ exclusiveMinimum: 0, maximum: 5000, description: 'Exterior width, mm.' })

/** The body of POST /api/scale: a catalog bag's silhouette and what must fit in it. */
export const ScaleBody = Type.Object(
  {
    silhouette: CatalogId,
    items: Type.Optional(ItemRefs('Catalog item ids, or { id, count }.')),
    kit: Type.Optional(CatalogId),
    material: Type.Optional(StringEnum(MATERIAL_NAMES)),
    hardware: Type.Optional(
      Type.Array(StringEnum(HARDWARE_KINDS), {
        maxItems: HARDWARE_KINDS.length,
        description: 'Replaces the default hardware; [] for none.',
      }),
    ),
    options: Type.Optional(
      Type.Object(
        {
          minWidthMm: Type.Optional(Width),
          maxWidthMm: Type.Optional(Width),
          widthTimeLimitMs: Type.Optional(
            Type.Number({
              exclusiveMinimum: 0,
              maximum: API_LIMITS.maxScaleWidthTimeLimitMs,
              description: `Time limit for deciding each width, shared by its fits, ms (default 250 over HTTP, at most ${API_LIMITS.maxScaleWidthTimeLimitMs}).`,
            }),
          ),
          windowMm: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: 10,
              description: 'Widths checked each side of the threshold (default 3).',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

const Loose = Type.Object({}, { additionalProperties: true })

/** The designer's answer (docs/designer.md): the smallest width that holds the items, with its layout, and why not below. */
export const ScaleReply = Type.Object(
  {
    status: StringEnum(['found', 'fits-at-range-start', 'unknown'] as const),
    silhouette: Type.Object({ id: Type.String(), label: Type.String(), referenceWidthMm: Type.Number() }),
    rangeMm: Type.Array(Type.Number()),
    smallest: Type.Union([Loose, Type.Null()]),
    largestNotFitting: Type.Union([Loose, Type.Null()]),
    unknownWidthsMm: Type.Array(Type.Number()),
    summary: Type.Array(Type.String()),
  },
  { additionalProperties: true },
)
