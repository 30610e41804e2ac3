/**
 * Readers for the bilingual word lists users bring, from text: plain TSV, MUSE dictionaries, hunalign
 * `.dic` files and dictd databases as FreeDict and Debian ship them (`*.index` + `*.dict`). Every
 * reader ends in {@link createLexicon}, so lookups are keyed by the same stems `prepare()` makes.
 * Reading them from files is ./load.ts (Node).
 */
import { PadananError } from '../errors.js'
import { resolveLanguage } from '../langs/index.js'
import { createLexicon, type Lexicon } from './lexicon.js'

/** File formats {@link parseLexicon} and `loadLexicon` read. */
export type LexiconFormat = 'tsv' | 'muse' | 'hunalign' | 'freedict'

/** The formats, for validation and help texts. */
export const LEXICON_FORMATS: readonly LexiconFormat[] = ['tsv', 'muse', 'hunalign', 'freedict']

/** Options of {@link parseLexicon} and `loadLexicon`. */
export interface LoadLexiconOptions {
  /**
   * - `tsv`: `source<TAB>target`, extra columns ignored, `#` comments and blank lines skipped;
   * - `muse`: MUSE dictionaries, `source target` split by one space or tab;
   * - `hunalign`: hunalign `.dic`, `target @ source` (the target language comes first);
   * - `freedict`: a dictd database (`.index` + `.dict` or `.dict.dz`), headword → translations.
   */
  readonly format: LexiconFormat
  /** Language of the lexicon's keys: `id`. */
  readonly from: string
  /** Language of the lexicon's values (the pivot): `en`. */
  readonly to: string
  /** Provenance and licence shown to users; default the file name (FreeDict: the database's own name). */
  readonly source?: string
  /**
   * The file runs the other way (`to` → `from`): swap every pair. Turns FreeDict's eng-ind into an
   * id → en lexicon.
   */
  readonly reverse?: boolean
  /** Stemmer for `from` words; default the built-in pack's stem for `id`/`en`, else identity. */
  readonly stemFrom?: (w: string) => string
  /** Stemmer for `to` words; default the built-in pack's stem for `id`/`en`, else identity. */
  readonly stemTo?: (w: string) => string
}

/** Options of {@link parseLexicon}: those of `loadLexicon`, plus the `.dict` data for `freedict`. */
export interface ParseLexiconOptions extends LoadLexiconOptions {
  /** `freedict` only: the `.dict` body, plain or (in Node) gzip/dictzip-compressed (`.dict.dz`). */
  readonly dict?: Uint8Array | string
  /** Name used in error messages; default `<text>`. */
  readonly fileName?: string
}

/** A source word or phrase and its translation. */
export type Pair = readonly [string, string]

/** Decompresses gzip data: Node's `zlib.gunzipSync` in the Node build. */
export type Gunzip = (data: Uint8Array) => Uint8Array

/**
 * Parse a lexicon from text. For `freedict` the text is the `.index` file and `dict` its `.dict`
 * data; `.dict.dz` (gzip) data needs Node, where padanan decompresses it: elsewhere, decompress it
 * first (in a browser with `DecompressionStream('gzip')`).
 *
 * @throws PadananError `BAD_LEXICON` (`<file>:<line>: …`) for a malformed line or compressed data
 *   it cannot read, `BAD_OPTIONS` for an unknown format
 *
 * @example
 * const lex = parseLexicon('investasi\tinvestment\npenelitian\tresearch\n', { format: 'tsv', from: 'id', to: 'en' })
 * lex.concepts('investasi') //=> ['invest']
 */
export function parseLexicon(text: string, options: ParseLexiconOptions): Lexicon {
  return parseLexiconWith(text, options, null)
}

/**
 * {@link parseLexicon} with a gzip decompressor for `.dict.dz` data (null: compressed data is refused).
 *
 * @example
 * parseLexiconWith(index, { format: 'freedict', from: 'id', to: 'en', dict: dz }, gunzipSync)
 */
