"""English time words: the word lists and normalization tables the temporal tagger reads.

Every key is lower case; the engine matches against a lower-cased copy of the text.
"""

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations are only taken with a period or before a day number (see rules.py).
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also common English words: standalone they need a capital and a
# temporal context word before them ("in May", "last March"), see AMBIGUOUS_MONTH_CONTEXT.
AMBIGUOUS_MONTHS = {"may", "march"}
AMBIGUOUS_MONTH_CONTEXT = {
    "in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next",
    "this", "of", "through", "before", "after", "from", "to", "and", "or", "between",
    "around", "each", "every", "on", "that", "for", "the", "past", "coming",
}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Nouns a season dates when it stands before them: "the spring offensive", "a summer session".
SEASONAL_EVENTS = {"offensive", "offensives", "counter-offensive", "counteroffensive", "campaign", "campaigns", "session",
                   "sessions", "recess", "break", "term", "semester", "harvest", "election", "elections", "solstice",
                   "equinox", "olympics", "games", "tour", "fighting", "assault", "uprising", "push", "drive"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "mid-day": "MI",
}

# Time zones written after a clock time; those that are UTC make its value end in Z ("18:00 GMT": T18:00Z).
TIME_ZONES = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "bst", "cet", "ut"}
UTC_ZONES = {"gmt", "utc", "ut"}

# Unit word → (ISO 8601 duration designator, count of that designator per unit).
UNITS = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1),
    "night": ("D", 1), "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1),
    "quarter": ("Q", 1), "year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100),
    "weekend": ("D", 2), "semester": ("M", 6), "season": ("M", 3),
}
UNIT_PLURALS = {"centuries": "century"}
TIME_UNITS = {"second", "minute", "hour"}  # written after the T in a duration

# Time words English writes in lower case: capitalized inside a sentence, they are part of a name
# ("ABC's "This Week"", "VOA Today"), not a time.
LOWERCASE_TIME_WORDS = frozenset(
    "this next last week weeks today tonight tomorrow yesterday now noon midnight minute minutes hour hours "
    "day days month months year years morning evening night daily weekly".split()
)

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a": 1, "an": 1, "one hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "a couple": 2, "couple of": 2, "a half": 0.5, "half a": 0.5, "half an": 0.5,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}

# Relative words: the offset they apply to the unit they qualify.
RELATIVE_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "this": 0, "current": 0, "latest": -1, "present": 0, "same": 0, "that": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1, "subsequent": 1,
}
# Relative words that take their reference from the text, not from the DCT.
ANAPHORIC_RELATIVES = {"that", "same", "following", "preceding", "previous", "prior", "subsequent"}

# Position modifiers written before an expression → TIMEX3 mod.
POSITION_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the first half of": "START", "dawn of": "START",
    "late": "END", "later": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "year-end": "END", "year end": "END",
    "the last half of": "END", "the second half of": "END", "the latter part of": "END",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
}
# Quantity modifiers written before an expression → TIMEX3 mod.
QUANTITY_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "only": None, "just": None, "another": None, "the": None, "a full": None, "full": None,
    "the full": None, "the entire": None, "an entire": None, "the whole": None,
}

# The quantity modifiers TimeML keeps inside the span ("nearly two years"; but "about [two weeks]").
SPAN_QUANTITY_MODS = {"more than", "less than", "fewer than", "at least", "at most", "up to", "no more than",
                      "no less than", "nearly", "almost", "around"}

# Words that refer to the present, past or future without a calendar value.
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    # "at the then-current price": current at the time told of, which has passed
    "then current": "PAST_REF", "then-current": "PAST_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "more recently": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the coming": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    # "in the short term", "over the long term": the time ahead, near or far (see ``TERM_CONTEXT``)
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}
# The prepositions before "the short term" that make it a time, not a noun phrase ("the short term of the loan").
TERM_CONTEXT = {"in", "over", "for", "during", "through", "into", "beyond", "within", "of"}

# Day words relative to the DCT: offset in days.
DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

# Movable feasts: days from Easter Sunday.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}

# Adverbs and phrases of recurrence → (value, freq).
SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "semiannually": "P6M",
    "every day": "P1D", "each day": "P1D", "every week": "P1W", "each week": "P1W",
}
# Recurrence words that are also nouns for a publication: before its name, no recurrence ("the daily Granma").
PUBLICATION_WORDS = {"daily", "weekly", "monthly"}
SET_QUANTIFIERS = {"every": "EVERY", "each": "EACH", "per": None, "a": None, "an": None}

# Fixed-date holidays: month, day.
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26), "st. patrick's day": (3, 17),
}
# Holidays on the n-th weekday of a month: month, weekday (1=Monday), n (-1 = last).
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3), "columbus day": (10, 1, 2),
}


