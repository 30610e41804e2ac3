import { readdirSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

// Kept small on purpose: moving to tsdown (once Node 22+) should be this one file.
// esbuild rewrites /\p{…}/u literals into `new RegExp(…)` at every evaluation (one compile per token
// in hot loops); Node 20 has Unicode property escapes, so keep the literals.
// Lexicons are data files (src/langs/<code>/*.tsv), bundled as their text.
const esbuildOptions = (o: { supported?: Record<string, boolean>; loader?: Record<string, string> }) => {
  o.supported = { ...o.supported, 'regexp-unicode-property-escapes': true }
  o.loader = { ...o.loader, '.tsv': 'text' }
}

// Every folder of src/langs is an entry point of its own (padanan/langs/<code>), and
// padanan/langs lists them all: a new language needs no line here. `browser` is the core that
// bundlers for the browser get as `padanan` (no Node built-ins), `node` is padanan/node, and
// `index` (padanan in Node) is both.
const library = {
  index: 'src/index.ts',
  browser: 'src/browser.ts',
  node: 'src/node.ts',
  'langs/index': 'src/langs/all.ts',
  ...Object.fromEntries(
    readdirSync('src/langs', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [`langs/${d.name}/index`, `src/langs/${d.name}/index.ts`]),
  ),
}

const common = {
  target: 'node20',
  splitting: true,
  treeshake: true,
  // No sourcemaps: the built code is not minified, so a stack trace already names readable
  // functions and lines, and maps would double the package while pointing at sources it does not ship.
  sourcemap: false,
  // The Redis client is an optional peer dependency, imported only when a Redis index is opened.
  external: ['redis'],
  esbuildOptions,
} satisfies Options

export default defineConfig([
  {
    // The ESM build: the library, the command line (dist/cli.js) and the worker threads of
    // `padanan dedup --jsonl --workers N` (dist/dedup-worker.js) share their chunks, so the package
    // holds one copy of the library's code. Chunks sit beside the entries in dist/, so the CLI finds
    // the worker as ./dedup-worker.js from whichever file holds its code (workerFile in src/cli/dedup/pool.ts).
    ...common,
    entry: { ...library, cli: 'src/cli/index.ts', 'dedup-worker': 'src/cli/dedup/worker.ts' },
    format: ['esm'],
    dts: { entry: library },
    clean: true,
    plugins: [
      {
        // The bin needs its hashbang; a banner would put it on every chunk of the build.
        name: 'cli-hashbang',
        renderChunk(code, info) {
          if (info.entryPoint !== 'src/cli/index.ts') return
          info.mode = 0o755
          return { code: `#!/usr/bin/env node\n${code}` }
        },
      },
    ],
  },
  {
    // The CommonJS build of the library, for require('padanan').
    ...common,
    entry: library,
    format: ['cjs'],
    dts: { entry: library },
    // import.meta.url (used to load natural's stemmers lazily) needs a shim in the CJS build.
    shims: true,
  },
])
