// The Malay → English lexicon that padanan ships, written as the Indonesian one plus a Malay difference.
// Written by hand for padanan (MIT, like the rest of the package): Malay entries (Malay words, Malay senses of words
// Indonesian uses differently, Malaysian institutions, places and spellings) over the vocabulary Malay shares with
// padanan's own Indonesian lexicon (../id/lexicon-en.ts, MIT), less the Indonesian-only words and spellings. No
// dictionary or corpus was copied. See ./README.md.
//
// Format: one entry per line, `malay<TAB>english`. The Malay side is a word or a fixed expression (`bola sepak`); the
// English side is one short gloss, several lines give several senses, the most common first. `notInMalay` lists the
// Indonesian lines Malay leaves out, exactly as ../id/lexicon-en.ts has them; `malayLines` holds Malay's own. A line
// of `notInMalay` the Indonesian lexicon no longer has is an error (npm test and npm run lexicons say so). A word
// whose senses Malay orders otherwise is in both lists. This module only holds the text: ./lexicon.ts reads the
// stemmed table made from it.
import { lexiconEnTsv as indonesian } from '../id/lexicon-en.js'
import { patchTsv } from '../../lexicon/tsv.js'

/** Lines of the Indonesian lexicon that Malay leaves out (Indonesian-only words, spellings and senses). */
export const notInMalay: string = `abis	finished
acara	event
acara	program
adem	cool
afdol	proper
afghanistan	Afghanistan
afrika	Africa
afrika	African
afrika selatan	South Africa
agustus	August
ahad	Sunday
ahli	expert
ai	AI
aja	just
aja	only
akhir pekan	weekend
akibat	due to
aksesibilitas	accessibility
akta	certificate
akta	deed
aktifitas	activity
aktivitas	activity
alat kesehatan	medical equipment
aliran	flow
aliran	stream
aman	safe
aman	secure
amerika	America
amerika	American
amerika serikat	United States
anggaran	budget
anggaran pendapatan dan belanja negara	state budget
angkot	minibus
angkutan kota	city minibus
antara	among
antara	between
apabila	if
apbd	regional budget
apbn	state budget
apec	APEC
aplikasi	app
aplikasi	application
apotek	pharmacy
apoteker	pharmacist
april	April
arab saudi	Saudi Arabia
argentina	Argentina
as	US
as	United States
asean	ASEAN
asia	Asia
asia	Asian
asia tenggara	Southeast Asia
asn	civil servant
asuransi kesehatan	health insurance
atas	above
atas	on
atas	over
atm	ATM
australia	Australia
austria	Austria
awak	crew
awak kapal	crew
awal	beginning
awam	layman
badan	agency
badan	body
badan pengawas obat dan makanan	food and drug agency
bagaimanapun	anyway
bagus	nice
bahwa	that
baik	better
baik	well
baja	steel
bajaj	auto rickshaw
balai kota	city hall
bandar	dealer
bandar	port
bandar narkoba	drug dealer
bandar udara	airport
bandara	airport
banget	very
bangladesh	Bangladesh
bantahan	denial
barang	item
barat	western
bareng	together
baru	just
baru	new
barusan	just now
basarnas	search and rescue agency
bawah	below
bawah	under
bawaslu	Elections Supervisory Agency
beberapa	some
bekal	provision
belanda	Dutch
belanda	Netherlands
belanja	shopping
belanja	spending
belgia	Belgium
belia	young
berat	weight
berbelanja	shop
berita acara	official report
beritahu	inform
berjumlah	number
berkembang	develop
berkesan	memorable
berkualitas	quality
berlaku	apply
berlaku	valid
bersama	jointly
bersatu	unite
bertugas	on duty
bertugas	serve
berusaha	try
berutang	owe
bicara	speak
bicara	talk
bidang	sector
bikin	make
bilang	say
bilik	booth
bilik	cubicle
bilik suara	voting booth
bimbang	hesitant
bisa	able
bisa	can
bkpm	investment coordinating board
bmkg	meteorology agency
bnn	National Narcotics Agency
bnpb	National Disaster Management Agency
bocah	child
bocah	kid
boleh	may
bonus	bonuses
bpbd	regional disaster agency
bpjs	social security agency
bpjs kesehatan	national health insurance
bpk	Audit Board
bpom	food and drug agency
bppt	technology agency
bps	statistics agency
brasil	Brazil
brazil	Brazil
brimob	mobile brigade
brin	national research agency
brunei	Brunei
budak	slave
bulog	food logistics agency
bumd	regional enterprise
bumn	state-owned enterprise
bupati	regent
butir	grain
butir	item
butir	point
butuh	need
cadangan	backup
cadangan	reserve
cagub	gubernatorial candidate
cakap	capable
cakap	talk
caleg	legislative candidate
camat	district head
capek	tired
capres	presidential candidate
catatan	note
catatan	record
cawapres	vice-presidential candidate
cepat	quick
cewek	girl
china	China
cina	China
cowok	boy
cowok	guy
cpns	civil servant candidate
cuek	indifferent
cukai	excise
cuti	leave
daerah	area
daerah	region
daftar	list
dah	already
dahulu	before
dahulu	formerly
dakwaan	indictment
dalam	deep
damai	peaceful
daripada	than
dasar	base
dasar	bases
dasar	basis
defisit anggaran	budget deficit
deh	then
denmark	Denmark
densus	counterterrorism squad
desember	December
dewan kota	city council
dewan perwakilan rakyat daerah	regional parliament
dgn	with
di antara	among
di antara	between
dianjurkan	recommended
dibantu	assisted
dibawa	taken
dibebaskan	freed
diberitahu	informed
diberitahu	told
dicapai	reached
didakwa	indicted
didera	plagued
didera	whipped
dikawal	escorted
dikenakan	charged
dikenali	recognized
dikit	little
dilaksanakan	held
dilanda	struck
dipastikan	confirmed
diperlukan	required
diperuntukkan	intended
dipindahkan	moved
dipindahkan	transferred
dirancang	designed
dirawat	hospitalized
direktur	director
direktur jenderal	director general
direktur utama	chief executive
direktur utama	president director
disabilitas	disability
disahkan	passed
disahkan	ratified
disampaikan	conveyed
diselesaikan	completed
diselesaikan	resolved
disertai	accompanied
ditahan	held
ditangguhkan	suspended
diterima	accepted
diterima	received
dki	Jakarta special capital region
doang	only
dokter	doctor
dokter gigi	dentist
dokter spesialis	specialist
dokter umum	general practitioner
doktor	PhD
doktor	doctorate
dong	please
doyan	fond of
dpr	House of Representatives
dpr	parliament
dprd	regional parliament
duta	envoy
edan	crazy
efektifitas	effectiveness
efektivitas	effectiveness
ekonomi	economic
ekonomi	economics
ekspor	export
eksportir	exporter
ekuitas	equity
elektrik	electric
elektronik	electronic
enggak	no
enggak	not
entitas	entity
eropa	Europe
eropa	European
eropa barat	Western Europe
eropa timur	Eastern Europe
fasilitas	facility
fasilitas kesehatan	health facility
fasilitas sosial	public facilities
februari	February
filipina	Philippines
finlandia	Finland
fisik	physical
fisika	physics
fleksibilitas	flexibility
gabungan	combined
gabungan	joint
gampang	easy
ganas	fierce
ganas	malignant
ganda	double
gangguan	disorder
gaza	Gaza
gesa	hurry
getah	latex
getah	sap
gimana	how
gitu	like that
gua	cave
gue	I
gue	me
guru besar	professor
hanya	just
hanya saja	however
hari	today
hari raya	festival
hari raya	holiday
hasil	outcome
hasil	result
hendak	intend
hingga	up to
homoseksualitas	homosexuality
hong kong	Hong Kong
hukum acara	procedural law
hukuman	punishment
hukuman	sentence
ibu kota	capital
identitas	identity
ijazah	diploma
impor	import
importir	importer
impunitas	impunity
imunisasi	immunization
imunitas	immunity
india	India
indonesia	Indonesia
integritas	integrity
intensitas	intensity
irak	Iraq
iran	Iran
islam	Islam
israel	Israel
italia	Italy
jabatan	office
jabatan	position
jalan	walk
jalan raya	highway
jam	clock
jam	hour
jam	o'clock
jaminan	collateral
jaminan	guarantee
jaminan kesehatan	health insurance
jaminan kesehatan nasional	national health insurance
januari	January
jarang	rarely
jaringan	network
jaringan internet	internet network
jawatan	department
jembatan	bridge
jepang	Japan
jerman	Germany
juga	too
juli	July
jumat	Friday
jumlah	amount
jumlah	number
juni	June
kabupaten	district
kabupaten	regency
kadar	content
kadar	level
kades	village head
kajian	review
kalian	you
kamboja	Cambodia
kamis	Thursday
kanada	Canada
kanak-kanak	childhood
kantor	office
kapal	vessel
kapasitas	capacity
kapasitas produksi	production capacity
kapolda	regional police chief
kapolres	district police chief
kapolri	national police chief
karena	because
karena itu	therefore
karyawan	employee
kaum	group
kaum	people
kawasan	region
kayak	like
keahlian	expertise
keamanan	safety
keamanan	security
kebangsaan	nationality
kebimbangan	hesitation
kecamatan	district
kecamatan	subdistrict
kecemasan	anxiety
kehilangan	lose
kejadian	event
kejagung	Attorney General Office
kejari	district prosecutor office
kejati	high prosecutor office
kekalahan	loss
kekuatan	power
kelak	in future
kelayakan	feasibility
keluaran	output
kelulusan	graduation
kelulusan	passing
kelurahan	urban village
kelurahan	ward
kemalangan	misfortune
kemanusiaan	humanitarian
kemanusiaan	humanity
kemarau	dry season
kemarin	yesterday
kemarin lusa	day before yesterday
kementerian dalam negeri	Home Affairs Ministry
kementerian kesehatan	Health Ministry
kementerian luar negeri	Foreign Ministry
kementerian pendidikan	Education Ministry
kementerian pertahanan	Defense Ministry
kemudahan	ease
kenyataan	fact
kenyataan	reality
kepentingan	interest
keperluan	purpose
kerajaan	kingdom
kerajaan inggris	United Kingdom
kerap	often
kereta	carriage
kereta	train
kerugian	losses
kesan	impression
kesehatan	health
kesehatan jiwa	mental health
kesehatan masyarakat	public health
kesehatan mental	mental health
keselamatan	safety
keseluruhan	entire
ketemu	meet
keterangan	information
keterangan	statement
keuntungan	advantage
kewarganegaraan	nationality
kilang	refinery
kilang minyak	oil refinery
kilometer	kilometer
kira-kira	approximately
kok	why
komisi	commission
komisi pemberantasan korupsi	Corruption Eradication Commission
komisi pemilihan umum	General Elections Commission
komite	committee
komoditas	commodity
kompleksitas	complexity
komunitas	community
korban hilang	missing
korban jiwa	fatalities
korban luka	injured
korban tewas	death toll
korea selatan	South Korea
korea utara	North Korea
kota	city
kota	town
kpk	Corruption Eradication Commission
kpu	General Elections Commission
kreatifitas	creativity
kreativitas	creativity
kredibilitas	credibility
kriminalitas	crime
kuala lumpur	Kuala Lumpur
kualitas	quality
kuantitas	quantity
kuartal	quarter
kukuh	firm
kuota impor	import quota
kurang	lack
kuwait	Kuwait
ladang	field
lagi	again
lagi	more
lama	long
lama	old
landasan	basis
landasan	runway
lanjut	continue
lanjutan	advanced
lanjutan	continuation
laos	Laos
lapan	space agency
latihan	exercise
laut china selatan	South China Sea
laut tiongkok selatan	South China Sea
layak	decent
layak	proper
layanan kesehatan	health service
legalitas	legality
lepas	loose
lepas	release
lewat	past
lewat	through
lewat	via
lho	you know
liabilitas	liability
likuiditas	liquidity
liter	liter
lo	you
lonjakan	spike
lorong	alley
lorong	corridor
lrt	LRT
lu	you
luar	foreign
luar negeri	abroad
luar negeri	foreign
luas	area
luas	broad
lurah	village head
lusa	day after tomorrow
malah	instead
malam	evening
malaysia	Malaysia
mampu	capable
manakala	when
mangsa	prey
maret	March
masa	period
masa bakti	term of service
masa depan	future
masa kini	present
masa lalu	past
masa tanggap darurat	emergency response period
masalah	issue
masing-masing	each
masing-masing	respectively
masyarakat	community
masyarakat	public
masyarakat	society
mata	eye
mata uang	currency
mata uang kripto	cryptocurrency
matematika	mathematics
mayat	body
mayat	corpse
mayoritas	majority
mei	May
meksiko	Mexico
melaksanakan	carry out
melanggar	violate
melayu	Malay
melonjak	soar
memandu	guide
memastikan	confirm
membantah	deny
membantu	assist
memberikan	provide
memberitahu	inform
memberitahu	tell
membina	develop
membina	foster
membuat	create
memohon	beg
memohon	plead
menangani	handle
menangguhkan	suspend
mencapai	achieve
mencapai	reach
mendapat	receive
mendesak	urgent
menegaskan	affirm
menerima	accept
menerima	receive
mengadakan	organize
mengadu	pit
mengakibatkan	cause
mengaku	claim
mengaku	confess
menganggarkan	allocate
menganggarkan	budget
menganjurkan	recommend
mengatasi	tackle
mengawal	escort
mengawal	guard
mengawasi	monitor
mengekspor	export
mengeluarkan	release
mengenai	concerning
mengenakan	wear
mengesahkan	pass
mengesahkan	ratify
mengimpor	import
mengkaji	review
mengubah	alter
mengukuhkan	confirm
mengukuhkan	consolidate
mengulas	review
mengurus	take care
menilai	judge
meningkatkan	improve
menipu	deceive
menjelang	ahead of
menjelang	before
menjuarai	win
menolak	refuse
menteri luar negeri	foreign minister
menuju	head
menuju	toward
menuju	towards
menunjukkan	indicate
menuntut	prosecute
menurun	decline
menurunkan	reduce
menyaksikan	watch
menyambut	greet
menyambut	welcome
menyampaikan	convey
menyampaikan	deliver
menyatakan	declare
menyelamatkan	rescue
menyelamatkan	save
menyelesaikan	complete
menyelesaikan	settle
menyerahkan	submit
menyewa	hire
menyusut	decline
merancang	design
merawat	care for
merayu	persuade
merayu	seduce
merdeka	free
merdeka	independent
merokok	smoking
merosot	fall
merosot	slide
merosot	slump
mesir	Egypt
meter	meter
miliar	billion
milyar	billion
minggu	Sunday
minoritas	minority
mobil	car
mobil listrik	electric car
mobilitas	mobility
motor	motor
motor	motorcycle
mpr	People's Consultative Assembly
mrt	MRT
mukim	reside
murid	student
muslim	Muslim
musnah	extinct
myanmar	Myanmar
negara	state
negeri	country
nggak	no
nggak	not
ngobrol	chat
ngomong	talk
nigeria	Nigeria
nilai	grade
nilai	score
nongkrong	hang out
nonton	watch
norwegia	Norway
november	November
obat	drug
obat	medicine
obesitas	obesity
ojk	Financial Services Authority
oktober	October
olahraga	sport
oleh karena itu	therefore
olimpik	Olympic
otonomi daerah	regional autonomy
otoritas	authority
otoritas jasa keuangan	Financial Services Authority
pabrik	factory
pakistan	Pakistan
palestina	Palestine
pandangan	opinion
pandangan	view
panjang	length
pantas	deserve
pantas	proper
pariwisata	tourism
pasar uang	money market
pasien	patient
pasukan	forces
pasukan	troops
pbb	UN
pbb	United Nations
pegawai	employee
pegawai negeri	civil servant
pejabat	official
pekan	week
pekerjaan	work
pelabuhan	harbor
pelan	slow
pelancong	traveler
pelanggaran	offense
pelanggaran	violation
pelarian	escape
pelarian	fugitive
peluang	chance
pemandu	guide
pembaharuan	renewal
pembangkang	dissident
pembangunan	construction
pembinaan	development
pembinaan	guidance
pembuatan	making
pembuatan	manufacture
pembunuh	killer
pembunuhan	killing
pemda	local government
pemegang saham mayoritas	majority shareholder
pemerintah daerah	local government
pemerintah kota	city government
pemilihan kepala daerah	regional election
pemilu	election
pemkab	regency government
pemkot	city government
pemotongan	cutting
pemprov	provincial government
penangguhan	suspension
pencucian uang	money laundering
pendidikan dasar	basic education
penduduk	population
penduduk	resident
penerbangan	aviation
penerbangan	flight
pengadilan negeri	district court
pengangkutan	transportation
pengawasan	oversight
pengeluaran	expenditure
pengeluaran	spending
pengesahan	ratification
pengguna	user
penggunaan	usage
penggunaan	use
penginapan	lodging
pengukuhan	confirmation
pengukuhan	inauguration
pengurus	board
pengurus	management
peningkatan	improvement
penjara	jail
penjara	prison
penurunan	decline
penurunan	decrease
penyakit	illness
penyelesaian	completion
penyelesaian	settlement
penyelidik	investigator
penyelidikan	inquiry
penyelidikan	investigation
penyerang	attacker
penyerang	striker
peperangan	warfare
perancangan	design
perancis	France
peraturan daerah	regional regulation
perbelanjaan	shopping
percuma	in vain
percuma	useless
perikanan	fisheries
perindustrian	industry
peristiwa	incident
perjanjian	treaty
perkara	case
perkara	matter
perkembangan	progress
perlahan	slowly
perlawanan	resistance
permohonan	request
perniagaan	commerce
perolehan	acquisition
perolehan	gain
perompak	pirate
perpaduan	blend
perpaduan	combination
persamaan	equation
persatuan	union
persatuan	unity
persekutuan	alliance
persekutuan	fellowship
persen	percent
persentase	percentage
persidangan	hearing
persidangan	trial
pertahanan	defense
petang	evening
piala	trophy
piala dunia	World Cup
pileg	legislative election
pilkada	regional election
pilpres	presidential election
pnb	GNP
pns	civil servant
polandia	Poland
polda	regional police
polis	policy
polisi	police
polisi lalu lintas	traffic police
polres	district police
polri	national police
polsek	police sector
polsek	precinct
ponsel	cellphone
ponsel	mobile phone
ponsel pintar	smartphone
popularitas	popularity
portugal	Portugal
praktek	practice
prancis	France
presiden direktur	president director
prioritas	priority
produktivitas	productivity
profitabilitas	profitability
program	program
protokol kesehatan	health protocol
proyek	project
pt	Ltd
pt	company
pusat	center
pusat	central
pusat data	data center
pusing	dizzy
pusing	headache
qatar	Qatar
rabu	Wednesday
radioaktivitas	radioactivity
ramadan	Ramadan
ramai	busy
ramai	crowded
rancangan	design
rancangan	draft
rangkaian	circuit
rangkaian	series
rayuan	flattery
realitas	reality
renang	swim
restrukturisasi utang	debt restructuring
ribut	fuss
ribut	noisy
ringan	mild
rt	neighborhood unit
rumah	home
rumah sakit	hospital
rusia	Russia
rutinitas	routine
rw	community unit
saat	moment
saat	when
sabtu	Saturday
saja	just
saja	only
sakit	ill
sakit	pain
sakit	sick
sambutan	reception
sambutan	welcome
sampah	garbage
sampah	waste
sebab	because
sebab	cause
segelintir	handful
sehari	daily
sehat	healthy
sehingga	so that
sekitar	about
sekitar	around
sekolah dasar	elementary school
sekretaris	secretary
sekuriti	security
selamat	congratulations
selasa	Tuesday
seluruh	all
semalam	last night
senang	glad
senang	happy
sendiri	alone
sendiri	own
sendiri	self
senin	Monday
sepak bola	football
sepak bola	soccer
sepakbola	football
sepakbola	soccer
sepanjang	along
sepanjang	throughout
sepeda	bicycle
sepeda motor	motorcycle
september	September
seri	series
serikat	states
serikat	union
serikat	united
serikat buruh	labor union
serikat pekerja	labor union
seruan	appeal
setahun	annual
setiap	each
setiap	every
singapura	Singapore
sisa	remainder
sisa	rest
solidaritas	solidarity
sop	soup
spanyol	Spain
sri lanka	Sri Lanka
stabilitas	stability
suku	ethnic
suku	tribe
sukuk	Islamic bond
superioritas	superiority
surat utang	debt security
suriah	Syria
susulan	aftershock
susulan	follow-up
swedia	Sweden
swiss	Switzerland
syria	Syria
tabung	cylinder
tabung	tube
tahanan	prisoner
taiwan	Taiwan
taman	garden
tambang	mine
tanah	soil
tarif	rate
tarif impor	import tariff
telah	has
telepon	telephone
telepon genggam	mobile phone
telepon pintar	smartphone
televisi	television
tenaga kerja	labor
tenaga kesehatan	health worker
tengah	center
tengah	currently
terbakar	burned
terbesar	biggest
terhempas	thrown
terkini	current
thailand	Thailand
tim	team
tim sar	search and rescue team
timur tengah	Middle East
tinjauan	review
tiongkok	China
tni	armed forces
tni	military
toh	after all
triliun	trillion
trilyun	trillion
tuntutan	charge
tuntutan	demand
turki	Turkey
turut	participate
uang	money
uang elektronik	electronic money
uang kertas	banknote
uang logam	coin
uang sekolah	tuition
uang tunai	cash
ucapan	greeting
ucapan	remark
ukraina	Ukraine
ulasan	review
undang-undang	act
undang-undang dasar	constitution
undi	draw lots
undian	draw
undian	lottery
uni eropa	European Union
universitas	university
untung	lucky
urusan	affairs
urusan	business
usaha	business
utang	debt
utang luar negeri	foreign debt
vietnam	Vietnam
volatilitas	volatility
wali kota	mayor
walikota	mayor
warisan	inheritance
who	WHO
wisatawan	tourist
yaitu	namely
yaman	Yemen
yordania	Jordan
zakat	alms
`

