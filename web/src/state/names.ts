/**
 * A catalog name cut to what people call the thing, for labels: no parenthesised notes, nothing after the first
 * comma. `Lipstick, full-size bullet case (typical size)` is `Lipstick`; `Payment / ID card (ISO/IEC 7810 ID-1)` is
 * `Payment / ID card`.
 */
export function shortName(name: string): string {
  const cut = name.replace(/\s*\([^)]*\)/g, '').split(',')[0]!.trim()
  return cut === '' ? name : cut
}
