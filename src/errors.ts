/**
 * Every error micropurse raises on purpose, declared once.
 *
 * Outcomes ("does not fit", "this rule says no") are return values, never errors. A `MicropurseError` means the
 * caller made a mistake (bad input: HTTP 4xx, CLI exit 2) or the environment failed (a database down: 5xx, exit 1).
 * Messages say what was wrong, with the value received and what was expected.
 */

/** Stable error codes with the HTTP status each maps to. Add new codes here, nowhere else. */
export const ERROR_STATUS = {
  // input shape and values (any layer's edge)
  INVALID_INPUT: 400,
  INVALID_SIZE: 400,
  INVALID_LENGTH: 400,
  INVALID_ROTATE: 400,
  INVALID_OPTION: 400,
  UNKNOWN_OPTION: 400,
  TOO_MANY_ITEMS: 400,
  OPENING_TOO_LARGE: 400,
  BLOCKED_OUTSIDE: 400,
  INVALID_JSON: 400,
  FILE_NOT_FOUND: 400,
  // bags and designer
  INVALID_BAG: 400,
  INVALID_MATERIAL: 400,
  UNKNOWN_SHAPE: 400,
  UNKNOWN_MATERIAL: 400,
  UNKNOWN_SILHOUETTE: 404,
  NO_SIZE_IN_RANGE: 422,
  // catalog
  BAG_NOT_FOUND: 404,
  ITEM_NOT_FOUND: 404,
  KIT_NOT_FOUND: 404,
  DUPLICATE_ID: 409,
  IMPORT_INVALID: 400,
  INVALID_DATABASE_URL: 400,
  // style
  INVALID_COLOUR: 400,
  INVALID_OUTFIT: 400,
  // carry
  INVALID_CARRY: 400,
  UNKNOWN_CONTAINER: 400,
  // api
  INVALID_URL: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  SERVER_BUSY: 503,
  // environment
  DATABASE_UNAVAILABLE: 503,
  /** A SQLite file whose write lock another process holds past the wait allowed (the API waits briefly). */
  DATABASE_BUSY: 503,
  QUEUE_UNAVAILABLE: 503,
  /** The server cannot listen where asked (the port is taken); CLI exit 1. */
  ADDRESS_IN_USE: 500,
  INTERNAL: 500,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

const BRAND = Symbol.for('micropurse.error')

/** An error with a stable `code`, an HTTP `status`, and optional machine-readable `details`. */
export class MicropurseError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly details: Readonly<Record<string, unknown>> | undefined

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'MicropurseError'
    this.code = code
    this.status = ERROR_STATUS[code]
    this.details = details
  }

  /** True when the caller can fix it by changing the input (4xx); false for environment failures. */
  get isUserError(): boolean {
    return this.status < 500
  }

  /**
   * `error instanceof MicropurseError` holds for an error from any copy of this class: the package's root entry is a
   * bundle with its own copy, while `micropurse/catalog`, `/server` and `/batch` share the compiled modules.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true
  }

  /** Marks instances for `instanceof` across copies (a registered symbol is the same in every copy). */
  private readonly [BRAND] = true
}

/** Shorthand for throwing a coded error. */
export function fail(code: ErrorCode, message: string, details?: Record<string, unknown>): never {
  throw new MicropurseError(code, message, details)
}

/** Formats a value for an error message: strings quoted, numbers as they are, objects as short JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value)
  const text = JSON.stringify(value)
  return text.length > 80 ? text.slice(0, 77) + '...' : text
}
