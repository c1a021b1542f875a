import type {
  Bag,
  BagWithRoom,
  FitContainer,
  FitItemBody,
  FitReply,
  Item,
  Kit,
  PlanBody,
  PlanReply,
  StyleBody,
  StyleReply,
  WhichBagsReply,
} from './types.js'

/**
 * The HTTP API as the page uses it. An interface, so the store can be tested with a fake (no server, no fetch).
 */
export interface Api {
  listBags(): Promise<Bag[]>
  getBag(id: string): Promise<BagWithRoom>
  listItems(): Promise<Item[]>
  listKits(): Promise<Kit[]>
  fit(container: FitContainer, items: FitItemBody[], signal?: AbortSignal): Promise<FitReply>
  /** A catalog bag with catalog items by id: the bag verdict (with `closeness` where the server gives it). */
  fitBag(bagId: string, items: CatalogItemRef[], signal?: AbortSignal): Promise<FitReply & { container: FitContainer }>
  /** Every catalog bag's verdict on these things (POST /api/which-bags). */
  whichBags(body: WhichBagsBody, signal?: AbortSignal): Promise<WhichBagsReply>
  plan(body: PlanBody, signal?: AbortSignal): Promise<PlanReply>
  style(body: StyleBody, signal?: AbortSignal): Promise<StyleReply>
}

/** A catalog item by id, with its count, and in its case where asked (CONTRACTS.md). */
export interface CatalogItemRef {
  id: string
  count: number
  case?: true | string
}

/** The body of POST /api/which-bags. */
export interface WhichBagsBody {
  items: (CatalogItemRef | FitItemBody)[]
  style?: { colour: string; outfit: { garments: { colour: string; fit: string; share: number }[] }; occasion?: string }
}

/** An error answer of the API, with its stable code and the message meant for people. */
export class ApiError extends Error {
  readonly code: string
  readonly status: number

  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

/** Most records one listing asks for: the whole seed catalog fits in one page. */
const PAGE = 1000
/** The fit engine's budget per request, ms: an answer in a second or "could not decide". */
const FIT_TIME_LIMIT_MS = 2000

/** The API on the server that served the page (`base` '' means the same origin). */
export function httpApi(base = ''): Api {
  return {
    listBags: () => list<Bag>(base, 'bags'),
    getBag: (id) => request<BagWithRoom>(base, `/api/bags/${encodeURIComponent(id)}`),
    listItems: () => list<Item>(base, 'items'),
    listKits: () => list<Kit>(base, 'kits'),
    fit: (container, items, signal) =>
      request<FitReply>(base, '/api/fit', { container, items, options: { timeLimitMs: FIT_TIME_LIMIT_MS } }, signal),
    fitBag: (bag, items, signal) =>
      request<FitReply & { container: FitContainer }>(base, '/api/fit', { bag, items, options: { timeLimitMs: FIT_TIME_LIMIT_MS } }, signal),
    whichBags: (body, signal) => request<WhichBagsReply>(base, '/api/which-bags', body, signal),
    plan: (body, signal) => request<PlanReply>(base, '/api/plan', body, signal),
    style: (body, signal) => request<StyleReply>(base, '/api/style', body, signal),
  }
}

async function list<T>(base: string, kind: string): Promise<T[]> {
  const page = await request<{ results: T[] } | T[]>(base, `/api/${kind}?limit=${PAGE}`)
  return Array.isArray(page) ? page : page.results
}

async function request<T>(base: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    })
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error
    throw new ApiError(0, 'NETWORK', 'The micropurse server cannot be reached. Check your connection and try again.')
  }
  const text = await response.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (!response.ok) {
    const err = (data ?? {}) as { code?: string; message?: string }
    throw new ApiError(response.status, err.code ?? 'HTTP_' + response.status, err.message ?? `The server answered ${response.status}.`)
  }
  return data as T
}
