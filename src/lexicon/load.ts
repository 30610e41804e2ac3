/**
 * Lexicons from files (Node): the formats of ./parse.ts read from a path, and `.dict.dz` data
 * decompressed with node:zlib.
 */
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { PadananError } from '../errors.js'
import type { Lexicon } from './lexicon.js'
import { build, checkOptions, inflate, parseLexiconWith, readDictd, readLines, type LoadLexiconOptions, type ParseLexiconOptions } from './parse.js'

export { defaultStemmer, LEXICON_FORMATS, parseEntry, type LexiconFormat, type LoadLexiconOptions, type ParseLexiconOptions } from './parse.js'

/**
 * Parse a lexicon from text. For `freedict` the text is the `.index` file and `dict` its `.dict`
 * (or `.dict.dz`) data.
 *
 * @throws PadananError `BAD_LEXICON` (`<file>:<line>: …`) for a malformed line, `BAD_OPTIONS` for an unknown format
 *
 * @example
 * const lex = parseLexicon('investasi\tinvestment\npenelitian\tresearch\n', { format: 'tsv', from: 'id', to: 'en' })
 * lex.concepts('investasi') //=> ['invest']
 */
export function parseLexicon(text: string, options: ParseLexiconOptions): Lexicon {
  return parseLexiconWith(text, options, gunzipSync)
}

/**
 * Read a lexicon file. For `freedict` pass the `.index` path, the `.dict`/`.dict.dz` path or the
 * base path; the other files are found beside it (`.dict` preferred over `.dict.dz`).
 *
 * @throws PadananError `BAD_INPUT` for a missing file, `BAD_LEXICON` (`<file>:<line>: …`) for a malformed one,
 *   `BAD_OPTIONS` for an unknown format
 *
 * @example
 * // Debian: apt-get install dict-freedict-eng-ind
 * const lex = loadLexicon('/usr/share/dictd/freedict-eng-ind.index', { format: 'freedict', from: 'id', to: 'en', reverse: true })
 * lex.concepts('rumah') //=> ['home', 'hous']
 */
export function loadLexicon(path: string, options: LoadLexiconOptions): Lexicon {
  const o = checkOptions(options)
  if (typeof path !== 'string' || path === '') throw new PadananError('BAD_INPUT', 'lexicon path must be a non-empty string', { field: 'path' })
  if (o.format !== 'freedict') {
    return build(readLines(readText(path), o.format, path), o, o.source ?? basename(path))
  }
  const base = path.replace(/\.(index|dict|dict\.dz)$/, '')
  const indexPath = `${base}.index`
  const dictPath = [`${base}.dict`, `${base}.dict.dz`].find(isFile)
  if (!isFile(indexPath)) throw new PadananError('BAD_INPUT', `lexicon file not found: ${indexPath}`, { field: 'path' })
  if (!dictPath) throw new PadananError('BAD_INPUT', `lexicon file not found: ${base}.dict or ${base}.dict.dz beside ${indexPath}`, { field: 'path' })
  const db = readDictd(readText(indexPath), inflate(readBytes(dictPath), dictPath, gunzipSync), indexPath)
  return build(db.pairs, o, o.source ?? db.name ?? basename(base))
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

function readBytes(path: string): Buffer {
  if (!isFile(path)) throw new PadananError('BAD_INPUT', `lexicon file not found: ${path}`, { field: 'path' })
  try {
    return readFileSync(path)
  } catch (e) {
    throw new PadananError('BAD_INPUT', `cannot read lexicon file ${path}: ${(e as Error).message}`, { field: 'path' })
  }
}

const readText = (path: string): string => readBytes(path).toString('utf8')
