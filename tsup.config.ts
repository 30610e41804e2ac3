import { readdirSync } from 'node:fs'
import { defineConfig } from 'tsup'

// Kept small on purpose: moving to tsdown (once Node 22+) should be this one file.
// esbuild rewrites /\p{…}/u literals into `new RegExp(…)` at every evaluation (one compile per token
// in hot loops); Node 20 has Unicode property escapes, so keep the literals.
const esbuildOptions = (o: { supported?: Record<string, boolean> }) => {
  o.supported = { ...o.supported, 'regexp-unicode-property-escapes': true }
}

export default defineConfig([
  {
    // Every folder of src/langs is an entry point of its own (padanan/langs/<code>), and
    // padanan/langs lists them all: a new language needs no line here.
    entry: {
      index: 'src/index.ts',
      'langs/index': 'src/langs/all.ts',
      ...Object.fromEntries(
        readdirSync('src/langs', { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => [`langs/${d.name}/index`, `src/langs/${d.name}/index.ts`]),
      ),
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // import.meta.url (used to load natural's stemmers lazily) needs a shim in the CJS build.
    shims: true,
    // The Redis client is an optional peer dependency, imported only when a Redis index is opened.
    external: ['redis'],
    esbuildOptions,
  },
  {
    // The worker threads of `padanan dedup --jsonl --workers N`, loaded from beside dist/cli.js.
    entry: { 'dedup-worker': 'src/dedup/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: false,
    esbuildOptions,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions,
  },
])
