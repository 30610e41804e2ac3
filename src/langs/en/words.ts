// English word lists, written for padanan from news usage.

/** Function words: left out of similarity, kept in the text. */
export const stopwords: readonly string[] = `
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each either few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself neither no nor not now of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up upon very was we were what when where which while who whom whose why will with would
you your yours yourself yourselves shall may might must among within without via per yet however thus whether
`.trim().split(/\s+/)

/**
 * Abbreviations that end in a dot inside a sentence (without the final dot, compared case-insensitively).
 * The segmenter splits after them; prepare() joins the pieces again.
 */
export const abbreviations: readonly string[] = `
mr mrs ms dr prof st jr sr rev gen lt col capt sgt maj cmdr adm gov sen rep pres supt insp det
inc ltd co corp llc plc bros dept univ assn
u.s u.k u.n u.s.a e.u a.m p.m i.e e.g etc vs approx est no nos vol fig pp
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
ave blvd rd mt ft
`.trim().split(/\s+/)

/** Frequent function words that mark English text (language detection). */
export const markers: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'as', 'was', 'on', 'by', 'he', 'at', 'from', 'his',
  'are', 'be', 'this', 'have', 'has', 'which', 'were', 'will', 'its', 'their', 'said', 'would',
]
