import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { PadananError } from '../errors.js'
import { parseJsonl } from './io.js'

/** A document read by the CLI. */
export interface InputDoc {
  readonly id: string
  readonly text: string
  readonly lang?: string
}

const TEXT_EXT = new Set(['.txt', '.md'])

/**
 * Documents from files, folders of .txt/.md (sorted, not recursive) and .jsonl files ({"id","text","lang"?} lines).
 * A file's id is its name without the extension. Files of other types in a folder are skipped and counted.
 */
export function readInputs(paths: readonly string[], skipBad = false): { docs: InputDoc[]; skippedFiles: string[]; skippedLines: number } {
  if (paths.length === 0) throw new PadananError('BAD_INPUT', 'no input: pass files, folders or .jsonl files', { field: 'PATH' })
  const docs: InputDoc[] = []
  const skippedFiles: string[] = []
  let skippedLines = 0
  const readFile = (p: string) => {
    const buf = readFileSync(p)
    // A NUL byte in the first 8 KB: not a text file.
    if (buf.subarray(0, 8192).includes(0)) throw new PadananError('BAD_INPUT', `${p}: not a text file`, { field: 'PATH' })
    return buf.toString('utf8')
  }
  for (const p of paths) {
    let st
    try {
      st = statSync(p)
    } catch {
      throw new PadananError('BAD_INPUT', `${p}: no such file or folder`, { field: 'PATH' })
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        const full = join(p, f)
        if (!statSync(full).isFile()) continue
        if (extname(f) === '.jsonl') addJsonl(full)
        else if (TEXT_EXT.has(extname(f))) docs.push({ id: basename(f, extname(f)), text: readFile(full) })
        else skippedFiles.push(full)
      }
    } else if (extname(p) === '.jsonl') addJsonl(p)
    else docs.push({ id: basename(p, extname(p)), text: readFile(p) })
  }
  function addJsonl(p: string) {
    const { records, skipped } = parseJsonl(readFile(p), p, skipBad)
    skippedLines += skipped.length
    docs.push(...records)
  }
  return { docs, skippedFiles, skippedLines }
}

/** The stderr line for files a folder held that are not text: how many, and the first few names. */
export function skippedNote(files: readonly string[]): string {
  const names = files.slice(0, 3).map((f) => f.split(/[\\/]/).pop()).join(', ')
  return `padanan: skipped ${files.length} file(s) that are not .txt, .md or .jsonl (${names}${files.length > 3 ? ', …' : ''})\n`
}
