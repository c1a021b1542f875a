/**
 * Exact decimals. Every length a person or a file gives micropurse is a decimal ("1.5875", "85.6"); a JavaScript
 * number holds the nearest double, and its shortest printed form (`String(x)`, what JSON carries) is that decimal
 * again. So the engine and the checker read each number as the decimal it prints as, and compare those exactly:
 * `0.1 + 0.2` is the decimal 0.30000000000000004, not 0.3, but 0.3 given as 0.3 is 0.3.
 *
 * A decimal is `digits × 10^-scale` with `digits` a BigInt, so sums and products of any size stay exact.
 */
export interface Decimal {
  readonly digits: bigint
  readonly scale: number
}

const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/

/** The decimal a finite number prints as (`1.5875` → 15875 × 10^-4; `1e-7` → 1 × 10^-7). */
export function readDecimal(x: number): Decimal {
  return parseDecimal(String(x))
}

/** A decimal written out (`"1.5875"`, `"-3"`, `"1e-7"`), read exactly. */
export function parseDecimal(text: string): Decimal {
  const exp = EXPONENT.exec(text)
  if (exp) {
    const [, sign, whole, fraction = '', power] = exp
    const digits = BigInt(`${sign}${whole}${fraction}`)
    const scale = fraction.length - Number(power)
    return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 }
  }
  const dot = text.indexOf('.')
  if (dot < 0) return { digits: BigInt(text), scale: 0 }
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 }
}

/** -1, 0 or 1 as `a` is less than, equal to or more than `b`, exactly. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale)
  const x = atScale(a, scale)
  const y = atScale(b, scale)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The decimal scaled to `scale` places (which must be at least its own): its digits as a whole number of 10^-scale. */
export function atScale(d: Decimal, scale: number): bigint {
  return d.digits * 10n ** BigInt(scale - d.scale)
}

/** `a + b` exactly. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale)
  return { digits: atScale(a, scale) + atScale(b, scale), scale }
}

/** The number of decimal places a number prints with (`1.5875` → 4, `12` → 0, `1e-7` → 7). */
export function decimalPlaces(x: number): number {
  return readDecimal(x).scale
}

/**
 * Prints `digits × 10^-scale` as a plain decimal string, without trailing zeros (`15875n, 4` → `1.5875`).
 * Exact for any size; `Number()` of it is exact while it has at most 15 significant digits.
 */
export function decimalString(digits: bigint, scale: number): string {
  const negative = digits < 0n
  let text = (negative ? -digits : digits).toString()
  if (scale > 0) {
    text = text.padStart(scale + 1, '0')
    text = `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}`.replace(/\.?0+$/, '')
  } else if (scale < 0) {
    text += '0'.repeat(-scale)
  }
  return negative && text !== '0' ? `-${text}` : text
}

/**
 * `numerator / denominator` rounded to `places` decimals (half away from zero), as a plain decimal string. Exact:
 * the division is in BigInt. For printing quantities that pass 2^53.
 */
export function ratioString(numerator: bigint, denominator: bigint, places: number): string {
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const scaled = n * 10n ** BigInt(places)
  let q = scaled / d
  if ((scaled % d) * 2n >= d) q += 1n
  return decimalString(negative ? -q : q, places)
}

/** Greatest common divisor of two BigInts (0 with anything is the other). */
export function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a
  if (b < 0n) b = -b
  while (b) [a, b] = [b, a % b]
  return a
}
