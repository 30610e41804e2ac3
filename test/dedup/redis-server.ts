// A redis-server of the tests' own: on a free loopback port, no persistence, stopped by stop() (and
// when the test process exits). Tests that need a Redis and find none on PATH skip, and say so.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether a redis-server binary is on PATH (Debian's redis-server package, as .ci/run installs). */
export const hasRedisServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0

export interface RedisServer {
  readonly url: string
  stop(): Promise<void>
}

/** A port nobody listens on now (another process may take it before redis-server does: see below). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** One redis-server on a free port, once it says it is ready; null if it exits first (the port was taken meanwhile). */
async function tryStart(): Promise<RedisServer | null> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'padanan-redis-'))
  const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'ignore'] })
  const kill = () => p.kill('SIGKILL')
  process.once('exit', kill)
  const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()))
  const stop = async () => {
    process.off('exit', kill)
    if (p.exitCode === null && p.signalCode === null) p.kill('SIGTERM')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  // Its own "ready" line, not a probe of the port: a probe could reach another test file's server.
  const ready = await new Promise<boolean>((resolve) => {
    let log = ''
    const timer = setTimeout(() => resolve(false), 10_000)
    p.stdout.on('data', (c) => {
      log += c
      if (/Ready to accept connections/.test(log)) {
        clearTimeout(timer)
        resolve(true)
      }
    })
    void exited.then(() => resolve(false))
  })
  // Drained from now on, so a full pipe never stalls the server.
  p.stdout.resume()
  if (ready) return { url: `redis://127.0.0.1:${port}`, stop }
  await stop()
  return null
}

/**
 * Start a redis-server for this test file.
 *
 * @example
 * const server = await startRedisServer()
 * const index = await openDedupIndex({ storage: { backend: 'redis', url: server.url, prefix: 'x' } })
 * await server.stop()
 */
export async function startRedisServer(): Promise<RedisServer> {
  for (let i = 0; i < 5; i++) {
    const server = await tryStart()
    if (server) return server
  }
  throw new Error('redis-server did not start')
}
