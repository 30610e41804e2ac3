import { checkText } from '../core/limits.js'
import { elisionsOf, normalizeToken, scanTokens, type Span } from '../core/tokenize.js'
import { recordWords } from '../core/words.js'
import { PadananError } from '../errors.js'
import { resolveAndRegister, type LanguageInput } from '../langs/index.js'
import { extractWithGrammar } from '../numbers/reader.js'
import type { NumberMention } from '../numbers/types.js'
import type { Doc, LanguagePack, Paragraph, Sentence, Token } from '../types.js'
import { detectLanguage } from './detect.js'
import { splitParagraphs, splitSentences } from './segment.js'

/** Options of {@link prepare}. */
export interface PrepareOptions {
  /** Language code or pack; detected when missing. */
  readonly lang?: LanguageInput
  /** Document id; default `''`. */
  readonly id?: string
  /**
   * `true`: the text is already one sentence per line (a blank line between paragraphs), as
   * sentence aligners take it; padanan does not segment. Default `false`.
   */
  readonly presegmented?: boolean
}

const stopSets = new WeakMap<LanguagePack, Set<string>>()
function stopSet(pack: LanguagePack): Set<string> {
  let s = stopSets.get(pack)
  if (!s) stopSets.set(pack, (s = new Set(pack.stopwords)))
  return s
}

/**
 * Read a text through a language pack: paragraphs, sentences, tokens with stems, number mentions
 * and names. Every later feature reads the returned `Doc`, so nothing is tokenized twice.
 *
 * @param text - the document text
 * @param options - a language code or pack, or `{ lang, id }`
 * @returns the prepared document
 * @throws PadananError `BAD_INPUT`, `INPUT_TOO_LARGE`, `UNKNOWN_LANGUAGE`
 *
 * @example
 * const doc = prepare('Dr. Ali tiba. Dia membawa 1,5 juta rupiah.', 'id')
 * doc.sentences.map(s => s.text) //=> ['Dr. Ali tiba.', 'Dia membawa 1,5 juta rupiah.']
 * doc.numbers[0].key //=> 'currency:1500000:IDR'
 */
