/**
 * The Redis connection of a shared dedup index, through node-redis (the `redis` package, an
 * optional peer dependency): loaded on first use only, so importing padanan never loads it.
 */
import { PadananError } from '../errors.js'

/** What the index needs of a Redis connection: raw commands (auto-pipelined when sent in one tick) and closing. */
export interface RedisConnection {
  /** One command; blob replies come back as Buffers. */
  send(args: readonly (string | Buffer)[]): Promise<unknown>
  close(): Promise<void>
}

/** The URL without its password, for messages. */
function shown(url: string): string {
  return url.replace(/\/\/([^@/]*):[^@/]*@/, '//$1:***@')
}

function missing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
}

/**
 * Connect to Redis with node-redis. A missing `redis` package or an unreachable server is
 * `STORAGE_UNAVAILABLE`; a URL node-redis cannot read is `BAD_OPTIONS`.
 *
 * @example
 * const r = await connectRedis('redis://127.0.0.1:6379')
 * await r.send(['PING']) //=> <Buffer 50 4f 4e 47> ('PONG')
 * await r.close()
 */
export async function connectRedis(url: string): Promise<RedisConnection> {
  let mod: typeof import('redis')
  try {
    mod = await import('redis')
  } catch (e) {
    if (missing(e)) throw new PadananError('STORAGE_UNAVAILABLE', 'the redis storage backend needs the "redis" package (node-redis), an optional peer dependency of padanan: npm install redis', { field: 'storage.backend' })
    throw e
  }
  let client
  try {
    client = mod
      .createClient({
        url,
        // A few quick retries, then fail: a batch job should stop with a clear error, not hang.
        socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => (retries >= 3 ? new Error('gave up after 3 retries') : 100 * (retries + 1)) },
      })
      .withTypeMapping({ [mod.RESP_TYPES.BLOB_STRING]: Buffer })
  } catch (e) {
    throw new PadananError('BAD_OPTIONS', `storage.url ${shown(url)}: ${(e as Error).message}`, { field: 'storage.url' })
  }
  // node-redis emits 'error' on every failed (re)connect; without a listener that would crash the process.
  let last: Error | null = null
  client.on('error', (e: Error) => {
    last = e
  })
  try {
    await client.connect()
  } catch (e) {
    const why = (last as Error | null)?.message || (e as Error).message
    throw new PadananError('STORAGE_UNAVAILABLE', `cannot connect to Redis at ${shown(url)}: ${why}`, { field: 'storage.url' })
  }
  const c = client
  return {
    send: async (args) => {
      try {
        return await c.sendCommand(args as (string | Buffer)[])
      } catch (e) {
        if (!c.isOpen || !c.isReady) throw new PadananError('STORAGE_UNAVAILABLE', `Redis at ${shown(url)}: ${(e as Error).message}`, { field: 'storage.url' })
        throw e
      }
    },
    close: async () => {
      if (c.isOpen) await c.close()
    },
  }
}
