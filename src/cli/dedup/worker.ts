/**
 * A worker thread of `padanan dedup --jsonl --workers N` (built to dist/dedup-worker.js): it reads
 * batches of JSONL lines into index records (features, shingles, signatures); the main thread
 * keeps the index. The records are the ones the main thread would make itself.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { languages } from '../../langs/all.js'
import { registerLanguage } from '../../langs/index.js'
import { recordLine, type LineResult } from './lines.js'
import { headerOptions, indexSettings, Recorder } from '../../dedup/index.js'

// The CLI knows every built-in pack; so must its workers (a `lang` code must resolve alike).
for (const pack of languages) registerLanguage(pack)

const recorder = new Recorder(indexSettings(headerOptions(workerData as Record<string, unknown>)))

parentPort!.on('message', (m: { seq: number; first: number; lines: string[] }) => {
  const results: LineResult[] = m.lines.map((l, i) => recordLine(recorder, l, m.first + i))
  // Signatures travel as their own buffers (moved, not copied).
  const transfer = results.flatMap((r) => ('rec' in r ? [r.rec.sig.buffer, ...(r.rec.csig ? [r.rec.csig.buffer] : [])] : [])) as ArrayBuffer[]
  parentPort!.postMessage({ seq: m.seq, results }, transfer)
})
