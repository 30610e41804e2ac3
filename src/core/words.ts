import type { Sentence, Token } from '../types.js'

/** What a token's text alone decides. */
export type Word = Pick<Token, 'text' | 'norm' | 'stem' | 'isNumber' | 'isStopword' | 'isCapitalized'>

/**
 * The distinct words of a prepared document and which one each token is, so that later stages look
 * a token's word up by index rather than by string: token t (in document order) is words[ids[t]],
 * and sentence k's tokens are ids[start[k], start[k + 1]). A word is its first token (prepare()
 * makes no object of its own for it).
 */
export interface DocWords {
  readonly words: readonly Word[]
  readonly ids: Int32Array
  readonly start: Int32Array
}

// Keyed by the Doc's sentences array: a Doc built by hand, or sentences gathered from several Docs,
// has no entry, and its readers fall back to strings.
const recorded = new WeakMap<readonly Sentence[], DocWords>()

/** Record the words of a Doc's sentences (prepare() does, once). */
export function recordWords(sentences: readonly Sentence[], words: DocWords): void {
  recorded.set(sentences, words)
}

/**
 * The words prepare() recorded for these sentences, or undefined (not from prepare(), or the token
 * counts no longer agree).
 *
 * @example
 * wordsOf(prepare('Harga naik. Harga turun.', 'id').sentences)?.words.length //=> 3
 */
export function wordsOf(sentences: readonly Sentence[]): DocWords | undefined {
  const w = recorded.get(sentences)
  return w && w.start.length === sentences.length + 1 && w.start[sentences.length] === w.ids.length ? w : undefined
}
