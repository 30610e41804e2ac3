/**
 * Seeded 32-bit hashing for dedup: the same input and seed give the same hash on every machine and
 * in every run (no Math.random, no per-process salt), so signatures, saved indexes and results are
 * reproducible.
 */

/**
 * A 32-bit hash's first slot in an open-addressing table of `size` slots (a power of two): the hash
 * times the golden-ratio constant, its low bits (the hashes here are already mixed).
 */
export function slotOf(h: number, size: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 0) & (size - 1)
}

/** MurmurHash3's finalizer: a bijective 32-bit mix with good avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * FNV-1a over the UTF-16 code units of a string, seeded, then mixed: tokens are short, so this is
 * cheaper than a block hash and the final mix repairs FNV's weak low bits.
 *
 * @example
 * hashString('xiaomi', 1) === hashString('xiaomi', 1) //=> true
 */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix32(h)
}

/** Combine a running hash with one more 32-bit value (order matters). */
export function combine(h: number, v: number): number {
  h ^= v
  h = Math.imul(h, 0x9e3779b1)
  return (h ^ (h >>> 15)) >>> 0
}

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)

/** Hash of a number by value (its IEEE-754 bits), so 1.5e6 read from "1,5 juta" and "1.5 million" agree. */
export function hashNumber(v: number, seed: number): number {
  f64[0] = v === 0 ? 0 : v // -0 and 0 are one number
  return fmix32(combine(combine(seed ^ 0x6e756d62, u32[0]!), u32[1]!))
}

/**
 * A 53-bit key from a sequence of 32-bit values: two independent 32-bit hashes joined, safe as a
 * Map key or a JSON number. Collisions among 10^6 sequences: about 10^-4.
 */
export function key53(values: ArrayLike<number>, from = 0, to = values.length): number {
  let a = 0x2545f491
  let b = 0x9e3779b9
  for (let i = from; i < to; i++) {
    const v = values[i]!
    a = combine(a, v)
    b = combine(b, v ^ 0x5bd1e995)
  }
  a = fmix32(a ^ (to - from))
  b = fmix32(b + (to - from))
  return (a & 0x1fffff) * 4294967296 + b
}
