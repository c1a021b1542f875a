/**
 * Pockets as people use them: how big the pockets of each garment are (with the page each number comes from, or
 * marked typical), and how a pocket gives when things go in, as a calibration of our own:
 *
 * - **stretch**: a pocket lies flat when empty; it takes a thicker thing than its resting thickness as the cloth
 *   gives and the garment bulges. The garment against the body, not the pocket bag, sets the limit: a flat bag of
 *   inner width W opens into a tube up to 2W/π across (43 mm for a 67.7 mm women's front pocket), far more than a
 *   fitted leg allows.
 * - **overhang**: a thing may stand out of an open pocket's top by a share of its own length, where the garment
 *   presses it in place (a tight back pocket against the seat). With a third out, the middle of the thing is still a
 *   sixth of its length below the opening, so it stays put while you walk. Front pockets with a slanted or side
 *   opening spill when you sit (a pattern-making observation quoted below), flaps close a blazer's pockets, and a
 *   coat hangs loose, so those take no overhang.
 *
 * Numbers marked (ours) are a starting calibration with no published basis, kept here in one place.
 */

/** Where a pocket is and how it opens, which decides its give (see `POCKET_GIVE`). */
export type PocketGiveKind = 'jeans-front' | 'jeans-back' | 'coat' | 'blazer' | 'trousers' | 'skirt'

/** How a pocket of one kind gives: resting thickness, stretch beyond it, overhang allowed, and why. */
export interface PocketGive {
  /** Thickness the flat pocket takes at rest, mm. */
  restThicknessMm: number
  /** How much more thickness the cloth and garment give, mm. */
  stretchMm: number
  /** Share (0..1) of a thing's own length that may stand out of the pocket's top. */
  overhangShare: number
  /** Why these numbers, in words; every number here is (ours) unless a source is named. */
  reasoning: string
}

/**
 * The give of each kind of pocket. Calibration (ours), checked against what people carry: a 22 mm lipstick and a
 * 21.7 mm AirPods Pro case go in a jeans front pocket; a phone rides in a back pocket standing out of its top.
 */
export const POCKET_GIVE: Readonly<Record<PocketGiveKind, PocketGive>> = {
  'jeans-front': {
    restThicknessMm: 20,
    stretchMm: 6,
    overhangShare: 0,
    reasoning:
      'typical 20 mm at rest (a phone and a slim wallet side by side) plus 6 mm of stretch (ours: most pairs measured are cotton with 1-4 % elastane, and a 22 mm lipstick goes in); no overhang, since a slanted front opening spills what stands out when you sit (briansews.com/2011/07/better-pocket-bag.html, after David Page Coffin\'s book on trousers)',
  },
  'jeans-back': {
    restThicknessMm: 15,
    stretchMm: 5,
    overhangShare: 1 / 3,
    reasoning:
      'typical 15 mm at rest plus 5 mm of stretch (ours); a thing may stand out of the top by a third of its length (ours: the tight pocket presses it against the seat, and with a third out its middle is still a sixth of its length inside; people carry phones that way, "the phone can stick up out of the pocket and stay in there", news.ycombinator.com/item?id=8388670)',
  },
  coat: {
    restThicknessMm: 30,
    stretchMm: 10,
    overhangShare: 0,
    reasoning: 'typical 30 mm at rest, since a coat hangs clear of the body, plus 10 mm as it bulges (ours); no overhang: a loose coat presses nothing in place',
  },
  blazer: {
    restThicknessMm: 20,
    stretchMm: 5,
    overhangShare: 0,
    reasoning: 'typical 20 mm at rest plus 5 mm (ours: a blazer lies against the hip and bulky things spoil its line); no overhang under a flap or a jetted opening',
  },
  trousers: {
    restThicknessMm: 20,
    stretchMm: 5,
    overhangShare: 0,
    reasoning: 'typical 20 mm at rest plus 5 mm (ours: woven trouser cloth gives less than stretch denim); no overhang from a slanted opening',
  },
  skirt: {
    restThicknessMm: 25,
    stretchMm: 5,
    overhangShare: 0,
    reasoning: 'typical 25 mm at rest plus 5 mm (ours: a skirt hangs free of the hip); no overhang from a side-seam opening',
  },
}

/** A pocket of a garment other than jeans: its usable rectangle (width × height, mm) and where it comes from. */
export interface GarmentPocketRecord {
  label: string
  give: PocketGiveKind
  widthMm: number
  heightMm: number
  /** `sourced: ...` or `typical: ...`, with the page. */
  source: string
}

/**
 * Pockets of coats, blazers, trousers and skirts. The garments vary far more than jeans do and no study measured
 * them across brands, so each is one published pattern or tailor's figure, read as the rectangle a thing can use:
 *
 * - coat: a patch pocket finished at 17 × 17 cm (Iconic Patterns, "Patch pocket for Jackie coat", 2014,
 *   iconicpatterns.com/2014/07/20/patch-pocket-for-jackie-coat/);
 * - blazer: a hip pocket 6¾ in (171 mm) wide when finished (Anderson & Sheppard, "Cutting the pocket flaps", 2010,
 *   anderson-sheppard.co.uk/thenotebook/cutting-the-pocket-flaps/); how deep the bag hangs is not given: 150 mm is
 *   ours (typical);
 * - trousers: a slant front pocket drafted 3 in (76 mm) in from the side seam and 6¼ in down it, the bag 4 in below
 *   the opening (Oliver + S, "How to draft trouser pockets", 2018, oliverands.com/community/blog/2018/11/how-to-draft-trouser-pockets.html);
 *   the usable box is the opening's width by 6¼ in (160 mm), since the slant leaves less above;
 * - skirt: an in-seam pocket cut 4 in across the top and about 9 in down, which "fits my cell phone perfectly"
 *   (Mood Fabrics, "How to add invisible pockets to a dress", moodfabrics.com/blog/mood-diy-how-to-add-invisible-pockets-to-a-dress/),
 *   less a 5/8 in (16 mm) seam each way: 86 × 213 mm.
 */
export const GARMENT_POCKETS = {
  coat: {
    label: 'Coat pocket',
    give: 'coat',
    widthMm: 170,
    heightMm: 170,
    source: 'sourced: a coat patch pocket finished at 17 × 17 cm, Iconic Patterns (Jackie coat), iconicpatterns.com/2014/07/20/patch-pocket-for-jackie-coat/',
  },
  blazer: {
    label: 'Blazer hip pocket',
    give: 'blazer',
    widthMm: 171,
    heightMm: 150,
    source: 'sourced width: a hip pocket 6¾ in wide finished, Anderson & Sheppard, anderson-sheppard.co.uk/thenotebook/cutting-the-pocket-flaps/; depth 150 mm typical',
  },
  'trousers-front': {
    label: 'Trousers front pocket',
    give: 'trousers',
    widthMm: 76,
    heightMm: 160,
    source: 'sourced: a slant pocket drafted 3 in from the side and 6¼ in down, Oliver + S, oliverands.com/community/blog/2018/11/how-to-draft-trouser-pockets.html',
  },
  skirt: {
    label: 'Skirt side pocket',
    give: 'skirt',
    widthMm: 86,
    heightMm: 213,
    source: 'sourced: an in-seam pocket cut 4 × 9 in less 5/8 in seams, Mood Fabrics, moodfabrics.com/blog/mood-diy-how-to-add-invisible-pockets-to-a-dress/',
  },
} as const satisfies Record<string, GarmentPocketRecord>

/** Names of the pockets of garments other than jeans. */
export type GarmentPocketName = keyof typeof GARMENT_POCKETS
