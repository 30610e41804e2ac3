/**
 * The order and the rounding every output shares (pairs, groups, duplicate clusters), so that results
 * are the same on every machine and whatever the input order: ids and texts in code-unit order
 * (locale-free), scores and similarities to four decimals.
 */

/**
 * Code-unit order: locale-free, so output is the same on every machine.
 *
 * @example
 * ['b', 'B', 'a'].sort(cmp) //=> ['B', 'a', 'b']
 */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A score or similarity as reported: four decimals.
 *
 * @example
 * round(0.710937) //=> 0.7109
 */
export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4
}
