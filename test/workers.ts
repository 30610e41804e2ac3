import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A `--require` preload, written into `dir`, that counts the worker threads a process starts (the
 * built-in module is patched before the CLI loads) and writes the count to the file named by the
 * COUNT_FILE environment variable when the process exits.
 *
 * @example
 * spawnSync(process.execPath, ['--require', workerCountPreload(tmp), cli, …], { env: { ...process.env, COUNT_FILE } })
 */
export function workerCountPreload(dir: string): string {
  const file = join(dir, 'count-workers.cjs')
  writeFileSync(
    file,
    `const wt = require('node:worker_threads'); const W = wt.Worker; let n = 0;
     wt.Worker = class extends W { constructor(...a) { super(...a); n++ } };
     require('node:module').syncBuiltinESMExports();
     process.on('exit', () => { if (process.env.COUNT_FILE) require('node:fs').writeFileSync(process.env.COUNT_FILE, String(n)) })`,
  )
  return file
}
