import type { MaterialName, MaterialStack } from './types.js'

/** A material stack with the reasoning behind each thickness, for docs and explanations. */
export interface MaterialEntry extends MaterialStack {
  /** Words for explanations, e.g. `structured leather`. */
  label: string
  /** Why these thicknesses, with sources or marked as our own calibration. */
  reason: string
}

/**
 * Wall stacks in millimetres, outside to inside. Sources (stored copies of public pages):
 * - leather weights: 1 oz ≈ 0.4 mm (gnninternational.com leather thickness conversion chart); 2–3 oz (0.8–1.2 mm)
 *   for handbags and purses, 3–4 oz (1.2–1.6 mm) for everyday bags (trendybag.uk leather thickness guides);
 * - stiffeners: Salpa (bonded leather fibre) and microfibre reinforcements come 0.5–2.0 mm thick
 *   (leatherworkschool.com, "Using reinforcements in bag construction");
 * - linings: leather linings of 0.8–1.2 mm for bags in general (leathercraftmasterclass.com, "Bag lining basics"),
 *   goat linings skived to 0.4–0.5 mm for small goods (otohaci.way-nifty.com, 2019); micro bags take the thin end.
 * Where no page gave a figure the reason says "our calibration".
 */
export const MATERIALS: Readonly<Record<MaterialName, Readonly<MaterialEntry>>> = {
  'structured-leather': {
    label: 'structured leather',
    wallMm: 1.4,
    stiffenerMm: 1.0,
    liningMm: 0.5,
    reason:
      'leather 1.4 mm, the middle of the 1.2–1.6 mm (3–4 oz) used for everyday bags (trendybag.uk); a 1.0 mm Salpa-type stiffener from the 0.5–2.0 mm range sold for bags (leatherworkschool.com); a 0.5 mm lining, skived thin as in small leather goods (0.4–0.5 mm, otohaci.way-nifty.com)',
  },
  'soft-leather': {
    label: 'soft leather',
    wallMm: 1.0,
    stiffenerMm: 0,
    liningMm: 0.5,
    reason:
      'leather 1.0 mm, the middle of the 0.8–1.2 mm (2–3 oz) used for handbags and purses (trendybag.uk); no stiffener (a soft bag has none); a 0.5 mm lining as for structured leather',
  },
  'coated-canvas': {
    label: 'coated canvas',
    wallMm: 1.0,
    stiffenerMm: 0.5,
    liningMm: 0.5,
    reason:
      'our calibration: no stored page gives coated canvas in millimetres, so we take it as thick as soft leather (1.0 mm), with a 0.5 mm interfacing (the thin end of the 0.5–2.0 mm stiffeners, leatherworkschool.com) and a 0.5 mm lining',
  },
  fabric: {
    label: 'fabric',
    wallMm: 0.6,
    stiffenerMm: 0.5,
    liningMm: 0.3,
    reason:
      'our calibration: no stored page gives bag fabrics (satin, nylon, light canvas) in millimetres; we take 0.6 mm cloth, 0.5 mm interfacing (the thin end of the 0.5–2.0 mm range, leatherworkschool.com) and a 0.3 mm cloth lining',
  },
  'metal-frame': {
    label: 'metal case',
    wallMm: 1.0,
    stiffenerMm: 1.0,
    liningMm: 0.5,
    reason:
      'our calibration for a hard metal case (minaudière): 1.0 mm of brass or alloy, 1.0 mm of padding card under a 0.5 mm satin or leather lining; no stored page gives minaudière wall thicknesses',
  },
}

/**
 * Whether a material's walls give as things go in: leather, canvas and fabric do (a thing goes in end first and
 * turns inside, so only its smallest cross-section must pass the opening); a hard metal case does not (a thing is
 * lowered in as it will lie). Our calibration: even structured leather flexes at the mouth by the few millimetres a
 * phone needs to turn, while a minaudière's shell does not flex at all.
 */
export function wallsGive(material: MaterialName | 'custom'): boolean {
  return material !== 'metal-frame'
}

/** Material names in table order, for error messages and docs. */
export const MATERIAL_NAMES = Object.keys(MATERIALS) as MaterialName[]

/** Thickness of one wall of a stack, in millimetres: outer material + stiffener + lining, to the micrometre. */
export function stackMm(stack: MaterialStack): number {
  return Math.round((stack.wallMm + stack.stiffenerMm + stack.liningMm) * 1000) / 1000
}

/**
 * Thickness of a divider between two compartments, in millimetres: lining on both faces around the stiffener
 * (our construction assumption; a divider has no outer material), at least 0.5 mm.
 */
export function dividerMm(stack: MaterialStack): number {
  return Math.max(0.5, 2 * stack.liningMm + stack.stiffenerMm)
}

/** The stack for a material name or a custom stack, named for explanations. Trusts its input (see `parseBagSpec`). */
export function resolveMaterial(material: MaterialName | MaterialStack): MaterialStack & { name: MaterialName | 'custom' } {
  if (typeof material === 'string') {
    const { wallMm, stiffenerMm, liningMm } = MATERIALS[material]
    return { name: material, wallMm, stiffenerMm, liningMm }
  }
  return { name: 'custom', wallMm: material.wallMm, stiffenerMm: material.stiffenerMm, liningMm: material.liningMm }
}
