/**
 * Plans per second on micro kits: seeded random kits of 3-8 everyday things from the seed catalog, planned across a
 * micro bag from the seed catalog, a women's jeans front pocket, a phone case with two card slots and (every other
 * kit) a tote. Reports plans per second, time per plan and how many plans were proven best.
 *
 *   npx tsx bench/br/plans.ts [--kits 200] [--seed 1]
 */
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { bagInterior } from '../../src/bag/index.js'
import type { BagShape } from '../../src/bag/types.js'
import { bagContainer, phoneCaseContainers, planCarry, pocketContainer, toteContainer } from '../../src/carry/index.js'
import type { CarryCategory, CarryContainer, CarryItem } from '../../src/carry/index.js'
import { mulberry32 } from '../../src/random.js'

interface SeedItem {
  id: string
  category: CarryCategory
  dims_mm: { w: number | null; h: number | null; d: number | null }
}
interface SeedBag {
  id: string
  exterior_mm: { w: number | null; h: number | null; d: number | null }
  shape: BagShape | null
  is_reference_only?: boolean
}


function main(): void {
  const argv = process.argv.slice(2)
  const flag = (name: string, fallback: number) => {
    const i = argv.indexOf(name)
    return i >= 0 ? Number(argv[i + 1]) : fallback
  }
  const kits = flag('--kits', 200)
  const random = mulberry32(flag('--seed', 1))
  const seedDir = resolve(import.meta.dirname, '../../data/seed')
  const items = (JSON.parse(readFileSync(`${seedDir}/items.json`, 'utf8')) as SeedItem[]).filter(
    (it) => it.dims_mm.w !== null && it.dims_mm.h !== null && it.dims_mm.d !== null,
  )
  const bag = (JSON.parse(readFileSync(`${seedDir}/bags.json`, 'utf8')) as SeedBag[]).find((b) => b.id === 'dior-lady-dior-micro')!
  const { w, h, d } = bag.exterior_mm as { w: number; h: number; d: number }
  const micro = bagContainer(bag.id, bagInterior({ exteriorMm: { w, h, d }, shape: bag.shape ?? 'box' }).container)
  const base: CarryContainer[] = [micro, pocketContainer('womens-jeans-front'), ...phoneCaseContainers(2)]
  const withTote = [...base, toteContainer()]

  // Kits: one phone, then 2-7 other things (copies allowed), sizes [w, d, h] from the seed.
  const phones = items.filter((it) => it.category === 'phone')
  // Cases travel on their phones, not as things of their own (the catalog leaves them out of what-fits too).
  const others = items.filter((it) => it.category !== 'phone' && it.category !== 'case')
  const asItem = (it: SeedItem, count: number): CarryItem => ({
    id: it.id,
    size: [it.dims_mm.w!, it.dims_mm.d!, it.dims_mm.h!],
    category: it.category,
    count,
  })
  const problems = Array.from({ length: kits }, (_, n) => {
    const chosen = new Map<SeedItem, number>([[phones[Math.floor(random() * phones.length)]!, 1]])
    const extra = 2 + Math.floor(random() * 6)
    for (let i = 0; i < extra; i++) {
      const it = others[Math.floor(random() * others.length)]!
      chosen.set(it, (chosen.get(it) ?? 0) + 1)
    }
    const list = [...chosen].map(([it, count]) => asItem(it, count))
    list[0]!.mustHave = true
    return { items: list, containers: n % 2 === 0 ? base : withTote }
  })

  // Warm up, then time every plan.
  for (const p of problems.slice(0, 10)) planCarry(p)
  const times: number[] = []
  let exact = 0
  let sink = 0
  const started = performance.now()
  for (const p of problems) {
    const t0 = performance.now()
    const plan = planCarry(p)
    times.push(performance.now() - t0)
    if (plan.exact) exact++
    sink += plan.carriedPriority
  }
  const total = performance.now() - started
  const mean = times.reduce((a, b) => a + b, 0) / times.length
  const sorted = [...times].sort((a, b) => a - b)
  const std = Math.sqrt(times.reduce((a, b) => a + (b - mean) ** 2, 0) / times.length)
  console.log(`${kits} micro kits (3-8 things, ${problems.reduce((n, p) => n + p.items.reduce((m, it) => m + (it.count ?? 1), 0), 0) / kits} copies on average)`)
  console.log(`plans per second: ${(kits / (total / 1000)).toFixed(1)}`)
  console.log(`ms per plan: mean ${mean.toFixed(2)} ± ${std.toFixed(2)}, min ${sorted[0]!.toFixed(2)}, median ${sorted[sorted.length >> 1]!.toFixed(2)}, max ${sorted[sorted.length - 1]!.toFixed(2)}`)
  console.log(`proven best: ${exact} of ${kits}`)
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, ${new Date().toISOString().slice(0, 10)} (sink ${sink})`)
}

main()
