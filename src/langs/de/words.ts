// German word lists, written for padanan from German, Austrian and Swiss news usage (facts of the language).

/** Function words: left out of similarity, kept in the text. */
export const stopwords: readonly string[] = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei beim bin bis
bist da dabei dadurch dafür dagegen daher damit dann daran darauf daraus darin darum das dass daß dem den denen denn der deren
des dessen deshalb die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige
einigen einiger er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr
ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kann
kein keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher mehr mein meine meinem meinen
meiner mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seit sich sie
sind so solche solchem solchen solcher soll sollte sondern sonst über um und uns unser unsere unter viel vom von vor während
war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo
wollen wollte würde würden zu zum zur zwar zwischen sowie bzw beziehungsweise laut gemäß trotz wegen seitdem sodass obwohl
`.trim().split(/\s+/)

/**
 * Abbreviations that end in a dot inside a sentence (without the final dot, compared case-insensitively).
 * The segmenter splits after them; prepare() joins the pieces again. Abbreviations of several parts
 * (`z. B.`, `u. a.`, `d. h.`, `m ü. M.`) are split after each dot: their lowercase single letters are listed,
 * and a capital single letter (`B.`, `M.`) counts as an initial anyway.
 * `usw.` and `etc.` are left out on purpose: they mostly end a sentence, where a split must stay.
 */
export const abbreviations: readonly string[] = `
z b u a d h o ä i ü s v
dr prof dipl ing mag hr fr frl sen jun st nr tel abs art ziff kap bd hrsg vgl bzw ca mio mrd tsd bio mill md
evtl ggf inkl exkl zzgl sog allg bspw insb jh jhd std min sek mind max gem lt urspr abb anm
co kt str pl geb gest verh
jan jän feb mär apr jun jul aug sep sept okt nov dez
mo di mi do sa
`.trim().split(/\s+/)

/** Frequent function words that mark German text (language detection). */
export const markers: readonly string[] = [
  'der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'auf', 'für', 'sich', 'ein', 'eine', 'dem', 'des',
  'auch', 'es', 'im', 'wird', 'werden', 'sind', 'wurde', 'nach', 'bei', 'einer', 'aus', 'wie', 'über', 'hat', 'dass', 'oder',
]
