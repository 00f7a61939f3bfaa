"""English context cues the temporal tagger's normalizer reads around an expression.

Tense and aspect (which way a bare weekday or month points), clause and quote boundaries, and the
context patterns read before or after a match (the day a clock time is on, the year a month is
paired with). Compiled once here; the engine only applies them. Patterns run over lower-cased text
unless their comment says otherwise.
"""
from __future__ import annotations

import re

from timeline.languages.en.time import grammar
from timeline.languages.en.time import words

_FUTURE_CUES = (
    # the auxiliary belongs to the cue: "were planning to" is not the past "were"
    r"(?:will|would|shall|may|might|'ll|won't|(?:(?:is|are|was|were|been|be)\s+)?(?:going\s+to|plan(?:s|ning)?\s+to"
    # ("faster than expected", "as expected" compare with what was expected: no future)
    r"|planned|expect(?:s|ed)?\s+to|(?<!than )(?<!as )expected|scheduled|slated|set\s+(?:to|for))|(?:is|are)\s+(?:due|to)"
    r"|upcoming|as\s+(?:soon|early)\s+as"
    # a forecast is of what lies ahead, whatever its tense: "more rain was forecast for the weekend"
    r"|forecast(?:s|ed)?"
    # the present progressive of a verb of arrangement tells what is planned: "is meeting with premiers Thursday",
    # "are holding a rally" (not "is continuing to try": that is going on now)
    rf"|(?:is|are|am|'s|'re)\s+(?:{'|'.join(words.ARRANGEMENT_VERBS)})ing"
    # and so does the simple present of what a schedule fixes: "the offer expires Friday", "the court meets Monday"
    rf"|(?:{'|'.join(words.SCHEDULED_VERBS)})"
    # in the plural too ("the two leaders meet Monday", "talks resume Friday"), but not the same form as an infinitive
    # or after a negation ("failed to meet Monday", "did not meet Friday", "didn't arrive Sunday"), which says nothing ahead
    rf"|(?<!\bto )(?<!\bnot )(?<!n't )(?<!\bdid )(?:{'|'.join(words.SCHEDULED_PLURALS)})"
    # a decision or intention looks ahead of itself: "agreed to admit them in March", "urged voters to turn out",
    # "vowing to restore order"; an object between, not a time ("agreed in April to hand them over")
    r"|(?P<intent>(?:decid|agre|promis|vow|pledg|threaten|hop|want|aim|intend|vot|urg|expect)(?P<intent_past>ed)?(?:e|es|s|ing)?"
    r"(?:\s+(?!(?:to|in|on|at|by|for|from|with|of|since|until|during|after|before|this|last|next)\b)[a-z]+){0,2}"
    r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+))\b"
)
_PAST_CUES = (
    # not a participle after "be" or a verb like it: "will be held", "will stay closed", "would remain sealed"
    r"(?<!\bbe )(?<!\bstay )(?<!\bremain )(?<!\bget )(?<!\bbecome )(?<!\bkeep )(?:was|were|had|has|have|been|did"
    r"|said|told|began|came|went|made|took|saw|met|rose|fell|won|lost|left|sold|bought|paid|died"
    r"|got|gave|held|ran|found|knew|thought|became|began|brought|spoke|wrote|announced|agreed|disagreed|freed|decreed"
    r"|guaranteed|struck|fled|fought|led|sent|spent|built|broke|chose|drove|flew|grew|threw|stood|sought|taught|caught"
    r"|felt|kept|meant|shot|slept|swept|sank|rang|sang|ate|forgot|froze|hid|shook|woke|rode|stole|swore|tore|withdrew"
    r"|overthrew|undertook|oversaw|bled|dug|forbade|forgave|overcame|rebuilt"
    r"|[a-z]{2,}[a-df-z]ed)\b"  # "-ed", but not "succeed", "exceed"
)
FUTURE = re.compile(r"\b" + _FUTURE_CUES)
# The future seen from the time of writing, not from a story's past ("would" is): "will", "is due to", "are expected
# to". A news story that tells of other years still means the coming March by "are due to be sentenced in March".
PRESENT_FUTURE = re.compile(r"\b(?:will|shall|'ll|(?:is|are|am)\s+(?:due|to|expected|scheduled|set|slated|going)\b|upcoming)\b")
PAST_VERB = re.compile(r"\b" + _PAST_CUES)
# A participle that is an adjective, not a verb: after a determiner ("the planned sale", "a still
# unspecified date", "the hastily planned trip") or negated by "un-" ("an undisclosed sum").
# "As planned" tells that it happened, not that it will: "began as previously planned Saturday night".
ADJECTIVE_PARTICIPLE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|as)\s+(?:still\s+|yet\s+|[a-z]+ly\s+)?"
                                  r"[a-z]+ed|\bun[a-z]+ed)$")