/** Malay's own lines: Malay words, spellings and senses, and words whose senses Malay orders otherwise. */
export const malayLines: string = `aduan	complaint
adun	state assemblyman
afghanistan	afghanistan
afrika	africa
afrika selatan	south africa
agensi penguatkuasaan maritim malaysia	malaysian maritime enforcement agency
agong	king
ahad	sunday
ahli	member
ahli ekonomi	economist
ahli lembaga	board member
ahli parlimen	member of parliament
ahli sukan	athlete
ai	artificial intelligence
aidiladha	eid al-adha
aidilfitri	eid al-fitr
akaun	account
akaun semasa	current account
akhbar	newspaper
akhir	late
akibat	consequence
aksesibiliti	accessibility
akta	act
aktiviti	activity
alam sekitar	environment
alat kesihatan	medical equipment
aliran	line
aliran	stream
aliran	flow
amalan	practice
aman	peaceful
amanah	trust
amerika	america
amerika syarikat	united states
anak kapal	crew
anggaran	estimate
anggota bomba	firefighter
anggota polis	police officer
angkasa lepas	outer space
angkatan pertahanan awam	civil defence force
angkatan tentera	armed forces
angkatan tentera malaysia	malaysian armed forces
anjuran	organised by
antara	between
antara	among
antarabangsa	international
antaranya	among them
apec	apec
aplikasi	application
aplikasi	app
apm	civil defence force
april	april
arab saudi	saudi arabia
arang batu	coal
argentina	argentina
as	us
asas	basis
asas	basic
asas	foundation
asean	asean
asia	asia
asia barat	west asia
asia tenggara	southeast asia
askar	soldier
asuransi kesihatan	health insurance
atas	on
atas	above
atas talian	online
atm	armed forces
atm	atm
auns	ounce
australia	australia
austria	austria
automotif	automotive
autoriti	authority
badan	body
badan	agency
badan bukan kerajaan	non-governmental organisation
badan pengawas ubat dan makanan	food and drug agency
badminton	badminton
baginda	his majesty
bahagian	division
bahagian	part
bahagian	section
bahasa cina	chinese language
bahasa inggeris	english language
bahasa malaysia	malay language
bahasa melayu	malay language
bahasa tamil	tamil language
bahawa	that
baik pulih	repair
baja	fertilizer
baja	steel
bajet	budget
balai polis	police station
balak	log
balak	timber
banci	census
bandar	town
bandar	city
bandar	urban
bandaraya	city
bangladesh	bangladesh
banjir kilat	flash flood
bank negara	central bank
bank negara malaysia	central bank of malaysia
bantahan	objection
bantahan	protest
bantuan tunai	cash aid
barah	cancer
barang	thing
barangan	goods
baru	new
baru	just
bas	bus
bas ekspres	express bus
basikal	bicycle
bawah	under
bawah	below
bayaran	payment
bekal	supply
bekal	provision
bekalan	supply
bekalan air	water supply
bekalan elektrik	electricity supply
belanda	netherlands
belanda	dutch
belanja	spend
belanja	expense
belanjawan	budget
belgium	belgium
belia	youth
berbanding	compared with
berbasikal	cycling
berbelanja	spend
berbelanja	shop
berbeza	different
bercakap	speak
berdaftar	registered
berganda	multiplied
berganda	double
berhad	limited
berikutan	following
berikutan	due to
beritahu	tell
berkata	said
berkembang	expand
berkempen	campaign
berkesan	effective
berkhidmat	serve
berkualiti	quality
berkuat kuasa	take effect
berlaku	happen
berlaku	occur
bermesyuarat	meet
bermula	start
berniaga	do business
berniaga	trade
bernilai tinggi	high-value
bersalin	give birth
bersama-sama	together
bersara	retire
bersasar	targeted
bersetuju	agree
bertembung	collide
bertugas	be on duty
bertugas	serve
berucap	speak
berucap	give a speech
berusaha	strive
beza	difference
bhd	limited
biasiswa	scholarship
bicara	trial
bicara	talk
bidang	area
bilik darjah	classroom
bilion	billion
bimbang	worried
bimbang	worry
binaan	construction
bnm	central bank of malaysia
bola keranjang	basketball
bola sepak	football
bola tampar	volleyball
boleh	can
boleh	may
bomba	fire brigade
bon	bond
borang	form
bot	boat
brazil	brazil
brics	brics
britain	britain
brunei	brunei
bual	chat
bual	talk
budak	child
budak	kid
bulan lepas	last month
buli	bully
bumiputera	bumiputera
bursa malaysia	malaysian stock exchange
butir	detail
butir	item
butiran	details
cabaran	challenge
cadangan	proposal
cadangan	suggestion
cakap	speak
cakap	talk
calon peperiksaan	exam candidate
cameron highlands	cameron highlands
canselor	chancellor
caruman	contribution
catatan	record
catatan	note
catuan	rationing
catuan air	water rationing
cawangan	branch
cedera parah	seriously injured
cekap	efficient
celik	literate
celik	open-eyed
china	china
cina	chinese
cukai	tax
cukai barang dan perkhidmatan	goods and services tax
cukai jualan	sales tax
cukai pendapatan	income tax
cukai perkhidmatan	service tax
cuti	holiday
cuti	leave
cuti sekolah	school holidays
dadah	drugs
daerah	district
daftar	register
daftar	list
dagangan	trade
dagangan	trading
dahulu	formerly
dahulu	before
daif	poor
daif	dilapidated
dakwa	claim
dakwaan	allegation
dakwaan	claim
dalam talian	online
daripada	from
daripada	than
daripada	of
darjah	degree
dasar	policy
dasar	basis
dato	dato
datuk	datuk
datuk bandar	mayor
dbkl	kuala lumpur city hall
deepavali	deepavali
defisit fiskal	fiscal deficit
dekad	decade
demam denggi	dengue fever
denggi	dengue
denmark	denmark
derma	donation
dewan bandaraya	city hall
dewan negara	senate
dewan perniagaan	chamber of commerce
dewan rakyat	house of representatives
dewan undangan negeri	state assembly
di antara	between
di antara	among
diadakan	held
dianggarkan	estimated
dianjurkan	organised
dibangunkan	developed
dibebaskan	acquitted
dibeli	bought
diberi	given
diberitahu	told
diberitahu	informed
diberkas	arrested
dibiayai	financed
dibicarakan	tried
dibina	built
dicadangkan	proposed
dicatatkan	recorded
didakwa	accused
didakwa	claimed
didapati	found
didedahkan	revealed
didera	abused
dieksport	exported
digantung	suspended
digesa	urged
dihadiri	attended
dihantar	sent
diimport	imported
dijangka	expected
dijangkakan	expected
dijangkiti	infected
dijatuhi hukuman	sentenced
dijilat api	gutted by fire
dikaji	studied
dikaji semula	reviewed
dikawal	controlled
dikekalkan	maintained
dikenal pasti	identified
dikenali	known
dikenali	identified
dikurangkan	reduced
dilaburkan	invested
dilanggar	hit
dilanjutkan	extended
dilepaskan	discharged
diluluskan	approved
dimeterai	sealed
dimeterai	signed
dimulakan	started
dinafikan	denied
dinaikkan	raised
dinyatakan	stated
dipantau	monitored
dipastikan	ensured
dipenjarakan	imprisoned
diperkenalkan	introduced
dipinda	amended
dipindahkan	evacuated
dipindahkan	moved
diploma	diploma
dirancang	planned
dirasmikan	officially opened
disabiliti	disability
disabitkan	convicted
disahkan	confirmed
disampaikan	delivered
disasarkan	targeted
disebat	whipped
disediakan	provided
diselamatkan	rescued
diselesaikan	solved
diselesaikan	settled
disember	december
disenaraikan	listed
disertai	joined
disiasat	investigated
disyaki	suspected
ditahan	arrested
ditahan reman	remanded
ditamatkan	terminated
ditangani	dealt with
ditangguhkan	postponed
ditangkap	caught
ditemui	found
diterima	received
diterima	accepted
ditunjukkan	shown
diturunkan	lowered
diunjurkan	projected
diuruskan	managed
doktor gigi	dentist
doktor pakar	specialist
doktor spesialis	specialist
doktor umum	general practitioner
dos	dose
dosm	department of statistics malaysia
dua hala	bilateral
dua kali ganda	twofold
duti	duty
duti eksport	export duty
duti import	import duty
ekar	acre
eksport	export
ekuiti	equity
elaun	allowance
elektrik	electricity
elektrik	electric
elektronik	electronics
emiriah arab bersatu	united arab emirates
empangan	dam
england	england
entiti	entity
eropah	europe
eropah barat	Western Europe
eropah timur	Eastern Europe
eu	european union
faedah	interest
faedah	benefit
fasa	phase
fasiliti	facility
fasiliti kesihatan	health facility
fasiliti sosial	public facilities
februari	february
filipina	philippines
finland	finland
fizik	physics
fizikal	physical
fleksibiliti	flexibility
gabungan	coalition
gabungan	combination
gaji minimum	minimum wage
ganas	violent
ganda	fold
ganda	times
gangguan	interruption
gangguan bekalan air	water supply disruption
gangguan seksual	sexual harassment
gangsa	bronze
garis panduan	guideline
gas asli	natural gas
gaza	gaza
gelanggang	court
gelanggang	arena
georgetown	george town
gesa	urge
getah	rubber
glc	government-linked company
graduan	graduate
greece	greece
gst	goods and services tax
guna tenaga	employment
gunung kinabalu	mount kinabalu
guru besar	headmaster
hadapan	front
hadapan	next
hadapan	future
hala	direction
hampir	nearly
hanya sahaja	however
harga barang	price of goods
hari kebangsaan	national day
hari malaysia	malaysia day
hari raya	festive day
hari raya aidilfitri	eid al-fitr
harimau malaya	malaysian national football team
hartanah	property
hartanah	real estate
hasil	revenue
hasil	result
hasil	yield
hasil jualan	sales revenue
hasil tanaman	crop yield
hidupan liar	wildlife
hingga	to
homoseksualiti	homosexuality
hong kong	hong kong
hospital	hospital
hubungan dua hala	bilateral relations
hukuman	sentence
hukuman	punishment
hukuman gantung	death by hanging
hutan hujan	rainforest
hutan simpan	forest reserve
iaitu	namely
iaitu	that is
ibu bapa	parents
ibu pejabat	headquarters
ibu pejabat polis	police headquarters
ibu pejabat polis daerah	district police headquarters
identiti	identity
ijazah	degree
ikat jamin	bail
imbangan dagangan	balance of trade
imigresen	immigration
impak	impact
import	import
impuniti	impunity
imunisasi	immunisation
imuniti	immunity
indeks harga pengguna	consumer price index
indeks pencemaran udara	air pollutant index
india	india
india	indian
indonesia	indonesia
inspektor	inspector
institusi kewangan	financial institution
insurans	insurance
integriti	integrity
intensiti	intensity
ipoh	ipoh
ipu	air pollutant index
iran	iran
iraq	iraq
ireland	ireland
isi rumah	household
islam	islam
isnin	monday
israel	israel
itali	italy
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
jalan persekutuan	federal road
jalan raya	road
jalan rosak	damaged road
jalur gemilang	malaysian flag
jalur lebar	broadband
jam	hour
jam	clock
jambatan	bridge
jaminan	bail
jaminan	guarantee
jaminan kesihatan	health insurance
jaminan kesihatan nasional	national health insurance
jaminan makanan	food security
janakuasa	power generation
jangkaan	expectation
jangkaan	forecast
jangkitan	infection
januari	january
jaringan	goal
jawapan	answer
jawatan	post
jawatan	position
jawatan kosong	vacancy
jawatankuasa	committee
jemaah menteri	cabinet
jenayah	crime
jenayah siber	cybercrime
jepun	japan
jerebu	haze
jerman	germany
jeti	jetty
johor	johor
johor bahru	johor bahru
jordan	jordan
jpj	road transport department
jpn	national registration department
jualan	sales
julai	july
jumaat	friday
jumlah	total
jumlah	amount
jun	june
jurulatih	coach
jurulatih kepala	head coach
jururawat	nurse
juruterbang	pilot
justeru	therefore
justeru	thus
kad pengenalan	identity card
kadar	rate
kadar dasar semalaman	overnight policy rate
kadar faedah	interest rate
kadar pengangguran	unemployment rate
kadar pertukaran	exchange rate
kaji selidik	survey
kajian	research
kakitangan	staff
kakitangan	employee
kakitangan awam	civil servant
kali ganda	fold
kampung baru	new village
kanada	canada
kanak-kanak	child
kanser	cancer
kanun keseksaan	penal code
kapal terbang	aeroplane
kapasiti	capacity
kapasiti produksi	production capacity
kastam	customs
kaum	race
kaum	community
kawalan	control
kawasan	constituency
kawasan luar bandar	rural area
kawasan parlimen	parliamentary constituency
kdnk	gross domestic product
keahlian	membership
keamanan	peace
kebajikan	welfare
kebangsaan	national
kebankrapan	bankruptcy
keberkesanan	effectiveness
kebimbangan	concern
kebimbangan	worry
kebocoran data	data leak
kecederaan	injury
kecekapan	efficiency
kecemasan	emergency
kecurian	theft
kedah	kedah
kedudukan	standing
keganasan	violence
keganasan	terrorism
kehilangan	disappearance
kejohanan	championship
kejohanan	tournament
kekal	remain
kekal	permanent
kelantan	kelantan
kelapan	eighth
kelayakan	eligibility
kelayakan	qualification
kelmarin	the day before yesterday
keluaran	product
keluaran	output
keluaran	issue
keluaran dalam negeri kasar	gross domestic product
keluasan	area
kelulusan	approval
kem	camp
kemahiran	skill
kemalangan	accident
kemalangan jalan raya	road accident
kemanusiaan	humanity
kemanusiaan	humanitarian
kemarau	drought
kemboja	cambodia
kemelesetan	recession
kementerian belia dan sukan	ministry of youth and sports
kementerian dalam negeri	ministry of home affairs
kementerian kesihatan	ministry of health
kementerian kewangan	ministry of finance
kementerian luar negeri	ministry of foreign affairs
kementerian pendidikan	ministry of education
kementerian pertahanan	ministry of defence
kempen	campaign
kemudahan awam	public facilities
kemusnahan	destruction
kenderaan	vehicle
kenderaan elektrik	electric vehicle
kenyataan	statement
kenyataan media	press statement
kepada	for
kepenggunaan	consumerism
kepentingan	importance
kepentingan	interest
keperluan	requirement
keputusan	result
keputusan peperiksaan	exam results
keputusan seri	draw
kerajaan	government
kerajaan	kingdom
kerajaan negeri	state government
kerajaan perpaduan	unity government
kerajaan persekutuan	federal government
kerajaan tempatan	local government
kerana	because
kerana itu	therefore
kerap	frequent
kerap	often
kereta	car
kereta api laju	high-speed train
kereta kebal	tank
kereta sewa	rental car
kerosakan	damage
kertas undi	ballot paper
kerugian bersih	net loss
kerusi	seat
kerusi	chair
kes	case
kes jenayah	criminal case
kes positif	positive case
kesan	effect
kesan	impact
kesatuan	union
kesatuan eropah	european union
kesatuan sekerja	trade union
keselamatan	security
keselamatan	safety
keselamatan awam	public safety
keselamatan makanan	food security
keselamatan makanan	food safety
keselamatan negara	national security
keselamatan siber	cybersecurity
kesepaduan	cohesion
kesesakan	congestion
kesesakan lalu lintas	traffic congestion
kesihatan	health
kesihatan jiwa	mental health
kesihatan masyarakat	public health
kesihatan mental	mental health
ketelusan	transparency
ketenteraan	military
keterangan	evidence
keterangan	testimony
keterangan	statement
ketua menteri	chief minister
ketua pegawai eksekutif	chief executive officer
ketua pembangkang	opposition leader
ketua pengarah	director-general
ketua polis	police chief
ketua polis daerah	district police chief
ketua polis negara	inspector-general of police
ketua setiausaha	secretary-general
ketua setiausaha negara	chief secretary to the government
keuntungan bersih	net profit
keusahawanan	entrepreneurship
keutamaan	priority
kewangan	finance
khamis	thursday
khazanah	khazanah
khazanah	treasure
khidmat	service
kilang	factory
kilometer	kilometre
kira-kira	about
kira-kira	approximately
kitar semula	recycling
kkm	ministry of health
klia	kuala lumpur international airport
klinik kesihatan	health clinic
koko	cocoa
kolej	college
komen	comment
kompleksiti	complexity
komposit	composite
komuniti	community
komuter	commuter
kondominium	condominium
konsert	concert
konstabel	constable
koperal	corporal
korban	sacrifice
korea selatan	south korea
korea utara	north korea
kos	cost
kos sara hidup	cost of living
kota kinabalu	kota kinabalu
kpm	ministry of education
kreatifiti	creativity
kreativiti	creativity
kredibiliti	credibility
kriminaliti	crime
krismas	christmas
kritikal	critical
ktm	malayan railway
kuala lumpur	kuala lumpur
kualiti	quality
kuantiti	quantity
kuching	kuching
kukuh	strong
kukuh	solid
kumpulan wang simpanan pekerja	employees provident fund
kuota import	import quota
kuwait	kuwait
kwsp	employees provident fund
labuan	labuan
ladang	plantation
ladang	farm
lagi	more
lagi	again
lagu kebangsaan	national anthem
lama	old
lama	long
laman sesawang	website
laman web	website
lambat	late
landasan	track
landasan	runway
langkawi	langkawi
lanjutan	extension
lanjutan	continuation
lanjutan	further
laos	laos
lapan	eight
lapan belas	eighteen
lapan puluh	eighty
lapangan terbang	airport
lapangan terbang antarabangsa kuala lumpur	kuala lumpur international airport
laut china selatan	south china sea
lawatan rasmi	official visit
layak	eligible
layak	qualified
layanan kesihatan	health service
lebih kurang	about
lebih kurang	approximately
lebihan	surplus
lebuh raya	highway
lebuhraya	highway
legaliti	legality
lelaki	male
lembaga hasil dalam negeri	inland revenue board
lembaga pengarah	board of directors
lembah klang	klang valley
lepas	last
lepas	after
lepas	release
lesen	licence
lesen memandu	driving licence
letupan	explosion
lewat	late
lhdn	inland revenue board
liabiliti	liability
liga super	super league
likuiditi	liquidity
liter	litre
loji	plant
loji janakuasa	power plant
lori	lorry
lorong	lane
lrt	light rail transit
luar bandar	rural
luar negara	abroad
luar negara	overseas
luar pesisir	offshore
luar talian	offline
luas	extensive
lubang	pothole
lubnan	lebanon
lumba	race
lusa	the day after tomorrow
mac	march
maghribi	morocco
mahkamah majistret	magistrate court
mahkamah persekutuan	federal court
mahkamah rayuan	court of appeal
mahkamah sesyen	sessions court
mahkamah syariah	syariah court
mahkamah tinggi	high court
mahu	want
mahupun	nor
mahupun	or
majistret	magistrate
majlis	council
majlis	ceremony
majlis bandaraya	city council
majlis perbandaran	municipal council
majlis raja-raja	conference of rulers
majoriti	majority
maklum balas	feedback
maklumat	information
maklumat lanjut	further information
malah	in fact
malaysia	malaysia
malaysia timur	east malaysia
mampu	afford
mampu milik	affordable
manakala	while
manakala	whereas
mangsa	victim
mangsa banjir	flood victim
manifesto	manifesto
mara	advance
masing-masing	respectively
masing-masing	each
masyarakat	society
masyarakat	community
mata	point
mata	eye
mata asas	basis point
mata peratusan	percentage point
mata wang	currency
mata wang kripto	cryptocurrency
matawang	currency
matematik	mathematics
matlamat	goal
matlamat	aim
maut	killed
mayat	corpse
mayat	body
mayoriti	majority
mei	may
melabur	invest
melaka	malacca
melancong	travel
melancong	tour
melanggar	hit
melanggar	violate
melawat	visit
melayu	malay
meleset	slump
melonjak	jump
meluaskan	widen
meluluskan	approve
memandu	drive
memanjangkan	extend
membabitkan	involve
membaik pulih	repair
membangunkan	develop
membantah	object
membantah	protest
membekalkan	supply
membeli-belah	shopping
memberitahu	tell
memberitahu	inform
membimbangkan	worrying
membina	build
membina semula	rebuild
membuat	do
membunuh	murder
memeterai	seal
memeterai	sign
meminda	amend
memohon	apply
memorandum persefahaman	memorandum of understanding
memperkukuh	strengthen
memperluaskan	expand
memperuntukkan	allocate
memulakan	start
memulihkan	recover
menafikan	deny
menaik taraf	upgrade
menamatkan	end
menamatkan	terminate
menambah baik	improve
menangani	tackle
menangani	deal with
menangguhkan	postpone
mencabar	challenging
mencabar	challenge
mencadangkan	propose
mencadangkan	suggest
mencapai	reach
mencapai	achieve
mencatatkan	record
mencecah	reach
mencecah	hit
mendakwa	claim
mendapat	obtain
mendapati	find
mendedahkan	reveal
mendedahkan	expose
mendesak	press
menegaskan	assert
menemui	find
menemui	meet
menerima	receive
menerima	accept
menetap	settle
menetap	reside
mengaku	admit
mengaku	plead
mengaku bersalah	plead guilty
mengaku tidak bersalah	plead not guilty
menganggarkan	estimate
menganjurkan	organise
mengawal	control
mengawal	guard
mengedar dadah	traffic drugs
mengekalkan	maintain
mengekalkan	keep
mengeksport	export
mengeluarkan	produce
mengeluarkan	withdraw
mengenai	regarding
mengenal pasti	identify
mengesahkan	confirm
menggantung	suspend
menggesa	urge
menggodam	hack
menghantar	send
mengikut	follow
mengikut	according to
mengimport	import
mengitar semula	recycle
mengkaji	examine
mengkaji semula	review
menguatkan	strengthen
menguatkuasakan	enforce
mengukuhkan	strengthen
mengulas	comment
mengundi	vote
mengunjurkan	project
mengunjurkan	forecast
mengurangkan	reduce
menguruskan	manage
menilai	evaluate
menimbang	consider
meninggal dunia	die
meninggal dunia	pass away
meningkatkan	raise
menipu	defraud
menjana	generate
menjangka	expect
menjangkakan	expect
menjaringkan	score
menjejaskan	affect
menjelang	by
menjelang	towards
menjuarai	win the title
menolak	push
menteri besar	chief minister
menuju	head to
menuntut	claim
menurun	decrease
menurun	fall
menyaksikan	see
menyambut	celebrate
menyambut	welcome
menyampaikan	deliver
menyampaikan	convey
menyasarkan	target
menyediakan	prepare
menyelamat	rescue
menyelamatkan	save
menyelamatkan	rescue
menyelesaikan	solve
menyelesaikan	settle
menyeludup	smuggle
menyemak	review
menyemak	check
menyerahkan	surrender
menyertai	join
menyeru	call on
menyiasat	investigate
meraikan	celebrate
merancang	plan
merasmikan	officiate
merasmikan	open
merayu	appeal
merdeka	independence
merdeka	independent
merekodkan	record
merogol	rape
merompak	rob
merosakkan	damage
merosot	drop
mesir	egypt
mesyuarat	meeting
meter	metre
metmalaysia	meteorological department
mexico	mexico
minggu lepas	last week
minit	minute
minoriti	minority
minyak mentah	crude oil
minyak sawit mentah	crude palm oil
miskin tegar	hardcore poor
mobiliti	mobility
modal insan	human capital
monsun	monsoon
monsun timur laut	northeast monsoon
motosikal	motorcycle
mou	memorandum of understanding
mrt	mass rapid transit
muflis	bankrupt
mukim	subdistrict
muslim	muslim
myanmar	myanmar
mykad	identity card
nahas	crash
nahas	accident
naib canselor	vice-chancellor
naib juara	runner-up
naib pengerusi	vice chairman
naib presiden	vice president
naik taraf	upgrade
negara	nation
negeri sembilan	negeri sembilan
new zealand	new zealand
ngo	non-governmental organisation
nigeria	nigeria
norway	norway
november	november
obesiti	obesity
ogos	august
oktober	october
oku	disabled person
olahraga	athletics
oleh itu	therefore
oleh kerana itu	therefore
olimpik	olympics
operasi mencari dan menyelamat	search and rescue operation
opr	overnight policy rate
orang asli	indigenous people
orang hilang	missing person
orang kurang upaya	disabled person
orang ramai	public
orang utan	orangutan
otoriti	authority
otoriti jasa keuangan	Financial Services Authority
pada masa ini	at present
pada masa yang sama	at the same time
padi	paddy
pahang	pahang
paip	pipe
pakar	specialist
pakar ekonomi	economist
pakatan	coalition
pakatan	pact
pakistan	pakistan
palestin	palestine
pandangan	view
pandangan	opinion
pandemik	pandemic
pangsapuri	apartment
pantai barat	west coast
pantai timur	east coast
pantas	fast
pantas	quick
parlimen	parliament
parti	party
pasar wang	money market
pasaran	market
pasaran modal	capital market
pasaran saham	stock market
pasport	passport
pasukan	team
pasukan	squad
pasukan	force
pasukan kebangsaan	national team
pati	illegal immigrant
pbb	united nations
pbt	local authority
pdrm	royal malaysian police
pecah amanah	criminal breach of trust
pegawai	officer
pegawai	official
pegawai kanan	senior officer
pegawai polis	police officer
peguam	lawyer
peguam bela	defence lawyer
peguam negara	attorney general
pejabat	office
pejabat tanah	land office
pekan	town
pekebun kecil	smallholder
pekerja asing	foreign worker
pekerjaan	employment
pelabuhan klang	port klang
pelabur	investor
pelaburan	investment
pelan	plan
pelancaran	launch
pelancongan	tourism
pelanggaran	collision
pelanggaran	violation
pelantar	platform
pelantar	rig
pelarian	refugee
pelawat	visitor
pelbagai	various
pelbagai hala	multilateral
pelepasan	release
pelepasan	emission
pelepasan karbon	carbon emission
pemain import	foreign player
pemaju	developer
pemandu	driver
pembandaran	urbanisation
pembangkang	opposition
pembekal	supplier
pemberita	reporter
pembinaan	construction
pembuatan	manufacturing
pembulian	bullying
pembunuh	murderer
pemegang saham mayoriti	majority shareholder
pemindahan	evacuation
pemindahan	transfer
pemiutang	creditor
pemulihan	rehabilitation
penagih	addict
penagih dadah	drug addict
penamaan calon	nomination
penambahbaikan	improvement
penangguhan	postponement
pencen	pension
pencucian wang	money laundering
pendakwa raya	prosecutor
pendakwaan	prosecution
pendatang	immigrant
pendatang asing	foreign immigrant
pendatang asing tanpa izin	illegal immigrant
penderaan	abuse
pendigitalan	digitalisation
penduduk	resident
penduduk	population
penduduk tetap	permanent resident
penerbangan	flight
penerbangan	aviation
pengangkutan	transport
pengangkutan awam	public transport
penganjur	organiser
pengarah	director
pengarah jenderal	director general
pengarah urusan	managing director
pengarah utama	chief executive
pengarah utama	president director
pengawalan	control
pengedar dadah	drug trafficker
pengedaran dadah	drug trafficking
pengeluar	producer
pengeluar	manufacturer
pengeluaran	withdrawal
pengeluaran	production
pengeluaran	output
pengerusi	chairman
pengerusi	chairperson
pengesahan	confirmation
pengetua	principal
pengganas	terrorist
penggantungan	suspension
penggodam	hacker
pengguna	consumer
pengguna	user
penggunaan	use
penggunaan	usage
penghakiman	judgment
penghutang	debtor
pengilang	manufacturer
pengimport	importer
penginapan	accommodation
penglibatan	involvement
penguat kuasa	enforcement officer
penguatkuasaan	enforcement
pengubahan wang haram	money laundering
pengukuhan	strengthening
pengundi	voter
pengurus	manager
pengurusan	management
peniaga	trader
peniaga	businessman
penipuan dalam talian	online fraud
penjaga gol	goalkeeper
penjara	prison
penjara	jail
penjawat awam	civil servant
penjenayah	criminal
pensyarah	lecturer
penternak	livestock farmer
penunggang	rider
penurunan	decrease
penurunan	decline
penyakit berjangkit	infectious disease
penyata	statement
penyata kewangan	financial statement
penyediaan	provision
penyediaan	preparation
penyelamat	rescuer
penyelesaian	solution
penyelesaian	settlement
penyelidik	researcher
penyelidikan	research
penyeludupan	smuggling
penyerang	striker
penyerang	attacker
penyertaan	participation
penyewa	tenant
penyiasat	investigator
penyokong	supporter
penyu	turtle
peperangan	war
peperiksaan	examination
perak	perak
perancangan	planning
perancis	france
perangkaan	statistics
perasmian	official opening
peraturan	rule
peratus	percent
peratusan	percentage
perbandaran	municipal
perbankan islam	islamic banking
perbelanjaan	expenditure
perbelanjaan	spending
perbezaan	difference
perbicaraan	trial
percuma	free
percutian	vacation
perhentian	stop
perhentian	station
perikanan	fishery
perindustrian	industrial
perisian	software
perkakasan	hardware
perkara	article
perkara	matter
perkara	thing
perkeso	social security organisation
perkhidmatan	service
perkhidmatan awam	civil service
perkilangan	manufacturing
perladangan	plantation
perlahan	slow
perlawanan	match
perlawanan akhir	final
perlembagaan	constitution
perlembagaan persekutuan	federal constitution
perlis	perlis
perlu	must
perlumbaan	race
permodalan nasional berhad	national equity corporation
perniagaan	business
perolehan	revenue
perolehan	procurement
perompak	robber
perpaduan	unity
perpuluhan	decimal
perpuluhan	point
persaraan	retirement
persatuan	association
persefahaman	understanding
persekutuan	federation
persekutuan	federal
persetujuan	agreement
persetujuan	approval
persidangan	conference
pertahanan	defence
pertahanan tengah	centre-back
pertanyaan	enquiry
pertubuhan	organisation
pertubuhan bangsa-bangsa bersatu	united nations
pertubuhan keselamatan sosial	social security organisation
pertubuhan kesihatan sedunia	world health organisation
pertuduhan	charge
perubatan	medical
perubatan	medicine
peruntukan	allocation
peruntukan	provision
perusahaan kecil dan sederhana	small and medium enterprises
pesakit	patient
pesara	retiree
pesawah	rice farmer
pesuruhjaya	commissioner
pesuruhjaya tinggi	high commissioner
petaling jaya	petaling jaya
petang	afternoon
petang	evening
peti undi	ballot box
petrol	petrol
petroleum	petroleum
petronas	petronas
piala dunia	world cup
pihak berkuasa	authorities
pihak berkuasa tempatan	local authority
pilihan raya	election
pilihan raya kecil	by-election
pilihan raya negeri	state election
pilihan raya umum	general election
pindaan	amendment
pingat	medal
pingat emas	gold medal
pingat gangsa	bronze medal
pingat perak	silver medal
pinjaman perumahan	housing loan
pintu masuk	entry point
pks	small and medium enterprises
plaza tol	toll plaza
pnb	national equity corporation
poland	poland
polis	police
polis diraja malaysia	royal malaysian police
polisi	policy
populariti	popularity
portugal	portugal
pps	relief centre
prasekolah	preschool
presiden pengarah	president director
prihatin	caring
prioriti	priority
produktiviti	productivity
profitabiliti	profitability
program	programme
projek mega	mega project
prosedur operasi standard	standard operating procedure
protokol kesihatan	health protocol
ptptn	national higher education fund
pulau pinang	penang
punca	cause
purata	average
pusat	centre
pusat data	data centre
pusat pemindahan sementara	temporary relief centre
pusingan	round
putrajaya	putrajaya
qatar	qatar
rabu	wednesday
racun perosak	pesticide
radioaktiviti	radioactivity
raja-raja melayu	malay rulers
rakyat	citizen
ramadan	ramadan
ramai	many
ramai	crowd
rancangan	plan
rancangan	programme
rancangan malaysia	malaysia plan
rang undang-undang	bill
rangkaian	network
rangkaian 5g	5g network
ranking	ranking
rantaian bekalan	supply chain
rantau	region
rasmi	official
rasuah	corruption
rasuah	bribery
rawatan	treatment
rayuan	appeal
realiti	reality
rekod	record
reman	remand
renang	swimming
republik rakyat china	people's republic of china
resort	resort
restrukturisasi hutang	debt restructuring
ribut	storm
ribut petir	thunderstorm
rizab	reserve
rizab antarabangsa	international reserves
rogol	rape
rompakan	robbery
rosak	damaged
rosak	broken
rumah mampu milik	affordable house
rumah pangsa	flat
rundingan	negotiation
rusia	russia
rutiniti	routine
saat	second
saat	moment
sabah	sabah
sabitan	conviction
sabtu	saturday
sahaja	only
sahaja	just
saintis	scientist
saiz	size
sakit	sick
sakit	pain
sakit jantung	heart disease
salah guna kuasa	abuse of power
saman	summons
saman	fine
sambutan	celebration
sambutan	response
sampah	rubbish
sampah	garbage
samun	robbery
sara hidup	living
sarawak	sarawak
sarjan	sergeant
sawah padi	paddy field
scam	scam
sdn bhd	private limited company
sebab	reason
sebab	cause
sebahagian	part
sebahagian	some
sebahagian besar	most
sebarang	any
sebatan	whipping
sebulan	per month
secara keseluruhan	overall
secepat mungkin	as soon as possible
sedekad	a decade
segelintir	a handful
sehari	per day
sehingga	until
sehingga	up to
sejam	an hour
sejam	per hour
sejumlah	an amount of
sekali gus	at once
sekali gus	simultaneously
sekitar	around
sekitar	about
sekolah agama	religious school
sekolah jenis kebangsaan	national-type school
sekolah kebangsaan	national school
sekolah rendah	primary school
seksyen	section
sektor awam	public sector
sektor swasta	private sector
sekuriti	securities
sekuriti	security
selain itu	besides
selain itu	moreover
selalu	often
selangor	selangor
selasa	tuesday
selat melaka	strait of malacca
selepas	after
selesema	flu
selesema	cold
selewat-lewatnya	at the latest
seludup	smuggle
seluruh negara	nationwide
semakan	review
semakan	check
semalam	yesterday
semasa	during
semasa	while
semasa	current
semenanjung malaysia	peninsular malaysia
sementara itu	meanwhile
seminggu	per week
sempadan	border
sen	cent
senang	easy
senang	happy
senarai	list
sendiri	self
sendiri	own
senjata api	firearm
sentiasa	always
sepanjang	throughout
sepanjang	along
sepanyol	spain
separuh akhir	semi-final
september	september
seramai	a total of
serantau	regional
serta-merta	immediately
sesetengah	some
sesi persekolahan	school session
setahun	per year
setiap	every
setiap	each
setiausaha	secretary
setiausaha agung	secretary-general
shah alam	shah alam
siasatan	investigation
sidang akhbar	press conference
sidang kemuncak	summit
sidang media	press conference
sifar	zero
sihat	healthy
sijil	certificate
sijil pelajaran malaysia	malaysian certificate of education
silibus	syllabus
sindiket	syndicate
singapura	singapore
sisa	waste
sisa pepejal	solid waste
siswazah	graduate
soalan	question
solidariti	solidarity
sop	standard operating procedure
speaker	speaker
spm	malaysian certificate of education
spr	election commission
sprm	malaysian anti-corruption commission
sri lanka	sri lanka
sst	sales and service tax
stadium	stadium
stesen	station
stpm	malaysian higher school certificate
strok	stroke
subsidi bersasar	targeted subsidy
sukan	sport
sukan komanwel	commonwealth games
sukan olimpik	olympic games
sukan sea	sea games
suku	quarter
suku	tribe
suku akhir	quarter-final
suku kaum	ethnic group
suku pertama	first quarter
suku tahun	quarter
sukuk	sukuk
sulit	confidential
sumber manusia	human resources
suntikan	jab
superioriti	superiority
surat hutang	debt security
surau	prayer room
suruhanjaya	commission
suruhanjaya pemberantasan korupsi	Corruption Eradication Commission
suruhanjaya pemilihan umum	General Elections Commission
suruhanjaya pencegahan rasuah malaysia	malaysian anti-corruption commission
suruhanjaya pilihan raya	election commission
suruhanjaya sekuriti	securities commission
suspek	suspect
susulan	following
susulan	follow-up
susut	decrease
sweden	sweden
switzerland	switzerland
syarikat	company
syarikat berhad	limited company
syarikat berkaitan kerajaan	government-linked company
syarikat buruh	labor union
syarikat pekerja	labor union
syarikat penerbangan	airline
syarikat sendirian berhad	private limited company
syria	syria
tabung	fund
tabung haji	pilgrims fund
tadika	kindergarten
tahanan	detention
tahun baru cina	chinese new year
tahun hadapan	next year
tahun lepas	last year
taiwan	taiwan
takaful	takaful
talian	line
taman	housing estate
tamat	end
tamat	finish
tambahan pula	furthermore
tambang	fare
tan	tonne
tan sri	tan sri
tanah adat	customary land
tanah rizab	reserve land
tanah runtuh	landslide
tangkapan	arrest
tangkapan	catch
tarif elektrik	electricity tariff
tarif import	import tariff
tarikan	attraction
tasik	lake
teknologi maklumat	information technology
teksi	taxi
telah	have
telefon bimbit	mobile phone
telefon genggam	mobile phone
telefon pintar	smartphone
televisyen	television
telus	transparent
tembakan	shooting
tempatan	local
tempoh	period
temu bual	interview
tenaga boleh baharu	renewable energy
tenaga kesihatan	health worker
tenaga nasional	national energy
tenaga nasional berhad	national power company
tenaga solar	solar energy
tengah	centre
tengah hari	noon
tengku	prince
tentera	army
tentera	military
tentera darat	army
tentera laut	navy
tentera udara	air force
terbabit	involved
terbakar	burnt
terbakar	on fire
terbunuh	killed
tercedera	injured
terengganu	terengganu
terhempas	crashed
terjejas	affected
terkorban	killed
ternakan	livestock
terowong	tunnel
terputus	cut off
tertuduh	accused
teruk	bad
teruk	severe
thailand	thailand
tiap-tiap	every
tidak bersalah	not guilty
tidak bersalah	innocent
tidak boleh	cannot
tidak rasmi	unofficial
timbalan	deputy
timbalan menteri	deputy minister
timbalan pendakwa raya	deputy public prosecutor
timbalan perdana menteri	deputy prime minister
timur tengah	middle east
tinjauan	survey
tinjauan	review
tnb	national power company
tokong	temple
trilion	trillion
tuanku	your majesty
tukaran asing	foreign exchange
tun	tun
tunku	prince
tuntutan	claim
tuntutan	demand
turki	turkey
turkiye	turkey
turut	also
turut	join
uae	united arab emirates
ubat	medicine
ubat	drug
ubat-ubatan	medicines
ucapan	speech
ukraine	ukraine
ulasan	comment
ulasan	review
undi	vote
undian	vote
undian	ballot
uni eropah	European Union
unit rawatan rapi	intensive care unit
united kingdom	united kingdom
universiti	university
universiti awam	public university
unjuran	projection
upsr	primary school assessment test
urusan	affair
urusan	matter
usaha sama	joint venture
van	van
vape	vape
vietnam	vietnam
volatiliti	volatility
wabak	epidemic
wabak	outbreak
wad	ward
walau bagaimanapun	however
wang	money
wang elektronik	electronic money
wang kertas	banknote
wang logam	coin
wang sekolah	tuition
wang tunai	cash
warga emas	senior citizen
who	world health organisation
wilayah persekutuan	federal territory
wisma putra	ministry of foreign affairs
yaman	yemen
yang berhormat	honourable
yang di-pertuan agong	king
yang dipertua	speaker
yang dipertua	president
yuran	fee
zakat	zakat
zakat	alms
`

/** The Malay → English lexicon as TSV text (`malay<TAB>english` per line, ordered by the Malay side). */
export const lexiconEnTsv: string = patchTsv(indonesian, { remove: notInMalay, add: malayLines })
