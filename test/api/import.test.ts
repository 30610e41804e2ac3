// Importing padanan is cheap and silent: no output, no file reads, no natural root module.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as core from '../../src/browser.js'
import * as api from '../../src/index.js'
import * as nodeOnly from '../../src/node.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dist = `${root}dist/index.js`

describe('public surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })

  it('padanan in Node is the core (what bundlers for the browser get) plus padanan/node', () => {
    expect(Object.keys(nodeOnly).sort()).toEqual([
      'DEDUP_INDEX_VERSION', 'createDedupIndex', 'createStorage', 'loadDedupIndex', 'loadLexicon', 'mergeDedupIndexes', 'naturalStemmer', 'openDedupIndex',
    ])
    const coreNames = Object.keys(core)
    expect(coreNames.filter((k) => k in nodeOnly)).toEqual([])
    expect([...coreNames, ...Object.keys(nodeOnly)].sort()).toEqual(Object.keys(api).sort())
    for (const k of coreNames) if (k !== 'parseLexicon') expect(api[k as keyof typeof api], k).toBe(core[k as keyof typeof core])
    for (const k of Object.keys(nodeOnly)) expect(api[k as keyof typeof api], k).toBe(nodeOnly[k as keyof typeof nodeOnly])
    // Node's parseLexicon also reads gzip-compressed .dict.dz data (node:zlib); the core's refuses it.
    expect(api.parseLexicon).not.toBe(core.parseLexicon)
  })
})

describe.skipIf(!existsSync(dist))('importing the built package', () => {
  // The child patches fs before importing, and reports any file read or console output.
  const probe = (entry: string) => `
    const fs = require('node:fs'); const reads = [];
    for (const k of ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream']) {
      const orig = fs[k]; fs[k] = function (p, ...a) { reads.push(String(p)); return orig.call(this, p, ...a) }
    }
    const out = []; const w = process.stdout.write.bind(process.stdout);
    process.stdout.write = (c, ...a) => { out.push(String(c)); return true };
    process.stderr.write = (c, ...a) => { out.push(String(c)); return true };
    import(${JSON.stringify(entry)}).then((m) => {
      // Module sources (ours and dependencies') are code being loaded; any other file would be a data read.
      const ownReads = reads.filter((p) => !/\.(c|m)?js$/.test(p) && !p.endsWith('package.json'));
      w(JSON.stringify({ out, ownReads, natural: Object.keys(require.cache).some((k) => k.includes('natural')) }));
    });`
  for (const entry of [dist, `${root}dist/index.cjs`, `${root}dist/browser.js`, `${root}dist/browser.cjs`, `${root}dist/node.js`, `${root}dist/node.cjs`]) {
    it(`${entry.slice(root.length)} prints nothing and reads no data file`, () => {
      const r = spawnSync(process.execPath, ['-e', probe(entry)], { cwd: '/tmp', encoding: 'utf8' })
      expect(r.stderr).toBe('')
      const res = JSON.parse(r.stdout)
      expect(res.out).toEqual([])
      expect(res.ownReads).toEqual([])
      expect(res.natural).toBe(false)
    })
  }
})