export function parseLexiconWith(text: string, options: ParseLexiconOptions, gunzip: Gunzip | null): Lexicon {
  const o = checkOptions(options)
  if (typeof text !== 'string') throw new PadananError('BAD_INPUT', 'lexicon text must be a string', { field: 'text' })
  const file = options.fileName ?? '<text>'
  let pairs: Pair[]
  let source = o.source
  if (o.format === 'freedict') {
    if (options.dict === undefined) throw new PadananError('BAD_OPTIONS', 'format "freedict" needs the .dict data in options.dict', { field: 'dict' })
    const dict = typeof options.dict === 'string' ? new TextEncoder().encode(options.dict) : options.dict
    const db = readDictd(text, inflate(dict, file, gunzip), file)
    pairs = db.pairs
    source ??= db.name
  } else {
    pairs = readLines(text, o.format, file)
  }
  return build(pairs, o, source ?? file)
}

/** Options checked, with defaults filled in. */
export interface Checked {
  readonly format: LexiconFormat
  readonly from: string
  readonly to: string
  readonly source: string | undefined
  readonly reverse: boolean
  readonly stemFrom: (w: string) => string
  readonly stemTo: (w: string) => string
}

/**
 * Check lexicon options and fill in the stemmers.
 *
 * @throws PadananError `BAD_OPTIONS`
 * @example
 * checkOptions({ format: 'tsv', from: 'id', to: 'en' }).reverse //=> false
 */
export function checkOptions(options: LoadLexiconOptions): Checked {
  if (typeof options !== 'object' || options === null) throw new PadananError('BAD_OPTIONS', 'lexicon options must be an object', { field: 'options' })
  const { format, from, to, source, reverse, stemFrom, stemTo } = options
  if (!LEXICON_FORMATS.includes(format)) {
    throw new PadananError('BAD_OPTIONS', `unknown lexicon format ${JSON.stringify(format)} (known: ${LEXICON_FORMATS.join(', ')})`, { field: 'format' })
  }
  for (const [field, v] of [['from', from], ['to', to]] as const) {
    if (typeof v !== 'string' || v.trim() === '') throw new PadananError('BAD_OPTIONS', `${field} must be a language code such as "id"`, { field })
  }
  if (source !== undefined && typeof source !== 'string') throw new PadananError('BAD_OPTIONS', 'source must be a string', { field: 'source' })
  for (const [field, f] of [['stemFrom', stemFrom], ['stemTo', stemTo]] as const) {
    if (f !== undefined && typeof f !== 'function') throw new PadananError('BAD_OPTIONS', `${field} must be a function`, { field })
  }
  return {
    format,
    from,
    to,
    source,
    reverse: reverse === true,
    stemFrom: stemFrom ?? defaultStemmer(from),
    stemTo: stemTo ?? defaultStemmer(to),
  }
}

const identity = (w: string): string => w

/**
 * The stemmer used when none is given: the built-in pack's `stem` for its code (`id`, `en`, also
 * `id-ID`), identity for languages padanan has no pack for (words are only lowercased).
 *
 * @example
 * defaultStemmer('en')('technologies') //=> 'technolog'
 * defaultStemmer('fr')('maisons') //=> 'maisons'
 */
export function defaultStemmer(code: string): (w: string) => string {
  try {
    return resolveLanguage(code).stem ?? identity
  } catch {
    return identity
  }
}

/**
 * The lexicon of parsed pairs, turned round when `reverse` is set.
 *
 * @example
 * build([['rumah', 'house']], checkOptions({ format: 'tsv', from: 'id', to: 'en' }), 'mine').concepts('rumah') //=> ['hous']
 */
export function build(pairs: Pair[], o: Checked, source: string): Lexicon {
  const oriented = o.reverse ? pairs.map(([a, b]) => [b, a] as const) : pairs
  return createLexicon(oriented, { from: o.from, to: o.to, source, stemFrom: o.stemFrom, stemTo: o.stemTo })
}

function bad(file: string, line: number, what: string): never {
  throw new PadananError('BAD_LEXICON', `${file}:${line}: ${what}`, { line })
}