QUOTE_MARK = re.compile("[\"\u201c\u201d]|''|``")
# Both kinds of cue in one pass, leftmost first, every alternative behind one word boundary (cheap to scan);
# where two match, the first wins: "would have" looks back, "were planning to" and "expected" ahead.
CUES = re.compile(rf"\b(?:(?P<past>(?:would|could|should|might|must|may)\s+have\b)|(?P<future>{_FUTURE_CUES})"
                  rf"|(?P<past_verb>{_PAST_CUES}))")
# "had" with the words of its verb group: "had been scheduled to", "had not yet filed"
PLUPERFECT = re.compile(r"\bhad(?:\s+(?:not|never|already|long|yet|just|previously|been))*\s+[a-z]+(?:\s+to\b)?")
# Words of what happens habitually, which gives a clause no direction in time: "normally ends in February".
HABITUAL = re.compile(r"\b(?:normally|usually|typically|generally|customarily|traditionally|habitually)\b")
# A date something is moved or put off to, or set for, lies ahead of the moving, whatever its tense: "the vote was
# postponed to June 5", "talks were moved to Friday", "pushed the work into 2025", "set sentencing for Jan. 5".
POSTPONED_TO = re.compile(r"\b(?:(?:postpon|delay|push|mov|reschedul|defer|put\s+(?:off|back)|set\s+back|bump|shift)[a-z]*"
                          r"(?:\s+(?!(?:in|on|at|by|since|during|from)\b)[a-z'’]+){0,3}\s+(?:to|until|till|into)"
                          # and the date something is set for: "set sentencing for Jan. 5", "a hearing scheduled for May"
                          r"|(?:set|scheduled|slated)(?:\s+(?!(?:in|on|at|by|since|during|from|a|an|record)\b)[a-z'’]+){0,2}"
                          r"\s+for)\s+(?:early\s+|late\s+|mid-?|next\s+)?$")
# A deadline preposition right before a month or weekday points ahead: "by February", "through January".
DEADLINE = re.compile(r"\b(?:by|until|till|starting|beginning|effective|payable|expected\s+in|ahead\s+of)\s+(?:early\s+|late\s+|mid-?)?$")
# The deadline words that may open a sentence whose simple past then says the deadline has passed ("By Feb. 7 there
# were 24 cases").
DEADLINE_OPENINGS = ("by ", "until ", "till ")
# "since March", "ever since Friday": a time already passed, whatever the rest of the clause says.
SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$")
# What separates two predicates: "will open in May and thanked the workers", "in May, when it".
CLAUSE_BOUNDARY = re.compile(r"[,;]|\b(?:and|but|or|while|whereas)\b")
# What opens a clause subordinate to the expression's own: "told analysts Wednesday that the layoffs
# would be completed", "the meeting Friday, which will decide". Its tense is its own predicate's.
SUBORDINATE_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose)\b")
# A participle phrase set off by a comma: "wanted to hold rates, citing a rebound in January" (the phrase is the
# main verb's, not the infinitive's).
PARTICIPLE_PHRASE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
# A relative pronoun right before a verb: the clause it opens holds what follows up to its end ("who damaged his ankle
# on Feb. 22, and is not expected back": Feb. 22 is the damaging's).
RELATIVE_OPENING = re.compile(r"\b(?:which|who)\s+(?:[a-z]+ly\s+)?$")
_WEEKDAY_WORD = "(?:" + "|".join(words.WEEKDAYS) + ")s?"
# A weekday listed after "every <weekday>": "every Tuesday and Friday", "each Monday, Wednesday or Friday".
LISTED_AFTER_EVERY = re.compile(rf"\b(?:every|each)\s+{_WEEKDAY_WORD}(?:\s*,\s*{_WEEKDAY_WORD})*\s*(?:,\s*)?(?:and|or|,)\s+\Z")

