/**
 * Size of the intersection of two ascending arrays (as multisets: a value present twice on both
 * sides counts twice), by one merge pass.
 *
 * @example
 * sortedIntersectionSize(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4)) //=> 2
 */
export function sortedIntersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}
