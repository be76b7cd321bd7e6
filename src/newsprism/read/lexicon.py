"""Closed word classes for the name grammar: titles, organisation and place cue words, and the
capitalised words that are not names (sentence starters, weekdays, months).

All sets hold lower-case words; callers look up ``token.lower()``.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of a title: "Prime *Minister*", "*Secretary* of State", "*Gen.*". Any word ending in
# ``IN_CHIEF`` ("Commander-in-Chief") is a head too.
TITLE_HEADS = _words("""
    president minister secretary secretary-general chancellor king queen pope general gen.
    governor gov. mayor senator sen. rep. representative congressman congresswoman ambassador
    prince princess sheikh emir sultan ayatollah judge commissioner director spokesman
    spokeswoman spokesperson premier chairman chairwoman ceo leader commander colonel col.
    lt. lieutenant captain capt. major maj. sergeant sgt. admiral adm. marshal patriarch
    archbishop bishop cardinal rev. reverend dr. prof. professor mr. mrs. ms. lord sir dame
    chief envoy speaker prosecutor inspector emperor empress duke duchess vice-president
    lawmaker mp deputy-minister president-elect sheriff pm justice treasurer
    """)

IN_CHIEF = "-in-chief"  # the ending of title heads not listed: "commander-in-chief"...


# Words that qualify a title head: "*Deputy Prime* Minister", "*Foreign* Minister".
TITLE_MODIFIERS = _words("""
    prime foreign deputy vice acting interim first chief senior supreme crown grand defence
    defense health interior finance economy economic justice home state trade energy education
    culture agriculture transport environment labour labor security national former executive
    managing attorney lieutenant major brigadier field rear assistant under associate high
    special military opposition regional provincial federal emergency information
    communications presidential press development industry commerce treasury homeland
    intelligence human rights affairs public works sports tourism water science technology
    """)

# Title qualifiers that may stand before a name without a head ("Energy Ann Vell", "Deputy Vell"
# read as titled): portfolios and ranks of office, not words that open other proper names
# ("National ... Day", "Grand ... Hotel").
LONE_QUALIFIERS = _words("""
    foreign defence defense health interior finance economy justice trade energy education
    culture agriculture transport environment labour labor treasury commerce industry tourism
    deputy vice acting interim associate assistant
    """)

# Words allowed after "of" in a title: "Secretary of *State*", "Minister of *Foreign Affairs*".
TITLE_COMPLEMENTS = TITLE_MODIFIERS | _words(
    "the affairs defence defense state situations emergencies relations"
)

# Honorifics: a title cue for a person, but not a role worth recording.
HONORIFICS = _words("mr. mrs. ms. miss mx. sir dame")

# Last word of an organisation name: "Minsk *Group*", "Foreign *Ministry*".
ORG_CUES = _words("""
    ministry ministries department agency council committee commission group party army
    forces force navy guard guards police university college institute company corporation
    corp. inc. ltd. co. bank organization organisation association union fund foundation
    office service services authority court parliament assembly congress senate cabinet
    government movement front alliance league coalition brigade battalion regiment church
    network press times post journal news herald tribune telegraph broadcasting television
    airlines airways holdings systems technologies motors club society center centre board
    bureau secretariat mission embassy consulate tribunal academy school hospital command
    corps directorate administration council commission federation survey images air
    expeditions media studios entertainment records labs pharmaceuticals partners
    """)

# Words that make "X of Y" or "X Y" a place: "*Gulf* of Mexico", "Martuni *District*".
PLACE_CUES = _words("""
    gulf bay sea strait straits isle island islands lake river mountains mount mt. valley
    desert peninsula canal ocean province region district county oblast street square avenue
    airport bridge heights strip coast park hills beach springs falls
    """)

# Lower-case words before a name that make it a place: "near Stepanakert", "town of Martuni".
PLACE_PREPOSITIONS = _words("in near outside into across around toward towards")
PLACE_NOUNS = _words("""
    town city village villages region province district capital enclave republic county state
    port area suburb settlement oblast
    """)

# Lower-case role words for appositions: "Sergey Lavrov, Russia's foreign minister" (regex
# alternatives: "[a-z]+-in-chief" is "commander-in-chief", "editor-in-chief"...).
ROLE_HEADS_LOWER = (
    "president|prime minister|minister|secretary of state|secretary general|secretary-general|"
    "secretary|chancellor|king|queen|governor|mayor|senator|ambassador|spokesman|spokeswoman|"
    "spokesperson|chief|head|leader|director|chairman|chairwoman|chair|commander|envoy|"
    "official|adviser|advisor|aide|prosecutor|judge|ceo|founder|general|premier|speaker|"
    "lawmaker|emir|sheikh|first lady|correspondent|editor|analyst|researcher|professor|"
    "executive|treasurer|deputy|commander in chief|[a-z]+-in-chief"
)
ROLE_MODIFIERS_LOWER = (
    "deputy|vice|acting|interim|former|chief|senior|top|first|prime|foreign|defen[cs]e|health|"
    "interior|finance|economy|justice|state|trade|energy|education|security|national|"
    "executive|managing|presidential|press|military|opposition|regional|federal|general|"
    "assistant|special|high|new|current|then|longtime|veteran|transport|transportation|"
    "environment|agriculture|culture|labou?r|home|treasury|communications|information|industry|"
    "commerce|tourism|sports?|housing|intelligence|homeland|economic|development"
)

# Last words of names of things, not people: "Ostrel *Cup*", "Lunar New *Year*", "Brenna *Star*".
THING_HEADS = _words("""
    cup year day eve games olympics olympiad championship championships festival prize award
    awards trophy marathon series star express spirit carnival expo
    """)

# Lower-case nouns before a name that make it the name of a thing: "the ship Brenna Star".
THING_NOUNS = _words("""
    ship vessel tanker ferry boat yacht freighter carrier frigate destroyer submarine liner
    trawler cruiser barge tug steamer schooner tournament festival holiday storm hurricane
    typhoon cyclone operation mission flight train aircraft plane jet rocket satellite
    spacecraft horse colt mare
    """)

# Speech verbs after a name that make it a person: "Pompeo *said*".
SPEECH_VERBS = _words("""
    said says told added stated noted warned wrote tweeted insisted argued asked replied
    claimed explained announced vowed urged declared stressed confirmed denied
    """)

WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = _words("""
    january february march april may june july august september october november december
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    """)

# Capitalised words that do not start a name: function words and common sentence openers.
STOP_CAPS = _words("""
    a an the this that these those there here it its it's i i'm i've i'd we we're our you your
    he his him she her they their them what which who whom whose when where why how whether
    but and or nor so yet for of in on at by to from with without within about above after
    again against all also although among amid as because before behind below beneath beside
    besides between beyond both despite during each either even ever every except few
    following further however if into instead just last later least less like many meanwhile
    more moreover most much next no none not now once one only other otherwise our over
    perhaps rather since some still such than then thereafter therefore though through
    throughout thus together too toward towards under unless unlike until up upon very via
    was were while will would yes yesterday today tonight tomorrow according asked many
    several two three four five six seven eight nine ten first second third earlier
    separately elsewhere officials people residents some another any neither nothing
    something everything everyone someone many most speaking asked adding meanwhile
    initially finally additionally overall indeed instead nevertheless nonetheless
    reports report updated update read watch photo video editor's note related advertisement
    breaking exclusive analysis opinion live please click sign subscribe share
    """)

# Lower-case particles inside personal names: "Osama *bin* Laden", "Ursula *von der* Leyen".
NAME_PARTICLES = _words(
    "de da di du del della der den dos das van von la le bin ibn bint ben al el y zu ter"
)

# Connectors allowed inside organisation names: "Organization *for* Security *and* ...".
ORG_CONNECTORS = _words("of for and in on the")
