/**
 * Fraction phrases of languages that build them from a numerator word and a prefixed denominator word
 * (Indonesian and Malay `dua pertiga` 2/3, `seperempat` 1/4, `satu perlima` 1/5), for packs to list in
 * their grammar's `fractions`. After a numerator word the prefix is also written apart (`dua per tiga`,
 * `satu per empat`), as news often writes it.
 *
 * @param units - numerator words and their values; those from 2 to below a denominator are used
 * @param denominators - denominator words and their values
 * @param prefix - glued to the denominator word: `per`
 * @param one - the ways "one" is written before it, glued or with a space: `se`, `satu `
 * @example
 * prefixedFractions({ dua: 2, tiga: 3 }, { tiga: 3, empat: 4 }, 'per', ['se', 'satu '])
 * //=> { sepertiga: 1/3, 'satu pertiga': 1/3, 'satu per tiga': 1/3, 'dua pertiga': 2/3, 'dua per tiga': 2/3, seperempat: 0.25, … }
 */
export function prefixedFractions(
  units: Readonly<Record<string, number>>,
  denominators: Readonly<Record<string, number>>,
  prefix: string,
  one: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [d, dv] of Object.entries(denominators)) {
    for (const o of one) {
      out[`${o}${prefix}${d}`] = 1 / dv
      if (o.endsWith(' ')) out[`${o}${prefix} ${d}`] = 1 / dv
    }
    for (const [n, nv] of Object.entries(units)) {
      if (nv < 2 || nv >= dv) continue
      out[`${n} ${prefix}${d}`] = nv / dv
      out[`${n} ${prefix} ${d}`] = nv / dv
    }
  }
  return out
}
