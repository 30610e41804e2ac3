import { defineConfig } from 'vitest/config'
import { DIST_TESTS, tsvAsText } from './vitest.config.js'

// The tests of the built package (see DIST_TESTS): run by `npm run test:dist`, after a build.
export default defineConfig({
  plugins: [tsvAsText],
  test: {
    include: DIST_TESTS,
    testTimeout: 60_000,
  },
})
