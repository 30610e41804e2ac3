import { defineConfig } from 'tsup'

// Kept small on purpose: moving to tsdown (once Node 22+) should be this one file.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'langs/id/index': 'src/langs/id/index.ts',
      'langs/en/index': 'src/langs/en/index.ts',
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
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
])
