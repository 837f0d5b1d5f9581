/** Orderings the endpoints share, so equal scores always come out in the same order. */

/** Code-unit order of two strings (not locale order, which can vary between machines): `compareText('a', 'b') < 0`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
