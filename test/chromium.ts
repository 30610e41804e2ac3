// Headless Chromium for the tests that open pages in a real browser. PADANAN_CHROMIUM names the
// browser (.ci/run sets it) and then it must run: a wrong path or a browser that fails is a test
// failure, never a skip. Without it, Debian's /usr/bin/chromium is used when installed; with neither,
// those tests skip. No Playwright: Chromium's own --dump-dom and --screenshot are enough.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The browser to run, or '' when there is none. */
export const chromium = process.env.PADANAN_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '')

/** How long one Chromium run may take before it is killed. */
export const CHROMIUM_TIMEOUT_MS = 60_000

/** Kill what we started: Chromium runs in a process group of its own (detached), renderers included. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Run headless Chromium on `args` (e.g. `['--dump-dom', url]`, or `['--screenshot=f.png', url]`) with
 * a fresh profile, nothing from the network, and `extra` flags first. Resolves with its stdout;
 * rejects when it fails or runs past `timeoutMs` (then it is killed, with its children).
 */
export function runChromium(args: readonly string[], profile: string, { timeoutMs = CHROMIUM_TIMEOUT_MS, extra = [] as readonly string[] } = {}): Promise<string> {
  const all = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...extra, ...args,
  ]
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    let settled = false
    const finish = (e: Error | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      killGroup(child.pid)
      if (e) reject(e)
      else resolve(out)
    }
    const child = spawn(chromium, all, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    const timer = setTimeout(() => finish(new Error(`${chromium} did not finish within ${timeoutMs / 1000} s (killed)`)), timeoutMs)
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')))
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')))
    child.on('error', (e) => finish(new Error(`cannot run ${chromium}: ${e.message}`)))
    child.on('exit', (code, signal) => {
      // stdout may still hold data: wait for it to close, unless a child of Chromium keeps it open.
      const done = () => finish(code === 0 ? null : new Error(`${chromium} exited with ${code ?? signal}\n${err.slice(-3000)}`))
      if (child.stdout.readableEnded) done()
      else {
        child.stdout.once('end', done)
        setTimeout(done, 2000)
      }
    })
  })
}

/**
 * For test pages: `report(status, text)` writes into <pre id="result" data-status="pending"> (the
 * text URI-encoded, so the DOM dump needs no unescaping); the first error wins, and window errors
 * and unhandled rejections are reported. Goes inside a <script> element.
 */
export const RESULT_SCRIPT = `  function report(status, text) {
    var el = document.getElementById('result')
    if (el.dataset.status === 'error') return
    el.dataset.status = status
    el.textContent = encodeURIComponent(text)
  }
  window.addEventListener('error', function (e) { report('error', String((e.error && e.error.stack) || e.message)) })
  window.addEventListener('unhandledrejection', function (e) { report('error', String((e.reason && e.reason.stack) || e.reason)) })`

/**
 * What a test page wrote with RESULT_SCRIPT's report(): its status and text, from Chromium's DOM dump.
 *
 * @throws Error when the page has no #result
 */
export function pageResult(dom: string): { status: string; text: string } {
  const m = /<pre id="result" data-status="(\w+)">([^<]*)<\/pre>/.exec(dom)
  if (!m) throw new Error(`no #result in the page Chromium printed:\n${dom.slice(0, 2000)}`)
  return { status: m[1]!, text: decodeURIComponent(m[2]!) }
}
