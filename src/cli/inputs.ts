import { readdirSync, statSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import { PadananError } from '../errors.js'
import { decodeUtf8, parseJsonl, readInputFile } from './io.js'

/** A document read by the CLI. */
export interface InputDoc {
  readonly id: string
  readonly text: string
  readonly lang?: string
}

const TEXT_EXT = new Set(['.txt', '.md'])

/**
 * Documents from files, folders of .txt/.md and .jsonl files ({"id","text","lang"?} lines).
 *
 * A file's id is its name without the extension. A folder's subfolders are read too (one folder per
 * language: `corpus/en/0001.txt`, `corpus/de/0001.txt`), and a file inside one has the path under the
 * folder given as its id (`en/0001`, `de/0001`), so equal names never clash; when several folders are
 * given, each folder's name comes first (`pair en de` gives `en/0001`, `de/0001`). A subfolder or a
 * folder named after a language (`languages`: codes) gives its files that language; JSONL records keep their own.
 * Files of other types are skipped and counted.
 */
export function readInputs(paths: readonly string[], skipBad = false, languages: readonly string[] = []): { docs: InputDoc[]; skippedFiles: string[]; skippedLines: number } {
  if (paths.length === 0) throw new PadananError('BAD_INPUT', 'no input: pass files, folders or .jsonl files', { field: 'PATH' })
  const docs: InputDoc[] = []
  const skippedFiles: string[] = []
  let skippedLines = 0
  const codes = new Set(languages)
  const folders = paths.filter((p) => isDirectory(p)).length
  const readFolder = (dir: string, prefix: string, lang: string | undefined, depth: number) => {
    for (const f of readdirSync(dir).sort()) {
      const full = join(dir, f)
      const st = statSync(full)
      if (st.isDirectory()) {
        // Deep trees are not a corpus layout: one level of subfolders (languages, sources) is read.
        if (depth < 2) readFolder(full, `${prefix}${f}/`, codes.has(f) ? f : lang, depth + 1)
        continue
      }
      if (!st.isFile()) {
        // A FIFO or a device inside a corpus folder is not a document.
        skippedFiles.push(full)
        continue
      }
      if (extname(f) === '.jsonl') addJsonl(full)
      else if (TEXT_EXT.has(extname(f))) docs.push({ id: prefix + basename(f, extname(f)), text: readTextFile(full), ...(lang ? { lang } : {}) })
      else skippedFiles.push(full)
    }
  }
  for (const p of paths) {
    let st
    try {
      st = statSync(p)
    } catch {
      throw new PadananError('BAD_INPUT', `${p}: no such file or folder`, { field: 'PATH' })
    }
    if (st.isDirectory()) {
      const name = basename(resolve(p))
      readFolder(p, folders > 1 ? `${name}/` : '', codes.has(name) ? name : undefined, 1)
    } else if (extname(p) === '.jsonl') addJsonl(p)
    else docs.push({ id: basename(p, extname(p)), text: readTextFile(p) })
  }
  function addJsonl(p: string) {
    const { records, skipped } = parseJsonl(readTextFile(p), p, skipBad)
    skippedLines += skipped.length
    for (const r of records) docs.push(r)
  }
  return { docs, skippedFiles, skippedLines }
}

/**
 * One text file (or FIFO, or device, read up to the input limit) as UTF-8; a NUL byte in its first
 * 8 KB means it is not text.
 *
 * @throws PadananError `BAD_INPUT`, `INPUT_TOO_LARGE`
 * @example
 * readTextFile('fixtures/npc/001.txt') // the article's text
 */
export function readTextFile(p: string): string {
  const buf = readInputFile(p, (start) => {
    if (start.subarray(0, 8192).includes(0)) throw new PadananError('BAD_INPUT', `${p}: not a text file`, { field: 'PATH' })
  })
  return decodeUtf8(buf, p)
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/**
 * The stderr notes on what reading left out: files that are not text, malformed JSONL lines, and
 * a warning when nothing at all was read (an empty folder, a folder of other files).
 *
 * @example
 * noteInputs(readInputs(['corpus/'])) // "padanan: warning: no documents read from corpus/ (…)"
 */
export function noteInputs(r: { docs: readonly InputDoc[]; skippedFiles: readonly string[]; skippedLines: number }, paths: readonly string[]): void {
  if (r.skippedFiles.length) process.stderr.write(skippedNote(r.skippedFiles))
  if (r.skippedLines) process.stderr.write(`padanan: skipped ${r.skippedLines} malformed JSONL line(s)\n`)
  if (r.docs.length === 0) process.stderr.write(`padanan: warning: no documents read from ${paths.join(', ')} (documents are .txt, .md and .jsonl files, and the folders that hold them)\n`)
}

/** The stderr line for files a folder held that are not text: how many, and the first few names. */
export function skippedNote(files: readonly string[]): string {
  const names = files.slice(0, 3).map((f) => f.split(/[\\/]/).pop()).join(', ')
  return `padanan: skipped ${files.length} file(s) that are not .txt, .md or .jsonl (${names}${files.length > 3 ? ', …' : ''})\n`
}
