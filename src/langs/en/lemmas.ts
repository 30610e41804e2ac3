// English irregular forms, written for padanan (public-domain facts of the language).

/**
 * Irregular inflections and the word a lexicon glosses them with: past tenses and participles of
 * strong verbs (`said` → `say`, `became` → `become`, `taken` → `take`) and irregular plurals
 * (`children` → `child`, `women` → `woman`). A stemmer leaves them apart from their base form, while
 * lexicons gloss with base forms (sagte → say, menjadi → become), so the pivot reads them as their
 * base. Forms that are also other words (`left`, `found`, `lay`, `ground`, `saw`, `lie`) are left out.
 */
export const lemmas: Readonly<Record<string, string>> = Object.fromEntries(
  `
arose arise;arisen arise;awoke awake;awoken awake;bore bear;borne bear;beaten beat;became become;began begin;begun begin
bent bend;bitten bite;bled bleed;blew blow;blown blow;broke break;broken break;bred breed
brought bring;built build;burnt burn;bought buy;caught catch;chose choose;chosen choose;clung cling;came come
crept creep;dealt deal;dug dig;did do;done do;drew draw;drawn draw;dreamt dream;drank drink;drunk drink
drove drive;driven drive;ate eat;eaten eat;fell fall;fallen fall;felt feel;fought fight;fled flee;flew fly
flown fly;forbade forbid;forbidden forbid;forgot forget;forgotten forget;forgave forgive;forgiven forgive;froze freeze
frozen freeze;got get;gotten get;gave give;given give;went go;gone go;grew grow;grown grow;hung hang;had have;has have
heard hear;hid hide;hidden hide;held hold;kept keep;knelt kneel;knew know;known know;laid lay;led lead
leapt leap;lent lend;lit light;lost lose;made make;meant mean;met meet;paid pay;proved prove;proven prove;quit quit
ran run;rang ring;rung ring;rode ride;ridden ride;rose rise;risen rise;sought seek;sold sell;sent send;shook shake
shaken shake;shone shine;shot shoot;shown show;shrank shrink;shrunk shrink;sang sing;sung sing;sank sink
sunk sink;sat sit;slept sleep;slid slide;spoke speak;spoken speak;spent spend;spun spin;sprang spring
sprung spring;stood stand;stole steal;stolen steal;stuck stick;stung sting;struck strike;strove strive;swore swear
sworn swear;swept sweep;swam swim;swum swim;swung swing;took take;taken take;taught teach;tore tear;torn tear;told tell
thought think;threw throw;thrown throw;understood understand;undertook undertake;undertaken undertake;woke wake
woken wake;wore wear;worn wear;wove weave;woven weave;wept weep;won win;withdrew withdraw;withdrawn withdraw;wrote write
written write;said say;sped speed;spilt spill;upheld uphold;overcame overcome;overtook overtake;overtaken overtake
children child;women woman;men man;people person;feet foot;teeth tooth;mice mouse;geese goose
wives wife;knives knife;halves half;criteria criterion;phenomena phenomenon
`
    .trim()
    .split(/[;\n]/)
    .map((p) => p.trim().split(/\s+/) as [string, string]),
)
