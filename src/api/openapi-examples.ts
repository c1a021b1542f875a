import type { ErrorCode } from '../errors.js'

/**
 * Examples for the OpenAPI description (openapi-document.ts): real answers of `micropurse serve` on the seeded
 * catalog (long lists cut to their first entries), and for each error status an answer of that status. The OpenAPI
 * test checks every one against its schema.
 */

/** A request body and answers by status, per operation (`METHOD /path/{param}`). */
export const OPERATION_EXAMPLES: Record<string, { request?: unknown; responses?: Record<string, unknown> }> =
  {
    'GET /api/health': {
      responses: {
        '200': {
          status: 'ok',
          database: 'sqlite',
          solver: {
            quick: {
              threads: 1,
              running: 0,
              queued: 0,
              refused: 0,
              cancelled: 0,
              overran: 0,
            },
            slow: {
              threads: 1,
              running: 0,
              queued: 0,
              refused: 0,
              cancelled: 0,
              overran: 0,
            },
          },
        },
      },
    },
    'POST /api/which-bags': {
      request: {
        items: [
          {
            id: 'apple-iphone-15',
            case: true,
          },
          'iso-7810-id1-card',
          'lipstick',
        ],
      },
      responses: {
        '200': {
          items: [
            {
              id: 'apple-iphone-15+case',
              size: [75.6, 14.3, 151.6],
              count: 1,
            },
            {
              id: 'iso-7810-id1-card',
              size: [85.6, 0.76, 53.98],
              count: 1,
            },
            {
              id: 'lipstick',
              size: [22, 22, 75],
              count: 1,
            },
          ],
          counts: {
            fits: 133,
            doesNotFit: 10,
            unknown: 71,
            unknownSize: 8,
            total: 222,
          },
          results: [
            {
              bag: {
                id: 'balenciaga-city-classic',
                label: 'Balenciaga City Classic',
                brand: 'Balenciaga',
                model: 'City',
                sizeName: 'Classic',
                shape: 'pouch',
                exteriorMm: {
                  w: 380,
                  h: 240,
                  d: 143,
                },
                dimsStatus: 'sourced',
                isReferenceOnly: true,
                price: null,
                volumeMl: 12776.9,
                priceConverted: null,
              },
              status: 'fits',
              reason: 'Everything fits: a layout was found directly (3 items).',
              closeness: {
                marginMm: 20,
                uncertaintyMm: 5.5,
                closeCall: false,
                atLeast: true,
                words: 'fits, with at least 20 mm to spare',
              },
            },
            {
              bag: {
                id: 'chanel-classic-mini-evening-bag-2021',
                label: 'Chanel Mini Evening Bag (Classic) Micro flap (Fall-Winter 2021)',
                brand: 'Chanel',
                model: 'Mini Evening Bag (Classic)',
                sizeName: 'Micro flap (Fall-Winter 2021)',
                shape: 'box',
                exteriorMm: {
                  w: 120,
                  h: 80,
                  d: 36,
                },
                dimsStatus: 'estimated',
                isReferenceOnly: false,
                price: null,
                volumeMl: 324.3,
                priceConverted: null,
              },
              status: 'does-not-fit',
              reason:
                'The apple-iphone-15+case (75.6 × 14.3 × 151.6 mm) does not fit the 117 × 36 × 77 mm interior even turned at an angle: every way it can turn, it is at least 6.98 mm too big.',
              closeness: {
                marginMm: -6.98,
                uncertaintyMm: 15,
                closeCall: true,
                atLeast: true,
                words:
                  "does not fit: at least 7 mm too big: a close call, since the bag's size is estimated from the silhouette’s proportions, not stated by any source",
              },
            },
            {
              bag: {
                id: 'fendi-micro-peekaboo',
                label: 'Fendi Peekaboo Micro',
                brand: 'Fendi',
                model: 'Peekaboo',
                sizeName: 'Micro',
                shape: 'box',
                exteriorMm: {
                  w: 149.9,
                  h: 114.3,
                  d: null,
                },
                dimsStatus: 'converted-from-inches-2d-only',
                isReferenceOnly: false,
                price: {
                  amount: 980,
                  currency: 'GBP',
                  year: 2019,
                },
                volumeMl: null,
                priceConverted: {
                  amount: 1251.26,
                  currency: 'USD',
                  rate: 1.2768,
                  rateDate: '2019',
                  rateSource: 'https://federalreserve.gov/releases/g5a/20210104',
                },
              },
              status: 'unknown-size',
              reason: 'size unknown: no depth in the catalog (converted-from-inches-2d-only)',
            },
          ],
        },
      },
    },
    'GET /api/bags/{id}/what-fits': {
      responses: {
        '200': {
          bag: {
            id: 'jacquemus-le-petit-chiquito',
            label: "Jacquemus Le Petit Chiquito Petit (called 'Mini Le Chiquito' in much of the press)",
            shape: 'trapezoid',
            volumeMl: 14.6,
            notes: ["no closure recorded in the catalog: the shape's usual closure applies"],
            explanation: [
              'exterior 53 × 43 × 15 mm (width × height × depth, as shops give it): x = width, y = depth, z = height',
              'walls 2.9 mm each side and at the base: structured leather 1.4 mm + stiffener 1 mm + lining 0.5 mm (leather 1.4 mm, the middle of the 1.2–1.6 mm (3–4 oz) used for everyday bags (trendybag.uk); a 1.0 mm Salpa-type stiffener from the 0.5–2.0 mm range sold for bags (leatherworkschool.com); a 0.5 mm lining, skived thin as in small leather goods (0.4–0.5 mm, otohaci.way-nifty.com))',
              'top 2.9 mm: the flap lies over the mouth: one wall stack',
              'interior 47.2 × 9.2 × 37.2 mm (w × d × h): 53 − 2 × 2.9 wide, 15 − 2 × 2.9 deep, 43 − 2.9 − 2.9 high, rounded down to 0.1 mm',
              "trapezoid outline: trapezoid, each side leaning in 3.4 mm over the 43 mm height; approximated from inside by 3 steps (6 blocked boxes), giving up 2.5% of the outline's 15 ml",
              'opening 40.7 × 9.2 mm (w × d): the flap lifts off the whole top; the trapezoid mouth is 40.7 mm wide',
              'the walls give: a thing goes in end first and turns inside, so its smallest cross-section must pass the opening (turned in it if need be)',
              'free volume 14.6 ml',
            ],
          },
          container: {
            size: [47.2, 9.2, 37.2],
            blocked: [
              {
                at: [0, 0, 0],
                size: [1.2, 9.2, 11.4],
              },
              {
                at: [46, 0, 0],
                size: [1.2, 9.2, 11.4],
              },
              {
                at: [0, 0, 11.4],
                size: [2.3, 9.2, 14.3],
              },
              {
                at: [44.9, 0, 11.4],
                size: [2.3, 9.2, 14.3],
              },
              {
                at: [0, 0, 25.7],
                size: [3.3, 9.2, 11.5],
              },
              {
                at: [43.9, 0, 25.7],
                size: [3.3, 9.2, 11.5],
              },
            ],
            opening: [40.7, 9.2],
            soft: true,
          },
          counts: {
            items: {
              fit: 24,
              total: 156,
            },
            kits: {
              fit: 2,
              total: 9,
            },
          },
          results: [
            {
              kind: 'item',
              id: 'apple-airpod-3rd-gen-single',
              name: 'Apple AirPod (3rd generation), one earbud',
              status: 'does-not-fit',
              reason:
                'The apple-airpod-3rd-gen-single (18.26 × 19.21 × 30.79 mm, turned by quarter turns) does not fit the 47.2 × 9.2 × 37.2 mm interior in any way it may lie.',
            },
            {
              kind: 'item',
              id: 'apple-airpod-pro-single',
              name: 'Apple AirPod Pro, one earbud (typical size)',
              status: 'does-not-fit',
              reason:
                'The apple-airpod-pro-single (22 × 24 × 31 mm, turned by quarter turns) does not fit the 47.2 × 9.2 × 37.2 mm interior in any way it may lie.',
            },
            {
              kind: 'item',
              id: 'apple-airpods-2nd-gen-case',
              name: 'Apple AirPods (1st/2nd generation) charging case (typical size)',
              status: 'does-not-fit',
              reason:
                "The apple-airpods-2nd-gen-case's 54 mm exceeds every side of the 47.2 × 9.2 × 37.2 mm interior.",
            },
          ],
        },
      },
    },
    'GET /api/bags': {
      responses: {
        '200': {
          total: 222,
          limit: 1,
          offset: 0,
          results: [
            {
              id: 'balenciaga-city-classic',
              brand: 'Balenciaga',
              model: 'City',
              sizeName: 'Classic',
              exteriorMm: {
                w: 380,
                h: 240,
                d: 143,
              },
              interiorMm: null,
              dimsStatus: 'sourced',
              shape: 'pouch',
              closure: 'zip',
              material: 'soft leather: lambskin',
              strap: 'top handles plus shoulder strap',
              price: null,
              priceConverted: null,
              yearIntroduced: 2001,
              isReferenceOnly: true,
              handleDropMm: 126,
              strapLengthMm: null,
              strapDropMm: null,
              sources: ['http://www.lovebbags.com/2016/09/new-smaller-sized-balenciaga-city.html'],
              notes:
                'Classic City: width 15 in / 38 cm, height 9.4 in / 24 cm, depth 5.5 in / 14.3 cm, handle drop 5 in / 12.6 cm (Love B Bags, 2016). Kept to compare against the Mini and Small.',
              details: {},
              pricePerMl: null,
            },
          ],
        },
      },
    },
    'GET /api/items': {
      responses: {
        '200': {
          total: 160,
          limit: 1,
          offset: 0,
          results: [
            {
              id: 'apple-airpod-3rd-gen-single',
              name: 'Apple AirPod (3rd generation), one earbud',
              category: 'audio',
              dimsMm: {
                w: 18.26,
                h: 30.79,
                d: 19.21,
              },
              dimsStatus: 'sourced',
              shape: 'irregular',
              weightG: 4.28,
              isRigid: true,
              minDimsMm: null,
              caseAddsMm: null,
              sources: [
                'https://www.apple.com/sg-edu/shop/product/FME73ZA/A/refurbished-airpods-3rd-generation-with-magsafe-charging-case',
              ],
              notes: 'One earbud: 30.79 x 18.26 x 19.21 mm, 4.28 g (Apple).',
              details: {},
            },
          ],
        },
      },
    },
    'GET /api/kits': {
      responses: {
        '200': {
          total: 9,
          limit: 1,
          offset: 0,
          results: [
            {
              id: 'cash-and-card',
              name: 'Cash and a card',
              description: 'A bank card, a banknote folded in thirds and two quarters.',
              items: [
                {
                  itemId: 'iso-7810-id1-card',
                  count: 1,
                },
                {
                  itemId: 'us-banknote-folded-thirds',
                  count: 1,
                },
                {
                  itemId: 'us-coin-quarter',
                  count: 2,
                },
              ],
              notes: '',
            },
          ],
        },
      },
    },
    'GET /api/bags/{id}': {
      responses: {
        '200': {
          bag: {
            id: 'jacquemus-le-petit-chiquito',
            brand: 'Jacquemus',
            model: 'Le Petit Chiquito',
            sizeName: "Petit (called 'Mini Le Chiquito' in much of the press)",
            exteriorMm: {
              w: 53,
              h: 43,
              d: 15,
            },
            interiorMm: null,
            dimsStatus: 'sourced',
            shape: 'trapezoid',
            closure: null,
            material: 'structured leather: smooth calf leather',
            strap: 'long thin leather strap; oversized top handle that loops round a finger',
            price: {
              amount: 258,
              amountMax: null,
              currency: 'USD',
              year: 2019,
              date: '2019-07',
              source:
                'https://bagaholicboy.com/2019/07/bagaholicboy-shops-smaller-than-small-jacquemus-louis-vuitton-saint-laurent/',
            },
            priceConverted: {
              amount: 258,
              currency: 'USD',
              rate: 1,
              rateDate: '2019-07',
              rateSource:
                'https://bagaholicboy.com/2019/07/bagaholicboy-shops-smaller-than-small-jacquemus-louis-vuitton-saint-laurent/',
            },
            yearIntroduced: 2019,
            isReferenceOnly: false,
            handleDropMm: null,
            strapLengthMm: null,
            strapDropMm: null,
            sources: [
              'https://sketchxxhouse.com/garments/2020/07/27/jacquemuslepetitchiquito.html',
              'https://www.pling.no/publications/marie-claire-france/6833/issues/440089/articles',
              'https://www.iodonna.it/moda/news/2020/01/16/jacquemus-chiquito-micro-borsa-gioiello/',
              'https://newsbytesapp.com/news/entertainment/micro-sized-handbags-are-the-new-fashion-sensations/story',
              'https://sometrical.com/will-the-pandemic-mark-the-end-of-the-micro-purse/',
              'https://roseelizabethdodd.com/2019/11/04/le-chiquito/',
              'https://cools.com/jacquemus-mini-chiquito-bag',
              'https://golden.com/wiki/Jacquemus_le_Chiquito-MAVRZDY',
            ],
            notes:
              'Body 5.3 x 4.3 x 1.5 cm (sketchxxhouse). Marie Claire France gives 5.2 cm long and 8.7 cm tall including the handle; Io Donna gives 8.5 x 5 cm (handle included). Shown AW19. Body width (53 mm) is narrower than the short side of an ID-1 card (53.98 mm), so no bank card fits even on its side. Price: USD 255 per sometrical (article year not stated); golden.com lists USD 275 for Le Petit Chiquito. Naming is inconsistent across outlets (Petit / Mini).',
            details: {
              amendments: [
                'material in words the bag layer reads (Jacquemus lists its Chiquitos in calf leather (s-o-c-i-e-t-e.com, golden.com))',
                'a dated price (Bagaholicboy, July 2019) replaces the undated USD 255 of sometrical, which the notes keep',
              ],
            },
          },
          room: {
            kind: 'derived',
            container: {
              size: [47.2, 9.2, 37.2],
              blocked: [
                {
                  at: [0, 0, 0],
                  size: [1.2, 9.2, 11.4],
                },
                {
                  at: [46, 0, 0],
                  size: [1.2, 9.2, 11.4],
                },
                {
                  at: [0, 0, 11.4],
                  size: [2.3, 9.2, 14.3],
                },
                {
                  at: [44.9, 0, 11.4],
                  size: [2.3, 9.2, 14.3],
                },
                {
                  at: [0, 0, 25.7],
                  size: [3.3, 9.2, 11.5],
                },
                {
                  at: [43.9, 0, 25.7],
                  size: [3.3, 9.2, 11.5],
                },
              ],
              opening: [40.7, 9.2],
              soft: true,
            },
            volumeMl: 14.6,
            pricePerMl: {
              amount: 17.67,
              currency: 'USD',
              priceUsd: 258,
              volumeMl: 14.6,
              quoted: {
                amount: 258,
                currency: 'USD',
              },
              rate: 1,
              rateDate: '2019-07',
              rateSource:
                'https://bagaholicboy.com/2019/07/bagaholicboy-shops-smaller-than-small-jacquemus-louis-vuitton-saint-laurent/',
            },
            explanation: [
              'exterior 53 × 43 × 15 mm (width × height × depth, as shops give it): x = width, y = depth, z = height',
              'walls 2.9 mm each side and at the base: structured leather 1.4 mm + stiffener 1 mm + lining 0.5 mm (leather 1.4 mm, the middle of the 1.2–1.6 mm (3–4 oz) used for everyday bags (trendybag.uk); a 1.0 mm Salpa-type stiffener from the 0.5–2.0 mm range sold for bags (leatherworkschool.com); a 0.5 mm lining, skived thin as in small leather goods (0.4–0.5 mm, otohaci.way-nifty.com))',
              'top 2.9 mm: the flap lies over the mouth: one wall stack',
              'interior 47.2 × 9.2 × 37.2 mm (w × d × h): 53 − 2 × 2.9 wide, 15 − 2 × 2.9 deep, 43 − 2.9 − 2.9 high, rounded down to 0.1 mm',
              "trapezoid outline: trapezoid, each side leaning in 3.4 mm over the 43 mm height; approximated from inside by 3 steps (6 blocked boxes), giving up 2.5% of the outline's 15 ml",
              'opening 40.7 × 9.2 mm (w × d): the flap lifts off the whole top; the trapezoid mouth is 40.7 mm wide',
              'the walls give: a thing goes in end first and turns inside, so its smallest cross-section must pass the opening (turned in it if need be)',
              'free volume 14.6 ml',
            ],
          },
        },
      },
    },
    'GET /api/items/{id}': {
      responses: {
        '200': {
          id: 'lipstick',
          name: 'Lipstick, full-size bullet case (typical size)',
          category: 'cosmetics',
          dimsMm: {
            w: 22,
            h: 75,
            d: 22,
          },
          dimsStatus: 'typical',
          shape: 'cylinder',
          weightG: null,
          isRigid: true,
          minDimsMm: null,
          caseAddsMm: null,
          sources: [],
          notes:
            "Typical size, not measured or sourced. Length 75 mm is the top of the sourced 65-75 mm case-length range (see lipstick-bullet-standard, NecoleBitchie); the top is taken so that a fit answer stays safe. No source gave a diameter; 22 mm is a usual round full-size case. Use this record where a kit needs 'a lipstick'.",
          details: {},
        },
      },
    },
    'GET /api/kits/{id}': {
      responses: {
        '200': {
          id: 'evening',
          name: 'Evening',
          description: 'A bank card, a lipstick and a powder compact.',
          items: [
            {
              itemId: 'iso-7810-id1-card',
              count: 1,
            },
            {
              itemId: 'lipstick',
              count: 1,
            },
            {
              itemId: 'powder-compact',
              count: 1,
            },
          ],
          notes: '',
        },
      },
    },
    'POST /api/fit': {
      request: {
        container: {
          size: [120, 44, 84],
        },
        items: [
          {
            id: 'card',
            size: [85.6, 53.98, 0.76],
            count: 2,
          },
        ],
      },
      responses: {
        '200': {
          status: 'fits',
          placements: [
            {
              id: 'card',
              at: [0, 0, 0],
              size: [85.6, 0.76, 53.98],
            },
            {
              id: 'card',
              at: [0, 0.76, 0],
              size: [85.6, 0.76, 53.98],
            },
          ],
          reason: 'Everything fits: a layout was found directly (2 items).',
          stats: {
            nodes: 7,
            elapsedMs: 0.463,
          },
          proof: {
            kind: 'layout',
            by: 'heuristic',
          },
        },
      },
    },
    'POST /api/plan': {
      request: {
        kit: 'essentials',
        containers: ['jacquemus-le-petit-chiquito', 'pocket:womens-jeans-front', 'tote'],
      },
      responses: {
        '200': {
          status: 'all-carried',
          exact: true,
          containers: [
            {
              id: 'pocket:womens-jeans-front',
              kind: 'pocket',
              name: "Women's jeans front pocket",
              piece: 'pocket:womens-jeans-front',
              worn: true,
              contents: [
                {
                  id: 'iso-7810-id1-card',
                  count: 1,
                },
                {
                  id: 'lipstick',
                  count: 1,
                },
                {
                  id: 'house-key',
                  count: 2,
                },
              ],
              problem: {
                container: {
                  size: [67.7, 26, 135.4],
                },
                items: [
                  {
                    id: 'iso-7810-id1-card',
                    size: [85.6, 0.76, 53.98],
                    count: 1,
                  },
                  {
                    id: 'lipstick',
                    size: [22, 22, 75],
                    count: 1,
                  },
                  {
                    id: 'house-key',
                    size: [24, 2.5, 58],
                    count: 2,
                  },
                ],
              },
              placements: [
                {
                  id: 'lipstick',
                  at: [0, 0, 0],
                  size: [22, 22, 75],
                },
                {
                  id: 'iso-7810-id1-card',
                  at: [0, 22, 0],
                  size: [53.98, 0.76, 85.6],
                },
                {
                  id: 'house-key',
                  at: [22, 0, 0],
                  size: [24, 2.5, 58],
                },
                {
                  id: 'house-key',
                  at: [53.98, 0, 0],
                  size: [2.5, 24, 58],
                },
              ],
              fill: 0.19624684652962593,
              why: 'Worn anyway: it adds nothing to carry.',
            },
            {
              id: 'tote',
              kind: 'tote',
              name: 'Tote',
              piece: 'tote',
              worn: false,
              contents: [
                {
                  id: 'apple-iphone-15',
                  count: 1,
                },
              ],
              problem: {
                container: {
                  size: [377.2, 97.2, 418.6],
                  blocked: [],
                  opening: [377.2, 97.2],
                  soft: true,
                },
                items: [
                  {
                    id: 'apple-iphone-15',
                    size: [71.6, 7.8, 147.6],
                    count: 1,
                  },
                ],
              },
              placements: [
                {
                  id: 'apple-iphone-15',
                  at: [0, 0, 0],
                  size: [71.6, 7.8, 147.6],
                },
              ],
              fill: 0.00537102049389384,
              why: "Carries the Apple iPhone 15, which nothing you wear can take. Jacquemus Le Petit Chiquito Petit: The apple-iphone-15's 147.6 mm exceeds every side of the 47.2 × 9.2 × 37.2 mm interior. Women's jeans front pocket: The apple-iphone-15's 147.6 mm exceeds every side of the 67.7 × 26 × 135.4 mm interior.",
            },
          ],
          leftBehind: [],
          pieces: ['tote'],
          unused: [
            {
              id: 'jacquemus-le-petit-chiquito',
              name: 'Jacquemus Le Petit Chiquito Petit',
              reason: 'none of the things fits in it',
            },
          ],
          wornPriority: 0,
          mustHaves: {
            carried: 0,
            total: 0,
          },
          carriedPriority: 42,
          totalPriority: 42,
          priorityBound: 42,
          stats: {
            nodes: 15,
            fitChecks: 18,
            elapsedMs: 19.56,
          },
        },
      },
    },
    'POST /api/style': {
      request: {
        bagId: 'jacquemus-le-petit-chiquito',
        colour: 'hotpink',
        outfit: {
          garments: [
            {
              name: 'dress',
              colour: 'black',
              fit: 'fitted',
              share: 1,
            },
          ],
        },
        occasion: 'evening',
      },
      responses: {
        '200': {
          bag: {
            id: 'jacquemus-le-petit-chiquito',
            name: 'Jacquemus Le Petit Chiquito',
          },
          occasion: 'evening',
          overall: 0.812,
          unjudged: [],
          verdict: 'strong',
          summary:
            'Jacquemus Le Petit Chiquito for evening: strong (0.81); colour reads like jewellery, proportion jewellery scale, worn as a statement, placement best as a necklace, practicality phone has no place, occasion right for an evening out.',
          rules: {
            colour: {
              rule: 'colour',
              score: 1,
              weight: 0.25,
              verdict: 'reads like jewellery',
              reasons: [
                'The bag is hot pink ("Pop That Gum", #ff69b4), a bright colour: OKLCH lightness 0.73, chroma 0.197.',
                'Against the outfit (black dress 100%, ΔE00 58.8) the area-weighted ΔE00 is 58.8; 100% of the outfit is neutral.',
                'A hot pink bag against this black outfit reads like jewellery (pop 1, ≥ 0.6).',
              ],
              suggestions: [],
              details: {
                bag: {
                  hex: '#ff69b4',
                  word: 'hot pink',
                  name: 'Pop That Gum',
                  nameDeltaE00: 1.6,
                  class: 'bright',
                  oklch: {
                    l: 0.728,
                    c: 0.197,
                    h: 352,
                  },
                },
                garments: [
                  {
                    hex: '#000000',
                    word: 'black',
                    name: 'Black',
                    nameDeltaE00: 0,
                    class: 'neutral',
                    share: 1,
                    deltaE00: 58.8,
                  },
                ],
                deltaE00Weighted: 58.8,
                neutralShare: 1,
                pop: 1,
                reading: 'jewellery',
                outlineContrast: 7.93,
                harmonies: [],
              },
            },
            proportion: {
              rule: 'proportion',
              score: 0.7,
              weight: 0.2,
              verdict: 'jewellery scale, worn as a statement',
              reasons: [
                'The bag is 5.3 cm wide; an everyday bag for a wearer of 165 cm (assumed: no height given) is about 30 cm wide, a ratio of 0.18.',
                'Outfit volume V = 0: ease 0 (fitted dress 100%); 1 visible layer (+0).',
                'p = 0.18 / (1 + 0) = 0.18: jewellery scale (under 0.2): it reads as an accessory, not a bag.',
                'Its colour pops, so the small scale reads as a deliberate statement: score raised to 0.7.',
              ],
              suggestions: [
                {
                  rule: 'proportion',
                  text: 'To balance this outfit as a handbag, choose one at least 9 cm wide, or wear this one as jewellery (see placement).',
                },
              ],
              details: {
                widthMm: 53,
                heightCm: 165,
                isHeightAssumed: true,
                referenceWidthMm: 300,
                outfitVolume: 0,
                layers: 1,
                ratio: 0.177,
                reading: 'jewellery scale',
                isStatement: true,
              },
            },
            placement: {
              rule: 'placement',
              score: 0.812,
              weight: 0.15,
              verdict: 'best as a necklace',
              reasons: [
                'Best: as a necklace (suitability 0.81).',
                'As a necklace: suits 0.81; 53 mm wide, pendant size (≤ 80 mm); weight not given (should be ≤ 150 g); hangs from its leather strap (length not given); neckline not given, taken as crew (0.8).',
                'On a belt: ruled out; 15 mm deep, flat enough; no belt or belt loops given for the wearer.',
                'As a charm on a larger bag: ruled out; no larger bag carried to hang it from; loops on by its strap.',
                'Carried on its strap or in the hand: suits 0.75; always possible; suits as well as its proportion (0.7) allows.',
              ],
              suggestions: [
                {
                  rule: 'placement',
                  text: 'Clip it to the handle of a larger bag (at least 15.9 cm wide) as a charm.',
                },
              ],
              details: {
                options: [
                  {
                    placement: 'necklace',
                    isFeasible: true,
                    suitability: 0.812,
                    reasons: [
                      '53 mm wide, pendant size (≤ 80 mm)',
                      'weight not given (should be ≤ 150 g)',
                      'hangs from its leather strap (length not given)',
                      'neckline not given, taken as crew (0.8)',
                    ],
                  },
                  {
                    placement: 'belt',
                    isFeasible: false,
                    suitability: 0,
                    reasons: ['15 mm deep, flat enough', 'no belt or belt loops given for the wearer'],
                  },
                  {
                    placement: 'charm',
                    isFeasible: false,
                    suitability: 0,
                    reasons: ['no larger bag carried to hang it from', 'loops on by its strap'],
                  },
                  {
                    placement: 'carried',
                    isFeasible: true,
                    suitability: 0.75,
                    reasons: ['always possible; suits as well as its proportion (0.7) allows'],
                  },
                ],
                best: 'necklace',
              },
            },
            practicality: {
              rule: 'practicality',
              score: 0,
              weight: 0.1,
              verdict: 'phone has no place',
              reasons: [
                'No place for: phone, keys, card and lipstick.',
                'Nothing in this look holds the phone: score capped at 0.5.',
                'Practicality 0 (weights: phone 0.35, keys 0.25, card 0.2, lipstick 0.1, other 0.1).',
              ],
              suggestions: [
                {
                  rule: 'practicality',
                  text: 'Pair the bag with a tote, a coat with functional pockets or a phone case with card slots for the phone, keys, card and lipstick.',
                },
              ],
              details: {
                mode: 'placed',
                essentials: [
                  {
                    essential: 'phone',
                    where: 'nowhere',
                    credit: 0,
                  },
                  {
                    essential: 'keys',
                    where: 'nowhere',
                    credit: 0,
                  },
                  {
                    essential: 'card',
                    where: 'nowhere',
                    credit: 0,
                  },
                  {
                    essential: 'lipstick',
                    where: 'nowhere',
                    credit: 0,
                  },
                ],
              },
            },
            occasion: {
              rule: 'occasion',
              score: 1,
              weight: 0.3,
              verdict: 'right for an evening out',
              reasons: [
                'Finish 0.5: leather 0.5 (the dressiest counts).',
                'Structure 1: rigid, like a minaudière; strap 0.7: leather and handle.',
                'Dress level 0.61 on a scale from 0 (casual) to 1 (black tie): within the 0.45–1 that an evening out suits.',
              ],
              suggestions: [],
              details: {
                dressLevel: 0.605,
                band: [0.45, 1],
                fit: 'right',
                finish: 0.5,
                structure: 1,
                strap: 0.7,
              },
            },
          },
          suggestions: [
            {
              rule: 'practicality',
              text: 'Pair the bag with a tote, a coat with functional pockets or a phone case with card slots for the phone, keys, card and lipstick.',
            },
            {
              rule: 'proportion',
              text: 'To balance this outfit as a handbag, choose one at least 9 cm wide, or wear this one as jewellery (see placement).',
            },
            {
              rule: 'placement',
              text: 'Clip it to the handle of a larger bag (at least 15.9 cm wide) as a charm.',
            },
          ],
        },
      },
    },
    'POST /api/scale': {
      request: {
        silhouette: 'jacquemus-le-petit-chiquito',
        items: ['iso-7810-id1-card'],
      },
      responses: {
        '200': {
          status: 'found',
          silhouette: {
            id: 'jacquemus-le-petit-chiquito',
            label: 'Jacquemus Le Petit Chiquito Petit',
            referenceWidthMm: 53,
          },
          rangeMm: [21, 106],
          smallest: {
            widthMm: 105,
            exteriorMm: {
              w: 105,
              h: 85.189,
              d: 29.717,
            },
            container: {
              size: [99.2, 23.9, 79.3],
              blocked: [
                {
                  at: [0, 0, 0],
                  size: [2.3, 23.9, 25.4],
                },
                {
                  at: [96.9, 0, 0],
                  size: [2.3, 23.9, 25.4],
                },
                {
                  at: [0, 0, 25.4],
                  size: [4.6, 23.9, 28.4],
                },
                {
                  at: [94.6, 0, 25.4],
                  size: [4.6, 23.9, 28.4],
                },
                {
                  at: [0, 0, 53.8],
                  size: [6.6, 23.9, 25.5],
                },
                {
                  at: [92.6, 0, 53.8],
                  size: [6.6, 23.9, 25.5],
                },
                {
                  at: [34.6, 0, 49.3],
                  size: [30, 5, 20],
                },
                {
                  at: [20.3, 0, 65.3],
                  size: [9, 3, 9],
                },
                {
                  at: [69.9, 0, 65.3],
                  size: [9, 3, 9],
                },
                {
                  at: [20.3, 20.9, 65.3],
                  size: [9, 3, 9],
                },
                {
                  at: [69.9, 20.9, 65.3],
                  size: [9, 3, 9],
                },
              ],
              opening: [86, 23.9],
              soft: true,
            },
            usableMl: 167,
            explanation: [
              'exterior 105 × 85.2 × 29.7 mm (width × height × depth, as shops give it): x = width, y = depth, z = height',
              'walls 2.9 mm each side and at the base: structured leather 1.4 mm + stiffener 1 mm + lining 0.5 mm (leather 1.4 mm, the middle of the 1.2–1.6 mm (3–4 oz) used for everyday bags (trendybag.uk); a 1.0 mm Salpa-type stiffener from the 0.5–2.0 mm range sold for bags (leatherworkschool.com); a 0.5 mm lining, skived thin as in small leather goods (0.4–0.5 mm, otohaci.way-nifty.com))',
              'top 2.9 mm: the flap lies over the mouth: one wall stack',
              'interior 99.2 × 23.9 × 79.3 mm (w × d × h): 105 − 2 × 2.9 wide, 29.7 − 2 × 2.9 deep, 85.2 − 2.9 − 2.9 high, rounded down to 0.1 mm',
              "trapezoid outline: trapezoid, each side leaning in 6.8 mm over the 85.2 mm height; approximated from inside by 3 steps (6 blocked boxes), giving up 2.5% of the outline's 175.4 ml",
              'opening 86 × 23.9 mm (w × d): the flap lifts off the whole top; the trapezoid mouth is 86 mm wide',
              'the walls give: a thing goes in end first and turns inside, so its smallest cross-section must pass the opening (turned in it if need be)',
              'free volume 170.9 ml',
              'hardware turn-lock: 30 × 20 mm, 5 mm proud, top 10 mm below the top of the interior, on the front wall, centred',
              'hardware handle anchors: 9 × 9 mm, 3 mm proud, top 5 mm below the top of the interior, two on the front wall and two on the back',
              'usable 167 ml after the hardware',
            ],
            answer: {
              status: 'fits',
              placements: [
                {
                  id: 'iso-7810-id1-card',
                  size: [85.6, 0.76, 53.98],
                  at: [6.8, 11.719, 0],
                },
              ],
              reason:
                'Everything fits: the layout found at 106 mm, moved by -0.5, 0, 0 mm (x, y, z), passes the layout checker here (1 items).',
              stats: {
                nodes: 0,
                elapsedMs: 4.084,
              },
              proof: {
                kind: 'layout',
                by: 'heuristic',
              },
            },
          },
          largestNotFitting: {
            widthMm: 104,
            exteriorMm: {
              w: 104,
              h: 84.377,
              d: 29.434,
            },
            container: {
              size: [98.2, 23.6, 78.5],
              blocked: [
                {
                  at: [0, 0, 0],
                  size: [2.3, 23.6, 25.2],
                },
                {
                  at: [95.9, 0, 0],
                  size: [2.3, 23.6, 25.2],
                },
                {
                  at: [0, 0, 25.2],
                  size: [4.6, 23.6, 28.1],
                },
                {
                  at: [93.6, 0, 25.2],
                  size: [4.6, 23.6, 28.1],
                },
                {
                  at: [0, 0, 53.3],
                  size: [6.6, 23.6, 25.2],
                },
                {
                  at: [91.6, 0, 53.3],
                  size: [6.6, 23.6, 25.2],
                },
                {
                  at: [34.1, 0, 48.5],
                  size: [30, 5, 20],
                },
                {
                  at: [20.05, 0, 64.5],
                  size: [9, 3, 9],
                },
                {
                  at: [69.15, 0, 64.5],
                  size: [9, 3, 9],
                },
                {
                  at: [20.05, 20.6, 64.5],
                  size: [9, 3, 9],
                },
                {
                  at: [69.15, 20.6, 64.5],
                  size: [9, 3, 9],
                },
              ],
              opening: [85.1, 23.6],
              soft: true,
            },
            usableMl: 161.3,
            explanation: [
              'exterior 104 × 84.4 × 29.4 mm (width × height × depth, as shops give it): x = width, y = depth, z = height',
              'walls 2.9 mm each side and at the base: structured leather 1.4 mm + stiffener 1 mm + lining 0.5 mm (leather 1.4 mm, the middle of the 1.2–1.6 mm (3–4 oz) used for everyday bags (trendybag.uk); a 1.0 mm Salpa-type stiffener from the 0.5–2.0 mm range sold for bags (leatherworkschool.com); a 0.5 mm lining, skived thin as in small leather goods (0.4–0.5 mm, otohaci.way-nifty.com))',
              'top 2.9 mm: the flap lies over the mouth: one wall stack',
              'interior 98.2 × 23.6 × 78.5 mm (w × d × h): 104 − 2 × 2.9 wide, 29.4 − 2 × 2.9 deep, 84.4 − 2.9 − 2.9 high, rounded down to 0.1 mm',
              "trapezoid outline: trapezoid, each side leaning in 6.8 mm over the 84.4 mm height; approximated from inside by 3 steps (6 blocked boxes), giving up 2.7% of the outline's 169.8 ml",
              'opening 85.1 × 23.6 mm (w × d): the flap lifts off the whole top; the trapezoid mouth is 85.1 mm wide',
              'the walls give: a thing goes in end first and turns inside, so its smallest cross-section must pass the opening (turned in it if need be)',
              'free volume 165.2 ml',
              'hardware turn-lock: 30 × 20 mm, 5 mm proud, top 10 mm below the top of the interior, on the front wall, centred',
              'hardware handle anchors: 9 × 9 mm, 3 mm proud, top 5 mm below the top of the interior, two on the front wall and two on the back',
              'usable 161.3 ml after the hardware',
            ],
            answer: {
              status: 'does-not-fit',
              placements: [],
              reason:
                "Even without the hardware, the iso-7810-id1-card (85.6 × 0.76 × 53.98 mm) fits the 98.2 × 23.6 × 78.5 mm interior's bounding box but nowhere clear of its blocked regions (tapers, rounded corners, frame).",
              stats: {
                nodes: 281,
                elapsedMs: 0.713,
              },
              proof: {
                kind: 'no-room',
                itemId: 'iso-7810-id1-card',
                opening: false,
              },
            },
          },
          unknownWidthsMm: [],
          summary: [
            'smallest width that fits: 105 mm (exterior 105 × 85.189 × 29.717 mm, 167 ml usable)',
            "largest width that does not fit: 104 mm: Even without the hardware, the iso-7810-id1-card (85.6 × 0.76 × 53.98 mm) fits the 98.2 × 23.6 × 78.5 mm interior's bounding box but nowhere clear of its blocked regions (tapers, rounded corners, frame).",
            "no width up to 84 mm fits: Even in the interior box without the outline steps and hardware, the iso-7810-id1-card's 85.6 mm exceeds every side of the 78.2 × 17.9 × 62.3 mm interior.",
            'monotone in scale: not proven: the trapezoid outline is approximated by steps whose number and edges change with the size (0.1 mm grid), so a larger bag can lack a sliver a smaller one had; the handle anchors sit at a share of the width and move outward as it grows, so an item tucked beside one can be hit',
            'not tried below the smallest width, assumed not to fit: 85–94, 96–99 mm',
            'below 21 mm wide the walls and closure leave no room inside, so the range starts there',
          ],
          material: {
            name: 'structured-leather',
            wallMm: 1.4,
            stiffenerMm: 1,
            liningMm: 0.5,
          },
          hardware: [
            {
              kind: 'turn-lock',
              widthMm: 30,
              heightMm: 20,
              depthMm: 5,
              belowTopMm: 10,
            },
            {
              kind: 'handle-anchors',
              widthMm: 9,
              heightMm: 9,
              depthMm: 3,
              belowTopMm: 5,
            },
          ],
          items: [
            {
              id: 'iso-7810-id1-card',
              size: [85.6, 0.76, 53.98],
              count: 1,
            },
          ],
          breaks: [],
          certainty: {
            monotone: 'not-proven',
            monotoneReason:
              'the trapezoid outline is approximated by steps whose number and edges change with the size (0.1 mm grid), so a larger bag can lack a sliver a smaller one had; the handle anchors sit at a share of the width and move outward as it grows, so an item tucked beside one can be hit',
            boundFloorMm: 84,
            untriedBelow: [
              [85, 94],
              [96, 99],
            ],
            untriedAbove: [],
            smallestIsExact: false,
            largestIsExact: true,
          },
          probes: [
            {
              widthMm: 63,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'item-too-large',
              elapsedMs: 127.075,
            },
            {
              widthMm: 84,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'item-too-large',
              elapsedMs: 56.679,
            },
            {
              widthMm: 95,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'no-room',
              elapsedMs: 72.871,
            },
            {
              widthMm: 100,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'no-room',
              elapsedMs: 18.433,
            },
            {
              widthMm: 101,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'no-room',
              elapsedMs: 11.937,
            },
            {
              widthMm: 102,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'no-room',
              elapsedMs: 11.262,
            },
            {
              widthMm: 103,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'no-room',
              elapsedMs: 9.407,
            },
            {
              widthMm: 104,
              status: 'does-not-fit',
              by: 'relaxation',
              proof: 'no-room',
              elapsedMs: 16.709,
            },
            {
              widthMm: 105,
              status: 'fits',
              by: 'reused-layout',
              proof: 'layout',
              elapsedMs: 4.084,
              carriedFromMm: 106,
            },
            {
              widthMm: 106,
              status: 'fits',
              by: 'relaxation',
              proof: 'layout',
              elapsedMs: 1.958,
            },
          ],
          stats: {
            fits: 15,
            reusedLayouts: 1,
            elapsedMs: 716.726,
          },
        },
      },
    },
    'POST /api/bags': {
      request: {
        id: 'shop-a-nano',
        brand: 'Shop A',
        model: 'Nano',
        exteriorMm: {
          w: 110,
          h: 80,
          d: 40,
        },
        dimsStatus: 'measured',
        shape: 'box',
        closure: 'zip',
        price: {
          amount: 89,
          currency: 'EUR',
        },
      },
      responses: {
        '201': {
          id: 'shop-a-nano',
          brand: 'Shop A',
          model: 'Nano',
          sizeName: null,
          exteriorMm: {
            w: 110,
            h: 80,
            d: 40,
          },
          interiorMm: null,
          dimsStatus: 'measured',
          shape: 'box',
          closure: 'zip',
          material: null,
          strap: null,
          price: {
            amount: 89,
            amountMax: null,
            currency: 'EUR',
            year: null,
            date: null,
            source: null,
          },
          priceConverted: null,
          yearIntroduced: null,
          isReferenceOnly: false,
          handleDropMm: null,
          strapLengthMm: null,
          strapDropMm: null,
          sources: [],
          notes: '',
          details: {},
        },
      },
    },
    'PUT /api/bags/{id}': {
      request: {
        brand: 'Shop A',
        model: 'Nano',
        exteriorMm: {
          w: 110,
          h: 80,
          d: 40,
        },
        dimsStatus: 'measured',
        shape: 'box',
        closure: 'zip',
        price: {
          amount: 89,
          currency: 'EUR',
        },
      },
      responses: {
        '200': {
          id: 'shop-a-nano',
          brand: 'Shop A',
          model: 'Nano',
          sizeName: null,
          exteriorMm: {
            w: 110,
            h: 80,
            d: 40,
          },
          interiorMm: null,
          dimsStatus: 'measured',
          shape: 'box',
          closure: 'zip',
          material: null,
          strap: null,
          price: {
            amount: 89,
            amountMax: null,
            currency: 'EUR',
            year: null,
            date: null,
            source: null,
          },
          priceConverted: null,
          yearIntroduced: null,
          isReferenceOnly: false,
          handleDropMm: null,
          strapLengthMm: null,
          strapDropMm: null,
          sources: [],
          notes: '',
          details: {},
        },
        '201': {
          id: 'shop-a-nano',
          brand: 'Shop A',
          model: 'Nano',
          sizeName: null,
          exteriorMm: {
            w: 110,
            h: 80,
            d: 40,
          },
          interiorMm: null,
          dimsStatus: 'measured',
          shape: 'box',
          closure: 'zip',
          material: null,
          strap: null,
          price: {
            amount: 89,
            amountMax: null,
            currency: 'EUR',
            year: null,
            date: null,
            source: null,
          },
          priceConverted: null,
          yearIntroduced: null,
          isReferenceOnly: false,
          handleDropMm: null,
          strapLengthMm: null,
          strapDropMm: null,
          sources: [],
          notes: '',
          details: {},
        },
      },
    },
    'POST /api/items': {
      request: {
        id: 'hair-clip',
        name: 'Hair clip',
        category: 'other',
        dimsMm: {
          w: 60,
          h: 20,
          d: 15,
        },
        dimsStatus: 'measured',
        shape: 'irregular',
      },
      responses: {
        '201': {
          id: 'hair-clip',
          name: 'Hair clip',
          category: 'other',
          dimsMm: {
            w: 60,
            h: 20,
            d: 15,
          },
          dimsStatus: 'measured',
          shape: 'irregular',
          weightG: null,
          isRigid: true,
          minDimsMm: null,
          caseAddsMm: null,
          sources: [],
          notes: '',
          details: {},
        },
      },
    },
    'PUT /api/items/{id}': {
      request: {
        name: 'Hair clip',
        category: 'other',
        dimsMm: {
          w: 60,
          h: 20,
          d: 15,
        },
        dimsStatus: 'measured',
        shape: 'irregular',
      },
      responses: {
        '200': {
          id: 'hair-clip',
          name: 'Hair clip',
          category: 'other',
          dimsMm: {
            w: 60,
            h: 20,
            d: 15,
          },
          dimsStatus: 'measured',
          shape: 'irregular',
          weightG: null,
          isRigid: true,
          minDimsMm: null,
          caseAddsMm: null,
          sources: [],
          notes: '',
          details: {},
        },
        '201': {
          id: 'hair-clip',
          name: 'Hair clip',
          category: 'other',
          dimsMm: {
            w: 60,
            h: 20,
            d: 15,
          },
          dimsStatus: 'measured',
          shape: 'irregular',
          weightG: null,
          isRigid: true,
          minDimsMm: null,
          caseAddsMm: null,
          sources: [],
          notes: '',
          details: {},
        },
      },
    },
    'POST /api/kits': {
      request: {
        id: 'night-out',
        name: 'Night out',
        items: [
          {
            itemId: 'hair-clip',
          },
          {
            itemId: 'lipstick',
          },
        ],
      },
      responses: {
        '201': {
          id: 'night-out',
          name: 'Night out',
          description: '',
          items: [
            {
              itemId: 'hair-clip',
              count: 1,
            },
            {
              itemId: 'lipstick',
              count: 1,
            },
          ],
          notes: '',
        },
      },
    },
    'PUT /api/kits/{id}': {
      request: {
        name: 'Night out',
        items: [
          {
            itemId: 'hair-clip',
          },
          {
            itemId: 'lipstick',
          },
        ],
      },
      responses: {
        '200': {
          id: 'night-out',
          name: 'Night out',
          description: '',
          items: [
            {
              itemId: 'hair-clip',
              count: 1,
            },
            {
              itemId: 'lipstick',
              count: 1,
            },
          ],
          notes: '',
        },
        '201': {
          id: 'night-out',
          name: 'Night out',
          description: '',
          items: [
            {
              itemId: 'hair-clip',
              count: 1,
            },
            {
              itemId: 'lipstick',
              count: 1,
            },
          ],
          notes: '',
        },
      },
    },
  }

