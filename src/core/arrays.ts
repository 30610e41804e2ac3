/**
 * Growing typed arrays by doubling, for buffers filled as they are read.
 */

/**
 * A copy of `a` with room for at least `need` items (twice its length at least), the rest zero.
 *
 * @example
 * grown(Int32Array.of(1, 2), 3) //=> Int32Array [1, 2, 0, 0]
 */
export function grown<T extends Int32Array | Uint32Array | Float64Array | Float32Array>(a: T, need: number): T {
  const out = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, need))
  out.set(a)
  return out
}
