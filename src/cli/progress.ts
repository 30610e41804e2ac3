/**
 * A progress bar on stderr, only when stderr is a TTY and the run has lasted over a second
 * (short runs and pipes stay clean).
 */
export function progressBar(label: string): { update(phase: string, done: number, total: number): void; end(): void } {
  const tty = process.stderr.isTTY === true
  const t0 = Date.now()
  let shown = false
  let last = 0
  return {
    update(phase, done, total) {
      if (!tty) return
      const now = Date.now()
      if (now - t0 < 1000 || now - last < 100) return
      last = now
      shown = true
      const width = 30
      const frac = total > 0 ? Math.min(1, done / total) : 0
      const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░')
      process.stderr.write(`\r${label} ${phase.padEnd(10)} ${bar} ${done}/${total} ${((now - t0) / 1000).toFixed(1)}s`)
    },
    end() {
      if (shown) process.stderr.write('\r\x1b[K')
    },
  }
}
