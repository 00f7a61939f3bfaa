"""English word lists for the headline checks of the news evaluation (``timeline.evaluation.news``).

Plain lists, deliberately independent of the parser the events stage uses, so the checks do not share its
mistakes. A headline reads alone when it has a predicate (a finite verb, headline-style "X to close", or an
event noun such as "Death of ..."), does not end on a word that wants more, starts with a capital and does not
open on a pronoun whose antecedent is in another sentence.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A headline opening with one of these leans on a sentence the reader does not see.
DANGLING_PRONOUNS = _words("he she they it his her its their i we")

# A headline ending on one of these is cut short ("Demolition to continue into", "as a result of").
PREPOSITIONS = _words(
    "about above across after against along amid among around as at before behind below beneath beside besides "
    "between beyond by despite during except for from in inside into like near of off on onto out outside over "
    "past per since than through throughout till to toward towards under unlike until up upon via with within without")
CONJUNCTIONS = _words("and or but nor yet so because although though while whereas if unless whether that when where")
DETERMINERS = _words(
    "a an the this that these those my your his her its our their some any no every each either neither another "
    "such what which whose")
# Particles and adverbs that may end a clause ("prices went up", "talks broke off", "has seen this before") and
# object pronouns spelt like determiners ("police arrested her"): a headline may end on these.
PARTICLES = _words("up out off over down back away around along through her his "
                   "before since inside outside behind below above")
DANGLING_AT_END = (PREPOSITIONS | CONJUNCTIONS | DETERMINERS) - PARTICLES

# Finite verb forms whose shape does not show it: auxiliaries, modals and irregular pasts.
FINITE_FORMS = _words(
    "is are was were am has have had do does did will would shall should can could may might must 's 're won't "
    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't cannot couldn't wouldn't "
    "it's he's she's that's there's here's what's who's let's "
    "arose ate awoke beat became began bent bit bled blew bore broke brought built bought caught chose clung came "
    "cost crept cut dealt dug dove drew drank drove fell fed felt fought found fled flew forbade forgot forgave froze "
    "got gave went grew hung heard hid hit held hurt kept knelt knew laid led left lent let lay lit lost made meant "
    "met paid put quit ran rang rose said saw sought sold sent set shook shot shut sang sank sat slept slid spoke "
    "sped spent spun split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told "
    "thought threw understood woke wore won withdrew wrote "
    "beaten been bitten broken chosen done drawn driven eaten fallen flown forgotten frozen given gone grown hidden "
    "known ridden risen seen shaken shown spoken stolen sworn taken thrown torn woken worn written")

# Base forms of verbs common in news. Their -s form after a subject ("Adrian forms", "Rice announces") or their
# base form after a plural subject or headline "to" ("Police arrest", "BP to plug") is the headline's predicate.
COMMON_VERBS = _words(
    "accept accuse acquire admit agree aim allow announce appeal appear apply approve argue arrest arrive ask attack "
    "attempt attend award back ban battle become begin believe blame block boost break bring build burn buy call "
    "cancel capture celebrate change charge claim clash close collapse come complete condemn confirm consider "
    "continue convict cost crash create criticise criticize cut decide declare decline defeat defend delay deliver "
    "deny describe destroy develop die discover dismiss drop elect emerge end enter escape evacuate expand expect "
    "face fail fall fear file find fire flee flood fly follow force form free gain get give go grant grow halt hand "
    "happen head hear help hire hit hold host hurt identify include increase injure introduce investigate issue "
    "join keep kill land launch lead leave lift lose make mark meet miss move name need offer open order overturn "
    "pass pay perform plan play plead plug pledge post predict prepare present press promise propose protest prove "
    "publish pull push raise reach receive record recover reduce refuse reject release remain remove reopen replace "
    "report request require rescue resign respond retire return reveal rise rule run save say score secure see seek "
    "seize sell send sentence serve set settle shoot show shut sign slam sound spark speak spend spread stand start "
    "stay step stop strike study sue suffer support surge suspend take talk target tell test threaten top trade try "
    "turn unveil urge use visit vote vow walk want warn win withdraw work write "
    "add affect agree allege appoint arrange assess assist assure attract avoid bar bear beat bid bind blast boycott "
    "buy campaign care carry cause cite claim clear collect combine commit compete contain control convince cover "
    "criticise cross damage deal debate demand depart deploy design detain detect die divide donate double draw "
    "drive earn ease elect employ enable encourage endorse enjoy ensure establish estimate examine exceed exist "
    "explain explode export extend feel fight fill finish fit fix focus forecast gather govern handle hang hate "
    "host house hunt impose improve indicate inform insist install intend invest invite jail judge jump kick know "
    "lack last lay learn lend let lie like link list live look love lower maintain manage marry matter mean mention "
    "merge mourn note obtain occupy occur operate oppose own pardon participate pay permit pick place plant please "
    "point praise pray prefer prevent print produce promote protect provide purchase qualify question quit rally "
    "rank rate read recall recognise recognize recommend reflect register regret reinforce relate rely remember "
    "rent repair repeat represent rescue reside resist restore result resume retain review revise ride ring risk "
    "rob roll sail sack scrap search see seem sentence shift ship sink sit slip slow smash solve spell split "
    "sponsor spot stage stall state steal stress strip struggle submit succeed suggest supply surrender survive "
    "swap sweep switch tackle teach tear think throw tie tour track train transfer travel treat trigger trust "
    "undergo unite upgrade vanish veto wait wake watch wear weigh welcome widen wish worry "
    "bury devise dig exile flag hide mix profile seal")

# Nouns that name a happening: a headline made of a noun phrase headed by one reads as an event
# ("Death of Pope Shenouda III", "Opening of the Warhol exhibit").
EVENT_NOUNS = _words(
    "accident address agreement announcement appeal arrest assault attack auction ban battle birth birthday blast "
    "bombing breach campaign ceasefire celebration ceremony change clash closure collapse conference conviction coup "
    "crash crisis cut deal death debate debut decision defeat departure disaster discovery dispute drought earthquake "
    "election emergency eruption escape evacuation event exhibit exhibition explosion festival fight fire flood "
    "funeral hearing hurricane inauguration incident injury interview invasion investigation killing landfall launch "
    "leak loss match meeting merger murder opening outbreak performance premiere protest quake raid rally recall "
    "referendum release resignation retirement return revolution riot ruling sale sentence sentencing shooting "
    "signing speech storm strike summit surrender takeover talks trial typhoon verdict victory visit vote war "
    "wedding win beating stabbing kidnapping hijacking uprising landing flooding looting crackdown shutdown "
    "lockdown walkout breakthrough")
# Suffixes of nouns of action that the list above does not name ("the suspension of", "its acquisition").
EVENT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ure", "al")

# Word shapes: contracted finite verbs ("don't", "we'll"), the regular past ("-ed"), the third person ("forms",
# "dies", "announces": ending and what replaces it in the base form), words whose -s is no inflection ("press",
# "bus", "crisis"), plural nouns; and headline style's future ("BP to plug the leak").
CONTRACTED_FINITE_ENDINGS = ("n't", "'ll", "'m", "'re", "'ve")
PAST_SUFFIX = "ed"
THIRD_PERSON_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("es", "e"))
NOT_THIRD_PERSON_ENDINGS = ("ss", "us", "is")
PLURAL_ENDINGS = (("ies", "y"), ("s", ""))
HEADLINE_FUTURE = _words("to")

# Past participles and -ed words that are not verbs (or not predicates at the head of a clause).
NOT_VERBS_ENDING_ED = _words("bed hundred kindred naked red sacred seed shed sled speed need feed greed creed "
                             "deed reed weed wicked beloved rugged ragged")

# A headline longer than this does not read as a timeline entry.
MAX_WORDS = 15
