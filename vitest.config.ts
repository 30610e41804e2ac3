import { availableParallelism } from 'node:os'
import { readFileSync } from 'node:fs'
import { configDefaults, defineConfig, type Plugin } from 'vitest/config'

/** Lexicons are data files (src/langs/<code>/*.tsv), imported as their text, as the build bundles them. */
export const tsvAsText: Plugin = {
  name: 'tsv-as-text',
  enforce: 'pre',
  load(id) {
    if (id.endsWith('.tsv')) return `export default ${JSON.stringify(readFileSync(id, 'utf8'))}`
  },
}

/**
 * Tests of the built package (dist/): the CLI in child processes, the bundles and entry points, the installed
 * tarball, the browser build, the Redis index through the CLI. `npm run test:dist` builds and runs them
 * (vitest.dist.config.ts); `npm test` runs every other test against the sources, with no build.
 */
export const DIST_TESTS = [
  'test/api/bundle.test.ts',
  'test/api/import.test.ts',
  'test/browser/browser.test.ts',
  'test/cli/**/*.test.ts',
  'test/dedup/cli.test.ts',
  'test/dedup/redis-faults.test.ts',
  'test/dedup/redis.test.ts',
  'test/fuzz/cli.fuzz.test.ts',
  'test/package/install.test.ts',
]

export default defineConfig({
  plugins: [tsvAsText],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...DIST_TESTS],
    // One test file per core: on two cores the library's tests take about 55 s instead of 95 s with one.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
  },
})