export function prepare(text: string, options: LanguageInput | PrepareOptions = {}): Doc {
  checkText(text)
  const opts: PrepareOptions = typeof options === 'string' || (typeof options === 'object' && options !== null && 'numbers' in options) ? { lang: options as LanguageInput } : (options as PrepareOptions)
  if (typeof opts !== 'object' || opts === null) throw new PadananError('BAD_OPTIONS', 'options must be a language code, a LanguagePack or an object', { field: 'options' })
  if (opts.id !== undefined && typeof opts.id !== 'string') throw new PadananError('BAD_OPTIONS', 'id must be a string', { field: 'id' })
  const pack = resolveAndRegister(opts.lang ?? detectLanguage(text).lang)
  const stem = pack.stem ?? ((s: string) => s)
  const stops = stopSet(pack)
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  const numbers: NumberMention[] = []
  const names: string[] = []
  const seenNames = new Set<string>()
  // News repeats its words: each distinct token text is normalized, stemmed and classified once per
  // document, and its tokens share those strings (later lookups by norm or stem then compare pointers).
  // A word is represented by its first token (no object of its own: Docs are kept, pairing holds thousands).
  const words = new Map<string, number>()
  const wordList: Token[] = []
  // Each token's word, in document order (grown as needed), and where each sentence's tokens start.
  let ids = new Int32Array(1024)
  let used = 0
  const starts: number[] = []
  const norms = new Map<string, string>()
  const firstToken = (text: string, start: number, end: number): Token => {
    // Harga and harga share one norm string too.
    const n = normalizeToken(text)
    let norm = norms.get(n)
    if (norm === undefined) norms.set(n, (norm = n))
    // ASCII first chars (most tokens) by code; the rest by the Unicode classes.
    const c0 = text.charCodeAt(0)
    const isNumber = c0 < 128 ? c0 >= 48 && c0 <= 57 : /^\p{N}/u.test(text)
    const isCapitalized = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(text)
    const t: Token = { text, start, end, norm, stem: isNumber ? norm : stem(norm), isNumber, isStopword: stops.has(norm), isCapitalized }
    words.set(text, wordList.length)
    wordList.push(t)
    return t
  }

  const elisions = elisionsOf(pack)
  const blocks = opts.presegmented ? presegmentedParagraphs(text) : splitParagraphs(text).map((p) => ({ para: p, lines: null }))
  for (const { para, lines } of blocks) {
    // Numbers per paragraph: mentions never cross a line, and offsets shift back into the text.
    // A presegmented paragraph is read line by line: the same mentions, and a 20,000-line paragraph
    // does not lex into one array of millions of tokens at once.
    const paraNumbers = (lines ?? [para]).flatMap((l) => extractWithGrammar(l.text, pack.numbers).map((m) => ({ ...m, start: m.start + l.start, end: m.end + l.start })))
    // A loop, not push(...): a number table has more mentions than a call takes arguments.
    for (const m of paraNumbers) numbers.push(m)
    const idx: number[] = []
    // Mentions are in order, so one pointer hands them to sentences in linear time.
    let nextMention = 0
    for (const s of lines ?? splitSentences(para, pack)) {
      starts.push(used)
      const tokens: Token[] = []
      scanTokens(s.text, s.start, elisions, (word, start, end) => {
        if (used === ids.length) {
          const grown = new Int32Array(2 * ids.length)
          grown.set(ids)
          ids = grown
        }
        const id = words.get(word)
        if (id === undefined) {
          ids[used++] = wordList.length
          tokens.push(firstToken(word, start, end))
          return
        }
        ids[used++] = id
        const w = wordList[id]!
        tokens.push({ text: w.text, start, end, norm: w.norm, stem: w.stem, isNumber: w.isNumber, isStopword: w.isStopword, isCapitalized: w.isCapitalized })
      })
      collectNames(tokens, names, seenNames)
      const takeMentions = () => {
        while (nextMention < paraNumbers.length && paraNumbers[nextMention]!.start < s.start) nextMention++
        const from = nextMention
        while (nextMention < paraNumbers.length && paraNumbers[nextMention]!.start < s.end) nextMention++
        return paraNumbers.slice(from, nextMention)
      }
      idx.push(sentences.length)
      sentences.push({
        index: sentences.length,
        paragraph: paragraphs.length,
        text: s.text,
        start: s.start,
        end: s.end,
        tokens,
        numbers: takeMentions(),
      })
    }
    paragraphs.push({ index: paragraphs.length, text: para.text, start: para.start, end: para.end, sentences: idx })
  }
  starts.push(used)
  // A copy of the used part (a view would keep the grown buffer alive as long as the Doc).
  recordWords(sentences, { words: wordList, ids: ids.slice(0, used), start: Int32Array.from(starts) })
  return { id: opts.id ?? '', lang: pack.code, text, paragraphs, sentences, numbers, names }
}

/** Presegmented text: each line is a sentence, blank lines end paragraphs. */
function presegmentedParagraphs(text: string): { para: Span; lines: Span[] }[] {
  const out: { para: Span; lines: Span[] }[] = []
  let cur: Span[] = []
  const flush = () => {
    if (cur.length) {
      const start = cur[0]!.start
      const end = cur[cur.length - 1]!.end
      out.push({ para: { text: text.slice(start, end), start, end }, lines: cur })
    }
    cur = []
  }
  for (const line of text.split('\n').reduce<{ s: number; t: string }[]>((acc, t) => {
    const prev = acc[acc.length - 1]
    acc.push({ s: prev ? prev.s + prev.t.length + 1 : 0, t })
    return acc
  }, [])) {
    const trimmed = line.t.trim()
    if (!trimmed) {
      flush()
      continue
    }
    const lead = line.t.length - line.t.trimStart().length
    cur.push({ text: trimmed, start: line.s + lead, end: line.s + lead + trimmed.length })
  }
  flush()
  return out
}

/** Runs of capitalized, non-initial, non-stopword tokens: Lei Jun, Xiaomi Group, R&D. */
function collectNames(tokens: readonly Token[], out: string[], seen: Set<string>): void {
  // The current run is tokens[from, to); index bounds, not an array a token (this runs on every token).
  let from = -1
  let to = -1
  const flush = (): void => {
    if (from < 0) return
    let name = tokens[from]!.text
    for (let k = from + 1; k < to; k++) name += ' ' + tokens[k]!.text
    if (!seen.has(name)) {
      seen.add(name)
      out.push(name)
    }
    from = -1
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (i > 0 && t.isCapitalized && !t.isStopword && !t.isNumber) {
      // A run's last token is always the one before: any other token ends the run.
      if (from >= 0 && t.start - tokens[i - 1]!.end > 1) flush()
      if (from < 0) from = i
      to = i + 1
    } else flush()
  }
  flush()
}
