"""Word lists used by the event stage: closed word classes, common verbs, clause markers.

Data only; the engines are ``tokens``, ``attach`` and ``headline``.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CLOSED_CLASSES: dict[str, frozenset[str]] = {
    "AUX": _words("is are was were be been being am has have had having do does did will would shall should can could may might must 's 're 've 'd 'll"),
    "PRON": _words("i you he she it we they me him her us them my your his its our their mine yours hers ours theirs himself herself itself themselves ourselves myself who whom whose which what"),
    "DET": _words("the a an this that these those each every some any no all both either neither another such"),
    "PREP": _words("in on at by for with from to of about into onto over under after before during since until till through across against among between within without near toward towards upon per amid despite via like"),
    "CONJ": _words("and or but nor yet"),
    "SUB": _words("because although though while when whereas if unless where whether as once whenever"),
    "ADV": _words("not n't never also still already just only even now then there here very too so again ago later earlier soon yesterday today tomorrow"),
}

# Common verbs whose form does not show they are verbs (irregular pasts, present forms).
COMMON_VERBS = _words(
    "said says say told tell tells made make makes took take takes gave give gives came come comes went go goes "
    "got get gets saw see sees found find finds knew know knows thought think thinks became become becomes "
    "left leave leaves kept keep keeps began begin begins brought bring brings held hold holds stood stand "
    "met meet meets ran run runs paid pay pays sent send sends built build builds lost lose loses fell fall "
    "falls led lead leads spent spend spends won win wins sold sell sells bought buy buys rose rise rises "
    "shot shoot shoots struck strike strikes hit hits put puts set sets cut cuts quit quits spoke speak speaks "
    "wrote write writes broke break breaks chose choose chooses drew draw draws grew grow grows flew fly flies "
    "seek seeks sought fought fight fights caught catch catches taught teach teaches meant mean means "
    "felt feel feels heard hear hears sat sit sits let lets want wants need needs seem seems claims added adds "
    "announced agreed asked died killed declined revealed reported warned urged denied arrested attacked "
    # Irregular past forms that are not also common nouns.
    "arose awoke bore beat bent bled blew bred clung crept dealt dug drank drove ate fed fled flung forbade forgot "
    "forgave froze hid knelt lent rode rang sank sang shook shone shrank slid slew sped spun spat sprang stole stuck "
    "stung strove swore swept swam swung tore threw trod woke wore wove wept withdrew overthrew undertook mistook "
    "understood withstood forbid forgotten stolen thrown torn worn sworn swollen frozen hidden ridden driven eaten "
    "fallen given taken shaken written broken spoken chosen risen seen known grown drawn flown shown sunk"
)
# Pronouns that are subjects: the next word, if not a function word, is their verb ("they traded", "who gather").
SUBJECT_PRONOUNS = _words("i you he she it we they who")

# Adjective endings (when a word has no other clue).
ADJECTIVE_SUFFIXES = ("ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "ian", "ese", "ary")

# Words after which the next content word is a verb.
BEFORE_VERB = _words("to will would can could may might must should shall has have had did does do not n't")
# The verb form each auxiliary takes: "will issue" (base), "was killed", "is rising" (participles), "has filed".
BEFORE_BASE_FORM = _words("to will would can could may might must should shall do does did 'll "
                          "won't wouldn't can't cannot couldn't mustn't shouldn't don't doesn't didn't")
BE_FORMS = _words("is are was were be been being am 's 're isn't aren't wasn't weren't")
HAVE_FORMS = _words("has have had having 've 'd hasn't haven't hadn't")
# Number words: amounts, not events ("had five plants", "three doctors").
NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen")

# Words that open a new clause: the clause a date belongs to does not cross them.
CLAUSE_OPENERS = _words("after before because although though while when whereas if unless since until once who which whom whose where")
REPORTING_VERBS = _words("said says say told tells added adds claimed claims stated states announced announces reported reports wrote writes declared declares noted notes")
# Words that open a relative clause after a noun ("Security Pacific, which is among ...").
RELATIVE_PRONOUNS = _words("who which whom whose that")
# Pronouns that open a noun phrase: "their jobs", "its filing".
POSSESSIVE_PRONOUNS = _words("my your his her its our their whose")
PERSONAL_PRONOUNS = _words("he she they him her them his their")
FIRST_PERSON = _words("i we me us my our")
# Nouns for people: a subject headed by one is not what a later "it" stands for.
PERSON_NOUNS = _words(
    "man woman boy girl child baby person people official spokesman spokeswoman spokesperson minister president "
    "chairman chairwoman chair director executive officer chief head leader mayor governor senator lawmaker "
    "judge lawyer attorney prosecutor defendant suspect victim witness doctor nurse patient teacher student "
    "driver worker employee resident father mother son daughter husband wife brother sister friend "
    "king queen prince princess pope priest coach player manager founder owner analyst economist researcher "
    "scientist engineer soldier officer commander agent reporter journalist editor author writer artist actor"
)
# Leading words a headline drops ("The RCMP said" reads "RCMP said").
HEADLINE_DROP_LEADING = _words("the but and so however meanwhile also")
# Function words ignored when comparing two events' wording.
STOPWORDS = _words(
    "the a an of in on at by for with from to and or but that this these those it its is are was were be been has have had "
    "he she they his her their i we you said says will would which who as than into about over after before"
)
# Words that are never the event a date belongs to, whatever their guessed class.
STOPWORDS_ATTACH = _words("not n't also still just only even very too so then there here ago mr mrs ms dr")
# Words that mark a run of capitalized words as an organization or a thing, not a person.
NOT_PERSON_WORDS = _words(
    "news global rcmp fbi police corp corps guard guards revolutionary republic islamic international airlines "
    "program programme national security council department ministry court university company inc ltd group party "
    "government agency association union bank times post press reuters ap canada iran ukraine russia china "
    "institute institution research foundation museum hospital college school academy center centre society "
    "commission committee board office service fund trust corporation laboratory observatory"
)
# Prepositions that introduce a time phrase and go away with it in a headline.
TIME_PREPOSITIONS = _words("in on at during by since from until for")
# Participles used as prepositions before a time phrase ("clinics at 12 schools starting next Monday"),
# with the verb a headline about the noun phrase before them takes (plural, singular): "Clinics start".
TIME_PARTICIPLE_VERBS = {"starting": ("start", "starts"), "beginning": ("begin", "begins"),
                         "effective": ("take effect", "takes effect")}
TIME_PARTICIPLES = frozenset(TIME_PARTICIPLE_VERBS)
# Words right before a time phrase that leave a headline with it: its preposition, or a position
# the tagger leaves outside the phrase ("late Wednesday", "through the weekend").
HEADLINE_TIME_WORDS = TIME_PREPOSITIONS | _words("through throughout till late early between") | TIME_PARTICIPLES
# Particles that belong to a verb ("shot down", "set up").
PARTICLES = _words("down up out off away over back")
# Prepositions before which a run of names is a place, not a person.
PLACE_PREPOSITIONS = _words("in at from near across throughout")
# Verbs whose object noun names the event ("had an attempt on her life", "made a visit").
SUPPORT_VERBS = _words("had has have having made make makes took take takes gave give gives held hold holds faced face faces suffered suffer suffers underwent undergo")
# Verbs whose object noun phrase is the event in business and news copy: with SUPPORT_VERBS they make one
# predicate with the noun ("posted a loss", "reported net income", "held talks"), the event's trigger.
LIGHT_VERBS = SUPPORT_VERBS | _words("posted post posts reported report reports")
# Light verbs as participles after their noun: "remarks made last week", "steps taken", "talks held".
LIGHT_PARTICIPLES = _words("made taken held given posted reported")
# Adjectives and event nouns whose infinitive says what they are about: "unable to attend", "a bid to buy".
INFINITIVE_TAKERS = _words("able unable likely unlikely ready eager willing unwilling available unavailable poised reluctant "
                           "promise promises plan plans decision bid bids effort efforts attempt attempts agreement "
                           "offer offers proposal refusal failure request vote deal")
# Verbs of motion (lemmas), whose "to" opens a goal, not an infinitive: "went to court", "came to power".
MOTION_VERBS = _words("go come return head turn rise fall drop climb jump slip")
# Signs a money figure opens with ("$212 million", "€4 billion", "#89.7 million" in old wire copy).
CURRENCY_SIGNS = frozenset("$ € £ ¥ #".split())
# Prepositions that also open clauses: after them a noun and an "-ed" verb are a clause ("after the market closed").
CLAUSE_PREPOSITIONS = _words("after before since until till as once because")
# Nouns whose "that" clause says what they hold, not a relative clause: "the fact that", "the hope that".
NOUN_COMPLEMENT_HEADS = _words(
    "fact hope belief idea notion news claim evidence possibility concern concerns fear fears sign signs view ground "
    "grounds protection assurance assurances promise warning rumor rumors impression")
# Words a time phrase after a verb opens with: "published on Monday", "approved last week".
TIME_OPENERS = TIME_PREPOSITIONS | _words("last this next yesterday today tonight earlier later")
# What may follow the speaker named after the verb: '..., said Ray Mills on Tuesday', '... said Mills today',
# '..., said a message that was read'.
AFTER_SPEAKER = _words("on in at during yesterday today tonight last this earlier later that who which")
# Superlatives whose "since" names the last time it was so: "the highest count since 2019".
SUPERLATIVES = _words(
    "first highest lowest largest biggest smallest worst best most least fewest greatest deadliest strongest "
    "weakest warmest coldest hottest wettest driest longest shortest fastest slowest sharpest steepest heaviest")
# TIMEX3 values of vague words ("now", "these days", "the future"): never a time an event is placed at.
VAGUE_VALUES = frozenset({"PRESENT_REF", "FUTURE_REF"})