/** The code and message an error answer of each status gives, for examples. */
const ERRORS: Record<number, [ErrorCode, string]> = {
  400: ['INVALID_INPUT', 'body.container.size[0] must be at least 0.001, got -5.'],
  401: [
    'UNAUTHORIZED',
    'Catalog writes need an API key. Send "Authorization: Bearer KEY" (or "x-api-key: KEY"); an operator makes a key with micropurse keys create --name NAME.',
  ],
  404: [
    'BAG_NOT_FOUND',
    'Unknown bag id "chiquito". Closest bags: jacquemus-le-petit-chiquito, jacquemus-le-chiquito-original.',
  ],
  408: ['REQUEST_TIMEOUT', 'The request did not arrive within 30 s; send it whole, faster.'],
  409: [
    'DUPLICATE_ID',
    'A bag with id "shop-a-nano" exists already: PUT /api/bags/shop-a-nano replaces it, or choose another id.',
  ],
  413: [
    'PAYLOAD_TOO_LARGE',
    'The body is larger than the 262144 bytes accepted; send a smaller request (split a large catalog into several writes).',
  ],
  414: ['URI_TOO_LONG', 'A part of the path is longer than 500 characters; catalog ids have at most 200.'],
  415: [
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the body as JSON with "Content-Type: application/json" (got "text/plain").',
  ],
  422: ['NO_SIZE_IN_RANGE', 'No width from 40 to 60 mm holds the items.'],
  429: ['RATE_LIMITED', 'Too many requests: at most 600 a minute per API key or address; try again in 12 s.'],
  431: ['HEADERS_TOO_LARGE', 'The request headers are larger than the 16 KiB accepted.'],
  500: ['INTERNAL', 'Something went wrong on the server. (request req-1a)'],
  503: [
    'SERVER_BUSY',
    'The server is busy solving other requests; try again in a few seconds. (request req-2b)',
  ],
}

/** An error answer of `status` for an example. */
export function errorExample(status: number, _path: string): unknown {
  const [code, message] = ERRORS[status] ?? ['INVALID_INPUT', 'The request is not valid.']
  return { statusCode: status, code, message }
}
