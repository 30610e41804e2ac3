// The German → English lexicon that padanan ships: 13,614 lines, 8,677 German headwords.
// Written by hand for padanan (MIT, like the rest of the package). Which words to include was chosen from knowledge of
// general written German, news and mountaineering prose, and by counting word frequencies in the development document
// of the Bleualign German–French set (counted only, never copied). No gloss was taken from a dictionary. See ./LEXICON.md.
//
// Format: one entry per line, `german<TAB>english`, sorted by the German side (lowercase). The German side is a word, an
// inflected form the stemmer keys differently (`ging`, `gestiegen`, `machte`), a compound (`gipfelgrat`) or a fixed
// expression (`zum beispiel`); the English side is one short gloss, several lines give several senses, the most common
// first. This module only holds the text: ./lexicon.ts parses it on first use.

/** The German → English lexicon as TSV text (`german<TAB>english` per line). Parsed on first use by `deEnLexicon()` in ./lexicon.ts. */
export const lexiconEnTsv: string = `aare	Aare
aargau	Aargau
ab	from
ab	off
abband	tie off
abbiegen	turn off
abbiegt	turn off
abbinden	tie off
abbindet	tie off
abbog	turn off
abbrach	break off
abbrach	abort
abbrechen	break off
abbrechen	abort
abbricht	break off
abbricht	abort
abdruck	print
abdruck	imprint
abend	evening
abends	in the evening
abenteuer	adventure
aber	but
abermals	again
abermals	once more
abfahren	depart
abfahren	leave
abfahrt	descent
abfahrt	run
abfahrt	departure
abfallen	drop
abfallen	slope
abfand	come to terms
abfand	compensate
abfiel	drop
abfiel	slope
abfinden	come to terms
abfinden	compensate
abfindet	come to terms
abfindet	compensate
abfliegen	take off
abfliegen	depart
abfliegt	take off
abfliegt	depart
abfliessen	drain
abfliessen	flow off
abfliesst	drain
abfliesst	flow off
abflog	take off
abflog	depart
abfloss	drain
abfloss	flow off
abfuhr	depart
abfuhr	leave
abfährt	depart
abfährt	leave
abfällt	drop
abfällt	slope
abgab	hand in
abgab	give off
abgalt	compensate
abgeben	hand in
abgeben	give off
abgebogen	turn off
abgebrochen	break off
abgebrochen	abort
abgebunden	tie off
abgefahren	depart
abgefahren	leave
abgefallen	drop
abgefallen	slope
abgeflogen	take off
abgeflogen	depart
abgeflossen	drain
abgeflossen	flow off
abgefunden	come to terms
abgefunden	compensate
abgegeben	hand in
abgegeben	give off
abgegolten	compensate
abgehalten	hold
abgehalten	keep away
abgehangen	depend
abgehoben	withdraw
abgehoben	lift off
abgeholt	pick up
abgeholt	collect
abgelaufen	expire
abgelaufen	run off
abgelaufen	proceed
abgelegen	remote
abgelegen	isolated
abgelehnt	reject
abgelehnt	refuse
abgelten	compensate
abgelöst	replace
abgelöst	relieve
abgelöst	detach
abgenommen	decrease
abgenommen	take off
abgenommen	lose weight
abgeordnete	member of parliament
abgeordnete	deputy
abgeordneten	members of parliament
abgeordneten	deputies
abgeordneter	member of parliament
abgeordneter	deputy
abgerissen	tear down
abgerissen	demolish
abgerutscht	slip
abgerutscht	slide down
abgeschafft	abolish
abgeschlossen	conclude
abgeschlossen	complete
abgeschlossen	lock
abgeschrieben	copy
abgeschrieben	write off
abgeschätzt	estimate
abgeschätzt	assess
abgesehen	foresee
abgesehen	disregard
abgesichert	secure
abgesichert	protect
abgesichert	belay
abgesprochen	agree
abgesprochen	deny
abgesprungen	jump off
abgestiegen	descend
abgestiegen	climb down
abgestimmt	vote
abgestürzt	fall
abgestürzt	crash
abgestürzt	fallen
abgestürzt	crashed
abgestürzte	fallen climber
abgesunken	sink
abgesunken	drop
abgewichen	deviate
abgewichen	differ
abgeworfen	drop
abgeworfen	yield
abgezeichnt	stand out
abgezeichnt	emerge
abgezogen	withdraw
abgezogen	deduct
abgibt	hand in
abgibt	give off
abgilt	compensate
abhalten	hold
abhalten	keep away
abhandlung	treatise
abhandlung	paper
abhang	slope
abhang	hillside
abheben	withdraw
abheben	lift off
abhebt	withdraw
abhebt	lift off
abhielt	hold
abhielt	keep away
abhing	depend
abhob	withdraw
abhob	lift off
abholen	pick up
abholen	collect
abholt	pick up
abholt	collect
abhängen	depend
abhängig	dependent
abhängt	depend
abkommen	agreement
abkommen	accord
ablagerung	deposit
ablagerung	sediment
ablauf	course
ablauf	process
ablauf	expiry
ablaufen	expire
ablaufen	run off
ablaufen	proceed
ablehnen	reject
ablehnen	refuse
ablehnt	reject
ablehnt	refuse
ablief	expire
ablief	run off
ablief	proceed
abläuft	expire
abläuft	run off
abläuft	proceed
ablösen	replace
ablösen	relieve
ablösen	detach
ablöst	replace
ablöst	relieve
ablöst	detach
abnahm	decrease
abnahm	take off
abnahm	lose weight
abnehmen	decrease
abnehmen	take off
abnehmen	lose weight
abneigung	dislike
abneigung	aversion
abnimmt	decrease
abnimmt	take off
abnimmt	lose weight
abreissen	tear down
abreissen	demolish
abreisst	tear down
abreisst	demolish
abriss	tear down
abriss	demolish
abrunden	round off
abrunden	round
abrundet	round off
abrundet	round
abrutschen	slip
abrutschen	slide down
abrutscht	slip
abrutscht	slide down
absage	refusal
absage	cancellation
absah	foresee
absah	disregard
absank	sink
absank	drop
absatz	ledge
absatz	paragraph
absatz	heel
abschaffen	abolish
abschafft	abolish
abschied	farewell
abschied	parting
abschliessen	conclude
abschliessen	complete
abschliessen	lock
abschliesst	conclude
abschliesst	complete
abschliesst	lock
abschloss	conclude
abschloss	complete
abschloss	lock
abschluss	conclusion
abschluss	completion
abschluss	degree
abschnitt	section
abschnitt	stretch
abschrecken	deter
abschrecken	discourage
abschreckt	deter
abschreckt	discourage
abschreiben	copy
abschreiben	write off
abschreibt	copy
abschreibt	write off
abschrieb	copy
abschrieb	write off
abschätzen	estimate
abschätzen	assess
abschätzt	estimate
abschätzt	assess
absehen	foresee
absehen	disregard
absichern	secure
absichern	protect
absichern	belay
absichernd	secure
absichernd	protect
absichernd	belay
absichert	secure
absichert	protect
absichert	belay
absicht	intention
absicht	purpose
absieht	foresee
absieht	disregard
absinken	sink
absinken	drop
absinkt	sink
absinkt	drop
absolut	absolute
absolut	absolutely
absolvieren	complete
absolvieren	graduate
absolvierend	complete
absolvierend	graduate
absolviert	complete
absolviert	graduate
absprach	agree
absprach	deny
absprang	jump off
absprechen	agree
absprechen	deny
abspricht	agree
abspricht	deny
abspringen	jump off
abspringt	jump off
abstand	distance
abstand	gap
absteigen	descend
absteigen	climb down
absteigt	descend
absteigt	climb down
abstieg	descend
abstieg	climb down
abstieg	descent
abstiegsroute	descent route
abstimmen	vote
abstimmt	vote
abstimmung	vote
abstimmung	ballot
abstimmung	poll
absturz	fall
absturz	crash
abstürzen	fall
abstürzen	crash
abstürzt	fall
abstürzt	crash
abwarf	drop
abwarf	yield
abwechslung	variety
abwechslung	change
abwechslungsreich	varied
abweichen	deviate
abweichen	differ
abweicht	deviate
abweicht	differ
abwerfen	drop
abwerfen	yield
abwesenheit	absence
abwich	deviate
abwich	differ
abwirft	drop
abwirft	yield
abwärts	downwards
abwärts	down
abzeichnen	stand out
abzeichnen	emerge
abzeichnt	stand out
abzeichnt	emerge
abziehen	withdraw
abziehen	deduct
abzieht	withdraw
abzieht	deduct
abzog	withdraw
abzog	deduct
abzubiegen	turn off
abzubinden	tie off
abzubrechen	break off
abzubrechen	abort
abzufahren	depart
abzufahren	leave
abzufallen	drop
abzufallen	slope
abzufinden	come to terms
abzufinden	compensate
abzufliegen	take off
abzufliegen	depart
abzufliessen	drain
abzufliessen	flow off
abzugeben	hand in
abzugeben	give off
abzugelten	compensate
abzuhalten	hold
abzuhalten	keep away
abzuheben	withdraw
abzuheben	lift off
abzuholen	pick up
abzuholen	collect
abzuhängen	depend
abzulaufen	expire
abzulaufen	run off
abzulaufen	proceed
abzulehnen	reject
abzulehnen	refuse
abzulösen	replace
abzulösen	relieve
abzulösen	detach
abzunehmen	decrease
abzunehmen	take off
abzunehmen	lose weight
abzureissen	tear down
abzureissen	demolish
abzurutschen	slip
abzurutschen	slide down
abzuschaffen	abolish
abzuschliessen	conclude
abzuschliessen	complete
abzuschliessen	lock
abzuschreiben	copy
abzuschreiben	write off
abzuschätzen	estimate
abzuschätzen	assess
abzusehen	foresee
abzusehen	disregard
abzusichern	secure
abzusichern	protect
abzusichern	belay
abzusinken	sink
abzusinken	drop
abzusprechen	agree
abzusprechen	deny
abzuspringen	jump off
abzusteigen	descend
abzusteigen	climb down
abzustimmen	vote
abzustürzen	fall
abzustürzen	crash
abzuweichen	deviate
abzuweichen	differ
abzuwerfen	drop
abzuwerfen	yield
abzuzeichnen	stand out
abzuzeichnen	emerge
abzuziehen	withdraw
abzuziehen	deduct
acht	eight
achte	eighth
achten	pay attention
achten	respect
achtend	pay attention
achtend	respect
achtet	pay attention
achtet	respect
achttausend	eight thousand
achttausender	eight-thousander
achttausender	8000-metre peak
achtung	attention
achtung	respect
achtzehn	eighteen
achtzig	eighty
addieren	add
addierend	add
addiert	add
adel	nobility
adler	eagle
adresse	address
affe	monkey
affe	ape
afghanistan	Afghanistan
afrika	Africa
afrikanisch	African
ahnen	suspect
ahnen	sense
ahnend	suspect
ahnend	sense
ahnt	suspect
ahnt	sense
ahnung	idea
ahnung	notion
ahnung	suspicion
ahorn	maple
akklimatisation	acclimatization
akklimatisieren	acclimatize
akklimatisierend	acclimatize
akklimatisiert	acclimatize
akklimatisierung	acclimatization
aktie	share
aktie	stock
aktien	shares
aktien	stocks
aktiengesellschaft	public limited company
aktiengesellschaft	corporation
aktion	action
aktion	campaign
aktionär	shareholder
aktiv	active
aktivität	activity
aktuell	current
aktuell	topical
akut	acute
akzeptieren	accept
akzeptierend	accept
akzeptiert	accept
alaska	Alaska
aletsch	Aletsch
aletschgletscher	Aletsch Glacier
alle	all
alle	everybody
allein	alone
allein	only
alleinbegehung	solo ascent
allerdings	however
allerdings	though
allerdings	certainly
alles	everything
alles	all
allgemein	general
allmählich	gradual
allmählich	gradually
alltäglich	everyday
alltäglich	ordinary
allzu	all too
allzu	too
alm	alpine pasture
alp	alpine pasture
alpen	Alps
alpenblume	alpine flower
alpenclub	alpine club
alpenclubs	alpine clubs
alpenkette	chain of the Alps
alpennordseite	north side of the Alps
alpenpass	alpine pass
alpenrose	alpine rose
alpenrose	rhododendron
alpensüdseite	south side of the Alps
alpental	alpine valley
alpenverein	alpine club
alpenvereinshütte	alpine club hut
alphütte	alpine hut
alpin	alpine
alpine	alpine
alpinismus	mountaineering
alpinismus	alpinism
alpinist	alpinist
alpinist	mountaineer
alpinisten	alpinists
alpinisten	mountaineers
alpinistisch	mountaineering
alpinistisch	alpine
alpweide	alpine pasture
als	as
als	than
als	when
also	so
also	therefore
also	thus
alt	old
alt	ancient
alter	age
alter	old age
alternative	alternative
amerika	America
amerikaner	American
amerikaner	Americans
amerikanisch	American
amt	office
amt	authority
amt	post
amtlich	official
amtsantritt	taking office
amtszeit	term of office
analyse	analysis
analysieren	analyse
analysierend	analyse
analysiert	analyse
anbauen	grow
anbauen	cultivate
anbauen	add on
anbaut	grow
anbaut	cultivate
anbaut	add on
anbieten	offer
anbietet	offer
anblick	sight
anblick	view
anbot	offer
anbrachte	attach
anbrachte	fix
anbringen	attach
anbringen	fix
anbringt	attach
anbringt	fix
andauernd	continuous
andauernd	constant
anden	Andes
andenken	memory
andenken	souvenir
ander	other
andere	other
andere	different
andermatt	Andermatt
anders	different
anders	otherwise
anerkannt	recognize
anerkannt	acknowledge
anerkennen	recognize
anerkennen	acknowledge
anerkennung	recognition
anerkennung	acknowledgement
anfang	beginning
anfang	start
anfangen	begin
anfangen	start
anfechten	contest
anfechten	challenge
anfertigen	make
anfertigen	produce
anfertigt	make
anfertigt	produce
anfing	begin
anfing	start
anforderung	requirement
anforderung	demand
anforderungen	requirements
anforderungen	demands
anfällig	susceptible
anfängt	begin
anfängt	start
angab	state
angab	indicate
angabe	figure
angabe	statement
angabe	information
angaben	information
angaben	details
angaben	figures
angebaut	grow
angebaut	cultivate
angebaut	add on
angeben	state
angeben	indicate
angebot	offer
angebot	supply
angeboten	offer
angebracht	attach
angebracht	fix
angebracht	appropriate
angefangen	begin
angefangen	start
angefochten	contest
angefochten	challenge
angegeben	state
angegeben	indicate
angegriffen	attack
angehalten	stop
angehalten	continue
angehoben	raise
angeklagte	accused
angeklagte	defendant
angeklagter	accused
angeklagter	defendant
angekommen	arrive
angekündigt	announce
angelegenheit	matter
angelegenheit	affair
angelegt	put on
angelegt	invest
angelegt	lay out
angelegt	moor
angeln	fish
angelnd	fish
angelt	fish
angemeldet	register
angemeldet	announce
angenehm	pleasant
angenommen	accept
angenommen	assume
angeordnet	order
angeordnet	arrange
angepasst	adapt
angepasst	adjust
angeregt	stimulate
angeregt	suggest
angerufen	call
angerufen	phone
angeschaut	look at
angeschlossen	connect
angeschlossen	join
angesehen	look at
angesehen	regard
angesichts	in view of
angespannt	tense
angesprochen	address
angesprochen	speak to
angestaunt	gaze at in wonder
angestellt	employ
angestellt	queue
angestellte	employee
angestellter	employee
angestiegen	rise
angestiegen	increase
angetreten	start
angetreten	take up
angetroffen	meet
angetroffen	find
angewendet	apply
angewendet	use
angezogen	attract
angezogen	put on
angezweifelt	doubt
angezweifelt	question
angezündet	light
angezündet	set fire
angibt	state
angibt	indicate
angreifen	attack
angreift	attack
angriff	attack
angriff	assault
angriffe	attacks
angriffslust	aggressiveness
angriffsversuch	attempt
angriffsversuch	attack attempt
angriffsversuche	attempts
angriffsversuche	attacks
angst	fear
angst	anxiety
anhalten	stop
anhalten	continue
anheben	raise
anhebt	raise
anhielt	stop
anhielt	continue
anhob	raise
anhöhe	hill
anhöhe	rise
anhöhe	height
ankam	arrive
anklage	charge
anklage	indictment
anklage	prosecution
ankommen	arrive
ankommt	arrive
ankündigen	announce
ankündigt	announce
anlage	facility
anlage	plant
anlage	installation
anlangen	arrive
anlangen	concern
anlangt	arrive
anlangt	concern
anlass	occasion
anlass	cause
anlauf	start
anlauf	run-up
anlauf	attempt
anlegen	put on
anlegen	invest
anlegen	lay out
anlegen	moor
anlegt	put on
anlegt	invest
anlegt	lay out
anlegt	moor
anleitung	instructions
anleitung	guidance
anmarsch	approach
anmarsch	approach march
anmelden	register
anmelden	announce
anmeldet	register
anmeldet	announce
annahm	accept
annahm	assume
annahme	assumption
annahme	acceptance
annehmen	accept
annehmen	assume
annimmt	accept
annimmt	assume
anorak	anorak
anordnen	order
anordnen	arrange
anordnet	order
anordnet	arrange
anordnung	arrangement
anordnung	order
anpassen	adapt
anpassen	adjust
anpasst	adapt
anpasst	adjust
anregen	stimulate
anregen	suggest
anregt	stimulate
anregt	suggest
anregung	suggestion
anregung	stimulus
anrief	call
anrief	phone
anrufen	call
anrufen	phone
anruft	call
anruft	phone
ansah	look at
ansah	regard
anschauen	look at
anschaut	look at
anschauung	view
anschauung	opinion
anscheinend	apparently
anschlag	attack
anschliessen	connect
anschliessen	join
anschliesst	connect
anschliesst	join
anschloss	connect
anschloss	join
anschluss	connection
anschluss	annexation
ansehen	look at
ansehen	regard
ansehnlich	considerable
ansehnlich	handsome
ansicht	view
ansicht	opinion
ansieht	look at
ansieht	regard
ansprach	address
ansprach	speak to
ansprechen	address
ansprechen	speak to
anspricht	address
anspricht	speak to
anspruch	claim
anspruch	demand
anstatt	instead of
anstaunen	gaze at in wonder
anstaunt	gaze at in wonder
ansteigen	rise
ansteigen	increase
ansteigt	rise
ansteigt	increase
anstellen	employ
anstellen	queue
anstellt	employ
anstellt	queue
anstieg	rise
anstieg	increase
anstieg	climb
anstieg	ascent
anstiegsroute	ascent route
anstiegsweg	ascent route
anstrengen	strain
anstrengen	exert
anstrengend	strenuous
anstrengend	exhausting
anstrengt	strain
anstrengt	exert
anstrengung	effort
anstrengung	exertion
anständig	decent
antarktis	Antarctica
antarktis	Antarctic
anteil	share
anteil	proportion
antraf	meet
antraf	find
antrag	application
antrag	motion
antrag	proposal
antrat	start
antrat	take up
antreffen	meet
antreffen	find
antreten	start
antreten	take up
antrieb	drive
antrieb	impulse
antrieb	propulsion
antrifft	meet
antrifft	find
antritt	start
antritt	take up
antwort	answer
antwort	reply
antworten	answer
antworten	reply
antwortet	answer
antwortet	reply
anwalt	lawyer
anwalt	attorney
anwenden	apply
anwenden	use
anwendet	apply
anwendet	use
anwendung	application
anwendung	use
anwesend	present
anwesenheit	presence
anwältin	lawyer
anzahl	number
anzeichen	sign
anzeichen	indication
anzeige	advertisement
anzeige	report
anziehen	attract
anziehen	put on
anzieht	attract
anzieht	put on
anzog	attract
anzog	put on
anzubauen	grow
anzubauen	cultivate
anzubauen	add on
anzubieten	offer
anzubringen	attach
anzubringen	fix
anzufangen	begin
anzufangen	start
anzugeben	state
anzugeben	indicate
anzugreifen	attack
anzuhalten	stop
anzuhalten	continue
anzuheben	raise
anzukommen	arrive
anzukündigen	announce
anzulegen	put on
anzulegen	invest
anzulegen	lay out
anzulegen	moor
anzumelden	register
anzumelden	announce
anzunehmen	accept
anzunehmen	assume
anzuordnen	order
anzuordnen	arrange
anzupassen	adapt
anzupassen	adjust
anzuregen	stimulate
anzuregen	suggest
anzurufen	call
anzurufen	phone
anzuschauen	look at
anzuschliessen	connect
anzuschliessen	join
anzusehen	look at
anzusehen	regard
anzusprechen	address
anzusprechen	speak to
anzustaunen	gaze at in wonder
anzusteigen	rise
anzusteigen	increase
anzustellen	employ
anzustellen	queue
anzutreffen	meet
anzutreffen	find
anzutreten	start
anzutreten	take up
anzuwenden	apply
anzuwenden	use
anzuziehen	attract
anzuziehen	put on
anzuzweifeln	doubt
anzuzweifeln	question
anzuzünden	light
anzuzünden	set fire
anzweifeln	doubt
anzweifeln	question
anzweifelnd	doubt
anzweifelnd	question
anzweifelt	doubt
anzweifelt	question
anzünden	light
anzünden	set fire
anzündet	light
anzündet	set fire
apennin	Apennines
apparat	apparatus
apparat	device
appenzell	Appenzell
april	April
arbeit	work
arbeit	job
arbeit	labour
arbeiten	work
arbeiter	worker
arbeitet	work
arbeitgeber	employer
arbeitnehmer	employee
arbeitsam	industrious
arbeitsfeld	field of work
arbeitslos	unemployed
arbeitslose	unemployed
arbeitslosigkeit	unemployment
arbeitsplatz	job
arbeitsplatz	workplace
arbeitsweise	method of working
archäologie	archaeology
argentinien	Argentina
argentinier	Argentinian
argentinisch	Argentine
argentinisch	Argentinian
arktis	Arctic
arm	poor
arm	arm
armee	army
armst	poor
art	kind
art	type
art	way
art	species
artikel	article
arve	stone pine
arve	arolla pine
arzt	doctor
arzt	physician
asiatisch	Asian
asien	Asia
aspekt	aspect
ass	eat
astronomie	astronomy
atem	breath
athen	Athens
atmen	breathe
atmend	breathe
atmet	breathe
atmosphäre	atmosphere
atmung	breathing
atmung	respiration
atomkraft	nuclear power
auch	also
auch	too
aufbau	structure
aufbau	construction
aufbauen	build up
aufbauen	construct
aufbaut	build up
aufbaut	construct
aufbewahren	keep
aufbewahren	store
aufbewahrt	keep
aufbewahrt	store
aufbrach	set off
aufbrach	break open
aufbrechen	set off
aufbrechen	break open
aufbricht	set off
aufbricht	break open
aufbruch	departure
aufbruch	start
aufdecken	uncover
aufdecken	reveal
aufdeckt	uncover
aufdeckt	reveal
aufenthalt	stay
aufenthalt	stop
auffallen	be noticeable
auffallen	strike
auffiel	be noticeable
auffiel	strike
auffällt	be noticeable
auffällt	strike
aufgab	give up
aufgab	abandon
aufgabe	task
aufgabe	job
aufgabe	duty
aufgebaut	build up
aufgebaut	construct
aufgeben	give up
aufgeben	abandon
aufgebrochen	set off
aufgebrochen	break open
aufgedeckt	uncover
aufgedeckt	reveal
aufgefallen	be noticeable
aufgefallen	strike
aufgegangen	rise
aufgegangen	open
aufgegeben	give up
aufgegeben	abandon
aufgegriffen	take up
aufgegriffen	pick up
aufgehalten	stop
aufgehalten	hold up
aufgehalten	stay
aufgehen	rise
aufgehen	open
aufgehoben	lift
aufgehoben	abolish
aufgehoben	keep
aufgeht	rise
aufgeht	open
aufgehört	stop
aufgehört	cease
aufgeklärt	clear up
aufgeklärt	inform
aufgelegt	put on
aufgelegt	lay on
aufgelöst	dissolve
aufgenommen	take up
aufgenommen	record
aufgenommen	admit
aufgepasst	pay attention
aufgepasst	look after
aufgerufen	call on
aufgerufen	call up
aufgeräumt	tidy up
aufgeschlagen	pitch
aufgeschlagen	open
aufgeschrieben	write down
aufgestanden	get up
aufgestanden	stand up
aufgestellt	set up
aufgestellt	put up
aufgestellt	draw up
aufgestiegen	climb up
aufgestiegen	ascend
aufgestiegen	rise
aufgesucht	visit
aufgesucht	look up
aufgetaucht	appear
aufgetaucht	emerge
aufgetreten	appear
aufgetreten	occur
aufgewacht	wake up
aufgezogen	raise
aufgezogen	bring up
aufgibt	give up
aufgibt	abandon
aufging	rise
aufging	open
aufgreifen	take up
aufgreifen	pick up
aufgreift	take up
aufgreift	pick up
aufgriff	take up
aufgriff	pick up
aufhalten	stop
aufhalten	hold up
aufhalten	stay
aufheben	lift
aufheben	abolish
aufheben	keep
aufhebt	lift
aufhebt	abolish
aufhebt	keep
aufhielt	stop
aufhielt	hold up
aufhielt	stay
aufhob	lift
aufhob	abolish
aufhob	keep
aufhören	stop
aufhören	cease
aufhört	stop
aufhört	cease
aufklären	clear up
aufklären	inform
aufklärt	clear up
aufklärt	inform
aufklärung	clarification
aufklärung	enlightenment
aufklärung	reconnaissance
auflegen	put on
auflegen	lay on
auflegt	put on
auflegt	lay on
auflösen	dissolve
auflöst	dissolve
aufmerksam	attentive
aufmerksamkeit	attention
aufnahm	take up
aufnahm	record
aufnahm	admit
aufnahme	photograph
aufnahme	recording
aufnahme	admission
aufnahme	picture
aufnehmen	take up
aufnehmen	record
aufnehmen	admit
aufnimmt	take up
aufnimmt	record
aufnimmt	admit
aufpassen	pay attention
aufpassen	look after
aufpasst	pay attention
aufpasst	look after
aufrecht	upright
aufregend	exciting
aufregung	excitement
aufregung	agitation
aufrief	call on
aufrief	call up
aufrufen	call on
aufrufen	call up
aufruft	call on
aufruft	call up
aufräumen	tidy up
aufräumt	tidy up
aufsatz	essay
aufsatz	article
aufschlagen	pitch
aufschlagen	open
aufschlug	pitch
aufschlug	open
aufschlägt	pitch
aufschlägt	open
aufschreiben	write down
aufschreibt	write down
aufschrieb	write down
aufsicht	supervision
aufstand	get up
aufstand	stand up
aufstand	uprising
aufstand	rebellion
aufstehen	get up
aufstehen	stand up
aufsteht	get up
aufsteht	stand up
aufsteigen	climb up
aufsteigen	ascend
aufsteigen	rise
aufsteigt	climb up
aufsteigt	ascend
aufsteigt	rise
aufstellen	set up
aufstellen	put up
aufstellen	draw up
aufstellt	set up
aufstellt	put up
aufstellt	draw up
aufstieg	climb up
aufstieg	ascend
aufstieg	rise
aufstieg	ascent
aufstieg	climb
aufstiegsroute	ascent route
aufsuchen	visit
aufsuchen	look up
aufsucht	visit
aufsucht	look up
auftauchen	appear
auftauchen	emerge
auftaucht	appear
auftaucht	emerge
auftrag	order
auftrag	commission
auftrag	task
auftrag	contract
auftrat	appear
auftrat	occur
auftreten	appear
auftreten	occur
auftritt	appear
auftritt	occur
aufwachen	wake up
aufwacht	wake up
aufwand	effort
aufwand	expense
aufwärts	upwards
aufwärts	up
aufziehen	raise
aufziehen	bring up
aufzieht	raise
aufzieht	bring up
aufzog	raise
aufzog	bring up
aufzubauen	build up
aufzubauen	construct
aufzubewahren	keep
aufzubewahren	store
aufzubrechen	set off
aufzubrechen	break open
aufzudecken	uncover
aufzudecken	reveal
aufzufallen	be noticeable
aufzufallen	strike
aufzugeben	give up
aufzugeben	abandon
aufzugehen	rise
aufzugehen	open
aufzugreifen	take up
aufzugreifen	pick up
aufzuhalten	stop
aufzuhalten	hold up
aufzuhalten	stay
aufzuheben	lift
aufzuheben	abolish
aufzuheben	keep
aufzuhören	stop
aufzuhören	cease
aufzuklären	clear up
aufzuklären	inform
aufzulegen	put on
aufzulegen	lay on
aufzulösen	dissolve
aufzunehmen	take up
aufzunehmen	record
aufzunehmen	admit
aufzupassen	pay attention
aufzupassen	look after
aufzurufen	call on
aufzurufen	call up
aufzuräumen	tidy up
aufzuschlagen	pitch
aufzuschlagen	open
aufzuschreiben	write down
aufzustehen	get up
aufzustehen	stand up
aufzusteigen	climb up
aufzusteigen	ascend
aufzusteigen	rise
aufzustellen	set up
aufzustellen	put up
aufzustellen	draw up
aufzusuchen	visit
aufzusuchen	look up
aufzutauchen	appear
aufzutauchen	emerge
aufzutreten	appear
aufzutreten	occur
aufzuwachen	wake up
aufzuziehen	raise
aufzuziehen	bring up
auge	eye
augen	eyes
augenblick	moment
august	August
aus	from
aus	out of
aus	of
ausbauen	expand
ausbauen	develop
ausbauen	extend
ausbaut	expand
ausbaut	develop
ausbaut	extend
ausbeute	yield
ausbeute	haul
ausbilden	train
ausbilden	educate
ausbilden	form
ausbildet	train
ausbildet	educate
ausbildung	training
ausbildung	education
ausbleiben	fail to come
ausbleibt	fail to come
ausblick	view
ausblick	outlook
ausblieb	fail to come
ausbrach	break out
ausbrach	erupt
ausbrechen	break out
ausbrechen	erupt
ausbreiten	spread
ausbreitet	spread
ausbricht	break out
ausbricht	erupt
ausbruch	outbreak
ausbruch	eruption
ausbruch	escape
ausdachte	think up
ausdachte	devise
ausdauer	endurance
ausdauer	stamina
ausdehnen	extend
ausdehnen	expand
ausdehnt	extend
ausdehnt	expand
ausdehnung	extent
ausdehnung	expansion
ausdenken	think up
ausdenken	devise
ausdenkt	think up
ausdenkt	devise
ausdruck	expression
ausdrücken	express
ausdrückt	express
ausfallen	be cancelled
ausfallen	fail
ausfiel	be cancelled
ausfiel	fail
ausflug	excursion
ausflug	trip
ausflug	outing
ausfuhr	export
ausfällt	be cancelled
ausfällt	fail
ausführen	carry out
ausführen	execute
ausführen	export
ausführlich	detailed
ausführlich	in detail
ausführt	carry out
ausführt	execute
ausführt	export
ausführung	execution
ausführung	design
ausführung	version
ausgab	spend
ausgab	issue
ausgabe	edition
ausgabe	issue
ausgabe	expense
ausgaben	expenses
ausgaben	expenditure
ausgang	exit
ausgang	outcome
ausgangspunkt	starting point
ausgebaut	expand
ausgebaut	develop
ausgebaut	extend
ausgeben	spend
ausgeben	issue
ausgebildet	train
ausgebildet	educate
ausgeblieben	fail to come
ausgebrochen	break out
ausgebrochen	erupt
ausgedacht	think up
ausgedacht	devise
ausgedehnt	extensive
ausgedehnt	extend
ausgedehnt	expand
ausgedrückt	express
ausgefallen	be cancelled
ausgefallen	fail
ausgeführt	carry out
ausgeführt	execute
ausgeführt	export
ausgegangen	go out
ausgegangen	assume
ausgegeben	spend
ausgegeben	issue
ausgeglichen	balance
ausgeglichen	compensate
ausgehalten	endure
ausgehalten	bear
ausgehen	go out
ausgehen	assume
ausgeht	go out
ausgeht	assume
ausgekommen	manage
ausgekommen	get by
ausgeliehen	lend
ausgeliehen	borrow
ausgelöst	trigger
ausgelöst	cause
ausgemessen	measure
ausgenutzt	use
ausgenutzt	exploit
ausgeprägt	pronounced
ausgeprägt	marked
ausgerichtet	align
ausgerichtet	organize
ausgerutscht	slip
ausgerüstet	equip
ausgeschaltet	switch off
ausgeschaltet	eliminate
ausgeschlossen	exclude
ausgeschlossen	rule out
ausgeschrieben	advertise
ausgeschrieben	write out
ausgesehen	look
ausgesehen	appear
ausgesetzt	expose
ausgesetzt	suspend
ausgesetzt	exposed
ausgesprochen	pronounce
ausgesprochen	express
ausgestellt	exhibit
ausgestellt	issue
ausgestiegen	get out
ausgestiegen	get off
ausgesucht	choose
ausgesucht	select
ausgetragen	deliver
ausgetragen	settle
ausgetreten	leave
ausgetreten	withdraw
ausgetrunken	drink up
ausgewichen	avoid
ausgewichen	evade
ausgewiesen	expel
ausgewiesen	identify
ausgewirkt	affect
ausgewirkt	have an effect
ausgewählt	select
ausgewählt	choose
ausgezeichnet	excellent
ausgezeichnt	award
ausgezeichnt	distinguish
ausgezogen	move out
ausgezogen	take off
ausgibt	spend
ausgibt	issue
ausging	go out
ausging	assume
ausgleichen	balance
ausgleichen	compensate
ausgleicht	balance
ausgleicht	compensate
ausglich	balance
ausglich	compensate
aushalten	endure
aushalten	bear
aushielt	endure
aushielt	bear
auskam	manage
auskam	get by
auskommen	manage
auskommen	get by
auskommt	manage
auskommt	get by
auskunft	information
ausland	abroad
ausland	foreign countries
auslandsexpedition	expedition abroad
ausleihen	lend
ausleihen	borrow
ausleiht	lend
ausleiht	borrow
auslieh	lend
auslieh	borrow
ausländer	foreigner
auslösen	trigger
auslösen	cause
auslöst	trigger
auslöst	cause
ausmass	extent
ausmass	scale
ausmessen	measure
ausnahme	exception
ausnutzen	use
ausnutzen	exploit
ausnutzt	use
ausnutzt	exploit
ausnutzung	exploitation
ausnutzung	use
ausrede	excuse
ausreichend	sufficient
ausrichten	align
ausrichten	organize
ausrichtet	align
ausrichtet	organize
ausruhen	rest
ausruht	rest
ausrutschen	slip
ausrutscht	slip
ausrüsten	equip
ausrüstet	equip
ausrüstung	equipment
ausrüstung	gear
aussage	statement
aussah	look
aussah	appear
ausschalten	switch off
ausschalten	eliminate
ausschaltet	switch off
ausschaltet	eliminate
ausschliessen	exclude
ausschliessen	rule out
ausschliesslich	exclusively
ausschliesslich	only
ausschliesst	exclude
ausschliesst	rule out
ausschloss	exclude
ausschloss	rule out
ausschneiden	cut out
ausschnitt	extract
ausschnitt	excerpt
ausschnitt	section
ausschnitte	extracts
ausschnitte	excerpts
ausschreiben	advertise
ausschreiben	write out
ausschreibt	advertise
ausschreibt	write out
ausschrieb	advertise
ausschrieb	write out
ausschuss	committee
aussehen	look
aussehen	appear
aussen	outside
aussenminister	foreign minister
aussenpolitik	foreign policy
ausser	except
ausser	besides
ausser	apart from
ausserdem	besides
ausserdem	moreover
ausserdem	in addition
aussergewöhnlich	extraordinary
aussergewöhnlich	exceptional
ausserhalb	outside
ausserordentlich	extraordinary
ausserordentlich	exceptionally
aussetzen	expose
aussetzen	suspend
aussetzt	expose
aussetzt	suspend
aussicht	view
aussicht	prospect
aussichtslos	hopeless
aussichtspunkt	viewpoint
aussichtspunkt	vantage point
aussieht	look
aussieht	appear
aussprach	pronounce
aussprach	express
aussprache	pronunciation
aussprache	discussion
aussprechen	pronounce
aussprechen	express
ausspricht	pronounce
ausspricht	express
ausstatten	equip
ausstatten	furnish
ausstattet	equip
ausstattet	furnish
aussteigen	get out
aussteigen	get off
aussteigt	get out
aussteigt	get off
ausstellen	exhibit
ausstellen	issue
ausstellt	exhibit
ausstellt	issue
ausstellung	exhibition
ausstieg	get out
ausstieg	get off
aussuchen	choose
aussuchen	select
aussucht	choose
aussucht	select
austragen	deliver
austragen	settle
australien	Australia
austrank	drink up
austrat	leave
austrat	withdraw
austreten	leave
austreten	withdraw
austrinken	drink up
austrinkt	drink up
austritt	leave
austritt	withdraw
austrug	deliver
austrug	settle
austrägt	deliver
austrägt	settle
auswahl	choice
auswahl	selection
auswanderung	emigration
ausweg	way out
ausweichen	avoid
ausweichen	evade
ausweicht	avoid
ausweicht	evade
ausweisen	expel
ausweisen	identify
ausweist	expel
ausweist	identify
auswich	avoid
auswich	evade
auswies	expel
auswies	identify
auswirken	affect
auswirken	have an effect
auswirkt	affect
auswirkt	have an effect
auswirkung	effect
auswirkung	impact
auswählen	select
auswählen	choose
auswählt	select
auswählt	choose
auswärtig	foreign
auswärtig	external
auszeichnen	award
auszeichnen	distinguish
auszeichnt	award
auszeichnt	distinguish
auszeichnung	award
auszeichnung	distinction
ausziehen	move out
ausziehen	take off
auszieht	move out
auszieht	take off
auszog	move out
auszog	take off
auszubauen	expand
auszubauen	develop
auszubauen	extend
auszubilden	train
auszubilden	educate
auszubleiben	fail to come
auszubrechen	break out
auszubrechen	erupt
auszudehnen	extend
auszudehnen	expand
auszudenken	think up
auszudenken	devise
auszudrücken	express
auszufallen	be cancelled
auszufallen	fail
auszuführen	carry out
auszuführen	execute
auszuführen	export
auszugeben	spend
auszugeben	issue
auszugehen	go out
auszugehen	assume
auszugleichen	balance
auszugleichen	compensate
auszuhalten	endure
auszuhalten	bear
auszukommen	manage
auszukommen	get by
auszuleihen	lend
auszuleihen	borrow
auszulösen	trigger
auszulösen	cause
auszunutzen	use
auszunutzen	exploit
auszurichten	align
auszurichten	organize
auszurutschen	slip
auszurüsten	equip
auszuschalten	switch off
auszuschalten	eliminate
auszuschliessen	exclude
auszuschliessen	rule out
auszuschreiben	advertise
auszuschreiben	write out
auszusehen	look
auszusehen	appear
auszusetzen	expose
auszusetzen	suspend
auszusprechen	pronounce
auszusprechen	express
auszusteigen	get out
auszusteigen	get off
auszustellen	exhibit
auszustellen	issue
auszusuchen	choose
auszusuchen	select
auszutragen	deliver
auszutragen	settle
auszutreten	leave
auszutreten	withdraw
auszutrinken	drink up
auszuweichen	avoid
auszuweichen	evade
auszuweisen	expel
auszuweisen	identify
auszuwirken	affect
auszuwirken	have an effect
auszuwählen	select
auszuwählen	choose
auszuzeichnen	award
auszuzeichnen	distinguish
auszuziehen	move out
auszuziehen	take off
auto	car
autobahn	motorway
autobahn	highway
autor	author
baby	baby
bach	brook
bach	stream
backen	bake
backend	bake
baden	bathe
baden	swim
badend	bathe
badend	swim
badet	bathe
badet	swim
bahn	railway
bahn	track
bahn	path
bahn	train
bahnhof	station
bakterien	bacteria
bald	soon
band	tie
band	bind
band	volume
band	band
band	tape
band	ledge
bank	bank
bank	bench
banken	banks
barg	rescue
barg	recover
barg	hold
barometer	barometer
basalt	basalt
basel	Basel
basel	Basle
basieren	be based
basierend	be based
basiert	be based
basis	basis
basis	base
basislager	base camp
basler	Basel
bat	ask
bat	request
bau	construction
bau	building
bauch	belly
bauch	stomach
bauen	build
bauend	build
bauer	farmer
bauern	farmers
baum	tree
baumgrenze	tree line
baustelle	construction site
baut	build
beabsichtigen	intend
beabsichtigt	intend
beachten	observe
beachten	note
beachtend	observe
beachtend	note
beachtet	observe
beachtet	note
beamte	official
beamte	civil servant
beamte	officials
beamter	official
beamter	civil servant
beanspruchen	claim
beanspruchen	demand
beansprucht	claim
beansprucht	demand
beantworten	answer
beantwortet	answer
beaufsichtigen	supervise
beaufsichtigt	supervise
beauftragen	commission
beauftragen	instruct
beauftragt	commission
beauftragt	instruct
beben	quake
beben	tremble
becken	basin
becken	pool
bedachte	consider
bedanken	thank
bedankt	thank
bedarf	need
bedarf	demand
bedauern	regret
bedauernd	regret
bedauert	regret
bedecken	cover
bedeckt	cover
bedenken	consider
bedenken	concerns
bedenken	doubts
bedenklich	worrying
bedenklich	questionable
bedenkt	consider
bedeuten	mean
bedeutend	important
bedeutend	significant
bedeutet	mean
bedeutsam	significant
bedeutung	meaning
bedeutung	importance
bedeutung	significance
bedienen	serve
bedienen	operate
bedienend	serve
bedienend	operate
bedient	serve
bedient	operate
bedingen	cause
bedingen	require
bedingt	cause
bedingt	require
bedingung	condition
bedrohen	threaten
bedrohlich	threatening
bedrohlich	menacing
bedroht	threaten
bedürfnis	need
beeindrucken	impress
beeindruckend	impressive
beeindruckt	impress
beeinflussen	influence
beeinflusst	influence
beenden	end
beenden	finish
beendend	end
beendend	finish
beendet	end
beendet	finish
befahl	command
befahl	order
befallen	affect
befallen	attack
befand	be located
befehl	order
befehl	command
befehlen	command
befehlen	order
befestigen	fasten
befestigen	fix
befestigen	fortify
befestigt	fasten
befestigt	fix
befestigt	fortify
befiehlt	command
befiehlt	order
befiel	affect
befiel	attack
befinden	be located
befindet	be located
befohlen	command
befohlen	order
befragen	question
befragen	interview
befragt	question
befragt	interview
befreien	free
befreien	release
befreiend	free
befreiend	release
befreit	free
befreit	release
befriedigend	satisfactory
befällt	affect
befällt	attack
befördern	transport
befördern	promote
befördernd	transport
befördernd	promote
befördert	transport
befördert	promote
befürchten	fear
befürchtet	fear
begab	go
begab	proceed
begabt	talented
begabt	gifted
begabung	talent
begabung	gift
begangen	walk
begangen	climb
begangen	commit
begann	begin
begann	start
begeben	go
begeben	proceed
begegnen	meet
begegnen	encounter
begegnet	meet
begegnet	encounter
begegnung	encounter
begegnung	meeting
begehbar	passable
begehbar	walkable
begehen	walk
begehen	climb
begehen	commit
begeht	walk
begeht	climb
begeht	commit
begehung	ascent
begehung	climb
begehung	walk
begeistern	inspire
begeistern	enthuse
begeisternd	inspire
begeisternd	enthuse
begeistert	enthusiastic
begeistert	inspire
begeistert	enthuse
begeisterung	enthusiasm
begibt	go
begibt	proceed
beging	walk
beging	climb
beging	commit
beginn	beginning
beginn	start
beginnen	begin
beginnen	start
beginnt	begin
beginnt	start
begleiten	accompany
begleiter	companion
begleitet	accompany
begleitung	company
begleitung	escort
begleitung	accompaniment
begnügen	be content with
begnügt	be content with
begonnen	begin
begonnen	start
begreifen	understand
begreifen	grasp
begreift	understand
begreift	grasp
begrenzen	limit
begrenzt	limit
begrenzt	limited
begriff	understand
begriff	grasp
begriff	term
begriff	concept
begründen	justify
begründen	found
begründet	justify
begründet	found
begründung	reason
begründung	justification
begrüssen	welcome
begrüssen	greet
begrüsst	welcome
begrüsst	greet
behalten	keep
behalten	retain
behandeln	treat
behandeln	deal with
behandelnd	treat
behandelnd	deal with
behandelt	treat
behandelt	deal with
behandlung	treatment
behaupten	claim
behaupten	assert
behauptet	claim
behauptet	assert
behauptung	claim
behauptung	assertion
beheben	remedy
beheben	repair
behebt	remedy
behebt	repair
beherrschen	master
beherrschen	control
beherrschen	dominate
beherrscht	master
beherrscht	control
beherrscht	dominate
behielt	keep
behielt	retain
behielt	maintain
behob	remedy
behob	repair
behutsam	careful
behutsam	gentle
behält	keep
behält	retain
behält	maintain
behörde	authority
behörde	agency
behörden	authorities
bei	at
bei	near
bei	with
bei	by
beibehalten	keep
beibehalten	retain
beibehalten	maintain
beibrachte	teach
beibringen	teach
beibringt	teach
beide	both
beiden	both
beigebracht	teach
beigestanden	assist
beigestimmt	agree
beigetragen	contribute
beigetreten	join
bein	leg
beinahe	almost
beinahe	nearly
beine	legs
beispiel	example
beispielsweise	for example
beissen	bite
beissend	bite
beisst	bite
beistand	assist
beistand	assistance
beistand	support
beistehen	assist
beisteht	assist
beistimmen	agree
beistimmt	agree
beitrag	contribution
beitrag	article
beitrag	fee
beitragen	contribute
beitrat	join
beitreten	join
beitritt	join
beitrug	contribute
beiträgt	contribute
beizubringen	teach
beizustehen	assist
beizustimmen	agree
beizutragen	contribute
beizutreten	join
bekam	get
bekam	receive
bekannt	known
bekannt	well-known
bekannt	famous
bekannte	confess
bekannte	profess
bekannte	acquaintance
bekanntschaft	acquaintance
bekennen	confess
bekennen	profess
bekennt	confess
bekennt	profess
beklagen	complain
beklagen	lament
beklagt	complain
beklagt	lament
bekommen	get
bekommen	receive
bekommt	get
bekommt	receive
bekräftigen	confirm
bekräftigen	reaffirm
bekräftigt	confirm
bekräftigt	reaffirm
bekämpfen	fight
bekämpfen	combat
bekämpft	fight
bekämpft	combat
belangen	prosecute
belangt	prosecute
belasten	burden
belasten	load
belasten	charge
belastet	burden
belastet	load
belastet	charge
belastung	burden
belastung	load
belastung	strain
belegen	prove
belegen	occupy
belegen	document
belegt	prove
belegt	occupy
belegt	document
beleuchten	illuminate
beleuchten	light
beleuchtet	illuminate
beleuchtet	light
beleuchtung	lighting
beleuchtung	illumination
belgien	Belgium
belgisch	Belgian
beliebig	any
beliebig	arbitrary
beliebt	popular
belohnen	reward
belohnt	reward
bemerken	notice
bemerken	remark
bemerkenswert	remarkable
bemerkenswert	notable
bemerkt	notice
bemerkt	remark
bemerkung	remark
bemerkung	comment
bemühen	try hard
bemühen	endeavour
bemüht	try hard
bemüht	endeavour
bemühung	effort
benachbart	neighbouring
benachrichtigen	notify
benachrichtigt	notify
benahm	behave
benehmen	behave
beneiden	envy
beneidet	envy
benimmt	behave
benommen	behave
benutzen	use
benutzt	use
benutzung	use
benützen	use
benützt	use
beobachten	observe
beobachten	watch
beobachtet	observe
beobachtet	watch
beobachtung	observation
bequem	comfortable
bequem	convenient
beraten	advise
beraten	discuss
beratung	advice
beratung	consultation
berechnen	calculate
berechnt	calculate
berechnung	calculation
berechnungen	calculations
berechtigt	justified
berechtigt	entitled
berechtigung	entitlement
berechtigung	justification
bereich	area
bereich	field
bereich	range
bereichern	enrich
bereichernd	enrich
bereichert	enrich
bereichert	enriched
bereisen	travel through
bereisen	tour
bereist	travel through
bereist	tour
bereit	ready
bereit	prepared
bereiten	prepare
bereiten	cause
bereitet	prepare
bereitet	cause
bereits	already
bereitschaft	readiness
bereitschaft	willingness
berg	mountain
berg	mount
bergab	downhill
bergauf	uphill
bergbahn	mountain railway
bergbahn	cable car
bergbau	mining
bergbauer	mountain farmer
bergbevölkerung	mountain population
bergbewohner	mountain dweller
bergdorf	mountain village
berge	mountains
bergen	rescue
bergen	recover
bergen	hold
bergend	rescue
bergend	recover
bergend	hold
bergerfahren	experienced in the mountains
bergerfahrene	experienced mountaineer
bergfahrt	climb
bergfahrt	ascent
bergflanke	mountainside
bergflanke	flank
bergführer	mountain guide
bergführer	guide
bergführerin	mountain guide
bergführerverein	mountain guides' association
berggipfel	mountain peak
berggipfel	summit
berghang	mountainside
berghang	slope
berghütte	mountain hut
bergig	mountainous
bergkamerad	climbing companion
bergkameraden	climbing companions
bergkamm	ridge
bergkette	mountain range
bergkette	chain
bergkrankheit	mountain sickness
bergland	mountainous country
bergland	highlands
bergland	mountainous region
bergname	mountain name
bergpfad	mountain path
bergrettung	mountain rescue
bergrücken	ridge
bergschrund	bergschrund
bergschrund	crevasse
bergschuh	mountain boot
bergsee	mountain lake
bergsteigen	mountaineering
bergsteigen	climbing
bergsteiger	mountaineer
bergsteiger	climber
bergsteigerei	mountaineering
bergsteigergruppe	group of mountaineers
bergsteigerin	mountaineer
bergsteigerin	climber
bergsteigerisch	mountaineering
bergsteigerische	mountaineering
bergstiefel	mountain boots
bergstrasse	mountain road
bergsturz	rockslide
bergsturz	landslide
bergtod	death in the mountains
bergtour	mountain tour
bergtour	climb
bergunfall	mountaineering accident
bergung	rescue
bergung	recovery
bergvolk	mountain people
bergwand	mountain face
bergwand	wall
bergwanderer	hiker
bergwanderung	mountain hike
bergweg	mountain path
bergwelt	mountains
bergwelt	mountain world
bericht	report
bericht	account
berichte	reports
berichten	report
berichtet	report
beriet	advise
beriet	discuss
berlin	Berlin
bern	Bern
bern	Berne
berner	Bernese
berner oberland	Bernese Oberland
bernina	Bernina
bernisch	Bernese
beruf	profession
beruf	occupation
beruf	job
berufung	appointment
berufung	appeal
berufung	vocation
beruhen	be based
beruhigen	calm
beruhigen	reassure
beruhigend	reassuring
beruhigt	calm
beruhigt	reassure
beruht	be based
berücksichtigen	take into account
berücksichtigen	consider
berücksichtigt	take into account
berücksichtigt	consider
berücksichtigung	consideration
berühmt	famous
berühren	touch
berührt	touch
besass	own
besass	possess
beschaffen	obtain
beschaffen	procure
beschaffenheit	nature
beschaffenheit	condition
beschafft	obtain
beschafft	procure
bescheid	notice
bescheid	information
bescheiden	modest
beschliessen	decide
beschliessen	resolve
beschliesst	decide
beschliesst	resolve
beschloss	decide
beschloss	resolve
beschluss	decision
beschluss	resolution
beschreiben	describe
beschreibt	describe
beschreibung	description
beschrieb	describe
beschränken	limit
beschränken	restrict
beschränkt	limited
beschränkt	restricted
beschränkt	limit
beschränkt	restrict
beschwerde	complaint
beschwerlich	arduous
beschwerlich	tiring
beschädigen	damage
beschädigt	damage
beschäftigen	employ
beschäftigen	occupy
beschäftigt	employ
beschäftigt	occupy
beschäftigung	occupation
beschäftigung	employment
beschützen	protect
beschützt	protect
beseitigen	remove
beseitigen	eliminate
beseitigt	remove
beseitigt	eliminate
besessen	own
besessen	possess
besetzen	occupy
besetzt	occupy
besetzung	occupation
besetzung	cast
besichtigen	visit
besichtigen	inspect
besichtigt	visit
besichtigt	inspect
besitz	possession
besitz	property
besitzen	own
besitzen	possess
besitzer	owner
besitzt	own
besitzt	possess
besonder	special
besonder	particular
besondere	special
besondere	particular
besonders	especially
besonders	particularly
besorgen	get
besorgen	buy
besorgen	take care of
besorgt	worried
besorgt	concerned
besorgt	get
besorgt	buy
besorgt	take care of
besprechung	meeting
besprechung	discussion
besprechung	review
besser	better
bessern	improve
bessernd	improve
bessert	improve
best	best
bestand	exist
bestand	consist
bestand	pass
bestand	stock
bestand	existence
beste	best
bestechung	bribery
bestehen	exist
bestehen	consist
bestehen	pass
besteht	exist
besteht	consist
besteht	pass
besteigen	climb
besteigen	ascend
besteiger	climber
besteigt	climb
besteigt	ascend
besteigung	ascent
besteigung	climb
besteigungen	ascents
besteigungsgeschichte	climbing history
besteigungsversuch	attempt to climb
bestellen	order
bestellt	order
bestellung	order
bestieg	climb
bestieg	ascend
bestimmen	determine
bestimmen	decide
bestimmt	determine
bestimmt	decide
bestimmt	certainly
bestimmt	definitely
bestimmt	certain
bestimmung	provision
bestimmung	regulation
bestimmung	determination
bestrafen	punish
bestraft	punish
bestreiten	dispute
bestreiten	deny
bestreitet	dispute
bestreitet	deny
bestritt	dispute
bestritt	deny
beständig	constant
beständig	stable
beständig	settled
bestätigen	confirm
bestätigt	confirm
bestätigte	confirmed
bestätigung	confirmation
besuch	visit
besuchen	visit
besuchen	attend
besucher	visitor
besucht	visit
besucht	attend
beteiligen	participate
beteiligen	involve
beteiligt	participate
beteiligt	involve
beten	pray
betend	pray
betet	pray
beteuern	assert
beteuern	protest
beteuernd	assert
beteuernd	protest
beteuert	assert
beteuert	protest
betonen	stress
betonen	emphasize
betont	stress
betont	emphasize
betrachten	look at
betrachten	consider
betrachtet	look at
betrachtet	consider
betrachtung	consideration
betrachtung	observation
betrag	amount
betrag	sum
betragen	amount to
betrat	enter
betrat	step on
betreiben	operate
betreiben	run
betreiben	pursue
betreibt	operate
betreibt	run
betreibt	pursue
betreten	enter
betreten	step on
betreuen	look after
betreuen	supervise
betreut	look after
betreut	supervise
betrieb	business
betrieb	company
betrieb	operation
betrieb	operate
betrieb	run
betrieb	pursue
betritt	enter
betritt	step on
betroffen	affected
betrog	cheat
betrog	deceive
betrug	amount to
betrug	fraud
beträchtlich	considerable
beträgt	amount to
betrügen	cheat
betrügen	deceive
betrügt	cheat
betrügt	deceive
bett	bed
beugen	bend
beugen	bow
beugend	bend
beugend	bow
beugt	bend
beugt	bow
beurteilen	judge
beurteilen	assess
beurteilt	judge
beurteilt	assess
bevor	before
bevorzugen	prefer
bevorzugt	prefer
bevölkerung	population
bevölkerung	people
bewachen	guard
bewacht	guard
bewahren	keep
bewahren	preserve
bewahrt	keep
bewahrt	preserve
bewarb	apply
bewegen	move
bewegen	induce
bewegt	move
bewegt	induce
bewegung	movement
bewegung	motion
beweis	proof
beweis	evidence
beweise	evidence
beweise	proofs
beweisen	prove
beweist	prove
bewerben	apply
bewerten	evaluate
bewerten	assess
bewertet	evaluate
bewertet	assess
bewertung	evaluation
bewertung	rating
bewies	prove
bewiesen	prove
bewilligung	permit
bewilligung	authorization
bewilligung	approval
bewirbt	apply
bewirken	cause
bewirken	bring about
bewirkt	cause
bewirkt	bring about
bewog	move
bewog	induce
bewohnen	inhabit
bewohnen	live in
bewohner	inhabitant
bewohner	resident
bewohner	inhabitants
bewohner	residents
bewohnt	inhabit
bewohnt	live in
bewundern	admire
bewundernd	admire
bewundert	admire
bewunderung	admiration
bewusst	conscious
bewusst	aware
bewusst	deliberate
bewähren	prove oneself
bewährt	prove oneself
bewältigen	cope with
bewältigen	manage
bewältigen	overcome
bewältigt	cope with
bewältigt	manage
bewältigt	overcome
bewölkt	cloudy
bewölkt	overcast
bewölkung	cloud cover
bezahlen	pay
bezahlt	pay
bezeichnen	describe
bezeichnen	call
bezeichnen	designate
bezeichnt	describe
bezeichnt	call
bezeichnt	designate
bezeichnung	name
bezeichnung	designation
bezeichnung	term
bezeugen	testify
bezeugen	bear witness
bezeugt	testify
bezeugt	bear witness
beziehen	refer
beziehen	relate
beziehen	obtain
bezieht	refer
bezieht	relate
bezieht	obtain
beziehung	relationship
beziehung	relation
beziehungen	relations
bezirk	district
bezog	refer
bezog	relate
bezog	obtain
bezug	reference
bezug	relation
bezwang	conquer
bezwang	climb
bezwang	overcome
bezweifeln	doubt
bezweifelnd	doubt
bezweifelt	doubt
bezwingen	conquer
bezwingen	climb
bezwingen	overcome
bezwingt	conquer
bezwingt	climb
bezwingt	overcome
bezwingung	conquest
bezwingung	ascent
bezwungen	conquer
bezwungen	climb
bezwungen	overcome
bezüglich	regarding
bezüglich	concerning
bhutan	Bhutan
bibliographie	bibliography
biegen	bend
biegen	turn
biegend	bend
biegend	turn
biegt	bend
biegt	turn
biene	bee
bier	beer
bieten	offer
bietend	offer
bietet	offer
bild	picture
bild	image
bild	photo
bilden	form
bilden	educate
bildend	form
bildend	educate
bildet	form
bildet	educate
bildung	education
bildung	formation
billig	cheap
billion	trillion
bin	be
binden	tie
binden	bind
bindend	tie
bindend	bind
bindet	tie
bindet	bind
biologie	biology
biologisch	biological
birgt	rescue
birgt	recover
birgt	hold
birke	birch
bis	until
bis	till
bis	to
bise	north wind
bise	bise
bisher	so far
bisher	until now
bisherig	previous
bisherig	former
bisherige	previous
bisherige	former
bislang	so far
biss	bite
bist	be
bitten	ask
bitten	request
bitten um	ask for
bittend	ask
bittend	request
bitter	bitter
bittet	ask
bittet	request
biwak	bivouac
biwakieren	bivouac
biwakierend	bivouac
biwakiert	bivouac
biwakplatz	bivouac site
biwakschachtel	bivouac shelter
bizarr	bizarre
blankeis	bare ice
blankeis	blue ice
blasen	blow
blasend	blow
blass	pale
blatt	leaf
blatt	sheet
blatt	newspaper
blau	blue
blaueis	blue ice
blei	lead
bleiben	stay
bleiben	remain
bleibend	stay
bleibend	remain
bleibt	stay
bleibt	remain
blick	look
blick	view
blick	glance
blicken	look
blicken	glance
blickend	look
blickend	glance
blickt	look
blickt	glance
blieb	stay
blieb	remain
blies	blow
blind	blind
blitz	lightning
blitz	flash
blitzen	flash
blitzend	flash
blitzt	flash
blockieren	block
blockierend	block
blockiert	block
bloss	only
bloss	merely
bloss	bare
bloss	mere
blume	flower
blumen	flowers
blut	blood
bluten	bleed
blutend	bleed
blutet	bleed
blutig	bloody
bläst	blow
blühen	bloom
blühen	flourish
blühend	bloom
blühend	flourish
blüht	bloom
blüht	flourish
blüte	blossom
blüte	flower
blüte	bloom
blüte	heyday
boden	ground
boden	soil
boden	floor
bodensee	Lake Constance
bog	bend
bog	turn
bolivien	Bolivia
boot	boat
bot	offer
botanik	botany
botaniker	botanist
botanisch	botanical
botschaft	embassy
botschaft	message
botschafter	ambassador
brach	break
brachte	bring
brannte	burn
brasilien	Brazil
braten	fry
braten	roast
bratend	fry
bratend	roast
brauchbar	usable
brauchbar	useful
brauchen	need
brauchend	need
braucht	need
brauen	brew
brauend	brew
braun	brown
braut	brew
brechen	break
brechend	break
breit	wide
breit	broad
breite	latitude
breite	width
breite	breadth
breitengrad	degree of latitude
bremsen	brake
bremsend	brake
bremst	brake
brennen	burn
brennend	burn
brennstoff	fuel
brennt	burn
bricht	break
brief	letter
briet	fry
briet	roast
brig	Brig
bringen	bring
bringend	bring
bringt	bring
brite	Briton
brite	British
briten	British
briten	Britons
britisch	British
britische	British
brot	bread
bruchharsch	breakable crust
bruder	brother
brust	chest
brust	breast
brutal	brutal
brüchig	brittle
brüchig	crumbly
brücke	bridge
brüder	brothers
brüssel	Brussels
buch	book
buche	beech
bucht	bay
budget	budget
bulgarien	Bulgaria
bund	federation
bund	confederation
bund	federal government
bundesamt	federal office
bundesgericht	federal court
bundeskanzler	federal chancellor
bundeskanzlerin	federal chancellor
bundesland	federal state
bundesländer	federal states
bundesrat	Federal Council
bundesrates	Federal Council
bundesregierung	federal government
bundesrepublik	federal republic
bundesrätin	Federal Councillor
bundesstaat	federal state
bundestag	Bundestag
bundestag	federal parliament
bunt	colourful
bus	bus
busch	bush
busch	shrub
butter	butter
bzw	or
bzw	respectively
bäckt	bake
bär	bear
bären	bears
bäume	trees
böe	gust
börse	stock exchange
böschung	embankment
böschung	slope
böse	angry
böse	evil
bücher	books
bühne	stage
bündner	Grisons
bündner	from Grisons
bündnerland	Grisons
bürger	citizen
bürgerin	citizen
bürgerkrieg	civil war
bürgermeister	mayor
büro	office
bürokratie	bureaucracy
ca	about
ca	approximately
ca	circa
camp	camp
chamonix	Chamonix
chance	chance
chance	opportunity
chauffeur	driver
chef	boss
chef	head
chef	chief
chemie	chemistry
chemisch	chemical
chile	Chile
china	China
chinese	Chinese
chinesen	Chinese
chinesisch	Chinese
chinesische	Chinese
christlich	Christian
chronik	chronicle
chur	Chur
club	club
clubführer	club guide
clubführer	guidebook
clubhütte	club hut
cm	centimetre
cm	cm
col	col
col	pass
computer	computer
couloir	couloir
couloir	gully
cousin	cousin
da	there
da	since
da	as
dabei	with it
dabei	in doing so
dabei	at the same time
dach	roof
dachte	think
dadurch	thereby
dadurch	as a result
dafür	for it
dafür	in return
dagegen	against it
dagegen	on the other hand
daher	therefore
daher	hence
dahinter	behind it
damalig	then
damalig	at that time
damalige	then
damalige	former
damals	then
damals	at that time
dame	lady
damen	ladies
damit	so that
damit	with it
damm	dam
damm	embankment
danach	after that
danach	afterwards
danach	after it
daneben	next to it
daneben	besides
dank	thanks
dank	gratitude
dank	thanks to
dankbar	grateful
dankbarkeit	gratitude
danken	thank
dankend	thank
dankt	thank
dann	then
daran	on it
daran	about it
daraus	from it
daraus	out of it
darbietung	performance
darbietung	presentation
darf	may
darf	allowed
dargelegt	explain
dargelegt	set out
dargestellt	represent
dargestellt	depict
dargestellt	constitute
darin	in it
darin	therein
darlegen	explain
darlegen	set out
darlegt	explain
darlegt	set out
darlehen	loan
darstellen	represent
darstellen	depict
darstellen	constitute
darstellt	represent
darstellt	depict
darstellt	constitute
darstellung	representation
darstellung	account
darum	therefore
darum	about it
darunter	among them
darunter	below it
darzulegen	explain
darzulegen	set out
darzustellen	represent
darzustellen	depict
darzustellen	constitute
darüber	about it
darüber	above it
darüber	over it
dasein	existence
dass	that
daten	data
datieren	date
datierend	date
datiert	date
datum	date
dauer	duration
dauerhaft	lasting
dauerhaft	permanent
dauern	last
dauernd	last
dauernd	constant
dauernd	lasting
dauert	last
daunenjacke	down jacket
dauphiné	Dauphiné
davor	before it
davor	in front of it
davos	Davos
dazwischen	in between
decke	blanket
decke	ceiling
decke	cover
decke	nappe
decken	cover
deckend	cover
deckt	cover
deckung	cover
defekt	defective
definieren	define
definierend	define
definiert	define
dehnen	stretch
dehnend	stretch
dehnt	stretch
delegation	delegation
delegierte	delegate
delegierter	delegate
demnächst	soon
demnächst	shortly
demokratie	democracy
demokratisch	democratic
demonstranten	demonstrators
demonstranten	protesters
demonstration	demonstration
demonstrieren	demonstrate
demonstrierend	demonstrate
demonstriert	demonstrate
den haag	The Hague
denken	think
denken	thinking
denken	thought
denkend	think
denkt	think
denn	because
denn	for
denn	then
dennoch	nevertheless
dennoch	yet
dent blanche	Dent Blanche
derartig	such
derartig	of this kind
derartige	such
derartige	of this kind
deshalb	therefore
deshalb	that is why
deswegen	therefore
deswegen	for that reason
deuten	interpret
deuten	point
deutend	interpret
deutend	point
deutet	interpret
deutet	point
deutlich	clear
deutlich	distinct
deutsch	German
deutsche	German
deutsche	Germans
deutschen	German
deutschen	Germans
deutschland	Germany
dezember	December
diagnose	diagnosis
dicht	dense
dicht	thick
dicht	close
dichte	density
dichten	write poetry
dichten	seal
dichtend	write poetry
dichtend	seal
dichter	poet
dichtet	write poetry
dichtet	seal
dick	thick
dick	fat
dieb	thief
diebstahl	theft
dienen	serve
dienend	serve
dienst	service
dienst	duty
dienstag	Tuesday
dienstleistung	service
dienstleistungen	services
dient	serve
diesmal	this time
diesseits	on this side
diktator	dictator
diktatur	dictatorship
ding	thing
diplomat	diplomat
diplomatisch	diplomatic
direkt	direct
direkt	directly
direktor	director
diskutieren	discuss
diskutierend	discuss
diskutiert	discuss
disziplin	discipline
doch	but
doch	yet
doch	after all
dohle	jackdaw
doktor	doctor
dokumentieren	document
dokumentierend	document
dokumentiert	document
dollar	dollar
dolomit	dolomite
dolomiten	Dolomites
dom	Dom
dom	cathedral
dominieren	dominate
dominierend	dominate
dominiert	dominate
donau	Danube
donner	thunder
donnerstag	Thursday
doppelt	double
doppelt	twice
dorf	village
dort	there
dr	doctor
dr	Dr
drache	dragon
drachen	dragon
drachen	kite
drang	penetrate
drang	urge
draussen	outside
draussen	outdoors
drehen	turn
drehen	rotate
drehen	film
drehend	turn
drehend	rotate
drehend	film
dreht	turn
dreht	rotate
dreht	film
drei	three
dreierseilschaft	three-man rope
dreifach	triple
dreifach	threefold
dreimal	three times
dreissig	thirty
dreitausend	three thousand
dreitausender	three-thousander
dreitausender	3000-metre peak
dreizehn	thirteen
dreschen	thresh
dreschend	thresh
dringen	penetrate
dringen	urge
dringend	penetrate
dringend	urge
dringend	urgent
dringt	penetrate
dringt	urge
drinnen	inside
drinnen	indoors
drischt	thresh
dritte	third
drittel	third
dritten	third
drohen	threaten
drohend	threaten
droht	threaten
drohung	threat
drosch	thresh
druck	pressure
druck	print
drüben	over there
drücken	press
drücken	push
drückend	press
drückend	push
drückt	press
drückt	push
dschungel	jungle
dumm	stupid
dunkel	dark
dunkelheit	darkness
dunkle	dark
dunkler	darker
dunst	haze
dunst	mist
durch	through
durch	by
durchaus	quite
durchaus	absolutely
durchaus	thoroughly
durchbruchstal	gorge
durchbruchstal	breakthrough valley
durchdrang	penetrate
durchdrang	get through
durchdringen	penetrate
durchdringen	get through
durchdringt	penetrate
durchdringt	get through
durcheinander	confusion
durcheinander	mess
durchfressen	eat through
durchführen	carry out
durchführen	conduct
durchführt	carry out
durchführt	conduct
durchführung	implementation
durchführung	execution
durchgang	passage
durchgedrungen	penetrate
durchgedrungen	get through
durchqueren	cross
durchqueren	traverse
durchquerend	cross
durchquerend	traverse
durchquert	cross
durchquert	traverse
durchschnitt	average
durchschwimmen	swim across
durchsetzen	enforce
durchsetzen	prevail
durchsetzt	enforce
durchsetzt	prevail
durchsuchen	search
durchsucht	search
durchzudringen	penetrate
durchzudringen	get through
durfte	may
durfte	allowed
durst	thirst
dutzend	dozen
dämmern	dawn
dämmern	dusk
dämmernd	dawn
dämmernd	dusk
dämmert	dawn
dämmert	dusk
dämmerung	twilight
dämmerung	dusk
dämmerung	dawn
dämpfen	dampen
dämpfen	muffle
dämpfend	dampen
dämpfend	muffle
dämpft	dampen
dämpft	muffle
dänemark	Denmark
dänisch	Danish
dünn	thin
dürfen	may
dürfen	allowed
dürfend	may
dürfend	allowed
dürftig	meagre
dürftig	poor
dürr	dry
dürr	thin
dürre	drought
ebbe	low tide
eben	flat
eben	level
eben	just
eben	exactly
ebene	level
ebene	plain
ebenfalls	also
ebenfalls	likewise
ebenso	likewise
ebenso	just as
echt	real
echt	genuine
ecke	corner
edelweiss	edelweiss
ehe	marriage
ehe	before
ehefrau	wife
ehemalig	former
ehemalige	former
ehemann	husband
ehepaar	married couple
eher	rather
eher	sooner
ehre	honour
ehren	honour
ehrend	honour
ehrgeizig	ambitious
ehrlich	honest
ehrt	honour
eiche	oak
eidgenosse	Swiss citizen
eidgenossenschaft	confederation
eidgenössisch	federal
eidgenössisch	Swiss
eidgenössische	federal
eidgenössische	Swiss
eifer	zeal
eifer	eagerness
eifrig	eager
eigen	own
eigenartig	peculiar
eigenartig	strange
eigene	own
eigenschaft	property
eigenschaft	quality
eigenschaft	characteristic
eigenständig	independent
eigentlich	actually
eigentlich	really
eigentum	property
eigentümlichkeit	peculiarity
eiger	Eiger
eignen	be suitable
eignend	be suitable
eignet	be suitable
eile	hurry
eile	haste
eilen	hurry
eilend	hurry
eilig	urgent
eilig	hurried
eilt	hurry
ein	one
ein	a
einander	each other
einander	one another
einband	integrate
einband	involve
einbauen	install
einbauen	build in
einbaut	install
einbaut	build in
einbinden	integrate
einbinden	involve
einbindet	integrate
einbindet	involve
einbrach	break in
einbrach	collapse
einbrechen	break in
einbrechen	collapse
einbricht	break in
einbricht	collapse
einbruch	break-in
einbruch	onset
einbruch	collapse
eindeutig	clear
eindeutig	unambiguous
eindrang	penetrate
eindrang	invade
eindringen	penetrate
eindringen	invade
eindringt	penetrate
eindringt	invade
eindruck	impression
eindruck	imprint
eindrucksvoll	impressive
eine	one
eine	a
einfach	simple
einfach	easy
einfach	single
einfall	idea
einfall	invasion
einfallen	occur to
einfallen	invade
einfiel	occur to
einfiel	invade
einfluss	influence
einfuhr	import
einfällt	occur to
einfällt	invade
einfügen	insert
einfügt	insert
einführen	introduce
einführen	import
einführt	introduce
einführt	import
eingang	entrance
eingebaut	install
eingebaut	build in
eingebrochen	break in
eingebrochen	collapse
eingebunden	integrate
eingebunden	involve
eingedrungen	penetrate
eingedrungen	invade
eingefallen	occur to
eingefallen	invade
eingefügt	insert
eingeführt	introduce
eingeführt	import
eingegangen	enter into
eingegangen	take
eingegriffen	intervene
eingehalten	comply
eingehalten	observe
eingehen	enter into
eingehen	take
eingeht	enter into
eingeht	take
eingekauft	shop
eingekauft	buy
eingeladen	invite
eingelassen	let in
eingelassen	engage
eingeordnet	classify
eingeordnet	place
eingerichtet	set up
eingerichtet	furnish
eingerichtet	establish
eingeschlagen	take
eingeschlagen	strike
eingeschlossen	include
eingeschlossen	lock in
eingeschätzt	assess
eingeschätzt	estimate
eingesehen	realize
eingesehen	see
eingesetzt	use
eingesetzt	employ
eingesetzt	deploy
eingesetzt	used
eingesetzt	deployed
eingesetzt	employed
eingesprungen	step in
eingestellt	hire
eingestellt	stop
eingestellt	adjust
eingestiegen	get in
eingestiegen	board
eingesunken	sink in
eingetragen	enter
eingetragen	register
eingetreten	enter
eingetreten	occur
eingetroffen	arrive
eingezogen	move in
eingezogen	draw in
einging	enter into
einging	take
eingreifen	intervene
eingreift	intervene
eingriff	intervene
einhalten	comply
einhalten	observe
einheimisch	native
einheimisch	local
einheimische	local
einheimische	native
einheimischen	locals
einheimischen	natives
einheit	unit
einheit	unity
einhielt	comply
einhielt	observe
einig	agreed
einig	united
einige	some
einige	several
einigen	agree
einigen	unite
einigermassen	fairly
einigermassen	to some extent
einigt	agree
einigt	unite
einigung	agreement
einkaufen	shop
einkaufen	buy
einkauft	shop
einkauft	buy
einkommen	income
einladen	invite
einladung	invitation
einlassen	let in
einlassen	engage
einliess	let in
einliess	engage
einlud	invite
einlädt	invite
einlässt	let in
einlässt	engage
einmal	once
einmal	one time
einnahmen	revenue
einnahmen	income
einordnen	classify
einordnen	place
einordnet	classify
einordnet	place
einrichten	set up
einrichten	furnish
einrichten	establish
einrichtet	set up
einrichtet	furnish
einrichtet	establish
einrichtung	institution
einrichtung	facility
einrichtung	furnishing
eins	one
einsah	realize
einsah	see
einsam	lonely
einsam	solitary
einsamkeit	loneliness
einsamkeit	solitude
einsank	sink in
einsattelung	saddle
einsattelung	col
einsatz	use
einsatz	deployment
einsatz	commitment
einsatz	stake
einschartung	notch
einschartung	col
einschlagen	take
einschlagen	strike
einschliessen	include
einschliessen	lock in
einschliesst	include
einschliesst	lock in
einschloss	include
einschloss	lock in
einschlug	take
einschlug	strike
einschlägt	take
einschlägt	strike
einschneiden	cut into
einschneiden	incise
einschränken	restrict
einschränken	limit
einschränkt	restrict
einschränkt	limit
einschränkung	restriction
einschränkung	limitation
einschätzen	assess
einschätzen	estimate
einschätzt	assess
einschätzt	estimate
einsehen	realize
einsehen	see
einsetzen	use
einsetzen	employ
einsetzen	deploy
einsetzt	use
einsetzt	employ
einsetzt	deploy
einsicht	insight
einsieht	realize
einsieht	see
einsinken	sink in
einsinkt	sink in
einsprang	step in
einspringen	step in
einspringt	step in
einst	once
einst	formerly
einsteigen	get in
einsteigen	board
einsteigt	get in
einsteigt	board
einstellen	hire
einstellen	stop
einstellen	adjust
einstellt	hire
einstellt	stop
einstellt	adjust
einstellung	attitude
einstellung	setting
einstellung	recruitment
einstieg	get in
einstieg	board
einteilung	division
einteilung	classification
eintraf	arrive
eintrag	entry
eintragen	enter
eintragen	register
eintrat	enter
eintrat	occur
eintreffen	arrive
eintreten	enter
eintreten	occur
eintrifft	arrive
eintritt	enter
eintritt	occur
eintritt	entry
eintritt	admission
eintrug	enter
eintrug	register
einträgt	enter
einträgt	register
eintönig	monotonous
einwand	objection
einwanderer	immigrant
einwanderung	immigration
einwohner	inhabitant
einzelheit	detail
einzelheiten	details
einzeln	single
einzeln	individual
einzelne	individual
einzelne	single
einziehen	move in
einziehen	draw in
einzieht	move in
einzieht	draw in
einzig	only
einzig	single
einzig	sole
einzige	only
einzige	single
einzog	move in
einzog	draw in
einzubauen	install
einzubauen	build in
einzubinden	integrate
einzubinden	involve
einzubrechen	break in
einzubrechen	collapse
einzudringen	penetrate
einzudringen	invade
einzufallen	occur to
einzufallen	invade
einzufügen	insert
einzuführen	introduce
einzuführen	import
einzugehen	enter into
einzugehen	take
einzugreifen	intervene
einzugsgebiet	catchment area
einzuhalten	comply
einzuhalten	observe
einzukaufen	shop
einzukaufen	buy
einzuladen	invite
einzulassen	let in
einzulassen	engage
einzuordnen	classify
einzuordnen	place
einzurichten	set up
einzurichten	furnish
einzurichten	establish
einzuschlagen	take
einzuschlagen	strike
einzuschliessen	include
einzuschliessen	lock in
einzuschätzen	assess
einzuschätzen	estimate
einzusehen	realize
einzusehen	see
einzusetzen	use
einzusetzen	employ
einzusetzen	deploy
einzusinken	sink in
einzuspringen	step in
einzusteigen	get in
einzusteigen	board
einzustellen	hire
einzustellen	stop
einzustellen	adjust
einzutragen	enter
einzutragen	register
einzutreffen	arrive
einzutreten	enter
einzutreten	occur
einzuziehen	move in
einzuziehen	draw in
eis	ice
eisbeil	ice axe
eisbruch	icefall
eisen	iron
eisenbahn	railway
eisenbahn	railroad
eises	ice
eisfall	icefall
eisfeld	icefield
eisgang	ice work
eisgang	ice climbing
eisgrat	ice ridge
eishaken	ice peg
eishang	ice slope
eishaube	ice cap
eishöhle	ice cave
eisig	icy
eiskappe	ice cap
eiskletterei	ice climbing
eisklettern	ice climbing
eislawine	ice avalanche
eispickel	ice axe
eisrinne	ice gully
eisschicht	ice layer
eisschicht	layer of ice
eisschlag	icefall
eisschlag	falling ice
eisschraube	ice screw
eisstufe	ice step
eisturm	serac
eisturm	ice tower
eiswand	ice face
eiswand	ice wall
eiswulst	ice bulge
eiswulst	ice roll
eiswülste	ice bulges
eiswüste	ice desert
eiszeit	ice age
eiszeit	glacial period
elbe	Elbe
elegant	elegant
elektrizität	electricity
elend	miserable
elf	eleven
eltern	parents
empfahl	recommend
empfand	feel
empfand	sense
empfang	reception
empfangen	receive
empfehlen	recommend
empfehlung	recommendation
empfiehlt	recommend
empfinden	feel
empfinden	sense
empfindet	feel
empfindet	sense
empfindlich	sensitive
empfindung	sensation
empfindung	feeling
empfing	receive
empfohlen	recommend
empfunden	feel
empfunden	sense
empfängt	receive
empor	up
empor	upwards
emporgestiegen	rise
emporgestiegen	climb up
emporsteigen	rise
emporsteigen	climb up
emporsteigt	rise
emporsteigt	climb up
emporstieg	rise
emporstieg	climb up
emporzusteigen	rise
emporzusteigen	climb up
empören	outrage
empört	outrage
ende	end
enden	end
endend	end
endet	end
endgültig	final
endgültig	definitive
endgültig	finally
endlich	finally
endlich	at last
endmoräne	terminal moraine
energie	energy
eng	narrow
eng	tight
eng	close
engadin	Engadine
engagement	commitment
engagieren	engage
engagieren	hire
engagierend	engage
engagierend	hire
engagiert	engage
engagiert	hire
england	England
englisch	English
englische	English
engländer	Englishman
engländer	English
engst	narrow
engst	tight
engst	close
enkel	grandson
enkel	grandchild
enorm	enormous
entdecken	discover
entdecker	discoverer
entdecker	explorer
entdeckt	discover
entdeckung	discovery
entfalten	unfold
entfalten	develop
entfaltet	unfold
entfaltet	develop
entfaltung	development
entfaltung	unfolding
entfernen	remove
entfernt	distant
entfernt	remote
entfernt	remove
entfernung	distance
entfernung	removal
entführen	kidnap
entführen	abduct
entführt	kidnap
entführt	abduct
enthalten	contain
enthielt	contain
entkam	escape
entkommen	escape
entkommt	escape
entlang	along
entlarven	expose
entlarven	unmask
entlarvt	expose
entlarvt	unmask
entlassen	dismiss
entlassen	release
entlasten	relieve
entlastet	relieve
entlastung	relief
entlegen	remote
entliess	dismiss
entliess	release
entlässt	dismiss
entlässt	release
entnahm	take from
entnahm	infer
entnehmen	take from
entnehmen	infer
entnimmt	take from
entnimmt	infer
entscheid	decision
entscheid	ruling
entscheiden	decide
entscheidend	decisive
entscheidend	crucial
entscheidet	decide
entscheidung	decision
entschied	decide
entschleiern	unveil
entschleiernd	unveil
entschleiert	unveil
entschlossen	determined
entschlossenheit	determination
entschluss	decision
entschuldigen	apologize
entschuldigen	excuse
entschuldigt	apologize
entschuldigt	excuse
entsetzlich	horrible
entsetzlich	dreadful
entsprach	correspond
entsprach	match
entsprang	rise
entsprang	originate
entsprang	spring
entsprechen	correspond
entsprechen	match
entsprechend	corresponding
entsprechend	accordingly
entsprechend	appropriate
entspricht	correspond
entspricht	match
entspringen	rise
entspringen	originate
entspringen	spring
entspringt	rise
entspringt	originate
entspringt	spring
entsprochen	correspond
entsprochen	match
entsprungen	rise
entsprungen	originate
entsprungen	spring
entstand	arise
entstand	emerge
entstand	form
entstehen	arise
entstehen	emerge
entstehen	form
entsteht	arise
entsteht	emerge
entsteht	form
entstehung	origin
entstehung	formation
enttäuschen	disappoint
enttäuscht	disappointed
enttäuscht	disappoint
enttäuschung	disappointment
entwarf	design
entwarf	draft
entwerfen	design
entwerfen	draft
entwickeln	develop
entwickelnd	develop
entwickelt	develop
entwicklung	development
entwirft	design
entwirft	draft
entworfen	design
entworfen	draft
entwurf	draft
entwurf	design
entwässern	drain
entwässernd	drain
entwässert	drain
enzian	gentian
epidemie	epidemic
epoche	epoch
epoche	era
erachten	consider
erachten	deem
erachtens	in the opinion of
erachtet	consider
erachtet	deem
erbat	request
erbe	heritage
erbe	heir
erbe	inheritance
erbeten	request
erbitten	request
erbittert	fierce
erbittert	bitter
erbittet	request
erblicken	catch sight of
erblicken	see
erblickt	catch sight of
erblickt	see
erdbeben	earthquake
erde	earth
erde	soil
erde	ground
erdgas	natural gas
erdkruste	earth's crust
erdoberfläche	earth's surface
erdrutsch	landslide
erdteil	continent
erdöl	petroleum
erdöl	oil
ereignen	happen
ereignen	occur
ereignet	happen
ereignet	occur
ereignis	event
ereignisse	events
erfahren	learn
erfahren	experience
erfahren	experienced
erfahrung	experience
erfand	invent
erfassen	capture
erfassen	record
erfassen	grasp
erfasst	capture
erfasst	record
erfasst	grasp
erfinden	invent
erfindet	invent
erfindung	invention
erfolg	success
erfolgen	take place
erfolgen	ensue
erfolglos	unsuccessful
erfolgreich	successful
erfolgt	take place
erfolgt	ensue
erforderlich	necessary
erforderlich	required
erfordern	require
erfordernd	require
erfordert	require
erforscht	explored
erforscht	researched
erforschung	exploration
erforschung	research
erfreulich	pleasing
erfreulich	gratifying
erfrierung	frostbite
erfrierungen	frostbite
erfroren	frozen
erfroren	frostbitten
erfuhr	learn
erfuhr	experience
erfunden	invent
erfährt	learn
erfährt	experience
erfüllen	fulfil
erfüllen	meet
erfüllt	fulfil
erfüllt	meet
erfüllung	fulfilment
ergab	result
ergab	yield
ergeben	result
ergeben	yield
ergebnis	result
ergebnis	outcome
ergebnisse	results
ergibt	result
ergibt	yield
ergreifen	seize
ergreifen	take
ergreift	seize
ergreift	take
ergriff	seize
ergriff	take
ergänzen	supplement
ergänzen	complete
ergänzt	supplement
ergänzt	complete
erhaben	sublime
erhaben	elevated
erhalten	receive
erhalten	get
erhalten	preserve
erhaltung	preservation
erhaltung	maintenance
erheben	raise
erheben	levy
erheben	rise
erheblich	considerable
erheblich	significant
erhebt	raise
erhebt	levy
erhebt	rise
erhielt	receive
erhielt	get
erhielt	preserve
erhob	raise
erhob	levy
erhob	rise
erholen	recover
erholen	rest
erholt	recover
erholt	rest
erholung	recovery
erholung	rest
erhältlich	available
erhöhen	raise
erhöhen	increase
erhöht	raise
erhöht	increase
erhöhung	increase
erinnern	remind
erinnern	remember
erinnernd	remind
erinnernd	remember
erinnert	remind
erinnert	remember
erinnerung	memory
erinnerung	reminder
erkannte	recognize
erkennbar	recognizable
erkennen	recognize
erkennt	recognize
erkenntnis	knowledge
erkenntnis	insight
erkenntnis	finding
erklimmen	climb
erklimmen	scale
erklimmt	climb
erklimmt	scale
erklomm	climb
erklomm	scale
erklären	explain
erklären	declare
erklärt	explain
erklärt	declare
erklärung	explanation
erklärung	declaration
erklärung	statement
erkunden	explore
erkunden	reconnoitre
erkundet	explore
erkundet	reconnoitre
erkundigen	inquire
erkundigt	inquire
erkundung	reconnaissance
erkundung	exploration
erkundungen	reconnaissance
erkundungen	explorations
erkälten	catch a cold
erkältet	catch a cold
erkältung	cold
erkämpfen	win
erkämpfen	gain by fighting
erkämpft	win
erkämpft	gain by fighting
erlangen	obtain
erlangen	attain
erlangt	obtain
erlangt	attain
erlass	decree
erlass	waiver
erlauben	allow
erlauben	permit
erlaubnis	permission
erlaubt	allow
erlaubt	permit
erleben	experience
erlebnis	experience
erlebnisse	experiences
erlebt	experience
erledigen	settle
erledigen	deal with
erledigen	finish
erledigt	settle
erledigt	deal with
erledigt	finish
erlegen	kill
erlegen	shoot
erlegt	kill
erlegt	shoot
erleichtern	relieve
erleichtern	ease
erleichtern	facilitate
erleichternd	relieve
erleichternd	ease
erleichternd	facilitate
erleichtert	relieve
erleichtert	ease
erleichtert	facilitate
erlischt	go out
erlischt	expire
erlöschen	go out
erlöschen	expire
erlösen	redeem
erlösen	release
erlöst	redeem
erlöst	release
ermitteln	investigate
ermitteln	determine
ermittelnd	investigate
ermittelnd	determine
ermittelt	investigate
ermittelt	determine
ermittlung	investigation
ermittlungen	investigations
ermutigen	encourage
ermutigt	encourage
ermöglichen	enable
ermöglichen	make possible
ermöglichend	enable
ermöglichend	make possible
ermöglicht	enable
ermöglicht	make possible
ermüdend	tiring
ermüdung	fatigue
ermüdung	exhaustion
ernannte	appoint
ernennen	appoint
ernennt	appoint
erneuern	renew
erneuernd	renew
erneuert	renew
erneuerung	renewal
ernst	serious
ernst	seriousness
ernsthaft	serious
ernte	harvest
ernähren	feed
ernähren	nourish
ernährt	feed
ernährt	nourish
ernährung	nutrition
ernährung	food
ernüchternd	sobering
erobern	conquer
erobernd	conquer
erobert	conquer
eroberung	conquest
erosion	erosion
erreichbar	reachable
erreichbar	accessible
erreichen	reach
erreichen	achieve
erreicht	reach
erreicht	achieve
erreichung	attainment
errichten	build
errichten	erect
errichtet	build
errichtet	erect
ersatz	replacement
ersatz	substitute
erscheinen	appear
erscheinen	be published
erscheint	appear
erscheint	be published
erscheinung	appearance
erscheinung	phenomenon
erschien	appear
erschien	be published
erschiessen	shoot dead
erschiesst	shoot dead
erschoss	shoot dead
erschrak	be frightened
erschrecken	be frightened
erschrickt	be frightened
erschrocken	be frightened
erschweren	make harder
erschweren	hamper
erschwerend	make harder
erschwerend	hamper
erschwert	make harder
erschwert	hamper
erschöpfend	exhaustive
erschöpft	exhausted
erschöpfung	exhaustion
ersetzen	replace
ersetzt	replace
ersparen	save
ersparen	spare
erspart	save
erspart	spare
erst	first
erst	only
erstaunen	astonishment
erstaunen	amazement
erstaunen	astonish
erstaunen	amaze
erstaunlich	astonishing
erstaunlich	amazing
erstaunt	astonish
erstaunt	amaze
erstbegehung	first ascent
erstbesteiger	first ascensionist
erstbesteigung	first ascent
erste	first
ersteigen	climb
ersteigen	ascend
ersteigt	climb
ersteigt	ascend
ersteigung	ascent
erstellen	create
erstellen	produce
erstellen	draw up
erstellt	create
erstellt	produce
erstellt	draw up
ersten	first
erster	first
erstersteiger	first ascensionist
erstersteigung	first ascent
erstieg	climb
erstieg	ascend
erstmals	for the first time
erstrecken	extend
erstrecken	stretch
erstreckt	extend
erstreckt	stretch
ertragen	bear
ertragen	endure
ertrug	bear
ertrug	endure
erträgt	bear
erträgt	endure
ertönen	sound
ertönen	ring out
ertönt	sound
ertönt	ring out
erwachen	wake up
erwachsene	adult
erwacht	wake up
erwarb	acquire
erwarten	expect
erwartet	expect
erwartung	expectation
erwecken	awaken
erwecken	arouse
erweckt	awaken
erweckt	arouse
erweisen	prove
erweisen	show
erweist	prove
erweist	show
erweitern	extend
erweitern	expand
erweiternd	extend
erweiternd	expand
erweitert	extend
erweitert	expand
erweiterung	extension
erweiterung	expansion
erwerben	acquire
erwies	prove
erwies	show
erwiesen	prove
erwiesen	show
erwirbt	acquire
erwähnen	mention
erwähnt	mention
erwähnung	mention
erwärmen	warm
erwärmen	heat
erwärmt	warm
erwärmt	heat
erwärmung	warming
erz	ore
erzeugen	produce
erzeugen	generate
erzeugt	produce
erzeugt	generate
erziehen	educate
erziehen	raise
erzieht	educate
erzieht	raise
erzielen	achieve
erzielen	obtain
erzielt	achieve
erzielt	obtain
erzog	educate
erzog	raise
erzählen	tell
erzählen	narrate
erzählt	tell
erzählt	narrate
erzählung	story
erzählung	narrative
eröffnen	open
eröffnen	inaugurate
eröffnet	open
eröffnet	inaugurate
eröffnung	opening
es gibt	there is
esel	donkey
essen	eat
essen	food
essen	meal
essend	eat
etablieren	establish
etablierend	establish
etabliert	establish
etwa	about
etwa	approximately
etwa	perhaps
etwa	for example
etwas	something
etwas	somewhat
eu	EU
euro	euro
europa	Europe
europäer	European
europäisch	European
europäische union	European Union
evakuieren	evacuate
evakuierend	evacuate
evakuiert	evacuate
evangelisch	Protestant
exakt	exact
existenz	existence
existieren	exist
existierend	exist
existiert	exist
expedition	expedition
expeditionen	expeditions
expeditionsarzt	expedition doctor
expeditionsbericht	expedition report
expeditionsleiter	expedition leader
expeditionsmitglied	expedition member
experiment	experiment
explodieren	explode
explodierend	explode
explodiert	explode
export	export
extrem	extreme
fabelhaft	fabulous
fabrik	factory
fach	subject
fach	compartment
fahren	drive
fahren	travel
fahren	go
fahrend	drive
fahrend	travel
fahrend	go
fahrer	driver
fahrrad	bicycle
fahrrad	bike
fahrt	journey
fahrt	trip
fahrt	drive
fahrzeug	vehicle
fair	fair
faktor	factor
faktoren	factors
fall	case
fall	fall
fall-linie	fall line
falle	trap
fallen	fall
fallend	fall
falllinie	fall line
falls	if
falls	in case
falsch	wrong
falsch	false
falte	fold
falten	fold
faltend	fold
faltet	fold
faltung	folding
familie	family
fand	find
fangen	catch
fangend	catch
fantasie	imagination
fantasie	fantasy
farbe	colour
farbe	paint
farbig	coloured
farn	fern
fassade	facade
fassen	grasp
fassen	seize
fassen	hold
fassend	grasp
fassend	seize
fassend	hold
fasst	grasp
fasst	seize
fasst	hold
fassung	version
fassung	composure
fast	almost
fast	nearly
fasten	fast
fastend	fast
fastet	fast
faul	lazy
faul	rotten
fauna	fauna
februar	February
fechten	fence
fechten	fight
fechtend	fence
fechtend	fight
federwolke	cirrus
federwolke	feathery cloud
fehlen	be missing
fehlen	lack
fehlend	be missing
fehlend	lack
fehler	mistake
fehler	error
fehlerquelle	source of error
fehlgeschlagen	fail
fehlschlag	failure
fehlschlagen	fail
fehlschlug	fail
fehlschlägt	fail
fehlt	be missing
fehlt	lack
fehlzuschlagen	fail
feier	celebration
feier	party
feiern	celebrate
feiernd	celebrate
feiert	celebrate
feiertag	holiday
feiertag	public holiday
feind	enemy
feindlich	hostile
feld	field
feldstecher	binoculars
fels	rock
felsausbruch	rockfall
felsband	rock ledge
felsband	band
felsblock	boulder
felsblock	rock
felsen	rock
felsen	rocks
felsen	cliff
felsgipfel	rock peak
felsgrat	rock ridge
felshaken	piton
felshaken	rock peg
felsig	rocky
felsigen	rocky
felsinsel	rock island
felsinsel	nunatak
felskletterei	rock climbing
felsklettern	rock climbing
felskopf	rocky knoll
felskopf	rock head
felsnase	rock nose
felsnase	rocky spur
felspfeiler	rock pillar
felspfeiler	buttress
felsplatte	rock slab
felsrippe	rock rib
felssporn	rock spur
felsstufe	rock step
felssturz	rockfall
felssturz	rock avalanche
felsturm	rock tower
felswand	rock face
felswand	rock wall
felswände	rock walls
felszacke	rock spike
fenster	window
ferien	holiday
ferien	vacation
fern	distant
fern	far
ferner	further
ferner	furthermore
ferngesehen	watch television
fernglas	binoculars
fernsah	watch television
fernsehen	watch television
fernsicht	view
fernsicht	visibility
fernsieht	watch television
fernzusehen	watch television
fertig	finished
fertig	ready
fesseln	tie up
fesseln	captivate
fesselnd	tie up
fesselnd	captivate
fesselt	tie up
fesselt	captivate
fest	festival
fest	party
fest	firm
fest	solid
fest	fixed
festgehalten	hold on
festgehalten	record
festgelegt	set
festgelegt	determine
festgelegt	fix
festgenommen	arrest
festgesetzt	fix
festgesetzt	set
festgestanden	be certain
festgestellt	find
festgestellt	establish
festgestellt	notice
festhalten	hold on
festhalten	record
festhielt	hold on
festhielt	record
festigen	consolidate
festigen	strengthen
festigt	consolidate
festigt	strengthen
festlegen	set
festlegen	determine
festlegen	fix
festlegt	set
festlegt	determine
festlegt	fix
festnahm	arrest
festnahme	arrest
festnehmen	arrest
festnimmt	arrest
festsetzen	fix
festsetzen	set
festsetzt	fix
festsetzt	set
feststand	be certain
feststehen	be certain
feststeht	be certain
feststellen	find
feststellen	establish
feststellen	notice
feststellt	find
feststellt	establish
feststellt	notice
feststellung	finding
feststellung	statement
festzuhalten	hold on
festzuhalten	record
festzulegen	set
festzulegen	determine
festzulegen	fix
festzunehmen	arrest
festzusetzen	fix
festzusetzen	set
festzustehen	be certain
festzustellen	find
festzustellen	establish
festzustellen	notice
feucht	damp
feucht	humid
feucht	moist
feucht	wet
feuer	fire
feuern	fire
feuernd	fire
feuert	fire
ficht	fence
ficht	fight
fichte	spruce
fieber	fever
fiel	fall
figur	figure
film	film
film	movie
filmen	film
filmend	film
filmt	film
finanzen	finances
finanziell	financial
finanzieren	finance
finanzieren	fund
finanzierend	finance
finanzierend	fund
finanziert	finance
finanziert	fund
finanzierung	financing
finanzierung	funding
finanzkrise	financial crisis
finanzminister	finance minister
finden	find
findend	find
findet	find
fing	catch
finger	finger
finnland	Finland
finster	dark
finster	gloomy
finsteraarhorn	Finsteraarhorn
firma	company
firma	firm
firn	firn
firn	old snow
firn	névé
firnbecken	firn basin
firnfeld	firn field
firnfeld	snowfield
firngrat	snow ridge
firngrat	firn ridge
firngrenze	firn line
firnhang	firn slope
firnhaube	snow cap
firnhaube	firn cap
firnmulde	firn basin
firnschnee	firn
firnschnee	old snow
fisch	fish
fischer	fisherman
fixe	fixed
fixieren	fix
fixieren	fasten
fixierend	fix
fixierend	fasten
fixiert	fix
fixiert	fasten
fixseil	fixed rope
flach	flat
flach	shallow
flanke	flank
flanke	side
flechte	lichen
flechten	braid
flechtend	braid
fleisch	meat
fleisch	flesh
fleiss	diligence
fleissig	hard-working
fleissig	diligent
flicht	braid
flicken	mend
flicken	patch
flickend	mend
flickend	patch
flickt	mend
flickt	patch
fliege	fly
fliegen	fly
fliegend	fly
fliegt	fly
fliehen	flee
fliehend	flee
flieht	flee
fliessen	flow
fliessend	flow
fliesst	flow
flocht	braid
flog	fly
floh	flee
flora	flora
florenz	Florence
floss	flow
flott	quick
flott	brisk
flott	smart
fluch	curse
flug	flight
flughafen	airport
flugzeug	aeroplane
flugzeug	aircraft
fluss	river
flussabwärts	downstream
flussaufwärts	upstream
flut	flood
flut	tide
fluten	flood
flutend	flood
flutet	flood
fläche	area
fläche	surface
flüchten	flee
flüchtend	flee
flüchtet	flee
flüchtig	fleeting
flüchtig	volatile
flüchtling	refugee
flüchtlinge	refugees
flüsse	rivers
focht	fence
focht	fight
folge	consequence
folge	result
folge	episode
folgen	follow
folgend	follow
folgend	following
folglich	consequently
folgt	follow
fordern	demand
fordern	call for
fordernd	demand
fordernd	call for
fordert	demand
fordert	call for
forderung	demand
forderung	claim
forelle	trout
form	form
form	shape
formation	formation
formen	form
formen	shape
formend	form
formend	shape
formt	form
formt	shape
formulieren	formulate
formulierend	formulate
formuliert	formulate
forschen	research
forschen	explore
forschend	research
forschend	explore
forscher	researcher
forscher	explorer
forscherin	researcher
forscht	research
forscht	explore
forschung	research
fort	away
fort	gone
fortfahren	continue
fortfahren	leave
fortfuhr	continue
fortfuhr	leave
fortfährt	continue
fortfährt	leave
fortgefahren	continue
fortgefahren	leave
fortgeschritten	advanced
fortgesetzt	continue
fortschritt	progress
fortsetzen	continue
fortsetzt	continue
fortsetzung	continuation
fortsetzung	sequel
fortzufahren	continue
fortzufahren	leave
fortzusetzen	continue
fossil	fossil
foto	photo
foto	photograph
fotograf	photographer
fotografie	photography
fotografie	photograph
fotografieren	photograph
fotografierend	photograph
fotografiert	photograph
fotos	photos
fr	francs
fr	Fr
frage	question
frage	issue
fragen	ask
fragend	ask
fragt	ask
fraktion	parliamentary group
franc	franc
franken	francs
franken	franc
frankreich	France
franzose	Frenchman
franzose	French
franzosen	French
franzosen	Frenchmen
französisch	French
französische	French
frau	woman
frau	wife
frau	Mrs
frau	Ms
frauen	women
frauenexpedition	women's expedition
frei	free
freiburg	Fribourg
freiburg	Freiburg
freier	free
freiest	free
freiheit	freedom
freiheit	liberty
freiraum	freedom
freiraum	space
freitag	Friday
freiwillig	voluntary
freizeit	leisure
freizeit	free time
fremd	foreign
fremd	strange
fremde	stranger
fremde	foreign
fremdenverkehr	tourism
fremder	stranger
freude	joy
freude	pleasure
freuen	please
freuen	be glad
freuend	please
freuend	be glad
freund	friend
freunde	friends
freundin	friend
freundin	girlfriend
freundlich	friendly
freundlich	kind
freundschaft	friendship
freut	please
freut	be glad
friede	peace
frieden	peace
friedensvertrag	peace treaty
friedlich	peaceful
frieren	freeze
frieren	be cold
frierend	freeze
friert	freeze
frisch	fresh
frist	deadline
frist	period
froh	glad
froh	happy
fror	freeze
frost	frost
frostschaden	frostbite
frostschaden	frost damage
frostschäden	frostbite
frostschäden	frost damage
frucht	fruit
fruchtbar	fertile
fruchtbar	fruitful
fräulein	Miss
fröhlich	cheerful
fröhlich	happy
früh	early
früher	earlier
früher	former
früher	formerly
frühere	earlier
frühere	former
frühjahr	spring
frühling	spring
frühmorgens	early in the morning
frühstück	breakfast
ft	feet
ft	foot
fuchs	fox
fuhr	drive
fuhr	travel
fuhr	go
funktion	function
funktionieren	work
funktionieren	function
funktionierend	work
funktionierend	function
funktioniert	work
funktioniert	function
furcht	fear
furchtbar	terrible
furchtbar	dreadful
furchtlos	fearless
furka	pass
furka	col
furka	Furka
fuss	foot
fuss	feet
fussspur	footprint
fusstapfen	footprints
fusstapfen	footsteps
fussweg	footpath
futter	food
futter	feed
futter	fodder
fußstapfen	footprints
fußstapfen	footsteps
fähig	capable
fähig	able
fähigkeit	ability
fähigkeit	skill
fährt	drive
fährt	travel
fährt	go
fährte	tracks
fährte	trail
fährte	footprints
fällt	fall
fänden	would find
fängt	catch
föhn	foehn
föhn	warm wind
föhre	pine
fördern	promote
fördern	support
fördern	extract
fördernd	promote
fördernd	support
fördernd	extract
fördert	promote
fördert	support
fördert	extract
fügen	add
fügen	join
fügend	add
fügend	join
fügt	add
fügt	join
fühlen	feel
fühlend	feel
fühlt	feel
führen	lead
führen	guide
führen	conduct
führend	lead
führend	guide
führend	conduct
führend	leading
führer	leader
führer	guide
führerbuch	guide's book
führerlos	guideless
führerlos	without a guide
führerlose	guideless
führt	lead
führt	guide
führt	conduct
führung	leadership
führung	guidance
führung	lead
fülle	abundance
fülle	wealth
füllen	fill
füllend	fill
füllt	fill
fünf	five
fünftausend	five thousand
fünftausender	five-thousander
fünftausender	5000-metre peak
fünfte	fifth
fünfzehn	fifteen
fünfzig	fifty
für	for
fürchten	fear
fürchtend	fear
fürchtet	fear
fürst	prince
füsse	feet
gab	give
galt	be valid
galt	be considered
gamaschen	gaiters
gang	course
gang	corridor
gang	walk
gang	gear
gangbar	passable
ganz	whole
ganz	entire
ganz	quite
ganz	entirely
ganze	whole
ganze	entire
gar	at all
gar	even
gar	cooked
garantieren	guarantee
garantierend	guarantee
garantiert	guarantee
garten	garden
gas	gas
gast	guest
gastfreundlich	hospitable
gastgeber	host
gastgewerbe	hospitality industry
gasthaus	inn
gasthaus	restaurant
gasthof	inn
gatte	husband
gattin	wife
geabrundet	round off
geabrundet	round
geabschreckt	deter
geabschreckt	discourage
geachtet	pay attention
geachtet	respect
geahnt	suspect
geahnt	sense
geanfertigt	make
geanfertigt	produce
geangelt	fish
geanlangt	arrive
geanlangt	concern
geanstrengt	strain
geanstrengt	exert
geantwortet	answer
geantwortet	reply
gearbeitet	work
geatmet	breathe
geausbreitet	spread
geausruht	rest
geausstattet	equip
geausstattet	furnish
gebacken	bake
gebadet	bathe
gebadet	swim
gebaut	build
geben	give
gebend	give
gebeten	ask
gebeten	request
gebetet	pray
gebiert	give birth
gebiet	area
gebiet	region
gebiet	territory
gebildet	form
gebildet	educate
gebirge	mountains
gebirge	mountain range
gebirgig	mountainous
gebirgskette	mountain range
gebirgsstock	massif
gebirgswall	mountain barrier
gebirgswall	mountain wall
gebirgszug	mountain range
gebissen	bite
geblasen	blow
geblickt	look
geblickt	glance
geblieben	stay
geblieben	remain
geblitzt	flash
geblutet	bleed
geblüht	bloom
geblüht	flourish
gebogen	bend
gebogen	turn
geboren	give birth
geboren	born
geborgen	rescue
geborgen	recover
geborgen	hold
geboten	offer
gebracht	bring
gebrannt	burn
gebraten	fry
gebraten	roast
gebrauch	use
gebrauch	custom
gebrauchen	use
gebraucht	need
gebraucht	use
gebraut	brew
gebremst	brake
gebrochen	break
gebräuchlich	common
gebräuchlich	usual
gebunden	tie
gebunden	bind
geburt	birth
geburtstag	birthday
gebären	give birth
gebäude	building
gebühr	fee
gebühr	charge
gebüsch	bushes
gebüsch	undergrowth
gedacht	think
gedachte	commemorate
gedanke	thought
gedanke	idea
gedankt	thank
gedauert	last
gedeckt	cover
gedehnt	stretch
gedenken	commemorate
gedenkt	commemorate
gedeutet	interpret
gedeutet	point
gedicht	poem
gedichtet	write poetry
gedichtet	seal
gedient	serve
gedreht	turn
gedreht	rotate
gedreht	film
gedroht	threaten
gedroschen	thresh
gedrungen	penetrate
gedrungen	urge
gedrückt	press
gedrückt	push
geduld	patience
geduldig	patient
gedurft	may
gedurft	allowed
gedämmert	dawn
gedämmert	dusk
gedämpft	dampen
gedämpft	muffle
geehrt	honour
geeignet	suitable
geeignet	be suitable
geeilt	hurry
geeinigt	agree
geeinigt	unite
geeinschränkt	restrict
geeinschränkt	limit
geendet	end
gefahr	danger
gefahr	risk
gefahren	drive
gefahren	travel
gefahren	go
gefahrlos	safe
gefahrlos	without danger
gefallen	fall
gefallen	please
gefallen	like
gefaltet	fold
gefangen	catch
gefangenschaft	captivity
gefasst	grasp
gefasst	seize
gefasst	hold
gefasst	composed
gefasst	calm
gefastet	fast
gefehlt	be missing
gefehlt	lack
gefesselt	tie up
gefesselt	captivate
gefestigt	consolidate
gefestigt	strengthen
gefeuert	fire
gefiel	please
gefiel	like
gefilmt	film
geflickt	mend
geflickt	patch
geflochten	braid
geflogen	fly
geflohen	flee
geflossen	flow
geflutet	flood
geflüchtet	flee
gefochten	fence
gefochten	fight
gefolgt	follow
gefordert	demand
gefordert	call for
geformt	form
geformt	shape
geforscht	research
geforscht	explore
gefragt	ask
gefreut	please
gefreut	be glad
gefroren	freeze
gefroren	frozen
gefunden	find
gefährden	endanger
gefährdet	endanger
gefährdet	endangered
gefährdet	at risk
gefährlich	dangerous
gefährte	companion
gefährten	companions
gefälle	slope
gefälle	gradient
gefällt	please
gefällt	like
gefängnis	prison
gefängnis	jail
gefördert	promote
gefördert	support
gefördert	extract
gefügt	add
gefügt	join
gefühl	feeling
gefühlt	feel
geführt	lead
geführt	guide
geführt	conduct
gefüllt	fill
gefürchtet	fear
gegangen	go
gegangen	walk
gegeben	give
gegen	against
gegen	towards
gegen	around
gegend	area
gegend	region
gegend	neighbourhood
gegeneinander	against each other
gegensatz	contrast
gegensatz	opposite
gegenseitig	mutual
gegenstand	object
gegenstand	subject
gegenteil	opposite
gegenwart	present
gegenwart	presence
gegenüber	opposite
gegenüber	towards
gegenüber	compared with
gegessen	eat
geglaubt	believe
geglaubt	think
geglichen	resemble
gegliedert	structure
gegliedert	divide
geglitten	glide
geglitten	slide
geglänzt	shine
geglüht	glow
gegner	opponent
gegner	enemy
gegolten	be valid
gegolten	be considered
gegossen	pour
gegraben	dig
gegrenzt	border
gegriffen	grab
gegriffen	grasp
gegriffen	seize
gegründet	found
gegründet	establish
gegrüsst	greet
gehabt	have
gehalt	salary
gehalt	content
gehalten	hold
gehalten	keep
gehalten	stop
gehandelt	act
gehandelt	trade
gehandelt	deal
gehangen	hang
gehasst	hate
gehauen	hit
gehauen	hew
gehaust	dwell
geheilt	heal
geheilt	cure
geheim	secret
geheimkehrt	return home
geheimnis	secret
geheimnis	mystery
geheimnisvoll	mysterious
geheimnisvolle	mysterious
geheissen	be called
geheissen	mean
geheizt	heat
gehen	go
gehen	walk
gehend	go
gehend	walk
gehetzt	rush
gehetzt	incite
gehindert	prevent
gehindert	hinder
gehirn	brain
gehoben	lift
gehoben	raise
gehofft	hope
geholfen	help
geholt	fetch
geholt	get
geht	go
geht	walk
gehustet	cough
gehämmert	hammer
gehängt	hang
gehäuft	pile up
gehäuft	accumulate
gehören	belong
gehört	hear
gehört	listen
gehört	belong
gehüpft	hop
gehüpft	jump
gehütet	guard
gehütet	tend
geier	vulture
geist	mind
geist	spirit
geist	ghost
gejagt	hunt
gejagt	chase
gejammert	moan
gejammert	complain
gekannt	know
gekauft	buy
gekaut	chew
gekehrt	turn
gekehrt	sweep
gekennzeichnt	mark
gekennzeichnt	characterize
geklagt	complain
geklagt	sue
geklammert	cling
geklebt	stick
geklebt	glue
gekleidet	dress
geklettert	climb
geklommen	climb
geklopft	knock
geklungen	sound
geklärt	clarify
geklärt	clear up
geknüpft	tie
geknüpft	knot
gekocht	cook
gekocht	boil
gekommen	come
gekonnt	can
gekonnt	be able
gekostet	cost
gekreist	circle
gekreuzt	cross
gekrochen	crawl
gekämmt	comb
gekämpft	fight
gekühlt	cool
gekümmert	care
gekümmert	look after
gekündigt	announce
gekündigt	cancel
gekündigt	resign
gekürzt	shorten
gekürzt	cut
geküsst	kiss
gelacht	laugh
geladen	load
gelagert	store
gelagert	camp
gelandet	land
gelang	succeed
gelangen	reach
gelangen	arrive
gelangen	get to
gelangt	reach
gelangt	arrive
gelangt	get to
gelassen	let
gelassen	leave
gelassenheit	composure
gelassenheit	calm
gelastet	weigh on
gelaufen	run
gelaufen	walk
gelb	yellow
geld	money
geldstrafe	fine
gelebt	live
geleert	empty
gelegen	lie
gelegen	be located
gelegenheit	opportunity
gelegenheit	occasion
gelegentlich	occasional
gelegentlich	occasionally
gelegt	lay
gelegt	put
gelehnt	lean
gelehrt	teach
gelehrte	scholar
geleistet	achieve
geleistet	perform
geleistet	afford
geleitet	lead
geleitet	direct
geleitet	manage
gelenkt	steer
gelenkt	direct
gelernt	learn
gelesen	read
geleuchtet	shine
geleuchtet	glow
geleugnet	deny
gelichtet	thin
gelichtet	clear
geliebt	love
geliefert	deliver
geliefert	supply
geliehen	lend
geliehen	borrow
gelingen	succeed
gelingt	succeed
gelitten	suffer
gelobt	praise
gelockert	loosen
gelogen	lie
gelohnt	be worth
gelten	be valid
gelten	be considered
geltend	be valid
geltend	be considered
gelungen	succeed
gelächelt	smile
gelände	terrain
gelände	ground
gelände	site
geländer	railing
geländer	banister
gelärmt	make noise
gelöst	solve
gelöst	loosen
gemacht	make
gemacht	do
gemahlen	grind
gemahnt	warn
gemahnt	remind
gemalt	paint
gemehrt	increase
gemeinde	community
gemeinde	municipality
gemeinde	parish
gemeinderat	municipal council
gemeinsam	common
gemeinsam	joint
gemeinsam	together
gemeinsam	jointly
gemeinschaft	community
gemeint	mean
gemeint	think
gemeistert	master
gemeldet	report
gemeldet	announce
gemerkt	notice
gemerkt	remember
gemessen	measure
gemieden	avoid
gemietet	rent
gemildert	ease
gemildert	mitigate
gemischt	mixed
gemocht	like
gemocht	would like
gemolken	milk
gemse	chamois
gemusst	must
gemusst	have to
gemäss	according to
gemüse	vegetables
gemüt	mind
gemüt	temperament
gemütlich	cosy
gemütlich	comfortable
genannt	name
genannt	call
genas	recover
genau	exact
genau	precise
genau	exactly
genau	precisely
genauigkeit	accuracy
genauigkeit	precision
genehmigen	approve
genehmigen	permit
genehmigt	approved
genehmigt	permitted
genehmigt	approve
genehmigt	permit
genehmigung	permission
genehmigung	approval
genehmigung	permit
geneidet	envy
general	general
generation	generation
genesen	recover
genf	Geneva
genfer	Genevan
genfer	Geneva
genfersee	Lake Geneva
genickt	nod
geniessen	enjoy
geniesst	enjoy
genießen	enjoy
genommen	take
genormt	standardize
genoss	enjoy
genug	enough
genugtuung	satisfaction
genuss	enjoyment
genuss	pleasure
genutzt	use
genutzt	benefit
genähert	approach
genährt	feed
genährt	nourish
genügen	suffice
genügen	be enough
genügend	sufficient
genügend	enough
genügt	suffice
genügt	be enough
genützt	be of use
genützt	benefit
geografie	geography
geografisch	geographical
geograph	geographer
geographie	geography
geographisch	geographical
geologe	geologist
geologie	geology
geologisch	geological
geologische	geological
geopfert	sacrifice
geordnet	order
geordnet	arrange
gepachtet	lease
gepackt	pack
gepackt	grab
gepasst	fit
gepasst	suit
gepaust	pause
gepfiffen	whistle
gepflanzt	plant
gepflegt	care for
gepflegt	maintain
gepflegt	cultivate
geplagt	plague
geplagt	torment
geplant	plan
geplündert	loot
geplündert	plunder
geprallt	bounce
geprallt	crash
gepriesen	praise
geprägt	shape
geprägt	coin
geprägt	characterize
geprüft	check
geprüft	examine
geprüft	test
geputzt	clean
gepäck	luggage
gepäck	baggage
gequert	crossed
gequert	traversed
gequert	cross
gequert	traverse
gequollen	swell
gequollen	well up
gerade	straight
gerade	just
gerade	even
geradeaus	straight ahead
gerannt	run
gerast	race
gerast	rage
gerastet	rest
geraten	get into
geraten	advise
geraten	guess
geraubt	rob
geraubt	steal
geraucht	smoke
gerechnt	calculate
gerechnt	count
gerecht	fair
gerecht	just
gerechtfertigt	justify
gerechtigkeit	justice
gerechtigkeit	fairness
geredet	talk
geredet	speak
geregelt	regulate
geregelt	settle
geregnet	rain
geregt	move
geregt	stir
gereicht	be enough
gereicht	reach
gereicht	hand
gereinigt	clean
gereist	travel
gereizt	tempt
gereizt	irritate
gerettet	save
gerettet	rescue
gericht	court
gericht	dish
gerichte	courts
gerichtet	direct
gerichtet	aim
gerichtet	judge
gerichtshof	court of justice
gerieben	rub
geriet	get into
gering	low
gering	small
gering	slight
geringer	lower
geringer	smaller
gerissen	tear
gerissen	rip
geritten	ride
gern	gladly
gern	willingly
gerne	gladly
gerne	willingly
gerochen	smell
gerollt	roll
geronnen	run
geronnen	trickle
gerufen	call
gerufen	shout
gerungen	wrestle
gerungen	struggle
gerutscht	slide
gerutscht	slip
gerät	device
gerät	equipment
geräumt	clear
geräumt	tidy
geräusch	noise
geräusch	sound
geröll	scree
geröll	debris
geröllhang	scree slope
gerücht	rumour
gerühmt	praise
gerührt	stir
gerührt	move
gerüstet	arm
gerüstet	equip
gesagt	say
gesagt	tell
gesammelt	collect
gesammelt	gather
gesamt	total
gesamt	whole
gesamt	entire
gesamte	total
gesamte	whole
gesamte	entire
gesamtheit	entirety
gesamtheit	whole
gesandt	send
gesaust	rush
gesaust	whiz
geschadet	harm
geschadet	damage
geschaffen	create
geschaffen	manage
geschah	happen
geschaltet	switch
geschaufelt	shovel
geschaut	look
geschaut	watch
geschehen	happen
gescheitert	fail
geschenk	present
geschenk	gift
geschenkt	give
geschenkt	donate
gescherzt	joke
gescheut	shy away
gescheut	fear
geschichte	history
geschichte	story
geschick	skill
geschick	fate
geschickt	send
geschickt	skilful
geschickt	clever
geschieht	happen
geschienen	seem
geschienen	shine
geschildert	describe
geschildert	portray
geschimmert	shimmer
geschimpft	scold
geschimpft	grumble
geschlachtet	slaughter
geschlafen	sleep
geschlagen	beat
geschlagen	hit
geschlagen	strike
geschleppt	drag
geschleppt	haul
geschlichen	creep
geschlichen	sneak
geschlossen	close
geschlossen	shut
geschlossen	conclude
geschlossen	closed
geschmack	taste
geschmeckt	taste
geschmerzt	hurt
geschmerzt	ache
geschmissen	throw
geschmolzen	melt
geschmückt	decorate
geschneit	snow
geschnitten	cut
geschnitten	cut into
geschnitten	incise
geschoben	push
gescholten	scold
geschont	spare
geschont	protect
geschossen	shoot
geschrieben	write
geschrien	scream
geschrien	shout
geschunden	flay
geschunden	toil
geschwankt	sway
geschwankt	fluctuate
geschwiegen	be silent
geschwindigkeit	speed
geschwindigkeit	velocity
geschwitzt	sweat
geschwollen	swell
geschwommen	swim
geschworen	swear
geschwunden	dwindle
geschwunden	fade
geschwungen	swing
geschwärmt	rave
geschwärmt	swarm
geschädigt	damage
geschädigt	harm
geschäft	business
geschäft	shop
geschäft	deal
geschätzt	estimate
geschätzt	value
geschätzt	appreciate
geschöpf	creature
geschöpft	draw
geschöpft	scoop
geschützt	protect
gesegelt	sail
gesehen	see
gesehnt	long
gesehnt	yearn
gesellschaft	society
gesellschaft	company
gesenkt	lower
gesenkt	reduce
gesessen	sit
gesetz	law
gesetz	act
gesetze	laws
gesetzgebung	legislation
gesetzlich	legal
gesetzlich	statutory
gesetzt	set
gesetzt	put
gesetzt	place
gesichert	secure
gesichert	protect
gesicht	face
gesiegt	win
gesinnung	attitude
gesinnung	conviction
gesoffen	drink
gesogen	suck
gesollt	should
gesollt	shall
gesorgt	care
gesorgt	worry
gesorgt	provide
gesotten	boil
gespaltet	split
gespannt	stretch
gespannt	tighten
gespart	save
gespeist	eat
gespeist	feed
gespendet	donate
gesperrt	block
gesperrt	close
gespiegelt	reflect
gespiegelt	mirror
gespielt	play
gesponnen	spin
gespottet	mock
gespottet	scoff
gesprochen	speak
gesprochen	talk
gesprungen	jump
gespräch	conversation
gespräch	talk
gespurt	break trail
gespurt	make tracks
gespäht	peer
gespäht	scout
gespült	rinse
gespürt	feel
gespürt	sense
gestalt	figure
gestalt	shape
gestalt	form
gestalten	shape
gestalten	design
gestaltet	shape
gestaltet	design
gestaltung	design
gestaltung	organization
gestammt	come from
gestammt	originate
gestampft	stamp
gestampft	trample
gestand	confess
gestand	admit
gestanden	stand
gestapft	trudge
gestapft	tramp
gestarrt	stare
gestartet	start
gestartet	take off
gestatten	permit
gestatten	allow
gestattet	permit
gestattet	allow
gestaunt	be amazed
gestaunt	marvel
gesteckt	put
gesteckt	stick
gestehen	confess
gestehen	admit
gesteht	confess
gesteht	admit
gesteigert	increase
gesteigert	raise
gestein	rock
gestein	rocks
gestellt	put
gestellt	place
gestellt	set
gestern	yesterday
gesteuert	steer
gesteuert	control
gestiegen	climb
gestiegen	rise
gestimmt	be correct
gestimmt	vote
gestochen	sting
gestochen	prick
gestohlen	steal
gestoppt	stop
gestorben	die
gestorben	died
gestorben	dead
gestossen	push
gestossen	bump
gestrahlt	shine
gestrahlt	beam
gestrahlt	radiate
gestrebt	strive
gestreckt	stretch
gestreut	scatter
gestreut	spread
gestrichen	paint
gestrichen	delete
gestrichen	stroke
gestritten	argue
gestritten	quarrel
gestunken	stink
gestärkt	strengthen
gestört	disturb
gestürmt	storm
gestürzt	fall
gestürzt	plunge
gestürzt	overthrow
gestützt	support
gesuch	application
gesuch	request
gesucht	search
gesucht	look for
gesund	healthy
gesundheit	health
gesungen	sing
gesunken	sink
gesunken	fall
gesättigt	satisfy
gesättigt	saturate
getan	do
getankt	refuel
getanzt	dance
getastet	feel
getastet	grope
getaucht	dive
getaumelt	stagger
getaumelt	reel
getaut	thaw
geteilt	share
geteilt	divide
getestet	test
getrachtet	strive
getragen	carry
getragen	wear
getrauert	mourn
getraut	trust
getraut	dare
getreide	grain
getreide	cereals
getrennt	separate
getreten	step
getreten	kick
getrieben	drive
getrieben	drift
getrieben	practise
getrocknet	dry
getroffen	meet
getroffen	hit
getrunken	drink
getränk	drink
getränk	beverage
geträumt	dream
geturnt	do gymnastics
getötet	kill
geurteilt	judge
gewachsen	grow
gewacht	watch
gewacht	be awake
gewagt	dare
gewagt	venture
gewahrt	preserve
gewahrt	maintain
gewalt	violence
gewalt	force
gewalt	power
gewaltet	rule
gewaltig	enormous
gewaltig	huge
gewaltig	mighty
gewaltigen	enormous
gewaltigen	huge
gewandert	hike
gewandert	walk
gewandert	wander
gewandt	turn
gewann	win
gewann	gain
gewarnt	warn
gewartet	wait
gewaschen	wash
gewechselt	change
gewechselt	exchange
geweckt	wake
gewehrt	defend
gewehrt	resist
geweigert	refuse
geweint	cry
geweint	weep
gewerkschaft	trade union
gewesen	be
gewettet	bet
gewichen	yield
gewichen	give way
gewicht	weight
gewidmet	dedicate
gewidmet	devote
gewiesen	point
gewiesen	show
gewinkt	wave
gewinn	profit
gewinn	gain
gewinn	prize
gewinnen	win
gewinnen	gain
gewinnt	win
gewinnt	gain
gewirkt	work
gewirkt	have an effect
gewirkt	seem
gewiss	certain
gewiss	certainly
gewissen	conscience
gewissheit	certainty
gewitter	thunderstorm
gewitterwolke	thundercloud
gewogen	weigh
gewohnheit	habit
gewohnt	live
gewohnt	reside
gewohnt	usual
gewohnt	accustomed
gewollt	want
gewonnen	win
gewonnen	gain
geworben	advertise
geworben	recruit
geworden	become
geworden	will
geworden	became
geworfen	throw
gewunden	wind
gewunden	twist
gewundert	surprise
gewundert	wonder
gewusst	know
gewählt	choose
gewählt	elect
gewählt	vote
gewähren	grant
gewährt	grant
gewärmt	warm
gewöhnen	get used to
gewöhnlich	ordinary
gewöhnlich	usually
gewöhnlich	usual
gewöhnt	get used to
gewühlt	dig
gewühlt	rummage
gewünscht	wish
gewünscht	want
gewürdigt	appreciate
gewürdigt	honour
gewürzt	season
gezahlt	pay
gezaubert	conjure
gezeichnt	draw
gezeigt	show
gezeltet	camp
gezeugt	testify
gezeugt	father
gezielt	aim
gezimmert	build
gezimmert	carpenter
gezittert	tremble
gezittert	shiver
gezogen	pull
gezogen	move
gezogen	draw
gezweifelt	doubt
gezwungen	force
gezwungen	compel
gezählt	count
gezögert	hesitate
gezündet	ignite
geändert	change
geändert	alter
geäussert	express
geäussert	state
geöffnet	open
geübt	practise
gibt	give
gier	greed
gierig	greedy
giessen	pour
giessend	pour
giesst	pour
gilt	be valid
gilt	be considered
ging	go
ging	walk
gipfel	summit
gipfel	peak
gipfel	top
gipfelanstieg	summit climb
gipfelaufbau	summit block
gipfelbesteigung	ascent of the summit
gipfelbuch	summit register
gipfelerfolg	summit success
gipfelgrat	summit ridge
gipfelhang	summit slope
gipfelkreuz	summit cross
gipfelmannschaft	summit team
gipfelmannschaft	summit party
gipfelmannschaften	summit teams
gipfelmannschaften	summit parties
gipfelpunkt	summit
gipfelpunkt	highest point
gipfelpyramide	summit pyramid
gipfelrast	rest on the summit
gipfelsieg	summit success
gipfelsturm	summit attempt
gipfelsturm	summit push
gipfeltag	summit day
gipfeltreffen	summit meeting
gipfeltreffen	summit
gipfelversuch	summit attempt
gipfelwand	summit face
gipfelwelt	world of peaks
glacier	glacier
glanz	shine
glanz	splendour
glarus	Glarus
glas	glass
glatt	smooth
glatt	slippery
glaube	belief
glaube	faith
glauben	believe
glauben	think
glaubend	believe
glaubend	think
glaubt	believe
glaubt	think
glaziologe	glaciologist
glaziologie	glaciology
glaziologisch	glaciological
gleich	same
gleich	equal
gleich	immediately
gleichen	resemble
gleichend	resemble
gleichfalls	likewise
gleichgewicht	balance
gleichgewicht	equilibrium
gleichgültigkeit	indifference
gleichheit	equality
gleichmässig	even
gleichmässig	regular
gleichmässig	uniform
gleicht	resemble
gleichzeitig	simultaneous
gleichzeitig	at the same time
gleiten	glide
gleiten	slide
gleitend	glide
gleitend	slide
gleitet	glide
gleitet	slide
gletscher	glacier
gletscherarm	glacier arm
gletscherarm	branch of the glacier
gletscherbach	glacial stream
gletscherbecken	glacier basin
gletscherbeobachtung	glacier observation
gletscherbrille	glacier glasses
gletscherbruch	icefall
gletschereis	glacier ice
gletscherende	glacier snout
gletscherende	end of the glacier
gletscherfahrt	glacier trip
gletscherfahrt	glacier crossing
gletscherfeld	glacier field
gletscherfläche	glacier surface
gletscherkunde	glaciology
gletscherrand	edge of the glacier
gletscherrückgang	glacier retreat
gletschers	glacier
gletscherschliff	glacial polish
gletscherschwund	glacier retreat
gletscherspalte	crevasse
gletscherstrom	glacier
gletscherstrom	ice stream
gletschertal	glacial valley
gletschertor	glacier mouth
gletschertor	glacier portal
gletschertour	glacier tour
gletschervorstoss	glacier advance
gletscherwasser	glacier water
gletscherwasser	meltwater
gletscherwelt	world of glaciers
gletscherzone	glacier zone
gletscherzunge	glacier tongue
gletscherzunge	snout
glich	resemble
gliedern	structure
gliedern	divide
gliedernd	structure
gliedernd	divide
gliedert	structure
gliedert	divide
glitt	glide
glitt	slide
glänzen	shine
glänzend	shine
glänzt	shine
glück	luck
glück	happiness
glücklich	happy
glücklich	lucky
glücklicherweise	fortunately
glücklicherweise	luckily
glühen	glow
glühend	glow
glüht	glow
gneis	gneiss
gold	gold
golden	golden
gorilla	gorilla
goss	pour
gott	God
gott	god
gotthard	Gotthard
gottheit	deity
gottheit	god
graben	dig
grabend	dig
grad	degree
graf	count
gramm	gram
grandios	magnificent
grandios	grand
granit	granite
gras	grass
grashang	grassy slope
grat	ridge
grat	crest
gratscharte	notch in the ridge
gratschulter	ridge shoulder
gratulieren	congratulate
gratulierend	congratulate
gratuliert	congratulate
grau	grey
grau	gray
graubünden	Grisons
grausam	cruel
greifen	grab
greifen	grasp
greifen	seize
greifend	grab
greifend	grasp
greifend	seize
greift	grab
greift	grasp
greift	seize
gremium	body
gremium	committee
grenze	border
grenze	frontier
grenze	limit
grenzen	border
grenzend	border
grenzgebiet	border area
grenzkamm	frontier ridge
grenzt	border
griechenland	Greece
griechisch	Greek
griff	grab
griff	grasp
griff	seize
griff	hold
griff	handhold
griff	grip
griffe	holds
griffe	handholds
grimmig	grim
grimmig	fierce
grimsel	Grimsel
grindelwald	Grindelwald
grippe	flu
grippe	influenza
grob	coarse
grob	rough
gross	big
gross	large
gross	great
gross	tall
grossartig	great
grossartig	magnificent
grossbritannien	Great Britain
grossbritannien	Britain
grossenteils	largely
grossenteils	to a large extent
grossexpedition	large expedition
grossmutter	grandmother
grossrat	cantonal parliament
grossvater	grandfather
grotte	grotto
grub	dig
grund	reason
grund	ground
grund	bottom
grundlage	basis
grundlage	foundation
grundlawine	ground avalanche
grundlegend	fundamental
grundsatz	principle
grundsätzlich	fundamental
grundsätzlich	basically
gruppe	group
gruss	greeting
gräbt	dig
grönland	Greenland
grösse	size
grösse	greatness
grösse	height
grösste	big
grösste	large
grösste	great
grösste	tall
grösstenteils	mostly
grösstenteils	for the most part
grün	green
gründen	found
gründen	establish
gründend	found
gründend	establish
gründet	found
gründet	establish
gründlich	thorough
grüssen	greet
grüssend	greet
grüsst	greet
gunst	favour
gut	good
gut	estate
gut	goods
gut	well
gämse	chamois
gänzlich	entirely
gäste	guests
gültig	valid
gültige	valid
günstig	favourable
günstig	cheap
haar	hair
haben	have
habend	have
hafen	port
hafen	harbour
haft	custody
haft	imprisonment
hagel	hail
haken	peg
haken	piton
haken	hook
hakensicherung	piton belay
hakensicherung	protection
hakentechnik	aid climbing
hakentechnik	piton technique
halb	half
halbinsel	peninsula
half	help
hals	neck
hals	throat
haltbar	durable
haltbar	tenable
halten	hold
halten	keep
halten	stop
haltend	hold
haltend	keep
haltend	stop
haltung	attitude
haltung	posture
hamburg	Hamburg
hand	hand
handel	trade
handel	commerce
handeln	act
handeln	trade
handeln	deal
handelnd	act
handelnd	trade
handelnd	deal
handelt	act
handelt	trade
handelt	deal
handlung	action
handlung	act
handlung	plot
handschuh	glove
handschuhe	gloves
handvoll	handful
handwerker	craftsman
hang	slope
hang	hillside
harmlos	harmless
harsch	crust
harsch	crusted snow
hart	hard
hart	harsh
hartnäckig	stubborn
hartnäckig	persistent
hase	hare
hassen	hate
hassend	hate
hasst	hate
hast	have
hast	haste
hastig	hasty
hat	have
hatte	have
hauen	hit
hauen	hew
hauend	hit
hauend	hew
haupt	head
hauptgipfel	main summit
hauptgletscher	main glacier
hauptkette	main range
hauptkette	main chain
hauptlager	main camp
hauptlager	base camp
hauptmann	captain
hauptsache	main thing
hauptstadt	capital
hauptsächlich	mainly
hauptsächlich	chiefly
hauptsächlich	main
haupttal	main valley
haus	house
haus	home
hausen	dwell
hausend	dwell
haushalt	budget
haushalt	household
haust	dwell
haut	hit
haut	hew
haut	skin
heben	lift
heben	raise
hebend	lift
hebend	raise
hebt	lift
hebt	raise
hebung	uplift
hebung	raising
heftig	violent
heftig	heavy
heftig	fierce
heikel	delicate
heikel	tricky
heikle	delicate
heikle	tricky
heil	whole
heil	unhurt
heilen	heal
heilen	cure
heilend	heal
heilend	cure
heilig	holy
heilig	sacred
heilt	heal
heilt	cure
heimat	home
heimat	homeland
heimkehren	return home
heimkehrt	return home
heimlich	secret
heimlich	secretly
heiss	hot
heissen	be called
heissen	mean
heissend	be called
heissend	mean
heisst	be called
heisst	mean
heiter	cheerful
heiter	fair
heiterkeit	cheerfulness
heizen	heat
heizend	heat
heizt	heat
hektar	hectare
held	hero
heldin	heroine
helfen	help
helfend	help
helikopter	helicopter
hell	bright
hell	light
herab	down
herabgezogen	pull down
herabgezogen	run down
herabziehen	pull down
herabziehen	run down
herangezogen	consult
herangezogen	draw on
heranziehen	consult
heranziehen	draw on
heranzieht	consult
heranzieht	draw on
heranzog	consult
heranzog	draw on
heranzuziehen	consult
heranzuziehen	draw on
herauf	up
heraufgekommen	come up
heraufgesetzt	raise
heraufkam	come up
heraufkommen	come up
heraufkommt	come up
heraufsetzen	raise
heraufsetzt	raise
heraufzukommen	come up
heraufzusetzen	raise
heraus	out
herausfand	find out
herausfinden	find out
herausfindet	find out
herausforderung	challenge
herausgab	publish
herausgab	edit
herausgeben	publish
herausgeben	edit
herausgeber	editor
herausgeber	publisher
herausgefunden	find out
herausgegeben	publish
herausgegeben	edit
herausgekommen	come out
herausgibt	publish
herausgibt	edit
herauskam	come out
herauskommen	come out
herauskommt	come out
herauszufinden	find out
herauszugeben	publish
herauszugeben	edit
herauszukommen	come out
herberge	hostel
herberge	inn
herbst	autumn
herbst	fall
herein	in
hergerichtet	prepare
hergerichtet	fix up
hergestellt	produce
hergestellt	manufacture
herkunft	origin
herr	Mr
herr	gentleman
herr	lord
herren	gentlemen
herrichten	prepare
herrichten	fix up
herrichtet	prepare
herrichtet	fix up
herrlich	wonderful
herrlich	glorious
herrschaft	rule
herrschaft	reign
herrschaft	dominion
herrscher	ruler
herstellen	produce
herstellen	manufacture
herstellt	produce
herstellt	manufacture
herstellung	production
herstellung	manufacture
herum	around
herum	round
herumkriechen	crawl around
herunter	down
heruntergerutscht	slide down
herunterkommen	come down
herunterrutschen	slide down
herunterrutscht	slide down
herunterzurutschen	slide down
hervorbrachte	produce
hervorbringen	produce
hervorbringt	produce
hervorgebracht	produce
hervorgegangen	emerge
hervorgegangen	follow
hervorgehen	emerge
hervorgehen	follow
hervorgehoben	emphasize
hervorgehoben	highlight
hervorgeht	emerge
hervorgeht	follow
hervorgerufen	cause
hervorgerufen	evoke
hervorgetreten	stand out
hervorgetreten	emerge
hervorging	emerge
hervorging	follow
hervorheben	emphasize
hervorheben	highlight
hervorhebt	emphasize
hervorhebt	highlight
hervorhob	emphasize
hervorhob	highlight
hervorragend	excellent
hervorragend	outstanding
hervorrief	cause
hervorrief	evoke
hervorrufen	cause
hervorrufen	evoke
hervorruft	cause
hervorruft	evoke
hervortrat	stand out
hervortrat	emerge
hervortreten	stand out
hervortreten	emerge
hervortritt	stand out
hervortritt	emerge
hervorzubringen	produce
hervorzugehen	emerge
hervorzugehen	follow
hervorzuheben	emphasize
hervorzuheben	highlight
hervorzurufen	cause
hervorzurufen	evoke
hervorzutreten	stand out
hervorzutreten	emerge
herz	heart
herzog	duke
herzurichten	prepare
herzurichten	fix up
herzustellen	produce
herzustellen	manufacture
herüber	over
hetzen	rush
hetzen	incite
hetzend	rush
hetzend	incite
hetzt	rush
hetzt	incite
heuer	this year
heute	today
heutig	today's
heutig	present
heutige	today's
heutige	present
hieb	hit
hieb	hew
hielt	hold
hielt	keep
hielt	stop
hier	here
hiess	be called
hiess	mean
hilfe	help
hilfe	aid
hilfe	assistance
hilflos	helpless
hilflosigkeit	helplessness
hilfsbereitschaft	helpfulness
hilfsbereitschaft	willingness to help
hilft	help
himalaja	Himalaya
himalaja	Himalayas
himalaya	Himalaya
himalaya	Himalayas
himalaya-berge	Himalayan mountains
himalaya-chronik	Himalayan chronicle
himalaya-expedition	Himalayan expedition
himalaya-fahrt	Himalayan expedition
himalaya-gesellschaft	Himalayan society
himalayaexpedition	Himalayan expedition
himmel	sky
himmel	heaven
hinab	down
hinabgestiegen	climb down
hinabgestiegen	descend
hinabsteigen	climb down
hinabsteigen	descend
hinabsteigt	climb down
hinabsteigt	descend
hinabstieg	climb down
hinabstieg	descend
hinabzusteigen	climb down
hinabzusteigen	descend
hinauf	up
hinauf	upwards
hinaufgegangen	go up
hinaufgehen	go up
hinaufgeht	go up
hinaufgekommen	get up
hinaufgestiegen	climb up
hinaufging	go up
hinaufkam	get up
hinaufkommen	get up
hinaufkommt	get up
hinaufsteigen	climb up
hinaufsteigt	climb up
hinaufstieg	climb up
hinaufzugehen	go up
hinaufzukommen	get up
hinaufzusteigen	climb up
hinaus	out
hindern	prevent
hindern	hinder
hindernd	prevent
hindernd	hinder
hindernis	obstacle
hindert	prevent
hindert	hinder
hindukusch	Hindu Kush
hinein	in
hinein	into
hing	hang
hingabe	devotion
hingabe	dedication
hingewiesen	point out
hingewiesen	indicate
hingezogen	drag on
hingezogen	stretch
hinreichend	sufficient
hinsicht	respect
hinsicht	regard
hinsichtlich	regarding
hinsichtlich	with regard to
hinten	behind
hinten	at the back
hinter	behind
hintere	rear
hintere	back
hintereinander	one after another
hintereinander	in a row
hinterlassen	leave behind
hinterliess	leave behind
hinterlässt	leave behind
hinterteil	backside
hinterteil	rear
hinunter	down
hinweis	hint
hinweis	indication
hinweis	reference
hinweisen	point out
hinweisen	indicate
hinweist	point out
hinweist	indicate
hinwies	point out
hinwies	indicate
hinziehen	drag on
hinziehen	stretch
hinzieht	drag on
hinzieht	stretch
hinzog	drag on
hinzog	stretch
hinzufügen	add
hinzufügt	add
hinzugefügt	add
hinzugekommen	be added
hinzukam	be added
hinzukommen	be added
hinzukommt	be added
hinzuweisen	point out
hinzuweisen	indicate
hinzuziehen	drag on
hinzuziehen	stretch
hinzuzufügen	add
hinzuzukommen	be added
hinüber	over
hinüber	across
hirsch	deer
hirsch	stag
hirt	shepherd
hirt	herdsman
hirte	shepherd
hirte	herdsman
historiker	historian
historisch	historic
historisch	historical
hitze	heat
hob	lift
hob	raise
hoch	high
hoch	tall
hochalpin	high alpine
hochebene	plateau
hochgebirge	high mountains
hochgebirgsexpedition	high-mountain expedition
hochgipfel	high peak
hochlager	high camp
hochschule	university
hochschule	college
hochsommer	midsummer
hochsommer	high summer
hochtal	high valley
hochtour	high-altitude tour
hochtour	mountaineering tour
hochtouren	high-altitude tours
hochträger	high-altitude porter
hochwasser	flood
hochwasser	high water
hoffen	hope
hoffend	hope
hoffentlich	hopefully
hoffnung	hope
hoffnungslos	hopeless
hoffnungsvoll	hopeful
hofft	hope
hohe	high
hohl	hollow
hohlkehle	groove
hohlkehle	hollow
holen	fetch
holen	get
holend	fetch
holend	get
holland	Holland
holländisch	Dutch
holt	fetch
holt	get
holz	wood
holz	timber
horizont	horizon
horizontal	horizontal
horn	horn
horn	peak
hose	trousers
hotel	hotel
hr	Mr
hubschrauber	helicopter
huhn	chicken
humor	humour
hund	dog
hundert	hundred
hunger	hunger
husten	cough
hustend	cough
hustet	cough
hut	hat
hypothese	hypothesis
hälfte	half
hämmern	hammer
hämmernd	hammer
hämmert	hammer
hände	hands
händler	trader
händler	dealer
hängegletscher	hanging glacier
hängen	hang
hängend	hang
hängt	hang
hässlich	ugly
häufen	pile up
häufen	accumulate
häufend	pile up
häufend	accumulate
häufig	frequent
häufig	often
häuft	pile up
häuft	accumulate
höchst	highest
höchst	extremely
höchste	highest
höchste	top
höchstens	at most
höflichkeit	politeness
höflichkeit	courtesy
höhe	height
höhe	altitude
höhe	level
höhenangabe	height
höhenangabe	altitude figure
höhenkrankheit	altitude sickness
höhenkrankheit	mountain sickness
höhenkurve	contour line
höhenlage	altitude
höhenlage	elevation
höhenlinie	contour line
höhenmesser	altimeter
höhenmessung	altitude measurement
höhenmeter	metres of ascent
höhenmeter	vertical metres
höhenunterschied	difference in altitude
höhenunterschied	height difference
höhenweg	high-level route
höhenweg	high path
höhenzahl	height
höhenzahl	altitude figure
höhenzug	range of hills
höhenzug	ridge
höhenzüge	ranges of hills
höhenzüge	ridges
höhepunkt	highlight
höhepunkt	climax
höhepunkt	peak
höhepunkt	high point
höher	higher
höhle	cave
hörbar	audible
hören	hear
hören	listen
hörend	hear
hörend	listen
hört	hear
hört	listen
hübsch	pretty
hübsch	nice
hübsche	pretty
hübsche	nice
hügel	hill
hügelland	hilly country
hüpfen	hop
hüpfen	jump
hüpfend	hop
hüpfend	jump
hüpft	hop
hüpft	jump
hüten	guard
hüten	tend
hütend	guard
hütend	tend
hütet	guard
hütet	tend
hütte	hut
hütte	cabin
hütten	huts
hüttenbesuch	visit to the hut
hüttenbuch	hut book
hüttenwart	hut warden
hüttenwart	hut keeper
hüttenwartin	hut warden
hüttenweg	path to the hut
hüttenwirt	hut keeper
ideal	ideal
idee	idea
identifizieren	identify
identifizierend	identify
identifiziert	identify
identisch	identical
ideologie	ideology
ignorieren	ignore
ignorierend	ignore
ignoriert	ignore
illegal	illegal
illustrieren	illustrate
illustrierend	illustrate
illustriert	illustrate
illustriert	illustrated
immer	always
immer	ever
immerhin	at least
immerhin	after all
immobilien	real estate
immobilien	property
impfung	vaccination
import	import
improvisieren	improvise
improvisierend	improvise
improvisiert	improvise
inbegriff	epitome
inder	Indian
inder	Indians
indien	India
indisch	Indian
indische	Indian
industrie	industry
industriell	industrial
infektion	infection
inflation	inflation
infolge	as a result of
informieren	inform
informierend	inform
informiert	inform
ingenieur	engineer
inhalt	content
inhalt	contents
initiative	initiative
inmitten	in the middle of
inmitten	amid
inn	Inn
innen	inside
innenminister	interior minister
innenpolitik	domestic policy
innere	inner
innere	internal
innerhalb	within
innerhalb	inside
insbesondere	especially
insbesondere	in particular
insekt	insect
insel	island
inspirieren	inspire
inspirierend	inspire
inspiriert	inspire
installieren	install
installierend	install
installiert	install
institut	institute
instrument	instrument
integrieren	integrate
integrierend	integrate
integriert	integrate
intelligenz	intelligence
intensiv	intensive
intensiv	intense
interessant	interesting
interesse	interest
interessieren	interest
interessierend	interest
interessiert	interest
interessiert	interested
interlaken	Interlaken
international	international
internet	internet
investieren	invest
investierend	invest
investiert	invest
investition	investment
investitionen	investments
investor	investor
inzwischen	meanwhile
iran	Iran
irgendwo	somewhere
irisch	Irish
irland	Ireland
irrtum	error
irrtum	mistake
irrtümlich	mistaken
irrtümlich	by mistake
islamisch	Islamic
island	Iceland
isolieren	isolate
isolieren	insulate
isolierend	isolate
isolierend	insulate
isoliert	isolate
isoliert	insulate
isst	eat
ist	be
italien	Italy
italiener	Italian
italiener	Italians
italienisch	Italian
jacke	jacket
jagd	hunt
jagd	hunting
jagen	hunt
jagen	chase
jagend	hunt
jagend	chase
jagt	hunt
jagt	chase
jahr	year
jahrbuch	yearbook
jahre	years
jahrelang	for years
jahren	years
jahreszeit	season
jahrhundert	century
jahrhunderte	centuries
jahrtausend	millennium
jahrzehnt	decade
jahrzehnte	decades
jammern	moan
jammern	complain
jammernd	moan
jammernd	complain
jammert	moan
jammert	complain
januar	January
japan	Japan
japaner	Japanese
japanisch	Japanese
je	ever
je	each
je	per
jede	every
jede	each
jedenfalls	in any case
jedenfalls	anyway
jeder	every
jeder	each
jeder	everyone
jedes mal	every time
jedesmal	every time
jedoch	however
jemals	ever
jemand	somebody
jemand	someone
jenseits	beyond
jenseits	on the other side
jetzt	now
jeweilig	respective
jeweils	each
jeweils	respectively
joch	col
joch	pass
joch	yoke
journal	journal
journalist	journalist
journalistin	journalist
jugend	youth
jugendliche	young people
jugendliche	adolescent
jugoslawien	Yugoslavia
juli	July
jung	young
junge	boy
junge	young
jungfrau	Jungfrau
jungfrau	virgin
jungfraujoch	Jungfraujoch
juni	June
jura	Jura
justiz	justice
justiz	judiciary
justizminister	justice minister
jäger	hunter
jäh	sudden
jäh	steep
jäh	abrupt
jährlich	yearly
jährlich	annual
jänner	January
jüdisch	Jewish
kabel	cable
kabinett	cabinet
kaffee	coffee
kahl	bare
kahl	bald
kaiser	emperor
kaiserin	empress
kaiserreich	empire
kalk	limestone
kalk	lime
kalkalpen	limestone Alps
kalkstein	limestone
kalkulieren	calculate
kalkulierend	calculate
kalkuliert	calculate
kalt	cold
kam	come
kamel	camel
kamera	camera
kamerad	comrade
kamerad	companion
kameraden	companions
kameraden	comrades
kameradschaft	comradeship
kameradschaft	camaraderie
kamin	chimney
kamm	ridge
kamm	crest
kamm	comb
kampf	fight
kampf	struggle
kampf	battle
kanada	Canada
kanadisch	Canadian
kanal	canal
kanal	channel
kandidat	candidate
kandidatin	candidate
kandidatur	candidacy
kann	can
kann	be able
kannte	know
kante	edge
kante	arête
kantig	angular
kantig	edged
kanton	canton
kantonal	cantonal
kantone	cantons
kanzler	chancellor
kapital	capital
kapitalismus	capitalism
kapitel	chapter
kapitulieren	capitulate
kapitulieren	surrender
kapitulierend	capitulate
kapitulierend	surrender
kapituliert	capitulate
kapituliert	surrender
kapitän	captain
kar	cirque
kar	corrie
karabiner	karabiner
karabiner	carabiner
karakorum	Karakoram
karg	barren
karg	meagre
karpaten	Carpathians
karte	map
karte	card
karte	ticket
kartenblatt	map sheet
kartenskizze	sketch map
kartenwerk	map series
kartoffel	potato
kartoffeln	potatoes
kartographie	cartography
kaschmir	Kashmir
kassier	treasurer
kassierer	cashier
kassierer	treasurer
katastrophe	disaster
katastrophe	catastrophe
kathmandu	Kathmandu
katholisch	Catholic
katze	cat
kauen	chew
kauend	chew
kauf	purchase
kaufen	buy
kaufend	buy
kauft	buy
kaukasus	Caucasus
kaum	hardly
kaum	barely
kaut	chew
kegel	cone
kehren	turn
kehren	sweep
kehrend	turn
kehrend	sweep
kehrt	turn
kehrt	sweep
kein	no
kein	none
keine	no
keine	none
keinesfalls	by no means
keinesfalls	under no circumstances
keineswegs	by no means
keineswegs	not at all
kellner	waiter
kenia	Kenya
kennen	know
kennend	know
kennt	know
kenntnis	knowledge
kenntnisse	knowledge
kennzeichnen	mark
kennzeichnen	characterize
kennzeichnt	mark
kennzeichnt	characterize
kern	core
kern	nucleus
kern	kernel
kernkraft	nuclear power
kessel	basin
kessel	cirque
kessel	kettle
kg	kilogram
kg	kg
kiefer	pine
kiefer	jaw
kies	gravel
kilimandscharo	Kilimanjaro
kilo	kilo
kilogramm	kilogram
kilometer	kilometre
kilometer	kilometer
kind	child
kinder	children
kindheit	childhood
kirche	church
klage	complaint
klage	lawsuit
klage	action
klagen	complain
klagen	sue
klagend	complain
klagend	sue
klagt	complain
klagt	sue
klamm	gorge
klamm	ravine
klammern	cling
klammernd	cling
klammert	cling
klang	sound
klar	clear
klarer	clearer
klarheit	clarity
klarst	clear
klasse	class
klassifizieren	classify
klassifizierend	classify
klassifiziert	classify
kleben	stick
kleben	glue
klebend	stick
klebend	glue
klebt	stick
klebt	glue
kleid	dress
kleiden	dress
kleidend	dress
kleidet	dress
kleidung	clothing
kleidung	clothes
klein	small
klein	little
kleinigkeit	small thing
kleinigkeit	trifle
kletterei	climbing
kletterer	climber
kletterführer	climbing guide
kletterführer	guidebook
klettergarten	crag
klettergarten	climbing area
kletterin	climber
klettern	climb
klettern	climbing
kletternd	climb
kletterroute	climbing route
kletterschuh	climbing shoe
kletterstelle	climbing section
klettert	climb
klettertour	climb
klettertour	climbing route
klima	climate
klimaerwärmung	global warming
klimawandel	climate change
klimmen	climb
klimmend	climb
klingen	sound
klingend	sound
klingt	sound
klinik	clinic
klinik	hospital
klomm	climb
klopfen	knock
klopfend	knock
klopft	knock
klug	clever
klug	wise
kläger	plaintiff
klären	clarify
klären	clear up
klärend	clarify
klärend	clear up
klärt	clarify
klärt	clear up
km	km
km	kilometre
knie	knee
knochen	bone
knüpfen	tie
knüpfen	knot
knüpfend	tie
knüpfend	knot
knüpft	tie
knüpft	knot
koalition	coalition
koch	cook
kochen	cook
kochen	boil
kochend	cook
kochend	boil
kocher	stove
kocht	cook
kocht	boil
kochtopf	cooking pot
koffer	suitcase
kohle	coal
kollege	colleague
kollegen	colleagues
kolonial	colonial
kolonie	colony
kombinieren	combine
kombinierend	combine
kombiniert	combine
kommen	come
kommend	come
kommentar	comment
kommentar	commentary
kommentieren	comment
kommentierend	comment
kommentiert	comment
kommission	commission
kommt	come
kommunismus	communism
kommunistisch	communist
kommunizieren	communicate
kommunizierend	communicate
kommuniziert	communicate
kompass	compass
kompensieren	compensate
kompensierend	compensate
kompensiert	compensate
kompliziert	complicated
kondition	condition
kondition	fitness
konferenz	conference
konflikt	conflict
kongress	congress
konjunktur	economic situation
konjunktur	business cycle
konkret	concrete
konkret	specific
konkurrenz	competition
konkurrenz	rivals
konnte	can
konnte	be able
konservativ	conservative
konserven	tinned food
konserven	canned food
konstanz	Constance
konstruieren	construct
konstruierend	construct
konstruiert	construct
konsulat	consulate
konsum	consumption
konsumieren	consume
konsumierend	consume
konsumiert	consume
kontakt	contact
kontinent	continent
kontrolle	control
kontrolle	inspection
kontrollieren	check
kontrollieren	control
kontrollierend	check
kontrollierend	control
kontrolliert	check
kontrolliert	control
konzentrieren	concentrate
konzentrierend	concentrate
konzentriert	concentrate
konzept	concept
konzept	draft
konzern	group
konzern	corporation
koordinieren	coordinate
koordinierend	coordinate
koordiniert	coordinate
kopenhagen	Copenhagen
kopf	head
kopieren	copy
kopierend	copy
kopiert	copy
korea	Korea
korrekt	correct
korrektur	correction
korrekturen	corrections
korrigieren	correct
korrigierend	correct
korrigiert	correct
korruption	corruption
kostbar	precious
kostbar	valuable
kosten	cost
kosten	costs
kostend	cost
kostet	cost
kraft	strength
kraft	force
kraft	power
kraftwerk	power plant
kraftwerk	power station
krank	ill
krank	sick
kranke	patient
kranke	sick person
krankenhaus	hospital
krankenschwester	nurse
krankheit	illness
krankheit	disease
krater	crater
kraut	herb
kredit	credit
kredit	loan
kreis	circle
kreis	district
kreisen	circle
kreisend	circle
kreist	circle
kreuzen	cross
kreuzend	cross
kreuzt	cross
kriechen	crawl
kriechend	crawl
kriecht	crawl
krieg	war
kriege	wars
kriminalität	crime
kriminalität	criminality
kriminell	criminal
krise	crisis
kristall	crystal
kristalle	crystals
kristallin	crystalline
kritik	criticism
kritik	review
kritisieren	criticize
kritisierend	criticize
kritisiert	criticize
kroatien	Croatia
kroch	crawl
kräfte	strength
kräfte	forces
kräftig	strong
kräftig	powerful
kräuter	herbs
kuh	cow
kultur	culture
kulturell	cultural
kunde	customer
kunde	client
kunden	customers
kunden	clients
kundfahrt	reconnaissance expedition
kunst	art
kunstvoll	artistic
kunstvoll	elaborate
kupfer	copper
kuppe	dome
kuppe	rounded summit
kuppel	dome
kurort	health resort
kurort	spa
kurs	course
kurs	rate
kurz	short
kurz	brief
kälte	cold
kämmen	comb
kämmend	comb
kämmt	comb
kämpfen	fight
kämpfend	fight
kämpft	fight
kärglich	meagre
kärglich	scanty
käse	cheese
köchin	cook
köln	Cologne
könig	king
königin	queen
königreich	kingdom
können	can
können	be able
könnend	can
könnend	be able
körper	body
küche	kitchen
kühe	cows
kühl	cool
kühlen	cool
kühlend	cool
kühlt	cool
kühn	bold
kühn	daring
kühnheit	boldness
kühnheit	daring
kümmerlich	miserable
kümmerlich	meagre
kümmern	care
kümmern	look after
kümmernd	care
kümmernd	look after
kümmert	care
kümmert	look after
kündigen	announce
kündigen	cancel
kündigen	resign
kündigt	announce
kündigt	cancel
kündigt	resign
künftig	future
künstler	artist
künstlich	artificial
kürzen	shorten
kürzen	cut
kürzend	shorten
kürzend	cut
kürzlich	recently
kürzt	shorten
kürzt	cut
küssen	kiss
küssend	kiss
küsst	kiss
küste	coast
labor	laboratory
lachen	laugh
lachend	laugh
lacht	laugh
laden	load
laden	shop
laden	store
ladend	load
lag	lie
lag	be located
lage	situation
lage	position
lage	location
lager	camp
lager	store
lager	bearing
lagern	store
lagern	camp
lagernd	store
lagernd	camp
lagerplatz	campsite
lagert	store
lagert	camp
lama	lama
land	country
land	land
landen	land
landend	land
landesgrenze	national border
landestopographie	federal topography
landestopographie	national survey
landesvermessung	national survey
landet	land
landkarte	map
landkreis	district
landschaft	landscape
landschaft	scenery
landwirt	farmer
landwirtschaft	agriculture
landwirtschaft	farming
lang	long
langsam	slow
langsamer	slower
langweilig	boring
las	read
lassen	let
lassen	leave
lassend	let
lassend	leave
last	load
last	burden
lasten	weigh on
lasten	loads
lasten	burdens
lastend	weigh on
lastet	weigh on
lastwagen	lorry
lastwagen	truck
laterne	lantern
laubwald	deciduous forest
lauf	course
lauf	run
laufen	run
laufen	walk
laufend	run
laufend	walk
laune	mood
laut	loud
laut	according to
lawine	avalanche
lawinen	avalanches
lawinengefahr	avalanche danger
lawinenhund	avalanche dog
lawinenkegel	avalanche cone
lawinensicher	safe from avalanches
lawinenunglück	avalanche accident
lawinenverschüttete	avalanche victim
lawinenzug	avalanche path
lawinenzug	avalanche track
leben	live
leben	life
lebend	live
lebendig	alive
lebendig	lively
lebensgefahr	mortal danger
lebensgefährlich	life-threatening
lebensgefährlich	very dangerous
lebensmittel	food
lebensmittel	provisions
lebewesen	living being
lebewesen	creature
lebhaft	lively
lebhaft	vivid
lebt	live
lediglich	only
lediglich	merely
leer	empty
leeren	empty
leerend	empty
leert	empty
legal	legal
legen	lay
legen	put
legend	lay
legend	put
legende	legend
legendär	legendary
legt	lay
legt	put
lehm	loam
lehm	clay
lehne	slope
lehne	backrest
lehnen	lean
lehnend	lean
lehnt	lean
lehren	teach
lehrend	teach
lehrer	teacher
lehrerin	teacher
lehrt	teach
leiche	corpse
leiche	body
leicht	light
leicht	easy
leichtigkeit	ease
leichtigkeit	lightness
leiden	suffer
leidend	suffer
leidenschaft	passion
leidenschaftlich	passionate
leider	unfortunately
leidet	suffer
leihen	lend
leihen	borrow
leihend	lend
leihend	borrow
leiht	lend
leiht	borrow
leise	quiet
leise	soft
leiste	ledge
leiste	strip
leisten	achieve
leisten	perform
leisten	afford
leistend	achieve
leistend	perform
leistend	afford
leistet	achieve
leistet	perform
leistet	afford
leistung	performance
leistung	achievement
leistung	output
leiten	lead
leiten	direct
leiten	manage
leitend	lead
leitend	direct
leitend	manage
leiter	leader
leiter	head
leiter	ladder
leiter	director
leitet	lead
leitet	direct
leitet	manage
leitung	management
leitung	direction
leitung	leadership
leitung	line
lenken	steer
lenken	direct
lenkend	steer
lenkend	direct
lenkt	steer
lenkt	direct
lernen	learn
lernend	learn
lernt	learn
lesen	read
lesend	read
leser	reader
letzt	last
letzte	last
letzte	latest
letzter	last
letztlich	ultimately
leuchten	shine
leuchten	glow
leuchtend	shine
leuchtend	glow
leuchtet	shine
leuchtet	glow
leugnen	deny
leugnend	deny
leugnet	deny
leuk	Leuk
leute	people
leutnant	lieutenant
liberal	liberal
licht	light
lichtbrechung	refraction
lichten	thin
lichten	clear
lichtend	thin
lichtend	clear
lichtet	thin
lichtet	clear
lieb	dear
lieb	kind
liebe	love
lieben	love
liebend	love
lieber	rather
lieber	preferably
lieblich	lovely
lieblich	sweet
liebt	love
liechtenstein	Liechtenstein
lied	song
lief	run
lief	walk
liefern	deliver
liefern	supply
liefernd	deliver
liefernd	supply
liefert	deliver
liefert	supply
liegen	lie
liegen	be located
liegend	lie
liegend	be located
liegt	lie
liegt	be located
lieh	lend
lieh	borrow
liess	let
liess	leave
liest	read
limmat	Limmat
linie	line
links	left
links	on the left
lippe	lip
lissabon	Lisbon
liste	list
liter	litre
liter	liter
literatur	literature
litt	suffer
lizenz	licence
lizenz	license
loben	praise
lobend	praise
lobt	praise
loch	hole
locker	loose
locker	relaxed
lockern	loosen
lockernd	loosen
lockert	loosen
log	lie
lohn	wage
lohn	pay
lohn	reward
lohn	wages
lohnen	be worth
lohnend	be worth
lohnend	rewarding
lohnend	worthwhile
lohnt	be worth
lokal	local
lokomotive	locomotive
london	London
luchs	lynx
lud	load
luft	air
luftdruck	air pressure
luftfahrt	aviation
lunge	lung
lungen	lungs
lust	desire
lust	pleasure
luxemburg	Luxembourg
luzern	Lucerne
luzerner	Lucerne
lyon	Lyon
lyon	Lyons
lächeln	smile
lächelnd	smile
lächelt	smile
lächerlich	ridiculous
lächerlichkeit	ridicule
lächerlichkeit	absurdity
lädt	load
ländlich	rural
länge	longitude
länge	length
längengrad	degree of longitude
lärche	larch
lärm	noise
lärmen	make noise
lärmend	make noise
lärmt	make noise
lässt	let
lässt	leave
lästig	annoying
lästig	troublesome
läuft	run
läuft	walk
löhne	wages
lösen	solve
lösen	loosen
lösend	solve
lösend	loosen
löst	solve
löst	loosen
lötschberg	Lötschberg
löwe	lion
lücke	gap
lücke	col
lügen	lie
lügend	lie
lügt	lie
m	metre
m	metres
m	meter
machen	make
machen	do
machend	make
machend	do
macht	make
macht	do
macht	power
macht	might
mag	like
mag	would like
magen	stomach
mager	lean
mager	meagre
magst	like
magst	would like
mahlen	grind
mahlend	grind
mahlt	grind
mahlzeit	meal
mahnen	warn
mahnen	remind
mahnend	warn
mahnend	remind
mahnt	warn
mahnt	remind
mai	May
mailand	Milan
main	Main
mais	maize
mais	corn
major	major
mal	time
mal	occasion
malen	paint
malend	paint
maler	painter
malerisch	picturesque
malt	paint
manche	some
manche	many
manchmal	sometimes
mangel	lack
mangel	shortage
mangel	defect
mangelhaft	inadequate
mangelhaft	poor
mann	man
mann	husband
mannschaft	team
mannschaft	crew
mark	mark
markieren	mark
markierend	mark
markiert	mark
markierung	marking
markierung	waymark
markt	market
marktwirtschaft	market economy
marmor	marble
marschieren	march
marschierend	march
marschiert	march
marseille	Marseille
martinach	Martigny
maschine	machine
mass	measure
mass	degree
masse	mass
masse	crowd
massenanziehung	gravitation
massgebend	authoritative
massgebend	decisive
massiv	massif
massiv	solid
massiv	massive
massnahme	measure
massnahme	step
material	material
mathematik	mathematics
mathematisch	mathematical
matterhorn	Matterhorn
mauer	wall
mauerhaken	piton
maultier	mule
maus	mouse
medikament	medicine
medikament	drug
medikamente	medicines
medikamente	drugs
medizin	medicine
medizinisch	medical
meer	sea
meer	ocean
meereshöhe	altitude
meereshöhe	height above sea level
mehl	flour
mehr	more
mehren	increase
mehrend	increase
mehrere	several
mehrfach	repeatedly
mehrfach	several times
mehrheit	majority
mehrmals	several times
mehrt	increase
mehrtägig	several days long
mehrtägige	lasting several days
meiden	avoid
meidend	avoid
meidet	avoid
meinen	mean
meinen	think
meinend	mean
meinend	think
meint	mean
meint	think
meinung	opinion
meinung	view
meist	most
meist	mostly
meist	usually
meisten	most
meistens	mostly
meistens	usually
meister	master
meister	champion
meistern	master
meisternd	master
meistert	master
melden	report
melden	announce
meldend	report
meldend	announce
meldet	report
meldet	announce
melken	milk
melkend	milk
melkt	milk
menge	amount
menge	quantity
menge	crowd
mensch	human
mensch	person
mensch	people
mensch	human being
menschen	people
menschen	humans
menschenrechte	human rights
menschheit	mankind
menschheit	humanity
menschlich	human
merken	notice
merken	remember
merkend	notice
merkend	remember
merkmal	feature
merkmal	characteristic
merkt	notice
merkt	remember
merkwürdig	strange
merkwürdig	curious
messen	measure
messend	measure
messung	measurement
messungen	measurements
meteorologie	meteorology
meteorologisch	meteorological
meter	metre
meter	meter
meters	metre
meters	meter
methode	method
mexiko	Mexico
mied	avoid
miete	rent
mieten	rent
mietend	rent
mietet	rent
migration	migration
milch	milk
mild	mild
mildern	ease
mildern	mitigate
mildernd	ease
mildernd	mitigate
mildert	ease
mildert	mitigate
militär	military
militärisch	military
milliarde	billion
milliarden	billions
millimeter	millimetre
million	million
millionen	millions
minderheit	minority
mindestens	at least
mineral	mineral
mineralien	minerals
minimal	minimal
minister	minister
ministerin	minister
ministerium	ministry
ministerpräsident	prime minister
ministerpräsident	premier
minute	minute
minuten	minutes
misserfolg	failure
missgeschick	mishap
missgeschick	misfortune
misst	measure
misstrauen	distrust
misstrauen	mistrust
misstrauisch	suspicious
misstrauisch	distrustful
mit	with
mitbrachte	bring along
mitbringen	bring along
mitbringt	bring along
miteinander	with each other
miteinander	together
mitgebracht	bring along
mitgekommen	come along
mitgenommen	take along
mitgerissen	sweep away
mitgerissen	carry along
mitgeteilt	inform
mitgeteilt	notify
mitglied	member
mitglieder	members
mitkam	come along
mitkommen	come along
mitkommt	come along
mitleid	pity
mitleid	compassion
mitnahm	take along
mitnehmen	take along
mitnimmt	take along
mitreissen	sweep away
mitreissen	carry along
mitreisst	sweep away
mitreisst	carry along
mitriss	sweep away
mitriss	carry along
mittag	noon
mittag	midday
mittags	at noon
mittagssonne	midday sun
mitte	middle
mitte	centre
mitte	mid
mitteilen	inform
mitteilen	notify
mitteilt	inform
mitteilt	notify
mittel	means
mittel	remedy
mittel	resources
mittelalter	Middle Ages
mittelgebirge	low mountains
mittelgebirge	hills
mittelland	Swiss Plateau
mittelland	midlands
mittelmoräne	medial moraine
mittelpunkt	centre
mittelpunkt	focus
mittels	by means of
mittelwert	average
mittelwert	mean
mitternacht	midnight
mittlere	middle
mittlere	average
mittlere	central
mittleren	middle
mittleren	average
mittlerweile	meanwhile
mittwoch	Wednesday
mitzubringen	bring along
mitzukommen	come along
mitzunehmen	take along
mitzureissen	sweep away
mitzureissen	carry along
mitzuteilen	inform
mitzuteilen	notify
mm	millimetre
mm	mm
mochte	like
mochte	would like
modern	modern
modifizieren	modify
modifizierend	modify
modifiziert	modify
molk	milk
moment	moment
monarchie	monarchy
monat	month
monate	months
monatelang	for months
monaten	months
monatlich	monthly
mond	moon
mondschein	moonlight
mongolei	Mongolia
monopol	monopoly
monsun	monsoon
mont blanc	Mont Blanc
montag	Monday
montblanc	Mont Blanc
monte rosa	Monte Rosa
montieren	mount
montieren	assemble
montierend	mount
montierend	assemble
montiert	mount
montiert	assemble
moor	moor
moor	bog
moos	moss
mord	murder
morgen	morning
morgen	tomorrow
morgengrauen	dawn
morgens	in the morning
morsch	rotten
morsch	brittle
moräne	moraine
mosel	Moselle
moskau	Moscow
motivieren	motivate
motivierend	motivate
motiviert	motivate
motor	engine
motor	motor
mount	mount
mt	mount
mulde	hollow
mulde	depression
mulde	trough
mund	mouth
munter	lively
munter	cheerful
mure	debris flow
mure	mudflow
murgang	debris flow
murgang	mudflow
murmeltier	marmot
museum	museum
musik	music
musiker	musician
muskel	muscle
muslimisch	Muslim
musst	must
musst	have to
muster	pattern
muster	sample
mustergültig	exemplary
mut	courage
mutig	brave
mutig	courageous
mutmassung	speculation
mutmassung	assumption
mutter	mother
mythos	myth
mächtig	powerful
mächtig	mighty
mächtig	massive
mädchen	girl
männer	men
märkte	markets
märz	March
mässig	moderate
mögen	like
mögen	would like
mögend	like
mögend	would like
möglich	possible
möglichkeit	possibility
möglichkeit	opportunity
möglichkeiten	possibilities
möglichkeiten	opportunities
möglichst	as much as possible
mönch	Mönch
mönch	monk
mörder	murderer
mücke	mosquito
müde	tired
müdigkeit	tiredness
müdigkeit	fatigue
mühe	effort
mühe	trouble
mühsam	laborious
mühsam	tedious
mühselig	arduous
mühselig	laborious
münchen	Munich
mündung	mouth
mündung	estuary
müssen	must
müssen	have to
müssend	must
müssend	have to
mütze	cap
mütze	hat
nach	after
nach	to
nach	according to
nachbar	neighbour
nachbargipfel	neighbouring peak
nachdachte	think about
nachdachte	reflect
nachdem	after
nachdenken	think about
nachdenken	reflect
nachdenkt	think about
nachdenkt	reflect
nachdrücklich	emphatic
nachdrücklich	firmly
nachfolger	successor
nachfrage	demand
nachgab	give way
nachgab	yield
nachgeben	give way
nachgeben	yield
nachgedacht	think about
nachgedacht	reflect
nachgegeben	give way
nachgegeben	yield
nachgetragen	add
nachgetragen	bear a grudge
nachgewiesen	prove
nachgewiesen	detect
nachgibt	give way
nachgibt	yield
nachhelfen	help along
nachher	afterwards
nachlässig	careless
nachmittag	afternoon
nachmittags	in the afternoon
nachricht	news
nachricht	message
nacht	night
nachteil	disadvantage
nachteil	drawback
nachtrag	supplement
nachtrag	addendum
nachtragen	add
nachtragen	bear a grudge
nachträge	supplements
nachträge	addenda
nachträglich	subsequent
nachträglich	later
nachträglich	afterwards
nachts	at night
nachweisen	prove
nachweisen	detect
nachweist	prove
nachweist	detect
nachwies	prove
nachwies	detect
nachwuchs	offspring
nachwuchs	new generation
nachzudenken	think about
nachzudenken	reflect
nachzugeben	give way
nachzugeben	yield
nachzuweisen	prove
nachzuweisen	detect
nadel	needle
nadel	spire
nadelwald	coniferous forest
nagelschuhe	nailed boots
nah	near
nah	close
nahe	near
nahe	close
nahm	take
nahrung	food
nahrung	nourishment
nahrungsmittel	food
name	name
namen	names
nannte	name
nannte	call
nase	nose
nass	wet
nassschnee	wet snow
nation	nation
national	national
nationalbank	national bank
nationalismus	nationalism
nationalität	nationality
nationalrat	National Council
nato	NATO
natur	nature
natürlich	natural
natürlich	naturally
natürlich	of course
navigieren	navigate
navigierend	navigate
navigiert	navigate
neapel	Naples
nebel	fog
nebel	mist
nebelig	foggy
nebelig	misty
neben	beside
neben	next to
neben	besides
nebeneinander	side by side
nebenfluss	tributary
nebengipfel	subsidiary summit
nebensächlich	minor
nebensächlich	incidental
neblig	foggy
neblig	misty
neffe	nephew
negativ	negative
nehmen	take
nehmend	take
neiden	envy
neidend	envy
neidet	envy
neigung	inclination
neigung	slope
neigung	tendency
nennen	name
nennen	call
nennend	name
nennend	call
nennt	name
nennt	call
nepal	Nepal
nepalese	Nepalese
nepalisch	Nepalese
nepalisch	Nepali
nepalische	Nepalese
nepalische	Nepali
nerv	nerve
nerven	nerves
nervös	nervous
nett	nice
neu	new
neuberechnung	recalculation
neuenburg	Neuchâtel
neuerdings	recently
neueste	latest
neueste	newest
neugier	curiosity
neugierig	curious
neujahr	New Year
neun	nine
neunte	ninth
neunzehn	nineteen
neunzig	ninety
neuschnee	fresh snow
neuschnee	new snow
neuseeland	New Zealand
neuvermessung	new survey
neuvermessung	resurvey
neuzeit	modern times
new york	New York
nicht	not
nicht nur	not only
nichte	niece
nichts	nothing
nicken	nod
nickend	nod
nickt	nod
nie	never
niedergelassen	settle
niederlage	defeat
niederlande	Netherlands
niederlassen	settle
niederländisch	Dutch
niederschlag	precipitation
niederschläge	precipitation
niedrig	low
niemals	never
niemand	nobody
niemand	no one
nieselregen	drizzle
nimmt	take
nirgends	nowhere
nirgendwo	nowhere
niveau	level
noch	still
noch	yet
noch	even
noch nicht	not yet
nochmals	again
nochmals	once more
nonne	nun
nord	north
nordamerika	North America
norden	north
nordflanke	north flank
nordgipfel	north summit
nordgrat	north ridge
nordhang	north slope
nordhälfte	northern half
nordost	northeast
nordosten	northeast
nordostgrat	northeast ridge
nordpol	North Pole
nordsattel	north col
nordseite	north side
nordwand	north face
nordwandbesteigung	ascent of the north face
nordwest	northwest
nordwesten	northwest
nordwestgrat	northwest ridge
nordwestlich	northwestern
nordwestlich	northwest
nordwärts	northwards
nordwärts	north
nordöstlich	northeastern
nordöstlich	northeast
normal	normal
normalroute	normal route
normalroute	standard route
normalweg	normal route
normalweg	standard route
normen	standardize
normend	standardize
normt	standardize
norwegen	Norway
norwegisch	Norwegian
not	need
not	distress
not	emergency
notfall	emergency
notieren	note
notieren	write down
notierend	note
notierend	write down
notiert	note
notiert	write down
notiz	note
notwendig	necessary
notwendigkeit	necessity
november	November
nr	number
nr	no
null	zero
numerieren	number
numerierend	number
numeriert	number
nummer	number
nummerieren	number
nummerierend	number
nummeriert	number
nummern	numbers
nun	now
nun	well
nunmehr	now
nunmehr	henceforth
nur	only
nur	just
nutzbar	usable
nutzen	use
nutzen	benefit
nutzend	use
nutzend	benefit
nutzlos	useless
nutzt	use
nutzt	benefit
nutzung	use
nutzung	utilization
nächst	next
nächst	nearest
nächste	next
nächste	nearest
nächte	nights
nähe	proximity
nähe	vicinity
näher	closer
näher	nearer
nähern	approach
nähernd	approach
nähert	approach
nähren	feed
nähren	nourish
nährend	feed
nährend	nourish
nährt	feed
nährt	nourish
nämlich	namely
nämlich	that is
nördlich	northern
nördlich	north of
nördliche	northern
nötig	necessary
nützen	be of use
nützen	benefit
nützend	be of use
nützend	benefit
nützlich	useful
nützt	be of use
nützt	benefit
oase	oasis
ob	whether
ob	if
oben	above
oben	up
oben	at the top
obendrein	moreover
obendrein	on top of that
obere	upper
oberen	upper
oberengadin	Upper Engadine
oberfläche	surface
oberhalb	above
oberland	Oberland
oberland	highlands
oberschenkel	thigh
oberst	colonel
obgleich	although
objekt	object
obligatorisch	compulsory
obst	fruit
obwohl	although
oder	or
ofen	oven
ofen	stove
offen	open
offenbar	apparently
offenbar	obviously
offenheit	openness
offensichtlich	obviously
offensichtlich	evidently
offiziell	official
offizier	officer
oft	often
oftmals	often
ohne	without
ohnehin	anyway
ohr	ear
ohren	ears
oktober	October
onkel	uncle
operation	operation
operation	surgery
operieren	operate
operierend	operate
operiert	operate
opfer	victim
opfer	sacrifice
opfern	sacrifice
opfernd	sacrifice
opfert	sacrifice
opposition	opposition
optimist	optimist
optimisten	optimists
optimistisch	optimistic
orange	orange
ordentlich	proper
ordentlich	tidy
ordentlich	decent
ordnen	order
ordnen	arrange
ordnend	order
ordnend	arrange
ordnet	order
ordnet	arrange
ordnung	order
organisation	organization
organisieren	organize
organisierend	organize
organisiert	organize
orientieren	orient
orientieren	inform
orientierend	orient
orientierend	inform
orientiert	orient
orientiert	inform
originalbericht	original report
originell	original
orkan	hurricane
ort	place
ort	village
ort	location
ortsname	place name
ost	east
ostalpen	Eastern Alps
osten	east
ostern	Easter
ostflanke	east flank
ostgipfel	east summit
ostgrat	east ridge
osthang	east slope
ostseite	east side
ostwand	east face
ostwärts	eastwards
ostwärts	east
ozean	ocean
paar	pair
paar	couple
paar	a few
pachten	lease
pachtend	lease
pachtet	lease
packen	pack
packen	grab
packend	pack
packend	grab
packt	pack
packt	grab
pakistan	Pakistan
pakistanisch	Pakistani
pakistanische	Pakistani
pamir	Pamir
panisch	panic-stricken
panorama	panorama
papier	paper
parallel	parallel
paris	Paris
park	park
parlament	parliament
parlamentarisch	parliamentary
partei	party
parteichef	party leader
parteien	parties
parteitag	party congress
partie	party
partie	game
partner	partner
pass	pass
pass	passport
passagier	passenger
passen	fit
passen	suit
passend	fit
passend	suit
passend	suitable
passend	appropriate
passhöhe	top of the pass
passhöhe	pass
passieren	happen
passieren	pass
passierend	happen
passierend	pass
passiert	happen
passiert	pass
passiv	passive
passstrasse	pass road
passt	fit
passt	suit
passweg	pass route
passübergang	pass crossing
patient	patient
patientin	patient
patrouillieren	patrol
patrouillierend	patrol
patrouilliert	patrol
pause	break
pause	pause
pause	rest
pausen	pause
pausend	pause
paust	pause
peak	peak
pech	bad luck
pech	pitch
peinlich	embarrassing
peking	Beijing
peking	Peking
periode	period
persien	Persia
person	person
personal	staff
personal	personnel
personen	people
personen	persons
persönlich	personal
persönlich	in person
peru	Peru
pessimistisch	pessimistic
pfad	path
pfad	trail
pfarrer	priest
pfarrer	pastor
pfeifen	whistle
pfeifend	whistle
pfeift	whistle
pfeiler	pillar
pfeiler	buttress
pferd	horse
pfiff	whistle
pfingsten	Whitsun
pfingsten	Pentecost
pflanze	plant
pflanzen	plant
pflanzen	plants
pflanzend	plant
pflanzt	plant
pflege	care
pflege	nursing
pflege	maintenance
pflegen	care for
pflegen	maintain
pflegen	cultivate
pflegend	care for
pflegend	maintain
pflegend	cultivate
pfleger	nurse
pfleger	carer
pflegt	care for
pflegt	maintain
pflegt	cultivate
pflicht	duty
pflicht	obligation
pfote	paw
pfoten	paws
pfund	pound
phantasie	imagination
phantasie	fantasy
phase	phase
photo	photo
photo	photograph
photograph	photographer
photographie	photography
photographie	photograph
photographieren	photograph
photographierend	photograph
photographiert	photograph
photographisch	photographic
photos	photos
photos	photographs
physik	physics
physikalisch	physical
pic	peak
pickel	ice axe
pickel	pick
pickel	pimple
pik	peak
pilatus	Pilatus
pilger	pilgrim
pilot	pilot
pilz	mushroom
pilz	fungus
pionier	pioneer
piz	piz
piz	peak
plagen	plague
plagen	torment
plagend	plague
plagend	torment
plagt	plague
plagt	torment
plan	plan
planen	plan
planend	plan
planmässig	as planned
planmässig	scheduled
plant	plan
plateau	plateau
platte	slab
platte	plate
platten	slabs
platten	plates
platz	place
platz	square
platz	seat
platz	space
platzieren	place
platzierend	place
platziert	place
plazieren	place
plazierend	place
plaziert	place
plötzlich	sudden
plötzlich	suddenly
plündern	loot
plündern	plunder
plündernd	loot
plündernd	plunder
plündert	loot
plündert	plunder
pol	pole
polen	Poland
polen	Poles
politik	politics
politik	policy
politiker	politician
politikerin	politician
politisch	political
polizei	police
polizist	police officer
polizist	policeman
polizisten	police officers
polnisch	Polish
portugal	Portugal
position	position
positiv	positive
post	post
post	mail
postauto	postbus
pracht	splendour
pracht	magnificence
prag	Prague
praktisch	practical
praktisch	practically
prallen	bounce
prallen	crash
prallend	bounce
prallend	crash
prallt	bounce
prallt	crash
praxis	practice
praxis	surgery
preis	price
preis	prize
preise	prices
preisen	praise
preisend	praise
preist	praise
premierminister	prime minister
pressemeldung	press report
pressemeldungen	press reports
pries	praise
priester	priest
primitiv	primitive
prinz	prince
prinzessin	princess
prinzip	principle
prinzipiell	in principle
privat	private
probieren	try
probieren	taste
probierend	try
probierend	taste
probiert	try
probiert	taste
problem	problem
problematisch	problematic
probleme	problems
produkt	product
produkte	products
produktion	production
produzieren	produce
produzierend	produce
produziert	produce
prof	professor
professor	professor
professorin	professor
profil	profile
profil	section
profile	profiles
profitieren	benefit
profitieren	profit
profitierend	benefit
profitierend	profit
profitiert	benefit
profitiert	profit
programm	programme
programm	program
projekt	project
protest	protest
proteste	protests
protestieren	protest
protestierend	protest
protestiert	protest
proviant	provisions
proviant	food
provinz	province
provisorisch	provisional
provisorisch	temporary
provozieren	provoke
provozierend	provoke
provoziert	provoke
prozent	percent
prozent	per cent
prozess	process
prozess	trial
prächtig	splendid
prächtig	magnificent
prägen	shape
prägen	coin
prägen	characterize
prägend	shape
prägend	coin
prägend	characterize
prägt	shape
prägt	coin
prägt	characterize
präsentieren	present
präsentierend	present
präsentiert	present
präsident	president
präsidentin	president
präsidentschaft	presidency
präsidentschaftswahl	presidential election
präzis	precise
präzise	precise
prüfen	check
prüfen	examine
prüfen	test
prüfend	check
prüfend	examine
prüfend	test
prüft	check
prüft	examine
prüft	test
prüfung	examination
prüfung	test
prüfung	check
publikation	publication
publikum	audience
publikum	public
publizieren	publish
publizierend	publish
publiziert	publish
puls	pulse
pulverschnee	powder snow
punkt	point
punkt	dot
putsch	coup
putzen	clean
putzend	clean
putzt	clean
pyramide	pyramid
pyrenäen	Pyrenees
pünktchen	dot
pünktchen	speck
pünktlich	punctual
quadratkilometer	square kilometre
qualität	quality
quarz	quartz
quelle	source
quelle	spring
quellen	swell
quellen	well up
quellend	swell
quellend	well up
queren	cross
queren	traverse
querend	cross
querend	traverse
quergang	traverse
quert	cross
quert	traverse
quertal	transverse valley
querung	traverse
querung	crossing
quillt	swell
quillt	well up
quoll	swell
quoll	well up
rabe	raven
rad	wheel
rad	bicycle
rahmen	frame
rahmen	framework
rand	edge
rand	margin
rand	rim
rang	wrestle
rang	struggle
rangliste	ranking
rangliste	list
rann	run
rann	trickle
rannte	run
rappen	centime
rappen	rappen
rasch	quick
rasch	rapid
rasen	race
rasen	rage
rasend	race
rasend	rage
rasieren	shave
rasierend	shave
rasiert	shave
rast	race
rast	rage
rast	rest
rast	break
rasten	rest
rastend	rest
rastet	rest
rastplatz	resting place
rat	advice
rat	council
raten	advise
raten	guess
ratend	advise
ratend	guess
ratsmitglied	councillor
rau	rough
rauben	rob
rauben	steal
raubend	rob
raubend	steal
raubt	rob
raubt	steal
rauchen	smoke
rauchend	smoke
raucht	smoke
raum	room
raum	space
raum	area
reagieren	react
reagierend	react
reagiert	react
reaktion	reaction
realisieren	realize
realisieren	carry out
realisierend	realize
realisierend	carry out
realisiert	realize
realisiert	carry out
realistisch	realistic
rechnen	calculate
rechnen	count
rechnend	calculate
rechnend	count
rechnt	calculate
rechnt	count
rechnung	bill
rechnung	invoice
rechnung	calculation
recht	right
recht	law
recht	quite
recht	rather
recht	justice
rechte	rights
rechtfertigen	justify
rechtfertigt	justify
rechtfertigung	justification
rechtlich	legal
rechts	right
rechts	on the right
rechtsanwalt	lawyer
rechtsanwalt	attorney
rechtsstaat	constitutional state
rechtsstaat	rule of law
redaktion	editorial office
redaktion	editors
redaktor	editor
rede	speech
reden	talk
reden	speak
redend	talk
redend	speak
redet	talk
redet	speak
reduzieren	reduce
reduzierend	reduce
reduziert	reduce
referendum	referendum
reform	reform
reformen	reforms
reformieren	reform
reformierend	reform
reformiert	reform
regel	rule
regelmässig	regular
regeln	regulate
regeln	settle
regelnd	regulate
regelnd	settle
regelt	regulate
regelt	settle
regelung	regulation
regelung	arrangement
regen	rain
regen	move
regen	stir
regend	move
regend	stir
regenfall	rainfall
regenzeit	rainy season
regieren	govern
regieren	rule
regierend	govern
regierend	rule
regiert	govern
regiert	rule
regierung	government
regierungen	governments
regierungschef	head of government
region	region
regional	regional
regnen	rain
regnend	rain
regnet	rain
regt	move
regt	stir
regulieren	regulate
regulierend	regulate
reguliert	regulate
reh	roe deer
reiben	rub
reibend	rub
reibt	rub
reich	rich
reich	empire
reich	realm
reichen	be enough
reichen	reach
reichen	hand
reichend	be enough
reichend	reach
reichend	hand
reichhaltig	rich
reichhaltig	extensive
reichlich	ample
reichlich	plenty
reichlich	rather
reicht	be enough
reicht	reach
reicht	hand
reichtum	wealth
reichtum	riches
reif	ripe
reif	mature
reife	maturity
reife	ripeness
reihe	row
reihe	series
reihenfolge	order
reihenfolge	sequence
rein	pure
rein	clean
reinigen	clean
reinigt	clean
reis	rice
reise	journey
reise	trip
reise	travel
reisen	travel
reisend	travel
reisende	traveller
reisende	passenger
reissen	tear
reissen	rip
reissend	tear
reissend	rip
reisst	tear
reisst	rip
reist	travel
reiten	ride
reitend	ride
reitet	ride
reiz	charm
reiz	attraction
reiz	stimulus
reizen	tempt
reizen	irritate
reizend	tempt
reizend	irritate
reizend	charming
reizt	tempt
reizt	irritate
reizvoll	attractive
reizvoll	charming
rekognoszieren	reconnoitre
rekognoszierend	reconnoitre
rekognosziert	reconnoitre
rekonstruieren	reconstruct
rekonstruierend	reconstruct
rekonstruiert	reconstruct
rekord	record
relativ	relatively
relativ	relative
religiös	religious
rennen	run
rennend	run
rennt	run
renovieren	renovate
renovierend	renovate
renoviert	renovate
rente	pension
reparieren	repair
reparierend	repair
repariert	repair
reporter	reporter
repräsentieren	represent
repräsentierend	represent
repräsentiert	represent
republik	republic
respekt	respect
respektieren	respect
respektierend	respect
respektiert	respect
rest	rest
rest	remainder
restaurant	restaurant
retten	save
retten	rescue
rettend	save
rettend	rescue
rettet	save
rettet	rescue
rettung	rescue
rettungsaktion	rescue operation
rettungsflug	rescue flight
rettungshelikopter	rescue helicopter
rettungskolonne	rescue team
rettungsmannschaft	rescue team
rettungsstation	rescue station
reuss	Reuss
revolution	revolution
rezensieren	review
rezensierend	review
rezensiert	review
rezession	recession
rhein	Rhine
rhododendron	rhododendron
rhone	Rhone
rhone	Rhône
rhône	Rhone
richten	direct
richten	aim
richten	judge
richtend	direct
richtend	aim
richtend	judge
richter	judge
richterin	judge
richtet	direct
richtet	aim
richtet	judge
richtig	right
richtig	correct
richtung	direction
rieb	rub
riechen	smell
riechend	smell
riecht	smell
rief	call
rief	shout
riese	giant
riesen	giants
riesen	giant
riesig	huge
riesig	gigantic
riet	advise
riet	guess
rigi	Rigi
rind	cattle
ringen	wrestle
ringen	struggle
ringend	wrestle
ringend	struggle
ringt	wrestle
ringt	struggle
rinne	gully
rinne	channel
rinnen	run
rinnen	trickle
rinnend	run
rinnend	trickle
rinnt	run
rinnt	trickle
rippe	rib
risiko	risk
riskant	risky
riskieren	risk
riskierend	risk
riskiert	risk
riss	tear
riss	rip
riss	crack
riss	fissure
ritt	ride
roch	smell
rocky mountains	Rocky Mountains
rohstoff	raw material
rohstoffe	raw materials
rolle	role
rolle	roll
rollen	roll
rollend	roll
rollt	roll
rom	Rome
romantisch	romantic
rosa	pink
rot	red
rote	red
route	route
routen	routes
routenwahl	choice of route
rucksack	rucksack
rucksack	backpack
ruf	call
ruf	reputation
rufen	call
rufen	shout
rufend	call
rufend	shout
ruft	call
ruft	shout
ruhe	rest
ruhe	quiet
ruhe	calm
ruhe	peace
ruhepause	rest
ruhepause	break
ruhig	quiet
ruhig	calm
ruhm	fame
ruhm	glory
ruinieren	ruin
ruinierend	ruin
ruiniert	ruin
rumänien	Romania
rund	round
rund	about
rund	around
rundsicht	panorama
rundsicht	view
runse	gully
runse	ravine
rupie	rupee
rupien	rupees
rupies	rupees
russe	Russian
russen	Russians
russisch	Russian
russland	Russia
rutschen	slide
rutschen	slip
rutschend	slide
rutschend	slip
rutscht	slide
rutscht	slip
rutschung	landslide
rutschung	slip
rätsel	puzzle
rätsel	riddle
rätsel	mystery
rätselhaft	mysterious
rätselhaft	puzzling
räumen	clear
räumen	tidy
räumend	clear
räumend	tidy
räumt	clear
räumt	tidy
rückblick	retrospect
rückblick	review
rücken	back
rückkehr	return
rückschlag	setback
rücksicht	consideration
rücksichtslos	reckless
rücksichtslos	ruthless
rücktritt	resignation
rückweg	way back
rückweg	return
rückwärts	backwards
rückzug	retreat
rückzug	withdrawal
rückzugsweg	line of retreat
rühmen	praise
rühmend	praise
rühmt	praise
rühren	stir
rühren	move
rührend	stir
rührend	move
rührt	stir
rührt	move
rüsten	arm
rüsten	equip
rüstend	arm
rüstend	equip
rüstet	arm
rüstet	equip
rüstig	sprightly
rüstig	vigorous
saas	Saas
sac	SAC
sac-hütte	SAC hut
sache	thing
sache	matter
sache	cause
sachlich	objective
sachlich	factual
sachverhalt	facts
sachverhalt	circumstances
sagen	say
sagen	tell
sagend	say
sagend	tell
sagt	say
sagt	tell
sah	see
salz	salt
sammeln	collect
sammeln	gather
sammelnd	collect
sammelnd	gather
sammelt	collect
sammelt	gather
samstag	Saturday
sand	sand
sandstein	sandstone
sandte	send
sanft	gentle
sanft	soft
sang	sing
sank	sink
sank	fall
sankt gotthard	St Gotthard
sanktion	sanction
sanktionen	sanctions
sass	sit
satt	full
satt	satisfied
sattel	col
sattel	saddle
satz	sentence
satz	rate
satz	set
sauber	clean
sauer	sour
sauer	angry
sauerstoff	oxygen
sauerstoffgerät	oxygen apparatus
sauerstoffmaske	oxygen mask
saufen	drink
saufend	drink
saugen	suck
saugend	suck
saugt	suck
saumpfad	mule track
saumpfad	bridle path
sausen	rush
sausen	whiz
sausend	rush
sausend	whiz
saust	rush
saust	whiz
savoyen	Savoy
schaden	harm
schaden	damage
schadend	harm
schadend	damage
schadet	harm
schadet	damage
schaf	sheep
schaffen	create
schaffen	manage
schaffend	create
schaffend	manage
schafft	create
schafft	manage
schalt	scold
schalten	switch
schaltend	switch
schaltet	switch
scharf	sharp
scharf	keen
scharte	notch
scharte	gap
scharte	col
schatten	shadow
schatten	shade
schattig	shady
schauen	look
schauen	watch
schauend	look
schauend	watch
schauer	shower
schaufeln	shovel
schaufelnd	shovel
schaufelt	shovel
schaut	look
schaut	watch
scheinbar	seemingly
scheinbar	apparently
scheinen	seem
scheinen	shine
scheinend	seem
scheinend	shine
scheint	seem
scheint	shine
scheitern	fail
scheitern	failure
scheiternd	fail
scheitert	fail
schelten	scold
scheltend	scold
schema	scheme
schema	pattern
schenken	give
schenken	donate
schenkend	give
schenkend	donate
schenkt	give
schenkt	donate
scherzen	joke
scherzend	joke
scherzt	joke
scheu	shy
scheu	timid
scheuen	shy away
scheuen	fear
scheuend	shy away
scheuend	fear
scheut	shy away
scheut	fear
schicht	layer
schicht	stratum
schicht	shift
schichten	layers
schichten	strata
schicken	send
schickend	send
schicksal	fate
schickt	send
schieben	push
schiebend	push
schiebt	push
schief	crooked
schief	slanting
schiefer	slate
schiefer	schist
schien	seem
schien	shine
schiessen	shoot
schiessend	shoot
schiesst	shoot
schiff	ship
schildern	describe
schildern	portray
schildernd	describe
schildernd	portray
schildert	describe
schildert	portray
schilderung	description
schilderung	account
schilt	scold
schimmern	shimmer
schimmernd	shimmer
schimmert	shimmer
schimpfen	scold
schimpfen	grumble
schimpfend	scold
schimpfend	grumble
schimpft	scold
schimpft	grumble
schinden	flay
schinden	toil
schindend	flay
schindend	toil
schlacht	battle
schlachten	slaughter
schlachtend	slaughter
schlachtet	slaughter
schlachtruf	battle cry
schlaf	sleep
schlafen	sleep
schlafend	sleep
schlafsack	sleeping bag
schlagen	beat
schlagen	hit
schlagen	strike
schlagend	beat
schlagend	hit
schlagend	strike
schlange	snake
schlank	slim
schlecht	bad
schlecht	poor
schlechtwetter	bad weather
schleichen	creep
schleichen	sneak
schleichend	creep
schleichend	sneak
schleicht	creep
schleicht	sneak
schleppen	drag
schleppen	haul
schleppend	drag
schleppend	haul
schleppt	drag
schleppt	haul
schlich	creep
schlich	sneak
schlief	sleep
schliessen	close
schliessen	shut
schliessen	conclude
schliessend	close
schliessend	shut
schliessend	conclude
schliesslich	finally
schliesslich	after all
schliesst	close
schliesst	shut
schliesst	conclude
schlimm	bad
schloss	close
schloss	shut
schloss	conclude
schlucht	gorge
schlucht	ravine
schlug	beat
schlug	hit
schlug	strike
schluss	end
schluss	conclusion
schlussangriff	final assault
schläft	sleep
schlägt	beat
schlägt	hit
schlägt	strike
schlüssel	key
schlüsselstelle	crux
schmal	narrow
schmecken	taste
schmeckend	taste
schmeckt	taste
schmeissen	throw
schmeissend	throw
schmeisst	throw
schmelze	melt
schmelze	thaw
schmelzen	melt
schmelzend	melt
schmelzwasser	meltwater
schmerz	pain
schmerzen	hurt
schmerzen	ache
schmerzen	pains
schmerzen	pain
schmerzend	hurt
schmerzend	ache
schmerzt	hurt
schmerzt	ache
schmetterling	butterfly
schmied	smith
schmied	blacksmith
schmilzt	melt
schmiss	throw
schmolz	melt
schmutzig	dirty
schmücken	decorate
schmückend	decorate
schmückt	decorate
schnee	snow
schneebedeckt	snow-covered
schneeblindheit	snow blindness
schneebrett	snow slab
schneebrett	slab avalanche
schneebrille	snow goggles
schneebrille	glacier glasses
schneebrücke	snow bridge
schneebrücken	snow bridges
schneeböe	snow squall
schneedecke	snow cover
schneefall	snowfall
schneefeld	snowfield
schneefrei	free of snow
schneegrat	snow ridge
schneegrenze	snow line
schneehang	snow slope
schneehaube	snow cap
schneehöhle	snow cave
schneeinsel	snow island
schneeinsel	patch of snow
schneelawine	snow avalanche
schneemensch	yeti
schneemensch	snowman
schneemenschen	yeti
schneemenschen	snowmen
schneerinne	snow gully
schneeschmelze	snowmelt
schneeschuh	snowshoe
schneeschuhe	snowshoes
schneesturm	snowstorm
schneesturm	blizzard
schneeverhältnisse	snow conditions
schneewand	snow wall
schneewächte	cornice
schneewüste	snowy waste
schneiden	cut
schneidend	cut
schneidet	cut
schneidet	cut into
schneidet	incise
schneien	snow
schneiend	snow
schneit	snow
schnell	fast
schnell	quick
schnitt	cut
schnitt	cut into
schnitt	incise
schob	push
schon	already
schon	yet
schonen	spare
schonen	protect
schonend	spare
schonend	protect
schont	spare
schont	protect
schoss	shoot
schottisch	Scottish
schottland	Scotland
schrecken	fright
schrecken	terror
schrecken	horror
schrecklich	terrible
schrecklich	awful
schreiben	write
schreibend	write
schreibt	write
schreien	scream
schreien	shout
schreiend	scream
schreiend	shout
schreiner	carpenter
schreiner	joiner
schreit	scream
schreit	shout
schrie	scream
schrie	shout
schrieb	write
schrift	writing
schrift	script
schriftsteller	writer
schriftsteller	author
schritt	step
schritt	pace
schrittlänge	stride length
schuf	create
schuf	manage
schuh	shoe
schuld	guilt
schuld	debt
schuld	fault
schulden	debts
schuldig	guilty
schule	school
schulter	shoulder
schutt	debris
schutt	scree
schutt	rubble
schutthalde	scree slope
schuttrinne	scree gully
schutz	protection
schutz	shelter
schutzhütte	mountain hut
schutzhütte	shelter
schwach	weak
schwamm	swim
schwand	dwindle
schwand	fade
schwang	swing
schwanken	sway
schwanken	fluctuate
schwankend	sway
schwankend	fluctuate
schwankt	sway
schwankt	fluctuate
schwarz	black
schweden	Sweden
schwedisch	Swedish
schweigen	be silent
schweigend	be silent
schweigt	be silent
schwein	pig
schweiz	Switzerland
schweizer	Swiss
schweizerisch	Swiss
schweizerische	Swiss
schwellen	swell
schwellend	swell
schwer	heavy
schwer	difficult
schwer	hard
schwer	serious
schwerst	heavy
schwerst	difficult
schwerst	hard
schwerst	serious
schwester	sister
schwieg	be silent
schwierig	difficult
schwierig	hard
schwierigkeit	difficulty
schwillt	swell
schwimmen	swim
schwimmend	swim
schwimmt	swim
schwinden	dwindle
schwinden	fade
schwindend	dwindle
schwindend	fade
schwindet	dwindle
schwindet	fade
schwindlig	dizzy
schwingen	swing
schwingend	swing
schwingt	swing
schwitzen	sweat
schwitzend	sweat
schwitzt	sweat
schwoll	swell
schwung	momentum
schwung	swing
schwung	verve
schwyz	Schwyz
schwäche	weakness
schwärmen	rave
schwärmen	swarm
schwärmend	rave
schwärmend	swarm
schwärmt	rave
schwärmt	swarm
schwören	swear
schwörend	swear
schwört	swear
schwül	humid
schwül	sultry
schädigen	damage
schädigen	harm
schädigt	damage
schädigt	harm
schätzen	estimate
schätzen	value
schätzen	appreciate
schätzend	estimate
schätzend	value
schätzend	appreciate
schätzt	estimate
schätzt	value
schätzt	appreciate
schätzung	estimate
schätzung	estimation
schätzungen	estimates
schön	beautiful
schön	nice
schön	fine
schönheit	beauty
schönwetter	fine weather
schöpfen	draw
schöpfen	scoop
schöpfend	draw
schöpfend	scoop
schöpft	draw
schöpft	scoop
schüler	pupil
schüler	student
schützen	protect
schützend	protect
schützt	protect
sechs	six
sechstausend	six thousand
sechstausender	six-thousander
sechstausender	6000-metre peak
sechste	sixth
sechzehn	sixteen
sechzig	sixty
sediment	sediment
sedimentär	sedimentary
see	lake
see	sea
seele	soul
seen	lakes
segeln	sail
segelnd	sail
segelt	sail
sehen	see
sehend	see
sehnen	long
sehnen	yearn
sehnend	long
sehnend	yearn
sehnt	long
sehnt	yearn
sehr	very
sei	be
seid	be
seien	be
seil	rope
seilbahn	cable car
seilbahn	cableway
seile	ropes
seilen	rope
seilen	abseil
seilerste	leader
seilerste	leading climber
seilgefährte	rope mate
seilgefährte	climbing partner
seilkamerad	rope mate
seillänge	rope length
seillänge	pitch
seilschaft	rope team
seilschaft	roped party
seilschaften	rope teams
seilschaften	roped parties
seilwinde	winch
seilzweite	second climber
sein	be
seind	be
seit	since
seit	for
seitdem	since then
seitdem	since
seite	side
seite	page
seitengletscher	side glacier
seitengletscher	tributary glacier
seitengrat	side ridge
seitenmoräne	lateral moraine
seitental	side valley
seitwärts	sideways
sekretär	secretary
sekunde	second
selbst	self
selbst	even
selbstmord	suicide
selbstständig	independent
selbstvertrauen	self-confidence
selbständig	independent
selten	rare
selten	rarely
seltenere	rare
seltenere	rarely
seltsam	strange
seltsam	odd
senat	senate
senator	senator
senden	send
sendend	send
sendet	send
senke	depression
senke	hollow
senken	lower
senken	reduce
senkend	lower
senkend	reduce
senkrecht	vertical
senkrecht	perpendicular
senkrechte	vertical
senkt	lower
senkt	reduce
september	September
serac	serac
serbien	Serbia
sessellift	chairlift
setzen	set
setzen	put
setzen	place
setzend	set
setzend	put
setzend	place
setzt	set
setzt	put
setzt	place
sfr	Swiss francs
sfr	francs
sherpa	Sherpa
sherpas	Sherpas
sicher	safe
sicher	sure
sicher	certain
sicher	secure
sicherere	safe
sicherere	sure
sicherere	certain
sicherere	secure
sichergestellt	ensure
sichergestellt	secure
sicherheit	security
sicherheit	safety
sicherlich	certainly
sicherlich	surely
sichern	secure
sichern	protect
sichernd	secure
sichernd	protect
sicherst	safe
sicherst	sure
sicherst	certain
sicherst	secure
sicherstellen	ensure
sicherstellen	secure
sicherstellt	ensure
sicherstellt	secure
sichert	secure
sichert	protect
sicherung	protection
sicherung	safeguard
sicherung	belay
sicherung	fuse
sicherzustellen	ensure
sicherzustellen	secure
sicht	view
sicht	visibility
sicht	sight
sichtbar	visible
siders	Sierre
sieben	seven
siebentausend	seven thousand
siebentausender	seven-thousander
siebentausender	7000-metre peak
siebte	seventh
siebzehn	seventeen
siebzig	seventy
sieden	boil
siedend	boil
sieg	victory
siegen	win
siegend	win
sieger	winner
siegt	win
sieht	see
signalisieren	signal
signalisierend	signal
signalisiert	signal
sikkim	Sikkim
silber	silver
silbern	silver
silvester	New Year's Eve
simplon	Simplon
sind	be
singen	sing
singend	sing
singt	sing
sinken	sink
sinken	fall
sinkend	sink
sinkend	fall
sinkt	sink
sinkt	fall
sinn	sense
sinn	meaning
sinnlos	pointless
sinnlos	senseless
sinnvoll	sensible
sinnvoll	meaningful
sitte	custom
sitten	Sion
situation	situation
sitz	seat
sitzen	sit
sitzend	sit
sitzt	sit
sitzung	session
sitzung	meeting
skeptiker	sceptic
ski	ski
ski	skis
skibergsteigen	ski mountaineering
skibergsteiger	ski mountaineer
skier	skis
skier	skiers
skifahrer	skier
skihütte	ski hut
skilift	ski lift
skipiste	ski slope
skipiste	piste
skitour	ski tour
skitouren	ski tours
skitourist	ski tourer
skizze	sketch
slowakei	Slovakia
slowenien	Slovenia
so	so
so	thus
so	such
sobald	as soon as
sodass	so that
soff	drink
sofort	immediately
sofort	at once
software	software
sog	suck
sogar	even
sohn	son
solange	as long as
solch	such
solche	such
soldat	soldier
soldaten	soldiers
solid	solid
solide	solid
sollen	should
sollen	shall
sollend	should
sollend	shall
sollte	should
sollte	shall
solothurn	Solothurn
somit	thus
somit	therefore
sommer	summer
sommerbesteigung	summer ascent
sonderbar	strange
sonderbar	odd
sondern	but
sondern	rather
sonnabend	Saturday
sonne	sun
sonnenaufgang	sunrise
sonnenbrille	sunglasses
sonnenschein	sunshine
sonnenstrahl	sunbeam
sonnenstrahl	ray of sunshine
sonnenuntergang	sunset
sonnig	sunny
sonntag	Sunday
sorge	worry
sorge	concern
sorge	care
sorgen	care
sorgen	worry
sorgen	provide
sorgend	care
sorgend	worry
sorgend	provide
sorgfalt	care
sorgfalt	carefulness
sorgfältig	careful
sorgfältig	thorough
sorglos	carefree
sorgt	care
sorgt	worry
sorgt	provide
sortieren	sort
sortierend	sort
sortiert	sort
souveränität	sovereignty
soweit	as far as
sowie	as well as
sowie	and
sowieso	anyway
sowieso	in any case
sowjetisch	Soviet
sowjetunion	Soviet Union
sowohl	both
sowohl	as well
sozial	social
sozialismus	socialism
sozialistisch	socialist
spalte	crevasse
spalte	crack
spalte	column
spalten	split
spaltend	split
spaltenzone	crevasse zone
spaltenzone	crevassed area
spaltet	split
spanien	Spain
spanier	Spaniard
spanier	Spanish
spanisch	Spanish
spann	spin
spannen	stretch
spannen	tighten
spannend	stretch
spannend	tighten
spannend	exciting
spannt	stretch
spannt	tighten
spannung	tension
spannung	excitement
spannung	voltage
sparen	save
sparend	save
sparsam	economical
sparsam	thrifty
sparsamkeit	economy
sparsamkeit	thrift
spart	save
spass	fun
spazieren	walk
spazieren	stroll
spazierend	walk
spazierend	stroll
spaziert	walk
spaziert	stroll
speisen	eat
speisen	feed
speisend	eat
speisend	feed
speist	eat
speist	feed
spektakulär	spectacular
spenden	donate
spendend	donate
spendet	donate
sperren	block
sperren	close
sperrend	block
sperrend	close
sperrt	block
sperrt	close
spezialist	specialist
spezialist	expert
spezialisten	specialists
spezialisten	experts
speziell	special
spiegeln	reflect
spiegeln	mirror
spiegelnd	reflect
spiegelnd	mirror
spiegelt	reflect
spiegelt	mirror
spiel	game
spiel	match
spiel	play
spielen	play
spielend	play
spieler	player
spielraum	scope
spielraum	leeway
spielt	play
spinnen	spin
spinnend	spin
spinnt	spin
spital	hospital
spitz	pointed
spitz	sharp
spitze	top
spitze	tip
spitze	peak
spitze	point
spontan	spontaneous
sporn	spur
sport	sport
sportler	athlete
sportler	sportsman
sportlich	sporty
sportlich	athletic
spotten	mock
spotten	scoff
spottend	mock
spottend	scoff
spottet	mock
spottet	scoff
sprach	speak
sprach	talk
sprache	language
sprache	speech
sprachen	languages
sprang	jump
sprechen	speak
sprechen	talk
sprechend	speak
sprechend	talk
sprecher	spokesman
sprecher	speaker
spricht	speak
spricht	talk
springen	jump
springend	jump
springt	jump
spur	track
spur	trace
spur	trail
spur	lane
spuren	break trail
spuren	make tracks
spurend	break trail
spurend	make tracks
spurt	break trail
spurt	make tracks
spähen	peer
spähen	scout
spähend	peer
spähend	scout
späht	peer
späht	scout
spärlich	sparse
spärlich	scanty
spät	late
später	later
späteren	later
spülen	rinse
spülend	rinse
spült	rinse
spüren	feel
spüren	sense
spürend	feel
spürend	sense
spürt	feel
spürt	sense
st	saint
st	St
st. gallen	St. Gallen
staat	state
staaten	states
staatlich	state
staatlich	national
staatsangehörigkeit	nationality
staatsangehörigkeit	citizenship
staatsanwalt	public prosecutor
staatsanwaltschaft	public prosecutor's office
staatsbürger	citizen
staatsgrenze	state border
staatsoberhaupt	head of state
staatspräsident	head of state
staatspräsident	president
stabil	stable
stabilisieren	stabilize
stabilisierend	stabilize
stabilisiert	stabilize
stach	sting
stach	prick
stadt	town
stadt	city
stadtrat	city council
stadtverwaltung	city administration
stahl	steal
stamm	tribe
stamm	trunk
stamm	stem
stammen	come from
stammen	originate
stammend	come from
stammend	originate
stammt	come from
stammt	originate
stampfen	stamp
stampfen	trample
stampfend	stamp
stampfend	trample
stampft	stamp
stampft	trample
stand	stand
stand	state
stand	level
standlager	base camp
standlager	main camp
stank	stink
stapfen	trudge
stapfen	tramp
stapfend	trudge
stapfend	tramp
stapft	trudge
stapft	tramp
starb	die
stark	strong
stark	heavy
starren	stare
starrend	stare
starrt	stare
starten	start
starten	take off
startend	start
startend	take off
startet	start
startet	take off
stationieren	station
stationierend	station
stationiert	station
statistik	statistics
statt	instead of
stattfand	take place
stattfinden	take place
stattfindet	take place
stattgefunden	take place
stattlich	imposing
stattlich	handsome
stattzufinden	take place
staublawine	powder avalanche
staudamm	dam
staunen	be amazed
staunen	marvel
staunend	be amazed
staunend	marvel
staunt	be amazed
staunt	marvel
stausee	reservoir
stechen	sting
stechen	prick
stechend	sting
stechend	prick
stecken	put
stecken	stick
steckend	put
steckend	stick
steckt	put
steckt	stick
stehen	stand
stehenbleiben	stop
stehenbleiben	stand still
stehenbleibt	stop
stehenbleibt	stand still
stehenblieb	stop
stehenblieb	stand still
stehend	stand
stehengeblieben	stop
stehengeblieben	stand still
stehenzubleiben	stop
stehenzubleiben	stand still
stehlen	steal
stehlend	steal
steht	stand
steig	path
steig	steep path
steigeisen	crampons
steigeisenarbeit	cramponing
steigeisenarbeit	crampon work
steigen	climb
steigen	rise
steigend	climb
steigend	rise
steigern	increase
steigern	raise
steigernd	increase
steigernd	raise
steigert	increase
steigert	raise
steigt	climb
steigt	rise
steigung	gradient
steigung	incline
steil	steep
steilhang	steep slope
steilheit	steepness
steilstufe	steep step
steilwand	steep face
stein	stone
stein	rock
steinbock	ibex
steine	stones
steinig	stony
steinig	rocky
steinmann	cairn
steinschlag	rockfall
steinschlag	falling stones
steinschlaggefahr	danger of falling rocks
steinschlägen	rockfalls
stelle	place
stelle	position
stelle	spot
stelle	job
stellen	put
stellen	place
stellen	set
stellend	put
stellend	place
stellend	set
stellt	put
stellt	place
stellt	set
stellung	position
stellung	post
steppe	steppe
sterben	die
sterben	dying
sterbend	die
stern	star
sterne	stars
sternenhimmel	starry sky
stetig	steady
stetig	constant
stets	always
steuer	tax
steuern	steer
steuern	control
steuern	taxes
steuernd	steer
steuernd	control
steuert	steer
steuert	control
sticht	sting
sticht	prick
stickig	stuffy
stiefel	boots
stiefel	boot
stieg	climb
stieg	rise
stiehlt	steal
stiess	push
stiess	bump
stil	style
still	quiet
still	still
stille	silence
stille	quiet
stillgestanden	stand still
stillstand	stand still
stillstehen	stand still
stillsteht	stand still
stillzustehen	stand still
stimme	voice
stimme	vote
stimmen	be correct
stimmen	vote
stimmen	votes
stimmen	voices
stimmend	be correct
stimmend	vote
stimmt	be correct
stimmt	vote
stimmung	mood
stimmung	atmosphere
stinken	stink
stinkend	stink
stinkt	stink
stirbt	die
stirnlampe	headlamp
stirnmoräne	terminal moraine
stock	massif
stock	stick
stock	floor
stoff	material
stoff	fabric
stoff	substance
stolz	proud
stolz	pride
stolze	proud
stoppen	stop
stoppend	stop
stoppt	stop
stossen	push
stossen	bump
stossend	push
stossend	bump
strafe	punishment
strafe	penalty
strafe	sentence
straftat	criminal offence
straftat	crime
strahlen	shine
strahlen	beam
strahlen	radiate
strahlend	shine
strahlend	beam
strahlend	radiate
strahlt	shine
strahlt	beam
strahlt	radiate
strahlung	radiation
strand	beach
strasse	street
strasse	road
strassen	roads
strassen	streets
strauch	shrub
strauch	bush
streben	striving
streben	effort
streben	strive
strebend	strive
strebt	strive
strecke	distance
strecke	route
strecke	stretch
strecken	stretch
streckend	stretch
streckt	stretch
streichen	paint
streichen	delete
streichen	stroke
streichend	paint
streichend	delete
streichend	stroke
streicht	paint
streicht	delete
streicht	stroke
streik	strike
streit	dispute
streit	quarrel
streiten	argue
streiten	quarrel
streitend	argue
streitend	quarrel
streitet	argue
streitet	quarrel
streng	strict
streng	severe
strenge	severity
strenge	strictness
streuen	scatter
streuen	spread
streuend	scatter
streuend	spread
streut	scatter
streut	spread
strich	paint
strich	delete
strich	stroke
stritt	argue
stritt	quarrel
strittig	disputed
strittig	contentious
strom	river
strom	stream
strom	current
strom	electricity
strömung	current
strömung	flow
student	student
studenten	students
studie	study
studieren	study
studierend	study
studiert	study
studium	study
studium	studies
stufe	step
stufe	level
stufe	stage
stufen	steps
stufenarbeit	step-cutting
stufenschlagen	step-cutting
stuhl	chair
stumm	silent
stumm	mute
stumpf	blunt
stumpf	dull
stunde	hour
stunde	lesson
stunden	hours
stundenlang	for hours
sturm	storm
sturm	gale
sturmlager	assault camp
sturmlager	high camp
sturmzelt	storm tent
sturz	fall
städtisch	urban
städtisch	municipal
ständerat	Council of States
ständig	constant
ständig	permanent
ständig	constantly
stärke	strength
stärken	strengthen
stärkend	strengthen
stärkt	strengthen
stören	disturb
störend	disturb
stört	disturb
störung	disturbance
störung	disruption
stösst	push
stösst	bump
stück	piece
stück	part
stück	play
stürme	storms
stürmen	storm
stürmend	storm
stürmisch	stormy
stürmt	storm
stürzen	fall
stürzen	plunge
stürzen	overthrow
stürzend	fall
stürzend	plunge
stürzend	overthrow
stürzt	fall
stürzt	plunge
stürzt	overthrow
stützen	support
stützend	support
stützt	support
subvention	subsidy
subventionen	subsidies
suche	search
suchen	search
suchen	look for
suchen	seek
suchend	search
suchend	look for
sucht	search
sucht	look for
summe	sum
summe	total
sumpf	swamp
sumpf	marsh
suppe	soup
symbol	symbol
symbolik	symbolism
system	system
sänger	singer
säntis	Säntis
sättigen	satisfy
sättigen	saturate
sättigt	satisfy
sättigt	saturate
säuft	drink
séracs	seracs
söhne	sons
süd	south
südamerika	South America
süden	south
südflanke	south flank
südgipfel	south summit
südgrat	south ridge
südhang	south slope
südhälfte	southern half
südlich	southern
südlich	south of
südliche	southern
südost	southeast
südosten	southeast
südostgrat	southeast ridge
südpol	South Pole
südseite	south side
südtirol	South Tyrol
südwand	south face
südwest	southwest
südwesten	southwest
südwestgrat	southwest ridge
südwestlich	southwestern
südwestlich	southwest
südwärts	southwards
südwärts	south
südöstlich	southeastern
südöstlich	southeast
tabelle	table
tag	day
tage	days
tagebuch	diary
tagelang	for days
tagen	days
tagesanbruch	daybreak
tagesanbruch	dawn
tageslicht	daylight
tal	valley
talaufwärts	up the valley
talaus	down the valley
talboden	valley floor
talein	up the valley
talfahrt	descent
talgletscher	valley glacier
talgrund	valley floor
talgrund	bottom of the valley
talkessel	basin
talkessel	valley basin
talort	village in the valley
talschluss	head of the valley
talseite	side of the valley
talsohle	valley floor
talsohle	bottom
talstation	valley station
talträger	valley porter
talträger	porter
talweg	valley path
talwärts	down the valley
talwärts	downhill
tanken	refuel
tankend	refuel
tankt	refuel
tanne	fir
tante	aunt
tanzen	dance
tanzend	dance
tanzt	dance
tapfe	footprint
tapfen	footprints
tapfer	brave
tapferkeit	bravery
taschenlampe	torch
taschenlampe	flashlight
tasten	feel
tasten	grope
tastend	feel
tastend	grope
tastet	feel
tastet	grope
tat	do
tat	deed
tat	act
tatkraft	energy
tatkraft	drive
tatsache	fact
tatsächlich	actually
tatsächlich	indeed
tatsächlich	in fact
tau	dew
tau	thaw
tauchen	dive
tauchend	dive
taucht	dive
tauen	thaw
tauend	thaw
taumeln	stagger
taumeln	reel
taumelnd	stagger
taumelnd	reel
taumelt	stagger
taumelt	reel
tausend	thousand
taut	thaw
tauwetter	thaw
team	team
technik	technology
technik	technique
technik	engineering
technisch	technical
technologie	technology
tee	tea
teich	pond
teil	part
teil	share
teilen	share
teilen	divide
teilend	share
teilend	divide
teilgenommen	take part
teilgenommen	participate
teilnahm	take part
teilnahm	participate
teilnahme	participation
teilnehmen	take part
teilnehmen	participate
teilnehmer	participant
teilnehmer	member
teilnimmt	take part
teilnimmt	participate
teilt	share
teilt	divide
teilweise	partly
teilweise	partially
teilzunehmen	take part
teilzunehmen	participate
tektonik	tectonics
tektonisch	tectonic
telefon	telephone
telefon	phone
telefonieren	telephone
telefonieren	call
telefonierend	telephone
telefonierend	call
telefoniert	telephone
telefoniert	call
temperatur	temperature
tempo	speed
tempo	pace
tendenz	tendency
tendenz	trend
termin	date
termin	appointment
terrasse	terrace
terror	terror
terrorismus	terrorism
terrorist	terrorist
tessin	Ticino
tessiner	Ticinese
testen	test
testend	test
testet	test
teuer	expensive
teuer	dear
teure	expensive
text	text
thema	topic
thema	subject
thema	theme
theoretisch	theoretical
theorie	theory
therapie	therapy
thermometer	thermometer
thurgau	Thurgau
tibet	Tibet
tibeter	Tibetan
tibetisch	Tibetan
tief	deep
tief	low
tiefe	depth
tiefschnee	deep snow
tier	animal
tiere	animals
tierwelt	wildlife
tierwelt	fauna
tiger	tiger
tirol	Tyrol
tiroler	Tyrolean
tisch	table
titel	title
titlis	Titlis
tochter	daughter
tod	death
todesfall	death
todesfall	fatality
todessturz	fatal fall
ton	tone
ton	sound
ton	clay
tonne	ton
tonne	tonne
topografisch	topographic
topographie	topography
topographisch	topographic
tor	gate
tor	goal
tot	dead
total	total
total	totally
tour	tour
tour	trip
tourismus	tourism
tourist	tourist
touristen	tourists
trachten	strive
trachtend	strive
trachtet	strive
tradition	tradition
traf	meet
traf	hit
tragen	carry
tragen	wear
tragend	carry
tragend	wear
tragisch	tragic
trainieren	train
trainierend	train
trainiert	train
trank	drink
transport	transport
transportieren	transport
transportierend	transport
transportiert	transport
trat	step
trat	kick
trauen	trust
trauen	dare
trauend	trust
trauend	dare
trauern	mourn
trauernd	mourn
trauert	mourn
traum	dream
traurig	sad
traut	trust
traut	dare
traverse	traverse
traversieren	traverse
traversierend	traverse
traversiert	traverse
treffen	meet
treffen	hit
treffen	meeting
treffend	meet
treffend	hit
treiben	drive
treiben	drift
treiben	practise
treibend	drive
treibend	drift
treibend	practise
treibt	drive
treibt	drift
treibt	practise
trennen	separate
trennend	separate
trennt	separate
treppe	stairs
treppe	staircase
treten	step
treten	kick
tretend	step
tretend	kick
treue	loyalty
treue	faithfulness
triangulation	triangulation
trieb	drive
trieb	drift
trieb	practise
trifft	meet
trifft	hit
trinken	drink
trinkend	drink
trinkt	drink
trinkwasser	drinking water
tritt	step
tritt	kick
tritt	foothold
tritte	footholds
tritte	steps
trocken	dry
trockenere	dry
trockenheit	drought
trockenheit	dryness
trocknen	dry
trocknend	dry
trocknet	dry
trost	comfort
trost	consolation
trostlos	bleak
trostlos	desolate
trotz	despite
trotz	in spite of
trotzdem	nevertheless
trotzdem	anyway
trug	carry
trug	wear
truppen	troops
träger	porter
träger	carrier
träger	bearer
trägerin	porter
trägerlast	porter's load
trägerstreik	porters' strike
trägt	carry
trägt	wear
träumen	dream
träumend	dream
träumt	dream
trüb	cloudy
trüb	dull
trüb	gloomy
trübe	cloudy
trübe	dull
tschechien	Czech Republic
tschechisch	Czech
tschechoslowakei	Czechoslovakia
tun	do
tund	do
tunnel	tunnel
turin	Turin
turm	tower
turnen	do gymnastics
turnend	do gymnastics
turnt	do gymnastics
tut	do
typ	type
typ	guy
typisch	typical
täglich	daily
täler	valleys
täter	perpetrator
täter	offender
tätigkeit	activity
tätigkeit	work
tödi	Tödi
tödlich	deadly
tödlich	fatal
töten	kill
tötend	kill
tötet	kill
tückisch	treacherous
tür	door
türkei	Turkey
türkisch	Turkish
türme	towers
ufer	bank
ufer	shore
uferrand	bank
uferrand	edge of the bank
uhr	clock
uhr	watch
uhr	o'clock
ukraine	Ukraine
um	around
um	at
um	about
umarmen	hug
umarmen	embrace
umarmt	hug
umarmt	embrace
umbrachte	kill
umbringen	kill
umbringt	kill
umfang	extent
umfang	size
umfang	scope
umfangreich	extensive
umfassen	include
umfassen	comprise
umfasst	include
umfasst	comprise
umgab	surround
umgang	dealing
umgang	contact
umgang	handling
umgangen	bypass
umgangen	avoid
umgeben	surround
umgebracht	kill
umgebung	surroundings
umgebung	environment
umgehen	bypass
umgehen	avoid
umgeht	bypass
umgeht	avoid
umgekehrt	turn back
umgekehrt	reverse
umgekommen	die
umgekommen	perish
umgesetzt	implement
umgesetzt	convert
umgestiegen	change
umgestiegen	transfer
umgezogen	move house
umgibt	surround
umging	bypass
umging	avoid
umkam	die
umkam	perish
umkehren	turn back
umkehren	reverse
umkehrt	turn back
umkehrt	reverse
umkommen	die
umkommen	perish
umkommt	die
umkommt	perish
umringen	surround
umringt	surround
umsatz	turnover
umsatz	sales
umsetzen	implement
umsetzen	convert
umsetzt	implement
umsetzt	convert
umsonst	in vain
umsonst	free
umstand	circumstance
umsteigen	change
umsteigen	transfer
umsteigt	change
umsteigt	transfer
umstieg	change
umstieg	transfer
umstritten	controversial
umstritten	disputed
umständlich	complicated
umständlich	cumbersome
umwelt	environment
umziehen	move house
umzieht	move house
umzog	move house
umzubringen	kill
umzukehren	turn back
umzukehren	reverse
umzukommen	die
umzukommen	perish
umzusetzen	implement
umzusetzen	convert
umzusteigen	change
umzusteigen	transfer
umzuziehen	move house
unabhängig	independent
unabhängigkeit	independence
unabsehbar	unforeseeable
unangenehm	unpleasant
unbedeutend	insignificant
unbedingt	absolutely
unbedingt	necessarily
unbegreiflich	incomprehensible
unbehagen	unease
unbekannt	unknown
unberührt	untouched
unbestiegen	unclimbed
unbestimmt	indefinite
unbestimmt	uncertain
unbezwungen	unclimbed
unbezwungen	unconquered
und	and
undurchsichtig	opaque
unendlich	infinite
unendlich	endless
unerforscht	unexplored
unerreichbar	unreachable
unerstiegen	unclimbed
unerwartet	unexpected
unfall	accident
unfallstelle	scene of the accident
unfreundlich	unfriendly
unfähig	incapable
ungarisch	Hungarian
ungarn	Hungary
ungeduld	impatience
ungeeignet	unsuitable
ungefähr	approximately
ungefähr	about
ungeheuer	enormous
ungeheuer	huge
ungeheuer	monstrous
ungemein	extremely
ungemein	immensely
ungenau	inaccurate
ungerecht	unfair
ungerecht	unjust
ungeschickt	clumsy
ungestört	undisturbed
ungewiss	uncertain
ungewöhnlich	unusual
unglaublich	incredible
unglaublich	unbelievable
unglück	accident
unglück	disaster
unglück	misfortune
unglücklich	unhappy
unglücklich	unfortunate
unglücksfall	accident
unglückstag	day of the accident
ungünstig	unfavourable
unheimlich	eerie
unheimlich	sinister
unheimlich	tremendously
union	union
universität	university
unkenntlich	unrecognizable
unklar	unclear
unmöglich	impossible
unnötig	unnecessary
uno	UN
uno	United Nations
unruhig	restless
unruhig	uneasy
unschuldig	innocent
unser	our
unsere	our
unserer	our
unsicher	unsafe
unsicher	uncertain
unsicherheit	uncertainty
unsicherheit	insecurity
unsichtbar	invisible
unten	below
unten	down
unten	at the bottom
unter	under
unter	below
unter	among
unterbrach	interrupt
unterbrachte	accommodate
unterbrachte	house
unterbrechen	interrupt
unterbrechung	interruption
unterbreiten	submit
unterbreiten	present
unterbreitet	submit
unterbreitet	present
unterbricht	interrupt
unterbringen	accommodate
unterbringen	house
unterbringt	accommodate
unterbringt	house
unterbrochen	interrupt
untere	lower
untereinander	among themselves
unteren	lower
unterengadin	Lower Engadine
untergebracht	accommodate
untergebracht	house
untergegangen	sink
untergegangen	set
untergegangen	perish
untergehen	sink
untergehen	set
untergehen	perish
untergeht	sink
untergeht	set
untergeht	perish
untergeschrieben	sign
unterging	sink
unterging	set
unterging	perish
unterhalb	below
unterhalten	entertain
unterhalten	maintain
unterhalten	talk
unterhielt	entertain
unterhielt	maintain
unterhielt	talk
unterhöhlen	undermine
unterhöhlen	hollow out
unterhöhlt	undermine
unterhöhlt	hollow out
unterkunft	accommodation
unterkunft	shelter
unterkunft	lodging
unterlassen	refrain
unterlassen	omit
unterliess	refrain
unterliess	omit
unterlässt	refrain
unterlässt	omit
unternahm	undertake
unternehmen	undertake
unternehmen	company
unternehmen	enterprise
unternehmer	entrepreneur
unternehmung	undertaking
unternehmung	venture
unternehmung	expedition
unternimmt	undertake
unterricht	lessons
unterricht	teaching
unterrichten	teach
unterrichten	inform
unterrichtet	teach
unterrichtet	inform
untersagen	forbid
untersagen	prohibit
untersagt	forbid
untersagt	prohibit
unterscheiden	distinguish
unterscheiden	differ
unterscheidet	distinguish
unterscheidet	differ
unterschied	distinguish
unterschied	differ
unterschied	difference
unterschiedlich	different
unterschiedlich	varying
unterschreiben	sign
unterschreibt	sign
unterschrieb	sign
unterschätzen	underestimate
unterschätzt	underestimate
unterstand	shelter
unterstützen	support
unterstützt	support
unterstützung	support
untersuchen	examine
untersuchen	investigate
untersucht	examine
untersucht	investigate
untersuchung	investigation
untersuchung	examination
untersuchung	study
unterwalden	Unterwalden
unterzubringen	accommodate
unterzubringen	house
unterzugehen	sink
unterzugehen	set
unterzugehen	perish
unterzuschreiben	sign
unvergesslich	unforgettable
unvergleichlich	incomparable
unverletzt	unhurt
unverletzt	uninjured
unvermeidlich	inevitable
unvorsichtig	careless
unwahrscheinlich	unlikely
unwahrscheinlich	improbable
unwetter	storm
unwetter	severe weather
unwichtig	unimportant
unzugänglich	inaccessible
unübersichtlich	confusing
unübersichtlich	unclear
ural	Urals
urgestein	primary rock
uri	Uri
ursache	cause
ursprung	origin
ursprünglich	original
ursprünglich	originally
urteil	judgement
urteil	verdict
urteil	sentence
urteilen	judge
urteilt	judge
urwald	jungle
urwald	primeval forest
usa	USA
usw	etc
usw	and so on
variieren	vary
variierend	vary
variiert	vary
vater	father
vegetation	vegetation
velo	bicycle
velo	bike
venedig	Venice
verabschieden	say goodbye
verabschieden	pass
verabschiedet	say goodbye
verabschiedet	pass
verachten	despise
verachtet	despise
verachtung	contempt
veranlassen	cause
veranlassen	arrange
veranlasst	cause
veranlasst	arrange
veranstalten	organize
veranstalten	hold
veranstaltet	organize
veranstaltet	hold
veranstaltung	event
verantworten	be responsible for
verantwortet	be responsible for
verantwortlich	responsible
verantwortung	responsibility
verantwortungsvoll	responsible
verband	connect
verband	link
verband	join
verbessern	improve
verbessernd	improve
verbessert	improve
verbesserung	improvement
verbieten	forbid
verbieten	ban
verbietet	forbid
verbietet	ban
verbinden	connect
verbinden	link
verbinden	join
verbindet	connect
verbindet	link
verbindet	join
verbindung	connection
verbindung	link
verbindung	compound
verbindungsgrat	connecting ridge
verbindungsoffizier	liaison officer
verbleiben	remain
verbleibt	remain
verblieb	remain
verborgen	hidden
verbot	forbid
verbot	ban
verbot	prohibition
verbrachte	spend
verbrauchen	consume
verbrauchen	use up
verbraucher	consumer
verbraucht	consume
verbraucht	use up
verbrechen	crime
verbrecher	criminal
verbreiten	spread
verbreitet	spread
verbreitung	spread
verbreitung	distribution
verbringen	spend
verbringt	spend
verbunden	connect
verbunden	link
verbunden	join
verdacht	suspicion
verdanken	owe
verdankt	owe
verdarb	spoil
verdecken	cover
verdecken	hide
verdecken	conceal
verdeckt	cover
verdeckt	hide
verdeckt	conceal
verderben	spoil
verdienen	earn
verdienen	deserve
verdienend	earn
verdienend	deserve
verdienst	merit
verdienst	earnings
verdient	earn
verdient	deserve
verdient	deserved
verdient	deserving
verdirbt	spoil
verdoppeln	double
verdoppelnd	double
verdoppelt	double
verdorben	spoil
verdruss	annoyance
verdruss	frustration
verdächtig	suspicious
verein	club
verein	association
vereinbaren	agree
vereinbaren	arrange
vereinbart	agree
vereinbart	arrange
vereinbarung	agreement
vereinigen	unite
vereinigt	unite
vereinigte staaten	United States
vereinte nationen	United Nations
vereisen	ice up
vereist	ice up
vereist	icy
vereist	iced up
vereiste	icy
vereiste	iced up
vererben	bequeath
vererben	pass on
vererbt	bequeath
vererbt	pass on
verfahren	proceed
verfahren	procedure
verfahren	process
verfahren	proceedings
verfallen	decay
verfallen	expire
verfassen	write
verfassen	compose
verfasser	author
verfasser	writer
verfasst	write
verfasst	compose
verfassung	constitution
verfassung	condition
verfassungsgericht	constitutional court
verfehlen	miss
verfehlt	miss
verfiel	decay
verfiel	expire
verfolgen	pursue
verfolgen	follow
verfolgen	persecute
verfolgt	pursue
verfolgt	follow
verfolgt	persecute
verfuhr	proceed
verfuhr	procedure
verfährt	proceed
verfährt	procedure
verfällt	decay
verfällt	expire
verfügbar	available
verfügen	have at one's disposal
verfügen	decree
verfügt	have at one's disposal
verfügt	decree
verfügung	disposal
verfügung	order
verführen	seduce
verführen	tempt
verführt	seduce
verführt	tempt
vergab	forgive
vergab	award
vergangenheit	past
vergass	forget
vergeben	forgive
vergeben	award
vergeblich	in vain
vergeblich	futile
vergessen	forget
vergeuden	waste
vergeudet	waste
vergibt	forgive
vergibt	award
vergisst	forget
verglast	glazed
verglast	verglassed
verglaste	glazed
vergleich	comparison
vergleichen	compare
vergleicht	compare
verglich	compare
vergnügen	pleasure
vergnügen	fun
vergrössern	enlarge
vergrössern	increase
vergrössernd	enlarge
vergrössernd	increase
vergrössert	enlarge
vergrössert	increase
verhaften	arrest
verhaftet	arrest
verhaftung	arrest
verhalten	behave
verhalten	behaviour
verhalten	conduct
verhandeln	negotiate
verhandelnd	negotiate
verhandelt	negotiate
verhandlung	hearing
verhandlung	negotiation
verhandlung	trial
verhandlungen	negotiations
verhielt	behave
verhindern	prevent
verhindernd	prevent
verhindert	prevent
verhältnis	relationship
verhältnis	ratio
verhältnis	proportion
verhältnismässig	relatively
verhältnisse	conditions
verhältnisse	circumstances
verirren	get lost
verirrt	get lost
verkaufen	sell
verkauft	sell
verkehr	traffic
verkehr	transport
verknüpfen	link
verknüpfen	connect
verknüpft	link
verknüpft	connect
verkünden	announce
verkünden	proclaim
verkündet	announce
verkündet	proclaim
verlag	publisher
verlag	publishing house
verlagern	shift
verlagern	relocate
verlagernd	shift
verlagernd	relocate
verlagert	shift
verlagert	relocate
verlangen	demand
verlangen	require
verlangt	demand
verlangt	require
verlassen	leave
verlassen	abandon
verlassen	deserted
verlassen	abandoned
verlauf	course
verlauf	progress
verlaufen	run
verlaufen	proceed
verlegen	move
verlegen	relocate
verlegen	publish
verlegen	embarrassed
verlegenheit	embarrassment
verlegt	move
verlegt	relocate
verlegt	publish
verlegt	embarrassed
verletzen	injure
verletzen	hurt
verletzen	violate
verletzlich	vulnerable
verletzt	injure
verletzt	hurt
verletzt	violate
verletzt	injured
verletzung	injury
verletzung	violation
verletzungen	injuries
verlief	run
verlief	proceed
verlieren	lose
verlierend	lose
verlierer	loser
verliert	lose
verliess	leave
verliess	abandon
verloben	get engaged
verlobt	get engaged
verlor	lose
verlust	loss
verlängern	extend
verlängern	lengthen
verlängernd	extend
verlängernd	lengthen
verlängert	extend
verlängert	lengthen
verlässlich	reliable
verlässt	leave
verlässt	abandon
verläuft	run
verläuft	proceed
vermehren	multiply
vermehren	increase
vermehrt	multiply
vermehrt	increase
vermeiden	avoid
vermeidet	avoid
vermelden	report
vermelden	announce
vermeldet	report
vermeldet	announce
vermessen	survey
vermessen	measure
vermessung	survey
vermessung	surveying
vermessung	measurement
vermessungsamt	survey office
vermessungsbeamter	surveyor
vermied	avoid
vermieten	let
vermieten	rent out
vermietet	let
vermietet	rent out
vermissen	miss
vermisst	missing
vermisst	miss
vermisste	missing person
vermitteln	convey
vermitteln	mediate
vermitteln	arrange
vermittelnd	convey
vermittelnd	mediate
vermittelnd	arrange
vermittelt	convey
vermittelt	mediate
vermittelt	arrange
vermuten	suppose
vermuten	suspect
vermutet	suppose
vermutet	suspect
vermutlich	presumably
vermutlich	probably
vermutung	assumption
vermutung	supposition
vermögen	fortune
vermögen	assets
vermögen	ability
vermögen	wealth
vernachlässigen	neglect
vernachlässigt	neglect
vernahm	hear
vernahm	question
vernehmen	hear
vernehmen	question
vernichten	destroy
vernichten	annihilate
vernichtet	destroy
vernichtet	annihilate
vernimmt	hear
vernimmt	question
vernunft	reason
vernünftig	reasonable
vernünftig	sensible
verordnung	regulation
verordnung	decree
verordnung	ordinance
verpassen	miss
verpasst	miss
verpflegung	food
verpflegung	provisions
verpflegung	catering
verpflichten	oblige
verpflichten	commit
verpflichtet	oblige
verpflichtet	commit
verpflichtung	obligation
verpflichtung	commitment
verrat	betrayal
verrat	treason
verraten	betray
verraten	reveal
verrichten	perform
verrichtet	perform
verriet	betray
verriet	reveal
verringern	reduce
verringern	decrease
verringernd	reduce
verringernd	decrease
verringert	reduce
verringert	decrease
verrückt	crazy
versagen	fail
versagt	fail
versah	provide
versah	equip
versammeln	gather
versammeln	assemble
versammelnd	gather
versammelnd	assemble
versammelt	gather
versammelt	assemble
versammlung	assembly
versammlung	meeting
verschieben	postpone
verschieben	move
verschiebt	postpone
verschiebt	move
verschiebung	shift
verschiebung	postponement
verschieden	different
verschieden	various
verschlechtern	worsen
verschlechtern	deteriorate
verschlechternd	worsen
verschlechternd	deteriorate
verschlechtert	worsen
verschlechtert	deteriorate
verschliessen	lock
verschliessen	close
verschliesst	lock
verschliesst	close
verschloss	lock
verschloss	close
verschneidung	corner
verschneidung	dihedral
verschneit	snow-covered
verschneit	snowy
verschob	postpone
verschob	move
verschwand	disappear
verschwand	vanish
verschwenden	waste
verschwendet	waste
verschwinden	disappear
verschwinden	vanish
verschwindet	disappear
verschwindet	vanish
verschüttet	buried
versehen	provide
versehen	equip
versichern	insure
versichern	assure
versichernd	insure
versichernd	assure
versichert	insure
versichert	assure
versicherung	insurance
versieht	provide
versieht	equip
versorgen	supply
versorgen	provide
versorgen	look after
versorgt	supply
versorgt	provide
versorgt	look after
versorgung	supply
versorgung	care
verspotten	mock
verspottet	mock
versprach	promise
versprechen	promise
verspricht	promise
versprochen	promise
verspäten	be late
verspäten	delay
verspätet	be late
verspätet	delay
verstand	understand
verstecken	hide
versteckt	hide
verstehen	understand
versteht	understand
versteinerung	fossil
verstimmung	upset
verstimmung	ill feeling
verständigen	inform
verständigen	communicate
verständigt	inform
verständigt	communicate
verständlich	understandable
verständnis	understanding
verstärken	strengthen
verstärken	reinforce
verstärkt	strengthen
verstärkt	reinforce
verstärkung	reinforcement
versuch	attempt
versuch	experiment
versuch	try
versuche	attempts
versuche	experiments
versuchen	try
versuchen	attempt
versucht	try
versucht	attempt
versuchte	tried
versuchte	attempted
versäumen	miss
versäumen	neglect
versäumt	miss
versäumt	neglect
verteidigen	defend
verteidiger	defence lawyer
verteidiger	defender
verteidigt	defend
verteidigung	defence
verteidigung	defense
verteidigungsminister	defence minister
verteilen	distribute
verteilt	distribute
verteilung	distribution
vertiefen	deepen
vertieft	deepen
vertikal	vertical
vertrag	contract
vertrag	treaty
vertrag	agreement
vertragen	tolerate
vertrat	represent
vertrauen	trust
vertrauen	confidence
vertraut	trust
vertreten	represent
vertreter	representative
vertritt	represent
vertrug	tolerate
verträgt	tolerate
verunglücken	have an accident
verunglückt	have an accident
verunglückt	killed
verunglückt	injured in an accident
verunglückte	casualty
verunglückte	victim
verursachen	cause
verursacht	cause
verurteilen	sentence
verurteilen	condemn
verurteilt	sentence
verurteilt	condemn
verwalten	administer
verwalten	manage
verwaltet	administer
verwaltet	manage
verwaltung	administration
verwandeln	transform
verwandelnd	transform
verwandelt	transform
verwandte	relatives
verwechseln	confuse
verwechseln	mix up
verwechselnd	confuse
verwechselnd	mix up
verwechselt	confuse
verwechselt	mix up
verwegen	daring
verwegen	audacious
verweigern	refuse
verweigernd	refuse
verweigert	refuse
verweilen	stay
verweilen	linger
verweilt	stay
verweilt	linger
verweisen	refer
verweist	refer
verwenden	use
verwendet	use
verwerfung	fault
verwies	refer
verwiesen	refer
verwirklichen	realize
verwirklichend	realize
verwirklicht	realize
verwirrung	confusion
verwitterung	weathering
verwunden	wound
verwundet	wound
verzehren	consume
verzehrt	consume
verzeichnen	record
verzeichnen	register
verzeichnt	record
verzeichnt	register
verzicht	renunciation
verzichten	renounce
verzichten	do without
verzichtet	renounce
verzichtet	do without
verzweifelt	desperate
verzögern	delay
verzögernd	delay
verzögert	delay
verzögerung	delay
verändern	change
verändernd	change
verändert	change
veränderung	change
veröffentlichen	publish
veröffentlichend	publish
veröffentlicht	publish
veröffentlichung	publication
vetter	cousin
vgl	compare
vgl	cf
vieh	cattle
vieh	livestock
viel	much
viel	a lot
viele	many
vielfalt	variety
vielfalt	diversity
vielfältig	diverse
vielfältig	varied
vielleicht	perhaps
vielleicht	maybe
vielmehr	rather
vielmehr	on the contrary
vielversprechend	promising
vier	four
viertausend	four thousand
viertausender	four-thousander
viertausender	4000-metre peak
vierte	fourth
viertel	quarter
vierwaldstättersee	Lake Lucerne
vierzehn	fourteen
vierzig	forty
violett	violet
violett	purple
virus	virus
visp	Visp
vogel	bird
volk	people
volk	nation
volksabstimmung	referendum
voll	full
vollenden	complete
vollendet	complete
vollendung	completion
vollkommen	perfect
vollkommen	complete
vollständig	complete
vollständig	completely
vollversammlung	plenary assembly
vollversammlung	general assembly
vollziehen	carry out
vollzieht	carry out
vollzog	carry out
von	from
von	of
von	by
vor	before
vor	in front of
vor	ago
vor allem	above all
voralpen	Prealps
voralpen	foothills of the Alps
vorangekommen	make progress
vorangekommen	advance
vorangetrieben	push forward
vorankam	make progress
vorankam	advance
vorankommen	make progress
vorankommen	advance
vorankommt	make progress
vorankommt	advance
vorantreiben	push forward
voranzukommen	make progress
voranzukommen	advance
vorarbeiten	preparatory work
vorarlberg	Vorarlberg
voraus	ahead
voraus	in advance
vorausgesetzt	assume
vorausgesetzt	require
voraussetzen	assume
voraussetzen	require
voraussetzt	assume
voraussetzt	require
voraussetzung	prerequisite
voraussetzung	condition
vorauszusetzen	assume
vorauszusetzen	require
vorbereiten	prepare
vorbereitet	prepare
vorbereitet	prepared
vorbereitung	preparation
vorbereitungen	preparations
vorbericht	preliminary report
vorbeugen	prevent
vorbeugt	prevent
vorbild	model
vorbild	example
vordere	front
vorderpfote	forepaw
vorderpfoten	forepaws
vordrang	advance
vordrang	push forward
vordringen	advance
vordringen	push forward
vordringt	advance
vordringt	push forward
vorerst	for the time being
vorgang	process
vorgang	event
vorgebirge	foothills
vorgedrungen	advance
vorgedrungen	push forward
vorgegangen	proceed
vorgegangen	go ahead
vorgehabt	plan
vorgehabt	intend
vorgehen	proceed
vorgehen	go ahead
vorgehen	approach
vorgehen	procedure
vorgeht	proceed
vorgeht	go ahead
vorgekommen	occur
vorgekommen	happen
vorgelegt	present
vorgelegt	submit
vorgenommen	carry out
vorgenommen	intend
vorgeschlagen	propose
vorgeschlagen	suggest
vorgeschrieben	prescribe
vorgeschrieben	dictate
vorgesehen	provide for
vorgesehen	plan
vorgestellt	introduce
vorgestellt	present
vorgestellt	imagine
vorgestern	day before yesterday
vorgeworfen	accuse
vorgeworfen	blame
vorgezogen	prefer
vorging	proceed
vorging	go ahead
vorgipfel	subsidiary summit
vorgipfel	fore-summit
vorgänger	predecessor
vorhaben	plan
vorhaben	project
vorhaben	intend
vorher	before
vorher	beforehand
vorhin	just now
vorhin	earlier
vorkam	occur
vorkam	happen
vorkommen	occur
vorkommen	happen
vorkommt	occur
vorkommt	happen
vorlegen	present
vorlegen	submit
vorlegt	present
vorlegt	submit
vorliebe	preference
vorläufig	provisional
vorläufig	for the time being
vormittag	morning
vormittags	in the morning
vorn	in front
vorn	at the front
vornahm	carry out
vornahm	intend
vorne	in front
vorne	at the front
vornehmen	carry out
vornehmen	intend
vornimmt	carry out
vornimmt	intend
vorrat	supply
vorrat	stock
vorrat	provisions
vorsah	provide for
vorsah	plan
vorsatz	intention
vorsatz	resolution
vorschlag	proposal
vorschlag	suggestion
vorschlagen	propose
vorschlagen	suggest
vorschlug	propose
vorschlug	suggest
vorschlägt	propose
vorschlägt	suggest
vorschreiben	prescribe
vorschreiben	dictate
vorschreibt	prescribe
vorschreibt	dictate
vorschrieb	prescribe
vorschrieb	dictate
vorschrift	regulation
vorschrift	rule
vorsehen	provide for
vorsehen	plan
vorsicht	caution
vorsicht	care
vorsichtig	careful
vorsichtig	cautious
vorsieht	provide for
vorsieht	plan
vorsitzende	chair
vorsitzende	chairman
vorsitzender	chairman
vorsitzender	chair
vorsprung	lead
vorsprung	projection
vorstand	board
vorstand	executive committee
vorstellen	introduce
vorstellen	present
vorstellen	imagine
vorstellt	introduce
vorstellt	present
vorstellt	imagine
vorstellung	idea
vorstellung	notion
vorstellung	performance
vorstellung	introduction
vorstoss	advance
vorstoss	push
vorstoss	thrust
vorteil	advantage
vortrag	lecture
vortrag	talk
vorwarf	accuse
vorwarf	blame
vorwerfen	accuse
vorwerfen	blame
vorwiegend	predominantly
vorwiegend	mainly
vorwirft	accuse
vorwirft	blame
vorwurf	reproach
vorwurf	accusation
vorwärts	forward
vorwärts	forwards
vorwärtsgekommen	make progress
vorwärtskam	make progress
vorwärtskommen	make progress
vorwärtskommt	make progress
vorwärtszukommen	make progress
vorziehen	prefer
vorzieht	prefer
vorzog	prefer
vorzubereiten	prepare
vorzubeugen	prevent
vorzudringen	advance
vorzudringen	push forward
vorzugehen	proceed
vorzugehen	go ahead
vorzukommen	occur
vorzukommen	happen
vorzulegen	present
vorzulegen	submit
vorzunehmen	carry out
vorzunehmen	intend
vorzuschlagen	propose
vorzuschlagen	suggest
vorzuschreiben	prescribe
vorzuschreiben	dictate
vorzusehen	provide for
vorzusehen	plan
vorzustellen	introduce
vorzustellen	present
vorzustellen	imagine
vorzuwerfen	accuse
vorzuwerfen	blame
vorzuziehen	prefer
vorübergehend	temporary
vulkan	volcano
vulkanisch	volcanic
vögel	birds
völlig	completely
völlig	totally
waadt	Vaud
waadtland	Vaud
waadtländer	Vaudois
waagerecht	horizontal
waagrecht	horizontal
wach	awake
wachen	watch
wachen	be awake
wachend	watch
wachend	be awake
wachsam	vigilant
wachsen	grow
wachsend	grow
wachstum	growth
wacht	watch
wacht	be awake
wackelig	wobbly
wackelig	shaky
wacker	brave
wacker	stout
waffe	weapon
waffen	weapons
waffen	arms
waffenstillstand	ceasefire
waffenstillstand	armistice
wagen	car
wagen	carriage
wagen	wagon
wagen	dare
wagen	venture
wagend	dare
wagend	venture
wagnis	venture
wagnis	risk
wagt	dare
wagt	venture
wahl	choice
wahl	election
wahl	vote
wahlen	elections
wahlkampf	election campaign
wahnsinnig	insane
wahnsinnig	incredibly
wahr	true
wahren	preserve
wahren	maintain
wahrend	preserve
wahrend	maintain
wahrheit	truth
wahrnehmung	perception
wahrscheinlich	probably
wahrscheinlich	likely
wahrt	preserve
wahrt	maintain
wald	forest
wald	wood
waldgrenze	tree line
waldgrenze	timberline
wales	Wales
wallis	Valais
walliser	Valaisan
walliser	from Valais
walten	rule
waltend	rule
waltet	rule
wand	wind
wand	twist
wand	wall
wand	face
wandel	change
wanderer	hiker
wanderer	walker
wanderin	hiker
wanderlust	wanderlust
wandern	hike
wandern	walk
wandern	wander
wandernd	hike
wandernd	walk
wandernd	wander
wandert	hike
wandert	walk
wandert	wander
wanderung	hike
wanderung	walk
wanderweg	hiking trail
wanderweg	footpath
wandte	turn
wann	when
war	be
warb	advertise
warb	recruit
ware	goods
ware	product
waren	goods
warf	throw
warm	warm
warnen	warn
warnend	warn
warnt	warn
warschau	Warsaw
warst	be
wart	be
warten	wait
wartend	wait
wartet	wait
warum	why
waschen	wash
waschend	wash
washington	Washington
wasser	water
wasserfall	waterfall
wasserkraft	hydropower
wasserkraftwerk	hydroelectric power station
wasserscheide	watershed
wasserscheide	divide
wechsel	change
wechsel	exchange
wechseln	change
wechseln	exchange
wechselnd	change
wechselnd	exchange
wechselt	change
wechselt	exchange
wecken	wake
weckend	wake
weckt	wake
weder	neither
weg	way
weg	path
weg	route
weg	track
weg	away
weg	gone
weg	trail
wegen	because of
weggegangen	leave
weggegangen	go away
weggehen	leave
weggehen	go away
weggeht	leave
weggeht	go away
wegging	leave
wegging	go away
wegspur	trail
wegspur	path
wegweiser	signpost
wegzugehen	leave
wegzugehen	go away
wehren	defend
wehren	resist
wehrend	defend
wehrend	resist
wehrt	defend
wehrt	resist
weich	soft
weichen	yield
weichen	give way
weichend	yield
weichend	give way
weicht	yield
weicht	give way
weide	pasture
weide	willow
weigern	refuse
weigernd	refuse
weigert	refuse
weihnachten	Christmas
weil	because
wein	wine
weinen	cry
weinen	weep
weinend	cry
weinend	weep
weint	cry
weint	weep
weise	way
weise	manner
weise	wise
weisen	point
weisen	show
weisend	point
weisend	show
weisheit	wisdom
weiss	know
weiss	white
weisshorn	Weisshorn
weisst	know
weist	point
weist	show
weit	far
weit	wide
weite	expanse
weite	width
weite	distance
weiter	further
weiter	farther
weiter	on
weiterfahren	drive on
weiterfahren	continue
weiterfuhr	drive on
weiterfuhr	continue
weiterfährt	drive on
weiterfährt	continue
weitergefahren	drive on
weitergefahren	continue
weitergegangen	go on
weitergegangen	continue
weitergehen	go on
weitergehen	continue
weitergeht	go on
weitergeht	continue
weitergezogen	move on
weiterging	go on
weiterging	continue
weiterhin	still
weiterhin	furthermore
weiterziehen	move on
weiterzieht	move on
weiterzog	move on
weiterzufahren	drive on
weiterzufahren	continue
weiterzugehen	go on
weiterzugehen	continue
weiterzuziehen	move on
weiträumig	spacious
weiträumig	extensive
weizen	wheat
welle	wave
welt	world
weltberg	world mountain
weltberg	giant peak
weltberge	world's highest mountains
weltbergen	world's highest mountains
weltkrieg	world war
wenden	turn
wendend	turn
wendet	turn
wendung	turn
wendung	expression
wenig	little
wenig	few
wenige	few
weniger	less
weniger	fewer
wenigstens	at least
wenn	if
wenn	when
werben	advertise
werben	recruit
werbend	advertise
werbend	recruit
werden	become
werden	will
werden	be
werdend	become
werdend	will
werfen	throw
werfend	throw
werk	work
werk	plant
werk	factory
werkzeug	tool
wert	value
wert	worth
wertvoll	valuable
wesen	being
wesen	nature
wesen	essence
wesentlich	essential
wesentlich	substantial
wesentlich	considerably
weshalb	why
west	west
westalpen	Western Alps
westen	west
westflanke	west flank
westgipfel	west summit
westgrat	west ridge
westhang	west slope
westlich	western
westlich	west of
westliche	western
westseite	west side
westwand	west face
westwärts	westwards
westwärts	west
wettbewerb	competition
wetten	bet
wettend	bet
wetter	weather
wetterbericht	weather report
wetterbericht	forecast
wetterbesserung	improvement in the weather
wetterlage	weather situation
wetterlage	conditions
wettersturz	sudden change in the weather
wetterumschlag	change in the weather
wetterverhältnisse	weather conditions
wettet	bet
wettkampf	competition
wettkampf	contest
wettlauf	race
wich	yield
wich	give way
wichtig	important
widerspruch	contradiction
widerstand	resistance
widerwillig	reluctant
widmen	dedicate
widmen	devote
widmend	dedicate
widmend	devote
widmet	dedicate
widmet	devote
wie	how
wie	as
wie	like
wieder	again
wiederholen	repeat
wiederholt	repeat
wiederholung	repetition
wiederum	again
wiederum	in turn
wiegen	weigh
wiegend	weigh
wiegt	weigh
wien	Vienna
wiener	Viennese
wiener	Vienna
wies	point
wies	show
wiese	meadow
wieso	why
wild	wild
wild	game
wildbahn	wild
wildbahn	hunting ground
will	want
wille	will
willkür	arbitrariness
wind	wind
winden	wind
winden	twist
windend	wind
windend	twist
windet	wind
windet	twist
windig	windy
windjacke	windcheater
windjacke	anorak
windstill	calm
windstill	windless
windstille	calm
winken	wave
winkend	wave
winkt	wave
winter	winter
winterbegehung	winter ascent
winterbesteigung	winter ascent
wintertour	winter tour
winzig	tiny
wirbt	advertise
wirbt	recruit
wird	become
wird	will
wird	is
wird	becomes
wirft	throw
wirken	work
wirken	have an effect
wirken	seem
wirkend	work
wirkend	have an effect
wirkend	seem
wirklich	really
wirklich	real
wirklichkeit	reality
wirksam	effective
wirkt	work
wirkt	have an effect
wirkt	seem
wirkung	effect
wirkung	impact
wirr	confused
wirr	tangled
wirst	become
wirst	will
wirtschaft	economy
wirtschaftlich	economic
wirtschaftlich	economical
wirtschaftsminister	economics minister
wissen	know
wissen	knowledge
wissend	know
wissenschaft	science
wissenschaftler	scientist
wissenschaftlerin	scientist
wissenschaftlich	scientific
witterung	weather
witwe	widow
witz	joke
witzig	funny
woanders	elsewhere
wobei	whereby
wobei	while
woche	week
wochen	weeks
wochenende	weekend
wochenlang	for weeks
wochentag	weekday
wodurch	whereby
wodurch	through which
wog	weigh
woher	where from
wohin	where to
wohl	probably
wohl	well
wohlbehalten	safe and sound
wohlstand	prosperity
wohnen	live
wohnen	reside
wohnend	live
wohnend	reside
wohnt	live
wohnt	reside
wohnung	flat
wohnung	apartment
wolf	wolf
wolke	cloud
wolken	clouds
wolkendecke	cloud cover
wolkenlos	cloudless
wolkig	cloudy
wollen	want
wollend	want
wollte	want
womit	with which
womit	with what
worauf	whereupon
worauf	on which
worden	become
worden	will
worden	been
wort	word
worüber	about which
wuchs	grow
wuchsen	grow
wunde	wound
wunder	miracle
wunder	wonder
wunderbar	wonderful
wundern	surprise
wundern	wonder
wundernd	surprise
wundernd	wonder
wundert	surprise
wundert	wonder
wunsch	wish
wunsch	desire
wurde	become
wurde	will
wurde	was
wurde	became
wurden	were
wurden	became
wusch	wash
wusste	know
wut	rage
wut	anger
wächst	grow
wächte	cornice
wächtengrat	corniced ridge
wägen	weigh
wägend	weigh
wählen	choose
wählen	elect
wählen	vote
wählend	choose
wählend	elect
wählend	vote
wähler	voter
wählerin	voter
wählt	choose
wählt	elect
wählt	vote
während	while
während	during
währung	currency
wälder	forests
wärme	warmth
wärme	heat
wärmen	warm
wärmend	warm
wärmt	warm
wäscht	wash
wöchentlich	weekly
wörter	words
wühlen	dig
wühlen	rummage
wühlend	dig
wühlend	rummage
wühlt	dig
wühlt	rummage
wünschen	wish
wünschen	want
wünschend	wish
wünschend	want
wünscht	wish
wünscht	want
würde	dignity
würdig	worthy
würdig	dignified
würdigen	appreciate
würdigen	honour
würdigt	appreciate
würdigt	honour
würzen	season
würzend	season
würzt	season
wüst	desolate
wüst	wild
wüste	desert
yak	yak
zacke	point
zacke	spike
zacken	point
zacken	spike
zahl	number
zahl	figure
zahlen	pay
zahlen	numbers
zahlen	figures
zahlend	pay
zahlreich	numerous
zahlreiche	numerous
zahlreiche	many
zahlt	pay
zahlung	payment
zahm	tame
zahn	tooth
zahn	spire
zart	tender
zart	delicate
zaubern	conjure
zaubernd	conjure
zaubert	conjure
zehe	toe
zehen	toes
zehn	ten
zehnte	tenth
zeichen	sign
zeichen	signal
zeichen	symbol
zeichnen	draw
zeichnend	draw
zeichnt	draw
zeichnung	drawing
zeigen	show
zeigend	show
zeigt	show
zeit	time
zeitalter	age
zeitalter	era
zeitpunkt	point in time
zeitpunkt	moment
zeitraum	period
zeitschrift	magazine
zeitschrift	journal
zeitung	newspaper
zeitweise	at times
zeitweise	temporarily
zelt	tent
zelte	tents
zelten	camp
zeltend	camp
zeltet	camp
zeltlager	tent camp
zeltplatz	campsite
zentimeter	centimetre
zentral	central
zentralalpen	Central Alps
zentralasien	Central Asia
zentralbank	central bank
zentrum	centre
zentrum	center
zerbrach	break
zerbrach	shatter
zerbrechen	break
zerbrechen	shatter
zerbrechlich	fragile
zerbricht	break
zerbricht	shatter
zerbrochen	break
zerbrochen	shatter
zerklüftet	rugged
zerklüftet	fissured
zermatt	Zermatt
zerrissen	torn
zerrissen	rugged
zerstören	destroy
zerstört	destroy
zerstörung	destruction
zertrat	crush
zertreten	crush
zertritt	crush
zeuge	witness
zeugen	testify
zeugen	father
zeugend	testify
zeugend	father
zeugt	testify
zeugt	father
ziege	goat
ziehen	pull
ziehen	move
ziehen	draw
ziehend	pull
ziehend	move
ziehend	draw
zieht	pull
zieht	move
zieht	draw
ziel	goal
ziel	aim
ziel	target
ziel	destination
zielen	aim
zielend	aim
zielsetzung	objective
zielsetzung	aim
zielstrebig	determined
zielstrebig	purposeful
zielt	aim
ziemlich	quite
ziemlich	fairly
ziemlich	rather
zimmer	room
zimmermann	carpenter
zimmern	build
zimmern	carpenter
zimmernd	build
zimmernd	carpenter
zimmert	build
zimmert	carpenter
zins	interest
zinsen	interest
zinssatz	interest rate
zitieren	quote
zitieren	cite
zitierend	quote
zitierend	cite
zitiert	quote
zitiert	cite
zittern	tremble
zittern	shiver
zitternd	tremble
zitternd	shiver
zittert	tremble
zittert	shiver
zog	pull
zog	move
zog	draw
zone	zone
zoologie	zoology
zoologisch	zoological
zornig	angry
zu	to
zu	at
zu	too
zucker	sugar
zudecken	cover
zudeckt	cover
zudem	moreover
zudem	besides
zuerst	first
zuerst	at first
zufall	chance
zufall	coincidence
zufluss	tributary
zufluss	inflow
zufrieden	satisfied
zufrieden	content
zufriedenheit	satisfaction
zufällig	accidental
zufällig	by chance
zug	train
zug	move
zug	procession
zug	Zug
zugab	admit
zugang	access
zugeben	admit
zugedeckt	cover
zugegeben	admit
zugekommen	approach
zugekommen	be due
zugelassen	allow
zugelassen	admit
zugelassen	approve
zugenommen	increase
zugenommen	gain
zugesagt	accept
zugesagt	promise
zugeschrieben	attribute
zugeschrieben	ascribe
zugestanden	be entitled
zugestimmt	agree
zugestimmt	approve
zugetroffen	apply
zugetroffen	be true
zugewiesen	assign
zugewiesen	allocate
zugibt	admit
zugunsten	in favour of
zugänglich	accessible
zukam	approach
zukam	be due
zukommen	approach
zukommen	be due
zukommt	approach
zukommt	be due
zukunft	future
zukünftig	future
zulassen	allow
zulassen	admit
zulassen	approve
zuletzt	last
zuletzt	finally
zuliess	allow
zuliess	admit
zuliess	approve
zulässt	allow
zulässt	admit
zulässt	approve
zum beispiel	for example
zum ersten mal	for the first time
zum glück	fortunately
zunahm	increase
zunahm	gain
zunehmen	increase
zunehmen	gain
zuneigung	affection
zunge	tongue
zunimmt	increase
zunimmt	gain
zunächst	first
zunächst	at first
zurück	back
zurück	backwards
zurückbleiben	stay behind
zurückbleibt	stay behind
zurückblieb	stay behind
zurückfahren	drive back
zurückfahren	return
zurückfuhr	drive back
zurückfuhr	return
zurückfährt	drive back
zurückfährt	return
zurückführen	attribute
zurückführen	lead back
zurückführt	attribute
zurückführt	lead back
zurückgab	give back
zurückgab	return
zurückgeben	give back
zurückgeben	return
zurückgeblieben	stay behind
zurückgefahren	drive back
zurückgefahren	return
zurückgeführt	attribute
zurückgeführt	lead back
zurückgegangen	go back
zurückgegangen	decline
zurückgegeben	give back
zurückgegeben	return
zurückgegriffen	fall back on
zurückgegriffen	resort
zurückgehalten	hold back
zurückgehalten	restrain
zurückgehen	go back
zurückgehen	decline
zurückgeht	go back
zurückgeht	decline
zurückgekehrt	return
zurückgekehrt	come back
zurückgekommen	come back
zurückgekommen	return
zurückgelassen	leave behind
zurückgerufen	call back
zurückgerufen	recall
zurückgetreten	resign
zurückgetreten	step back
zurückgewann	regain
zurückgewann	win back
zurückgewinnen	regain
zurückgewinnen	win back
zurückgewinnt	regain
zurückgewinnt	win back
zurückgewonnen	regain
zurückgewonnen	win back
zurückgezogen	withdraw
zurückgezogen	retreat
zurückgibt	give back
zurückgibt	return
zurückging	go back
zurückging	decline
zurückgreifen	fall back on
zurückgreifen	resort
zurückgreift	fall back on
zurückgreift	resort
zurückgriff	fall back on
zurückgriff	resort
zurückhalten	hold back
zurückhalten	restrain
zurückhaltung	restraint
zurückhaltung	reserve
zurückhielt	hold back
zurückhielt	restrain
zurückkam	come back
zurückkam	return
zurückkehren	return
zurückkehren	come back
zurückkehrt	return
zurückkehrt	come back
zurückkommen	come back
zurückkommen	return
zurückkommt	come back
zurückkommt	return
zurücklassen	leave behind
zurückliess	leave behind
zurücklässt	leave behind
zurückrief	call back
zurückrief	recall
zurückrufen	call back
zurückrufen	recall
zurückruft	call back
zurückruft	recall
zurücktrat	resign
zurücktrat	step back
zurücktreten	resign
zurücktreten	step back
zurücktritt	resign
zurücktritt	step back
zurückziehen	withdraw
zurückziehen	retreat
zurückzieht	withdraw
zurückzieht	retreat
zurückzog	withdraw
zurückzog	retreat
zurückzubleiben	stay behind
zurückzufahren	drive back
zurückzufahren	return
zurückzuführen	attribute
zurückzuführen	lead back
zurückzugeben	give back
zurückzugeben	return
zurückzugehen	go back
zurückzugehen	decline
zurückzugewinnen	regain
zurückzugewinnen	win back
zurückzugreifen	fall back on
zurückzugreifen	resort
zurückzuhalten	hold back
zurückzuhalten	restrain
zurückzukehren	return
zurückzukehren	come back
zurückzukommen	come back
zurückzukommen	return
zurückzulassen	leave behind
zurückzurufen	call back
zurückzurufen	recall
zurückzutreten	resign
zurückzutreten	step back
zurückzuziehen	withdraw
zurückzuziehen	retreat
zusagen	accept
zusagen	promise
zusagt	accept
zusagt	promise
zusammen	together
zusammenarbeit	cooperation
zusammenarbeit	collaboration
zusammenbrach	collapse
zusammenbrechen	collapse
zusammenbricht	collapse
zusammenbruch	collapse
zusammenfassen	summarize
zusammenfasst	summarize
zusammengebrochen	collapse
zusammengefasst	summarize
zusammengehangen	be connected
zusammengeschlossen	unite
zusammengeschlossen	merge
zusammengestellt	put together
zusammengestellt	compile
zusammenhang	connection
zusammenhang	context
zusammenhing	be connected
zusammenhängen	be connected
zusammenhängt	be connected
zusammenschliessen	unite
zusammenschliessen	merge
zusammenschliesst	unite
zusammenschliesst	merge
zusammenschloss	unite
zusammenschloss	merge
zusammenstellen	put together
zusammenstellen	compile
zusammenstellt	put together
zusammenstellt	compile
zusammenstoss	collision
zusammenstoss	clash
zusammenzubrechen	collapse
zusammenzufassen	summarize
zusammenzuhängen	be connected
zusammenzuschliessen	unite
zusammenzuschliessen	merge
zusammenzustellen	put together
zusammenzustellen	compile
zuschauer	spectator
zuschauer	viewer
zuschreiben	attribute
zuschreiben	ascribe
zuschreibt	attribute
zuschreibt	ascribe
zuschrieb	attribute
zuschrieb	ascribe
zuschrift	letter
zustand	be entitled
zustand	condition
zustand	state
zustehen	be entitled
zusteht	be entitled
zustieg	approach
zustimmen	agree
zustimmen	approve
zustimmt	agree
zustimmt	approve
zuständig	responsible
zuständig	competent
zusätzlich	additional
zusätzlich	extra
zutraf	apply
zutraf	be true
zutreffen	apply
zutreffen	be true
zutrifft	apply
zutrifft	be true
zuverlässig	reliable
zuverlässigen	reliable
zuversicht	confidence
zuweisen	assign
zuweisen	allocate
zuweist	assign
zuweist	allocate
zuwies	assign
zuwies	allocate
zuzudecken	cover
zuzugeben	admit
zuzukommen	approach
zuzukommen	be due
zuzulassen	allow
zuzulassen	admit
zuzulassen	approve
zuzunehmen	increase
zuzunehmen	gain
zuzusagen	accept
zuzusagen	promise
zuzuschreiben	attribute
zuzuschreiben	ascribe
zuzustehen	be entitled
zuzustimmen	agree
zuzustimmen	approve
zuzutreffen	apply
zuzutreffen	be true
zuzuweisen	assign
zuzuweisen	allocate
zwang	force
zwang	compel
zwang	compulsion
zwang	constraint
zwanzig	twenty
zwar	admittedly
zwar	indeed
zweck	purpose
zweck	aim
zwei	two
zweierseilschaft	two-man rope
zweifach	twofold
zweifach	double
zweifel	doubt
zweifelhaft	doubtful
zweifelhaft	dubious
zweifellos	undoubtedly
zweifellos	doubtless
zweifeln	doubt
zweifelnd	doubt
zweifelt	doubt
zweimal	twice
zweitbesteigung	second ascent
zweite	second
zweiten	second
zweiter	second
zwillingsgipfel	twin peaks
zwingen	force
zwingen	compel
zwingend	force
zwingend	compel
zwingt	force
zwingt	compel
zwischen	between
zwischen	among
zwischenfall	incident
zwischenlager	intermediate camp
zwölf	twelve
zäh	tough
zähigkeit	toughness
zähigkeit	tenacity
zählen	count
zählend	count
zählt	count
zögern	hesitate
zögernd	hesitate
zögert	hesitate
züge	trains
zünden	ignite
zündend	ignite
zündet	ignite
zürcher	Zurich
zürich	Zurich
ägypten	Egypt
ähnlich	similar
ändern	change
ändern	alter
ändernd	change
ändernd	alter
ändert	change
ändert	alter
ängstlich	anxious
ängstlich	fearful
ängstlich	timid
äquator	equator
ära	era
ärger	anger
ärger	trouble
ärgerlich	annoying
ärgerlich	angry
ärzte	doctors
ärztin	doctor
ärztlich	medical
äussere	outer
äussere	external
äussern	express
äussern	state
äussernd	express
äussernd	state
äusserst	extremely
äussert	express
äussert	state
öffentlich	public
öffentlichkeit	public
öffnen	open
öffnend	open
öffnet	open
ökonomie	economy
ökonomie	economics
ökonomisch	economic
öl	oil
örtlich	local
österreich	Austria
österreicher	Austrian
österreicher	Austrians
österreichisch	Austrian
österreichische	Austrian
östlich	eastern
östlich	east of
östliche	eastern
üben	practise
übend	practise
über	over
über	above
über	about
über	across
überall	everywhere
überblick	overview
überblick	survey
überdies	moreover
übereinander	one above the other
übereingestimmt	agree
übereingestimmt	match
übereinstimmen	agree
übereinstimmen	match
übereinstimmt	agree
übereinstimmt	match
übereinzustimmen	agree
übereinzustimmen	match
überfallen	attack
überfallen	raid
überfiel	attack
überfiel	raid
überflüssig	superfluous
überfällt	attack
überfällt	raid
übergab	hand over
übergang	crossing
übergang	pass
übergang	transition
übergeben	hand over
übergibt	hand over
überhang	overhang
überhaupt	at all
überholen	overtake
überholt	overtake
überlassen	leave
überlassen	entrust
überleben	survive
überlebt	survive
überlegen	consider
überlegen	think about
überlegen	superior
überlegt	consider
überlegt	think about
überlegt	superior
überlegung	consideration
überlegung	reflection
überliess	leave
überliess	entrust
überlässt	leave
überlässt	entrust
übermorgen	day after tomorrow
übernachten	stay overnight
übernachtet	stay overnight
übernahm	take over
übernahm	assume
übernehmen	take over
übernehmen	assume
übernimmt	take over
übernimmt	assume
überprüfen	check
überprüfen	review
überprüft	check
überprüft	review
überqueren	cross
überquerend	cross
überquert	cross
überraschen	surprise
überraschend	surprising
überrascht	surprise
überraschung	surprise
überschreitung	traverse
überschreitung	crossing
überschwemmung	flood
überschwemmung	flooding
überschätzen	overestimate
überschätzt	overestimate
übersetzen	translate
übersetzt	translate
übersetzt	translated
übersetzung	translation
übersicht	overview
überstand	survive
überstand	get through
überstehen	survive
überstehen	get through
übersteht	survive
übersteht	get through
übersteigen	exceed
übersteigt	exceed
überstieg	exceed
übertraf	surpass
übertraf	exceed
übertragen	transfer
übertragen	broadcast
übertreffen	surpass
übertreffen	exceed
übertreiben	exaggerate
übertreibt	exaggerate
übertrieb	exaggerate
übertrifft	surpass
übertrifft	exceed
übertroffen	surpass
übertroffen	exceed
übertrug	transfer
übertrug	broadcast
überträgt	transfer
überträgt	broadcast
überwachen	monitor
überwachen	supervise
überwacht	monitor
überwacht	supervise
überwand	overcome
überwiegend	predominantly
überwiegend	mainly
überwinden	overcome
überwindet	overcome
überwunden	overcome
überzeugen	convince
überzeugen	persuade
überzeugend	convincing
überzeugt	convince
überzeugt	persuade
überzeugung	conviction
überziehen	cover
überziehen	overdraw
überzieht	cover
überzieht	overdraw
überzog	cover
überzog	overdraw
üblich	usual
üblich	customary
übrig	remaining
übrig	left over
übrigbleiben	remain
übrigbleiben	be left
übrigbleibt	remain
übrigbleibt	be left
übrigblieb	remain
übrigblieb	be left
übriggeblieben	remain
übriggeblieben	be left
übrigzubleiben	remain
übrigzubleiben	be left
übt	practise
üppig	lush
üppig	lavish
`