# Unit word → the granularity of a date counted in it.
UNIT_GRANULARITY = {
    "year": "year", "month": "month", "week": "week", "day": "day", "night": "day", "quarter": "quarter",
    "decade": "decade", "century": "century", "half": "half", "weekend": "week", "hour": "hour",
    "minute": "minute", "second": "second", "fortnight": "week", "semester": "half", "season": "season",
}
# Seasons counted from the last date mentioned, and the relation each then has to it: "the next spring".
SEASON_ANAPHORA = {"that": "this", "the next": "next", "the following": "next", "the previous": "last",
                   "the preceding": "last", "the prior": "last"}
# Characters before a number that make it money or an identifier, not a year.
MONEY_OR_ID = set("$#£€¥/\\")
# Words before a number that make it a year even below 1800: "in 490", "since 1066".
YEAR_CONTEXT = {"in", "since", "of", "by", "until", "till", "from", "to", "during", "year", "before", "after",
                "around", "circa", "c.", "between", "and", "the"}
# Nouns a number names one of: "Flight 1990", "Highway 2000", "Room 1999".
NUMBERED_THINGS = {"flight", "flights", "route", "highway", "interstate", "room", "suite", "gate", "platform",
                   "bus", "train", "channel", "exit", "pier", "no.", "nos.", "number", "apartment", "precinct",
                   "lot", "locker", "page", "pages", "item", "article", "resolution", "row", "seat", "code"}
# What a reporting period of six or nine months is written with: "the first nine months", "the six months".
REPORTING_SPANS = {"the", "the first", "first", "the latest", "latest"}
# The amounts of quarters "of" something that are a fraction of it ("three quarters of the shares"), not periods
# ("several quarters of losses", "two quarters of growth").
FRACTION_QUARTERS = {"a", "an", "one", "three", "1", "3"}
# Units that "in N units" in a clause about the future counts ahead in: "will be repaid in five years".
UNITS_AHEAD = {"day", "week", "month", "year", "decade"}
MODALS = {"will", "would", "could", "might", "may", "can", "shall", "should", "must"}
# The rule kind that reads the day a shifted day is counted from, by the group its match has.
SHIFTED_FROM = (("dayword", "day"), ("weekday", "weekday"), ("holiday", "holiday"), ("month", "date"))
# Before a bare plural unit, words that make it a length: "for days", "within weeks".
BARE_PLURAL_CONTEXT = {"for", "over", "within", "in", "than", "after", "lasting", "took", "take", "takes"}
# Before a bare "days after ...", words that make it no time of its own: a length ("for days after the storm"),
# "a matter of days before", "the first days after".
NOT_EVENT_RELATIVE = BARE_PLURAL_CONTEXT | {"of", "first", "last", "final", "early", "initial", "few", "several", "many", "some"}
# Words before a bare season that make it a time ("in summer", "by spring"), not a noun ("summer camp").
BARE_SEASON_CONTEXT = {"in", "during", "by", "until", "till", "since", "through", "this", "last", "next",
                       "over", "early", "late", "before", "after", "for", "throughout"}
# Words before a bare season that make it a time when it is not "fall" (a noun too: "the fall of Rome", "rock
# and fall"): "the spring and summer", "the onset of winter".
BARE_SEASON_CONTEXT_NOT_FALL = {"and", "or", "of"}

# Verbs whose present progressive tells of an arrangement, a time ahead ("is meeting premiers Thursday", "are
# flying home on Monday"), as stems before "-ing".
ARRANGEMENT_VERBS = ("meet", "visit", "hold", "host", "fly", "travel", "travell", "go", "com", "leav", "arriv", "return",
                     "play", "fac", "launch", "open", "clos", "start", "begin", "releas", "sign", "speak", "address",
                     "testify", "appear", "attend", "join", "head", "hav", "tak", "stag", "boycott", "unveil", "present",
                     "announc", "debut", "premier", "resum", "vot", "march", "rally")
# Verbs whose simple present tells what a schedule fixes, a time ahead: "the offer expires Friday".
SCHEDULED_VERBS = ("expires", "ends", "closes", "opens", "starts", "begins", "meets", "convenes", "reconvenes", "leaves",
                   "departs", "arrives", "resumes", "kicks off", "takes effect", "goes into effect",
                   # a fixture: "Rovers travel to Leeds on Tuesday", "Castleford face Portlow on Easter Monday"
                   "travels", "hosts", "faces")
# Their plural forms that are no adjective or common noun as well ("open", "close", "start" and "end" are), nor
# often a bare infinitive after "let" or "make" ("let the offensive begin as planned Saturday night").
SCHEDULED_PLURALS = ("meet", "convene", "reconvene", "depart", "arrive", "resume", "expire", "kick off",
                     "take effect", "go into effect", "travel to", "host", "face")
