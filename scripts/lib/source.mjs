// padanan's TypeScript sources, for the scripts that generate data from them: bundled by esbuild into one
// module in a temporary folder, imported, and the folder removed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * One module re-exporting names from source files: `reexports` pairs a file (from the repository root)
 * with what it gives (`name`, `a, b as c`). `plugins` go to esbuild.
 *
 * @example
 * const { stemEnglish } = await importSource([['src/stem/stemmers.ts', 'stemEnglish']])
 */
export async function importSource(reexports, { plugins = [] } = {}) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'padanan-source-'))
  try {
    const entry = path.join(tmp, 'entry.ts')
    const rel = (f) => path.relative(tmp, path.join(root, f)).replace(/\\/g, '/')
    writeFileSync(entry, reexports.map(([file, names]) => `export { ${names} } from '${rel(file)}'`).join('\n'))
    const out = path.join(tmp, 'entry.mjs')
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error', plugins, loader: { '.tsv': 'text' }, supported: { 'regexp-unicode-property-escapes': true } })
    return await import(pathToFileURL(out).href)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
