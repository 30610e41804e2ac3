/**
 * The words behind token hashes: while dedup reads documents (features.ts), a Vocab records the
 * lowercased text of every distinct token hash the first time it meets it, so that the translation
 * pass can project each distinct word into the pivot once, and every document through a table of
 * hashes, without reading its text again.
 */
import { grown } from '../core/arrays.js'
import { slotOf } from './hash.js'

/** Hash → word, open addressing over 32-bit keys (a Map of numbers costs several times more per lookup in the scanner's loop). */
export class Vocab {
  private keys = new Uint32Array(1024)
  /** 1 + index into `words` (0: empty slot). */
  private slots = new Int32Array(1024)
  private readonly words: (string | null)[] = []
  /**
   * The hashes in order of first sight. A typed array: half the hashes are above 2^31, and the first such
   * one pushed onto a plain array changes its element kind, which threw the scanner's optimized code away
   * (and had it compiled again) on every call.
   */
  private hashes = new Uint32Array(1024)

  /** Distinct hashes recorded. */
  get size(): number {
    return this.words.length
  }

  /** Record the word of a token hash (text[start, end), lowercased), unless it is known. */
  word(h: number, text: string, start: number, end: number): void {
    const s = this.find(h)
    if (this.slots[s] === 0) this.insert(s, h, text.slice(start, end).toLowerCase())
  }

  /** Record a hash that stands for a number's value (the same in every language). */
  number(h: number): void {
    const s = this.find(h)
    if (this.slots[s] === 0) this.insert(s, h, null)
  }

  /** The word of a hash, null for a number, undefined when never recorded. */
  get(h: number): string | null | undefined {
    const v = this.slots[this.find(h)]!
    return v === 0 ? undefined : this.words[v - 1]
  }

  /** Every recorded hash with its word (null for numbers), in order of first sight. */
  forEach(visit: (h: number, word: string | null, index: number) => void): void {
    for (let i = 0; i < this.words.length; i++) visit(this.hashes[i]!, this.words[i]!, i)
  }

  private find(h: number): number {
    const mask = this.keys.length - 1
    let s = slotOf(h, this.keys.length)
    while (this.slots[s] !== 0 && this.keys[s] !== h) s = (s + 1) & mask
    return s
  }

  private insert(s: number, h: number, w: string | null): void {
    this.keys[s] = h
    if (this.words.length === this.hashes.length) this.hashes = grown(this.hashes, this.words.length + 1)
    this.hashes[this.words.length] = h
    this.words.push(w)
    this.slots[s] = this.words.length
    // At most half full, so probes stay short.
    if (this.words.length * 2 > this.keys.length) this.grow()
  }

  private grow(): void {
    const keys = this.keys
    const slots = this.slots
    this.keys = new Uint32Array(keys.length * 2)
    this.slots = new Int32Array(keys.length * 2)
    for (let s = 0; s < keys.length; s++) {
      if (slots[s] !== 0) {
        const t = this.find(keys[s]!)
        this.keys[t] = keys[s]!
        this.slots[t] = slots[s]!
      }
    }
  }
}
