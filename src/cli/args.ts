// Option parsing shared by every command: `--help` anywhere prints the command's usage, a bad flag is
// one BAD_OPTIONS line that names it and points at the command's help, numbers are checked by name.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { PadananError } from '../errors.js'
import { out } from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** What {@link parseCommand} returns: the values of the options and the positionals. */
export type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>

/**
 * Parse a command's arguments. `--help` or `-h` anywhere before `--` prints `usage` on stdout and
 * gives `null` (the command then does nothing), whatever else is on the line, as users of most
 * command-line tools expect.
 *
 * @throws PadananError `BAD_OPTIONS` naming the flag, for an unknown flag or a missing value
 * @example
 * const p = parseCommand('pair', PAIR_USAGE, ['fixtures/npc', '--json'], { json: { type: 'boolean' } })
 * if (p === null) return // the usage was printed
 * p.values.json //=> true
 */
export function parseCommand<T extends Options>(command: string, usage: string, args: string[], options: T): Parsed<T> | null {
  const end = args.indexOf('--')
  const flags = end < 0 ? args : args.slice(0, end)
  if (flags.includes('--help') || flags.includes('-h')) {
    out(usage)
    return null
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw badFlag(e, command)
  }
}

/** Node's parseArgs error as BAD_OPTIONS: the flag named, and where to look. */
function badFlag(e: unknown, command: string): unknown {
  if (!(e instanceof TypeError) || !(e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) return e
  const see = `see padanan ${command} --help`
  const unknown = /^Unknown option '([^']+)'/.exec(e.message)
  if (unknown) return new PadananError('BAD_OPTIONS', `unknown option ${unknown[1]} (${see})`, { field: unknown[1]! })
  const flag = /Option '(-[^' ]+)/.exec(e.message)?.[1]
  if (flag && / argument missing$/.test(e.message)) return new PadananError('BAD_OPTIONS', `${flag} needs a value (${see})`, { field: flag })
  // One stderr line: Node's hints (how to write a value that starts with a dash) joined into it.
  const what = e.message.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')
  return new PadananError('BAD_OPTIONS', `${what} (${see})`, flag ? { field: flag } : {})
}

/** Bounds of a numeric flag. */
export interface NumberRange {
  readonly min: number
  readonly max: number
  /** Whole numbers only. */
  readonly integer?: boolean
}

/**
 * The value of a numeric flag, or `undefined` when it was not given. A value that is not a number
 * within the range is BAD_OPTIONS naming the flag and the range.
 *
 * @throws PadananError `BAD_OPTIONS`
 * @example
 * numberFlag('7', 'seed', { min: 0, max: 0xffffffff, integer: true }) //=> 7
 * numberFlag(undefined, 'seed', { min: 0, max: 1 }) //=> undefined
 */
export function numberFlag(raw: string | undefined, flag: string, { min, max, integer = false }: NumberRange): number | undefined {
  if (raw === undefined) return undefined
  // Number('') is 0: an empty value is no number.
  const v = /^\s*$/.test(raw) ? NaN : Number(raw)
  if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    throw new PadananError('BAD_OPTIONS', `--${flag} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not ${JSON.stringify(raw)}`, { field: flag })
  }
  return v
}
