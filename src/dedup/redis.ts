/**
 * The Redis connection of a shared dedup index, through node-redis (the `redis` package, an
 * optional peer dependency): loaded on first use only, so importing padanan never loads it.
 *
 * A batch job must stop with a clear error rather than hang or go on after a gap it cannot see:
 * every failure of the client is a PadananError('STORAGE_UNAVAILABLE'), a dropped connection is
 * never reconnected (a command in flight may or may not have run), and closing never waits long.
 */
import { PadananError } from '../errors.js'

/** What the index needs of a Redis connection: raw commands (auto-pipelined when sent in one tick) and closing. */
export interface RedisConnection {
  /** One command; blob replies come back as Buffers. @throws PadananError `STORAGE_UNAVAILABLE` for any failure */
  send(args: readonly (string | Buffer)[]): Promise<unknown>
  /** Call `listener` once if the connection drops (not when it is closed): the error its commands now throw. */
  onLost(listener: (e: PadananError) => void): void
  /** Close: pending replies are waited for at most {@link CLOSE_WAIT_MS}, none after a dropped connection. Never throws. */
  close(): Promise<void>
}

/** The longest close() waits for pending replies before it cuts the connection. */
export const CLOSE_WAIT_MS = 2000

/**
 * How long commands may wait for a reply while the server answers nothing at all, by default: then
 * the connection ends. A server that stops answering (paused, frozen, a network that drops packets
 * without closing) must not hang a batch job.
 */
export const REPLY_TIMEOUT_MS = 30_000

/** The URL without its password, for messages. */
function shown(url: string): string {
  return url.replace(/\/\/([^@/]*):[^@/]*@/, '//$1:***@')
}

function missing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
}

/** What the server or the socket said, with a hint where one helps. */
function reason(e: unknown): string {
  const m = e instanceof Error ? e.message || e.name : String(e)
  if (/^OOM\b/.test(m)) return `${m} (the server is out of memory: raise its maxmemory or free some; nothing of the failed command was written)`
  return m
}

/**
 * Connect to Redis with node-redis. A missing `redis` package or an unreachable server is
 * `STORAGE_UNAVAILABLE`; a URL node-redis cannot read is `BAD_OPTIONS`. Once connected, every
 * failure of a command (an error reply such as OOM, a dropped connection, no reply to anything for
 * `timeoutMs`) is `STORAGE_UNAVAILABLE`.
 *
 * @example
 * const r = await connectRedis('redis://127.0.0.1:6379')
 * await r.send(['PING']) //=> <Buffer 50 4f 4e 47> ('PONG')
 * await r.close()
 */
export async function connectRedis(url: string, { timeoutMs = REPLY_TIMEOUT_MS }: { readonly timeoutMs?: number } = {}): Promise<RedisConnection> {
  let mod: typeof import('redis')
  try {
    mod = await import('redis')
  } catch (e) {
    if (missing(e)) throw new PadananError('STORAGE_UNAVAILABLE', 'the redis storage backend needs the "redis" package (node-redis), an optional peer dependency of padanan: npm install redis', { field: 'storage.backend' })
    throw e
  }
  const where = `Redis at ${shown(url)}`
  // Set once the connection is up: from then on a dropped connection is final.
  let ready = false
  let client
  try {
    client = mod
      .createClient({
        url,
        // No queue while disconnected: a command either reaches the server or fails at once.
        disableOfflineQueue: true,
        // An idle connection (a slow producer) must not meet a server's idle timeout: it would not be reopened.
        pingInterval: 30_000,
        socket: {
          connectTimeout: 5000,
          // A few quick retries to connect, then fail. A connection lost later is not reopened: a
          // command in flight may or may not have run, so the caller must stop (and may resume).
          reconnectStrategy: (retries: number) => (ready ? false : retries >= 3 ? new Error('gave up after 3 retries') : 100 * (retries + 1)),
        },
      })
      .withTypeMapping({ [mod.RESP_TYPES.BLOB_STRING]: Buffer })
  } catch (e) {
    throw new PadananError('BAD_OPTIONS', `storage.url ${shown(url)}: ${(e as Error).message}`, { field: 'storage.url' })
  }
  // node-redis emits 'error' on every failed (re)connect; without a listener that would crash the process.
  let last: Error | null = null
  let lost: PadananError | null = null
  let closing: Promise<void> | null = null
  const listeners: ((e: PadananError) => void)[] = []
  // The watchdog: commands awaiting a reply, and replies so far (counted, not timed: a batch sends
  // tens of thousands of commands, and a clock read per command would cost more than the counting).
  let pending = 0
  let replies = 0
  let watchdog: NodeJS.Timeout | undefined
  /** The connection ends for good: every command from now on throws the same error. */
  const end = (e: unknown): PadananError => {
    if (lost) return lost
    lost = new PadananError('STORAGE_UNAVAILABLE', `${where}: connection lost (${reason(e)})`, { field: 'storage.url' })
    clearInterval(watchdog)
    client.destroy()
    for (const l of listeners.splice(0)) l(lost)
    return lost
  }
  client.on('error', (e: Error) => {
    last = e
    if (ready && !closing) end(e)
  })
  try {
    await client.connect()
  } catch (e) {
    const why = (last as Error | null)?.message || (e as Error).message
    client.destroy()
    throw new PadananError('STORAGE_UNAVAILABLE', `cannot connect to ${where}: ${why}`, { field: 'storage.url' })
  }
  ready = true
  // Errors of the connection attempts are not this connection's.
  last = null
  const c = client
  // Each tick: while nothing is awaited or a reply came since the last tick, the quiet starts now.
  let seen = -1
  let quietSince = Date.now()
  watchdog = setInterval(
    () => {
      if (pending === 0 || replies !== seen) {
        seen = replies
        quietSince = Date.now()
      } else if (!closing && Date.now() - quietSince > timeoutMs) end(new Error(`no reply for ${timeoutMs / 1000} s: the server does not answer`))
    },
    Math.max(10, Math.min(1000, timeoutMs / 4)),
  )
  // The watchdog alone keeps no process alive.
  watchdog.unref()
  return {
    send: async (args) => {
      if (lost) throw lost
      pending++
      try {
        return await c.sendCommand(args as (string | Buffer)[])
      } catch (e) {
        // An error reply (OOM, a script error) leaves the connection usable; any other failure ends it.
        if (e instanceof mod.ErrorReply) throw new PadananError('STORAGE_UNAVAILABLE', `${where}: ${reason(e)}`, { field: 'storage.url' })
        throw end(last ?? e)
      } finally {
        pending--
        replies++
      }
    },
    onLost: (listener) => {
      if (lost) listener(lost)
      else listeners.push(listener)
    },
    close: () =>
      (closing ??= (async () => {
        listeners.length = 0
        clearInterval(watchdog)
        if (lost || !c.isReady) return c.destroy()
        // Graceful when the server answers; cut after CLOSE_WAIT_MS when it does not.
        let timer: NodeJS.Timeout | undefined
        const cut = new Promise<'cut'>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS, 'cut')))
        const how = await Promise.race([c.close().then(() => 'closed' as const, () => 'cut' as const), cut])
        clearTimeout(timer)
        if (how === 'cut') c.destroy()
      })()),
  }
}