/** Lines without a BOM or CR, numbered from 1. */
function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)
}

const show = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)

/**
 * The pairs of a line-based lexicon (tsv, muse, hunalign); `file` names it in errors.
 *
 * @throws PadananError `BAD_LEXICON` for a malformed line
 * @example
 * readLines('rumah\thouse\n', 'tsv', 'my.tsv') //=> [['rumah', 'house']]
 */
export function readLines(text: string, format: Exclude<LexiconFormat, 'freedict'>, file: string): Pair[] {
  const out: Pair[] = []
  lines(text).forEach((raw, i) => {
    const n = i + 1
    const line = raw.trim()
    if (line === '') return
    if (format === 'tsv') {
      if (line.startsWith('#')) return
      const cols = raw.split('\t')
      if (cols.length < 2) bad(file, n, `expected "source<TAB>target", found no tab in ${show(line)}`)
      const [src, tgt] = [cols[0]!.trim(), cols[1]!.trim()]
      if (!src || !tgt) bad(file, n, `empty ${src ? 'target' : 'source'} in ${show(raw)}`)
      out.push([src, tgt])
    } else if (format === 'muse') {
      // MUSE pairs are single words: exactly two fields.
      const cols = line.split(/[ \t]+/)
      if (cols.length !== 2) bad(file, n, `expected "source target" (two words split by a space or tab), found ${cols.length} field${cols.length === 1 ? '' : 's'} in ${show(line)}`)
      out.push([cols[0]!, cols[1]!])
    } else {
      // hunalign: "target @ source", the target (second text's) language first.
      const at = line.indexOf(' @ ')
      if (at < 0) bad(file, n, `expected "target @ source", found no " @ " in ${show(line)}`)
      const tgt = line.slice(0, at).trim()
      const src = line.slice(at + 3).trim()
      if (!src || !tgt) bad(file, n, `empty ${src ? 'target' : 'source'} in ${show(line)}`)
      out.push([src, tgt])
    }
  })
  return out
}

// dictd's base64: A–Z a–z 0–9 + /, most significant digit first, no padding (dictd/dictfmt b64_decode).
const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]))

function b64(s: string): number | undefined {
  if (s === '' || s.length > 8) return undefined
  let n = 0
  for (const c of s) {
    const v = B64.get(c)
    if (v === undefined) return undefined
    n = n * 64 + v
  }
  return n
}

/**
 * The `.dict` data, decompressed when it is gzip: `.dict.dz` is dictzip, a gzip member with an index
 * in its header, so plain gunzip reads it whole.
 *
 * @example
 * inflate(readFileSync('eng-ind.dict.dz'), 'eng-ind.dict.dz', gunzipSync) // the plain .dict bytes
 */
export function inflate(data: Uint8Array, file: string, gunzip: Gunzip | null): Uint8Array {
  if (data.length < 2 || data[0] !== 0x1f || data[1] !== 0x8b) return data
  if (!gunzip) throw new PadananError('BAD_LEXICON', `${file}: the .dict data is gzip-compressed (.dict.dz); decompress it first (DecompressionStream('gzip') in a browser) or parse it in Node`)
  try {
    return gunzip(data)
  } catch (e) {
    throw new PadananError('BAD_LEXICON', `${file}: the .dict.dz data is not valid gzip (${(e as Error).message})`)
  }
}

/** The pairs and name of a dictd database. */
export interface Dictd {
  readonly pairs: Pair[]
  /** `00databaseshort` plus the licence sentence of `00databaseinfo`, when present. */
  readonly name: string | undefined
}

/**
 * The pairs of a dictd database from its `.index` text and (plain) `.dict` bytes.
 *
 * @throws PadananError `BAD_LEXICON` for a malformed index line or an entry past the end of the data
 * @example
 * readDictd(indexText, dictBytes, 'eng-ind.index').pairs[0] //=> ['house', 'balai']
 */
