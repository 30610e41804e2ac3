/**
 * Worker threads that turn batches of JSONL lines into index records, in order: batches go round
 * robin, results come back by sequence number, and the caller takes them in the order it sent them.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { LineResult } from './lines.js'

/**
 * The built worker beside the running bundle (dist/dedup-worker.js next to dist/cli.js), or null
 * when there is none (running from the TypeScript sources): then the caller works in one thread.
 *
 * @example
 * workerFile(import.meta.url) //=> URL of dist/dedup-worker.js, or null
 */
export function workerFile(base: string | URL): URL | null {
  try {
    const u = new URL('./dedup-worker.js', base)
    return existsSync(fileURLToPath(u)) ? u : null
  } catch {
    return null
  }
}

/** A pool of record workers. */
export class RecordPool {
  private readonly workers: Worker[]
  private readonly waiting = new Map<number, { resolve: (r: LineResult[]) => void; reject: (e: Error) => void }>()
  private seq = 0
  private failed: Error | null = null

  /**
   * @param size - number of threads
   * @param file - the worker script (see {@link workerFile})
   * @param header - the index settings as saved (settingsHeader), so every thread reads alike
   * @example
   * const pool = new RecordPool(2, workerFile(import.meta.url)!, settingsHeader(settings))
   * const results = await pool.run(1, ['{"id":"a","text":"…"}'])
   * await pool.close()
   */
  constructor(size: number, file: URL, header: Record<string, unknown>) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(file, { workerData: header })
      w.on('message', (m: { seq: number; results: LineResult[] }) => {
        const p = this.waiting.get(m.seq)
        this.waiting.delete(m.seq)
        p?.resolve(m.results)
      })
      w.on('error', (e) => this.fail(e))
      w.on('exit', (code) => {
        if (code !== 0 && this.waiting.size) this.fail(new Error(`dedup worker exited with code ${code}`))
      })
      return w
    })
  }

  private fail(e: Error): void {
    this.failed = e
    for (const p of this.waiting.values()) p.reject(e)
    this.waiting.clear()
  }

  /** Records of lines `first`, `first + 1`, … (line numbers are 1-based). */
  run(first: number, lines: string[]): Promise<LineResult[]> {
    if (this.failed) return Promise.reject(this.failed)
    const seq = this.seq++
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject })
      this.workers[seq % this.workers.length]!.postMessage({ seq, first, lines })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