# What is read after an expression: the day a clock time is on, the year a date is paired with or
# referred to ("Dec. 14 of that year").
FOLLOWING_DAYS = [re.compile(pattern) for pattern in grammar.FOLLOWING_DAYS]
PAIRED_YEAR = [re.compile(grammar.PAIRED_YEAR), re.compile(grammar.YEAR_AFTER_ASIDE)]
RANGE_TO_BEFORE_ERA = re.compile(grammar.RANGE_TO_BEFORE_ERA)
# What stands between a season and the bare season listed after it ("this autumn and winter", "last spring or
# summer"): the second is the one that follows the first.
LISTED_AFTER = re.compile(r"[a-z ]{1,30}?\s(?:and|or)\s+(?:the\s+)?")
OF_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
EVENT_RELATIVE = re.compile(grammar.EVENT_AFTER)
SHIFTED = re.compile(grammar.SHIFTED)
SHIFTED_WORDS = re.compile(r"day\s+(?:before|after)\s+")  # what precedes the day a shifted day is counted from
# "later in the day before returning": the part of the day, not a day an event places.
PART_OF_THE_DAY = re.compile(r"\b(?:later|earlier|early|late)\s+in\s+the\s+\Z")
# The word right before an expression (matched on the text before it, lower case).
PREVIOUS_WORD = re.compile(r"([a-z.]+)\W{1,3}$")
# A year the text states as one ("in 1942", "by 1918", "since 2003", "490 BC"), for telling whether a
# document narrates other years than its publication's; not a number of things ("in 1500 ships"). Found from
# its digits (fast to scan for), then checked for the word before it (``STATED_BEFORE``).
STATED_YEAR = re.compile(r"(?P<year>1\d{3}|20\d\d)(?![\d%]|[,.]\d|\s*(?:percent|[a-z]+s\b))"
                         r"|(?P<bc>\d{1,4})\s*(?:bc|bce|b\.c\.)(?![a-z])")
STATED_BEFORE = re.compile(r"(?<![a-z])(?:in|of|by|since|until|from|to|during|early|late|between|and|after|before)\s+\Z"
                           r"|(?<![a-z])mid-\Z")
# Words that speak from the publication's own time ("yesterday", "last week", "on Friday", "two years ago"):
# a document full of them reports, however many other years it names.
# (The lookahead on their first letters lets the scan skip ahead fast.)
DEICTIC = re.compile(r"(?=[ytalncmwfs])(?<![a-z])(?:yesterday|today|tomorrow|tonight|ago"
                     r"|(?:last|this|next|coming)\s+(?:week|month|year|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# What may stand before a date that heads its sentence and sets the time a narration goes on from: "In 2008, ...",
# "By early 1942, ...", "2005: Elections ...".
FRONTED = re.compile(r"(?:(?:in|by|during|throughout|through|from|on|at|after|early|late|mid-?)\s+){0,2}\Z")
# A determiner right before a date, which then names something rather than telling when: "the Dec. 21, 1988,
# bombing", "a 1999 report".
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s+\Z|'s\s+\Z")
# A time a plan or a condition names, which the narration has not reached: "for a planned campaign in 1976",
# "projected for the 1975-1976 dry season", "if the town fell by May".
PLANNED = re.compile(r"\b(?:planned|projected|proposed|scheduled|intended|envisaged|envisioned|expected|if)\b[^.;:!?]{0,60}\Z")
# A time a span starts at, which is not where the story is: "since 1990", "dating to 1994", "as early as 1987".
SPAN_START = re.compile(r"\b(?:since|dating\s+(?:back\s+)?(?:to|from)|as\s+(?:early|far\s+back)\s+as)\s+(?:early\s+|late\s+|mid-?)?\Z")
# Before a quarter or half, what makes it the period before the one a text reports: "After a flat second quarter",
# "following its weak first half".
PERIOD_BEFORE = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}\Z")
# Before an amount of time, the "in" that counts it ahead (in a clause about the future): "will be repaid in
# (about) five years".
IN_AHEAD = re.compile(r"\bin\s+(?:(?:about|around|roughly|approximately|some|just|only|another)\s+)?\Z")
# After an amount of time, the words that make it a time ahead: "in two weeks' time", "in a month's time".
TIME_AHEAD_AFTER = re.compile(r"(?:'s?|\u2019s?|s)?\s+time\b")
# Before "in N years" in its clause, what makes it the span a record or a change is counted over, not a time ahead:
# "the first pandemic in 40 years", "the biggest gain in a year", "a four-fold increase in cases in a week".
SPAN_COUNTED_OVER = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|biggest|largest|highest|lowest|worst|best|smallest|most|least"
                               r"|fewest|increase|increases|rise|rises|drop|drops|fall|falls|decline|declines|jump|jumps"
                               r"|gain|gains|growth)\b[^.;:!?]*\Z")
