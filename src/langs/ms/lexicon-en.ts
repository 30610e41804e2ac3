// The Malay → English lexicon that padanan ships: 14576 lines, 12360 Malay headwords.
// Written by hand for padanan (MIT, like the rest of the package): 2343 lines of Malay entries (Malay words, Malay senses
// of words Indonesian uses differently, Malaysian institutions, places and spellings), and the vocabulary Malay shares
// with padanan's own Indonesian lexicon (src/langs/id/lexicon-en.ts, MIT), taken over with Indonesian-only words left out
// and Malay spellings applied. No dictionary or corpus was copied. See ./README.md.
//
// Format: one entry per line, `malay<TAB>english`, sorted by the Malay side. The Malay side is a word or a fixed
// expression (`bola sepak`); the English side is one short gloss, several lines give several senses, the most common
// first. This module only holds the text: ./lexicon.ts parses it on first use.

/** The Malay → English lexicon as TSV text (`malay<TAB>english` per line). Parsed on first use by `msEnLexicon()` in ./lexicon.ts. */
export const lexiconEnTsv: string = `4g	4G
5g	5G
abad	century
abadi	eternal
abai	neglect
abang	older brother
abdi	servant
abnormal	abnormal
abolisi	abolition
aborsi	abortion
abrasi	abrasion
absah	valid
absen	absent
abstrak	abstract
abstraksi	abstraction
abu	ash
abu vulkanik	volcanic ash
abu-abu	gray
acak	random
acap	often
acapkali	often
ace	ace
aceh	Aceh
acu	refer
acuan	reference
acuh	indifferent
acuh tak acuh	indifferent
ada	exist
ada	there is
adab	civility
adalah	are
adalah	is
adaptasi	adaptation
adapun	as for
adat	custom
adat	tradition
adegan	scene
adi	great
adidaya	superpower
adik	younger sibling
adikuasa	superpower
adil	fair
adil	just
admin	admin
administrasi	administration
adonan	dough
adopsi	adoption
adrenal	adrenal
adrenalin	adrenaline
adu	compete
adu	fight
aduan	complaint
aduh	ouch
aduk	stir
adun	state assemblyman
advertising	advertising
advokat	advocate
advokat	lawyer
aerobik	aerobic
aerodinamik	aerodynamic
aerodinamis	aerodynamic
aerosol	aerosol
afganistan	Afghanistan
afghanistan	afghanistan
afrika	africa
afrika barat	West Africa
afrika selatan	south africa
afrika timur	East Africa
afrika utara	North Africa
after	after
agak	rather
agama	religion
agar	so that
agen	agent
agenda	agenda
agensi	agency
agensi penguatkuasaan maritim malaysia	malaysian maritime enforcement agency
agong	king
agraris	agrarian
agregat	aggregate
agresi	aggression
agresif	aggressive
agribisnis	agribusiness
agrikultur	agriculture
agunan	collateral
agung	great
agung	supreme
ah	ah
ahad	sunday
ahir	end
ahli	member
ahli ekonomi	economist
ahli lembaga	board member
ahli parlimen	member of parliament
ahli sukan	athlete
ai	artificial intelligence
aib	disgrace
aidiladha	eid al-adha
aidilfitri	eid al-fitr
aids	AIDS
air	water
air bersih	clean water
air mata	tears
air minum	drinking water
air pasang	high tide
air tanah	groundwater
airmata	tears
ajaib	magic
ajaib	miraculous
ajak	invite
ajakan	invitation
ajal	death
ajang	arena
ajang	event
ajar	teach
aju	submit
akad	contract
akad nikah	marriage contract
akademi	academy
akademik	academic
akademis	academic
akademisi	academic
akal	mind
akal	reason
akan	will
akan	would
akar	root
akaun	account
akaun semasa	current account
akbar	grand
akhbar	newspaper
akhir	end
akhir	final
akhir	late
akhir tahun	end of year
akhirnya	finally
akhlak	character
akhlak	morals
akibat	result
akibat	consequence
akibatnya	as a result
akomodasi	accommodation
akrab	close
akrab	familiar
aksara	letter
aksara	script
akses	access
aksesibiliti	accessibility
aksesoris	accessories
aksi	action
aksi	protest
akta	act
aktif	active
aktivasi	activation
aktivis	activist
aktiviti	activity
aktor	actor
aktris	actress
aktual	actual
aktual	current
aku	I
aku	me
akuarium	aquarium
akuatik	aquatic
akuisisi	acquisition
akumulasi	accumulation
akun	account
akuntan	accountant
akuntan publik	public accountant
akuntansi	accounting
akurasi	accuracy
akurat	accurate
akustik	acoustic
akut	acute
al-qaeda	al-Qaeda
al-qaida	al-Qaeda
al-quran	Quran
ala	style
alam	nature
alam sekitar	environment
alam semesta	universe
alamat	address
alami	experience
alami	natural
alamiah	natural
alap-alap	falcon
alarm	alarm
alasan	reason
alat	equipment
alat	tool
alat bukti	evidence
alat kesihatan	medical equipment
albania	Albania
album	album
alergi	allergy
alfabet	alphabet
alga	algae
algoritma	algorithm
alhamdulillah	thank God
alhasil	as a result
aliansi	alliance
alias	alias
alih	shift
alih	transfer
alih daya	outsourcing
alir	flow
aliran	line
aliran	stream
aliran	flow
alis	eyebrow
aljazair	Algeria
alkali	alkali
alkena	alkene
alkes	medical equipment
alkohol	alcohol
alkoholik	alcoholic
all-star	all-star
allah	Allah
allah	God
almarhum	the late
almarhumah	the late
alokasi	allocation
alot	tough
alpukat	avocado
alquran	Quran
alternatif	alternative
aluminium	aluminum
alumni	alumni
alumunium	aluminum
alun-alun	town square
alur	groove
alur	plot
amal	charity
amalan	practice
aman	peaceful
amanah	trust
amanat	mandate
amanat	message
amandemen	amendment
amar putusan	verdict
amarah	anger
amat	very
amatir	amateur
ambang	threshold
ambil	take
ambisi	ambition
ambisius	ambitious
ambon	Ambon
ambruk	collapse
ambulan	ambulance
ambulans	ambulance
amdal	environmental impact assessment
amendemen	amendment
amerika	america
amerika latin	Latin America
amerika selatan	South America
amerika syarikat	united states
amerika utara	North America
amfibi	amphibian
amino	amino
amnesia	amnesia
amnesti	amnesty
amonium	ammonium
ampere	ampere
amplop	envelope
ampuh	effective
ampuh	potent
ampun	forgive
ampun	mercy
amputasi	amputation
amsterdam	Amsterdam
amuk	rage
amukan	rampage
amunisi	ammunition
anaerobik	anaerobic
anak	child
anak asuh	foster child
anak asuh	players
anak kapal	crew
anak perusahaan	subsidiary
anak usaha	subsidiary
anak-anak	children
analis	analyst
analisa	analyses
analisa	analysis
analisis	analyses
analisis	analysis
analog	analog
analogi	analogy
anarki	anarchy
anarkis	anarchic
anarkis	anarchist
anasir	element
anatomi	anatomy
anatomis	anatomical
ancam	threaten
ancaman	threat
anda	you
andai	if
andaikan	suppose
andal	reliable
andalan	mainstay
andil	contribution
andil	share
andorra	Andorra
androgen	androgen
aneh	strange
aneka	various
anekdot	anecdote
anemia	anemia
angan	dream
angan	wish
angan-angan	dream
angan-angan	wish
anggap	consider
anggapan	assumption
anggar	fencing
anggaran	estimate
anggota	member
anggota bomba	firefighter
anggota polis	police officer
anggrek	orchid
angguk	nod
anggun	elegant
anggur	grape
anggur	wine
angin	wind
angin kencang	strong wind
angin puting beliung	whirlwind
angka	figure
angka	number
angka kelahiran	birth rate
angka kematian	death rate
angkasa	sky
angkasa	space
angkasa lepas	outer space
angkat	lift
angkatan	force
angkatan	generation
angkatan darat	army
angkatan kerja	labor force
angkatan laut	navy
angkatan pertahanan awam	civil defence force
angkatan tentera	armed forces
angkatan tentera malaysia	malaysian armed forces
angkatan udara	air force
angket	inquiry
angket	questionnaire
angkuh	arrogant
angkut	transport
angkutan	transport
angola	Angola
angsa	goose
angsa	swan
angsur	installment
angsuran	installment
animasi	animation
anjing	dog
anjlok	plunge
anjungan	pavilion
anjungan	platform
anjungan tunai mandiri	ATM
anjur	recommend
anjuran	organised by
ankara	Ankara
anoda	anode
antah berantah	nowhere
antar	between
antar	deliver
antar-faksi	interfactional
antar-kelompok	intergroup
antar-pemerintah	intergovernmental
antara	between
antara	among
antarabangsa	international
antaranya	among them
antarbangsa	international
antarbank	interbank
antariksa	space
antarmuka	interface
antarsesama	mutual
antartika	Antarctica
anteater	anteater
antena	antenna
anti	anti
anti-korupsi	anti-corruption
anti-pemerintah	anti-government
anti-pesawat	anti-aircraft
anti-tank	anti-tank
anti-teror	counterterrorism
anti-terorisme	counterterrorism
antibiotik	antibiotic
antibodi	antibody
antigen	antigen
antihuru-hara	riot
antik	antique
antikomunis	anticommunist
antikorupsi	anti-corruption
antioksidan	antioxidant
antipesawat	anti-aircraft
antisipasi	anticipation
antraks	anthrax
antrax	anthrax
antre	queue
antrean	queue
antri	queue
antrian	queue
antropologi	anthropology
antusias	enthusiastic
antusiasme	enthusiasm
anugerah	award
anugerah	grace
anulir	annul
anut	follow
anyam	weave
anyaman	weaving
apa	what
apabila	when
apakah	whether
apalagi	let alone
apalagi	moreover
apapun	whatever
aparat	apparatus
aparat	authorities
aparat	officers
aparat keamanan	security forces
aparat penegak hukum	law enforcement
apartemen	apartment
apatis	apathetic
apec	apec
apel	apple
api	fire
api unggun	bonfire
apik	good
apik	neat
apit	flank
aplikasi	application
aplikasi	app
apm	civil defence force
apnea	apnea
apresiasi	appreciation
april	april
apung	float
ara	fig
arab	Arab
arab	Arabic
arab saudi	saudi arabia
arah	direction
arak	liquor
arak	parade
arak-arakan	procession
arang	charcoal
arang batu	coal
arbitrase	arbitration
arca	statue
area	area
areal	area
arena	arena
argentina	argentina
argumen	argument
arif	wise
aritmetika	arithmetic
arkeolog	archaeologist
arkeologi	archaeology
arktik	arctic
arktika	Arctic
armada	fleet
armenia	Armenia
aroma	aroma
aromatik	aromatic
arsip	archive
arsitek	architect
arsitektur	architecture
arteri	artery
arti	meaning
artikel	article
artileri	artillery
artinya	it means
artis	artist
artis	celebrity
artistik	artistic
arung	cross
arus	current
arus	flow
arus kas	cash flow
as	us
asah	sharpen
asal	origin
asal-usul	origin
asalkan	provided that
asam	acid
asam	sour
asap	smoke
asas	basis
asas	basic
asas	foundation
asasi	basic
asasi	fundamental
asean	asean
aset	asset
asia	asia
asia barat	west asia
asia selatan	South Asia
asia tengah	Central Asia
asia tenggara	southeast asia
asia timur	East Asia
asik	fun
asin	salty
asing	foreign
asisten	assistant
askar	soldier
asli	genuine
asli	original
asma	asthma
asosiasi	association
aspal	asphalt
aspek	aspect
aspirasi	aspiration
aspirin	aspirin
asrama	dormitory
asri	beautiful
asri	lush
assist	assist
astaga	my God
asteroid	asteroid
astrofisika	astrophysics
astronom	astronomer
astronomi	astronomy
astronot	astronaut
asuh	foster
asuhan	care
asuhan	guidance
asumsi	assumption
asupan	intake
asuransi	insurance
asuransi kesihatan	health insurance
asyik	engrossed
asyik	fun
atap	roof
atas	on
atas	above
atas talian	online
atau	or
ateis	atheist
athena	Athens
atlantik	Atlantic
atlet	athlete
atletik	athletics
atlit	athlete
atm	armed forces
atm	atm
atmosfer	atmosphere
atmosfir	atmosphere
atom	atom
atraksi	attraction
atribut	attribute
atur	arrange
atur	regulate
aturan	rule
audiensi	audience
audio	audio
audit	audit
aula	hall
auns	ounce
australia	australia
austria	austria
automotif	automotive
autoriti	authority
avian	avian
awal	early
awal tahun	early year
awalnya	initially
awam	public
awan	cloud
awan panas	pyroclastic flow
awas	watch out
awet	durable
ayah	father
ayak	sift
ayam	chicken
ayat	paragraph
ayat	verse
ayo	come on
ayun	swing
ayunan	swing
azerbaijan	Azerbaijan
bab	chapter
babak	half
babak	round
babat	clear
babi	pig
baca	read
bacaan	reading
backhand	backhand
bacok	hack
badai	storm
badak	rhinoceros
badan	body
badan	agency
badan bukan kerajaan	non-governmental organisation
badan pengawas ubat dan makanan	food and drug agency
badan pusat statistik	Statistics Indonesia
badan usaha milik negara	state-owned enterprise
badminton	badminton
badut	clown
bagai	as
bagai	like
bagaikan	like
bagaimana	how
bagaimanapun	however
bagal	mule
bagasi	baggage
bagdad	Baghdad
baghdad	Baghdad
bagi	divide
bagi	for
bagian	part
bagian	section
bagian barat	western part
baginda	his majesty
bagus	good
bahagia	happy
bahagian	division
bahagian	part
bahagian	section
bahama	Bahamas
bahan	material
bahan bakar	fuel
bahan bakar minyak	fuel
bahan pokok	staples
baharu	new
bahas	discuss
bahasa	language
bahasa arab	Arabic
bahasa cina	chinese language
bahasa indonesia	Indonesian
bahasa inggeris	english language
bahasa inggris	English
bahasa jawa	Javanese
bahasa malaysia	malay language
bahasa mandarin	Mandarin
bahasa melayu	malay language
bahasa tamil	tamil language
bahawa	that
bahaya	danger
bahkan	even
bahrain	Bahrain
baht	baht
bahu	shoulder
bahu-membahu	work together
bahwasanya	that
baik	good
baik pulih	repair
baiklah	all right
baja	fertilizer
baja	steel
bajak	pirate
bajak	plow
bajak laut	pirate
bajet	budget
baju	clothes
baju	shirt
bak	like
bak	tub
bakal	future
bakal	will
bakar	burn
bakat	talent
bakau	mangrove
bakso	meatball
bakteri	bacteria
bakti	devotion
bakti	service
baku	standard
baku tembak	gunfight
baku-tembak	gunfight
bala	army
bala	disaster
balado	chili
balai	hall
balai desa	village hall
balai polis	police station
balaikota	city hall
balak	log
balak	timber
balap	race
balapan	race
balas	reply
balas	retaliate
balasan	reply
balatentara	army
balet	ballet
bali	Bali
balik	back
balik	return
balikpapan	Balikpapan
balistik	ballistic
balita	toddler
balkan	Balkans
balkon	balcony
balok	beam
balok	block
balon	balloon
balsem	balm
bambu	bamboo
ban	tire
banci	census
band	band
banda aceh	Banda Aceh
bandang	flash
bandar	town
bandar	city
bandar	urban
bandaraya	city
bandel	stubborn
banderol	price tag
banding	appeal
banding	compare
bandit	bandit
bandul	pendulum
bandung	Bandung
bandwidth	bandwidth
bangau	stork
bangga	proud
bangka	Bangka
bangkai	carcass
bangkang	disobey
bangkit	rise
bangkok	Bangkok
bangkrut	bankrupt
bangku	bench
bangku	seat
bangladesh	bangladesh
bangsa	nation
bangsawan	noble
bangun	build
bangun	wake up
bangunan	building
banjarmasin	Banjarmasin
banjir	flood
banjir bandang	flash flood
banjir kilat	flash flood
banjir rob	tidal flood
bank	bank
bank dunia	World Bank
bank negara	central bank
bank negara malaysia	central bank of malaysia
bank sentral	central bank
bank syariah	Islamic bank
bankir	banker
bansos	social assistance
bantahan	objection
bantahan	protest
bantai	slaughter
bantal	pillow
bantalan	cushion
bantaran	riverbank
banten	Banten
banting	slam
banting tulang	work hard
bantu	help
bantuan	aid
bantuan	assistance
bantuan kemanusiaan	humanitarian aid
bantuan sosial	social assistance
bantuan tunai	cash aid
banyak	many
banyak	much
bapak	Mr
bapak	father
bar	bar
bara	ember
barah	cancer
barak	barracks
barang	goods
barang	thing
barang bukti	evidence
barangan	goods
barangkali	perhaps
barat	west
barat daya	southwest
barat laut	northwest
baratdaya	southwest
baratlaut	northwest
barbados	Barbados
barbekyu	barbecue
barel	barrel
baret	beret
barikade	barricade
baring	lie down
baris	line
baris	row
barisan	line
barisan	ranks
baru	new
baru	just
baru-baru ini	recently
bas	bus
bas ekspres	express bus
basa	alkali
basa	base
basah	wet
base	base
baseball	baseball
baseline	baseline
basikal	bicycle
basis	base
basis	bases
basis data	database
basket	basketball
baskom	basin
basmi	exterminate
bass	bass
bata	brick
batak	Batak
batal	cancelled
batalion	battalion
batam	Batam
batang	stem
batang	stick
batas	border
batas	limit
batas-waktu	deadline
baterai	battery
batere	battery
batik	batik
batin	inner
batin	spiritual
batu	rock
batu	stone
batu bara	coal
batu bata	brick
batu sandungan	stumbling block
batuan	rock
batubara	coal
batuk	cough
bau	odor
bau	smell
bauksit	bauxite
baur	mix
baut	bolt
bawa	bring
bawa	carry
bawah	under
bawah	below
bawang	onion
bawang putih	garlic
baya	age
bayam	spinach
bayang	shadow
bayangan	image
bayangan	shadow
bayar	pay
bayaran	payment
bayi	baby
bbm	fuel
bea	duty
bea cukai	customs
bea keluar	export duty
bea masuk	import duty
beasiswa	scholarship
bebal	dull
bebal	stubborn
beban	burden
beban	load
bebas	free
bebas bersyarat	parole
bebatuan	rocks
bebek	duck
beberapa	several
beberkan	reveal
bebuyutan	arch
becak	pedicab
beda	different
bedah	surgery
bedak	powder
begal	robber
begini	like this
begitu	like that
begitu	so
bei	Indonesia Stock Exchange
beijing	Beijing
beirut	Beirut
bej	Jakarta Stock Exchange
bek	defender
bekal	supply
bekal	provision
bekalan	supply
bekalan air	water supply
bekalan elektrik	electricity supply
bekas	former
bekas	used
bekasi	Bekasi
bekerja	work
bekerjasama	cooperate
bekicot	snail
beku	frozen
bela	defend
belah	split
belai	caress
belajar	learn
belajar	study
belajar daring	online learning
belaka	merely
belakang	back
belakang	behind
belakangan	lately
belakangan	recently
belalai	trunk
belalang	grasshopper
belanda	netherlands
belanda	dutch
belanga	pot
belanja	spend
belanja	expense
belanja negara	state spending
belanjawan	budget
belantara	jungle
belantara	wilderness
belarus	Belarus
belas	teen
belasan	dozen
belasan	teens
belasungkawa	condolence
belati	dagger
belerang	sulfur
belgium	belgium
beli	buy
belia	youth
beliau	he
beliau	she
belitung	Belitung
belize	Belize
belok	turn
belot	defect
belukar	bush
belukar	shrub
belum	not yet
belut	eel
benah	tidy
benak	mind
benam	immerse
benam	set
benang	thread
benar	right
benar	true
benar-benar	really
bencana	disaster
bencana alam	natural disaster
benci	hate
benda	object
benda	thing
bendera	flag
benderang	bright
bendung	dam
bendungan	dam
bengkak	swollen
bengkalai	unfinished
bengkel	garage
bengkel	workshop
bengkok	bent
bengkulu	Bengkulu
benih	seed
benin	Benin
bening	clear
bensin	gasoline
bentak	snap
bentak	yell
bentang	span
bentangan	span
bentangan	stretch
benteng	fort
benteng	fortress
bentrok	clash
bentrokan	clash
bentuk	form
bentuk	shape
bentur	collide
benturan	clash
benturan	collision
benua	continent
beo	myna
bepergian	travel
berabad-abad	centuries
beracun	poisonous
beracun	toxic
berada	be
berada	located
beradab	civilized
beradaptasi	adapt
beradu	clash
beradu	compete
beragam	diverse
beragam	various
beragama	religious
berakhir	end
beralih	shift
beralih	switch
beralkohol	alcoholic
beramai-ramai	en masse
beramal	do charity
berambisi	ambitious
beranda	home page
beranda	veranda
beraneka	various
berang	furious
berang-berang	otter
berangkat	depart
berangkat	leave
berangsur-angsur	gradually
berani	brave
berani	dare
beranjak	leave
beranjak	move
berantai	chain
berantakan	messy
berantas	eradicate
berapa	how many
berapa	how much
berapi	fiery
berapi	volcanic
berargumen	argue
berarti	mean
beras	rice
berasal	come from
berasal	originate
berat	heavy
berawan	cloudy
berayun	swing
berbagai	various
berbagi	share
berbahasa	speak
berbahaya	dangerous
berbakat	talented
berbakti	devoted
berbanding	compared with
berbarengan	simultaneous
berbaring	lie down
berbaris	line up
berbaris	march
berbasikal	cycling
berbasis	based
berbau	smell
berbaur	mingle
berbaur	mix
berbeda	different
berbekal	armed with
berbelanja	spend
berbelanja	shop
berbelok	turn
berbenah	reform
berbenah	tidy up
berbeza	different
berbicara	speak
berbicara	talk
berbincang	chat
berbincang	talk
berbisik	whisper
berbobot	weighty
berbohong	lie
berbunyi	read
berbunyi	sound
berburu	hunt
bercakap	speak
bercampur	mixed
bercanda	joke
bercerai	divorce
bercerita	tell
bercita-cita	aspire
berdaftar	registered
berdalih	argue
berdalih	claim
berdampak	affect
berdampak	impact
berdampingan	side by side
berdandan	dress up
berdansa	dance
berdarah	bleeding
berdarah	bloody
berdasarkan	based on
berdaulat	sovereign
berdaya	empowered
berdebat	debate
berdenyut	pulse
berdetak	beat
berdiri	stand
berdiskusi	discuss
berdoa	pray
berdomisili	reside
berdosa	sinful
berdua	both
berdua	together
berduka	mourn
berduri	thorny
bereaksi	react
beredar	circulate
berenang	swim
berencana	plan
beres	done
beres	settled
berfikir	think
berfluktuasi	fluctuate
berfokus	focus
berfokus	focused
berfoya-foya	squander
berfungsi	function
berfungsi	work
bergabung	join
bergairah	passionate
berganda	multiplied
berganda	double
bergandengan	hand in hand
bergantung	depend
bergaul	mix
bergaul	socialize
bergaya	stylish
bergayut	hang
bergegas	hurry
bergegas	rush
bergejolak	volatile
bergengsi	prestigious
bergerak	move
bergesekan	rub
bergeser	shift
bergetar	vibrate
bergilir	in turn
bergilir	rotate
bergizi	nutritious
bergolak	turbulent
bergoyang	sway
bergulat	struggle
bergulat	wrestle
bergumul	struggle
bergumul	wrestle
berguna	useful
berhad	limited
berhadapan	facing
berhadiah	prize
berhak	entitled
berhaluan	oriented
berhamburan	scatter
berharap	hope
berharga	valuable
berhasil	succeed
berhati-hati	be careful
berhembus	blow
berhenti	stop
berhubungan	connect
berhubungan	relate
berhutang	owe
beri	give
berikan	give
berikrar	pledge
berikut	following
berikut	next
berikutan	following
berikutan	due to
berikutnya	next
beriman	faithful
berimbas	affect
berimplikasi	imply
beringin	banyan
berinovasi	innovate
berinteraksi	interact
berinvestasi	invest
berisi	contain
berisikan	contain
berisiko	risky
beristirahat	rest
berita	news
berita bohong	fake news
beritahu	tell
berjalan	run
berjalan	walk
berjanji	promise
berjejal	crowded
berjuang	fight
berjuang	struggle
berjudi	gamble
berjudul	entitled
berjumlah	total
berkabung	mourn
berkabut	foggy
berkaitan	related
berkaki	legged
berkala	periodic
berkali-kali	repeatedly
berkampanye	campaign
berkarya	create
berkarya	work
berkas	dossier
berkas	file
berkat	blessing
berkat	thanks to
berkata	say
berkata	said
berkati	bless
berkebun	garden
berkecamuk	rage
berkedip	blink
berkedudukan	based
berkedudukan	domiciled
berkelahi	fight
berkelanjutan	sustainable
berkeliaran	roam
berkeliling	go around
berkeliling	tour
berkemah	camp
berkemas	pack
berkembang	grow
berkembang	expand
berkembang biak	breed
berkempen	campaign
berkenan	please
berkenan	willing
berkencan	date
berkepentingan	concerned
berkepentingan	interested
berkeringat	sweat
berkerlip	twinkle
berkerumun	crowd
berkerut	wrinkled
berkesan	effective
berkesinambungan	continuous
berkesinambungan	sustainable
berkhasiat	efficacious
berkhianat	betray
berkhidmat	serve
berkibar	flutter
berkibar	fly
berkicau	chirp
berkicau	tweet
berkilah	argue
berkilah	claim
berkilau	shiny
berkiprah	active
berkisah	tell
berkisar	range
berkobar	blaze
berkobar	flare
berkolaborasi	collaborate
berkomentar	comment
berkomitmen	committed
berkompromi	compromise
berkomunikasi	communicate
berkonsentrasi	concentrate
berkonsultasi	consult
berkontribusi	contribute
berkoordinasi	coordinate
berkreasi	create
berkualiti	quality
berkuasa	in power
berkuasa	ruling
berkuat kuasa	take effect
berkumpul	gather
berkunjung	visit
berkurang	decrease
berkutat	grapple
berkutik	budge
berkutik	move
berlabuh	anchor
berlabuh	dock
berlaga	compete
berlaku	happen
berlaku	occur
berlalu	pass
berlandaskan	based on
berlangganan	subscribe
berlangsung	last
berlangsung	take place
berlanjut	continue
berlapis	layered
berlari	run
berlayar	sail
berlebihan	excessive
berlemak	fatty
berlian	diamond
berlibur	vacation
berliku	winding
berlimpah	abundant
berlin	Berlin
berlipat	manifold
berlipat	multiply
berlipat ganda	multiply
berlomba	compete
berlubang	perforated
berlumuran	smeared
bermacam-macam	various
bermain	play
bermakna	meaningful
bermaksud	intend
bermanfaat	beneficial
bermanfaat	useful
bermarkas	based
bermartabat	dignified
bermesyuarat	meet
bermigrasi	migrate
bermimpi	dream
berminat	interested
bermitra	partner
bermotor	motorized
bermuara	end up
bermuara	flow
bermuatan	loaded
bermukim	reside
bermula	begin
bermula	start
bermusuhan	hostile
bermutu	high-quality
bernafas	breathe
bernama	named
bernapas	breathe
bernaung	take shelter
bernegosiasi	negotiate
berniaga	do business
berniaga	trade
berniat	intend
bernilai	worth
bernilai tinggi	high-value
bernostalgia	reminisce
bernuansa	nuanced
bernyanyi	sing
berolahraga	exercise
berondong	burst
berontak	rebel
beroperasi	operate
berorientasi	oriented
berpacaran	date
berpacu	race
berpadu	combine
berpangkat	ranked
berpartisipasi	participate
berpatroli	patrol
berpegangan	hold on
berpeluang	have a chance
berpeluang	likely
berpenduduk	populated
berpengalaman	experienced
berpengaruh	influential
berpenghuni	inhabited
berperan	play a role
berperang	fight a war
berperilaku	behave
berpesta	party
berpetualang	adventure
berpidato	give a speech
berpihak	side
berpijak	stand on
berpikir	think
berpindah	move
berpose	pose
berpotensi	potentially
berprestasi	high-achieving
berpuasa	fast
berpura-pura	pretend
berpusat	centered
berputar	rotate
berputar	spin
bersahabat	friendly
bersaing	compete
bersaksi	testify
bersalah	guilty
bersalin	give birth
bersama	together
bersama-sama	together
bersamaan	simultaneous
bersandar	dock
bersandar	lean
bersangkutan	concerned
bersantai	relax
bersantap	dine
bersara	retire
bersarang	lodge
bersarang	nest
bersasar	targeted
bersatu	united
bersaudara	brothers
bersaudara	related
berseberangan	opposed
berseberangan	opposite
bersedia	willing
bersejarah	historic
bersekolah	attend school
bersekongkol	conspire
berselancar	surf
berselang	later
berselimut	covered
berselingkuh	cheat
berselisih	dispute
bersemangat	enthusiastic
bersemayam	reside
bersembunyi	hide
bersengketa	disputed
bersenjata	armed
bersepeda	cycling
berserakan	scattered
bersesuaian	corresponding
berseteru	feud
bersetuju	agree
bersidang	convene
bersifat	be
bersifat	characterized
bersih	clean
bersikap	behave
bersikeras	insist
bersikukuh	insist
bersimbah	drenched
bersimbah darah	bloodied
bersin	sneeze
bersinar	shine
bersinergi	synergize
berskala	scale
berski	ski
bersorak	cheer
berstatus	status
bersuara	speak up
bersubsidi	subsidized
bersumpah	swear
bersyarat	conditional
bersyukur	grateful
bertabrakan	collide
bertahan	defend
bertahan	survive
bertahap	gradual
bertajuk	titled
bertambah	grow
bertambah	increase
bertandang	visit
bertanding	compete
bertanding	play
bertanggung	responsible
bertanggung jawab	responsible
bertanggungjawab	responsible
bertanya	ask
bertaring	fanged
bertaruh	bet
bertarung	fight
bertautan	linked
bertekad	determined
bertelur	lay eggs
bertema	themed
bertembung	collide
bertempur	fight
bertemu	meet
bertengger	perch
bertengkar	quarrel
bertentangan	conflict
bertentangan	contradict
bertepatan	coincide
bertepuk tangan	applaud
berterbangan	fly about
berteriak	scream
berteriak	shout
bertetangga	neighboring
bertikai	conflicting
bertikai	warring
bertindak	act
bertiup	blow
bertolak belakang	contradictory
bertolak-belakang	contradictory
bertopeng	masked
bertubi-tubi	repeatedly
bertugas	be on duty
bertugas	serve
bertujuan	aim
bertukar	exchange
bertumpu	rely
bertumpu	rest on
bertunangan	engaged
berturut-turut	consecutive
beruang	bear
berubah	change
berucap	speak
berucap	give a speech
berudu	tadpole
berujung	end
berukuran	sized
berulang	recurring
berulangkali	repeatedly
berumur	aged
berunding	negotiate
berunjuk rasa	demonstrate
berunjuk rasa	protest
berunjukrasa	demonstrate
berunjukrasa	protest
beruntun	consecutive
beruntung	lucky
berupa	in the form
berupaya	seek
berupaya	try
berurutan	consecutive
berusaha	strive
berusia	aged
bervariasi	vary
berwarna	colored
berwarna-warni	colorful
berwawasan	knowledgeable
berwawasan	oriented
berwenang	authorities
berwenang	authorized
berwibawa	authoritative
besar	big
besar	large
besar-besaran	large-scale
besar-besaran	massive
beserta	together with
besi	iron
besok	tomorrow
besut	train
besutan	trained
beta	beta
betah	feel at home
betapa	how
beterbangan	fly about
beternak	breed livestock
betina	female
beting	shoal
betis	calf
beton	concrete
betul	correct
betul	right
beza	difference
bhd	limited
bhinneka tunggal ika	unity in diversity
bhutan	Bhutan
bi	Bank Indonesia
biak	breed
biang	cause
biang	source
biar	let
biarpun	even though
bias	bias
biasa	ordinary
biasa	usual
biasanya	usually
biasiswa	scholarship
biawak	monitor lizard
biaya	cost
biaya	fee
biaya pengobatan	medical costs
biaya sekolah	school fees
bibir	lip
bibit	seed
bibit	seedling
bicara	trial
bicara	talk
bidan	midwife
bidang	field
bidang	area
bidik	aim
big data	big data
bihun	rice vermicelli
bijak	wise
bijaksana	wise
biji	seed
biji-bijian	cereal
biji-bijian	grain
bijih	ore
bijih besi	iron ore
biksu	monk
bila	if
bila	when
bilamana	if
bilamana	when
bilangan	number
bilas	rinse
bilateral	bilateral
bilik darjah	classroom
bilion	billion
bimbang	worried
bimbang	worry
bimbing	guide
bimbingan	guidance
bin	bin
bin	intelligence agency
bina	build
bina	foster
binaan	construction
binatang	animal
binatang buas	wild animal
bincang	talk
bingkai	frame
bingung	confused
bintang	star
bintara	noncommissioned officer
bintik	dot
bintik	spot
bintil	nodule
bio	bio
biodiesel	biodiesel
bioetanol	bioethanol
biofuel	biofuel
biogas	biogas
biografi	biography
biokimia	biochemistry
biola	violin
biologi	biology
biologis	biological
biomassa	biomass
biomimetik	biomimetic
biopsi	biopsy
biosintesis	biosynthesis
biota	biota
bioteknologi	biotechnology
bioterorisme	bioterrorism
bir	beer
birama	measure
birdie	birdie
biro	bureau
birokrasi	bureaucracy
biru	blue
bis	bus
bis	buses
bisik	whisper
bisikan	whisper
bising	noisy
bisnis	business
bisu	mute
bisul	boil
bit	bit
bitumen	bitumen
bius	anesthesia
bkkbn	family planning agency
blockchain	blockchain
blog	blog
blok	block
blokade	blockade
blokir	block
blt	direct cash assistance
bnm	central bank of malaysia
bobol	break in
bobot	weight
bobrok	decrepit
bobrok	rotten
bocor	leak
bocoran	leak
bodoh	stupid
bogey	bogey
bogor	Bogor
bohlam	light bulb
bohong	lie
boikot	boycott
boks	box
bola	ball
bola basket	basketball
bola keranjang	basketball
bola sepak	football
bola tampar	volleyball
bola voli	volleyball
bolak-balik	back and forth
boleh	can
boleh	may
bolivia	Bolivia
bolu	sponge cake
bom	bomb
bom bunuh diri	suicide bomb
bomba	fire brigade
bon	bond
boneka	doll
boneka	puppet
bongkah	chunk
bongkah	lump
bongkahan	chunk
bongkar	dismantle
bongkar	unload
bonobo	bonobo
bonsai	bonsai
bonus	bonus
booster	booster
bor	drill
borang	form
borneo	Borneo
borong	buy up
boros	wasteful
bos	boss
bosan	bored
bosnia	Bosnia
bot	boat
botak	bald
botani	botany
botol	bottle
botswana	Botswana
bottom	bottom
bpkp	development audit agency
brand	brand
brasilia	Brasilia
brazil	brazil
break	break
brics	brics
brilian	brilliant
britain	britain
britania raya	Great Britain
broadband	broadband
bronkitis	bronchitis
brownies	brownies
browser	browser
brunei	brunei
brunei darussalam	Brunei
brussel	Brussels
brutal	brutal
bruto	gross
buah	fruit
buah-buahan	fruits
bual	chat
bual	talk
buang	throw away
buas	ferocious
buas	wild
buat	for
buat	make
buatan	artificial
buatan	made
buaya	crocodile
bubar	disband
bubuk	powder
bubur	porridge
budak	child
budak	kid
budapest	Budapest
budaya	culture
buddha	Buddha
buddha	Buddhist
budget	budget
budha	Buddhist
budi daya	cultivation
budidaya	cultivation
buenos aires	Buenos Aires
buffet	buffet
bugar	fit
bugis	Buginese
building	building
bujuk	persuade
bujur	longitude
buka	open
bukan	not
bukankah	isn't it
bukit	hill
bukti	evidence
bukti	proof
buku	book
bulan	month
bulan	moon
bulan lepas	last month
bulan sabit	crescent
bulanan	monthly
bulat	round
buldoser	bulldozer
bulgaria	Bulgaria
buli	bully
bullet	bullet
bulu	feather
bulu	fur
bulu tangkis	badminton
buluh	reed
bulutangkis	badminton
bumbu	seasoning
bumbu	spice
bumi	earth
bumiputera	bumiputera
bundar	round
bundaran	roundabout
bung	brother
bung	comrade
bunga	flower
bunga	interest
bunga bank	bank interest
bunga pinjaman	lending rate
bungkam	silent
bungkuk	stooped
bungkus	pack
bungkus	wrap
buntu	deadlock
buntut	aftermath
buntut	tail
bunuh	kill
bunuh diri	suicide
bunuhdiri	suicide
bunyi	sound
buoy	buoy
burger	burger
burka	burqa
burkina faso	Burkina Faso
burma	Burma
buron	fugitive
buronan	fugitive
bursa	exchange
bursa efek	stock exchange
bursa efek indonesia	Indonesia Stock Exchange
bursa malaysia	malaysian stock exchange
buru	hunt
buruh	laborer
buruh	worker
buruk	bad
burundi	Burundi
burung	bird
bus	bus
bus	buses
busa	foam
busana	clothing
busana	fashion
business	business
busuk	rotten
busur	arc
busur	bow
busway	busway
buta	blind
butir	detail
butir	item
butiran	details
buyar	scatter
by	by
bye	bye
cabai	chili
cabang	branch
cabaran	challenge
cabe	chili
cabik	tear
cabut	pull out
cabut	revoke
cacar	pox
cacar air	chickenpox
cacat	defect
cacat	disabled
caci	abuse
caci maki	abuse
cacing	worm
cadang	reserve
cadangan	proposal
cadangan	suggestion
cadangan devisa	foreign reserves
cagar	reserve
cagar alam	nature reserve
cagar budaya	heritage site
cahaya	light
cair	liquid
cairan	fluid
cairan	liquid
cakap	speak
cakap	talk
cakar	claw
cakram	disc
cakrawala	horizon
cakup	cover
cakupan	coverage
cakupan	scope
calon	candidate
calon peperiksaan	exam candidate
camar	gull
cambuk	whip
cameron highlands	cameron highlands
camilan	snack
campak	measles
campur	mix
campur tangan	interference
campur tangan	intervention
campur-tangan	interference
campuran	mixture
campurtangan	interference
canang	announce
canberra	Canberra
canda	joke
candi	temple
candu	addiction
candu	opium
canggih	advanced
canggih	sophisticated
canggung	awkward
cangkang	shell
cangkir	cup
cangkok	transplant
cangkul	hoe
canselor	chancellor
cantik	beautiful
cantik	pretty
cantum	include
cap	brand
cap	stamp
capai	reach
capital	capital
caplok	annex
capung	dragonfly
cara	manner
cara	way
caracas	Caracas
card	card
cari	seek
carter	charter
caruman	contribution
cascade	cascade
cat	paint
catat	note
catat	record
catatan	record
catatan	note
catuan	rationing
catuan air	water rationing
catur	chess
cawan	cup
cawan	dish
cawangan	branch
cc	cc
cebong	tadpole
cebur	plunge
cedera	injured
cedera	injury
cedera parah	seriously injured
cegah	prevent
cegat	intercept
cek	check
cekal	ban
cekam	grip
cekap	efficient
cekatan	agile
cekatan	deft
cekcok	quarrel
cekik	strangle
ceko	Czech
cela	flaw
celah	gap
celah	loophole
celah hukum	legal loophole
celaka	accident
celana	trousers
celcius	celsius
celik	literate
celik	open-eyed
celup	dip
celurit	sickle
cemar	pollute
cemara	pine
cemas	anxious
cemas	worried
cemburu	jealous
cemerlang	brilliant
cemilan	snack
cemooh	mock
cemoohan	ridicule
cendekiawan	intellectual
cendekiawan	scholar
cenderung	tend
cengang	amazed
cengkeh	clove
cengkeram	grip
cengkeraman	clutches
cengkeraman	grip
centimeter	centimeter
ceo	CEO
ceo	chief executive
cepat	fast
cerah	bright
cerah	clear
cerah	sunny
cerai	divorce
ceramah	lecture
ceramah	sermon
cerdas	intelligent
cerdas	smart
cerdik	clever
cerewet	fussy
cerita	story
cermat	careful
cermin	mirror
cerminan	reflection
cerna	digest
ceroboh	careless
cerobong	chimney
ceruk	niche
cetak	print
cetus	spark
chad	Chad
champions	champions
channel	channel
chatting	chatting
chechnya	Chechnya
chicago	Chicago
chili	Chile
china	china
chip	chip
chordata	chordate
cia	CIA
cicak	house lizard
cicil	installment
cicilan	installment
cicip	taste
cidera	injury
ciduk	arrest
ciduk	scoop
cile	Chile
cina	chinese
cincang	mince
cincin	ring
cinta	love
cip	chip
ciprat	splash
cipta	create
cirebon	Cirebon
ciri	characteristic
ciri-ciri	characteristics
ciri-ciri	features
cita	ideal
cita rasa	flavor
cita rasa	taste
cita-cita	aspiration
cita-cita	ideal
citarasa	flavor
citarasa	taste
citra	image
cium	kiss
cium	smell
ciut	shrink
cm	cm
co2	CO2
coba	try
cocok	match
cocok	suitable
coelacanth	coelacanth
cokelat	brown
cokelat	chocolate
coklat	brown
coklat	chocolate
colek	nudge
comot	grab
computer	computer
condong	incline
condong	lean
contoh	example
copet	pickpocket
copot	remove
corak	pattern
corat-coret	scribble
coret	scribble
coretan	scribble
corona	coronavirus
covid-19	COVID-19
cracker	cracker
credit	credit
cross	cross
csr	corporate social responsibility
cuaca	weather
cuaca ekstrem	extreme weather
cuat	stick out
cuci	wash
cuci darah	dialysis
cuci tangan	handwashing
cuckoo	cuckoo
cucu	grandchild
cuka	vinegar
cukai	tax
cukai barang dan perkhidmatan	goods and services tax
cukai jualan	sales tax
cukai pendapatan	income tax
cukai perkhidmatan	service tax
cukai rokok	cigarette excise
cukup	enough
cukup	quite
cukur	shave
cula	horn
culik	kidnap
cuma	only
cuma-cuma	free
cumi	squid
cumi-cumi	squid
cuplik	excerpt
cuplikan	clip
cuplikan	excerpt
curah	pour
curah hujan	rainfall
curam	steep
curang	cheat
curi	steal
curiga	suspicious
customer	customer
cuti	holiday
cuti	leave
cuti sekolah	school holidays
dada	chest
dadah	drugs
dadak	sudden
dadu	dice
daerah	district
daftar	register
daftar	list
daftar pencarian orang	wanted list
dagang	trade
dagangan	trade
dagangan	trading
daging	meat
dagu	chin
dahan	branch
dahi	forehead
dahsyat	terrible
dahsyat	tremendous
dahulu	formerly
dahulu	before
daif	poor
daif	dilapidated
daki	climb
dakwa	charge
dakwa	claim
dakwaan	charge
dakwaan	allegation
dakwaan	claim
dalam	in
dalam	inside
dalam negeri	domestic
dalam rangka	in order to
dalam talian	online
dalang	mastermind
dalang	puppeteer
dalih	pretext
dam	dam
damai	peace
damaskus	Damascus
damba	long for
dambaan	desire
dambaan	dream
damkar	fire department
dampak	effect
dampak	impact
dampar	strand
damping	accompany
dan	and
dana	fund
dana moneter internasional	International Monetary Fund
danau	lake
dandan	dress up
dangkal	shallow
dansa	dance
dapat	can
dapat	get
dapur	kitchen
darah	blood
darah tinggi	high blood pressure
darat	land
daratan	mainland
darfur	Darfur
dari	from
dari	of
darimana	where from
daring	online
daripada	from
daripada	than
daripada	of
darjah	degree
darurat	emergency
darurat militer	martial law
darwinisme	Darwinism
dasar	policy
dasar	basis
dasawarsa	decade
dasi	tie
data	data
datang	come
datar	flat
dataran	plain
dataran tinggi	highlands
dataran tinggi	plateau
dataran tinggi golan	Golan Heights
dato	dato
datuk	datuk
datuk bandar	mayor
daulat	sovereign
daun	leaf
daur	cycle
daur ulang	recycle
daur ulang	recycling
daya	power
daya beli	purchasing power
daya saing	competitiveness
dayung	oar
dayung	paddle
dbd	dengue fever
dbkl	kuala lumpur city hall
debar	throb
debat	debate
debirokratisasi	debureaucratization
debit	debit
debit	discharge
debitur	debtor
debu	dust
debut	debut
dedaunan	foliage
dedikasi	dedication
deep	deep
deepavali	deepavali
defensif	defensive
definisi	definition
defisit	deficit
defisit fiskal	fiscal deficit
deflasi	deflation
deforestasi	deforestation
degradasi	degradation
degradasi	relegation
dekad	decade
dekade	decade
dekam	crouch
dekan	dean
dekat	close
dekat	near
deklarasi	declaration
dekomposisi	decomposition
dekor	decoration
dekorasi	decoration
dekrit	decree
delapan	eight
delapan belas	eighteen
delapan puluh	eighty
delegasi	delegation
delima	pomegranate
delta	delta
demam	fever
demam berdarah	dengue fever
demam denggi	dengue fever
demensia	dementia
demi	for the sake of
demikian	so
demikian	thus
demiliterisasi	demilitarization
demo	demonstration
demo	protest
demobilisasi	demobilization
demografi	demography
demografis	demographic
demokrasi	democracy
demokrat	democrat
demokratis	democratic
demokratisasi	democratization
demonstran	demonstrator
demonstrasi	demonstration
den haag	The Hague
denda	fine
dendam	grudge
dendam	revenge
dendeng	jerky
dengan	by
dengan	with
dengar	hear
denggi	dengue
dengki	envy
dengki	spite
dengkul	knee
dengkur	snore
denmark	denmark
denpasar	Denpasar
denuklirisasi	denuclearization
denyut	beat
denyut	pulse
depak	kick out
depan	front
depan	future
depan	next
departemen	department
depok	Depok
deportasi	deportation
deposito	deposit
deposito	time deposit
depresi	depression
depresiasi	depreciation
deputi	deputy
dera	whip
deradikalisasi	deradicalization
derajat	degree
deras	heavy
deras	swift
derbi	derby
deregulasi	deregulation
deret	row
deretan	row
deretan	series
derita	suffer
derma	donation
dermaga	dock
dermaga	pier
desa	village
desain	design
desainer	designer
desak	press
desak	urge
desakan	demand
desakan	pressure
desas-desus	rumor
desentralisasi	decentralization
desimal	decimal
deskripsi	description
desktop	desktop
destilasi	distillation
destinasi	destination
destruktif	destructive
detail	detail
detak	beat
detak jantung	heartbeat
deteksi	detection
detektif	detective
detektor	detector
determinan	determinant
determinasi	determination
detik	second
detil	detail
devaluasi	devaluation
development	development
devisa	foreign exchange
dewa	god
dewan	board
dewan	council
dewan bandaraya	city hall
dewan direksi	board of directors
dewan keamanan	Security Council
dewan komisaris	board of commissioners
dewan negara	senate
dewan perniagaan	chamber of commerce
dewan perwakilan rakyat	House of Representatives
dewan rakyat	house of representatives
dewan undangan negeri	state assembly
dewasa	adult
dewi	goddess
di	at
di	in
di antara	between
di antara	among
di antaranya	among them
di depan	in front
di mana	where
di samping	beside
di samping	besides
di sana	there
di sini	here
dia	he
dia	she
diabadikan	immortalized
diabaikan	ignored
diabetes	diabetes
diadakan	held
diadili	tried
diadopsi	adopted
diagendakan	scheduled
diagnosa	diagnosis
diagnosis	diagnoses
diagnosis	diagnosis
diagnostik	diagnostic
diagonal	diagonal
diajak	invited
diajukan	filed
diajukan	submitted
diakui	admitted
diakui	recognized
diakuisisi	acquired
dialami	experienced
dialihtugaskan	reassigned
dialog	dialogue
dialokasikan	allocated
diam	silent
diam	still
diam-diam	secretly
diambil	taken
diameter	diameter
diami	inhabit
diandalkan	relied on
dianggap	considered
dianggarkan	estimated
diangkat	appointed
diangkat	lifted
diangkut	transported
dianiaya	abused
dianiaya	beaten
dianjurkan	organised
dianugerahi	awarded
dianugerahkan	awarded
dianulir	disallowed
dianut	adopted
dianut	followed
diapit	flanked
diare	diarrhea
diaspora	diaspora
diasumsikan	assumed
diaudit	audited
diawasi	supervised
dibaca	read
dibahas	discussed
dibajak	hijacked
dibanderol	priced
dibandingkan	compared
dibangun	built
dibangunkan	developed
dibantah	denied
dibantu	helped
dibarengi	accompanied
dibatalkan	cancelled
dibawa	brought
dibawah	under
dibayar	paid
dibebankan	charged
dibebaskan	released
dibebaskan	acquitted
dibeli	bought
dibenahi	fixed
dibenahi	improved
diberi	given
diberikan	given
diberitahu	told
diberitahu	informed
diberitahukan	informed
diberitakan	reported
diberkas	arrested
diberkati	blessed
diberondong	sprayed
dibiarkan	allowed
dibiarkan	left
dibiayai	financed
dibicarakan	tried
dibidik	targeted
dibilang	said
dibina	built
diblokir	blocked
dibobol	broken into
dibongkar	dismantled
dibuang	discarded
dibuat	made
dibubarkan	disbanded
dibubarkan	dissolved
dibuka	opened
dibungkus	wrapped
dibunuh	killed
dibunuh	murdered
dibutuhkan	needed
dicabik-cabik	torn apart
dicabut	revoked
dicadangkan	proposed
dicambuk	whipped
dicanangkan	declared
dicanangkan	launched
dicantumkan	listed
dicap	branded
dicapai	achieved
dicat	painted
dicatat	recorded
dicatatkan	recorded
dicegah	prevented
dicegat	intercepted
dicekal	banned
dicermati	examined
diciduk	arrested
dicincang	minced
diciptakan	created
dicopot	dismissed
dicopot	removed
dicoret	crossed out
diculik	kidnapped
dicuri	stolen
dicurigai	suspected
didakwa	charged
didakwa	accused
didakwa	claimed
didampingi	accompanied
didapati	found
didedahkan	revealed
didefinisikan	defined
didenda	fined
didepak	kicked out
didepak	sacked
dideportasi	deported
didera	abused
didesak	pressed
didesak	urged
didiagnosis	diagnosed
didih	boil
didik	educate
didistribusikan	distributed
didominasi	dominated
didongkrak	boosted
didorong	driven
didorong	encouraged
diduga	allegedly
diduga	suspected
didukung	supported
dieksekusi	executed
dieksport	exported
dielakkan	avoided
diemban	carried
diemban	held
dienkripsi	encrypted
diesel	diesel
diet	diet
dievakuasi	evacuated
difteri	diphtheria
difusi	diffusion
digaji	paid
digalakkan	promoted
digali	dug
digantung	suspended
digarap	worked on
digelar	held
digeledah	searched
digemari	liked
digemari	popular
digencarkan	intensified
digenjot	boosted
digesa	urged
digester	digester
digigit	bitten
digit	digit
digital	digital
digitalisasi	digitalization
digitalisasi	digitization
digodok	being drafted
digolongkan	classified
digoncang	shaken
digoreng	fried
digulingkan	overthrown
digulirkan	rolled out
digulung	rolled
digunakan	used
diguncang	rocked
diguncang	shaken
diguyur	drenched
dihadiri	attended
dihancurkan	destroyed
dihantam	battered
dihantam	hit
dihantar	sent
dihapus	abolished
dihapus	deleted
diharapkan	expected
dihasilkan	produced
dihentikan	stopped
dihidangkan	served
dihindari	avoided
dihukum	sentenced
dihuni	inhabited
diibaratkan	likened
diidentifikasi	identified
diijinkan	allowed
diikutsertakan	included
diilhami	inspired
diimbau	urged
diimport	imported
diincar	targeted
diinjak	trampled
diinstruksikan	instructed
diinterogasi	interrogated
diiringi	accompanied
diisi	filled
diizinkan	allowed
dijabarkan	elaborated
dijadwalkan	scheduled
dijamin	guaranteed
dijangka	expected
dijangkakan	expected
dijangkiti	infected
dijatuhi	sentenced
dijatuhi hukuman	sentenced
dijebloskan	jailed
dijelaskan	explained
dijilat api	gutted by fire
dijital	digital
dijual	sold
dijuluki	dubbed
dijuluki	nicknamed
dijumpai	found
dijumpai	met
dikabarkan	reported
dikaburkan	obscured
dikaji	studied
dikaji semula	reviewed
dikalahkan	defeated
dikarenakan	because
dikaruniai	blessed
dikategorikan	categorized
dikawal	controlled
dikebut	rushed
dikecam	criticized
dikejar	chased
dikekalkan	maintained
dikelola	managed
dikeluarkan	issued
dikeluarkan	released
dikemas	packed
dikemukakan	put forward
dikemukakan	stated
dikenakan	imposed
dikenal	known
dikenal pasti	identified
dikenali	known
dikenali	identified
dikendalikan	controlled
dikepung	surrounded
dikerahkan	deployed
dikeringkan	dried
dikeroyok	mobbed
diketahui	known
diketuai	chaired
diketuai	led
dikhawatirkan	feared
dikirim	sent
diklaim	claimed
diklasifikasikan	classified
dikonfirmasi	confirmed
dikonsumsi	consumed
diktator	dictator
dikte	dictation
dikuasai	controlled
dikubur	buried
dikucilkan	ostracized
dikukus	steamed
dikunjungi	visited
dikupas	peeled
dikurangi	reduced
dikurangkan	reduced
dikurung	confined
dikutip	quoted
dikutuk	condemned
dilaburkan	invested
dilahirkan	born
dilaksanakan	implemented
dilakukan	carried out
dilakukan	done
dilalap	engulfed
dilampaui	exceeded
dilancarkan	launched
dilanda	hit
dilanggar	hit
dilanjutkan	extended
dilansir	reported
dilantik	inaugurated
dilantik	sworn in
dilapisi	coated
dilaporkan	reported
dilarang	banned
dilarang	prohibited
dilebur	merged
dilelang	auctioned
dilempar	thrown
dilempari	pelted
dilengkapi	equipped
dilepaskan	released
dilepaskan	discharged
dilindungi	protected
dilontarkan	made
dilontarkan	thrown
diluluskan	approved
dilumuri	smeared
diluncurkan	launched
dilupakan	forgotten
dimakamkan	buried
dimaklumi	understandable
dimaksudkan	intended
dimana	where
dimasak	cooked
dimengerti	understood
dimensi	dimension
dimeriahkan	enlivened
dimeterai	sealed
dimeterai	signed
dimiliki	owned
diminta	asked
dimuat	loaded
dimuat	published
dimulai	begin
dimulai	started
dimulakan	started
dimusnahkan	destroyed
dinafikan	denied
dinaikkan	raised
dinamik	dynamic
dinamika	dynamics
dinamis	dynamic
dinamit	dynamite
dinas	agency
dinas	office
dinas	service
dinding	wall
dinegosiasikan	negotiated
dingin	cold
dini	early
dini hari	early morning
dinihari	dawn
dinikmati	enjoyed
dinilai	assessed
dinilai	considered
dinobatkan	crowned
dinobatkan	named
dinosaurus	dinosaur
dinyatakan	stated
dioksida	dioxide
diolah	processed
diorganisir	organized
dipadamkan	extinguished
dipadati	crowded
dipahami	understood
dipajang	displayed
dipakai	used
dipakai	worn
dipaksa	forced
dipalsukan	forged
dipamerkan	exhibited
dipancarkan	emitted
dipandang	regarded
dipanen	harvested
dipanggil	called
dipanggil	summoned
dipangkas	cut
dipantau	monitored
dipaparkan	presented
diparkir	parked
dipasang	installed
dipasarkan	marketed
dipastikan	ensured
dipatok	fixed
dipatok	set
dipecat	dismissed
dipecat	fired
dipecundangi	beaten
dipegang	held
dipelopori	pioneered
dipenggal	beheaded
dipenjara	jailed
dipenjarakan	imprisoned
dipenuhi	filled
dipenuhi	fulfilled
diperbincangkan	discussed
diperbolehkan	allowed
dipercaya	believed
dipercaya	trusted
diperhatikan	noticed
diperiksa	examined
diperiksa	questioned
diperkenalkan	introduced
diperkenankan	allowed
diperkirakan	estimated
diperkosa	raped
diperlukan	needed
diperoleh	obtained
dipersilakan	invited
dipertimbangkan	considered
diperuntukkan	allocated
dipesan	booked
dipesan	ordered
dipicu	triggered
dipilah	sorted
dipilih	chosen
dipilih	elected
dipimpin	led
dipinda	amended
dipindahkan	evacuated
dipindahkan	moved
diploma	diploma
diplomasi	diplomacy
diplomat	diplomat
diplomatik	diplomatic
diprakarsai	initiated
diprediksi	predicted
diproduksi	produced
dipublikasikan	published
dipuja	worshipped
dipuji	praised
dipulangkan	repatriated
dipulihkan	restored
dipungut	collected
dipungut	levied
diragukan	doubted
diragukan	doubtful
dirahasiakan	kept secret
diraih	achieved
diramalkan	forecast
dirampas	seized
dirampok	robbed
dirampungkan	completed
dirancang	planned
dirasmikan	officially opened
diraup	gained
dirawat	treated
dirazia	raided
direbus	boiled
direhab	rehabilitated
direkayasa	engineered
direkomendasikan	recommended
direkrut	recruited
direksi	board of directors
direncanakan	planned
direnovasi	renovated
diresmikan	inaugurated
direvisi	revised
dirgantara	aerospace
diri	self
dirilis	released
dirjen	director general
dirobohkan	demolished
dirujuk	referred
dirumuskan	formulated
dirundung	beset
dirundung	plagued
dirusak	damaged
dirut	president director
disabiliti	disability
disabitkan	convicted
disadap	tapped
disahkan	confirmed
disain	design
disajikan	presented
disajikan	served
disaksikan	witnessed
disalurkan	channeled
disalurkan	disbursed
disambut	welcomed
disampaikan	delivered
disana	there
disandarkan	based
disandarkan	leaned
disandera	held hostage
disangka	suspected
disangka	thought
disarankan	advised
disasarkan	targeted
disayangkan	regrettable
disebabkan	caused
disebarluaskan	disseminated
disebat	whipped
disebut	called
disediakan	provided
disegel	sealed
disejajarkan	equated
disekap	held captive
diselamatkan	rescued
diselaraskan	aligned
diselenggarakan	held
diselenggarakan	organized
diselesaikan	solved
diselesaikan	settled
diselewengkan	misappropriated
diselidiki	investigated
diselimuti	shrouded
diselundupkan	smuggled
disemayamkan	lie in state
disember	december
disenaraikan	listed
disengaja	intentional
disentri	dysentery
disepakati	agreed
diserahkan	handed over
diserang	attacked
diserap	absorbed
diseret	dragged
disergap	ambushed
disertai	joined
disertasi	dissertation
disetorkan	deposited
disewa	hired
disewa	rented
disfungsi	dysfunction
disiagakan	put on alert
disiarkan	broadcast
disiasat	investigated
disiksa	tortured
disimpan	stored
disimpulkan	concluded
disinari	illuminated
disinggahi	visited
disinggung	mentioned
disingkirkan	eliminated
disingkirkan	removed
disini	here
disinyalir	allegedly
disiplin	discipline
disita	seized
disk	disk
diskon	discount
diskors	suspended
diskredit	discredit
diskriminasi	discrimination
diskusi	discussion
disokong	supported
dispensasi	dispensation
display	display
disponsori	sponsored
distilasi	distillation
distopia	dystopia
distorsi	distortion
distribusi	distribution
distributor	distributor
distrik	district
disubsidi	subsidized
disuguhi	presented
disuguhi	treated
disuruh	ordered
disuruh	told
disurvei	surveyed
disusul	followed
disusun	compiled
disusun	drafted
disyaki	suspected
ditafsirkan	interpreted
ditahan	detained
ditahan	arrested
ditahan reman	remanded
ditakdirkan	destined
ditaklukkan	conquered
ditamatkan	terminated
ditampung	accommodated
ditandatangani	signed
ditangani	dealt with
ditanggapi	responded
ditangguhkan	postponed
ditangkap	arrested
ditangkap	caught
ditargetkan	targeted
ditarik	withdrawn
ditawan	captured
ditawan	held
ditawarkan	offered
ditayangkan	aired
ditayangkan	broadcast
ditelan	swallowed
ditelusuri	traced
ditemani	accompanied
ditembak	shot
ditempuh	taken
ditempuh	traveled
ditemui	found
ditemukan	found
ditengarai	suspected
ditepis	parried
diterapkan	applied
diterbitkan	issued
diterbitkan	published
diterima	received
diterima	accepted
diterjang	hit
diterjang	struck
diterjunkan	deployed
ditetapkan	set
ditetapkan	stipulated
ditetapkan tersangka	named a suspect
ditikam	stabbed
ditilang	ticketed
ditimbulkan	caused
ditimpa	struck
ditindaklanjuti	followed up
ditinjau	reviewed
ditipu	deceived
dititipkan	entrusted
ditolak	rejected
ditolerir	tolerated
dituangkan	poured
dituangkan	set out
dituding	accused
dituduh	accused
ditujukan	addressed
ditujukan	aimed
ditukar	exchanged
ditulis	written
ditunda	postponed
ditunjukkan	shown
dituntut	prosecuted
diturunkan	lowered
ditutup	closed
diubah	amended
diubah	changed
diumumkan	announced
diundang	invited
diunduh	downloaded
diundur	postponed
diunggah	uploaded
diunggulkan	favored
diunggulkan	seeded
diungkapkan	revealed
diungsikan	evacuated
diunjurkan	projected
diuraikan	described
diuruskan	managed
diusik	disturbed
diusir	evicted
diusir	expelled
diusulkan	proposed
diusung	carried
diusung	nominated
divaksinasi	vaccinated
divestasi	divestment
dividen	dividend
diving	diving
divisi	division
divonis	sentenced
diwaspadai	guarded
diwaspadai	watched
diwawancarai	interviewed
diyakini	believed
djibouti	Djibouti
dll	etc
dna	DNA
doa	prayer
dobrak	break down
dogma	dogma
doha	Doha
dok	dock
doktor	doctor
doktor gigi	dentist
doktor pakar	specialist
doktor spesialis	specialist
doktor umum	general practitioner
doktrin	doctrine
dokumen	document
dokumentasi	documentation
dokumenter	documentary
dolar	dollar
dollar	dollar
domain	domain
domba	sheep
domestik	domestic
dominan	dominant
dominasi	domination
dominika	Dominica
domino	domino
domisili	domicile
dompet	wallet
dompet digital	digital wallet
dompet digital	e-wallet
donasi	donation
donatur	donor
dongeng	fairy tale
dongkel	pry
dongkrak	boost
dongkrak	jack
donor	donor
donor darah	blood donation
doping	doping
dorong	push
dorongan	encouragement
dorongan	impetus
dos	dose
dosa	sin
dosen	lecturer
dosis	dose
dosm	department of statistics malaysia
double	double
down	down
dpd	Regional Representative Council
dpo	wanted person
draft	draft
dram	drum
drama	drama
dramatik	dramatic
dramatis	dramatic
drastis	drastic
drone	drone
drop	drop
drum	drum
dsb	etc
dua	two
dua belas	twelve
dua hala	bilateral
dua kali	twice
dua kali ganda	twofold
dua puluh	twenty
duabelas	twelve
duakali	twice
dubai	Dubai
dubes	ambassador
duduk	sit
duel	duel
duet	duet
duga	suspect
dugaan	allegation
dugaan	suspicion
duit	money
duka	grief
duka cita	condolence
dukacita	condolence
dukacita	grief
duku	duku fruit
dukung	support
dukungan	support
dulu	first
dulu	formerly
duluan	first
dulunya	formerly
dumping	dumping
dungu	stupid
dunia	world
dunia maya	cyberspace
duo	duo
duplik	rejoinder
duplikasi	duplication
durasi	duration
durhaka	disloyal
duri	thorn
durian	durian
dusun	hamlet
duta	ambassador
duta besar	ambassador
dutabesar	ambassador
duti	duty
duti eksport	export duty
duti import	import duty
e-commerce	e-commerce
e-ktp	ID card
e-mail	email
ebola	Ebola
eceran	retail
economy	economy
edar	circulate
edisi	edition
editor	editor
edukasi	education
efek	effect
efek jera	deterrent effect
efek rumah kaca	greenhouse effect
efektif	effective
effect	effect
efisien	efficient
efisiensi	efficiency
eh	eh
eja	spell
ejaan	spelling
ejek	mock
ejekan	taunt
ekar	acre
ekologi	ecology
ekologis	ecological
ekonom	economist
ekonomi	economy
ekonomi biru	blue economy
ekonomi digital	digital economy
ekonomi hijau	green economy
ekonomi kerakyatan	people's economy
ekonomi kreatif	creative economy
ekonomi makro	macroeconomics
ekonomi mikro	microeconomics
ekonomi syariah	Islamic economy
ekonomis	economical
ekor	head
ekor	tail
ekosistem	ecosystem
eks	former
eks-soviet	ex-Soviet
eksekusi	execution
eksekutif	executive
eksepsi	objection
eksibisi	exhibition
eksis	exist
eksistensi	existence
eksklusif	exclusive
eksogen	exogenous
eksotis	exotic
ekspansi	expansion
ekspedisi	expedition
ekspektasi	expectation
eksperimen	experiment
eksperimental	experimental
eksploitasi	exploitation
eksplorasi	exploration
eksponensial	exponential
eksport	export
ekspos	expose
ekspresi	expression
ekstasi	ecstasy
ekstensif	extensive
eksternal	external
ekstra	extra
ekstradisi	extradition
ekstrak	extract
ekstraksi	extraction
ekstrem	extreme
ekstremis	extremist
ekstremisme	extremism
ekstrim	extreme
ekstrimis	extremist
ekuador	Ecuador
ekuinoks	equinox
ekuiti	equity
el nino	El Nino
el salvador	El Salvador
elak	avoid
elang	eagle
elaun	allowance
elegan	elegant
elektrik	electricity
elektrik	electric
elektro	electro
elektroda	electrode
elektrolisis	electrolysis
elektrolit	electrolyte
elektron	electron
elektronik	electronics
elektronika	electronics
elemen	element
eliminasi	elimination
elit	elite
elpiji	LPG
email	email
emansipasi	emancipation
emas	gold
emban	carry
embara	wander
embargo	embargo
embrio	embryo
embun	dew
embus	blow
emirat	emirate
emiriah arab bersatu	united arab emirates
emisi	emission
emisi karbon	carbon emissions
emiten	issuer
emiten	listed company
emosi	emotion
emosional	emotional
empang	fishpond
empangan	dam
empat	four
empat belas	fourteen
empat puluh	forty
empati	empathy
empuk	soft
empuk	tender
enak	delicious
enak	nice
enam	six
enam belas	sixteen
enam puluh	sixty
enau	sugar palm
encer	runny
encer	thin
endap	settle
endapan	sediment
endemi	endemic
endemik	endemic
endus	sniff
energi	energy
energi bersih	clean energy
energi terbarukan	renewable energy
energy	energy
enggan	reluctant
engkau	you
england	england
enkripsi	encryption
entah	unknown
entah	whether
entas	lift
enteng	easy
enteng	light
entiti	entity
enyah	go away
enzim	enzyme
epidemi	epidemic
epidemiologi	epidemiology
episentrum	epicenter
episode	episode
epos	epic
era	era
eram	incubate
erat	close
erat	tight
ereksi	erection
eritrea	Eritrea
eropah	europe
eropah barat	Western Europe
eropah timur	Eastern Europe
eror	error
erosi	erosion
erupsi	eruption
es	ice
esai	essay
esdm	energy and mineral resources
esensi	essence
eskalator	escalator
esok	tomorrow
estafet	relay
estat	estate
estetika	aesthetics
estonia	Estonia
etanol	ethanol
ethiopia	Ethiopia
etik	ethics
etika	ethics
etiopia	Ethiopia
etnik	ethnic
etnis	ethnic
eu	european union
eukariot	eukaryote
euro	euro
eutanasia	euthanasia
evakuasi	evacuation
evaluasi	evaluation
event	event
evolusi	evolution
evolusionis	evolutionist
faedah	interest
faedah	benefit
fair	fair
fajar	dawn
fakir	poor
fakir miskin	the poor
faksi	faction
fakta	fact
faktor	factor
faktual	factual
fakultas	faculty
famili	family
fan	fan
fanatik	fanatic
fanatisme	fanaticism
fans	fans
fantasi	fantasy
fantastis	fantastic
farmasi	pharmacy
fasa	phase
fase	phase
fasilitator	facilitator
fasiliti	facility
fasiliti kesihatan	health facility
fasiliti sosial	public facilities
faskes	health facility
fatah	Fatah
fatal	fatal
fatwa	edict
fatwa	fatwa
favorit	favorite
fbi	FBI
februari	february
federal	federal
federasi	federation
fee	fee
feminim	feminine
feminisme	feminism
fenomena	phenomenon
fenomenal	phenomenal
feri	ferry
fermentasi	fermentation
festival	festival
fiat	fiat
fifa	FIFA
figur	figure
figuran	extra
fiji	Fiji
fikir	think
fiksi	fiction
filamen	filament
file	file
filipina	philippines
film	film
film	movie
filosofi	philosophy
filsafat	philosophy
filter	filter
filum	phylum
final	final
finansial	financial
finch	finch
finis	finish
finland	finland
fintech	fintech
firasat	premonition
fisikawan	physicist
fisiologi	physiology
fisiologis	physiological
fisioterapi	physiotherapy
fiskal	fiscal
fit	fit
fitnah	slander
fitoplankton	phytoplankton
fitur	feature
fizik	physics
fizikal	physical
flamingo	flamingo
flash	flash
flat	flat
fleksibel	flexible
fleksibiliti	flexibility
flores	Flores
flu	flu
flu babi	swine flu
flu burung	bird flu
fluida	fluid
fluktuasi	fluctuation
fluktuatif	volatile
fokus	focus
fokus	focused
fondasi	foundation
forehand	forehand
forensik	forensic
formal	formal
formasi	formation
format	format
formulasi	formulation
formulir	form
forum	forum
forward	forward
fosfor	phosphorus
fosforus	phosphorus
fosil	fossil
foto	photo
fotografer	photographer
fotografi	photography
foton	photon
fotosintesis	photosynthesis
foya	spree
fractional	fractional
fragmen	fragment
fraksi	faction
franc	franc
frase	phrase
frekuensi	frequency
frigat	frigate
from	from
front	front
frustasi	frustration
frustrasi	frustration
fundamental	fundamental
fungsi	function
fungsional	functional
g20	G20
ga	not
gabah	unhusked rice
gabon	Gabon
gabung	join
gabungan	coalition
gabungan	combination
gadget	gadget
gading	ivory
gadis	girl
gado-gado	vegetable salad
gaduh	noisy
gagah	dashing
gagal	fail
gagal bayar	default
gagal ginjal	kidney failure
gagang	handle
gagas	idea
gagasan	idea
gaib	supernatural
gairah	passion
gajah	elephant
gaji	salary
gaji	wage
gaji minimum	minimum wage
galah	pole
galak	fierce
galaksi	galaxy
galang	raise
galau	confused
galau	restless
galeri	gallery
gali	dig
galon	gallon
gambar	image
gambar	picture
gambaran	description
gambaran	picture
gambia	Gambia
gambut	peat
game	game
gamelan	gamelan
games	games
gamping	limestone
ganas	violent
ganda	fold
ganda	times
gandeng	link
gandrung	crazy about
gandum	wheat
ganggang	algae
ganggu	disturb
gangguan	disruption
gangguan	interruption
gangguan bekalan air	water supply disruption
gangguan jiwa	mental disorder
gangguan seksual	sexual harassment
gangsa	bronze
ganja	marijuana
ganjal	wedge
ganjalan	obstacle
ganjil	odd
ganti	change
ganti	replace
ganti rugi	compensation
gantung	hang
gapai	reach
gara-gara	because of
garam	salt
garang	fierce
garap	work on
garasi	garage
gardu	booth
gardu	post
garing	crispy
garis	line
garis panduan	guideline
garis pantai	coastline
garmen	garment
garpu	fork
garuk	scratch
gas	gas
gas	gases
gas asli	natural gas
gas rumah kaca	greenhouse gas
gasifikasi	gasification
gatal	itchy
gaul	socialize
gaun	dress
gaun	gown
gawai	gadget
gawang	goal
gawat	critical
gawat	serious
gay	gay
gaya	force
gaya	style
gayut	hang
gaza	gaza
gb	GB
gebrak	strike
gebrakan	breakthrough
gede	big
gedung	building
gedung putih	White House
gegabah	rash
gegas	hurry
gejala	symptom
gejolak	turmoil
gejolak	volatility
gel	gel
gelandang	midfielder
gelandangan	homeless
gelang	bracelet
gelanggang	court
gelanggang	arena
gelap	dark
gelap gulita	pitch dark
gelar	degree
gelar	hold
gelar	title
gelas	glass
geledah	search
gelegar	thunder
gelembung	bubble
geleng	shake head
geletak	lie
geli	ticklish
geliat	stir
gelincir	slip
gelinding	roll
gelisah	anxious
gelisah	restless
gelitik	tickle
gelombang	wave
gelombang panas	heat wave
gelombang pasang	tidal wave
gelombang tinggi	high waves
gelontor	pour
gema	echo
gemar	fond
gembala	shepherd
gembira	glad
gembira	happy
gembok	padlock
gembong	ringleader
gembung	bloated
gemericik	trickle
gemerlap	glitter
gemetar	tremble
gemilang	brilliant
gempa	earthquake
gempa bumi	earthquake
gempa susulan	aftershock
gempur	attack
gempuran	onslaught
gemuk	fat
gen	gene
genang	puddle
genangan	inundation
genap	complete
genap	even
gencar	intensive
gencat	cease
gencatan senjata	ceasefire
gendang	drum
gender	gender
gendong	carry
generasi	generation
generator	generator
generik	generic
genetik	genetic
genetika	genetics
genewa	Geneva
geng	gang
genggam	grasp
genggaman	grasp
genggaman	grip
gengsi	prestige
genjot	boost
genom	genome
genomik	genomic
genosida	genocide
genteng	roof tile
genting	critical
genting	tile
genus	genus
geofisika	geophysics
geografi	geography
geografis	geographic
geologi	geology
geologis	geological
geometris	geometric
georgetown	george town
georgia	Georgia
geotermal	geothermal
gerai	outlet
gerai	store
gerak	move
gerakan	movement
gerbang	gate
gerbong	carriage
gerbong	wagon
gerebek	raid
gereja	church
gergaji	saw
gerhana	eclipse
gerilya	guerrilla
gerilyawan	guerrilla
gerilyawan	militant
gerimis	drizzle
gerobak	cart
gerombol	gang
gerombolan	band
gerombolan	gang
gerus	erode
gesa	urge
gesek	rub
gesekan	friction
geser	shift
gesit	agile
gesit	nimble
getah	rubber
getar	vibrate
getaran	vibration
ghana	Ghana
giat	active
gigi	tooth
gigih	persistent
gigit	bite
gigitan	bite
gila	crazy
gila	mad
gilas	run over
giling	grind
giling	mill
gilingan	ground
giliran	turn
ginjal	kidney
giring	herd
giro	current account
giroskop	gyroscope
gitar	guitar
giur	tempt
gizi	nutrition
gizi buruk	malnutrition
glamor	glamour
glc	government-linked company
gletser	glacier
global	global
globalisasi	globalization
glukosa	glucose
go	go
go public	go public
goal	goal
goda	tempt
godaan	temptation
godok	boil
godok	deliberate
gol	goal
golak	turmoil
golf	golf
golong	group
golongan	class
golongan	group
golongan darah	blood type
golput	abstain
goreng	fried
goreng	fry
gores	scratch
goresan	scratch
gorila	gorilla
gorontalo	Gorontalo
gosok	rub
gotong royong	mutual cooperation
gotong-royong	mutual cooperation
goyah	shaky
goyang	shake
goyang	sway
graduan	graduate
grafik	chart
grafik	graph
grafis	graphic
grafit	graphite
gram	gram
granat	grenade
grand	grand
grasi	clemency
gratifikasi	gratuity
gratis	free
gravitasi	gravity
greece	greece
grenada	Grenada
grogi	nervous
grosir	wholesale
group	group
grup	group
gst	goods and services tax
guard	guard
guatemala	Guatemala
gubernur	governor
gubris	heed
gubuk	hut
gubuk	shack
gudang	warehouse
gugah	arouse
gugat	sue
gugatan	lawsuit
gugup	nervous
gugur	die
gugur	fall
gugus	cluster
gugus tugas	task force
gugusan	cluster
guinea	Guinea
gula	sugar
gulat	wrestling
guling	roll
gulir	roll
gulita	pitch dark
gulma	weed
gulung	roll
gulungan	roll
gulungan	scroll
gumpal	lump
gumpalan	clot
gumpalan	lump
gumul	wrestle
guna	for
guna	use
guna tenaga	employment
guncang	shake
guncangan	shake
guncangan	shock
gundik	concubine
gundu	marble
gundul	bald
gunting	scissors
guntur	thunder
gunung	mountain
gunung api	volcano
gunung berapi	volcano
gunung kinabalu	mount kinabalu
gurame	gourami
gurih	savory
gurita	octopus
gurita	octopuses
guru	teacher
guru besar	headmaster
gurun	desert
gusar	upset
gusur	evict
guyana	Guyana
guyur	pour
ha	ha
habis	finished
habis	used up
habitat	habitat
hacker	hacker
hadang	block
hadap	face
hadapan	front
hadapan	next
hadapan	future
hadiah	gift
hadiah	prize
hadir	attend
hadir	present
hadirin	audience
hafal	memorize
haiti	Haiti
hajar	beat
hajat	intention
hajat	need
hajatan	celebration
hak	right
hak angket	right of inquiry
hak asasi manusia	human rights
hak cipta	copyright
hak paten	patent
hak pilih	voting right
hak-hak	rights
hakekat	essence
hakikat	essence
hakikatnya	essentially
hakiki	essential
hakim	judge
hakim ketua	presiding judge
hal	matter
hal	thing
hala	direction
halal	halal
halaman	page
halaman	yard
halang	block
halangan	obstacle
halau	repel
halilintar	thunderbolt
halo	hello
halte	bus stop
haluan	bow
haluan	course
halus	fine
halus	smooth
ham	human rights
hama	pest
hamas	Hamas
hambar	bland
hambat	hinder
hambatan	barrier
hambatan	obstacle
hambur	scatter
hamil	pregnant
hampa	empty
hampa	vacuum
hampar	spread
hamparan	expanse
hampir	almost
hampir	nearly
hancur	destroyed
handal	reliable
handphone	mobile phone
handset	handset
handuk	towel
hangat	warm
hangus	burnt
hanoi	Hanoi
hantam	hit
hantar	conduct
hantu	ghost
hanya	only
hanya sahaja	however
hanyut	drift
hanyut	swept away
hapus	delete
hapus	erase
harafiah	literal
haram	forbidden
harap	hope
harapan	expectation
harapan	hope
harapan hidup	life expectancy
harfiah	literal
harga	price
harga bahan pokok	staple prices
harga barang	price of goods
harga eceran	retail price
harga eceran tertinggi	retail price ceiling
harga emas	gold price
harga minyak	oil price
harga naik	prices rise
harga pangan	food price
harga turun	prices fall
hari	day
hari ini	today
hari kebangsaan	national day
hari kemerdekaan	independence day
hari malaysia	malaysia day
hari raya	festive day
hari raya aidilfitri	eid al-fitr
hari ulang tahun	anniversary
hari ulang tahun	birthday
harian	daily
harimau	tiger
harimau malaya	malaysian national football team
harta	property
harta	wealth
harta benda	property
hartanah	property
hartanah	real estate
haru	moved
haru	touching
harum	fragrant
harus	have to
harus	must
hasil	revenue
hasil	result
hasil	yield
hasil jualan	sales revenue
hasil tanaman	crop yield
hasrat	desire
hasut	incite
hat-trick	hat-trick
hati	heart
hati	liver
hati-hati	careful
hatrik	hat-trick
haus	thirsty
havana	Havana
hawa	air
hawa	climate
hayat	life
hayati	biological
hebat	great
heboh	sensation
heboh	uproar
hehe	hehe
hektar	hectare
hektare	hectare
helai	sheet
helai	strand
helat	event
heli	helicopter
helikopter	helicopter
helm	helmet
helsinki	Helsinki
hemat	save
hemat	thrifty
hembus	blow
hembusan	gust
hempas	slam
hendak	want
hendaknya	should
hengkang	leave
hengkang	quit
hening	silent
henti	stop
hepatitis	hepatitis
heran	surprised
herbivora	herbivore
heroin	heroin
het	retail price ceiling
heteroseksual	heterosexual
hewan	animal
hias	decorate
hiasan	decoration
hibah	grant
hibrida	hybrid
hibur	entertain
hiburan	entertainment
hidang	serve
hidangan	dish
hidayah	guidance
hidrogen	hydrogen
hidrokarbon	hydrocarbon
hidrolik	hydraulic
hidrologi	hydrology
hidung	nose
hidup	life
hidup	live
hidupan liar	wildlife
hijau	green
hilang	lost
hilang	missing
hilir	downstream
hilirisasi	downstreaming
himalaya	Himalayas
himbauan	appeal
himpun	collect
himpunan	association
himpunan	set
hina	contempt
hina	humble
hindar	avoid
hindu	Hindu
hingga	until
hingga	to
hinggap	land
hinggap	perch
hiperoksia	hyperoxia
hipertensi	hypertension
hipokampus	hippocampus
hipotesis	hypotheses
hipotesis	hypothesis
hirau	heed
hirup	inhale
hitam	black
hitung	count
hiu	shark
hiv	HIV
hizbullah	Hezbollah
hoaks	hoax
hoax	hoax
hoki	hockey
holding	holding company
hollywood	Hollywood
homoseksual	homosexual
homoseksualiti	homosexuality
honduras	Honduras
hong kong	hong kong
hongaria	Hungary
honorer	honorary
honorer	temporary
horizontal	horizontal
hormat	respect
hormon	hormone
hortikultura	horticulture
hospital	hospital
hotel	hotel
hubung	connect
hubungan	relation
hubungan	relationship
hubungan dua hala	bilateral relations
hujam	plunge
hujan	rain
hujan abu	ash rain
hujan deras	heavy rain
hujan lebat	heavy rain
hujat	blaspheme
hukum	law
hukum perdata	civil law
hukum pidana	criminal law
hukuman	sentence
hukuman	punishment
hukuman gantung	death by hanging
hukuman mati	death penalty
hukuman penjara	prison sentence
hulu	upstream
huni	inhabit
hunian	dwelling
hunian	residence
hurikan	hurricane
huru-hara	riot
huruf	letter
hut	anniversary
hutan	forest
hutan bakau	mangrove forest
hutan hujan	rainforest
hutan lindung	protected forest
hutan simpan	forest reserve
hutang	debt
hutu	Hutu
hybrid	hybrid
ia	he
ia	she
iaea	IAEA
iaitu	namely
iaitu	that is
ialah	is
ibadah	worship
ibarat	like
iblis	devil
ibu	madam
ibu	mother
ibu bapa	parents
ibu hamil	pregnant woman
ibu pejabat	headquarters
ibu pejabat polis	police headquarters
ibu pejabat polis daerah	district police headquarters
ibu tiri	stepmother
ibukota	capital
icu	ICU
idap	suffer
ide	idea
ideal	ideal
identifikasi	identification
identik	identical
identiti	identity
ideologi	ideology
idiot	idiot
idola	idol
idul adha	Eid al-Adha
idul fitri	Eid al-Fitr
iga	rib
igau	delirious
igd	emergency room
ihk	consumer price index
ihsg	composite index
ijazah	degree
ijin	permit
ijinkan	allow
ijuk	palm fiber
ikan	fish
ikat	tie
ikat jamin	bail
ikatan	bond
ikatan	tie
ikhlas	sincere
iklan	advertisement
iklim	climate
iklim investasi	investment climate
ikon	icon
ikonik	iconic
ikrar	pledge
ikut	follow
ikut	join
ikut-campur	interfere
ilalang	weed grass
ilegal	illegal
ilham	inspiration
ilmiah	scientific
ilmu	knowledge
ilmu	science
ilmu komputer	computer science
ilmu pengetahuan	science
ilmuwan	scientist
ilusi	illusion
ilustrasi	illustration
imajinasi	imagination
imam	imam
iman	faith
imbal	reward
imbal hasil	yield
imbalan	fee
imbalan	reward
imbang	balanced
imbang	draw
imbangan dagangan	balance of trade
imbas	effect
imbas	impact
imbau	appeal
imbauan	appeal
imbuh	add
imbuhan	affix
imf	IMF
imigran	immigrant
imigrasi	immigration
imigresen	immigration
iming-iming	lure
imlek	Chinese New Year
imobilisasi	immobilization
impak	impact
impi	dream
impian	dream
implementasi	implementation
implikasi	implication
import	import
impotensi	impotence
improvisasi	improvisation
impuls	impulse
impuniti	impunity
imun	immune
imunisasi	immunisation
imuniti	immunity
inap	stay
incar	aim
incar	target
inci	inch
indah	beautiful
indeks	index
indeks harga konsumen	consumer price index
indeks harga pengguna	consumer price index
indeks pencemaran udara	air pollutant index
independen	independent
indera	sense
india	india
india	indian
indikasi	indication
indikatif	indicative
indikator	indicator
individu	individual
individual	individual
individualisme	individualism
indonesia	indonesia
indoor	indoor
indra	sense
induk	mother
induk	parent
induksi	induction
industri	industry
industri farmasi	pharmaceutical industry
industrialisasi	industrialization
indutri	industry
infanteri	infantry
infantri	infantry
infeksi	infection
infeksi saluran pernapasan	respiratory infection
inflasi	inflation
influenza	influenza
info	info
informan	informant
informasi	information
informatika	informatics
inframerah	infrared
infrastruktur	infrastructure
ingat	remember
inggeris	Britain
inggeris	English
inggris	Britain
inggris	England
inggris	English
ingin	want
ingkar	break
ingkar	deny
ini	these
ini	this
inisial	initial
inisiatif	initiative
inisiator	initiator
injak	step on
injeksi	injection
injury	injury
injury-time	injury time
inklusif	inclusive
inkonstitusional	unconstitutional
inovasi	innovation
inovatif	innovative
inpres	presidential instruction
insektisida	insecticide
insentif	incentive
insiden	incident
insinyur	engineer
inspektor	inspector
inspektur	inspector
inspirasi	inspiration
instal	install
instalasi	installation
instan	instant
instansi	agency
instansi	institution
institusi	institution
institusi kewangan	financial institution
institut	institute
instruksi	instruction
instruktur	instructor
instrumen	instrument
insulin	insulin
insurans	insurance
intai	spy
intan	diamond
integrasi	integration
integriti	integrity
intel	intelligence
intelektual	intellectual
intelijen	intelligence
intensif	intensive
intensiti	intensity
interaksi	interaction
interaktif	interactive
interferon	interferon
interior	interior
interkoneksi	interconnection
intermiten	intermittent
intern	internal
internal	internal
internasional	international
international	international
internet	internet
interogasi	interrogation
interpol	Interpol
interseks	intersex
intervensi	intervention
inti	core
inti	nucleus
inti sel	nucleus
intim	intimate
intimidasi	intimidation
intip	peek
intuisi	intuition
intuitif	intuitive
invasi	invasion
inventarisasi	inventory
invertebrata	invertebrate
investasi	investment
investigasi	investigation
investigatif	investigative
investor	investor
investor asing	foreign investor
ion	ion
ionisasi	ionization
ionization	ionization
iphone	iPhone
ipo	IPO
ipoh	ipoh
iptek	science and technology
ipu	air pollutant index
irama	rhythm
iran	iran
iraq	iraq
ireland	ireland
iri	envious
iri hati	envy
irian jaya	Irian Jaya
irigasi	irrigation
iring	accompany
iris	iris
iris	slice
irisan	slice
irlandia	Ireland
irlandia utara	Northern Ireland
ironis	ironic
isap	suck
iseng	idle
iseng	prank
isi	content
isi rumah	household
islam	islam
islamabad	Islamabad
islami	Islamic
islamis	Islamist
islandia	Iceland
isnin	monday
isolasi	isolation
isolasi mandiri	self-isolation
isoman	self-isolation
isotop	isotope
ispa	respiratory infection
israel	israel
istana	palace
istana negara	state palace
istana presiden	presidential palace
istanbul	Istanbul
isteri	wife
istilah	term
istimewa	special
istirahat	break
istirahat	rest
istri	wife
isu	issue
isyarat	gesture
isyarat	signal
itali	italy
itik	duck
itu	it
itu	that
iur	contribute
iuran	contribution
iuran	dues
iya	yes
izin	permission
izin	permit
izin usaha	business permit
jabar	elaborate
jabat	hold office
jabatan	department
jabatan alam sekitar	department of environment
jabatan bomba dan penyelamat	fire and rescue department
jabatan imigresen	immigration department
jabatan kastam	customs department
jabatan kebajikan masyarakat	social welfare department
jabatan meteorologi	meteorological department
jabatan pendaftaran negara	national registration department
jabatan pengangkutan jalan	road transport department
jabatan perangkaan malaysia	department of statistics malaysia
jadi	become
jadi	so
jadual	schedule
jadul	old-fashioned
jadwal	schedule
jaga	guard
jaga	keep
jaga jarak	social distancing
jagad	world
jagal	butcher
jagat	universe
jago	champion
jago	expert
jagoan	champion
jagoan	hero
jagung	corn
jahat	bad
jahat	evil
jahe	ginger
jahit	sew
jahitan	sewing
jahitan	stitch
jaja	hawk
jaja	sell
jajah	colonize
jajak	poll
jajak pendapat	opinion poll
jajak-pendapat	opinion poll
jajal	try
jajan	snack
jajanan	snack
jajar	row
jajaran	line
jajaran	ranks
jakarta	Jakarta
jaket	jacket
jaksa	prosecutor
jaksa agung	attorney general
jaksa penuntut	prosecutor
jaksa penuntut umum	public prosecutor
jala	net
jalan	road
jalan	street
jalan persekutuan	federal road
jalan pintas	shortcut
jalan raya	road
jalan rosak	damaged road
jalan tol	toll road
jalan-raya	highway
jalanan	street
jalar	creep
jalin	weave
jalinan	bond
jalinan	network
jalur	lane
jalur	route
jalur gemilang	malaysian flag
jalur lebar	broadband
jam	hour
jam	clock
jam malam	curfew
jamaah	congregation
jamah	touch
jamaika	Jamaica
jaman	age
jaman	era
jambatan	bridge
jambi	Jambi
jambret	snatch thief
jambu	guava
jamin	guarantee
jaminan	bail
jaminan	guarantee
jaminan kesihatan	health insurance
jaminan kesihatan nasional	national health insurance
jaminan makanan	food security
jamrud	emerald
jamu	herbal medicine
jamuan	banquet
jamur	fungi
jamur	fungus
jamur	mushroom
janakuasa	power generation
janda	widow
jangan	do not
jangan	don't
jangka	period
jangka	term
jangka panjang	long term
jangka pendek	short term
jangka-panjang	long-term
jangka-pendek	short-term
jangkaan	expectation
jangkaan	forecast
jangkau	reach
jangkauan	range
jangkauan	reach
jangkit	infect
jangkitan	infection
jangkrik	cricket
jangkung	tall
janin	fetus
janji	promise
jantan	male
jantung	heart
januari	january
jarah	loot
jarak	distance
jarang	rare
jarang	seldom
jargon	jargon
jari	finger
jaring	net
jaringan	goal
jarum	needle
jasa	service
jasad	body
jasad	corpse
jasad renik	microorganism
jasmani	physical
jatah	quota
jatah	ration
jati	identity
jati	teak
jati diri	identity
jatidiri	identity
jatuh	fall
jauh	far
jawa	Java
jawa	Javanese
jawa barat	West Java
jawa tengah	Central Java
jawa timur	East Java
jawab	answer
jawaban	answer
jawapan	answer
jawatan	post
jawatan	position
jawatan kosong	vacancy
jawatankuasa	committee
jaya	glorious
jaya	victorious
jayapura	Jayapura
jazz	jazz
jeans	jeans
jebak	trap
jebakan	trap
jeblos	jail
jebol	breached
jeda	break
jeda	pause
jeep	jeep
jejak	trace
jejak	track
jejal	cram
jejaring	network
jejaring sosial	social network
jelajah	explore
jelang	ahead of
jelas	clear
jelek	bad
jelek	ugly
jemaah	congregation
jemaah menteri	cabinet
jempol	thumb
jemput	pick up
jemu	bored
jenak	moment
jenaka	funny
jenayah	crime
jenayah siber	cybercrime
jenazah	body
jenazah	remains
jendela	window
jenderal	general
jendral	general
jenewa	Geneva
jengkel	annoyed
jenguk	visit
jenis	kind
jenis	type
jenis kelamin	gender
jenius	genius
jenius	geniuses
jenjang	level
jentik	larva
jenuh	saturated
jepit	clip
jepun	japan
jera	deterred
jerami	straw
jerapah	giraffe
jerat	snare
jerebu	haze
jerit	scream
jeritan	scream
jerman	germany
jernih	clear
jeruji	bars
jeruk	orange
jerumus	plunge
jet	jet
jeti	jetty
jibaku	fight hard
jihad	jihad
jijik	disgusted
jika	if
jilat	lick
jilbab	headscarf
jilid	volume
jin	jinn
jinak	tame
jingga	orange
jinjing	carry
jip	jeep
jitu	accurate
jitu	effective
jiwa	life
jiwa	soul
jkn	national health insurance
jl	street
jln	street
jogja	Yogyakarta
johannesburg	Johannesburg
johor	johor
johor bahru	johor bahru
jok	seat
jompo	elderly
jordan	jordan
jorok	dirty
jpj	road transport department
jpn	national registration department
jpu	public prosecutor
jual	sell
jualan	sales
juang	fight
juara	champion
jubah	robe
judi	gambling
judi online	online gambling
judo	judo
judul	title
juga	also
jujur	honest
julai	july
juluk	nickname
julukan	nickname
jum'at	Friday
jumaat	friday
jumbo	jumbo
jumlah	total
jumlah	amount
jumpa	meet
jumpa pers	press conference
jun	june
jungkir balik	upside down
junior	junior
juragan	boss
jurang	gap
jurang	ravine
juri	judge
juri	jury
jurnal	journal
jurnal ilmiah	scientific journal
jurnalis	journalist
jurnalisme	journalism
juru	expert
juru	officer
juru bicara	spokesman
juru kamera	cameraman
jurubicara	spokesman
jurufoto	photographer
jurulatih	coach
jurulatih kepala	head coach
jurupotret	photographer
jururawat	nurse
jururunding	negotiator
jurus	move
jurus	stance
jurusan	department
jurusan	major
juruterbang	pilot
jus	juice
justeru	therefore
justeru	thus
justru	instead
justru	precisely
juta	million
jutaan	millions
jutawan	millionaire
kabar	news
kabarnya	reportedly
kabel	cable
kabin	cabin
kabinet	cabinet
kabul	Kabul
kabung	mourning
kabur	blurred
kabur	escape
kabur	flee
kabut	fog
kabut	haze
kabut asap	haze
kaca	glass
kacamata	glasses
kacang	bean
kacang	nut
kacang tanah	peanut
kacau	chaotic
kad pengenalan	identity card
kadal	lizard
kadaluarsa	expired
kadang	sometimes
kadang-kadang	sometimes
kadangkala	sometimes
kadar	rate
kadar dasar semalaman	overnight policy rate
kadar faedah	interest rate
kadar pengangguran	unemployment rate
kadar pertukaran	exchange rate
kado	gift
kafe	cafe
kafein	caffeine
kaget	shocked
kaget	surprised
kagum	amazed
kaidah	rule
kail	fishhook
kain	cloth
kain	fabric
kairo	Cairo
kaisar	emperor
kait	hook
kait	link
kaitan	connection
kaji	study
kaji selidik	survey
kajian	study
kajian	research
kakak	older sibling
kakao	cocoa
kakek	grandfather
kakek-nenek	grandparents
kaki	foot
kaki	leg
kakitangan	staff
kakitangan	employee
kakitangan awam	civil servant
kaktus	cacti
kaktus	cactus
kaku	rigid
kaku	stiff
kala	time
kalah	lose
kalang	circle
kalangan	among
kalangan	circles
kalap	frenzied
kalau	if
kalaupun	even if
kalender	calendar
kaleng	can
kalengan	canned
kali	times
kali ganda	fold
kali lipat	fold
kaliber	caliber
kalibrasi	calibration
kalimantan	Borneo
kalimantan	Kalimantan
kalimantan barat	West Kalimantan
kalimantan selatan	South Kalimantan
kalimantan tengah	Central Kalimantan
kalimantan timur	East Kalimantan
kalimantan utara	North Kalimantan
kalimat	sentence
kalium	potassium
kalkulasi	calculation
kalkulator	calculator
kalkun	turkey
kalori	calorie
kalsium	calcium
kalung	necklace
kamar	room
kamar mandi	bathroom
kambing	goat
kambuh	relapse
kamera	camera
kamerawan	cameraman
kamerun	Cameroon
kami	us
kami	we
kamp	camp
kampanye	campaign
kampung	village
kampung baru	new village
kampus	campus
kampus	campuses
kamu	you
kamus	dictionary
kanabis	cannabis
kanada	canada
kanak-kanak	children
kanak-kanak	child
kanal	canal
kanal	channel
kanan	right
kancah	arena
kancil	mouse deer
kancing	button
kandang	home
kandang	stable
kandas	fail
kandas	run aground
kandidat	candidate
kandung	contain
kandungan	content
kangen	miss
kangkung	water spinach
kanguru	kangaroo
kanker	cancer
kanker	cancers
kanker payudara	breast cancer
kanselir	chancellor
kanser	cancer
kantin	canteen
kanton	Cantonese
kantong	bag
kantong	pocket
kantuk	drowsiness
kantung	bag
kantung	pocket
kanun keseksaan	penal code
kanvas	canvas
kaos	T-shirt
kapak	axe
kapal	ship
kapal pesiar	cruise ship
kapal terbang	aeroplane
kapan	when
kapanpun	whenever
kapas	cotton
kapasiti	capacity
kapasiti produksi	production capacity
kapita	capita
kapital	capital
kapitalis	capitalist
kapitalisasi pasar	market capitalization
kapitalisme	capitalism
kapitalistik	capitalistic
kapok	deterred
kapolsek	precinct chief
kapsul	capsule
kapten	captain
kapur	chalk
kapur	lime
karakter	character
karakteristik	characteristic
karam	sink
karang	coral
karang	reef
karantina	quarantine
karaoke	karaoke
karate	karate
karbohidrat	carbohydrate
karbon	carbon
karbon dioksida	carbon dioxide
karbonat	carbonate
karbondioksida	carbon dioxide
karcis	ticket
kardinal	cardinal
kardiovaskular	cardiovascular
karet	rubber
karhutla	forest and land fires
kari	curry
karibia	Caribbean
karier	career
karikatur	caricature
karir	career
karirnya	career
karna	because
karotenoid	carotenoid
karpet	carpet
karsinogen	carcinogen
kartel	cartel
karton	cardboard
kartu	card
kartu debit	debit card
kartu kredit	credit card
kartu tanda penduduk	identity card
kartun	cartoon
karung	sack
karunia	blessing
karunia	gift
karya	work
kas	cash
kasar	rough
kasar	rude
kasasi	appeal
kasasi	cassation
kasat	visible
kasat mata	visible
kaset	cassette
kashmir	Kashmir
kasih	give
kasih	love
kasihan	pity
kasino	casino
kasir	cashier
kastam	customs
kasur	mattress
kasus	case
kasus	cases
kasus aktif	active case
kata	say
kata	word
kata sandi	password
katak	frog
katalis	catalyst
katalisator	catalyst
katalog	catalog
katanya	said
kategori	category
kategorisasi	categorization
katoda	cathode
katolik	Catholic
katup	valve
kau	you
kaukasus	Caucasus
kaum	race
kaum	community
kaus	T-shirt
kavaleri	cavalry
kawah	crater
kawakan	veteran
kawal	escort
kawal	guard
kawalan	control
kawan	friend
kawanan	gang
kawanan	herd
kawasan	area
kawasan	constituency
kawasan ekonomi khusus	special economic zone
kawasan industri	industrial estate
kawasan luar bandar	rural area
kawasan parlimen	parliamentary constituency
kawat	wire
kawin	marry
kawin	mate
kaya	rich
kayu	wood
kayuh	paddle
kayuh	pedal
kazakhstan	Kazakhstan
kb	family planning
kdnk	gross domestic product
kdrt	domestic violence
ke	to
ke depan	ahead
ke depan	forward
keabadian	eternity
keabsahan	validity
keadaan	condition
keadaan	situation
keadaan darurat	state of emergency
keadilan	justice
keagamaan	religious
keahlian	membership
keajaiban	miracle
keajaiban	wonder
keakuratan	accuracy
keamanan	peace
keamanan siber	cybersecurity
keanehan	strangeness
keanekaragaman	diversity
keanekaragaman hayati	biodiversity
keanggotaan	membership
keanggunan	elegance
kearifan	wisdom
kearifan lokal	local wisdom
keaslian	authenticity
kebahagiaan	happiness
kebahagian	happiness
kebaikan	goodness
kebaikan	kindness
kebajikan	welfare
kebakaran	fire
kebakaran hutan	forest fire
kebal	immune
kebal hukum	above the law
kebanggaan	pride
kebangkitan	revival
kebangkitan	rise
kebangkrutan	bankruptcy
kebangsaan	national
kebanjiran	flooded
kebankrapan	bankruptcy
kebanyakan	most
kebebasan	freedom
kebenaran	truth
kebencian	hatred
keberadaan	existence
keberadaan	presence
keberagaman	diversity
keberangkatan	departure
keberanian	courage
keberatan	objection
keberkesanan	effectiveness
keberlanjutan	sustainability
kebersihan	cleanliness
kebersihan	hygiene
kebetulan	by chance
kebetulan	coincidence
kebiasaan	habit
kebijakan	policy
kebijakan fiskal	fiscal policy
kebijakan moneter	monetary policy
kebijaksanaan	policy
kebijaksanaan	wisdom
kebimbangan	concern
kebimbangan	worry
kebingungan	confusion
kebiri	castrate
kebisingan	noise
kebobolan	concede
kebocoran	leak
kebocoran data	data leak
kebodohan	ignorance
kebodohan	stupidity
kebohongan	lie
kebon	garden
kebosanan	boredom
kebrutalan	brutality
kebudayaan	culture
kebugaran	fitness
kebun	garden
kebun	plantation
kebuntuan	deadlock
kebuntuan	impasse
keburu	in a hurry
kebut	speed
kebutaan	blindness
kebutuhan	demand
kebutuhan	need
kebutuhan pokok	basic needs
kecam	condemn
kecaman	condemnation
kecaman	criticism
kecamuk	rage
kecanduan	addicted
kecanduan	addiction
kecanggihan	sophistication
kecantikan	beauty
kecap	soy sauce
kece	cool
kecederaan	injury
kecekapan	efficiency
kecelakaan	accident
kecelakaan lalu lintas	traffic accident
kecemasan	emergency
kecemburuan	jealousy
kecenderungan	tendency
kecenderungan	trend
kecepatan	speed
kecepatan angin	wind speed
kecerdasan	intelligence
kecerdasan buatan	artificial intelligence
kecermatan	precision
kecerobohan	carelessness
kecewa	disappointed
kecil	small
kecoa	cockroach
kecolongan	conceded
kecolongan	robbed
kecuali	except
kecurangan	cheating
kecurangan	fraud
kecurian	theft
kecurigaan	suspicion
kecut	afraid
kecut	sour
kedah	kedah
kedai	shop
kedai	stall
kedalaman	depth
kedaluwarsa	expired
kedap	proof
kedap air	waterproof
kedatangan	arrival
kedaulatan	sovereignty
kedelai	soybean
kedelapan	eighth
kedepan	ahead
kediaman	residence
kediktatoran	dictatorship
kedinasan	official
kedip	blink
kedisiplinan	discipline
kedok	guise
kedok	mask
kedokteran	medical
kedokteran	medicine
kedua	both
kedua	second
keduakalinya	second time
keduanya	both
kedubes	embassy
kedudukan	position
kedudukan	standing
kedutaan	embassy
kedutaan besar	embassy
kedutaanbesar	embassy
keefektifan	effectiveness
keempat	fourth
keenam	sixth
keengganan	reluctance
keesokan	next day
kegaduhan	commotion
kegagalan	failure
keganasan	violence
keganasan	terrorism
keganjilan	oddity
kegawatan	emergency
kegelapan	darkness
kegelisahan	anxiety
kegemaran	hobby
kegembiraan	joy
kegemukan	obesity
kegemukan	overweight
kegiatan	activity
kegigihan	persistence
kegilaan	madness
keguguran	miscarriage
kehabisan	run out
kehadiran	attendance
kehadiran	presence
kehakiman	judiciary
kehakiman	justice
kehamilan	pregnancy
kehancuran	destruction
kehausan	thirst
kehendak	will
kehendak	wish
keheningan	silence
kehidupan	life
kehilangan	loss
kehilangan	disappearance
kehormatan	honor
kehutanan	forestry
keikhlasan	sincerity
keikutsertaan	participation
keindahan	beauty
keinginan	desire
keinginan	wish
keingintahuan	curiosity
keistimewaan	privilege
keistimewaan	speciality
kejadian	incident
kejadian luar biasa	outbreak
kejahatan	crime
kejahatan siber	cybercrime
kejaksaan	prosecutor office
kejaksaan agung	Attorney General Office
kejam	cruel
kejang	cramp
kejang	seizure
kejar	chase
kejayaan	glory
kejenuhan	saturation
keji	cruel
keji	heinous
kejiwaan	psychological
kejohanan	championship
kejohanan	tournament
keju	cheese
kejuaraan	championship
kejujuran	honesty
kejuruan	vocational
kejut	shock
kejutan	surprise
kek	special economic zone
kekacauan	chaos
kekaguman	admiration
kekaisaran	empire
kekakuan	stiffness
kekal	remain
kekal	permanent
kekalahan	defeat
kekang	restrain
kekasih	lover
kekayaan	wealth
kekayaan intelektual	intellectual property
kekebalan	immunity
kekecewaan	disappointment
kekejaman	atrocity
kekejaman	cruelty
kekeliruan	mistake
kekerabatan	kinship
kekerasan	violence
kekerasan dalam rumah tangga	domestic violence
kekerasan seksual	sexual violence
kekeringan	drought
kekhawatiran	concern
kekhawatiran	worry
kekosongan	vacancy
kekosongan	vacuum
kekuasaan	power
kekuatan	strength
kekurangan	lack
kekurangan	shortage
kelabu	gray
kelahiran	birth
kelak	later
kelakar	joke
kelalaian	negligence
kelam	dark
kelambanan	slowness
kelambu	mosquito net
kelamin	genitals
kelamin	sex
kelancaran	smoothness
kelangkaan	scarcity
kelangkaan	shortage
kelangsungan	continuity
kelangsungan	survival
kelantan	kelantan
kelapa	coconut
kelapa muda	young coconut
kelapa sawit	oil palm
kelapan	eighth
kelaparan	famine
kelaparan	hunger
kelas	class
kelas atas	high-end
kelas atas	upper class
kelas menengah	middle class
kelautan	marine
kelautan	maritime
kelayakan	eligibility
kelayakan	qualification
kelebihan	excess
kelebihan	surplus
kelelahan	exhaustion
kelelahan	fatigue
kelelawar	bat
keleluasaan	freedom
keleluasaan	leeway
kelemahan	weakness
kelembaban	humidity
kelembagaan	institutional
kelembapan	humidity
kelengahan	carelessness
kelenjar	gland
kelereng	marble
kelestarian	sustainability
keletihan	fatigue
kelicikan	cunning
kelihatan	seem
kelihatan	visible
kelihatannya	apparently
keliling	around
kelima	fifth
kelimpahan	abundance
kelincahan	agility
kelinci	rabbit
kelingking	little finger
keliru	mistaken
keliru	wrong
kelistrikan	electricity
kelmarin	the day before yesterday
kelok	bend
kelola	manage
kelompok	group
kelonggaran	leeway
kelonggaran	relaxation
kelopak	eyelid
kelopak	petal
keluar	exit
keluar	out
keluaran	product
keluaran	output
keluaran	issue
keluaran dalam negeri kasar	gross domestic product
keluarga	family
keluarga berencana	family planning
keluasan	area
keluh	complain
keluhan	complaint
kelulusan	approval
kelumpuhan	paralysis
kem	camp
kemacetan	congestion
kemacetan	traffic jam
kemah	camp
kemahiran	skill
kemajuan	progress
kemakmuran	prosperity
kemalangan	accident
kemalangan jalan raya	road accident
kemampuan	ability
kemampuan	capability
kemandekan	stagnation
kemandirian	independence
kemandirian	self-reliance
kemangi	basil
kemanusiaan	humanity
kemanusiaan	humanitarian
kemanusian	humanity
kemarahan	anger
kemarau	drought
kemarau panjang	prolonged drought
kemas	pack
kemasan	packaging
kematangan	maturity
kematian	death
kematian bayi	infant death
kematian ibu	maternal death
kemauan	will
kembali	again
kembali	back
kembali	return
kembang	develop
kembang	flower
kembar	twin
kemboja	cambodia
kembung	bloated
kemeja	shirt
kemelesetan	recession
kemelut	crisis
kemenag	Religious Affairs Ministry
kemenakan	nephew
kemenakan	niece
kemenaker	Manpower Ministry
kemenangan	victory
kemenangan	win
kemendag	Trade Ministry
kemendagri	Home Affairs Ministry
kemendikbud	Education Ministry
kemenhan	Defense Ministry
kemenhub	Transportation Ministry
kemenkes	Health Ministry
kemenkes	health ministry
kemenkeu	Finance Ministry
kemenkumham	Law and Human Rights Ministry
kemenlu	Foreign Ministry
kemenperin	Industry Ministry
kementan	Agriculture Ministry
kementerian	ministry
kementerian agama	Religious Affairs Ministry
kementerian belia dan sukan	ministry of youth and sports
kementerian dalam negeri	ministry of home affairs
kementerian esdm	Energy Ministry
kementerian hukum	Law Ministry
kementerian kesihatan	ministry of health
kementerian ketenagakerjaan	Manpower Ministry
kementerian keuangan	Finance Ministry
kementerian kewangan	ministry of finance
kementerian komunikasi	Communication Ministry
kementerian luar negeri	ministry of foreign affairs
kementerian pendidikan	ministry of education
kementerian perdagangan	Trade Ministry
kementerian perhubungan	Transportation Ministry
kementerian perindustrian	Industry Ministry
kementerian pertahanan	ministry of defence
kementerian pertanian	Agriculture Ministry
kemerdekaan	independence
kemerosotan	decline
kemewahan	luxury
kemih	urine
kemiringan	slope
kemiripan	similarity
kemiskinan	poverty
kemitraan	partnership
kemlu	Foreign Ministry
kemoterapi	chemotherapy
kempen	campaign
kemudahan	facility
kemudahan awam	public facilities
kemudahan berusaha	ease of doing business
kemudi	helm
kemudi	steering wheel
kemudian	later
kemudian	then
kemunafikan	hypocrisy
kemunculan	appearance
kemunculan	emergence
kemunduran	decline
kemunduran	setback
kemungkinan	likely
kemungkinan	possibility
kemusnahan	destruction
kena	affected
kena	hit
kenaikan	increase
kenaikan	rise
kenaikan harga	price increase
kenal	know
kenan	allow
kenang	remember
kenangan	memory
kenapa	why
kenari	canary
kenari	walnut
kencan	date
kencang	fast
kencang	tight
kencing	urinate
kencing manis	diabetes
kendala	constraint
kendala	obstacle
kendali	control
kendaraan	vehicle
kendaraan listrik	electric vehicle
kendati	although
kenderaan	vehicle
kenderaan elektrik	electric vehicle
kendur	loose
kendur	slack
kengerian	horror
kening	forehead
keniscayaan	inevitability
kenop	knob
kental	thick
kentang	potato
kenya	Kenya
kenyal	chewy
kenyal	elastic
kenyamanan	comfort
kenyamanan	convenience
kenyang	full
kenyataan	statement
kenyataan media	press statement
kepabeanan	customs
kepada	to
kepada	for
kepadatan	density
kepahitan	bitterness
kepailitan	bankruptcy
kepala	chief
kepala	head
kepala desa	village head
kepala negara	head of state
kepala pemerintahan	head of government
kepala sekolah	principal
kepandaian	cleverness
kepandaian	skill
kepanikan	panic
kepastian hukum	legal certainty
kepatuhan	compliance
kepedulian	care
kepedulian	concern
kepegawaian	personnel
kepegawaian	staffing
kepekaan	sensitivity
kepel	fist
kepemilikan	ownership
kepemimpinan	leadership
kepenggunaan	consumerism
kepentingan	importance
kepentingan	interest
keperawatan	nursing
kepercayaan	belief
kepercayaan	trust
kepergian	departure
keperkasaan	might
keperluan	need
keperluan	requirement
kepiawaian	expertise
kepiawaian	skill
keping	piece
kepingan	fragment
kepingan	piece
kepiting	crab
kepolisian	police
kepolisian negara	national police
kepompong	cocoon
keponakan	nephew
keponakan	niece
keppres	presidential decree
kepresidenan	presidency
kepresidenan	presidential
kepribadian	personality
keprihatinan	concern
kepuasan	satisfaction
kepulangan	return
kepulauan	archipelago
kepulauan	islands
kepulauan riau	Riau Islands
kepunahan	extinction
kepung	surround
keputusan	decision
keputusan	result
keputusan peperiksaan	exam results
keputusan presiden	presidential decree
keputusan seri	draw
keputusasaan	despair
kera	ape
kera	monkey
kerabat	relative
keracunan	poisoning
keracunan makanan	food poisoning
keragaman	diversity
keraguan	doubt
kerah	collar
kerahasiaan	confidentiality
kerahasiaan	secrecy
kerajaan	government
kerajaan	kingdom
kerajaan negeri	state government
kerajaan perpaduan	unity government
kerajaan persekutuan	federal government
kerajaan tempatan	local government
kerajinan	craft
kerajinan	handicraft
kerak	crust
keramaian	crowd
keramat	sacred
keramik	ceramic
keran	faucet
keran	tap
kerana	because
kerana itu	therefore
kerang	clam
kerang	shellfish
kerangka	framework
kerangka	skeleton
keranjang	basket
keranjingan	addicted
kerap	frequent
kerap	often
kerapu	grouper
kerapuhan	fragility
keras	hard
keras	loud
kerawanan	vulnerability
kerbau	buffalo
kerdil	dwarf
keren	cool
kerentanan	vulnerability
keresahan	anxiety
keresahan	unrest
kereta	car
kereta api	train
kereta api laju	high-speed train
kereta kebal	tank
kereta sewa	rental car
kereta-api	train
keributan	commotion
keributan	riot
kericuhan	chaos
kericuhan	unrest
kerikil	gravel
kerikil	pebble
kerinduan	longing
kering	dry
keringanan	leniency
keringanan	relief
keringat	sweat
keripik	chips
keriput	wrinkle
keris	dagger
kerja	work
kerja sama	cooperation
kerja-sama	cooperation
kerjasama	cooperation
kerlip	twinkle
kerongkongan	throat
keropos	brittle
keropos	porous
kerosakan	damage
kertas	paper
kertas undi	ballot paper
kerucut	cone
kerugian	loss
kerugian bersih	net loss
keruk	dredge
kerumitan	complexity
kerumun	crowd
kerumunan	crowd
keruntuhan	collapse
kerupuk	cracker
kerusakan	damage
kerusi	seat
kerusi	chair
kerusuhan	riot
kerut	wrinkle
kes	case
kes jenayah	criminal case
kes positif	positive case
kesabaran	patience
kesadaran	awareness
kesaksian	testimony
kesal	annoyed
kesalahan	error
kesalahan	mistake
kesan	effect
kesan	impact
kesatuan	union
kesatuan eropah	european union
kesatuan sekerja	trade union
kesebelas	eleventh
kesebelasan	eleven
kesebelasan	team
kesedihan	grief
kesedihan	sadness
keseimbangan	balance
kesejahteraan	prosperity
kesejahteraan	welfare
kesekian	umpteenth
keselamatan	security
keselamatan	safety
keselamatan awam	public safety
keselamatan makanan	food security
keselamatan makanan	food safety
keselamatan negara	national security
keselamatan siber	cybersecurity
keselarasan	harmony
keseluruhan	overall
kesembilan	ninth
kesempatan	chance
kesempatan	opportunity
kesempurnaan	perfection
kesenangan	pleasure
kesengajaan	intent
kesengsaraan	misery
kesenian	art
kesenjangan	gap
kesenjangan	inequality
kesepaduan	cohesion
kesepakatan	agreement
kesepian	loneliness
kesepuluh	tenth
keserakahan	greed
keseratus	hundredth
keseriusan	seriousness
kesesakan	congestion
kesesakan lalu lintas	traffic congestion
kesetaraan	equality
kesetiaan	loyalty
kesetiakawanan	solidarity
kesiapan	readiness
kesibukan	activity
kesihatan	health
kesihatan jiwa	mental health
kesihatan masyarakat	public health
kesihatan mental	mental health
kesimpulan	conclusion
kesinambungan	continuity
kesombongan	arrogance
kesopanan	politeness
kestabilan	stability
kesuburan	fertility
kesuksesan	success
kesulitan	difficulty
kesultanan	sultanate
ketaatan	obedience
ketabahan	fortitude
ketagihan	addicted
ketahanan pangan	food security
ketakutan	fear
ketangguhan	toughness
ketangkasan	agility
ketapel	slingshot
ketat	strict
ketat	tight
ketawa	laugh
ketebalan	thickness
ketegangan	tension
ketegasan	firmness
keteguhan	steadfastness
ketekunan	diligence
ketela	cassava
ketelusan	transparency
ketenagakerjaan	employment
ketenagakerjaan	labor
ketenangan	calm
ketenaran	fame
ketenteraan	military
ketenteraman	peace
ketenteraman	tranquility
ketentuan	provision
ketepatan	accuracy
keterampilan	skill
keterangan	evidence
keterangan	testimony
keterangan	statement
ketergantungan	dependence
keterlibatan	involvement
keterpurukan	downturn
keterpurukan	slump
ketertiban	order
ketiadaan	absence
ketiadaan	lack
ketidakadilan	injustice
ketidakberuntungan	misfortune
ketidakmampuan	inability
ketidaknyamanan	discomfort
ketidakpastian	uncertainty
ketidakpercayaan	distrust
ketidakpuasan	dissatisfaction
ketidakseimbangan	imbalance
ketidakstabilan	instability
ketiga	third
ketigakalinya	third time
ketik	type
ketika	when
ketimbang	rather than
ketimbang	than
ketimpangan	inequality
ketinggalan	lag
ketinggalan	miss
ketinggian	altitude
ketinggian	height
ketok	knock
ketrampilan	skill
ketua	chairman
ketua	head
ketua menteri	chief minister
ketua pegawai eksekutif	chief executive officer
ketua pembangkang	opposition leader
ketua pengarah	director-general
ketua polis	police chief
ketua polis daerah	district police chief
ketua polis negara	inspector-general of police
ketua setiausaha	secretary-general
ketua setiausaha negara	chief secretary to the government
ketuhanan	divinity
ketujuh	seventh
ketuk	knock
ketukan	beat
ketukan	knock
ketulusan	sincerity
ketupat	rice cake
keuangan	finance
keuangan	financial
keunggulan	advantage
keunggulan	lead
keuntungan	profit
keuntungan bersih	net profit
keusahawanan	entrepreneurship
keutamaan	priority
keutuhan	integrity
kevlar	kevlar
kewajaran	fairness
kewajiban	obligation
kewalahan	overwhelmed
kewangan	finance
kewarasan	sanity
kewarganegaraan	citizenship
kewaspadaan	vigilance
kewenangan	authority
kewirausahaan	entrepreneurship
keyakinan	belief
keyakinan	confidence
keyboard	keyboard
kg	kg
khalayak	public
khalifah	caliph
khamir	yeast
khamis	thursday
khartoum	Khartoum
khas	distinctive
khas	typical
khasiat	benefit
khasiat	efficacy
khatulistiwa	equator
khawatir	worried
khayal	imagine
khayalan	fantasy
khayalan	imagination
khazanah	khazanah
khazanah	treasure
khianat	betray
khidmat	service
khitan	circumcision
khusus	special
khusus	specific
khususnya	especially
kiamat	doomsday
kian	increasingly
kibar	fly
kicau	chirp
kidal	left-handed
kiev	Kyiv
kijang	deer
kikil	tendon
kikir	file
kikir	stingy
kikis	erode
kilah	excuse
kilang	factory
kilas	glance
kilat	express
kilat	lightning
kilatan	flash
kilau	shine
kilo	kilo
kilogram	kilogram
kiloliter	kiloliter
kilometer	kilometre
kimia	chemical
kimia	chemistry
kimiawan	chemist
kimiawi	chemical
kinetik	kinetic
kingdom	kingdom
kini	now
kios	kiosk
kipas	fan
kiper	goalkeeper
kiprah	activity
kiprah	role
kira	about
kira	guess
kira-kira	about
kira-kira	approximately
kirgistan	Kyrgyzstan
kiri	left
kirim	send
kisah	story
kisar	range
kisaran	range
kita	us
kita	we
kitab	book
kitab	scripture
kitar	around
kitar semula	recycling
kitin	chitin
kk	family card
kkm	ministry of health
kkn	corruption collusion nepotism
klab	club
klaim	claim
klarifikasi	clarification
klas	class
klasemen	standings
klasifikasi	classification
klasik	classic
klausul	clause
klb	outbreak
klia	kuala lumpur international airport
klien	client
klik	click
klinik	clinic
klinik kesihatan	health clinic
klinis	clinical
klip	clip
klise	cliche
kloning	cloning
klorida	chloride
klorin	chlorine
klub	club
km	km
koalisi	coalition
kobar	blaze
kobaran	blaze
kocok	shake
kocok	shuffle
kode	code
kodi	score
kodok	frog
kognitif	cognitive
koin	coin
kokain	cocaine
koki	chef
koki	cook
koko	cocoa
kokoh	solid
kokoh	sturdy
kolaborasi	collaboration
kolagen	collagen
kolam	pond
kolam	pool
kolam renang	swimming pool
kolega	colleague
kolej	college
koleksi	collection
kolektif	collective
kolera	cholera
kolesterol	cholesterol
kolom	column
kolombia	Colombia
kolong	under
koloni	colony
kolonial	colonial
kolonialisme	colonialism
kolonoskopi	colonoscopy
kolumnis	columnist
kolusi	collusion
koma	comma
koma	point
komandan	commander
komando	command
kombinasi	combination
kombinatorial	combinatorial
komedi	comedy
komedian	comedian
komen	comment
komentar	comment
komersial	commercial
komersialisasi	commercialization
komersil	commercial
komet	comet
komik	comic
kominfo	Communication Ministry
komisaris	commissioner
komisaris utama	chief commissioner
komitmen	commitment
komnas ham	National Commission on Human Rights
komoditi	commodity
komodo	komodo
kompas	compass
kompensasi	compensation
kompetensi	competence
kompetisi	competition
kompetitif	competitive
kompetitor	competitor
komplain	complaint
komplek	complex
kompleks	complex
kompleksiti	complexity
komplemen	complement
komplikasi	complication
komplit	complete
komplotan	gang
komponen	component
kompor	stove
komposisi	composition
komposit	composite
kompresi	compression
kompromi	compromise
komputasi	computation
komputasi awan	cloud computing
komputer	computer
komunikasi	communication
komunis	communist
komunisme	communism
komuniti	community
komuter	commuter
kondang	famous
kondisi	condition
kondominium	condominium
kondusif	conducive
koneksi	connection
konektor	connector
konferensi	conference
konferensi pers	press conference
konfigurasi	configuration
konfirmasi	confirmation
konflik	conflict
konfrontasi	confrontation
konggres	congress
konghucu	Confucian
konglomerasi	conglomeration
konglomerat	conglomerate
kongo	Congo
kongres	congress
konkret	concrete
konkretisasi	concretization
konkrit	concrete
konperensi	conference
konsekuensi	consequence
konsensus	consensus
konsentrasi	concentration
konsep	concept
konser	concert
konsert	concert
konservasi	conservation
konservatif	conservative
konsesi	concession
konsisten	consistent
konsistensi	consistency
konsol	console
konsolidasi	consolidation
konsorsium	consortium
konspirasi	conspiracy
konstabel	constable
konstan	constant
konstituen	constituent
konstitusi	constitution
konstitusional	constitutional
konstruksi	construction
konstruktif	constructive
konsulat	consulate
konsultan	consultant
konsultasi	consultation
konsumen	consumer
konsumer	consumer
konsumsi	consumption
konsumtif	consumptive
kontainer	container
kontak	contact
kontaminasi	contamination
konteks	context
kontemporer	contemporary
konten	content
kontes	contest
kontestan	contestant
kontingen	contingent
kontra	counter
kontra-produktif	counterproductive
kontradiksi	contradiction
kontrak	contract
kontrak kerja	employment contract
kontraksi	contraction
kontraktor	contractor
kontras	contrast
kontrasepsi	contraception
kontribusi	contribution
kontributor	contributor
kontrol	control
kontroversi	controversy
kontroversial	controversial
konvensi	convention
konvensional	conventional
konversi	conversion
konverter	converter
konvoi	convoy
konyol	silly
kooperatif	cooperative
koordinasi	coordination
koordinator	coordinator
kopenhagen	Copenhagen
koper	suitcase
koperal	corporal
koperasi	cooperative
kopi	coffee
kopiah	cap
kopor	suitcase
koran	newspaper
korban	victim
korban	sacrifice
korea	Korea
korea selatan	south korea
korea utara	north korea
korek	match
korek api	matches
koreksi	correction
korelasi	correlation
koreografi	choreography
koresponden	correspondent
koridor	corridor
korona	coronavirus
koroner	coronary
korporasi	corporation
korporat	corporate
korps	corps
korsel	South Korea
kortisol	cortisol
korup	corrupt
korupsi	corruption
koruptor	corrupt official
korut	North Korea
kos	cost
kos sara hidup	cost of living
kosmos	cosmos
kosong	empty
kosovo	Kosovo
kosta rika	Costa Rica
kota kinabalu	kota kinabalu
kotak	box
kotak suara	ballot box
kotapraja	municipality
kotor	dirty
kotoran	dirt
kotoran	feces
koyak	torn
kpm	ministry of education
kppu	competition commission
kram	cramp
kreasi	creation
kreatif	creative
kreatifiti	creativity
kreativiti	creativity
kredibel	credible
kredibiliti	credibility
kredit	credit
kredit	loan
kredit bermasalah	nonperforming loan
kredit macet	bad loan
kreditor	creditor
kreditur	creditor
kremlin	Kremlin
kriket	cricket
krim	cream
krimea	Crimea
kriminal	criminal
kriminaliti	crime
kripik	chips
kripto	crypto
kriptografi	cryptography
krisis	crises
krisis	crisis
krisis ekonomi	economic crisis
krisis keuangan	financial crisis
krisis moneter	monetary crisis
krismas	christmas
krismon	monetary crisis
kristal	crystal
kristen	Christian
kriteria	criteria
kritik	criticism
kritikal	critical
kritikan	criticism
kritikus	critic
kritis	critical
krl	commuter train
kroasia	Croatia
kromosom	chromosome
kronis	chronic
kronologi	chronology
krusial	crucial
ktm	malayan railway
ktp	identity card
ku	I
ku	my
kuadriliun	quadrillion
kuah	broth
kuah	sauce
kuala lumpur	kuala lumpur
kuali	wok
kualifikasi	qualification
kualifikasi	qualifying
kualiti	quality
kuantiti	quantity
kuantum	quantum
kuarsa	quartz
kuarter	quarter
kuartet	quartet
kuas	brush
kuasa	authority
kuasa	power
kuasa hukum	lawyer
kuat	strong
kuatir	worried
kuba	Cuba
kubah	dome
kubang	wallow
kubangan	puddle
kubik	cubic
kubis	cabbage
kubu	camp
kubu	side
kubur	bury
kubur	grave
kuburan	cemetery
kuburan	grave
kuching	kuching
kucil	ostracize
kucing	cat
kucur	pour
kucuran	disbursement
kuda	horse
kudeta	coup
kue	cake
kuil	temple
kuis	quiz
kuku	nail
kukuh	strong
kukuh	solid
kukus	steam
kuliah	college
kuliah	lecture
kuliner	culinary
kulit	leather
kulit	skin
kulkas	refrigerator
kultur	culture
kultural	cultural
kuman	germ
kumbang	beetle
kumis	mustache
kumpul	gather
kumpulan	collection
kumpulan wang simpanan pekerja	employees provident fund
kumuh	slum
kumulatif	cumulative
kunang-kunang	firefly
kunci	key
kunci	lock
kungkung	confine
kuning	yellow
kunjung	visit
kunjungan	visit
kuno	ancient
kuntit	stalk
kunyah	chew
kunyit	turmeric
kuota	quota
kuota import	import quota
kupang	Kupang
kupas	peel
kupon	coupon
kupu-kupu	butterfly
kur	people's business credit
kura-kura	turtle
kurang	less
kurang gizi	undernourished
kuras	drain
kurcaci	dwarf
kurdi	Kurd
kurdi	Kurdish
kurdistan	Kurdistan
kurikulum	curriculum
kurikulum merdeka	independent curriculum
kurir	courier
kurir narkoba	drug courier
kurs	exchange rate
kursi	chair
kursi	seat
kursor	cursor
kursus	course
kurun	period
kurun waktu	period
kurung	cage
kurungan	confinement
kurungan	detention
kurus	thin
kurva	curve
kutat	stick
kutip	quote
kutipan	quotation
kutub	pole
kutub selatan	South Pole
kutub utara	north pole
kutuk	condemn
kutuk	curse
kutukan	curse
kuwait	kuwait
kwsp	employees provident fund
kyiv	Kyiv
la nina	La Nina
lab	lab
laba	profit
laba bersih	net profit
laba-laba	spider
labah-labah	spider
label	label
labirin	labyrinth
laboratorium	laboratory
labu	pumpkin
labuan	labuan
labuh	anchor
lacak	trace
lacak	track
laci	drawer
lacur	prostitute
lada	pepper
ladang	plantation
ladang	farm
ladang minyak	oil field
laga	fight
laga	match
lagi	more
lagi	again
lagos	Lagos
lagu	song
lagu kebangsaan	national anthem
laguna	lagoon
lahan	land
lahan gambut	peatland
lahap	devour
lahar	lava flow
lahar dingin	cold lava
lahir	born
lain	another
lain	other
lainnya	other
lainnya	others
lajang	single
lajang	unmarried
laju	rate
laju	speed
laki	man
laki-laki	male
laki-laki	man
lakon	play
lakon	role
laksamana	admiral
laksana	like
laku	act
laku	sell
lalai	negligent
lalap	raw vegetables
lalat	fly
lalu	last
lalu	then
lalu lintas	traffic
lalu-lintas	traffic
lalulintas	traffic
lama	old
lama	long
laman	site
laman	web page
laman sesawang	website
laman web	website
lamar	apply
lamar	propose
lamaran	application
lamaran	proposal
lambai	wave
lamban	slow
lambang	emblem
lambang	symbol
lambat	slow
lambat	late
lambung	hull
lambung	stomach
lampau	past
lampiran	appendix
lampiran	attachment
lampu	lamp
lampu	light
lampung	Lampung
lancar	smooth
lancong	travel
landa	hit
landa	strike
landak	porcupine
landas	base
landasan	track
landasan	runway
landasan pacu	runway
langgan	subscribe
langgar	violate
langgeng	lasting
langit	sky
langka	rare
langka	scarce
langkah	measure
langkah	move
langkah	step
langkawi	langkawi
langsing	slim
langsung	direct
langsung	directly
lanjut	further
lanjutan	extension
lanjutan	continuation
lanjutan	further
lansir	report
lantai	floor
lantang	loud
lantaran	because
lantas	then
lantik	inaugurate
laos	laos
lap	cloth
lapak	stall
lapan	eight
lapan belas	eighteen
lapan puluh	eighty
lapang	spacious
lapangan	field
lapangan kerja	employment
lapangan kerja	jobs
lapangan terbang	airport
lapangan terbang antarabangsa kuala lumpur	kuala lumpur international airport
lapar	hungry
lapas	prison
lapis	layer
lapisan	layer
lapor	report
laporan	report
laporan keuangan	financial statement
laptop	laptop
lapuk	decayed
lapuk	rotten
larang	forbid
larangan	ban
larangan	prohibition
lari	run
laris	sell well
larut	dissolve
larut	late
larutan	solution
larva	larva
laser	laser
latar	background
latar belakang	background
latih	train
latihan	training
latin	Latin
latvia	Latvia
laut	sea
laut china selatan	south china sea
laut cina selatan	South China Sea
laut hitam	Black Sea
laut jawa	Java Sea
laut merah	Red Sea
laut tengah	Mediterranean
lautan	ocean
lava	lava
lawak	comedy
lawan	against
lawan	opponent
lawat	visit
lawatan	visit
lawatan rasmi	official visit
layak	eligible
layak	qualified
layan	serve
layanan	service
layanan kesihatan	health service
layang	glide
layang-layang	kite
layar	sail
layar	screen
layu	wilt
lazim	common
lazim	usual
lebah	bee
lebanon	Lebanon
lebar	wide
lebar	width
lebaran	Eid
lebat	dense
lebat	heavy
lebih	more
lebih baik	better
lebih kurang	about
lebih kurang	approximately
lebihan	surplus
lebuh raya	highway
lebuhraya	highway
lebur	melt
lebur	merge
leceh	harass
ledak	explode
ledakan	explosion
ledeng	tap water
leg	leg
lega	relieved
legal	legal
legaliti	legality
legam	black
legenda	legend
legendaris	legendary
legislatif	legislative
legitimasi	legitimacy
lego	sell
leher	neck
lejit	soar
lekas	quick
lekat	stick
lekuk	curve
lelah	tired
lelaki	man
lelaki	male
lelang	auction
lele	catfish
leleh	melt
leluasa	free
lelucon	joke
lem	glue
lemah	weak
lemak	fat
lemari	cupboard
lemari	wardrobe
lemas	limp
lemas	weak
lembab	humid
lembaga	agency
lembaga	institution
lembaga hasil dalam negeri	inland revenue board
lembaga pemasyarakatan	prison
lembaga pengarah	board of directors
lembaga swadaya masyarakat	non-governmental organization
lembah	valley
lembah klang	klang valley
lembap	humid
lembap	moist
lembar	sheet
lembaran	sheet
lembek	soft
lembek	weak
lembing	javelin
lembu	cattle
lembu	ox
lembur	overtime
lembut	gentle
lembut	soft
lempar	throw
lempar lembing	javelin throw
lemparan	throw
lempari	pelt
lempeng	plate
lempengan	plate
lendir	mucus
lengah	careless
lengan	arm
lengang	deserted
lengang	quiet
lengkap	complete
lengket	sticky
lengkuas	galangal
lengkung	curve
lengkungan	arch
lengkungan	curve
lensa	lens
lentera	lantern
lenting	bounce
lentur	flexible
lenyap	vanish
lepas	last
lepas	after
lepas	release
lepas landas	take off
lepra	leprosy
lereng	slope
lesat	dart
lesehan	floor seating
lesen	licence
lesen memandu	driving licence
lesotho	Lesotho
lestari	sustainable
letak	location
letih	tired
letupan	explosion
letus	erupt
letusan	eruption
level	level
lewat	late
lezat	delicious
lhdn	inland revenue board
liabiliti	liability
liang	burrow
liang	hole
liar	wild
liat	see
libanon	Lebanon
libat	involve
liberal	liberal
liberalisasi	liberalization
liberalisme	liberalism
liberia	Liberia
libertarian	libertarian
libur	holiday
liburan	holiday
liburan	vacation
libya	Libya
licik	cunning
licin	slippery
lidah	tongue
lidi	stick
liechtenstein	Liechtenstein
lift	elevator
lifting	lifting
liga	league
liga champions	Champions League
liga super	super league
ligamen	ligament
lihat	look
lihat	see
likopen	lycopene
liku	bend
liku	curve
likuidasi	liquidation
likuiditi	liquidity
lilin	candle
lilin	wax
lilit	wrap
lima	five
lima belas	fifteen
lima puluh	fifty
limau	lime
limbah	waste
limbah b3	hazardous waste
limit	limit
limpah	abundant
lincah	agile
lindung	protect
linear	linear
lingkar	circle
lingkaran	circle
lingkungan	environment
lingkungan hidup	environment
lingkup	scope
linguistik	linguistics
lini	line
link	link
lintang	latitude
lintas	cross
lintas-batas	cross-border
lintas-perbatasan	cross-border
lintasan	track
lintasan	trajectory
lipat	fold
lipi	Indonesian Institute of Sciences
lipid	lipid
liput	cover
liputan	coverage
lirik	glance
lirik	lyrics
lisbon	Lisbon
lisensi	license
listrik	electric
listrik	electricity
litbang	research and development
liter	litre
literatur	literature
lithium	lithium
lituania	Lithuania
live	live
lkm	microfinance institution
lng	LNG
loak	junk
lobak	radish
lobang	hole
lobi	lobby
lobster	lobster
logam	metal
logika	logic
logikal	logical
login	login
logis	logical
logistik	logistics
loh	oh
loji	plant
loji janakuasa	power plant
lokakarya	workshop
lokal	local
lokalisasi	localization
lokapasar	marketplace
lokasi	location
loket	booth
loket	counter
lolos	escape
lolos	qualify
lomba	competition
lomba	race
lombok	Lombok
lompat	jump
lompatan	leap
loncat	jump
loncatan	jump
london	London
longgar	loose
longsor	landslide
lonjak	jump
lonjakan	surge
lontar	throw
lontong	rice cake
lori	lorry
lorong	lane
lorot	slide
los angeles	Los Angeles
loteng	attic
lowong	vacant
lowongan	vacancy
lowongan kerja	job vacancy
lpg	LPG
lps	deposit insurance agency
lpsk	witness protection agency
lrt	light rail transit
lsm	NGO
luang	free
luang	spare
luap	overflow
luapan	overflow
luar	outside
luar bandar	rural
luar biasa	extraordinary
luar negara	abroad
luar negara	overseas
luar pesisir	offshore
luar talian	offline
luarbiasa	extraordinary
luas	wide
luas	extensive
lubang	hole
lubang	pothole
lubnan	lebanon
lucu	cute
lucu	funny
lucut	disarm
ludah	saliva
ludes	burned out
lugas	straightforward
lugu	naive
luka	injury
luka	wound
luka bakar	burn
luka-luka	injured
lukis	paint
lukisan	painting
luksemburg	Luxembourg
lulus	graduate
lulus	pass
lulusan	graduate
lumas	lubricate
lumayan	fairly
lumayan	quite
lumba	race
lumba-lumba	dolphin
lumbung	barn
lumbung padi	rice barn
lumpuh	paralyzed
lumpur	mud
lumrah	common
lumrah	normal
lumut	moss
lunak	soft
lunas	paid off
luncur	glide
luntur	fade
lupa	forget
luput	escape
luput	miss
luring	offline
lurus	straight
lusa	the day after tomorrow
lusin	dozen
lutein	lutein
lutut	knee
luwes	flexible
ma	Supreme Court
maaf	forgive
maaf	sorry
mabuk	drunk
mac	march
macam	kind
macam	sort
macan	tiger
macet	jammed
macet	stalled
mackerel	mackerel
madagaskar	Madagascar
madinah	Medina
madrasah	Islamic school
madrid	Madrid
madu	honey
madura	Madura
madura	Madurese
maestro	maestro
mafia	mafia
maghribi	morocco
magis	magical
magister	master
magma	magma
magnesium	magnesium
magnet	magnet
magnetik	magnetic
magnitudo	magnitude
maha	great
mahadata	big data
mahakarya	masterpiece
mahal	expensive
mahasiswa	student
mahasiswa	university student
mahir	skilled
mahkamah	court
mahkamah agung	supreme court
mahkamah internasional	International Court of Justice
mahkamah konstitusi	constitutional court
mahkamah majistret	magistrate court
mahkamah persekutuan	federal court
mahkamah rayuan	court of appeal
mahkamah sesyen	sessions court
mahkamah syariah	syariah court
mahkamah tinggi	high court
mahkota	crown
mahluk	creature
mahu	want
mahupun	nor
mahupun	or
main	play
mainstream	mainstream
majalah	magazine
majelis	assembly
majelis hakim	panel of judges
majelis permusyawaratan rakyat	People's Consultative Assembly
majelis umum	General Assembly
majemuk	compound
majemuk	plural
majikan	employer
majistret	magistrate
majlis	council
majlis	ceremony
majlis bandaraya	city council
majlis perbandaran	municipal council
majlis raja-raja	conference of rulers
majoriti	majority
maju	advance
maju	forward
maka	so
maka	then
makalah	paper
makam	grave
makam	tomb
makan	eat
makanan	food
makanya	that is why
makar	treason
makassar	Makassar
makedonia	Macedonia
makhluk	creature
makin	increasingly
maklum	understand
maklum balas	feedback
maklumat	information
maklumat lanjut	further information
makmur	prosperous
makna	meaning
makro	macro
maksimal	maximum
maksimum	maximum
maksud	intention
maksud	purpose
mal	mall
maladewa	Maldives
malah	even
malah	in fact
malaikat	angel
malam	night
malang	Malang
malang	unfortunate
malapetaka	catastrophe
malaria	malaria
malas	lazy
malawi	Malawi
malaysia	malaysia
malaysia timur	east malaysia
mali	Mali
maling	thief
malta	Malta
malu	ashamed
malu	shy
maluku	Maluku
maluku	Moluccas
maluku utara	North Maluku
malware	malware
mamalia	mammal
mampir	stop by
mampu	able
mampu	afford
mampu milik	affordable
man	man
mana	where
mana	which
manado	Manado
managemen	management
manager	manager
manajemen	management
manajer	manager
manakala	while
manakala	whereas
mandarin	Mandarin
mandat	mandate
mandek	stalled
mandi	bathe
mandiri	independent
mandul	infertile
mandul	sterile
manekin	mannequin
manfaat	benefit
mangga	mango
manggis	mangosteen
manggung	perform
mangkir	absent
mangkir	fail to appear
mangkok	bowl
mangkuk	bowl
mangrove	mangrove
mangsa	victim
mangsa banjir	flood victim
mani	semen
manifesto	manifesto
manila	Manila
manipulasi	manipulation
manis	sweet
manja	spoiled
manjur	effective
mantan	former
mantap	solid
mantap	steady
manual	manual
manufaktur	manufacturing
manusia	human
manusiawi	humane
manuskrip	manuscript
manuver	maneuver
mara	advance
marah	angry
marak	widespread
maraknya	prevalence
maraton	marathon
marga	clan
margasatwa	wildlife
margin	margin
mari	let us
marinir	marine
maritim	maritime
marjin	margin
marjinal	marginal
markas	headquarters
markas besar	headquarters
marketing	marketing
markisa	passion fruit
marmer	marble
maroko	Morocco
marshmallow	marshmallow
martabat	dignity
mas	brother
masa	time
masak	cook
masak	ripe
masakan	cuisine
masakan	dish
masal	mass
masalah	problem
masih	still
masing	each
masing-masing	respectively
masing-masing	each
masinis	train driver
masjid	mosque
maskapai	airline
maskapai penerbangan	airline
masker	mask
maskulin	masculine
massa	crowd
massa	mass
massal	mass
master	master
masuk	enter
masyarakat	society
masyarakat	community
mata	point
mata	eye
mata asas	basis point
mata peratusan	percentage point
mata wang	currency
mata wang kripto	cryptocurrency
mata-mata	spy
matahari	sun
matang	mature
matang	ripe
mataram	Mataram
matawang	currency
match	match
matematik	mathematics
matematikawan	mathematician
materi	material
materi	substance
material	material
mati	dead
mati	die
matlamat	goal
matlamat	aim
matriks	matrix
mau	want
mau	will
maupun	and
maupun	or
mauritania	Mauritania
mauritius	Mauritius
maut	death
maut	killed
mawar	rose
maya	virtual
mayat	corpse
mayat	body
mayoriti	majority
mbak	miss
mbak	sister
medali	medal
medan	Medan
medan	field
medan	terrain
medan perang	battlefield
media	media
media sosial	social media
mediasi	mediation
mediator	mediator
medik	medical
medis	medical
mediterania	Mediterranean
medium	medium
medsos	social media
megabit	megabit
megah	magnificent
megawatt	megawatt
mei	may
meja	desk
meja	table
mekah	Mecca
mekanik	mechanic
mekanika	mechanics
mekanis	mechanical
mekanisme	mechanism
mekar	bloom
mekkah	Mecca
melabur	invest
melacak	trace
melacak	track
melahap	devour
melahirkan	give birth
melainkan	but rather
melaju	advance
melaju	speed
melaka	malacca
melaksanakan	implement
melakukan	conduct
melakukan	do
melalap	devour
melalui	through
melalui	via
melamar	apply
melamar	propose
melambai	wave
melambaikan	wave
melambangkan	symbolize
melambat	slow down
melambung	soar
melambungkan	boost
melambungkan	lift
melampaui	exceed
melampirkan	attach
melancarkan	launch
melancong	travel
melancong	tour
melanda	hit
melanda	strike
melanggar	hit
melanggar	violate
melanggengkan	perpetuate
melangkah	step
melanjutkan	continue
melansir	report
melantik	swear in
melaporkan	report
melarang	ban
melarang	prohibit
melarikan	run away
melarikan diri	escape
melarikan diri	flee
melarutkan	dissolve
melati	jasmine
melatih	coach
melatih	train
melawan	against
melawan	fight
melawat	visit
melayang	float
melayang	hover
melayangkan	file
melayangkan	send
melayani	serve
melayu	malay
melbourne	Melbourne
melebar	widen
melebihi	exceed
melecehkan	harass
melecehkan	insult
meledak	explode
melegakan	relief
melegalkan	legalize
melegenda	legendary
melego	sell off
melejit	soar
melekat	attached
melekat	inherent
melelahkan	tiring
melelang	auction
meleleh	melt
melemah	weaken
melempar	throw
melempari	pelt
melemparkan	throw
melengkapi	complete
melengkapi	equip
melengkung	bend
melengkung	curve
melenyapkan	eliminate
melepas	let go
melepas	release
melepaskan	release
melesakkan	fire
melesakkan	shoot
melesat	dart
melesat	shoot
meleset	slump
melestarikan	preserve
meletakkan	lay
meletakkan	put
meletus	break out
meletus	erupt
melewati	go through
melewati	pass
melibatkan	involve
melihat	look
melihat	see
melilit	coil
melilit	wrap
melimpah	abundant
melimpah ruah	abundant
melindungi	protect
melingkar	circular
melingkupi	cover
melingkupi	surround
melintas	cross
melintas	pass
melintasi	cross
melipatgandakan	double
melipatgandakan	multiply
meliput	cover
meliputi	cover
meliputi	include
melirik	glance
melobi	lobby
melodi	melody
meloloskan	pass
melompat	jump
melompati	jump over
meloncat	jump
melonggarkan	ease
melonggarkan	loosen
melonjak	surge
melonjak	jump
melontarkan	launch
melontarkan	throw
melorot	drop
melorot	slide
meluangkan	make time
meluap	overflow
meluaskan	widen
melucuti	disarm
meludah	spit
melukai	injure
melukai	wound
melukiskan	describe
melukiskan	paint
melulu	only
meluluskan	approve
melumpuhkan	cripple
melumpuhkan	paralyze
melunakkan	soften
melunasi	pay off
meluncur	glide
meluncur	launch
meluncurkan	launch
melupakan	forget
meluruskan	correct
meluruskan	straighten
memaafkan	forgive
memacu	boost
memacu	spur
memadai	adequate
memadai	sufficient
memadamkan	extinguish
memadamkan	put out
memadati	crowd
memadukan	combine
memahami	understand
memahat	carve
memainkan	play
memajang	display
memajukan	advance
memajukan	promote
memakai	use
memakai	wear
memakan	eat
memakan	take
memaksa	force
memaksimalkan	maximize
memalingkan	turn away
memalukan	shameful
memamerkan	display
memamerkan	exhibit
memanas	heat up
memancarkan	broadcast
memancarkan	emit
memancing	fish
memancing	provoke
memandang	regard
memandang	view
memandu	drive
memanfaatkan	exploit
memanfaatkan	utilize
memang	indeed
memanggil	call
memanggil	summon
memangkas	cut
memangkas	trim
memangku	hold
memangku	occupy
memanipulasi	manipulate
memanjakan	pamper
memanjangkan	extend
memanjat	climb
memantau	monitor
memantulkan	reflect
memaparkan	explain
memaparkan	present
memar	bruise
memasak	cook
memasang	install
memasok	supply
memastikan	ensure
memasuki	enter
memasukkan	include
memasukkan	insert
mematahkan	break
mematikan	deadly
mematikan	turn off
mematuhi	adhere
mematuhi	comply
mematuhi	obey
mematuk	peck
memayungi	shelter
membabat	clear
membabat	cut
membabi buta	indiscriminately
membabi-buta	blindly
membabitkan	involve
membaca	read
membacok	hack
membacok	slash
membahas	discuss
membahayakan	endanger
membaik pulih	repair
membajak	hijack
membakar	burn
membalas	reply
membalas	retaliate
membanggakan	boast
membanggakan	proud
membangkang	defy
membangkang	disobey
membangkitkan	arouse
membangkitkan	generate
membangun	build
membangunkan	develop
membanjiri	flood
membantah	object
membantah	protest
membantai	massacre
membanting	slam
membanting	throw
membantu	help
membara	smolder
membasmi	eradicate
membasmi	exterminate
membatalkan	cancel
membatasi	limit
membatasi	restrict
membawa	bring
membawa	carry
membayangkan	imagine
membayar	pay
membebani	burden
membeberkan	disclose
membeberkan	reveal
membedah	dissect
membekali	equip
membekalkan	supply
membeku	freeze
membekukan	freeze
membela	defend
membelah	split
membelanjakan	spend
membeli	buy
membeli-belah	shopping
membelinya	buy
membelokkan	divert
membelot	defect
membenahi	fix
membenahi	improve
membenarkan	confirm
membenarkan	justify
membenci	hate
membendung	contain
membendung	stem
membengkak	balloon
membengkak	swell
membengkokkan	bend
membentak	yell
membentang	stretch
membentuk	form
membentuk	shape
membentur	collide
membentur	hit
memberangkatkan	dispatch
memberantas	eradicate
membereskan	sort out
membereskan	tidy
memberi	give
memberikan	give
memberitahu	tell
memberitahu	inform
memberitahukan	inform
memberlakukan	enforce
memberlakukan	impose
membersihkan	clean
membiarkan	allow
membiarkan	let
membiayai	finance
membiayai	fund
membicarakan	discuss
membidik	aim
membidik	target
membilas	rinse
membimbangkan	worrying
membimbing	guide
membina	build
membina semula	rebuild
membingungkan	confusing
membintangi	star
membisikkan	whisper
membisu	fall silent
membius	anesthetize
memblokade	blockade
memblokir	block
membludak	overflow
membobol	break into
membocorkan	leak
membohongi	deceive
memboikot	boycott
membolehkan	allow
membongkar	dismantle
membongkar	uncover
memborong	buy up
memborong	sweep
membosankan	boring
membran	membrane
membuahkan	result
membuahkan	yield
membuang	dispose
membuang	throw away
membuat	make
membuat	do
membubarkan	disband
membubarkan	dissolve
membubung	soar
membudidayakan	cultivate
membujuk	persuade
membujur	lengthwise
membuka	open
membuktikan	prove
membukukan	book
membukukan	post
membungkam	silence
membungkuk	bow
membungkus	wrap
membuntuti	follow
membuntuti	tail
membunuh	kill
membunuh	murder
memburu	hunt
memburuk	worsen
membusuk	rot
membutuhkan	need
membutuhkan	require
membuyarkan	shatter
memecah	break
memecah	split
memecahkan	break
memecahkan	solve
memecat	dismiss
memecat	fire
memegang	hold
memegangi	hold
memelihara	keep
memelihara	maintain
memelintir	twist
memeluk	embrace
memeluk	hug
memenangi	win
memenangkan	win
memendam	harbor
memendam	hold in
memenggal	behead
memenjarakan	imprison
mementahkan	parry
mementahkan	reject
memenuhi	fulfill
memenuhi	meet
memerah	milk
memerah	squeeze
memerangi	combat
memerangi	fight
memeras	extort
memeras	squeeze
memeriksa	check
memeriksa	examine
memerintahkan	command
memerintahkan	order
memerlukan	need
memerlukan	require
memesan	book
memesan	order
memetakan	map
memeterai	seal
memeterai	sign
memetik	pick
memetik	reap
memfasilitasi	facilitate
memfitnah	slander
memfokuskan	focus
memfokuskan	focused
memicu	trigger
memikat	attract
memikat	captivate
memikirkan	think about
memikul	bear
memikul	shoulder
memilah	separate
memilah	sort
memilah-milah	sort
memilih	choose
memilih	vote
memiliki	have
memiliki	own
memilki	have
memimpin	lead
meminda	amend
memindahkan	move
memindahkan	transfer
memindai	scan
meminimalisir	minimize
meminimalkan	minimize
meminjam	borrow
meminjamkan	lend
meminta	ask
meminta	request
meminum	drink
memisahkan	separate
memobilisasi	mobilize
memodifikasi	modify
memohon	apply
memompa	pump
memonitor	monitor
memonopoli	monopolize
memorandum	memorandum
memorandum persefahaman	memorandum of understanding
memori	memory
memotivasi	motivate
memotong	cut
memotret	photograph
mempelajari	study
mempelopori	pioneer
mempengaruhi	affect
mempengaruhi	influence
memperagakan	demonstrate
memperbaharui	renew
memperbaharui	update
memperbaiki	improve
memperbaiki	repair
memperbarui	renew
memperbarui	update
mempercantik	beautify
mempercayai	trust
mempercepat	accelerate
memperdebatkan	debate
memperebutkan	contest
memperebutkan	fight over
mempererat	strengthen
mempererat	tighten
memperhatikan	notice
memperhatikan	pay attention
memperhitungkan	take into account
memperingati	commemorate
memperingatkan	warn
memperkecil	narrow
memperkecil	reduce
memperkenalkan	introduce
memperketat	tighten
memperkirakan	estimate
memperkokoh	strengthen
memperkosa	rape
memperkuat	strengthen
memperkukuh	strengthen
memperlambat	slow down
memperlancar	facilitate
memperlihatkan	show
memperluas	expand
memperluaskan	expand
mempermalukan	humiliate
memperoleh	acquire
memperoleh	obtain
memperpanjang	extend
memperparah	worsen
memperpendek	shorten
mempersembahkan	dedicate
mempersembahkan	present
mempersempit	narrow
mempersiapkan	prepare
mempersilahkan	invite
mempertahankan	defend
mempertahankan	maintain
mempertajam	sharpen
mempertaruhkan	risk
mempertaruhkan	stake
mempertimbangkan	consider
mempertipis	narrow
memperumit	complicate
memperuntukkan	allocate
mempesona	charming
memposting	post
memprakarsai	initiate
mempraktekkan	practice
memprediksi	predict
memprihatinkan	worrying
memprioritaskan	prioritize
memproduksi	produce
mempromosikan	promote
memproteksi	protect
memprotes	protest
memprovokasi	provoke
memproyeksikan	project
mempublikasikan	publish
mempunyai	have
mempunyai	own
memroses	process
memuai	expand
memuaskan	satisfactory
memuaskan	satisfy
memuat	contain
memuat	load
memudahkan	facilitate
memudar	fade
memuji	praise
memukau	mesmerize
memukau	stunning
memukul	beat
memukul	hit
memulai	begin
memulai	start
memulakan	start
memuliakan	glorify
memulihkan	restore
memulihkan	recover
memunculkan	generate
memunculkan	raise
memungkinkan	allow
memungkinkan	enable
memungut	collect
memungut	levy
memuntahkan	spew
memuntahkan	vomit
memupuk	foster
memupus	dash
memurnikan	purify
memusingkan	confusing
memusnahkan	destroy
memutakhirkan	update
memutuskan	decide
memveto	veto
memvonis	sentence
menaati	obey
menabrak	crash
menabrak	hit
menabung	save
menabur	sow
menabur	sprinkle
menafikan	deny
menafsirkan	interpret
menagih	charge
menagih	collect
menaik taraf	upgrade
menaikkan	raise
menakjubkan	amazing
menaklukkan	conquer
menakutkan	frightening
menamatkan	end
menamatkan	terminate
menambah	add
menambah	increase
menambah baik	improve
menambahkan	add
menambal	patch
menampar	slap
menampik	deny
menampik	reject
menampilkan	display
menampilkan	feature
menampung	accommodate
menampung	hold
menanam	plant
menanamkan	instill
menanamkan	invest
menancapkan	plant
menancapkan	stick
menandai	mark
menandaskan	emphasize
menandatangani	sign
menang	win
menangani	tackle
menangani	deal with
menanggapi	respond
menangguhkan	postpone
menanggulangi	overcome
menanggulangi	tackle
menanggung	bear
menanggung	cover
menangis	cry
menangis	weep
menangkal	counter
menangkal	ward off
menangkap	arrest
menangkap	catch
menangkis	parry
menangkis	ward off
menanjak	climb
menanjak	rise
menantang	challenge
menantikan	await
menanyakan	ask
menapaki	tread
menara	tower
menargetkan	target
menari	dance
menarik	interesting
menarik	pull
menaruh	place
menaruh	put
menasehati	advise
menatap	face
menatap	stare
menawan	captivating
menawan	capture
menawarkan	offer
menayangkan	air
menayangkan	broadcast
mencabar	challenging
mencabar	challenge
mencabut	revoke
mencabut	withdraw
mencaci	revile
mencadangkan	propose
mencadangkan	suggest
mencair	melt
mencairkan	disburse
mencairkan	melt
mencakup	cover
mencakup	include
mencalonkan	nominate
mencanangkan	declare
mencanangkan	launch
mencangkok	graft
mencantumkan	include
mencantumkan	list
mencapai	reach
mencapai	achieve
mencapainya	achieve
mencapainya	reach
mencaplok	annex
mencaplok	take over
mencari	look for
mencari	seek
mencari nafkah	earn a living
mencatat	note
mencatat	record
mencatatkan	record
menceburkan	plunge
mencecah	reach
mencecah	hit
mencegah	prevent
mencegat	intercept
mencegat	stop
mencekam	gripping
mencekam	tense
mencekik	choke
mencekik	strangle
mencela	criticize
mencelupkan	dip
mencemari	pollute
mencemaskan	worry
mencemooh	ridicule
mencengangkan	astonishing
mencengkeram	grip
menceritakan	tell
mencermati	observe closely
mencerminkan	reflect
mencerna	digest
mencetak	print
mencetak	score
mencetuskan	initiate
mencetuskan	spark
mencicipi	taste
mencintai	love
menciptakan	create
mencium	kiss
mencium	smell
menciut	shrink
mencoba	try
mencolok	striking
mencomot	grab
mencopot	dismiss
mencopot	remove
mencuat	emerge
mencuat	surface
mencuci	wash
mencukupi	sufficient
mencukur	shave
menculik	kidnap
mencurahkan	devote
mencurahkan	pour
mencuri	steal
mencurigakan	suspicious
mendadak	sudden
mendadak	suddenly
mendaftar	register
mendag	trade minister
mendagri	home minister
mendaki	climb
mendakwa	charge
mendakwa	claim
mendalam	deep
mendalam	thorough
mendalangi	mastermind
mendambakan	long for
mendampingi	accompany
mendanai	fund
mendapat	get
mendapat	obtain
mendapati	find
mendapatkan	get
mendapatkan	obtain
mendarat	land
mendasar	fundamental
mendatang	coming
mendatang	next
mendaur ulang	recycle
mendayagunakan	utilize
mendayung	row
mendebarkan	thrilling
mendedahkan	reveal
mendedahkan	expose
mendedikasikan	dedicate
mendefinisikan	define
mendekam	languish
mendekati	approach
mendeklarasikan	declare
mendengar	hear
mendengarkan	listen
mendengkur	snore
mendeportasi	deport
mendera	plague
mendera	whip
menderita	suffer
mendesak	urge
mendesak	press
mendeskripsikan	describe
mendeteksi	detect
mendiagnosis	diagnose
mendiami	inhabit
mendiang	the late
mendidih	boil
mendidik	educate
mendikbud	education minister
mendikte	dictate
mending	better
mendingan	better
mendirikan	establish
mendirikan	found
mendiskreditkan	discredit
mendiskusikan	discuss
mendistribusikan	distribute
mendoakan	pray for
mendobrak	break through
mendokumentasikan	document
mendominasi	dominate
mendonasikan	donate
mendongkel	oust
mendongkrak	boost
mendorong	encourage
mendorong	push
menduga	suspect
mendukung	support
mendung	cloudy
menebak	guess
menebar	spread
menebarkan	spread
menebus	redeem
menegakkan	enforce
menegakkan	uphold
menegaskan	stress
menegaskan	assert
menegur	reprimand
menekan	press
menekan	suppress
menekankan	emphasize
menekuk	beat
menekuk	bend
menekuni	pursue
menelaah	examine
menelaah	study
menelan	swallow
menelantarkan	neglect
menelepon	call
menelepon	phone
meneliti	examine
meneliti	research
menelpon	call
menelpon	phone
menelusuri	explore
menelusuri	trace
menemani	accompany
menembak	shoot
menembus	break through
menembus	penetrate
menempa	forge
menempatkan	place
menempatkan	put
menempel	attach
menempel	stick
menempelkan	attach
menempuh	take
menempuh	travel
menemui	find
menemui	meet
menemukan	discover
menemukan	find
menenangkan	calm
menendang	kick
menengah	medium
menengah	secondary
menenggelamkan	sink
menengok	look
menengok	visit
menentang	oppose
menentukan	determine
menenun	weave
menepis	deflect
menepis	dismiss
menerangi	illuminate
menerapkan	apply
menerapkan	implement
menerbangkan	fly
menerbitkan	issue
menerbitkan	publish
meneriakkan	shout
menerima	receive
menerima	accept
menerjang	hit
menerjang	sweep
menerjemahkan	translate
menerobos	break through
menerpa	hit
menerpa	strike
menertawakan	laugh at
menertibkan	bring order
meneruskan	continue
meneruskan	forward
menetap	settle
menetap	reside
menetapkan	determine
menetapkan	set
menetas	hatch
menetes	drip
menetralisir	neutralize
menetralkan	neutralize
menewaskan	kill
mengabaikan	ignore
mengabaikan	neglect
mengabdi	serve
mengacaukan	disrupt
mengacu	refer
mengadakan	hold
mengadili	judge
mengadili	try
mengadopsi	adopt
mengadu	complain
mengaduk	stir
mengagetkan	surprising
mengagumi	admire
mengagumkan	amazing
mengahiri	end
mengajak	ask
mengajak	invite
mengajar	teach
mengajukan	file
mengajukan	submit
mengakar	rooted
mengakhiri	end
mengakibatkan	result in
mengakomodasi	accommodate
mengakomodir	accommodate
mengakses	access
mengaktifkan	activate
mengaku	admit
mengaku	plead
mengaku bersalah	plead guilty
mengaku tidak bersalah	plead not guilty
mengakui	acknowledge
mengakui	admit
mengakuisisi	acquire
mengalahkan	beat
mengalahkan	defeat
mengalami	experience
mengalami	suffer
mengalihkan	divert
mengalir	flow
mengalokasikan	allocate
mengamanatkan	mandate
mengamankan	secure
mengamati	observe
mengambang	float
mengambil	take
mengambil-alih	take over
mengambilalih	take over
mengampuni	forgive
mengamuk	run amok
menganalisa	analyze
menganalisis	analyze
mengancam	threaten
mengandalkan	rely on
mengandung	contain
menganggap	consider
menganggap	regard
menganggarkan	estimate
menganggu	disturb
mengangguk	nod
menganggur	unemployed
mengangkat	appoint
mengangkat	lift
mengangkut	carry
mengangkut	transport
menganiaya	abuse
menganiaya	assault
menganjurkan	organise
mengantar	deliver
mengantar	escort
mengantarkan	deliver
mengantisipasi	anticipate
mengantongi	obtain
mengantongi	pocket
mengantuk	sleepy
menganugerahkan	award
menganulir	annul
menganulir	disallow
menganut	adhere
menganut	follow
mengapa	why
mengapit	flank
mengapresiasi	appreciate
mengapung	float
mengarah	head
mengarah	lead
mengarahkan	direct
mengarang	compose
mengarang	write
mengarungi	navigate
mengarungi	sail
mengasah	hone
mengasah	sharpen
mengasihani	pity
mengasuh	care for
mengasuh	raise
mengasyikkan	exciting
mengatakan	said
mengatakan	say
mengatasi	overcome
mengatur	arrange
mengatur	regulate
mengawal	control
mengawal	guard
mengawali	begin
mengawasi	supervise
mengawetkan	preserve
mengawinkan	cross
mengawinkan	marry off
mengayuh	paddle
mengayuh	pedal
mengebiri	castrate
mengebiri	curb
mengebor	drill
mengecam	condemn
mengecam	criticize
mengecek	check
mengecewakan	disappointing
mengedar dadah	traffic drugs
mengedarkan	distribute
mengedukasi	educate
mengeja	spell
mengejar	chase
mengejar	pursue
mengejek	mock
mengejek	tease
mengejutkan	surprising
mengekalkan	maintain
mengekalkan	keep
mengekang	curb
mengekang	restrain
mengeksekusi	execute
mengeksploitasi	exploit
mengeksplorasi	explore
mengeksport	export
mengekspos	expose
mengekspresikan	express
mengekstrak	extract
mengelabui	deceive
mengelak	evade
mengelem	glue
mengelilingi	circle
mengelilingi	surround
mengelola	manage
mengeluarkan	issue
mengeluarkan	produce
mengeluarkan	withdraw
mengeluh	complain
mengeluhkan	complain about
mengelupas	peel
mengemas	pack
mengembalikan	restore
mengembalikan	return
mengemban	carry out
mengemban	hold
mengembangbiakkan	breed
mengembangkan	develop
mengemis	beg
mengemudi	drive
mengemudikan	drive
mengemudikan	steer
mengemukakan	put forward
mengenai	about
mengenai	regarding
mengenakan	impose
mengenal	know
mengenal	recognize
mengenal pasti	identify
mengenali	recognize
mengenang	commemorate
mengenang	remember
mengendalikan	control
mengendap	settle
mengendarai	drive
mengendarai	ride
mengendur	ease
mengendur	slacken
mengendus	detect
mengendus	sniff
mengentaskan	alleviate
mengepakkan	flap
mengepung	besiege
mengepung	surround
mengerahkan	deploy
mengerahkan	mobilize
mengerem	brake
mengerikan	horrible
mengerikan	terrifying
mengering	dry up
mengeringkan	dry
mengeritik	criticize
mengerti	understand
mengerucut	narrow down
mengeruk	dredge
mengeruk	rake in
mengesahkan	confirm
mengesampingkan	set aside
mengesankan	impressive
mengetahui	find out
mengetahui	know
mengetes	test
mengetik	type
mengetuai	chair
mengetuai	lead
mengetuk	knock
mengevakuasi	evacuate
mengevaluasi	evaluate
menggabungkan	combine
menggagalkan	foil
menggagalkan	thwart
menggagas	initiate
menggalakkan	encourage
menggalakkan	promote
menggalang	raise
menggalang	rally
menggali	dig
menggali	explore
menggambarkan	depict
menggambarkan	describe
menggandakan	double
menggandeng	hold hands
menggandeng	partner
mengganggu	disrupt
mengganggu	disturb
mengganjal	block
mengganjal	hinder
mengganti	replace
menggantikan	replace
menggantung	suspend
menggapai	reach
menggarap	cultivate
menggarap	work on
menggarisbawahi	underline
menggariskan	outline
menggaruk	scratch
menggelar	hold
menggelar	stage
menggeledah	raid
menggeledah	search
menggelegar	roar
menggelegar	thunder
menggelembung	bulge
menggelembung	swell
menggelengkan	shake
menggeliat	revive
menggeliat	stir
menggelikan	funny
menggelinding	roll
menggelitik	intrigue
menggelitik	tickle
menggelontorkan	disburse
menggelontorkan	pour
menggema	echo
menggemari	be fond of
menggembirakan	encouraging
menggempur	attack
menggempur	pound
menggendong	carry
menggenggam	grasp
menggenggam	hold
menggenjot	boost
menggerakkan	drive
menggerakkan	move
menggerebek	raid
menggerus	erode
menggesa	urge
menggeser	displace
menggeser	shift
menggigit	bite
menggiring	dribble
menggiring	lead
menggiurkan	tempting
menggoda	tempt
menggodam	hack
menggodok	deliberate
menggodok	draft
menggoncang	shake
menggosok	rub
menggosok	scrub
menggoyahkan	shake
menggoyangkan	shake
menggubris	heed
menggugah	inspire
menggugah	stir
menggugat	sue
menggugurkan	abort
menggugurkan	drop
menggulingkan	overthrow
menggulirkan	launch
menggulirkan	roll out
menggulung	roll up
menggunakan	use
mengguncang	rock
mengguncang	shake
menggunting	cut
menggurita	spread
menggusur	displace
menggusur	evict
mengguyur	drench
menghabiskan	spend
menghadang	block
menghadang	intercept
menghadapi	confront
menghadapi	face
menghadiahkan	award
menghadiri	attend
menghadirkan	bring
menghadirkan	present
menghafal	memorize
menghajar	beat up
menghalangi	block
menghalangi	hinder
menghalau	repel
menghambat	hinder
menghambat	impede
menghamburkan	squander
menghancurkan	destroy
menghangatkan	warm
menghanguskan	burn down
menghantam	hit
menghantam	strike
menghantar	send
menghantarkan	conduct
menghantarkan	deliver
menghantui	haunt
menghapus	delete
menghapus	erase
menghapuskan	abolish
menghapuskan	eliminate
mengharamkan	forbid
mengharapkan	expect
mengharapkan	hope
menghargai	appreciate
menghargai	respect
mengharukan	touching
mengharumkan	bring honor
menghasilkan	generate
menghasilkan	produce
menghasut	incite
menghebohkan	sensational
menghemat	save
menghempas	pound
menghempas	slam
menghendaki	want
menghentikan	stop
mengherankan	surprising
menghibahkan	grant
menghibur	console
menghibur	entertain
menghidupkan	revive
menghidupkan	turn on
menghilangkan	eliminate
menghilangkan	remove
menghimbau	appeal
menghimbau	urge
menghimpun	collect
menghimpun	raise
menghina	insult
menghindari	avoid
menghiraukan	heed
menghirup	inhale
menghisap	suck
menghitung	calculate
menghitung	count
menghormati	honor
menghormati	respect
menghubungkan	connect
menghujam	pierce
menghujam	plunge
menghujani	rain
menghujani	shower
menghujat	revile
menghukum	punish
menghuni	inhabit
mengibarkan	fly
mengibarkan	wave
mengidap	suffer from
mengidentifikasi	identify
mengidolakan	idolize
mengigau	talk in sleep
mengijinkan	allow
mengikat	bind
mengikat	tie
mengikis	erode
mengiklankan	advertise
mengikut	follow
mengikut	according to
mengikuti	attend
mengikuti	follow
mengikutsertakan	include
mengikutsertakan	involve
mengilhami	inspire
mengilustrasikan	illustrate
mengimbau	appeal
mengimbau	urge
mengimplementasikan	implement
mengimport	import
menginap	stay overnight
mengincar	eye
mengincar	target
mengindera	sense
mengindikasikan	indicate
menginfeksi	infect
mengingat	considering
mengingat	remember
menginginkan	want
mengingkari	break
mengingkari	deny
menginjak	step on
menginspirasi	inspire
menginstal	install
mengintai	lurk
mengintai	spy
mengintensifkan	intensify
mengintimidasi	intimidate
mengintip	peek
menginvestasikan	invest
mengira	assume
mengira	think
mengirim	send
mengirimkan	send
mengiringi	accompany
mengiris	slice
mengisap	smoke
mengisap	suck
mengisi	fill
mengisolasi	isolate
mengisyaratkan	indicate
mengisyaratkan	signal
mengitar semula	recycle
mengitari	circle
mengizinkan	allow
mengkaji	study
mengkaji	examine
mengkaji semula	review
mengkhawatirkan	worrying
mengkhianati	betray
mengklaim	claim
mengklarifikasi	clarify
mengklik	click
mengkonfirmasi	confirm
mengkonsolidasikan	consolidate
mengkonsumsi	consume
mengkritik	criticize
mengobarkan	fire up
mengobarkan	inflame
mengobati	cure
mengobati	treat
mengobrol	chat
mengocok	shake
mengocok	shuffle
mengolah	process
mengoleksi	collect
mengoleskan	apply
mengolok-olok	ridicule
mengomentari	comment on
mengonsumsi	consume
mengontrol	control
mengoper	pass
mengoptimalkan	optimize
mengoreksi	correct
mengorganisir	organize
mengosongkan	empty
mengosongkan	vacate
mengoyak	tear
menguap	evaporate
menguasai	control
menguasai	master
menguat	firm
menguat	strengthen
menguatkan	strengthen
menguatkuasakan	enforce
mengubah	change
mengubur	bury
mengucapkan	express
mengucapkan	say
mengucilkan	isolate
mengucilkan	ostracize
mengucurkan	disburse
menguji	test
mengukuhkan	strengthen
mengukur	measure
mengukus	steam
mengulangi	repeat
mengulas	comment
mengulur	delay
mengulurkan	extend
mengumpulkan	collect
mengumpulkan	gather
mengumumkan	announce
mengunakan	use
mengunci	lock
mengundang	invite
mengundi	vote
mengunduh	download
mengundurkan	postpone
mengundurkan	withdraw
mengundurkan diri	resign
mengunggah	upload
mengungkap	reveal
mengungkap	uncover
mengungkapkan	express
mengungkapkan	reveal
mengungkung	confine
mengungsi	evacuate
mengungsi	flee
mengunjungi	visit
mengunjurkan	project
mengunjurkan	forecast
menguntit	stalk
menguntungkan	profitable
mengunyah	chew
mengupas	analyze
mengupas	peel
mengurai	decompose
mengurai	untangle
menguraikan	describe
menguraikan	elaborate
mengurangi	reduce
mengurangkan	reduce
menguras	deplete
menguras	drain
mengurungkan	cancel
mengurus	manage
menguruskan	manage
mengusik	disturb
mengusir	evict
mengusir	expel
mengusulkan	propose
mengusung	carry
mengusung	promote
mengutamakan	prioritize
mengutarakan	express
mengutip	quote
mengutuk	condemn
mengutus	dispatch
mengutus	send
menhan	defense minister
menhub	transport minister
meniadakan	eliminate
menikah	marry
menikahi	marry
menikam	stab
menikmati	enjoy
menikung	corner
menilai	assess
menilai	evaluate
menilik	observe
menilik	view
menimbang	consider
menimbulkan	cause
menimbulkan	raise
menimbun	hoard
menimbun	pile up
menimpa	befall
menimpa	hit
menimpali	respond
menindaklanjuti	follow up
menindas	oppress
meninggal	die
meninggal dunia	die
meninggal dunia	pass away
meninggalkan	leave
meningkat	increase
meningkat	rise
meningkatkan	increase
meningkatkan	raise
meninjau	review
meninjau	visit
menipis	dwindle
menipis	thin
menipu	cheat
menipu	defraud
meniru	copy
meniru	imitate
menit	minute
menitipkan	entrust
menitipkan	leave
meniup	blow
menjabarkan	elaborate
menjabarkan	explain
menjabat	hold office
menjabat	serve
menjadi	become
menjaga	guard
menjaga	maintain
menjahit	sew
menjajah	colonize
menjajakan	peddle
menjajaki	explore
menjajal	test
menjajal	try
menjalani	serve
menjalani	undergo
menjalankan	operate
menjalankan	run
menjalar	creep
menjalar	spread
menjalin	establish
menjalin	forge
menjamin	ensure
menjamin	guarantee
menjamu	entertain
menjamu	host
menjamur	proliferate
menjana	generate
menjangka	expect
menjangkakan	expect
menjangkiti	infect
menjanjikan	promise
menjanjikan	promising
menjarah	loot
menjaringkan	score
menjatuhkan	drop
menjatuhkan	impose
menjauh	move away
menjauhi	avoid
menjawab	answer
menjebloskan	jail
menjebloskan	throw into
menjebol	breach
menjebol	break
menjejali	cram
menjejaskan	affect
menjelajah	explore
menjelajahi	explore
menjelang	by
menjelang	towards
menjelaskan	explain
menjembatani	bridge
menjemput	pick up
menjengkelkan	annoying
menjenguk	visit
menjerat	charge
menjerat	ensnare
menjernihkan	clarify
menjerumuskan	drag into
menjijikkan	disgusting
menjilat	flatter
menjilat	lick
menjinakkan	defuse
menjinakkan	tame
menjual	sell
menjuarai	win the title
menjuluki	dub
menjumpai	find
menjumpai	meet
menkes	health minister
menkeu	finance minister
menko	coordinating minister
menlu	foreign minister
menobatkan	crown
menodai	tarnish
menolak	reject
menolak	push
menolong	help
menonjol	prominent
menonjolkan	highlight
menonton	watch
menopang	prop up
menopang	support
menorehkan	carve
menorehkan	score
mensponsori	sponsor
menstabilkan	stabilize
menstimulasi	stimulate
menstruasi	menstruation
mentah	raw
mentah-mentah	flatly
mentah-mentah	outright
mental	mental
mentan	agriculture minister
mentari	sun
mentega	butter
menteri	minister
menteri besar	chief minister
menteri keuangan	finance minister
menteri koordinator	coordinating minister
menteri pertahanan	defense minister
mentimun	cucumber
mentolerir	tolerate
mentor	mentor
mentransfer	transfer
menu	menu
menuai	draw
menuai	reap
menuang	pour
menuangkan	express
menuangkan	pour
menubruk	collide
menuding	accuse
menuduh	accuse
menuju	head to
menukas	retort
menular	contagious
menular	infectious
menulis	write
menumbangkan	topple
menumbuk	crush
menumbuk	pound
menumpang	ride
menumpas	crush
menumpuk	accumulate
menumpuk	pile up
menunaikan	fulfill
menunaikan	perform
menunda	postpone
menunduk	bow
menundukkan	subdue
menunggak	in arrears
menunggu	wait
menunjang	support
menunjuk	appoint
menunjuk	point
menunjukkan	show
menuntaskan	complete
menuntaskan	resolve
menuntun	guide
menuntun	lead
menuntut	demand
menuntut	claim
menurun	decrease
menurun	fall
menurunkan	lower
menurut	according to
menusuk	stab
menutup	close
menuturkan	say
menuturkan	tell
menyabet	win
menyadap	tap
menyadap	wiretap
menyadari	realize
menyajikan	present
menyajikan	serve
menyakitkan	painful
menyaksikan	witness
menyaksikan	see
menyala	burn
menyala	light up
menyalahgunakan	abuse
menyalahgunakan	misuse
menyalahkan	blame
menyalakan	light
menyalakan	turn on
menyalin	copy
menyalurkan	channel
menyalurkan	distribute
menyamakan	equate
menyamar	disguise
menyambar	snatch
menyambar	strike
menyambut	celebrate
menyambut	welcome
menyampaikan	deliver
menyampaikan	convey
menyandang	bear
menyandang	hold
menyandera	take hostage
menyanggah	deny
menyanggah	refute
menyangka	suspect
menyangka	think
menyangkal	deny
menyangkut	concerning
menyangsikan	doubt
menyantap	eat
menyanyikan	sing
menyapa	greet
menyapu	sweep
menyarangkan	score
menyarankan	advise
menyarankan	suggest
menyaring	filter
menyaring	screen
menyasarkan	target
menyatakan	state
menyayat	heart-rending
menyayat	slice
menyebabkan	cause
menyebalkan	annoying
menyebar	spread
menyebarkan	spread
menyebarluaskan	disseminate
menyeberang	cross
menyeberangi	cross
menyebut	call
menyebut	mention
menyebutkan	mention
menyebutkan	state
menyederhanakan	simplify
menyediakan	provide
menyediakan	prepare
menyedihkan	sad
menyedot	absorb
menyedot	suck
menyegarkan	refresh
menyegel	seal
menyejahterakan	make prosperous
menyekap	hold captive
menyekat	block
menyelam	dive
menyelamat	rescue
menyelamatkan	save
menyelamatkan	rescue
menyeleksi	select
menyelenggarakan	hold
menyelenggarakan	organize
menyelesaikan	solve
menyelesaikan	settle
menyelidiki	investigate
menyelimuti	blanket
menyelimuti	cover
menyelinap	sneak
menyelipkan	insert
menyeludup	smuggle
menyelundupkan	smuggle
menyeluruh	comprehensive
menyemak	review
menyemak	check
menyematkan	award
menyematkan	pin
menyembelih	slaughter
menyembuhkan	cure
menyembuhkan	heal
menyembunyikan	conceal
menyembunyikan	hide
menyemburkan	spew
menyempit	narrow
menyemprotkan	spray
menyenangkan	pleasant
menyengat	sting
menyentuh	touch
menyepakati	agree
menyepelekan	belittle
menyerah	give up
menyerah	surrender
menyerahkan	hand over
menyerahkan	surrender
menyerahkan diri	surrender
menyeramkan	scary
menyerang	attack
menyerap	absorb
menyerbu	invade
menyerbu	storm
menyeret	drag
menyergap	ambush
menyerobot	grab
menyerobot	jump
menyertai	join
menyeru	call on
menyerukan	call for
menyerupai	resemble
menyesal	regret
menyesali	regret
menyesalkan	deplore
menyesalkan	regret
menyesatkan	misleading
menyesuaikan	adjust
menyetir	drive
menyewa	rent
menyewakan	rent out
menyia-nyiakan	waste
menyiapkan	prepare
menyiasat	investigate
menyikat	brush
menyikat	sweep
menyiksa	torture
menyimak	follow
menyimak	listen
menyimpan	keep
menyimpan	store
menyimpang	deviate
menyimpulkan	conclude
menyinari	illuminate
menyinggung	mention
menyinggung	offend
menyingkap	reveal
menyingkap	uncover
menyingkirkan	eliminate
menyingkirkan	remove
menyiram	pour
menyiram	water
menyisakan	leave
menyisihkan	set aside
menyisipkan	insert
menyisir	comb
menyisir	sweep
menyita	confiscate
menyita	seize
menyobek	tear
menyogok	bribe
menyokong	support
menyolok	striking
menyoroti	highlight
menyuap	bribe
menyuarakan	voice
menyuguhkan	present
menyuguhkan	serve
menyukai	like
menyulap	transform
menyuling	distill
menyulut	ignite
menyulut	spark
menyumbang	contribute
menyumbang	donate
menyumbangkan	donate
menyundul	head
menyuntikan	inject
menyuntikkan	inject
menyunting	edit
menyuruh	order
menyuruh	tell
menyurut	recede
menyusui	breastfeed
menyusul	follow
menyusun	compile
menyusun	draft
menyusup	infiltrate
menyusuri	follow
menyusuri	trace
menyusut	shrink
mepet	close
mepet	tight
meracik	blend
meracik	mix
meragukan	doubt
meragukan	doubtful
merah	red
meraih	achieve
meraih	win
meraikan	celebrate
merajalela	rampant
merak	peacock
merakit	assemble
meramalkan	forecast
meramalkan	predict
merambah	encroach
merambah	expand into
merambat	creep
merambat	spread
merampas	rob
merampas	seize
merampok	rob
merampungkan	complete
merancang	plan
merangkai	assemble
merangkak	crawl
merangkul	embrace
merangkum	summarize
merangsang	stimulate
merangsek	advance
merapat	close in
merapat	dock
merapikan	tidy up
merasa	feel
merasakan	feel
merasmikan	officiate
merasmikan	open
merasuk	penetrate
merata	evenly
merata	widespread
meratifikasi	ratify
merauke	Merauke
meraup	gain
meraup	rake in
merawat	treat
merayakan	celebrate
merayap	creep
merayu	appeal
merdeka	independence
merdeka	independent
merealisasikan	implement
merealisasikan	realize
merebak	spread
merebus	boil
merebut	capture
merebut	seize
mereda	subside
meredakan	calm
meredakan	ease
meredam	dampen
meredam	quell
mereduksi	reduce
meredup	dim
meredup	fade
merefleksikan	reflect
meregangkan	stretch
merek	brand
merek dagang	trademark
mereka	them
mereka	they
merekam	record
merekatkan	bond
merekatkan	glue
merekodkan	record
merekomendasikan	recommend
merekonstruksi	reconstruct
merekrut	recruit
merelakan	let go
merelokasi	relocate
merembes	seep
meremehkan	underestimate
merencanakan	plan
merendahkan	humiliate
merendam	soak
merendam	submerge
merenggang	loosen
merenggut	claim
merenggut	snatch
merenovasi	renovate
merenungkan	reflect on
merepotkan	troublesome
meresahkan	disturbing
meresap	seep
meresapi	absorb
meresmikan	inaugurate
merespon	respond
merestrukturisasi	restructure
merestui	approve
merestui	bless
meretas	hack
merevisi	revise
merger	merger
meriah	festive
meriam	cannon
merilis	release
merinci	detail
meringankan	ease
meringankan	lighten
meringkas	summarize
merintis	pioneer
merk	brand
merkuri	mercury
merobek	tear
merogoh	dig into
merogol	rape
meroket	soar
merokok	smoke
merombak	overhaul
merompak	rob
merongrong	undermine
merontokkan	shed
merosakkan	damage
merosot	decline
merosot	drop
merpati	dove
merpati	pigeon
merta	immediately
merubah	change
merugikan	detrimental
merugikan	harm
merujuk	refer
merumput	play
merumuskan	formulate
merundung	bully
meruntuhkan	topple
merupakan	constitute
merupakan	is
merusak	damage
merusak	destroy
mesin	engine
mesin	machine
mesin pencari	search engine
mesir	egypt
mesiu	gunpowder
meski	although
meskipun	although
mesti	must
mesyuarat	meeting
metabolisme	metabolism
metamorfosis	metamorphosis
metan	methane
metana	methane
metanol	methanol
metatesis	metathesis
meteor	meteor
meteorologi	meteorology
meter	metre
metmalaysia	meteorological department
metoda	method
metode	method
metrik	metric
metropolitan	metropolitan
mewabah	spread
mewadahi	accommodate
mewah	luxurious
mewajibkan	require
mewakili	represent
mewarisi	inherit
mewaspadai	be wary
mewawancarai	interview
mewujudkan	achieve
mewujudkan	realize
mexico	mexico
meyakinkan	convince
meyakinkan	convincing
mi	noodles
micro	micro
microwave	microwave
mie	noodles
migas	oil and gas
migran	migrant
migrasi	migration
mikir	think
mikro	micro
mikroba	microbe
mikrobiologi	microbiology
mikrofon	microphone
mikrograf	micrograph
mikroorganisme	microorganism
mikroprosesor	microprocessor
mikroskop	microscope
milenium	millennium
miliaran	billions
miliarder	billionaire
milik	belong
milik	belonging
milik	property
milimeter	millimeter
milioner	millionaire
milisi	militia
militan	militant
militer	military
miliuner	millionaire
milyaran	billions
mimbar	pulpit
mimpi	dream
minangkabau	Minangkabau
minat	interest
mineral	mineral
minggu	week
minggu lepas	last week
mingguan	weekly
mini	mini
minibus	minibus
minim	minimal
minimal	at least
minimal	minimum
minimarket	minimarket
minimum	minimum
minit	minute
minoriti	minority
minta	ask
minta	request
minum	drink
minuman	beverage
minuman	drink
minuman keras	liquor
minus	minus
minyak	oil
minyak bumi	petroleum
minyak mentah	crude oil
minyak nabati	vegetable oil
minyak sawit	palm oil
minyak sawit mentah	crude palm oil
miras	liquor
miring	tilted
mirip	similar
misal	example
misalnya	for example
misi	mission
misil	missile
miskin	poor
miskin tegar	hardcore poor
mistar	crossbar
misteri	mystery
misterius	mysterious
mistis	mystical
mitigasi	mitigation
mitigasi bencana	disaster mitigation
mitologi	mythology
mitos	myth
mitra	partner
mk	Constitutional Court
mm	mm
mobile	mobile
mobilisasi	mobilization
mobiliti	mobility
moda	mode
moda transportasi	transport mode
modal	capital
modal insan	human capital
modal kerja	working capital
modal ventura	venture capital
mode	fashion
mode	mode
model	model
modem	modem
moderat	moderate
moderator	moderator
modern	modern
modernisasi	modernization
modifikasi	modification
modul	module
modular	modular
modulasi	modulation
modus	mode
modus	modus
mogadishu	Mogadishu
mogok	stall
mogok	strike
mogok kerja	strike
mohon	please
mohon	request
moldova	Moldova
molekul	molecule
molekuler	molecular
molotov	molotov
momen	moment
momentum	momentum
monako	Monaco
monarki	monarchy
moncong	snout
moneter	monetary
money	money
mongolia	Mongolia
monitor	monitor
monitoring	monitoring
monokrom	monochrome
monopoli	monopoly
monsun	monsoon
monsun timur laut	northeast monsoon
montenegro	Montenegro
monyet	monkey
moral	moral
mortem	mortem
mortir	mortar
mosaik	mosaic
mosi	motion
mosi tidak percaya	no-confidence motion
moskow	Moscow
moskwa	Moscow
motif	motive
motif	pattern
motivasi	motivation
motorik	motor
motosikal	motorcycle
mou	memorandum of understanding
moyang	ancestor
mozambik	Mozambique
mrt	mass rapid transit
muak	fed up
mual	nausea
muangthai	Thailand
muara	estuary
muat	fit
muat	load
muatan	cargo
muatan	load
mubazir	wasteful
muda	young
mudah	easy
mudik	homecoming
muflis	bankrupt
muka	face
muka	front
mukim	subdistrict
mula	beginning
mula-mula	at first
mulai	begin
mulai	start
mulia	noble
multi	multi
multiguna	multipurpose
multilateral	multilateral
multimedia	multimedia
multinasional	multinational
multiplier	multiplier
mulus	smooth
mulut	mouth
mumbai	Mumbai
mumi	mummy
munafik	hypocrite
muncul	appear
muncul	emerge
mundur	resign
mundur	retreat
mungil	tiny
mungkin	maybe
mungkin	possible
mungkin	possibly
muntaber	gastroenteritis
muntah	vomit
mur	nut
murah	cheap
murai	magpie
murid	pupil
murni	pure
murtad	apostate
murung	gloomy
museum	museum
musibah	calamity
musibah	disaster
music	music
musik	music
musim	season
musim dingin	winter
musim gugur	autumn
musim gugur	fall
musim hujan	rainy season
musim kemarau	dry season
musim panas	summer
musim semi	spring
musisi	musician
muslim	muslim
muslimin	Muslims
musnah	destroyed
muson	monsoon
mustahil	impossible
musuh	enemy
musuh bebuyutan	archrival
mutakhir	cutting-edge
mutakhir	latest
mutasi	mutation
mutasi	transfer
mutiara	pearl
mutlak	absolute
mutu	quality
myanmar	myanmar
mykad	identity card
naas	unlucky
nabati	plant
nabati	vegetable
nada	tone
nadi	pulse
nafas	breath
nafkah	living
nafsu	desire
nafsu	lust
nah	well
nahas	crash
nahas	accident
naib canselor	vice-chancellor
naib juara	runner-up
naib pengerusi	vice chairman
naib presiden	vice president
naif	naive
naik	climb
naik	rise
naik taraf	upgrade
naik-turun	up and down
nairobi	Nairobi
nakal	naughty
nakes	health worker
nalar	reason
naluri	instinct
naluriah	instinctive
nama	name
namibia	Namibia
nampak	appear
nampak	seem
nampaknya	apparently
namun	but
namun	however
nan	which
nanas	pineapple
nanggroe aceh darussalam	Aceh
nangka	jackfruit
nano	nano
nanometer	nanometer
nanoteknologi	nanotechnology
nanti	later
nantinya	eventually
nantinya	later
napas	breath
napi	prisoner
narapidana	inmate
narapidana	prisoner
narasi	narrative
narasumber	informant
narasumber	source
narkoba	drugs
narkoba	narcotics
narkotika	narcotics
nasa	NASA
nasabah	client
nasabah	customer
nasehat	advice
nasi	rice
nasi goreng	fried rice
nasib	fate
nasihat	advice
nasional	national
nasionalis	nationalist
nasionalisme	nationalism
naskah	manuscript
naskah	script
nasrani	Christian
natal	Christmas
nato	NATO
natrium	sodium
naturalistik	naturalistic
naung	shelter
naungan	auspices
naungan	shelter
navigasi	navigation
nazar	vow
negara	country
negara	nation
negara berkembang	developing country
negara-negara	countries
negarawan	statesman
negatif	negative
negatip	negative
negative	negative
negeri	state
negeri sembilan	negeri sembilan
negosiasi	negotiation
nekad	reckless
nekat	daring
nekat	reckless
nektar	nectar
nelayan	fisherman
nenek	grandmother
nenek moyang	ancestor
neoliberal	neoliberal
neoliberalisme	neoliberalism
neon	neon
neonatus	newborn
nepal	Nepal
nepotisme	nepotism
neraca	balance
neraca	scale
neraca dagang	trade balance
neraca keuangan	balance sheet
neraca pembayaran	balance of payments
neraca perdagangan	trade balance
neraka	hell
net	net
netizen	netizen
netral	neutral
neurologi	neurology
neuron	neuron
neutron	neutron
new delhi	New Delhi
new york	New York
new zealand	new zealand
ngebut	speed
ngemil	snack
ngengat	moth
ngeri	horrified
ngo	non-governmental organisation
ngotot	insist
niaga	commerce
niaga	trade
niat	intention
niger	Niger
nigeria	nigeria
nih	here
nihil	nil
nihil	zero
nikah	marry
nikaragua	Nicaragua
nikel	nickel
nikmat	delicious
nikmat	enjoy
nikotin	nicotine
nil	nil
nilai	value
nilai tukar	exchange rate
nir-laba	nonprofit
nirkabel	wireless
nirlaba	nonprofit
niscaya	certainly
nitrat	nitrate
nitrogen	nitrogen
nkri	unitary state of Indonesia
no	number
nobat	crown
noda	stain
nol	zero
nomer	number
nominal	nominal
nominasi	nomination
nomor	number
non	non
non-negara	non-state
non-pemerintah	non-governmental
non-proliferasi	non-proliferation
nonaktif	inactive
nopember	November
norma	norm
normal	normal
normalisasi	normalization
norway	norway
nostalgia	nostalgia
not	note
nota	note
nota kesepahaman	memorandum of understanding
notaris	notary
notasi	notation
note	note
notebook	notebook
notifikasi	notification
novel	novel
november	november
npwp	taxpayer number
nuansa	nuance
nukleus	nuclei
nukleus	nucleus
nuklir	nuclear
nusa tenggara barat	West Nusa Tenggara
nusa tenggara timur	East Nusa Tenggara
nusantara	archipelago
nutrisi	nutrition
nya	her
nya	his
nya	its
nyala	flame
nyaman	comfortable
nyamuk	mosquito
nyanyi	sing
nyanyian	song
nyaring	loud
nyaris	almost
nyaris	nearly
nyata	real
nyatanya	in fact
nyawa	life
nyenyak	sound asleep
nyepi	Day of Silence
nyeri	pain
nyinyir	sarcastic
obat-obatan	drugs
obat-obatan	medicines
obesiti	obesity
objek	object
objektif	objective
obligasi	bond
obor	torch
obral	sale
obrol	chat
obrolan	chat
obrolan	conversation
observasi	observation
obsesi	obsession
obyek	object
obyektif	objective
ofensif	offensive
offshore	offshore
offside	offside
ofisial	official
ogos	august
oh	oh
ojek	motorcycle taxi
ok	okay
oke	okay
oknum	individual
oknum	rogue element
oksida	oxide
oksidasi	oxidation
oksidatif	oxidative
oksigen	oxygen
oktan	octane
oktober	october
oku	disabled person
olah	process
olah raga	sport
olah tkp	crime scene investigation
olahraga	athletics
olahragawan	athlete
oleh	by
oleh itu	therefore
oleh kerana itu	therefore
oles	smear
oligopoli	oligopoly
olimpiade	Olympic
olimpiade	Olympics
olimpik	olympics
olok	mock
oman	Oman
ombak	wave
omong	talk
omongan	talk
omset	turnover
omzet	turnover
on-line	online
onderdil	spare parts
ongkos	cost
ongkos	fare
online	online
ons	ounce
onta	camel
opec	OPEC
oper	pass
opera	opera
operan	pass
operasi	operation
operasi	surgery
operasi mencari dan menyelamat	search and rescue operation
operasi tangkap tangan	sting operation
operasional	operational
operator	operator
operator seluler	mobile operator
opini	opinion
opium	opium
oposisi	opposition
opr	overnight policy rate
opsi	option
optik	optical
optimal	optimal
optimalisasi	optimization
optimis	optimistic
optimisme	optimism
optimistis	optimistic
optimum	optimum
orang	people
orang	person
orang asli	indigenous people
orang hilang	missing person
orang kurang upaya	disabled person
orang ramai	public
orang tua	parents
orang utan	orangutan
orang-orang	people
orangtua	parents
orangutan	orangutan
oranye	orange
orasi	oration
orasi	speech
orbit	orbit
orde	order
orde	regime
orde baru	New Order
order	order
organ	organ
organ tubuh	organ
organel	organelle
organik	organic
organisasi	organization
organisir	organize
organisme	organism
orientasi	orientation
orkes	orchestra
orkestra	orchestra
ormas	mass organization
ornamen	ornament
ortodoks	orthodox
oseania	Oceania
oslo	Oslo
otak	brain
otomasi	automation
otomatik	automatic
otomatis	automatic
otomatisasi	automation
otomotif	automotive
otonomi	autonomy
otopsi	autopsy
otorita	authority
otoritarianisme	authoritarianism
otoriter	authoritarian
otoriti	authority
otoriti jasa keuangan	Financial Services Authority
otot	muscle
ott	sting operation
ottawa	Ottawa
outsourcing	outsourcing
ovarium	ovary
oven	oven
overdosis	overdose
oyak	shake
ozon	ozone
pabean	customs
pabrikan	manufacturer
pacar	boyfriend
pacar	girlfriend
pacu	spur
pada	at
pada	on
pada masa ini	at present
pada masa yang sama	at the same time
pada umumnya	in general
padahal	even though
padahal	whereas
padam	extinguished
padam	out
padan	match
padanan	equivalent
padang	Padang
padang	field
padang	plain
padang pasir	desert
padat	dense
padat	solid
padi	rice
padi	paddy
padu	united
pagar	fence
pagelaran	performance
pagelaran	show
pagi	morning
pagu	cap
pagu	ceiling
paha	thigh
paham	understand
pahang	pahang
pahat	chisel
pahatan	carving
pahit	bitter
pahlawan	hero
pailit	bankrupt
paip	pipe
pajak	tax
pajak penghasilan	income tax
pajak pertambahan nilai	value-added tax
pajang	display
pak	mister
pak	sir
pakai	use
pakai	wear
pakaian	clothes
pakan	feed
pakan	fodder
pakar	expert
pakar	specialist
pakar ekonomi	economist
pakatan	coalition
pakatan	pact
pake	use
pakem	standard
paket	package
paket kebijakan	policy package
pakistan	pakistan
paksa	force
pakta	pact
paku	nail
pala	nutmeg
palang	barrier
palang merah	red cross
palau	Palau
palembang	Palembang
paleontologi	paleontology
paleontologis	paleontologist
palestin	palestine
paling	most
palsu	fake
palsu	false
palsy	palsy
palu	hammer
palung	trench
paman	uncle
pamer	show off
pameran	exhibition
panah	arrow
panama	Panama
panas	heat
panas	hot
panas bumi	geothermal
panas terik	scorching heat
pancang	stake
pancar	emit
pancaran	emission
pancasila	Pancasila
panci	pan
panci	pot
pancing	fishing rod
panda	panda
pandai	clever
pandai	skilled
pandang	view
pandangan	view
pandangan	opinion
pandemi	pandemic
pandemik	pandemic
pandu	guide
panduan	guide
panduan	guidelines
panel	panel
panen	harvest
pangan	food
pangeran	prince
panggang	bake
panggang	roast
panggil	call
panggilan	call
panggul	pelvis
panggung	stage
pangkal	base
pangkalan	base
pangkalan data	database
pangkalan militer	military base
pangkas	cut
pangkat	rank
pangku	lap
panglima	commander
pangsa	share
pangsa pasar	market share
pangsapuri	apartment
pangsit	dumpling
panik	panic
panitia	committee
panjang	long
panjat	climb
pankreas	pancreas
pantai	beach
pantai	coast
pantai barat	west coast
pantai gading	Ivory Coast
pantai timur	east coast
pantas	fast
pantas	quick
pantau	monitor
pantauan	monitoring
panti jompo	nursing home
pantul	bounce
pantulan	reflection
panutan	role model
papan	board
papar	expose
paparan	exposure
paparan	presentation
papua	Papua
papua barat	West Papua
papua nugini	Papua New Guinea
para	the
parade	parade
paradigma	paradigm
paradoks	paradox
paraguay	Paraguay
parah	severe
paralel	parallel
paralimpiade	Paralympics
paramedis	paramedic
parameter	parameter
paramiliter	paramilitary
parang	machete
parasit	parasite
parasut	parachute
pari	stingray
paripurna	plenary
paris	Paris
parit	ditch
parit	trench
parkir	park
parkir	parking
parlemen	parliament
parlimen	parliament
parodi	parody
parpol	political party
parsel	hamper
parsel	parcel
parsi	Persian
parsial	partial
partai	party
partai politik	political party
parti	party
partikel	particle
partisipan	participant
partisipasi	participation
paru	lung
paru-paru	lungs
paruh	beak
paruh	half
paruh baya	middle-aged
paruh waktu	part-time
parut	grate
parutan	grated
pas	exactly
pas	fit
pasak	peg
pasal	article
pasal	clause
pasang	install
pasang	pair
pasang surut	tide
pasangan	couple
pasangan	partner
pasar	market
pasar bebas	free market
pasar modal	capital market
pasar saham	stock market
pasar swalayan	supermarket
pasar tradisional	traditional market
pasar wang	money market
pasaran	market
pasaran modal	capital market
pasaran saham	stock market
pasca	after
pasca	post
pasca-trauma	post-traumatic
pascasarjana	postgraduate
pashtun	Pashtun
pasif	passive
pasifik	Pacific
pasir	sand
paska	post
paskah	Easter
paslon	candidate pair
pasok	supply
pasokan	supply
paspor	passport
pasport	passport
pasrah	resigned
password	password
pasta	pasta
pasta	paste
pasti	certain
pasti	sure
pasti	surely
pastor	priest
pastur	priest
pasukan	team
pasukan	squad
pasukan	force
pasukan kebangsaan	national team
patah	broken
patah tulang	fracture
paten	patent
paternalis	paternalistic
pati	illegal immigrant
patogen	pathogen
patok	peg
patok	stake
patokan	benchmark
patri	solder
patriark	patriarch
patriotik	patriotic
patriotisme	patriotism
patroli	patrol
patron	patron
patuh	obedient
patuk	peck
patung	statue
patut	deserve
patut	proper
paud	early childhood education
paus	pope
paus	whale
pawai	parade
payah	bad
payah	weak
payudara	breast
payung	umbrella
pbb	united nations
pbb-p2	property tax
pbt	local authority
pdam	water utility
pdb	GDP
pdrm	royal malaysian police
peak	peak
pebasket	basketball player
pebisnis	businessman
pebruari	February
pebulutangkis	badminton player
pecah	break
pecah	broken
pecah amanah	criminal breach of trust
pecahan	fraction
pecandu	addict
pecat	dismiss
pecat	fire
pecinta	fan
pecinta	lover
pecundang	loser
pedagang	merchant
pedagang	trader
pedagang kaki lima	street vendor
pedang	sword
pedas	spicy
pedesaan	rural
peduli	care
pegang	hold
pegawai	officer
pegawai	official
pegawai kanan	senior officer
pegawai polis	police officer
pegiat	activist
pegolf	golfer
peguam	lawyer
peguam bela	defence lawyer
peguam negara	attorney general
pegulat	wrestler
pegunungan	mountains
pejabat	office
pejabat tanah	land office
pejalan	walker
pejalan kaki	pedestrian
pejuang	fighter
pejudo	judoka
peka	sensitive
pekan	town
pekanbaru	Pekanbaru
pekat	dense
pekat	thick
pekebun kecil	smallholder
pekerja	worker
pekerja asing	foreign worker
pekerjaan	job
pekerjaan	employment
peking	Beijing
pelabuhan	port
pelabuhan klang	port klang
pelabur	investor
pelaburan	investment
pelacak	tracker
pelacakan	tracking
pelacur	prostitute
pelacuran	prostitution
pelajar	student
pelajaran	lesson
pelak	certain
pelaksana	executive
pelaksana	implementer
pelaksanaan	implementation
pelaku	actor
pelaku	perpetrator
pelamar	applicant
pelampung	buoy
pelampung	float
pelan	plan
pelan-pelan	slowly
pelancaran	launch
pelancong	tourist
pelancongan	tourism
pelanggan	customer
pelanggar	violator
pelanggaran	collision
pelanggaran	violation
pelanggaran ham	human rights violation
pelanggaran lalu lintas	traffic violation
pelangi	rainbow
pelantar	platform
pelantar	rig
pelantikan	inauguration
pelapor	complainant
pelapor	reporter
pelarian	refugee
pelatih	coach
pelatihan	training
pelatnas	national training center
pelatuk	trigger
pelatuk	woodpecker
pelawak	comedian
pelawat	visitor
pelayanan	service
pelayaran	shipping
pelayaran	voyage
pelbagai	various
pelbagai hala	multilateral
peleburan	merger
peleburan	smelting
pelecehan	harassment
pelecehan seksual	sexual harassment
peledak	explosive
pelelangan	auction
pelemahan	weakening
pelepasan	release
pelepasan	emission
pelepasan karbon	carbon emission
peleset	slip
pelestarian	conservation
pelestarian	preservation
pelet	pellet
pelihara	keep
peliharaan	pet
pelik	complicated
pelindung	protector
pelintir	twist
pelita	lamp
pelonggaran	easing
pelonggaran	relaxation
pelopor	pioneer
pelosok	remote area
peluang	opportunity
peluit	whistle
peluk	hug
pelukis	painter
pelumas	lubricant
pelunasan	repayment
peluncuran	launch
peluru	bullet
pemabuk	drunkard
pemadam	extinguisher
pemadam kebakaran	firefighter
pemadaman	blackout
pemadaman	outage
pemahaman	understanding
pemahat	sculptor
pemain	player
pemain import	foreign player
pemaju	developer
pemakaman	cemetery
pemakaman	funeral
pemaksaan	coercion
pemalsuan	forgery
pemanasan	warming
pemanasan global	global warming
pemancar	transmitter
pemandangan	scenery
pemandangan	view
pemandu	driver
pemanenan	harvesting
pemanggang	grill
pemanggilan	summons
pemangkasan	cut
pemangsa	predator
pemantau	monitor
pemantau	observer
pemantauan	monitoring
pemasaran	marketing
pemasok	supplier
pemasukan	income
pemasukan	revenue
pembaca	reader
pembagian	distribution
pembagian	division
pembaharuan	reform
pembahasan	discussion
pembajak	hijacker
pembajak	pirate
pembajakan	hijacking
pembajakan	piracy
pembakaran	arson
pembakaran	burning
pembalakan	logging
pembalakan liar	illegal logging
pembalap	racer
pembalasan	revenge
pembalsaman	embalming
pembandaran	urbanisation
pembangkang	opposition
pembangkangan	disobedience
pembangkit	generator
pembangkit	power plant
pembangkit listrik	power plant
pembangunan	development
pembangunan berkelanjutan	sustainable development
pembantaian	massacre
pembantu	assistant
pembantu	helper
pembaruan	renewal
pembaruan	update
pembasmian	extermination
pembatalan	cancellation
pembatasan	restriction
pembauran	assimilation
pembayar pajak	taxpayer
pembayaran	payment
pembebasan	liberation
pembebasan	release
pembebasan bersyarat	parole
pembedahan	surgery
pembegalan	mugging
pembekal	supplier
pembekuan	freezing
pembela	defender
pembelaan	defense
pembelajaran	learning
pembelajaran jarak jauh	distance learning
pembelajaran mesin	machine learning
pembeli	buyer
pembelian	purchase
pembelot	defector
pembenahan	improvement
pembenahan	overhaul
pembengkakan	swelling
pembentukan	establishment
pembentukan	formation
pemberantasan	eradication
pemberdayaan	empowerment
pemberian	granting
pemberian	provision
pemberita	reporter
pemberitaan	coverage
pemberitaan	reporting
pemberitahuan	notification
pemberontak	rebel
pemberontakan	insurgency
pemberontakan	rebellion
pemberontakan	uprising
pembersihan	cleaning
pembersihan	cleanup
pembiakan	breeding
pembiayaan	financing
pembicaraan	discussion
pembicaraan	talks
pembimbing	mentor
pembimbing	supervisor
pembina	coach
pembina	patron
pembinaan	construction
pemblokiran	blocking
pemboman	bombing
pembongkaran	demolition
pembongkaran	unloading
pemborong	contractor
pemborosan	waste
pembuangan	disposal
pembuangan	dumping
pembuatan	manufacturing
pembubaran	dissolution
pembukaan	opening
pembulian	bullying
pembuluh	vessel
pembuluh darah	blood vessel
pembunuh	murderer
pembunuhan	murder
pembunuhan berencana	premeditated murder
pembusukan	decay
pemecahan	breaking
pemecahan	solving
pemecatan	dismissal
pemegang	holder
pemegang saham	shareholder
pemegang saham mayoriti	majority shareholder
pemeliharaan	maintenance
pemeluk	adherent
pemenang	winner
pemenuhan	fulfillment
pemerasan	extortion
pemerataan	equal distribution
pemeriksaan	examination
pemeriksaan	inspection
pemeriksaan	questioning
pemerintah	government
pemerintah provinsi	provincial government
pemerintah pusat	central government
pemerintahan	administration
pemerintahan	government
pemerkosaan	rape
pemesanan	booking
pemesanan	order
pemetaan	mapping
pemicu	trigger
pemikat	attraction
pemilih	voter
pemilihan	election
pemilihan	selection
pemilihan presiden	presidential election
pemilihan umum	general election
pemilik	owner
pemimpin	leader
pemimpin-pemimpin	leaders
peminat	enthusiast
pemindahan	evacuation
pemindahan	transfer
pemindaian	scan
pemirsa	viewer
pemisahan	separation
pemiutang	creditor
pemodal	financier
pemodal	investor
pemodelan	modeling
pemogokan	strike
pemohon	applicant
pemotongan	cut
pemotretan	photo shoot
pemrakarsa	initiator
pemrogram	programmer
pemrograman	programming
pemroses	processor
pemrosesan	processing
pemrotes	protester
pemuda	youth
pemudik	homecoming traveler
pemujaan	worship
pemukim	settler
pemukiman	settlement
pemulihan	recovery
pemulihan	rehabilitation
pemulihan ekonomi	economic recovery
pemungutan	collection
pemungutan suara	ballot
pemungutan suara	voting
pemusnahan	destruction
pemutusan hubungan kerja	layoff
pena	pen
penafsiran	interpretation
penagih	addict
penagih dadah	drug addict
penahanan	detention
penaja	sponsor
penaklukan	conquest
penalaran	reasoning
penalti	penalty
penamaan calon	nomination
penambahbaikan	improvement
penambangan	mining
penambangan liar	illegal mining
penampilan	appearance
penampilan	performance
penampungan	shelter
penanam modal	investor
penanaman	investment
penanaman	planting
penanaman modal	investment
penanaman modal asing	foreign direct investment
penandatangan	signatory
penandatanganan	signing
penanganan	handling
penangguhan	postponement
penanggulangan	handling
penanggulangan	mitigation
penangkal	antidote
penangkal	deterrent
penangkapan	arrest
penantang	challenger
penari	dancer
penarikan	withdrawal
penasaran	curious
penasehat	adviser
penasihat	adviser
penasihat hukum	legal adviser
penat	tired
penataan	arrangement
penataan	structuring
penawaran	bid
penawaran	offer
penawaran	supply
penawaran umum perdana	initial public offering
pencabutan	lifting
pencabutan	revocation
pencabutan subsidi	subsidy removal
pencak silat	martial art
pencakar langit	skyscraper
pencalonan	nomination
pencanangan	launch
pencangkokan	transplant
pencapaian	achievement
pencaplokan	annexation
pencarian	search
pencegahan	prevention
pencemaran	pollution
pencemaran air	water pollution
pencemaran nama baik	defamation
pencen	pension
pencerahan	enlightenment
pencernaan	digestion
pencetak	printer
pencetak	scorer
pencetus	initiator
pencipta	creator
pencitraan	imaging
penciuman	smell
pencopet	pickpocket
pencopotan	dismissal
pencopotan	removal
pencucian	laundering
pencucian	washing
pencucian wang	money laundering
penculik	kidnapper
penculikan	kidnapping
pencuri	thief
pencurian	theft
pendaftaran	registration
pendahulu	predecessor
pendaki	climber
pendakwa raya	prosecutor
pendakwaan	prosecution
pendam	bury
pendam	suppress
pendamping	assistant
pendamping	companion
pendampingan	assistance
pendampingan	mentoring
pendanaan	funding
pendapat	opinion
pendapatan	income
pendapatan	revenue
pendar	glow
pendarahan	bleeding
pendaratan	landing
pendatang	immigrant
pendatang asing	foreign immigrant
pendatang asing tanpa izin	illegal immigrant
pendayagunaan	utilization
pendek	short
pendekatan	approach
pendemo	protester
pendengaran	hearing
penderaan	abuse
penderita	patient
penderita	sufferer
penderitaan	suffering
pendeta	pastor
pendeta	priest
pendidik	educator
pendidikan	education
pendidikan tinggi	higher education
pendigitalan	digitalisation
pendingin	cooler
pendingin	cooling
pendiri	founder
pendonor	donor
pendorong	driver
pendorong	driving force
penduduk	resident
penduduk	population
penduduk tetap	permanent resident
pendukung	supporter
penegak	enforcer
penegak hukum	law enforcer
penegakan	enforcement
penegakan hukum	law enforcement
peneliti	researcher
penelitian	research
penelitian dan pengembangan	research and development
penelusuran	search
penelusuran	tracing
penembakan	shooting
penempatan	deployment
penempatan	placement
penemuan	discovery
penemuan	finding
penemuan	invention
penentangan	opposition
penerangan	lighting
penerapan	application
penerapan	implementation
penerbangan	flight
penerbangan	aviation
penerbit	issuer
penerbit	publisher
penerbitan	issuance
penerbitan	publication
penerima	recipient
penerimaan	acceptance
penerimaan	revenue
penerimaan negara	state revenue
penerimaan siswa baru	new student admission
penerjemah	translator
penertiban	crackdown
penertiban	enforcement
penetapan	determination
penetapan	setting
penetapan tersangka	naming as suspect
penetrasi	penetration
pengabdian	devotion
pengabdian	service
pengacara	lawyer
pengacau	troublemaker
pengadaan	procurement
pengadaan barang	procurement
pengadilan	court
pengadilan agama	religious court
pengadilan tinggi	high court
pengadilan tipikor	anti-corruption court
pengajar	teacher
pengajuan	filing
pengajuan	submission
pengakuan	confession
pengakuan	recognition
pengalaman	experience
pengaman	safeguard
pengaman	security
pengamanan	safeguarding
pengamanan	security
pengamat	analyst
pengamat	observer
pengamatan	observation
pengambilalihan	takeover
pengambilan	taking
pengampunan	amnesty
pengampunan	pardon
pengampunan pajak	tax amnesty
penganan	snack
penganggur	unemployed
pengangguran	unemployment
pengangkutan	transport
pengangkutan awam	public transport
penganiayaan	abuse
penganiayaan	assault
penganjur	organiser
pengantar	courier
pengantar	introduction
penganut	adherent
penganut	follower
pengarah	director
pengarah jenderal	director general
pengarah urusan	managing director
pengarah utama	chief executive
pengarah utama	president director
pengarang	author
pengaruh	influence
pengasingan	exile
pengasuh	caregiver
pengaturan	arrangement
pengaturan	regulation
pengawal	bodyguard
pengawal	guard
pengawalan	control
pengawas	monitor
pengawas	supervisor
pengawasan	supervision
pengawet	preservative
pengayaan	enrichment
pengebom	bomber
pengeboman	bombing
pengeboran	drilling
pengecatan	painting
pengecekan	checking
pengecualian	exception
pengecut	coward
pengedar	dealer
pengedar	distributor
pengedar dadah	drug trafficker
pengedar narkoba	drug dealer
pengedaran dadah	drug trafficking
pengekspor	exporter
pengeksport	exporter
pengelola	manager
pengelola	operator
pengelolaan	management
pengeluar	producer
pengeluar	manufacturer
pengeluaran	withdrawal
pengeluaran	production
pengeluaran	output
pengembalian	refund
pengembalian	return
pengembangan	development
pengembara	wanderer
pengemis	beggar
pengemudi	driver
pengendalian	control
pengendara	driver
pengendara	rider
pengentasan	alleviation
pengentasan kemiskinan	poverty alleviation
pengepungan	siege
pengerahan	deployment
pengerahan	mobilization
pengeraman	incubation
pengeringan	drying
pengeroyokan	mob beating
pengertian	understanding
pengerusi	chairman
pengerusi	chairperson
pengesahan	confirmation
pengetahuan	knowledge
pengetatan	tightening
pengetua	principal
penggal	behead
penggalangan	raising
penggalangan dana	fundraising
penggalian	excavation
pengganas	terrorist
pengganti	replacement
pengganti	substitute
penggantungan	suspension
penggarapan	cultivation
penggarapan	production
penggelapan	embezzlement
penggelapan pajak	tax evasion
penggeledahan	search
penggemar	fan
penggerebekan	raid
penggila	fan
penggilingan	mill
penggodam	hacker
penggugat	plaintiff
penggulingan	overthrow
pengguna	consumer
pengguna	user
penggunaan	use
penggunaan	usage
penggundulan	deforestation
penggundulan hutan	deforestation
penggusuran	eviction
penghakiman	judgment
penghalang	barrier
penghalang	obstacle
penghapusan	abolition
penghapusan	elimination
penghargaan	appreciation
penghargaan	award
penghasil	producer
penghasilan	earnings
penghasilan	income
penghasut	instigator
penghematan	austerity
penghematan	savings
penghentian	termination
penghijauan	greening
penghijauan	reforestation
penghinaan	contempt
penghinaan	insult
penghindaran pajak	tax avoidance
penghormatan	respect
penghormatan	tribute
penghujung	end
penghuni	occupant
penghuni	resident
penghutang	debtor
pengibaran	flag raising
pengiklan	advertiser
pengilang	manufacturer
pengimport	importer
penginapan	accommodation
penginderaan	sensing
penginderaan jauh	remote sensing
pengintaian	reconnaissance
pengintaian	surveillance
pengiriman	delivery
pengiriman	shipment
pengkhianat	traitor
pengkhianatan	betrayal
pengkhianatan	treason
pengkritik	critic
penglibatan	involvement
penglihatan	sight
penglihatan	vision
pengobatan	treatment
pengolahan	processing
pengorbanan	sacrifice
penguapan	evaporation
penguasa	ruler
penguat kuasa	enforcement officer
penguatan	strengthening
penguatkuasaan	enforcement
pengubahan wang haram	money laundering
pengucilan	exclusion
pengucilan	isolation
penguin	penguin
pengujian	testing
pengukuhan	strengthening
pengukuran	measurement
pengumpan	passer
pengumuman	announcement
pengundi	voter
pengundian	draw
pengunduran	resignation
pengunduran diri	resignation
pengungsi	evacuee
pengungsi	refugee
pengungsian	evacuation
pengungsian	refuge
pengungsian	shelter
pengunjuk rasa	protester
pengunjukrasa	protester
pengunjung	visitor
pengupahan	wages
pengurangan	reduction
pengurus	manager
pengurusan	management
pengusaha	businessman
pengusaha	entrepreneur
pengusiran	eviction
pengusiran	expulsion
peniaga	trader
peniaga	businessman
penilaian	assessment
penimbunan	hoarding
penindasan	oppression
peningkatan	increase
peninjauan	review
peninjauan kembali	case review
penipuan	fraud
penipuan dalam talian	online fraud
penis	penis
penistaan	blasphemy
penistaan agama	blasphemy
penjaga	guard
penjaga	keeper
penjaga gawang	goalkeeper
penjaga gol	goalkeeper
penjahat	criminal
penjajah	colonizer
penjajah	occupier
penjajahan	colonialism
penjajahan	occupation
penjambretan	snatching
penjaminan	guarantee
penjara	prison
penjara	jail
penjara seumur hidup	life imprisonment
penjarahan	looting
penjawat awam	civil servant
penjelajah	explorer
penjelajahan	exploration
penjelasan	explanation
penjemputan	pickup
penjenayah	criminal
penjepit	clamp
penjual	seller
penjualan	sales
penjuru	corner
penolakan	rejection
penonton	audience
penonton	spectator
penopang	pillar
penopang	support
pensil	pencil
pensiun	pension
pensiun	retire
pensiunan	pension
pensiunan	retiree
pensyarah	lecturer
pentagon	Pentagon
pentas	stage
penternak	livestock farmer
penting	important
pentung	club
pentungan	baton
penuaan	aging
penuh	full
penularan	transmission
penulis	author
penulis	writer
penumpang	passenger
penumpasan	crackdown
penumpasan	eradication
penumpukan	accumulation
penumpukan	buildup
penundaan	delay
penundaan	postponement
penunggang	rider
penunjang	supporting
penuntut	prosecutor
penuntut umum	public prosecutor
penurunan	decrease
penurunan	decline
penurunan harga	price cut
penusukan	stabbing
penutupan	closing
penutupan	closure
penutur	speaker
penyadapan	wiretapping
penyair	poet
penyajian	presentation
penyakit	disease
penyakit berjangkit	infectious disease
penyakit jantung	heart disease
penyakit menular	infectious disease
penyakit tidak menular	noncommunicable disease
penyalahgunaan	abuse
penyalahgunaan	misuse
penyalahgunaan narkoba	drug abuse
penyaluran	distribution
penyandang	holder
penyandang	person with
penyandang cacat	disabled person
penyanderaan	hostage taking
penyanderaan	hostage-taking
penyangga	buffer
penyangga	support
penyanyi	singer
penyaringan	filtering
penyaringan	screening
penyata	statement
penyata kewangan	financial statement
penyebab	cause
penyebaran	distribution
penyebaran	spread
penyebarluasan	dissemination
penyeberangan	crossing
penyediaan	provision
penyediaan	preparation
penyegaran	refreshment
penyegaran	reshuffle
penyekat	insulator
penyekat	partition
penyelam	diver
penyelamat	rescuer
penyelamatan	rescue
penyelenggara	organizer
penyelenggaraan	holding
penyelenggaraan	organization
penyelesaian	solution
penyelesaian	settlement
penyelewengan	abuse
penyelewengan	misappropriation
penyelidik	researcher
penyelidikan	research
penyeludupan	smuggling
penyelundup	smuggler
penyelundupan	smuggling
penyembelihan	slaughter
penyembuhan	healing
penyempurnaan	improvement
penyerahan	handover
penyerahan	surrender
penyerang	striker
penyerang	attacker
penyerangan	assault
penyerangan	attack
penyerapan	absorption
penyerbuan	invasion
penyerbuan	raid
penyergapan	ambush
penyerobotan	occupation
penyerobotan	seizure
penyertaan	participation
penyesalan	regret
penyesuaian	adjustment
penyewa	tenant
penyiaran	broadcasting
penyiasat	investigator
penyidik	investigator
penyidikan	investigation
penyihir	witch
penyihir	wizard
penyiksaan	torture
penyimpanan	storage
penyimpangan	deviation
penyimpangan	irregularity
penyisihan	provision
penyisihan	qualification
penyisiran	combing
penyisiran	sweep
penyitaan	confiscation
penyitaan	seizure
penyogokan	bribery
penyok	dented
penyokong	supporter
penyu	turtle
penyuapan	bribery
penyulingan	distillation
penyulingan	refinery
penyuluh	extension worker
penyuluhan	counseling
penyuluhan	extension
penyumbang	contributor
penyumbang	donor
penyumbatan	blockage
penyunting	editor
penyusunan	drafting
penyusunan	preparation
penyusup	infiltrator
penyusupan	infiltration
penyusutan	depreciation
penyusutan	shrinkage
pepatah	proverb
peperangan	war
peperiksaan	examination
per	per
per kapita	per capita
perabot	furniture
perabotan	furniture
peradaban	civilization
peradangan	inflammation
peradilan	judiciary
peradilan	trial
perah	milk
perahu	boat
peraih	winner
perairan	waters
perak	silver
perak	perak
perakitan	assembly
peralatan	equipment
peralihan	transition
peramal	fortune teller
perambahan	encroachment
perampasan	seizure
perampok	robber
perampokan	robbery
peran	role
peranan	role
perancang	designer
perancangan	planning
perancis	france
perang	war
perangkaan	statistics
perangkap	trap
perangkat	device
perangkat	tool
perangkat keras	hardware
perangkat lunak	software
peranti	device
peras	extort
peras	squeeze
perasaan	feeling
perasmian	official opening
peraturan	regulation
peraturan	rule
peraturan pemerintah	government regulation
peraturan presiden	presidential regulation
peratus	percent
peratusan	percentage
perawat	nurse
perawatan	care
perawatan	treatment
perayaan	celebration
perbaikan	improvement
perbaikan	repair
perbandaran	municipal
perbandingan	comparison
perbankan	banking
perbankan islam	islamic banking
perbankan syariah	Islamic banking
perbatasan	border
perbedaan	difference
perbekalan	supplies
perbelanjaan	expenditure
perbelanjaan	spending
perbezaan	difference
perbicaraan	trial
perbincangan	conversation
perbudakan	slavery
perbukitan	hills
perburuan	hunt
perburuan liar	poaching
perburuhan	labor
percakapan	conversation
percaturan	arena
percaya	believe
percaya	trust
percepatan	acceleration
perceraian	divorce
percik	spark
percik	splash
percikan	spark
percikan	splash
percobaan	attempt
percobaan	experiment
percuma	free
percutian	vacation
perda	regional regulation
perdagangan	trade
perdagangan bebas	free trade
perdagangan elektronik	e-commerce
perdagangan manusia	human trafficking
perdagangan orang	human trafficking
perdamaian	peace
perdana	first
perdana	premier
perdana menteri	prime minister
perdata	civil
perdebatan	debate
perebutan	contest
perebutan	struggle
peredaran	circulation
peredaran	trafficking
peregangan	stretching
perekat	adhesive
perekonomian	economy
perekrutan	recruitment
peremajaan	rejuvenation
perempat	quarter
perempat final	quarterfinal
perempatfinal	quarterfinal
perempatfinalis	quarterfinalist
perempuan	female
perempuan	woman
perenang	swimmer
perencanaan	planning
peresmian	inauguration
peretas	hacker
peretasan	hacking
performa	performance
pergantian	change
pergantian	turnover
pergaulan	social life
pergelangan	ankle
pergelangan	wrist
pergerakan	movement
pergeseran	shift
pergi	go
pergolakan	turmoil
pergolakan	upheaval
pergudangan	warehousing
pergulatan	struggle
perguruan tinggi	college
perguruan tinggi	university
perhati	attention
perhatian	attention
perhelatan	event
perhentian	stop
perhentian	station
perhiasan	jewelry
perhimpunan	association
perhitungan	calculation
peri	fairy
perihal	regarding
perikanan	fishery
periklanan	advertising
periksa	check
periksa	examine
perilaku	behavior
perinci	detail
perincian	breakdown
perincian	details
perindustrian	industrial
peringatan	commemoration
peringatan	warning
peringatan dini	early warning
peringkat	rank
peringkat	rating
perintah	command
perintah	order
perintis	pioneer
periode	period
perisai	shield
periset	researcher
perisian	software
peristiwa	event
peritel	retailer
perizinan	licensing
perjalanan	journey
perjalanan	trip
perjanjian	agreement
perjanjian perdagangan	trade agreement
perjuangan	struggle
perjudian	gambling
perkabungan	mourning
perkakas	tools
perkakas	utensils
perkakasan	hardware
perkampungan	settlement
perkantoran	office
perkara	article
perkara	matter
perkara	thing
perkasa	mighty
perkawinan	marriage
perkebunan	plantation
perkelahian	fight
perkemahan	camp
perkembangan	development
perkembangbiakan	breeding
perkembangbiakan	reproduction
perkenalan	introduction
perkeso	social security organisation
perkhidmatan	service
perkhidmatan awam	civil service
perkilangan	manufacturing
perkiraan	estimate
perkiraan	forecast
perkosa	rape
perkosaan	rape
perkotaan	urban
perkreditan	credit
perladangan	plantation
perlahan	slow
perlahan-lahan	slowly
perlambatan	slowdown
perlawanan	match
perlawanan akhir	final
perlembagaan	constitution
perlembagaan persekutuan	federal constitution
perlengkapan	equipment
perlindungan	protection
perlindungan saksi	witness protection
perlis	perlis
perlombaan	competition
perlombaan	race
perlu	need
perlu	must
perluasan	expansion
perlucutan	disarmament
perlucutan senjata	disarmament
perlumbaan	race
permai	beautiful
permainan	game
permainan	play
permaisuri	queen
permanen	permanent
permasalahan	problem
permata	gem
permata	jewel
permen	candy
permen	ministerial regulation
permintaan	demand
permintaan	request
permintaan maaf	apology
perminyakan	petroleum
permodalan	capital
permodalan nasional berhad	national equity corporation
permohonan	application
permukaan	surface
permukiman	settlement
permusuhan	hostility
pernafasan	breathing
pernafasan	respiration
pernah	ever
pernah	once
pernapasan	breathing
pernapasan	respiration
perniagaan	business
pernikahan	marriage
pernikahan	wedding
pernyataan	statement
perokok	smoker
peroksida	peroxide
perolehan	revenue
perolehan	procurement
perombakan	overhaul
perombakan	reshuffle
perombakan kabinet	cabinet reshuffle
perompak	robber
perompakan	piracy
perorangan	individual
perpaduan	unity
perpajakan	taxation
perpanjangan	extension
perpecahan	division
perpecahan	split
perpindahan	migration
perpindahan	transfer
perppu	government regulation in lieu of law
perpres	presidential regulation
perpu	government regulation in lieu of law
perpuluhan	decimal
perpuluhan	point
perpustakaan	library
pers	press
persahabatan	friendship
persaingan	competition
persaingan usaha	business competition
persalinan	childbirth
persamaan	similarity
persaraan	retirement
persatuan	association
persawahan	rice fields
persediaan	stock
persediaan	supply
persefahaman	understanding
persegi	square
persekongkolan	conspiracy
persekutuan	federation
persekutuan	federal
perselingkuhan	affair
perselisihan	dispute
persemaian	nursery
persemakmuran	commonwealth
persembahan	offering
persembunyian	hiding place
persendian	joints
persenjataan	armament
persepsi	perception
perseratus	hundredth
perserikatan	association
perserikatan	union
perserikatan bangsa-bangsa	United Nations
persero	company
perseroan	company
perseroan	corporation
perseroan terbatas	limited company
perseteruan	dispute
perseteruan	feud
persetujuan	agreement
persetujuan	approval
persia	Persian
persiapan	preparation
persidangan	conference
persilangan	crossbreeding
persilangan	crossing
persimpangan	intersection
persinggahan	stopover
persis	exactly
persistensi	persistence
persneling	gear
persoalan	issue
persoalan	problem
personal	personal
personel	personnel
personil	personnel
perspektif	perspective
persyaratan	requirement
pertahanan	defence
pertahanan tengah	centre-back
pertalite	gasoline
pertama	first
pertama-tama	first of all
pertamakali	first time
pertamakalinya	first time
pertamax	gasoline
pertambangan	mining
pertamina	Pertamina
pertanahan	land
pertanda	sign
pertandingan	game
pertandingan	match
pertanian	agriculture
pertanyaan	question
pertanyaan	enquiry
pertarungan	bout
pertarungan	fight
pertempuran	battle
pertemuan	meeting
pertengahan	mid
pertengahan	middle
pertengkaran	quarrel
pertikaian	conflict
pertikaian	dispute
pertimbangan	consideration
pertolongan	aid
pertolongan	help
pertolongan pertama	first aid
pertubuhan	organisation
pertubuhan bangsa-bangsa bersatu	united nations
pertubuhan keselamatan sosial	social security organisation
pertubuhan kesihatan sedunia	world health organisation
pertuduhan	charge
pertukaran	exchange
pertumbuhan	growth
pertumbuhan ekonomi	economic growth
pertumpahan darah	bloodshed
pertunangan	engagement
pertunjukan	performance
pertunjukan	show
peru	Peru
perubahan	change
perubahan iklim	climate change
perubatan	medical
perubatan	medicine
perumahan	housing
perumusan	formulation
perunding	negotiator
perundingan	negotiations
perundingan	talks
perundungan	bullying
perunggu	bronze
peruntukan	allocation
peruntukan	provision
perusahaan	company
perusahaan	firm
perusahaan induk	holding company
perusahaan kecil dan sederhana	small and medium enterprises
perusahaan rintisan	startup
perusahaan teknologi	tech company
perusahan	company
perusak	destroyer
perusakan	destruction
perusakan	vandalism
perusuh	rioter
perut	belly
perut	stomach
perwakilan	delegation
perwakilan	representative
perwira	officer
pesakit	patient
pesan	message
pesan	order
pesanan	order
pesangon	severance pay
pesantren	Islamic boarding school
pesara	retiree
pesat	rapid
pesawah	rice farmer
pesawat	aircraft
pesawat	plane
pesawat nirawak	drone
pesawat ulang-alik	space shuttle
pesenam	gymnast
pesepak bola	footballer
pesepakbola	footballer
peserta	participant
pesiar	cruise
pesimis	pessimistic
pesimisme	pessimism
pesisir	coast
peso	peso
pesohor	celebrity
pesona	charm
pesta	party
pestisida	pesticide
pesuruhjaya	commissioner
pesuruhjaya tinggi	high commissioner
peta	map
petaling jaya	petaling jaya
petambak	fish farmer
petang	afternoon
petang	evening
petani	farmer
petarung	fighter
petasan	firecracker
petenis	tennis player
peternak	breeder
peternak	farmer
peternakan	livestock farming
peti	box
peti	chest
peti mati	coffin
peti undi	ballot box
petik	pick
petinggi	senior official
petinju	boxer
petir	lightning
petisi	petition
petrokimia	petrochemical
petrol	petrol
petroleum	petroleum
petronas	petronas
petualangan	adventure
petugas	officer
petunjuk	clue
petunjuk	guidance
pewaris	heir
peziarah	pilgrim
phk	layoff
piagam	charter
piala	cup
piala dunia	world cup
pialang	broker
piara	raise
piaraan	pet
piawai	skilled
pickup	pickup
picu	trigger
pidana	criminal
pidato	speech
pigmen	pigment
pihak	party
pihak	side
pihak berkuasa	authorities
pihak berkuasa tempatan	local authority
pijak	step
pijakan	foothold
pijar	glow
pikat	attract
pikir	think
pikiran	mind
pikiran	thought
piksel	pixel
pikul	carry
pil	pill
pilah	sort
pilar	pillar
pilek	cold
pilih	choose
pilih	elect
pilihan	choice
pilihan	option
pilihan raya	election
pilihan raya kecil	by-election
pilihan raya negeri	state election
pilihan raya umum	general election
pilot	pilot
pimpin	lead
pimpinan	leader
pimpinan	leadership
pin	pin
pinang	areca nut
pincang	lame
pindaan	amendment
pindah	move
pindai	scan
pingat	medal
pingat emas	gold medal
pingat gangsa	bronze medal
pingat perak	silver medal
pinggang	waist
pinggir	edge
pinggir	side
pinggiran	outskirts
pinggiran	suburb
pinggul	hip
pingsan	faint
pinjam	borrow
pinjaman	loan
pinjaman online	online loan
pinjaman perumahan	housing loan
pinjol	online loan
pinta	request
pintar	clever
pintar	smart
pintas	short
pintu	door
pintu masuk	entry point
pinus	pine
pipa	pipe
pipi	cheek
pipih	flat
pipit	sparrow
piranha	piranha
piranti	device
piring	plate
pirolisis	pyrolysis
pisah	separate
pisang	banana
pisau	knife
pistol	pistol
pita	band
pita	ribbon
pita lebar	broadband
pixel	pixel
pizza	pizza
pjj	distance learning
pkh	family hope program
pkl	street vendor
pks	small and medium enterprises
place	place
plakat	plaque
plan	plan
planet	planet
plasebo	placebo
plasma	plasma
plastik	plastic
platform	platform
playmaker	playmaker
playoff	playoff
plaza	plaza
plaza tol	toll plaza
pledoi	plea
pln	state electricity company
plta	hydropower plant
pltd	diesel power plant
pltp	geothermal power plant
plts	solar power plant
pltu	coal power plant
plus	plus
plutonium	plutonium
pm	prime minister
pma	foreign investment
pmdn	domestic investment
pmi	Red Cross
pmi	migrant worker
pnb	national equity corporation
pneumonia	pneumonia
podium	podium
pohon	tree
poin	point
point	point
points	points
pojok	corner
pokok	main
pokok	principal
pokoknya	basically
pola	pattern
poland	poland
polantas	traffic police
polarisasi	polarization
polietilena	polyethylene
polimer	polymer
polio	polio
polis	police
polis asuransi	insurance policy
polis diraja malaysia	royal malaysian police
polisi	policy
politeknik	polytechnic
politik	political
politik	politics
politikus	politician
politis	political
politisi	politician
polos	innocent
polos	plain
polresta	city police
polusi	pollution
polusi udara	air pollution
polutan	pollutant
polwan	policewoman
pom bensin	gas station
pompa	pump
pon	pound
pondasi	foundation
pondok	hut
pondok	lodge
pondok pesantren	Islamic boarding school
pontianak	Pontianak
pop	pop
popular	popular
populariti	popularity
populasi	population
populer	popular
pori	pore
pornografi	pornography
poros	axis
porsi	portion
port	port
portal	portal
portofolio	portfolio
portugal	portugal
pos	item
pos	post
pose	pose
posisi	position
positif	positive
positip	positive
posko	command post
posko	post
poster	poster
posyandu	integrated health post
potasium	potassium
potensi	potential
potensial	potential
potong	cut
potongan	cut
potongan	piece
potret	portrait
pound	pound
poundsterling	pound sterling
power	power
pp	government regulation
ppdb	school admission
pph	income tax
ppn	VAT
pps	relief centre
pra	pre
prabayar	prepaid
pragmatis	pragmatic
praha	Prague
prajurit	soldier
prakarsa	initiative
prakira	forecast
prakiraan	forecast
prakiraan cuaca	weather forecast
praktik	practice
praktis	practical
praktisi	practitioner
pramugara	flight attendant
pramugari	flight attendant
pramuka	scout
pramuniaga	shop assistant
praperadilan	pretrial
prasangka	prejudice
prasarana	infrastructure
prasejarah	prehistoric
prasekolah	preschool
prasyarat	prerequisite
predator	predator
predikat	predicate
predikat	title
prediksi	prediction
prefektur	prefecture
prekursor	precursor
premi	premium
premium	premium
presentasi	presentation
presenter	presenter
presiden	president
presiden pengarah	president director
presidium	presidium
presisi	precision
prestasi	achievement
pria	male
pria	man
pribadi	personal
pribadi	private
pribumi	indigenous
pribumi	native
prihatin	concerned
prihatin	caring
prilaku	behavior
prima	prime
primadona	favorite
primadona	star
primata	primate
primer	primary
primitif	primitive
prinsip	principle
printer	printer
prioriti	priority
privasi	privacy
privatisasi	privatization
prix	prix
pro	pro
pro-pemerintah	pro-government
proaktif	proactive
problem	problem
prodemokrasi	pro-democracy
prodi	study program
produk	product
produk domestik bruto	gross domestic product
produksi	production
produktif	productive
produktiviti	productivity
produsen	producer
profesi	profession
profesional	professional
profesor	professor
professional	professional
profil	profile
profitabiliti	profitability
prognosis	prognosis
program	programme
program studi	study program
progresif	progressive
projek	project
projek mega	mega project
prokes	health protocol
proklamasi	proclamation
proliferasi	proliferation
prolog	prologue
promo	promo
promosi	promotion
propaganda	propaganda
properti	property
propinsi	province
propolis	propolis
proporsi	proportion
proporsional	proportional
proposal	proposal
prosedur	procedure
prosedur operasi standard	standard operating procedure
proses	process
prosesor	processor
prospek	prospect
prostat	prostate
prostitusi	prostitution
protein	protein
proteksi	protection
protektif	protective
protes	protest
protestan	Protestant
protokol	protocol
protokol kesihatan	health protocol
proton	proton
prototip	prototype
prototipe	prototype
provider	provider
provinsi	province
provokasi	provocation
provokatif	provocative
provokator	provocateur
proyeksi	projection
proyektil	projectile
proyektor	projector
psikiater	psychiatrist
psikolog	psychologist
psikologi	psychology
psikologis	psychological
psikopat	psychopath
ptptn	national higher education fund
puas	satisfied
puasa	fast
puasa	fasting
public	public
publik	public
publikasi	publication
pucuk	shoot
pucuk	tip
pudar	fade
puing	debris
puing	rubble
puing-puing	debris
puing-puing	rubble
puisi	poem
puisi	poetry
puja	worship
pujangga	poet
puji	praise
pujian	praise
pukat	trawl net
pukau	mesmerize
pukul	hit
pukul	o'clock
pukulan	blow
pukulan	punch
pula	also
pulang	go home
pulang	return
pulau	island
pulau pinang	penang
pulih	recover
pulpen	pen
pulsa	credit
pulsa	pulse
puluh	ten
puluhan	dozens
puluhan	tens
pun	also
pun	even
punah	extinct
punca	cause
puncak	peak
puncak	summit
pundak	shoulder
punggung	back
pungli	illegal levy
pungut	collect
pungutan	levy
pungutan liar	illegal levy
puntung	butt
puntung	stub
punuk	hump
punya	have
pupuk	fertilizer
pupus	dashed
pupus	faded
pura	temple
pura-pura	pretend
purata	average
purba	ancient
purba	prehistoric
purbakala	ancient
purbakala	archaeological
pusar	navel
pusaran	vortex
pusaran	whirlpool
pusat	centre
pusat belanja	shopping center
pusat data	data centre
pusat gempa	epicenter
pusat pemindahan sementara	temporary relief centre
pusat perbelanjaan	shopping center
pusingan	round
puskesmas	community health center
puskesmas	health center
pustaka	library
putar	rotate
putar	turn
putaran	lap
putaran	round
putera	prince
putera	son
putih	white
puting	nipple
puting beliung	tornado
putra	prince
putra	son
putrajaya	putrajaya
putri	daughter
putri	princess
putus	break
putus	decide
putus asa	despair
putus asa	hopeless
putus-asa	desperate
putusan	ruling
putusan	verdict
puzzle	puzzle
pyongyang	Pyongyang
qatar	qatar
quick	quick
quo	quo
quran	Quran
r&d	research and development
rabies	rabies
rabu	wednesday
rabun	nearsighted
racik	mix
racikan	mixture
racun	poison
racun perosak	pesticide
radang	inflammation
radang paru-paru	pneumonia
radar	radar
radiasi	radiation
radikal	radical
radikalisasi	radicalization
radikalisme	radicalism
radio	radio
radioaktif	radioactive
radioaktiviti	radioactivity
radioterapi	radiotherapy
radius	radii
radius	radius
raga	body
ragam	variety
ragi	yeast
ragu	doubt
ragu-ragu	hesitant
rahang	jaw
rahasia	secret
rahim	womb
raih	achieve
raih	reach
raja	king
raja-raja melayu	malay rulers
rajalela	rampant
rajin	diligent
rak	rack
rak	shelf
raket	racket
rakit	assemble
rakit	raft
rakitan	assembled
rakitan	homemade
raksasa	giant
raksasa teknologi	tech giant
rakus	greedy
rakyat	people
rakyat	citizen
ramadan	ramadan
ramadhan	Ramadan
ramah	friendly
ramah lingkungan	eco-friendly
ramah lingkungan	environmentally friendly
ramai	many
ramai	crowd
ramal	predict
ramalan	forecast
ramallah	Ramallah
rambah	encroach
rambat	creep
rambu	sign
rambu-rambu	guidelines
rambu-rambu	signs
rambut	hair
rambutan	rambutan
rampas	seize
ramping	lean
ramping	slim
rampok	rob
rampung	finished
rancang	design
rancangan	plan
rancangan	programme
rancangan malaysia	malaysia plan
rancangan undang-undang	bill
rancu	ambiguous
rancu	confused
rang undang-undang	bill
rangka	frame
rangkai	string
rangkaian	network
rangkaian 5g	5g network
rangkak	crawl
rangkul	embrace
rangkum	summarize
rangkuman	summary
rangsang	stimulate
rangsangan	stimulus
ranjang	bed
ranjau	mine
ranjau darat	landmine
ranking	ranking
ransel	backpack
rantai	chain
rantai blok	blockchain
rantai pasok	supply chain
rantaian bekalan	supply chain
rantau	region
ranting	twig
rapat	meeting
rapat	tight
rapat umum pemegang saham	general shareholders meeting
rapi	neat
rapi	tidy
rapor	report card
rapuh	fragile
ras	race
rasa	feeling
rasa	taste
rasial	racial
rasio	ratio
rasional	rational
rasis	racist
rasisme	racism
rasmi	official
rasuah	corruption
rasuah	bribery
rasuk	possess
rata	even
rata	flat
rata dengan tanah	razed
rata-rata	average
rate	rate
ratifikasi	ratification
rating	rating
ratu	queen
ratus	hundred
ratusan	hundreds
raup	scoop
rawa	swamp
rawan	prone
rawan	vulnerable
rawat	care
rawat inap	inpatient
rawat jalan	outpatient
rawatan	treatment
rawit	bird's eye chili
raya	great
raya	highway
rayap	termite
rayu	coax
rayuan	appeal
razia	raid
reaksi	reaction
reaktif	reactive
reaktor	reactor
realisasi	realization
realisme	realism
realistis	realistic
realita	reality
realiti	reality
rebak	spread
reboisasi	reforestation
rebound	rebound
rebus	boil
rebusan	boiled
rebut	seize
red	red
reda	subside
redaksi	editorial
redaksi	editors
redam	dampen
redistribusi	redistribution
reduksi	reduction
redup	dim
referendum	referendum
referensi	reference
refleks	reflex
refleksi	reflection
reformasi	reform
reformis	reformist
regang	stretch
regional	regional
register	register
registrasi	registration
regu	squad
regu	team
regulasi	regulation
reguler	regular
rehab	rehabilitation
rehabilitasi	rehabilitation
rejeki	fortune
rejeki	livelihood
rejim	regime
rekam	record
rekaman	footage
rekaman	recording
rekan	colleague
rekan	partner
rekan sejawat	colleague
rekat	stick
rekayasa	engineering
rekayasa genetika	genetic engineering
rekening	account
rekod	record
rekombinan	recombinant
rekomendasi	recommendation
rekonsiliasi	reconciliation
rekonsilisasi	reconciliation
rekonstruksi	reconstruction
rekor	record
rekreasi	recreation
rekrut	recruit
reksa	mutual
reksa dana	mutual fund
reksadana	mutual fund
rektor	rector
rel	rail
rel	track
rela	willing
relatif	relative
relawan	volunteer
relevan	relevant
relevansi	relevance
reli	rally
religius	religious
relokasi	relocation
rem	brake
remaja	teenager
remaja	youth
reman	remand
rembes	seep
remeh	trivial
remisi	remission
rempah	spice
rempah-rempah	spices
remuk	crushed
renang	swimming
rencana	plan
rendah	low
rendam	soak
renggang	loose
renggang	strained
renggut	snatch
renik	microscopic
renminbi	renminbi
renovasi	renovation
rentan	vulnerable
rentang	range
rentang	span
rentenir	loan shark
rentet	series
rentetan	series
rentetan	string
renung	reflect
renyah	crispy
repatriasi	repatriation
replik	reply
reporter	reporter
repot	busy
repot	troublesome
representasi	representation
reproduksi	reproduction
reptil	reptile
reptilia	reptile
republik	republic
republik ceko	Czech Republic
republik rakyat china	people's republic of china
reputasi	reputation
reruntuhan	rubble
reruntuhan	ruins
resah	restless
resah	uneasy
resap	absorb
resep	prescription
resep	recipe
reseptor	receptor
reserve	reserve
resesi	recession
reshuffle	reshuffle
residu	residue
resiko	risk
resin	resin
resmi	official
resolusi	resolution
resort	resort
resources	resources
respirasi	respiration
respon	response
responden	respondent
respons	response
responsif	responsive
restitusi	restitution
resto	restaurant
restoran	restaurant
restrukturisasi	restructuring
restrukturisasi hutang	debt restructuring
restu	blessing
resume	summary
retak	crack
retak	cracked
retakan	crack
retas	hack
retina	retina
retorika	rhetoric
reuni	reunion
review	review
revisi	revision
revitalisasi	revitalization
revolusi	revolution
revolusioner	revolutionary
rezeki	fortune
rezeki	livelihood
rezim	regime
rhodopsin	rhodopsin
riak	ripple
riau	Riau
ribet	complicated
ribu	thousand
ribuan	thousands
ribut	storm
ribut petir	thunderstorm
ricuh	chaotic
riil	real
rilis	release
rimbun	lush
rinci	detailed
rincian	details
rindang	shady
rindu	long
rindu	miss
ring	ring
ringan	light
ringgit	ringgit
ringkas	concise
ringkasan	summary
rintang	obstacle
rintangan	obstacle
rintis	pioneer
rintisan	pioneering
risalah	minutes
risalah	treatise
risau	worried
riset	research
riset dan pengembangan	research and development
risiko	risk
ritel	retail
ritme	rhythm
ritsleting	zipper
ritual	ritual
rival	rival
riwayat	history
riwayat	record
riyadh	Riyadh
rizab	reserve
rizab antarabangsa	international reserves
rob	tidal flood
robek	tear
roboh	collapse
robot	robot
robotik	robotic
robotika	robotics
roda	wheel
rogoh	reach into
rogol	rape
rohingya	Rohingya
rok	skirt
roket	rocket
rokok	cigarette
roma	Rome
romantis	romantic
rombong	group
rombongan	entourage
rombongan	group
rompakan	robbery
rompi	vest
ronda	patrol
ronde	round
rongga	cavity
rongrong	undermine
rontok	fall out
rookie	rookie
rosak	damaged
rosak	broken
rotan	rattan
roti	bread
rotor	rotor
royalti	royalty
rp	Rp
rp	rupiah
rsud	regional hospital
ruah	abundant
ruang	room
ruang	space
ruang angkasa	outer space
ruang isolasi	isolation ward
ruang kelas	classroom
ruang lingkup	scope
ruangan	room
ruas	section
ruas	segment
rubah	fox
rubel	ruble
rubela	rubella
rubidium	rubidium
rudal	missile
rugbi	rugby
rugi	loss
rujuk	refer
rujukan	reference
rujukan	referral
ruko	shophouse
rukun tetangga	neighborhood unit
rukun warga	community unit
rumah	house
rumah mampu milik	affordable house
rumah pangsa	flat
rumah sakit umum	general hospital
rumah tahanan	detention center
rumah tangga	household
rumahsakit	hospital
rumania	Romania
rumit	complicated
rumor	rumor
rumpun	clump
rumpun	family
rumput	grass
rumus	formula
rumusan	formulation
runding	negotiate
rundingan	negotiation
rundung	beset
runner-up	runner-up
runtuh	collapse
rupa	appearance
rupa	form
rupee	rupee
rupiah	rupiah
rups	shareholders meeting
rusak	broken
rusak	damaged
rusak berat	heavily damaged
rusak ringan	lightly damaged
rusia	russia
rusuh	riot
rusuk	rib
rusun	flats
rutan	detention center
rute	route
rutin	routine
rutiniti	routine
ruu	bill
rwanda	Rwanda
saat	second
saat	moment
sabah	sabah
sabang	Sabang
sabar	patient
sabda	saying
sabda	word
sabet	whip
sabet	win
sabit	crescent
sabit	sickle
sabitan	conviction
sabotase	sabotage
sabtu	saturday
sabu	methamphetamine
sabu-sabu	methamphetamine
sabuk	belt
sabun	soap
sabut	husk
sadap	tap
sadar	aware
sadar	conscious
safari	safari
sagu	sago
sah	legal
sah	valid
sahabat	friend
sahaja	only
sahaja	just
saham	share
saham	stock
sahara	Sahara
saing	compete
saing	competitive
saing	competitiveness
saingan	rival
sains	science
saintis	scientist
saiz	size
saji	serve
saking	so much
sakit	sick
sakit	pain
sakit jantung	heart disease
sakit kepala	headache
saklar	switch
sakral	sacred
saksi	witness
saksi ahli	expert witness
saksi kunci	key witness
saksi mata	eyewitness
sakti	powerful
saku	pocket
salad	salad
salah	one
salah	wrong
salah guna kuasa	abuse of power
salak	snake fruit
salam	greeting
salat	prayer
saldo	balance
sale	sale
sales	sales
salin	copy
salinan	copy
saling	each other
saling	mutually
salju	snow
salmon	salmon
salur	channel
saluran	channel
saluran kemih	urinary tract
sama	same
saman	summons
saman	fine
samar	vague
samarinda	Samarinda
sambal	chili sauce
sambar	snatch
sambar	strike
sambil	while
sambung	connect
sambungan	connection
sambut	welcome
sambutan	celebration
sambutan	response
samoa	Samoa
sampah	rubbish
sampah	garbage
sampah plastik	plastic waste
sampai	arrive
sampai	until
sampan	canoe
sampel	sample
samping	side
sampul	cover
samudera	ocean
samudera hindia	Indian Ocean
samudera pasifik	Pacific Ocean
samudra	ocean
samudra atlantik	Atlantic Ocean
samudra hindia	Indian Ocean
samudra pasifik	Pacific Ocean
samun	robbery
sana	there
sandal	sandal
sandar	lean
sandera	hostage
sandi	code
sandi	password
sandung	stumble
sangat	very
sanggah	refute
sanggahan	rebuttal
sanggup	able
sanggup	capable
sangka	suspect
sangkal	deny
sangkar	cage
sangkut	concern
sangsi	doubt
sanitasi	sanitation
sanksi	sanction
santa	saint
santai	relaxed
santap	eat
santri	Islamic student
santun	polite
santunan	compensation
saos	sauce
sapa	greet
sapaan	greeting
sapi	cattle
sapi	cow
sapi perah	dairy cow
sapu	broom
sar	search and rescue
sara	ethnicity
sara	race
sara hidup	living
saraf	nerve
saran	advice
saran	suggestion
sarana	facility
sarana	means
sarang	nest
sarapan	breakfast
sarat	full
sarat	laden
sarawak	sarawak
saring	filter
sarjan	sergeant
sarjana	bachelor
sarjana	graduate
sarung	sarong
sarung	sheath
sasana	gym
sasar	target
sasaran	target
sastra	literature
sastrawan	writer
sate	satay
satelit	satellite
satgas	task force
satpol pp	civil service police
satu	one
satu-satunya	only
satuan	unit
satwa	animal
satwa	wildlife
satwa dilindungi	protected animal
satwa langka	endangered species
satwa liar	wildlife
saudagar	merchant
saudara	brother
saudara	sibling
saudara-saudari	brothers and sisters
saudari	sister
saudi	Saudi
saung	hut
saus	sauce
sawah	rice field
sawah padi	paddy field
sawi	mustard greens
sawit	oil palm
saya	I
saya	me
sayang	dear
sayang	love
sayang	pity
sayangnya	unfortunately
sayap	wing
sayap kanan	right wing
sayap kiri	left wing
sayap-kanan	right wing
sayap-kiri	left wing
sayat	slice
sayur	vegetable
sayur mayur	vegetables
sayuran	vegetables
scam	scam
sd	elementary school
sdn bhd	private limited company
seafood	seafood
seakan	as if
seandainya	if
sebab	reason
sebab	cause
sebagai	as
sebagaimana	as
sebagian	part
sebagian	some
sebagian besar	majority
sebagian besar	most
sebahagian	part
sebahagian	some
sebahagian besar	most
sebal	annoyed
sebaliknya	conversely
sebanding	comparable
sebanyak	as many as
sebar	spread
sebarang	any
sebatan	whipping
sebaya	peer
sebelah	next to
sebelah	side
sebelas	eleven
sebelum	before
sebelumnya	before
sebelumnya	previously
sebenarnya	actually
sebentar	briefly
sebentar	moment
seberang	opposite
seberapa	how much
sebesar	amounting
sebesar	as much as
sebetulnya	actually
sebuah	a
sebuah	one
sebulan	a month
sebulan	per month
sebut	call
sebut	mention
sebutir	a grain
secangkir	a cup
secara	by way
secara	in a manner
secara keseluruhan	overall
secara umum	generally
secepat mungkin	as soon as possible
sedan	sedan
sedang	currently
sedang	moderate
sedangkan	whereas
sedangkan	while
sedap	delicious
sedari	since
sedekad	a decade
sedekah	alms
sederhana	simple
sedia	ready
sediakala	as before
sedih	sad
sedikit	few
sedikit	little
sedikit-dikitnya	at least
sedikitnya	at least
sedimen	sediment
sedini	as early as
sedini mungkin	as early as possible
sedot	suck
sedunia	worldwide
seekor	a
seekor	one
segala	all
segala	every
segalanya	everything
segan	reluctant
segan	respect
segar	fresh
segel	seal
segelintir	a handful
segera	immediately
segera	soon
segi	aspect
segi	side
segitiga	triangle
segmen	segment
segudang	lots
sehari	a day
sehari	per day
sehari-hari	daily
sehari-hari	everyday
seharusnya	should
sehelai	a sheet
sehingga	until
sehingga	up to
sehubungan	in connection
seimbang	balanced
seiring	along with
seismik	seismic
sejahtera	prosperous
sejajar	parallel
sejak	since
sejam	an hour
sejam	per hour
sejarah	history
sejati	genuine
sejati	true
sejauh	as far
sejawat	colleague
sejenak	a moment
sejenis	similar
sejujurnya	honestly
sejuk	cool
sejumlah	a number of
sejumlah	an amount of
sejuta	million
sekadar	just
sekadar	merely
sekali	once
sekali	very
sekali gus	at once
sekali gus	simultaneously
sekaligus	at once
sekaligus	simultaneously
sekalipun	even if
sekalipun	even though
sekap	confine
sekarang	now
sekarat	dying
sekat	partition
sekedar	just
sekedar	merely
sekejap	instant
sekejap	moment
sekeliling	around
sekelompok	group
sekembalinya	upon return
seken	secondhand
seketika	instantly
sekian	so many
sekilas	at a glance
sekira	about
sekiranya	if
sekitar	around
sekitar	about
sekitarnya	surrounding
sekjen	secretary general
sekolah	school
sekolah agama	religious school
sekolah jenis kebangsaan	national-type school
sekolah kebangsaan	national school
sekolah menengah	secondary school
sekolah menengah kejuruan	vocational high school
sekolah rendah	primary school
sekongkol	conspire
sekonyong-konyong	suddenly
sekop	shovel
sekretariat	secretariat
seks	sex
seksama	thorough
seksual	sexual
seksyen	section
sektarian	sectarian
sektor	sector
sektor awam	public sector
sektor swasta	private sector
sekuens	sequence
sekuler	secular
sekunder	secondary
sekurang-kurangnya	at least
sekuriti	securities
sekuriti	security
sekutu	ally
sel	cell
sela	gap
selagi	while
selai	jam
selain	apart from
selain	besides
selain itu	besides
selain itu	moreover
selaku	as
selalu	always
selalu	often
selam	dive
selama	during
selama	for
selamanya	forever
selamat	safe
selancar	surf
selandia baru	New Zealand
selang	hose
selang	interval
selangor	selangor
selanjutnya	further
selanjutnya	next
selaput	membrane
selaras	in harmony
selasa	tuesday
selat malaka	Strait of Malacca
selat melaka	strait of malacca
selatan	south
selebaran	leaflet
selebriti	celebrity
seleksi	selection
selektif	selective
selenggara	organize
selepas	after
selera	appetite
selera	taste
selesai	done
selesai	finish
selesema	flu
selesema	cold
selewat-lewatnya	at the latest
seleweng	deviate
selidik	investigate
selimut	blanket
selinap	slip
selingkuh	affair
selingkuh	cheat
selip	slip
selisih	difference
selisih	margin
seluas	as wide
selubung	shroud
seludup	smuggle
seluk-beluk	ins and outs
seluler	cellular
selundup	smuggle
seluruh	entire
seluruh	whole
seluruh negara	nationwide
selusin	a dozen
semacam	a kind of
semai	sow
semak	bush
semak	shrub
semakan	review
semakan	check
semakin	increasingly
semakin	more
semalam	yesterday
semangat	enthusiasm
semangat	spirit
semangka	watermelon
semarang	Semarang
semasa	during
semasa	while
semasa	current
semata	merely
semata-mata	solely
sematkan	pin
semayam	reside
sembah	worship
sembako	basic necessities
sembarang	any
sembarang	random
sembarangan	carelessly
sembari	while
sembelih	slaughter
sembilan	nine
sembilan belas	nineteen
sembilan puluh	ninety
sembrono	reckless
sembuh	heal
sembuh	recover
sembunyi	hide
sembur	spray
semburan	burst
semburan	eruption
semen	cement
semenanjung	peninsula
semenanjung malaysia	peninsular malaysia
semenjak	since
sementara	meanwhile
sementara	temporary
sementara	while
sementara itu	meanwhile
semesta	universe
semester	semester
semestinya	should
semi	semi
semi-final	semifinal
semifinal	semifinal
semifinalis	semifinalist
semikonduktor	semiconductor
semiliar	billion
seminar	seminar
seminggu	a week
seminggu	per week
semoga	hopefully
sempadan	border
sempat	have time
sempat	manage
sempit	narrow
semprot	spray
semprotan	spray
sempurna	perfect
semrawut	chaotic
semu	apparent
semu	pseudo
semua	all
semuanya	all
semuanya	everything
semula	initially
semula	original
semut	ant
sen	cent
senada	in tune
senada	similar
senam	gymnastics
senang	easy
senang	happy
senantiasa	always
senapan	gun
senapan	rifle
senarai	list
senat	senate
senator	senator
sendat	stall
sendi	joint
sendiri	self
sendiri	own
sendirian	alone
sendok	spoon
senegal	Senegal
seng	zinc
sengaja	deliberately
sengat	sting
sengatan	sting
sengit	fierce
sengketa	dispute
sengsara	misery
sengsara	suffer
seni	art
senilai	worth
seniman	artist
senior	senior
senja	dusk
senjang	gap
senjata	weapon
senjata api	firearm
sensasi	sensation
sensitif	sensitive
sensor	censor
sensor	sensor
sensus	census
senter	flashlight
sentiasa	always
sentimen	sentiment
sentimeter	centimeter
sentral	central
sentralisasi	centralization
sentrifuga	centrifuge
sentrifugal	centrifuge
sentuh	touch
sentuhan	touch
senyawa	compound
senyum	smile
senyuman	smile
seolah	as if
seorang	a person
seorang	one
seoul	Seoul
sepadan	commensurate
sepak	kick
sepak takraw	sepak takraw
sepakat	agree
sepanjang	throughout
sepanjang	along
sepanyol	spain
separasi	separation
separatis	separatist
separatisme	separatism
separuh	half
separuh akhir	semi-final
sepasang	a pair
sepatu	shoe
sepatutnya	properly
sepekan	a week
sepele	trivial
sepenggal	fragment
sepenuh	full
sepenuhnya	completely
sepenuhnya	fully
seperempat	quarter
seperti	like
seperti	such as
sepertiga	one third
sepertiga	third
sepertinya	it seems
sepi	lonely
sepi	quiet
sepintas	at a glance
seprai	bed sheet
september	september
sepuh	elder
sepuluh	ten
sepupu	cousin
seputar	about
seputar	around
serabi	pancake
seragam	uniform
serah	hand over
serakah	greedy
seram	scary
seramai	a total of
serambi	porch
serambi	veranda
serang	attack
serangan	attack
serangan jantung	heart attack
serangan siber	cyberattack
serangga	insect
serangkaian	a series of
serantau	regional
serap	absorb
serasa	feel like
serat	fiber
serat optik	optical fiber
seratus	hundred
seratus	one hundred
seraya	while
serba	all
serbia	Serbia
serbu	raid
serbu	storm
serbuan	invasion
serbuan	raid
serbuk	powder
serdadu	soldier
seremonial	ceremonial
serentak	simultaneous
seret	drag
sergap	ambush
seri	draw
serial	serial
serial	series
seribu	one thousand
seribu	thousand
sering	often
seringkali	often
serius	serious
serobot	grab
serpih	chip
serpihan	fragment
serpihan	shard
sersan	sergeant
serta	along with
serta	and
serta merta	immediately
serta-merta	immediately
sertifikasi	certification
sertifikat	certificate
seru	call
seru	exciting
seruan	call
seruling	flute
serupa	similar
server	server
service	service
services	services
servis	service
sesaat	brief
sesaat	moment
sesak	crowded
sesak	tight
sesak napas	shortness of breath
sesal	regret
sesat	lost
sesat	misguided
seseorang	someone
sesepuh	elder
sesetengah	some
sesi	session
sesi persekolahan	school session
sesium	cesium
sesuai	according
sesuai	in line
sesuatu	something
sesudah	after
sesumbar	boast
sesungguhnya	actually
set	set
setahun	a year
setahun	per year
setan	devil
setapak	footpath
setara	equal
setara	equivalent
setebal	as thick as
setelah	after
setempat	local
setengah	half
seteru	enemy
setia	loyal
setiap	every
setiap	each
setiausaha	secretary
setiausaha agung	secretary-general
setidak-tidaknya	at least
setidaknya	at least
setimpal	commensurate
setinggi	as high as
setipis	as thin as
setir	steer
setor	deposit
setoran	deposit
seumur hidup	life
seusai	after
sewa	rent
sewaktu	when
seychelles	Seychelles
shah alam	shah alam
shalat	prayer
shanghai	Shanghai
sharing	sharing
sherif	sheriff
shift	shift
sholat	prayer
sia-sia	futile
sia-sia	in vain
siaga	alert
siaga	standby
sial	unlucky
siang	afternoon
siang	daytime
siang	noon
siap	ready
siapa	who
siapapun	anyone
siapapun	whoever
siar	broadcast
siaran	broadcast
siaran pers	press release
siasatan	investigation
siber	cyber
sibuk	busy
sidang	hearing
sidang	session
sidang	trial
sidang akhbar	press conference
sidang kemuncak	summit
sidang media	press conference
sidang paripurna	plenary session
sidik	investigate
sidik jari	fingerprint
sierra leone	Sierra Leone
sifar	zero
sifat	character
sifat	nature
sigap	alert
sigap	quick
signifikan	significant
sihat	healthy
sihir	magic
sijil	certificate
sijil pelajaran malaysia	malaysian certificate of education
sikap	attitude
sikap	stance
sikat	brush
siklon	cyclone
siklon tropis	tropical cyclone
siklus	cycle
siksa	torture
silahkan	please
silakan	please
silam	ago
silam	past
silang	cross
silat	martial art
silau	glare
silibus	syllabus
silicon valley	Silicon Valley
silika	silica
silikat	silicate
silikon	silicon
silinder	cylinder
silsilah	genealogy
siluman	phantom
sim	driving license
simak	listen
simbah	drench
simbol	symbol
simbolis	symbolic
simetri	symmetry
simetris	symmetrical
simfoni	symphony
simpan	keep
simpan	store
simpang	junction
simpang siur	confusing
simpanse	chimpanzee
simpati	sympathy
simpatisan	sympathizer
simposium	symposium
simpul	knot
simulasi	simulation
simulator	simulator
simultan	simultaneous
sinar	light
sinar	ray
sindikat	syndicate
sindiket	syndicate
sindrom	syndrome
sinergi	synergy
sinetron	soap opera
singa	lion
singapura	singapore
singgah	stop
singgung	touch on
singkap	reveal
singkat	brief
singkat	short
singkatan	abbreviation
singkatnya	in short
singkir	remove
singkong	cassava
singular	singular
sini	here
sinkronisasi	synchronization
sintesa	synthesis
sintesis	syntheses
sintesis	synthesis
sintetik	synthetic
sintetis	synthetic
sinyal	signal
sinyalir	allege
siomay	dumpling
sipil	civil
sipil	civilian
siprus	Cyprus
siput	snail
siram	pour
siram	water
sirat	implied
sirene	siren
sirine	siren
sirip	fin
sirkuit	circuit
sirkulasi	circulation
sirkus	circus
sisa	waste
sisa pepejal	solid waste
sisi	side
sisih	aside
sisik	scale
sisip	insert
sisir	comb
sistem	system
sistematika	systematics
sistematis	systematic
siswa	pupil
siswa	student
siswazah	graduate
sita	seize
site	site
sitoplasma	cytoplasm
situ	there
situasi	situation
situs	site
situs	website
situs web	website
sk	decree
skala	scale
skala richter	Richter scale
skandal	scandal
skandinavia	Scandinavia
skema	scheme
skenario	scenario
skeptik	skeptic
skeptis	skeptical
sketsa	sketch
ski	ski
skill	skill
skizofrenia	schizophrenia
skor	score
skors	suspension
skotlandia	Scotland
skrip	script
skripsi	thesis
skuad	squad
skuter	scooter
slam	slam
slide	slide
slogan	slogan
slot	slot
slovakia	Slovakia
slovenia	Slovenia
slowakia	Slovakia
sma	senior high school
smelter	smelter
smk	vocational school
smp	junior high school
sms	SMS
sms	text message
soal	matter
soal	question
soalan	question
sobek	tear
social	social
soda	soda
sodium	sodium
sofa	sofa
software	software
sogok	bribe
sogokan	bribe
sohor	famous
sok	pretend
sokong	support
sokongan	support
solar	diesel
solid	solid
solidariti	solidarity
solo	Solo
solo	solo
solusi	solution
somalia	Somalia
sombong	arrogant
sonar	sonar
sop	standard operating procedure
sopan	polite
sopan santun	manners
sopir	driver
sorak	cheer
sorakan	cheer
sore	afternoon
sore	evening
sorot	highlight
sorotan	spotlight
sosial	social
sosialis	socialist
sosialisasi	outreach
sosialisasi	socialization
sosialisme	socialism
sosiologi	sociology
sosok	figure
soto	soup
soviet	Soviet
space	space
spageti	spaghetti
spam	spam
spanduk	banner
spasial	spatial
spbu	gas station
speaker	speaker
spektakuler	spectacular
spektrometer	spectrometer
spektrometri	spectrometry
spektrum	spectrum
spekulan	speculator
spekulasi	speculation
spekulatif	speculative
sperma	sperm
spesial	special
spesies	species
spesifik	specific
spesifikasi	specification
spesimen	specimen
spionase	espionage
spiritual	spiritual
spm	malaysian certificate of education
spons	sponge
sponsor	sponsor
spontan	spontaneous
spot	spot
spp	tuition fee
spr	election commission
sprint	sprint
sprm	malaysian anti-corruption commission
sri lanka	sri lanka
sst	sales and service tax
stabil	stable
stabilisasi	stabilization
stadion	stadium
stadium	stadium
staf	staff
staff	staff
stagflasi	stagflation
stagnan	stagnant
stamina	stamina
standar	standard
standard	standard
standarisasi	standardization
start	start
startup	startup
stasiun	station
statin	statin
statis	static
statistik	statistics
status	status
status	statuses
status awas	highest alert
steak	steak
steganografi	steganography
stereo	stereo
steroid	steroid
stesen	station
stigma	stigma
stiker	sticker
stimulasi	stimulation
stimulus	stimuli
stimulus	stimulus
stnk	vehicle registration
stockholm	Stockholm
stok	stock
stoking	stocking
stop	stop
stpm	malaysian higher school certificate
straight	straight
strategi	strategy
strategic	strategic
strategis	strategic
stres	stress
stress	stress
striker	striker
stroberi	strawberry
strok	stroke
stroke	stroke
stromatolit	stromatolite
struktur	structure
struktural	structural
studi	study
studio	studio
stunting	stunting
suaka	asylum
suaka	sanctuary
suaka margasatwa	wildlife sanctuary
suaka politik	political asylum
suami	husband
suami-istri	husband and wife
suap	bribe
suara	sound
suara	voice
suara	vote
suasana	atmosphere
suatu	a
suatu	one
sub	sub
subjek	subject
subsidi	subsidy
subsidi bbm	fuel subsidy
subsidi bersasar	targeted subsidy
subsidi listrik	electricity subsidy
subsistem	subsystem
subsistensi	subsistence
substansi	substance
substansial	substantial
subuh	dawn
subunit	subunit
subur	fertile
subversif	subversive
subyek	subject
suci	holy
suci	sacred
sudah	already
sudan	Sudan
sudan selatan	South Sudan
sudut	angle
sudut	corner
suguh	serve
suhu	temperature
suka	like
sukan	sport
sukan komanwel	commonwealth games
sukan olimpik	olympic games
sukan sea	sea games
sukar	difficult
sukarela	voluntary
sukarelawan	volunteer
sukses	success
sukses	successful
suku	quarter
suku	tribe
suku akhir	quarter-final
suku bunga	interest rate
suku bunga acuan	benchmark interest rate
suku cadang	spare parts
suku kaum	ethnic group
suku pertama	first quarter
suku tahun	quarter
suku-cadang	spare parts
sukuk	sukuk
sulap	magic
sulawesi	Sulawesi
sulawesi selatan	South Sulawesi
sulawesi tengah	Central Sulawesi
sulawesi tenggara	Southeast Sulawesi
sulawesi utara	North Sulawesi
sulfat	sulfate
sulfur	sulfur
suling	distill
suling	flute
sulit	difficult
sulit	confidential
sultan	sultan
suluh	torch
sulut	ignite
sumatera	Sumatra
sumatera barat	West Sumatra
sumatera selatan	South Sumatra
sumatera utara	North Sumatra
sumatra	Sumatra
sumbang	contribute
sumbangan	contribution
sumbangan	donation
sumbat	plug
sumber	source
sumber daya	resources
sumber manusia	human resources
sumberdaya	resources
sumbu	axis
sumbu	fuse
sumpah	oath
sumsum	marrow
sumsum tulang	bone marrow
sumur	well
sunda	Sundanese
sundul	head
sundulan	header
sungai	river
sungguh	truly
sungguh-sungguh	earnest
sungguh-sungguh	serious
sunni	Sunni
suntik	inject
suntikan	injection
suntikan	jab
sunting	edit
sup	soup
supaya	so that
super	super
superior	superior
superioriti	superiority
supermarket	supermarket
supernova	supernova
superposisi	superposition
supersonik	supersonic
supervisi	supervision
supir	driver
suplai	supply
suplemen	supplement
suporter	fan
suporter	supporter
supranatural	supernatural
supremasi	supremacy
supremasi hukum	rule of law
surabaya	Surabaya
surakarta	Surakarta
suram	gloomy
surat	letter
surat berharga negara	government securities
surat hutang	debt security
surat kabar	newspaper
surat keputusan	decree
surat panggilan	summons
surat perintah	warrant
surat suara	ballot
suratkabar	newspaper
surau	prayer room
surel	email
surga	heaven
surga	paradise
suriname	Suriname
surplus	surplus
surplus	surpluses
suruh	order
suruhanjaya	commission
suruhanjaya pemberantasan korupsi	Corruption Eradication Commission
suruhanjaya pemilihan umum	General Elections Commission
suruhanjaya pencegahan rasuah malaysia	malaysian anti-corruption commission
suruhanjaya pilihan raya	election commission
suruhanjaya sekuriti	securities commission
surut	recede
survai	survey
survei	survey
survey	survey
surya	solar
surya	sun
susah	difficult
susah-payah	hard
sushi	sushi
suspek	suspect
suspensi	suspension
suster	nurse
suster	sister
susu	milk
susul	follow
susulan	following
susulan	follow-up
susun	arrange
susunan	arrangement
susunan	composition
susup	infiltrate
susut	shrink
susut	decrease
sutera	silk
sutra	silk
sutradara	director
swab	swab
swadaya	self-help
swasembada	self-sufficiency
swasembada pangan	food self-sufficiency
swasta	private
swaziland	Swaziland
sweden	sweden
switzerland	switzerland
syahid	martyr
syair	poem
syaraf	nerve
syarat	condition
syarat	requirement
syariah	sharia
syariat	sharia
syarikat	company
syarikat berhad	limited company
syarikat berkaitan kerajaan	government-linked company
syarikat buruh	labor union
syarikat pekerja	labor union
syarikat penerbangan	airline
syarikat sendirian berhad	private limited company
sydney	Sydney
syiah	Shia
syiah	Shiite
syria	syria
syukur	gratitude
taat	obedient
tabah	steadfast
tabel	table
tabir	veil
tablet	tablet
tabloid	tabloid
tabrak	collide
tabrak lari	hit and run
tabrakan	collision
tabrakan	crash
tabung	fund
tabung haji	pilgrims fund
tabungan	savings
tabur	sprinkle
tadi	earlier
tadi	just now
tadika	kindergarten
taekwondo	taekwondo
tafsir	interpretation
tafsiran	interpretation
tagih	charge
tagih	collect
tagihan	bill
tahan	hold
tahan	resist
tahanan	detainee
tahanan	detention
tahanan politik	political prisoner
tahanan rumah	house arrest
tahap	phase
tahap	stage
tahapan	stage
tahta	throne
tahu	know
tahun	year
tahun baru	new year
tahun baru cina	chinese new year
tahun depan	next year
tahun hadapan	next year
tahun lalu	last year
tahun lepas	last year
tahunan	annual
taipan	tycoon
taiwan	taiwan
tajam	sharp
tajikistan	Tajikistan
tajuk	headline
tak	not
tak pelak	undoubtedly
takaful	takaful
takar	measure
takaran	dose
takaran	measure
takdir	destiny
takdir	fate
takhta	throne
takjub	amazed
taklimat	briefing
takluk	surrender
takraw	takraw
taksi	taxi
taksonomi	taxonomy
taktik	tactic
taktis	tactical
takut	afraid
tali	rope
talian	line
taliban	Taliban
tamak	greedy
taman	park
taman	housing estate
taman kanak-kanak	kindergarten
taman nasional	national park
tamat	end
tamat	finish
tambah	add
tambahan	additional
tambahan	extra
tambahan pula	furthermore
tambak	fishpond
tambak	shrimp pond
tambal	patch
tambang	fare
tambun	plump
tameng	shield
tamil	Tamil
tampak	appear
tampak	seem
tampaknya	apparently
tampar	slap
tampik	reject
tampil	appear
tampil	perform
tampuk	helm
tampuk kekuasaan	reins of power
tampung	accommodate
tamtama	enlisted soldier
tamu	guest
tan	tonne
tan sri	tan sri
tanah	land
tanah adat	customary land
tanah longsor	landslide
tanah rizab	reserve land
tanah runtuh	landslide
tanam	plant
tanaman	crop
tanaman	plant
tancap	plant
tancap	stick
tanda	mark
tanda	sign
tanda tangan	signature
tandang	away
tandatangan	signature
tanding	compete
tanding	match
tanduk	horn
tandukan	header
tangan	hand
tangerang	Tangerang
tangga	ladder
tangga	stairs
tanggal	date
tanggap	responsive
tanggap darurat	emergency response
tanggapan	response
tangguh	resilient
tangguh	tough
tanggul	embankment
tanggul	levee
tanggulang	overcome
tanggung	bear
tanggung	responsibility
tanggung jawab	responsibility
tanggung jawab sosial	social responsibility
tanggungan	dependent
tanggungan	liability
tanggungjawab	responsibility
tangis	cry
tangisan	cry
tangisan	sobbing
tangkai	stalk
tangkai	stem
tangkal	ward off
tangkap	arrest
tangkap	catch
tangkapan	arrest
tangkapan	catch
tangkas	agile
tangki	tank
tangkis	parry
tani	farm
tanjak	climb
tanjakan	climb
tanjakan	incline
tank	tank
tanpa	without
tantang	challenge
tantangan	challenge
tanur	furnace
tanya	ask
tanzania	Tanzania
tapak	footprint
tapak	sole
tape	tape
tapi	but
tapol	political prisoner
taraf	level
taraf	standard
tarantula	tarantula
target	target
tari	dance
tarian	dance
tarif	tariff
tarif elektrik	electricity tariff
tarif import	import tariff
tarik	pull
tarikan	attraction
taring	fang
taruh	bet
taruh	put
taruna	cadet
tarung	fight
tas	bag
tasik	lake
tata	order
tata	system
tata cara	procedure
tata letak	layout
tatah	inlay
tatap	gaze
tatap muka	face to face
tatkala	when
tau	know
taut	link
tautan	link
tawa	laughter
tawan	capture
tawanan	captive
tawanan	prisoner
tawar	bargain
tawar	offer
tawaran	offer
tawon	wasp
tawuran	brawl
tax amnesty	tax amnesty
tayang	broadcast
tayangan	program
tayangan	show
tbc	tuberculosis
tbk	Tbk
tbk	public company
tebak	guess
tebal	thick
tebar	scatter
tebing	cliff
tebu	sugarcane
tebus	ransom
tebus	redeem
tebusan	ransom
tega	heartless
tegak	upright
tegang	tense
tegangan	voltage
tegas	firm
teguh	firm
teguh	steadfast
tegur	reprimand
teguran	reprimand
teguran	warning
teh	tea
teheran	Tehran
teka-teki	puzzle
teka-teki	riddle
tekad	determination
tekan	press
tekanan	pressure
tekanan darah	blood pressure
tekel	tackle
teknik	engineering
teknik	technique
teknik elektro	electrical engineering
teknik mesin	mechanical engineering
teknik sipil	civil engineering
teknis	technical
teknisi	technician
teknologi	technology
teknologi finansial	financial technology
teknologi informasi	information technology
teknologi maklumat	information technology
teknologi tinggi	high technology
teks	text
teksi	taxi
tekstil	textile
tekstur	texture
tektonik	tectonic
tekuk	bend
tekukur	turtledove
tekun	diligent
tel aviv	Tel Aviv
telaah	study
teladan	example
teladan	role model
telah	already
telah	have
telak	crushing
telak	decisive
telanjang	naked
telanjur	already
telapak	palm
telapak	sole
telapak tangan	palm
telat	late
telefon	telephone
telefon bimbit	mobile phone
telefon genggam	mobile phone
telefon pintar	smartphone
telekomunikasi	telecommunication
teleskop	telescope
television	television
televisyen	television
telinga	ear
teliti	careful
teliti	examine
telpon	telephone
teluk	bay
teluk	gulf
teluk persia	Persian Gulf
telunjuk	index finger
telur	egg
telus	transparent
telusur	trace
tema	theme
teman	friend
tembaga	copper
tembak	shoot
tembakan	shot
tembakan	shooting
tembakau	tobacco
tembok	wall
tembus	penetrate
tempa	forge
tempat	place
tempat kejadian perkara	crime scene
tempat pemungutan suara	polling station
tempatan	local
tempe	tempeh
tempel	stick
temperatur	temperature
tempo	pace
tempo	tempo
tempoh	period
tempuh	take
tempur	combat
tempur	fight
temu	find
temu	meet
temu bual	interview
temuan	finding
tenaga	energy
tenaga	power
tenaga boleh baharu	renewable energy
tenaga kerja	workforce
tenaga kesihatan	health worker
tenaga medis	medical personnel
tenaga nasional	national energy
tenaga nasional berhad	national power company
tenaga solar	solar energy
tenaga surya	solar power
tenang	calm
tenar	famous
tenda	tent
tenda darurat	emergency tent
tendang	kick
tendangan	kick
tendensi	tendency
tender	tender
tendon	tendon
tengah	middle
tengah	centre
tengah hari	noon
tengah malam	midnight
tengah tahun	mid-year
tengara	landmark
tenggara	southeast
tenggat	deadline
tenggat waktu	deadline
tenggelam	drown
tenggelam	sink
tenggorok	throat
tenggorokan	throat
tengkar	quarrel
tengkes	stunting
tengkorak	skull
tengku	prince
tengok	look
tenis	tennis
tentang	about
tentara	army
tentara	soldier
tentara nasional indonesia	Indonesian military
tentera	army
tentera	military
tentera darat	army
tentera laut	navy
tentera udara	air force
tenteram	peaceful
tentu	certain
tentu	certainly
tentunya	of course
tenun	weave
tenunan	woven fabric
teori	theory
teoritis	theoretical
tepat	exact
tepat	right
tepatnya	precisely
tepi	bank
tepi	edge
tepi barat	West Bank
tepis	parry
tepuk	clap
tepuk	pat
tepuk tangan	applause
tepung	flour
tepung terigu	wheat flour
terabaikan	neglected
terahir	last
terakhir	last
terakhir	latest
terampil	skilled
terancam	threatened
terang	bright
terang	clear
terang benderang	bright
terap	apply
terapi	therapy
terapung	floating
teras	core
teras	terrace
terasa	felt
terasi	shrimp paste
teratas	top
terbabit	involved
terbaik	best
terbakar	burnt
terbakar	on fire
terbalik	overturned
terbang	fly
terbantahkan	refuted
terbaring	lying
terbaru	latest
terbaru	newest
terbarukan	renewable
terbata-bata	stammering
terbatas	limited
terbenam	set
terbenam	submerged
terbengkalai	abandoned
terbengkalai	neglected
terbentuk	formed
terbentur	hit
terbentur	obstructed
terbesar	largest
terbiasa	accustomed
terbilang	considered
terbit	publish
terbit	rise
terbuka	open
terbukti	proven
terbunuh	killed
terburuk	worst
tercanggih	most advanced
tercantum	listed
tercantum	stated
tercapainya	achievement
tercatat	recorded
tercatat	registered
tercebur	fall in
tercedera	injured
tercekik	choked
tercemar	polluted
tercengang	stunned
tercepat	fastest
tercermin	reflected
terdaftar	registered
terdahulu	previous
terdakwa	defendant
terdampar	stranded
terdapat	found
terdapat	there is
terdegradasi	relegated
terdekat	nearest
terdengar	heard
terdepak	ousted
terdepan	foremost
terdepan	leading
terdeteksi	detected
terdiri	consist
terendah	lowest
terendam	flooded
terendam	submerged
terendus	detected
terengganu	terengganu
terganggu	disrupted
tergantung	depend
tergeletak	lying
tergelincir	skid
tergelincir	slip
tergenang	flooded
tergerus	eroded
tergesa-gesa	in a hurry
tergilas	run over
tergiur	tempted
tergoda	tempted
tergolong	classified
tergores	scratched
tergugat	defendant
terhadap	against
terhadap	towards
terhambat	hampered
terharu	moved
terhempas	crashed
terhenyak	stunned
terhindar	spared
terhormat	honorable
teriak	shout
teriakan	shout
terigu	wheat flour
terik	scorching
terikat	bound
terima	accept
terima	receive
terima kasih	thank you
terimakasih	thank you
terindikasi	indicated
terinfeksi	infected
terinspirasi	inspired
terintegrasi	integrated
terisolasi	isolated
teritorial	territorial
terjadi	happen
terjadi	occur
terjadwal	scheduled
terjal	steep
terjalin	established
terjamah	touched
terjang	hit
terjangan	onslaught
terjangkau	affordable
terjangkit	infected
terjebak	trapped
terjejas	affected
terjemah	translate
terjemahan	translation
terjepit	squeezed
terjepit	trapped
terjerat	caught
terjerat	ensnared
terjerumus	fall into
terjual	sold
terjun	jump
terjun	plunge
terkadang	sometimes
terkait	related
terkaya	richest
terkecil	smallest
terkejut	surprised
terkelupas	peeled
terkemuka	leading
terkemuka	prominent
terkena	affected
terkena	hit
terkenal	famous
terkendala	constrained
terkesan	impressed
terkesima	amazed
terkikis	eroded
terkini	latest
terkontaminasi	contaminated
terkorban	killed
terkoreksi	corrected
terkoyak	torn
terkunci	locked
terkurung	trapped
terlalu	too
terlambat	late
terlampau	too
terlantar	neglected
terlantar	stranded
terlapor	reported person
terlebih	especially
terletak	located
terlibat	involved
terlihat	appear
terlihat	seen
terlilit	entangled
terluka	injured
terluka	wounded
termasuk	including
terminal	terminal
termometer	thermometer
termonuklir	thermonuclear
termotivasi	motivated
termuda	youngest
termurah	cheapest
ternak	livestock
ternakan	livestock
ternyata	turn out
terobos	break through
terobosan	breakthrough
terobsesi	obsessed
terompet	trumpet
terong	eggplant
teropong	binoculars
teropong	telescope
teror	terror
terorganisir	organized
teroris	terrorist
terorisme	terrorism
terowong	tunnel
terowongan	tunnel
terpa	hit
terpaan	blow
terpaan	exposure
terpadu	integrated
terpaksa	forced
terpal	tarpaulin
terpancang	fixed
terpancing	provoked
terpanggang	roasted
terpangkas	cut
terpapar	exposed
terpaut	adrift
terpaut	separated
terpeleset	slip
terpencil	isolated
terpencil	remote
terpendam	buried
terpendam	hidden
terpengaruh	affected
terpenting	most important
terperangkap	trapped
terperinci	detailed
terperosok	fall
terpesona	fascinated
terpidana	convict
terpinggirkan	marginalized
terpisah	separate
terpukau	mesmerized
terpuruk	slump
terputus	cut off
tersambung	connected
tersandung	stumble
tersandung	trip
tersangka	suspect
tersangkut	entangled
tersangkut	implicated
tersebar	scattered
tersebar	spread
tersebut	said
tersebut	that
tersebut	the
tersedia	available
terselip	slipped
terselip	tucked
terselubung	covert
terselubung	hidden
tersembunyi	hidden
tersendat	hampered
tersendat	stalled
tersendiri	own
tersendiri	separate
tersenyum	smile
terseret	dragged
terseret	implicated
tersesat	lost
tersier	tertiary
tersimpan	stored
tersingkir	eliminated
tersirat	implied
tersisa	remaining
tersohor	famous
tersumbat	clogged
tersurat	explicit
tersusun	arranged
tertarik	interested
tertawa	laugh
tertekuk	beaten
tertekuk	bent
tertentu	certain
tertentu	particular
tertera	printed
tertera	stated
tertib	orderly
tertidur	fall asleep
tertimbun	buried
tertindas	oppressed
tertinggal	left behind
tertinggi	highest
tertua	oldest
tertuduh	accused
tertular	infected
tertunda	delayed
tertutup	closed
teruk	bad
teruk	severe
terumbu	reef
terumbu karang	coral reef
terung	eggplant
terurai	decomposed
terus	continue
terus	keep
terus-menerus	continuously
terutama	especially
terwujud	realized
tes	test
tes pcr	PCR test
tesebut	the said
tesis	theses
tesis	thesis
testis	testis
testosteron	testosterone
tetangga	neighbor
tetanus	tetanus
tetap	fixed
tetap	remain
tetap	still
tetapi	but
tetas	hatch
tetes	drop
tetesan	drop
tetikus	mouse
tetrapoda	tetrapod
tetua	elder
tewas	dead
tewas	killed
thailand	thailand
therapi	therapy
thermal	thermal
thesaurus	thesaurus
three	three
ti	IT
tiada	none
tiada	nothing
tiang	pole
tiap	each
tiap	every
tiap-tiap	every
tiba	arrive
tiba-tiba	suddenly
tibet	Tibet
tidak	no
tidak	not
tidak ada	none
tidak bersalah	not guilty
tidak bersalah	innocent
tidak boleh	cannot
tidak rasmi	unofficial
tidak usah	no need
tidur	sleep
tie-break	tiebreak
tiebreak	tiebreak
tifus	typhoid
tiga	three
tiga belas	thirteen
tiga puluh	thirty
tikai	dispute
tikam	stab
tikar	mat
tiket	ticket
tikung	turn
tikungan	bend
tikungan	curve
tikus	mouse
tikus	rat
tilang	ticket
tilapia	tilapia
tilik	observe
timah	lead
timah	tin
timbal	lead
timbal balik	reciprocal
timbalan	deputy
timbalan menteri	deputy minister
timbalan pendakwa raya	deputy public prosecutor
timbalan perdana menteri	deputy prime minister
timbang	weigh
timbul	arise
timbun	heap
timnas	national team
timor	Timor
timor leste	East Timor
timor timur	East Timor
timpa	befall
timpal	reply
timpang	lopsided
timpang	unequal
timun	cucumber
timur	east
timur jauh	Far East
timur laut	northeast
timur tengah	middle east
timur-laut	northeast
timurlaut	northeast
tindak	act
tindak lanjut	follow-up
tindak pidana	crime
tindak pidana korupsi	corruption crime
tindak-lanjut	follow-up
tindakan	action
tindakan	measure
tindas	oppress
tindih	overlap
tinggal	live
tinggal	stay
tinggi	high
tinggi	tall
tingkah	behavior
tingkah laku	behavior
tingkat	level
tingkat	rate
tingkatan	level
tinjau	review
tinjauan	survey
tinjauan	review
tinju	boxing
tinju	fist
tinta	ink
tionghoa	Chinese
tipe	type
tipikal	typical
tipikor	corruption crime
tipis	thin
tipu	deceive
tipus	typhoid
tirai	curtain
tiram	oyster
tiri	step
tiru	imitate
tiruan	imitation
tisu	tissue
titanium	titanium
titik	dot
titik	point
titik api	hotspot
titip	entrust
titipan	deposit
tiup	blow
tiupan	blow
tiupan	gust
tk	kindergarten
tki	Indonesian migrant worker
tkp	crime scene
tkw	female migrant worker
tnb	national power company
togo	Togo
toilet	toilet
tokek	gecko
token	token
toko	shop
toko	store
toko daring	online shop
tokoh	figure
tokong	temple
tokopedia	Tokopedia
tokyo	Tokyo
tol	toll
tolak	reject
tolak peluru	shot put
toleran	tolerant
toleransi	tolerance
tolerir	tolerate
tolok	measure
tolok ukur	benchmark
tolol	stupid
tolong	help
tolong	please
tomat	tomato
tombol	button
ton	ton
tong	barrel
tonga	Tonga
tonggak	milestone
tonggak	pillar
tongkat	stick
tonjol	protrude
tonton	watch
tontonan	spectacle
top	top
topan	typhoon
topang	support
topeng	mask
topi	hat
topik	topic
toples	jar
toreh	carve
toreh	score
torehan	achievement
torehan	mark
tornado	tornado
toronto	Toronto
torpedo	torpedo
total	total
totaliter	totalitarian
tps	polling station
tradisi	tradition
tradisional	traditional
traffic	traffic
trafik	traffic
tragedi	tragedy
tragis	tragic
trailer	trailer
trakea	trachea
traktat	treaty
traktor	tractor
tranfusi	transfusion
trans	trans
trans-atlantik	transatlantic
transaksi	transaction
transaksi berjalan	current account
transendental	transcendental
transfer	transfer
transformasi	transformation
transformasi digital	digital transformation
transfusi	transfusion
transfusi darah	blood transfusion
transgenik	transgenic
transisi	transition
transistor	transistor
transjakarta	TransJakarta
transmisi	transmission
transparan	transparent
transparansi	transparency
transplantasi	transplant
transportasi	transportation
trauma	trauma
traumatis	traumatic
trayek	route
trek	track
tren	trend
trend	trend
trenggiling	pangolin
trial	trial
tribun	grandstand
tribun	stand
trik	trick
trilateral	trilateral
trilion	trillion
trilobita	trilobite
trinidad	Trinidad
trio	trio
trip	trip
tripel	triple
tritium	tritium
triwulan	quarter
trofi	trophy
trojan	trojan
trombin	thrombin
tropis	tropical
trotoar	sidewalk
truck	truck
truk	truck
tsunami	tsunami
tua	old
tuai	reap
tualang	adventure
tuan	master
tuan	sir
tuan rumah	host
tuang	pour
tuanku	your majesty
tuas	lever
tuberkulosis	tuberculosis
tubruk	collide
tubrukan	collision
tubuh	body
tuding	accuse
tudingan	accusation
tuduh	accuse
tuduhan	accusation
tuduhan	charge
tudung	cover
tudung	hood
tugas	duty
tugas	task
tuhan	God
tuju	aim
tujuan	destination
tujuan	goal
tujuh	seven
tujuh belas	seventeen
tujuh puluh	seventy
tukang	craftsman
tukang	worker
tukar	exchange
tukaran asing	foreign exchange
tukik	hatchling
tulang	bone
tulang belulang	bones
tulang rusuk	rib
tular	infect
tuli	deaf
tulis	write
tulisan	writing
tulus	sincere
tumbang	fall
tumbuh	grow
tumbuhan	plant
tumbuk	pound
tumis	stir-fry
tumit	heel
tumor	tumor
tumpah	spill
tumpahan	spill
tumpang	ride
tumpang tindih	overlap
tumpang-tindih	overlap
tumpas	crush
tumpas	eradicate
tumpu	rest
tumpuk	pile
tumpukan	pile
tun	tun
tuna	tuna
tuna daksa	physically disabled
tunai	cash
tunang	fiance
tunawisma	homeless
tunda	postpone
tunduk	obey
tunduk	submit
tunggak	arrears
tunggakan	arrears
tunggal	single
tunggu	wait
tungkai	limb
tunisia	Tunisia
tunjang	support
tunjangan	allowance
tunjangan	benefit
tunjuk	point
tunku	prince
tunnel	tunnel
tuntas	complete
tuntas	thorough
tuntun	guide
tuntunan	guidance
tuntut	demand
tuntut	sue
tuntutan	claim
tuntutan	demand
tupai	squirrel
tur	tour
turap	retaining wall
turbin	turbine
turbo	turbo
turis	tourist
turki	turkey
turkiye	turkey
turkmenistan	Turkmenistan
turnamen	tournament
turun	decline
turun	fall
turut	also
turut	join
tusuk	stab
tutsi	Tutsi
tutup	close
tutup	lid
tutur	speak
tv	TV
tv	television
uae	united arab emirates
uap	steam
uap	vapor
ubah	change
ubat	medicine
ubat	drug
ubat-ubatan	medicines
ubi	sweet potato
ubi kayu	cassava
ucap	say
ucapan	speech
udang	shrimp
udara	air
uduk	coconut rice
uefa	UEFA
uganda	Uganda
ugd	emergency unit
uighur	Uighur
ujar	say
ujaran kebencian	hate speech
ujarnya	said
uji	test
uji coba	test
uji coba	trial
uji klinis	clinical trial
ujian	exam
ujian	test
ujian nasional	national exam
ujicoba	test
ujicoba	trial
ujung	end
ujung	tip
ukm	small and medium enterprises
ukraine	ukraine
ukt	tuition fee
ukur	measure
ukuran	measure
ukuran	size
ulah	behavior
ulah	doing
ulama	cleric
ulang	repeat
ulang tahun	anniversary
ulang tahun	birthday
ulang-alik	shuttle
ulangan	test
ular	snake
ulas	review
ulasan	comment
ulasan	review
ulat	caterpillar
ulet	tenacious
ultra	ultra
ultraungu	ultraviolet
ultraviolet	ultraviolet
ulur	extend
uluran	extension
umat	community
umat	followers
umk	regional minimum wage
umkm	micro small and medium enterprises
ummat	community
ummat	followers
ump	provincial minimum wage
umpan	bait
umpan	pass
umum	general
umum	public
umumnya	generally
umur	age
un	national exam
undang	invite
undang-undang	law
undangan	invitation
under	under
undi	vote
undian	vote
undian	ballot
unduh	download
unduhan	download
undur	withdraw
unesco	UNESCO
unggah	upload
unggahan	post
unggahan	upload
unggas	poultry
unggul	lead
unggul	superior
unggulan	flagship
unggulan	seeded
unggun	bonfire
ungkap	reveal
ungsi	flee
ungu	purple
uni	union
uni emirat arab	United Arab Emirates
uni eropah	European Union
uni soviet	Soviet Union
unicef	UNICEF
unicorn	unicorn
unifikasi	unification
unik	unique
unit	unit
unit gawat darurat	emergency unit
unit rawatan rapi	intensive care unit
united kingdom	united kingdom
universal	universal
universiti	university
universiti awam	public university
unjuk	show
unjuk rasa	demonstration
unjuk rasa	protest
unjukrasa	demonstration
unjukrasa	protest
unjuran	projection
unsur	element
unta	camel
untuk	for
untuk	to
untung	profit
upacara	ceremony
upacara bendera	flag ceremony
upah	wage
upah minimum	minimum wage
upaya	effort
upsr	primary school assessment test
urai	describe
uranium	uranium
urat	vein
urban	urban
urbanisasi	urbanization
urea	urea
urine	urine
uruguay	Uruguay
urung	cancel
urung	fail
urus	manage
urusan	affair
urusan	matter
urut	sequence
urutan	order
urutan	sequence
usah	need
usaha	effort
usaha sama	joint venture
usahawan	entrepreneur
usai	after
usai	over
usang	obsolete
user	user
usia	age
usia dini	early age
usik	disturb
usir	expel
usul	propose
usulan	proposal
usung	carry
usus	intestine
utama	main
utama	principal
utara	north
utuh	intact
utuh	whole
utus	send
utusan	delegate
utusan	envoy
uu	law
uud	constitution
uzbekistan	Uzbekistan
vaksin	vaccine
vaksinasi	vaccination
vakum	vacuum
valas	foreign exchange
valid	valid
valuasi	valuation
valuta asing	foreign currency
van	van
vandalisme	vandalism
vanili	vanilla
vanuatu	Vanuatu
vape	vape
variabel	variable
varian	variant
variasi	variation
variatif	varied
varietas	variety
vatikan	Vatican
vendor	vendor
venezuela	Venezuela
ventilasi	ventilation
ventilator	ventilator
venue	venue
versi	version
vertebrata	vertebrate
vertikal	vertical
veteran	veteran
veto	veto
via	via
video	video
vietnam	vietnam
virtual	virtual
virus	virus
virus	viruses
virus corona	coronavirus
virus komputer	computer virus
visa	visa
visi	vision
visual	visual
visualisasi	visualization
vital	vital
vitamin	vitamin
volatiliti	volatility
voli	volleyball
volt	volt
volume	volume
vonis	sentence
vonis	verdict
voting	voting
voucher	voucher
vulgar	vulgar
vulkanik	volcanic
wabah	epidemic
wabah	outbreak
wabak	epidemic
wabak	outbreak
wacana	discourse
wad	ward
wadah	container
wadah	forum
waduk	reservoir
wagub	deputy governor
wahana	means
wahana	vehicle
wahyu	revelation
waisak	Vesak
wajah	face
wajan	wok
wajar	natural
wajar	reasonable
wajib	must
wajib	obligatory
wajib pajak	taxpayer
wakil	deputy
wakil	representative
wakil gubernur	deputy governor
wakil presiden	vice president
waktu	time
waktu luang	free time
walau	although
walau bagaimanapun	however
walaupun	although
wales	Wales
wali	guardian
wall street	Wall Street
waluh	pumpkin
wang	money
wang elektronik	electronic money
wang kertas	banknote
wang logam	coin
wang sekolah	tuition
wang tunai	cash
wangi	fragrant
wanita	woman
wapres	vice president
waralaba	franchise
waras	sane
warga	citizen
warga	resident
warga emas	senior citizen
warga negara	citizen
warganegara	citizen
warganet	netizen
waris	inherit
warisan	heritage
warna	color
warna-warni	colorful
warsawa	Warsaw
wartawan	journalist
wartawan	reporter
warteg	eatery
warung	small shop
warung	stall
washington	Washington
wasiat	testament
wasiat	will
wasit	referee
waspada	alert
waspada	caution
waspada	vigilant
wawancara	interview
wawasan	insight
wawasan	knowledge
web	web
website	website
welter	welterweight
wenang	authority
wereng	planthopper
wewenang	authority
whistleblower	whistleblower
who	world health organisation
wib	Western Indonesia Time
wibawa	authority
wibawa	prestige
wifi	wifi
wilayah	region
wilayah	territory
wilayah persekutuan	federal territory
wild	wild
wildcard	wildcard
wina	Vienna
winner	winner
wiraswasta	entrepreneur
wiraswastawan	entrepreneur
wirausaha	entrepreneur
wirausahawan	entrepreneur
wisata	tourism
wisma putra	ministry of foreign affairs
wisuda	graduation
wit	Eastern Indonesia Time
wita	Central Indonesia Time
wna	foreign national
wni	Indonesian citizen
won	won
worm	worm
wortel	carrot
wow	wow
wto	WTO
wujud	form
ya	yes
yah	well
yahudi	Jew
yahudi	Jewish
yakin	confident
yakin	sure
yakni	namely
yaman	yemen
yang	that
yang	which
yang	who
yang berhormat	honourable
yang di-pertuan agong	king
yang dipertua	speaker
yang dipertua	president
yard	yard
yayasan	foundation
yen	yen
yerusalem	Jerusalem
yg	which
yoga	yoga
yogyakarta	Yogyakarta
yuan	yuan
yudikatif	judiciary
yudo	judo
yunani	Greece
yuran	fee
yurisdiksi	jurisdiction
zaitun	olive
zakat	zakat
zakat	alms
zaman	age
zaman	era
zambia	Zambia
zamrud	emerald
zat	substance
zebra	zebra
ziarah	pilgrimage
zimbabwe	Zimbabwe
zona	zone
zona industri	industrial zone
zonasi	zoning
zone	zone
`