export function readDictd(index: string, dict: Uint8Array, file: string): Dictd {
  const utf8 = new TextDecoder('utf-8')
  const pairs: Pair[] = []
  let short: string | undefined
  let licence: string | undefined
  lines(index).forEach((raw, i) => {
    const n = i + 1
    if (raw.trim() === '') return
    const cols = raw.split('\t')
    // Some dictfmt versions add a fourth column (the headword as written); three are required.
    if (cols.length < 3) bad(file, n, `expected "headword<TAB>offset<TAB>length", found ${cols.length} field${cols.length === 1 ? '' : 's'}`)
    const [key, off, len] = cols as [string, string, string]
    const offset = b64(off)
    const length = b64(len)
    if (offset === undefined) bad(file, n, `offset ${show(off)} is not dictd base64`)
    if (length === undefined) bad(file, n, `length ${show(len)} is not dictd base64`)
    if (offset + length > dict.length) bad(file, n, `entry ${show(key)} at ${offset}+${length} runs past the end of the .dict (${dict.length} bytes)`)
    const body = utf8.decode(dict.subarray(offset, offset + length))
    // dictd's meta entries (00databaseinfo, 00-database-short, …) describe the database, not words.
    if (/^00-?database/.test(key)) {
      if (/^00-?database-?short$/.test(key)) short = body.replace(/^\s*00-?database-?short\s*\n/, '').trim() || undefined
      if (/^00-?database-?info$/.test(key)) licence = /licen[sc]ed under[\s\S]*?(?=\n\s*\n|$)/i.exec(body)?.[0].replace(/\s+/g, ' ').trim()
      return
    }
    const entry = parseEntry(body)
    const head = entry.headword || key
    for (const t of entry.translations) pairs.push([head, t])
  })
  const name = short && licence ? `${short}; ${licence}` : short
  return { pairs, name }
}

/**
 * One dictd entry of a FreeDict database. The first line is the headword (with pronunciation and
 * part of speech); translations are the first line after it and every numbered sense line. Other
 * lines are glosses in the headword's language, examples or notes, never translations: WikDict
 * entries (eng-ind) put an English definition under each sense.
 *
 * @example
 * parseEntry('house //haʊs// <n>\n1. balai, rumah\narchetypal structure of a human abode\n2. kandang\nhome for animal\n')
 * //=> { headword: 'house', translations: ['balai', 'rumah', 'kandang'] }
 */
export function parseEntry(body: string): { headword: string; translations: string[] } {
  const rows = body.replace(/\r/g, '').split('\n')
  const headword = cleanHeadword(rows[0] ?? '')
  const translations: string[] = []
  rows.slice(1).forEach((row, i) => {
    const numbered = /^\s*\d+\.(?:\s+(.*))?$/.exec(row)
    const text = numbered ? (numbered[1] ?? '') : i === 0 ? row : ''
    for (const t of splitTranslations(text)) if (!translations.includes(t)) translations.push(t)
  })
  return { headword, translations }
}

function cleanHeadword(line: string): string {
  // "house //haʊs// /[hʌʊs]/ <n>": the headword ends where the pronunciation or the part of speech starts.
  return line.replace(/\s+\/.*$/, '').replace(/\s*<[^>]*>.*$/, '').replace(/\s+/g, ' ').trim()
}

/** "1. balai, rumah 2." / "rumah (bangunan); wisma" → ['balai', 'rumah'] / ['rumah', 'wisma']. */
function splitTranslations(text: string): string[] {
  const cleaned = text
    .replace(/\s+\d+\.\s*$/, '') // WikDict: "bank 2." — the number opens the next gloss
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, ' ')
    .replace(/\/[^/]*\//g, ' ') // a pronunciation /…/
    .replace(/["“”«»]/g, ' ')
  const out: string[] = []
  for (const part of cleaned.split(/[,;]/)) {
    const t = part.replace(/\s+/g, ' ').trim()
    // Affixes ("-an", "ke-") and leftovers without a letter are not words to pair.
    if (!t || /^-|-$/.test(t) || !/\p{L}/u.test(t)) continue
    out.push(t)
  }
  return out
}