# Before "in one year" in its clause, an amount of things, which the time is a rate or a capacity over: "could make
# up to 2.5 billion doses of vaccine in one year".
AMOUNT_BEFORE = re.compile(r"(?:\d[\d.,]*|\b(?:hundreds?|thousands?|millions?|billions?|dozens?))(?:\s+(?:million|billion"
                           r"|trillion|thousand|percent))?(?:\s+[a-z]+){1,4}\s+\Z")
# Quoted speech, case kept: “...”, "..." and ``...'' within a paragraph.
QUOTES = re.compile(r"\u201c[^\u201c\u201d]{1,1500}\u201d|\"[^\"\n]{1,1500}\"|``[^`\n]{1,1500}''")
# A date told with a quote's attribution, the time it was said: "he said in a 2019 interview", "told the BBC in
# March 2015", "In a 2016 speech, she said". Read on the sentence around the quote (lower case), outside it.
_SPEECH = (r"\b(?:said|says|told|tells|wrote|writes|recalled|recalls|added|explained|stated|declared|announced|testified"
           r"|remarked|interview|speech|statement|letter|address|remarks|broadcast|memoir|diary|posted|tweeted)\b")
# The date told with it: "in 2019", "in March 2015", "a 2016 speech", "on June 3, 2012" (not a stamp like "1217").
_SPOKEN_ON = (rf"(?:\b(?:in|on|during|of)\s+(?:(?:a|an|his|her|their)\s+)?|\b(?:a|an)\s+)"
              rf"(?:(?P<month>{grammar.MONTH_FULL}|{grammar.MONTH_ABBR}\.?)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"
              r"(?P<year>1\d{3}|20\d\d)\b")
SPEECH_TIME = [re.compile(rf"{_SPEECH}[^.!?\"\u201c\u201d]{{0,60}}?{_SPOKEN_ON}"),
               re.compile(rf"{_SPOKEN_ON}[^.!?\"\u201c\u201d]{{0,40}}?{_SPEECH}")]
# Before the second day of a pair or a range, the date it belongs to: "May 4 and", "April 13-", "April 24, 25 and".
DAY_PAIRED_AFTER = re.compile(rf"(?:{grammar.MONTH_FULL}|{grammar.MONTH_ABBR}\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?"
                              r"(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and|or|to|through|-|\u2013|,)\s*\Z")
# Before "a year", "a week": an amount of something, which makes it a rate, not a length: "$2 million a year",
# "24 hours a day", "four flights a week", "700 more seats a week".
RATE_BEFORE = re.compile(r"(?:\d\S*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty"
                         r"|hundred|thousand|million|billion|dozen|several|many|few)\b)"
                         r"(?:\s+(?:thousand|million|billion|trillion|percent))?(?:\s+[a-z]+){0,2}\s+\Z")
# After "today's" or "tomorrow's", a noun of an age, not of a day: "today's youth", "in today's world".
GENERIC_ERA = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z]+\s+)?(?:world|youth|young|society|societies|generation|generations|children"
                         r"|kids|teenagers|students|economy|market|marketplace|standards|technology|computers|culture"
                         r"|politics|families|women|men|people|consumers|workers|industry|businesses|companies)\b")
# Before a capitalized "Today" or "Tonight" with a word after it, the "the" that makes it a name: "the Today
# programme", "the Tonight Show" (a day word takes no article).
NAME_ARTICLE_BEFORE = re.compile(r"(?<![a-z])the\s+\Z")
# After a holiday's name, a thing of the holiday rather than its day: "a Christmas tree", "Easter eggs".
HOLIDAY_THING = re.compile(r"\s+(?:tree|trees|card|cards|carol|carols|lights|decorations|music|song|songs|present|presents"
                           r"|gift|gifts|shopping|sales|shoppers|egg|eggs|bunny|candy|costume|costumes|parade|market|markets"
                           r"|dinner|feast|cake|pudding|spirit|special|movie|film|album|party|parties)\b")
# After "March" or "May", what makes it a noun: "the March of the Combatant Mothers", "the May of the year".
NOUN_OF_THE = re.compile(r"\s+of\s+(?:the|a|an)\b(?!\s+(?:same|following|next|previous|preceding)\s+year\b)")
