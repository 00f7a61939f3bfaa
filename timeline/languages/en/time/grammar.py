"""English recognition rules: regular expressions over lower-cased text, built from the word tables.

Each rule is ``(kind, pattern)``; the kind names the normalizer that turns the rule's
named groups into a TIMEX3 value (see ``timeline.tagger.normalize``). Rules are tried in
list order at a candidate start, so longer, more specific forms come first. Every pattern
is a bounded sequence of words (no nested unbounded repetition), so matching is linear.

``ANCHORS`` are the words (and digits) around which rules are tried; ``LEFT_WORDS`` are
the words a rule may start with before its anchor ("the", "early", "two", ...).
"""
from __future__ import annotations

import re

from timeline.languages.en.time import words as lx


def words(items) -> str:
    """An alternation of phrases factored as a prefix tree (cheap to match), blanks matching any run.

    A longer phrase is preferred to its prefix ("march" before "mar"), as a prefix tree tries
    the longer branch first.
    """
    tree: dict = {}
    for phrase in set(items):
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(tree) + ")"


_END = r"(?![a-z0-9])"
_ONES = words(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
_TEENS = words(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen"])
_TENS = words(lx.TENS)
_NUMBER_WORD = rf"(?:{_TENS}(?:[\s-]{_ONES})?|{_TEENS}|{_ONES}|(?:a|one)\s+hundred|hundred)"
NUM = (rf"(?P<num>\d+(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half)?(?![\d,])|{_NUMBER_WORD}(?:\s+and\s+a\s+half)?"
       r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of|hundreds\s+of|a\s+number\s+of"
       r"|a\s+few|several|few|many|some|numerous|half\s+an?|a|an)")
UNIT = (r"(?P<unit>(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|weekend"
        r"|semester|season)s?|centur(?:y|ies))(?![a-z0-9]|-(?:earlier|ago|before|end))")
# Days counted by what happens on them: "eight trading days", "ten working days", "two business weeks".
DAY_KIND = r"(?:(?:trading|business|working|school)\s+(?=(?:day|week)s?(?![a-z])))?"
MONTH_FULL = words(lx.MONTHS)
MONTH_ABBR = words(lx.MONTH_ABBREVIATIONS)
MONTH = rf"(?P<month>{MONTH_FULL}{_END}|{MONTH_ABBR}(?:\.|{_END}))"
MONTH_NAMED = rf"(?P<month>{MONTH_FULL}|{MONTH_ABBR}\.){_END}"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![a-z0-9]|,\d|\.\d|:\d)"
# Eras: "490 BC", "79 AD", "476 CE" (and "AD 79", a rule of its own). A year of fewer than four digits is one only with an era, or
# as the start of a range that ends in one ("499-493 BC", "from 499 to 493 BC", "496 and 495 BC").
_BEFORE_ERA = r"(?:b\.c\.e\.|b\.c\.|bce|bc)(?![a-z])"
_ERA = rf"(?:{_BEFORE_ERA}|a\.d\.|c\.e\.|ad|ce)(?![a-z])"
_RANGE_TO = r"\s*(?:-|\u2013|to|and|or|until|till|through)\s*"
YEAR = (rf"(?P<year>1\d\d\d|20\d\d|[1-9]\d{{0,3}}(?=\s*{_ERA}|{_RANGE_TO}[1-9]\d{{0,3}}\s*{_BEFORE_ERA}))"
        # "ad" and "ce" undotted only after a short year: "the 2004 ad campaign" is no era
        rf"(?:\s*(?P<era>{_BEFORE_ERA}|a\.d\.|c\.e\.|(?<!\d{{4}})(?<!\d{{4}}\s)(?:ad|ce)(?![a-z])))?(?![a-z0-9%]|[,.]\d|\s*percent)")
# After a year without an era: the era of the range it starts ("499-493 BC").
RANGE_TO_BEFORE_ERA = rf"{_RANGE_TO}[1-9]\d{{0,3}}\s*{_BEFORE_ERA}"
SHORT_YEAR = r"(?P<year>1\d\d\d|20\d\d|'\d\d)(?![a-z0-9%]|[,.]\d)"
WEEKDAY = rf"(?P<weekday>{words(lx.WEEKDAYS)})(?P<plural>s)?{_END}"
SEASON = rf"(?P<season>{words(lx.SEASONS)})(?P<splural>s)?{_END}"
PART = r"(?P<part>morning|afternoon|evening|night|overnight|midday|mid-day)" + _END
ORDINAL = r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|latter)"
SPOKEN_YEAR = (rf"(?P<spoken>(?:nineteen|eighteen)[\s-]+(?:{_TENS}(?:[\s-]{_ONES})?|{_TEENS}|hundred)"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_ONES}))?){_END}")
_ZONES = words(lx.TIME_ZONES)
TIMEZONE = rf"(?:\s+(?P<tz>{_ZONES}){_END}|(?P<zulu>z){_END})?"
# 5 p.m., 3.30 pm, 10:35, noon; a four-digit time only with its zone, as wire copy writes it: "0735 GMT", "1800Z"
CLOCK = (r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm)(?![a-z])"
         r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])"
         rf"|(?P<milhour>[01]\d|2[0-3])(?P<milminute>[0-5]\d)(?=\s+(?:{words(lx.UTC_ZONES)}){_END}|z{_END})"
         r"|(?P<noon>noon|midnight|midday))")
DAYWORD = r"(?P<dayword>today|yesterday|tomorrow|tonight)"
POSITION = (r"(?:(?P<pmod>earlier|early|later|late|mid|year[\s-]end|the\s+(?:beginning|start|end|middle|close|dawn)\s+of"
            r"|(?:beginning|end|middle|start)\s+of|the\s+(?:first|second|last|latter)\s+half\s+of)"
            r"(?:\s+|-|\s*-\s*)(?:the\s+)?)?")
# Written before days, "early"/"late" stay outside the span ("early Friday" → "Friday", as the corpus
# has it as often as not); before years and decades they are inside it, with a mod ("early 1991": START).
POSITION_TIGHT = (r"(?:(?P<pmod>mid|the\s+(?:beginning|start|end|middle|close|dawn)\s+of|(?:beginning|end|middle|start)\s+of"
                  r"|the\s+(?:first|second|last|latter)\s+half\s+of)(?:\s+|-|\s*-\s*)(?:the\s+)?)?")
QUANTITY = rf"(?:(?P<qmod>{words(lx.SPAN_QUANTITY_MODS)})\s+)?"
RELATIVE = (r"(?P<rel>(?:the\s+)?(?:past|last|next|previous|preceding|following|coming|current|same|prior|latest)"
            r"|this\s+(?:past|coming|current)|that\s+same|this|that|upcoming)")
HOLIDAY = "(?P<holiday>" + words(list(lx.FIXED_HOLIDAYS) + list(lx.WEEKDAY_HOLIDAYS) + list(lx.EASTER_HOLIDAYS)) + ")" + _END
QUARTER_QUALIFIER = (r"(?:(?:this|last|next)\s+year's|year-(?:ago|earlier|before)|1\d\d\d|20\d\d|fiscal|calendar"
                     r"|latest|current|same|comparable|corresponding|previous|prior|recent|just-ended|just\s+ended"
                     r"|traditionally\s+\w+|seasonally\s+\w+)")

# Context the normalizer reads after a match (not rules of their own: what they match is tagged on its own).
# The day named right after a clock time dates it: "10:30 a.m. ET on Nov. 14", "2 a.m. local time on Saturday";
# the longer form first.
# "local time", "Baghdad time", "Central European time"; a zone or another clock in brackets ("10:35 a.m. (0735 GMT)
# Friday"), or the bracket that closes one ("0735 GMT) Friday").
_AFTER_CLOCK = (rf"(?:(?:\s+[a-z]+){{1,2}}\s+time|\s+\((?:{_ZONES})\)|\s*\([^()\n]{{1,25}}\))?\)?,?\s+(?:on\s+)?")
FOLLOWING_DAYS = (rf"{_AFTER_CLOCK}(?P<named>(?:{WEEKDAY}\s*,?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?)",
                  rf"{_AFTER_CLOCK}(?P<named>(?:{WEEKDAY}\s*,?\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?)",
                  # "at 11 a.m. next Tuesday": the Tuesday the word before it says
                  rf"{_AFTER_CLOCK}(?:(?P<rel>next|last|coming)\s+)?(?P<named>{WEEKDAY})")
# A month, season or day without a year takes the year of the one it is paired with: "between March and May 2021",
# "the summer and autumn of 481 BC", "Nov. 14 and 15, 2023", "from June 3 to July 9, 2020".
PAIRED_YEAR = (rf"(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-\u2013]\s*)(?:early\s+|late\s+|mid-?)?"
               rf"(?:{MONTH}\s+|{words(lx.SEASONS)}\s+)?(?:{DAY}\s*,?\s+|(?:of\s+)?,?\s*)?{YEAR}")

# The year written after an aside in brackets: "On December 7 (December 8 in Asian time zones), 1941".
YEAR_AFTER_ASIDE = rf"\s*\([^()\n]{{1,60}}\),\s+{YEAR}"

# A half or quarter "of" something other than a year is part of that: "the last half of the '80s".
_PART_OF_WHAT_FOLLOWS = r"(?!\s+of\s+(?:the|this|that|last|next|'\d)\b)"

# After "the day", "the weeks": an event that places them ("before the shooting", "after he left"), not a
# time ("the week after next", "the day before yesterday").
# A time's own event is one too: "the week following last month's crash" (not "the week after last").
EVENT_AFTER = (r"\s+(?:before|after|following|leading\s+up\s+to)\s+(?!(?:next|last|this|that)(?![a-z])(?!\s+[a-z]+(?:'s|\u2019s)\s)"
               r"|(?:yesterday|today|tomorrow|then|now)(?![a-z]))(?:(?:the|a|an|his|her|their|its)\s+)?[a-z]")

# A day (or week, month, year) counted from a time the text names: "the day before yesterday", "the week
# after next", "the year before last", "the day after Christmas", "the day before last Tuesday's hearing".
# "the" stays out of the span, as TimeML has it ("The [day before last Tuesday]'s hearing").
SHIFTED = (rf"(?:(?P<unit>day)\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?(?:{WEEKDAY}(?!\s+{PART})|{HOLIDAY}"
            rf"|{MONTH}\s+{DAY}(?:\s*,?\s+{SHORT_YEAR})?|(?P<dayword>yesterday|tomorrow){_END})"
            rf"|(?P<cunit>week|month|year)\s+(?P<cdir>before|after)\s+(?P<rel2>last|next){_END}"
            rf"(?!'s|\s+(?:{words(lx.WEEKDAYS)}|{words(lx.SEASONS)}|{words(lx.UNITS)}|weekend|time){_END}))")

# The first or last weeks or days of a month or year: "the last week of [August]", "the first days of [1942]".
_PART_OF = r"the\s+(?P<ord>first|opening|last|final|closing)\s+(?:few\s+)?(?:week|weekend|month|day)s?\s+of\s+"

RULES: list[tuple[str, str]] = [
    # 2023-11-16, 2023-11-16T10:00
    ("iso", r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
            r"(?:t(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])"),
    # 11/16/2023, 16/11/23, 16.11.2023
    ("numeric", r"(?<![\d/.])(?P<first>[0-3]?\d)[/.](?P<second>[0-3]?\d)[/.](?P<year>\d{4}|\d\d)(?![\d/]|\.\d)"),
    # 5 p.m. EST Nov. 9, 9 a.m. Tuesday, noon Thursday, 10:35 a.m.
    ("clock", rf"{QUANTITY}{CLOCK}{TIMEZONE}(?:,?\s+(?:{WEEKDAY}|{MONTH}\s+{DAY}|{DAYWORD}))?"),
    # 4 in the morning
    ("clock", rf"{QUANTITY}(?P<hour>1[0-2]|0?[1-9])(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening|night)"),
    # Monday, Oct. 26, 1998 / October 26 / the 26th of October 2023
    ("date", rf"(?:{WEEKDAY}\s*,?\s+)?{MONTH}\s+{DAY}(?:\s*,?\s+{SHORT_YEAR}|(?P<thatyear>,?\s+of\s+(?:that|the\s+same)\s+year{_END}))?"),
    ("date", rf"(?:{WEEKDAY}\s*,?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?"),
    # the end of a range of years written short: "1995-[96]", "2007-[08]"
    ("short_year", r"(?<=\d{4}[-\u2013])(?P<short>\d\d)(?![\d%-])"),
    # the second day of a pair or range after a date: "May 4 and [5]", "April 13-[15]", "April 24, 25 and [26]"
    ("paired_day", r"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d-)|(?<=\d\u2013)|(?<=\d,\s))"
                   r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d|\s*(?:%|percent))"),
    # the week of March 6: the ISO week holding that day
    ("week_of", rf"the\s+week\s+of\s+{MONTH}\s+{DAY}(?:\s*,?\s+{SHORT_YEAR})?"),
    # early January 2020, July 1997, June last year, March of the following year, January nineteen ninety-seven
    ("month", rf"{POSITION}{MONTH_NAMED}(?:\s+of)?,?\s+(?:{YEAR}|{SPOKEN_YEAR}|(?P<yearrel>this|last|next|that|the\s+same"
              rf"|the\s+(?:following|next|previous|preceding))\s+year{_END})"),
    # the last half of 1989, the first quarter of this year
    ("quarter", rf"(?:the\s+)?{ORDINAL}[\s-]+(?P<qunit>half|quarter)\s+of\s+(?:fiscal\s+)?(?:{YEAR}|(?P<yearrel>this|last|next|the)\s+year{_END})"),
    # the fiscal first quarter, this year's third quarter, third-quarter, the year-ago period;
    # the corresponding period last year, the quarter a year ago; not "quarter-to-quarter [growth]", a comparison
    ("quarter", rf"{POSITION_TIGHT}(?P<det>the|this|last|next|that)\s+(?P<qual>(?:{QUARTER_QUALIFIER}[\s-]+){{0,3}})"
                rf"(?:{ORDINAL}\s+)?(?:fiscal\s+)?(?P<qunit>quarter|half|period){_END}(?!-to-)"
                rf"(?:\s+of\s+{YEAR}|\s+(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)){_END})?"
                rf"{_PART_OF_WHAT_FOLLOWS}"),
    # a hyphenated adjective stands without its determiner: "its [third-quarter] profit"
    ("quarter", rf"(?P<qual>(?:{QUARTER_QUALIFIER}[\s-]+){{0,3}})"
                rf"(?:{ORDINAL}[\s-]+)?(?:fiscal[\s-]+)?(?P<qunit>quarter|half){_END}(?!-to-)(?:\s+of\s+{YEAR})?"
                rf"{_PART_OF_WHAT_FOLLOWS}"),
    ("quarter", rf"q(?P<qnum>[1-4])(?:\s+{YEAR})?{_END}"),
    # the 1990s, the late '70s, mid-1980s, the nineties
    ("decade", rf"(?:the\s+)?{POSITION}(?:(?P<decade>1\d\d0|20\d0)'?s|'(?P<decade2>\d0)'?s|(?P<decword>{words(lx.DECADE_WORDS)})"
               rf"|(?P<decadebc>[1-9]\d{{0,2}}0)'?s\s*(?P<era>{_BEFORE_ERA})){_END}"),
    # the 20th century, the nineteenth century, this century
    ("century", rf"(?:the\s+)?{POSITION}(?P<cord>\d{{1,2}}(?:st|nd|rd|th)|{words(w for w in lx.ORDINALS if w[0].isalpha())})[\s-]+century{_END}"
                rf"(?:\s*(?P<era>{_ERA}))?"),
    # the 1988 period, fiscal 1989, the year 2000, mid-1996
    ("year", rf"the\s+(?:fiscal\s+)?{YEAR}\s+(?:period|fiscal\s+year|season|time\s+frame){_END}"),
    # FY2024, FY 2024, FY24: a fiscal year by its number
    ("fiscal_year", r"fy\s?'?(?P<fy>\d{4}|\d\d)(?![a-z0-9%]|[,.]\d)"),
    ("year", rf"{POSITION}(?:(?:fiscal|calendar|model)\s+(?:year\s+)?|the\s+year\s+)?(?:{YEAR}|{SPOKEN_YEAR})"),
    # AD 79: the era before the year
    ("year", r"(?P<preera>a\.d\.|ad)\s+(?P<year>[1-9]\d{0,3})(?![\d%]|[,.]\d)"),
    # two weeks ago, a year earlier, 10 days later, almost four years ago, a week or so ago
    ("ago", rf"{QUANTITY}{NUM}[\s-]+{UNIT}(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|(?:before|after|prior)(?=\s*(?:[.,;:)\x22\x27]|$|and\s|but\s))){_END}"),
    # the day before, the week after: counted from the last date told of (not "the day before the vote")
    ("ago", r"(?P<num>the)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|following)(?=\s*(?:[.,;:)\x22\x27]|$|and\s|but\s|saw\s))"),
    # the day before yesterday, the week after next, the day after Christmas
    ("shifted", SHIFTED),
    # year-earlier, year-ago, year-end
    ("adjective", r"(?P<unit>year|month|week|quarter)(?:-|'s\s+|\s+(?=end))(?P<dir>earlier|ago|end|before|old|long)" + _END),
    # each of the past three years; the past two months; the first nine months; four-week; year-long
    ("duration", rf"{QUANTITY}(?:(?P<rel>(?:the\s+)?(?:past|last|next|first|coming|previous|following|latest|final|"
                 rf"year-earlier|same|initial|remaining|ensuing|preceding)|another|recent"
                 # "the nine months" keeps its article; "the 14-day [limit]" does not
                 r"|the(?=\s+[a-z0-9.]{1,12}(?:[\s-][a-z]{1,8})?\s+[a-z]{3,9}s(?![a-z])))\s+)?"
                 # a range: "two to three weeks", "12-18 months", "a year or two"
                 rf"{NUM}(?:(?:\s*-\s*|\s+(?:to|or)\s+)(?P<upto>\d+(?![\d,.])|{_NUMBER_WORD}))?[\s-]+"
                 rf"(?:(?P<more>more|additional|further|straight|consecutive)\s+)?{DAY_KIND}{UNIT}"
                 rf"(?:(?:-|\s+)(?P<long>long|old))?(?:\s+and\s+a\s+half|\s+or\s+(?P<orupto>two|three|so){_END})?"),
    ("duration", rf"{QUANTITY}(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s?|centur(?:y|ies))-long{_END}"),
    # the last week of August, the first days of 1942, the final weeks of the year: a part of the month or year named
    # (not "the last week", counted back from now)
    ("part_of", rf"{_PART_OF}(?:{MONTH_NAMED}(?:,?\s+{YEAR})?|the\s+(?P<tunit>year|month){_END})"),
    ("part_of", rf"{_PART_OF}{YEAR}"),
    # last year, the following month, this week, earlier this year, late last week
    ("relative", rf"{POSITION}{RELATIVE}\s+(?:fiscal\s+)?(?P<unit>year|month|week|weekend|day|quarter|decade|century|"
                 rf"half|morning|afternoon|evening|night|time|moment|period|season){_END}"),
    # December, last March, early November, mid-July
    ("month", rf"{POSITION}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|that)\s+)?{MONTH_NAMED}(?!\s*\d)"),
    # Friday, last Monday, late Tuesday night, Friday's, Tuesday nights
    ("weekday", rf"{POSITION_TIGHT}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|that"
                rf"|the\s+(?:previous|following|next))\s+)?{WEEKDAY}"
                rf"(?:\s+{PART})?"),
    # yesterday, late yesterday, tomorrow morning, tonight
    ("day", rf"{POSITION_TIGHT}{DAYWORD}(?:\s+{PART})?"),
    # this morning, Tuesday night, mid-afternoon yesterday
    ("part", rf"{POSITION}(?:(?P<rel>this|that|last|the|tomorrow|yesterday|early\s+this|late\s+this)\s+)?{PART}(?:\s+{DAYWORD})?"),
    # last fall, the summer of 1990, this past spring, early winter
    ("season", rf"{POSITION}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the(?:\s+(?:next|following|previous|preceding|prior))?"
               rf"|that(?:\s+same)?|past|coming)\s+)?(?:(?P<smod>early|late|mid)[\s-]+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}|{SPOKEN_YEAR}))?"
               # a season that dates what follows it: "their main summer offensive", "the spring session"
               rf"(?=\s+(?P<event>{words(lx.SEASONAL_EVENTS)}){_END})?"),
    # Thanksgiving Day, last Christmas, Easter week, Thanksgiving weekend
    ("holiday", rf"(?:(?P<rel>last|next|this)\s+)?{HOLIDAY}(?:\s+(?P<hweek>week|weekend){_END})?(?:\s+{YEAR})?"),
    # every Monday, each season, every two weeks, twice a year, daily, annually
    ("set", rf"(?P<setq>every|each|per)\s+(?:(?P<num>other|{_NUMBER_WORD}|\d+)\s+)?(?:{UNIT}|{WEEKDAY}|{MONTH_NAMED}(?:\s+{DAY})?"
            rf"|{SEASON}|{PART})"),
    ("set", rf"(?P<times>once|twice|thrice|(?:{_ONES}|{_TEENS}|\d+)\s+times)\s+(?:a|an|per|each|every)\s+{UNIT}"),
    ("set", "(?P<adverb>" + words(lx.SET_WORDS) + ")" + _END),
    # the day after his death, the weeks before the shooting, days after a sniper killed: a time placed by
    # an event; "the" stays out of the span, as TimeML has it (not "the day after tomorrow", "the week after next"),
    # unless the phrase restates a date before it ("Oct. 12, the day before the plunge")
    ("event_relative", rf"(?P<det>the\s+)?(?P<unit>day|week|month)(?={EVENT_AFTER})"),
    # several years, recent months, the coming years, decades
    ("vague_duration", r"(?P<amount>(?:the\s+)?(?:past|last|next|coming|recent|previous|following)\s+(?:few|several)"
                       r"|several|a\s+few|few|many|recent|the\s+coming|coming|the\s+past|the\s+last|the\s+next|the|"
                       r"some|more|dozens\s+of|hundreds\s+of)?\s*"
                       r"(?P<unit>(?:second|minute|hour|day|week|month|quarter|year|decade)s|centuries)" + _END
                       # "in the weeks ahead", as "in the coming weeks" (not "the days ahead of the vote", which it places)
                       + r"(?:(?P<ahead>\s+ahead)(?!\s+of\b))?"),
    # now, currently, recently, the future, these days
    ("reference", "(?P<word>" + words(lx.REFERENCE_WORDS) + ")" + _END),
    # the year, the week, the weekend; by the end of the year, the middle of the month
    ("the_unit", rf"{POSITION_TIGHT}(?P<det>the|this)\s+(?:(?P<qual>fiscal|calendar|full|entire|whole|same)\s+)?(?P<unit>year|week|weekend|month)(?![a-z0-9-])"),
]

# Where a number starts an expression. Digits after a decimal point, a thousands comma, a currency sign, a slash
# or another number never do (nor the minutes after a colon); after "1990-" only what ends a range does: a
# four-digit year ("1990-1991"), a two-digit one ("1995-96"), a year before the common era ("499-493 BC"), a day
# ("April 13-15", "6-7 February"); after another number and a space, only a clock time ("May 1, 2009 12:09 am").
NUMBER_ANCHOR = (r"(?<![.,:$#£€/])(?<!\d-)(?<!\d\u2013)(?<!\d\s)\d|(?<=\d[-\u2013])(?:\d{4}(?![\d-])|\d{1,3}(?=\s*b\.?c)"
                 r"|\d{1,2}(?![\d-]))|(?<=\d\s)\d{1,2}(?=[:.]\d\d\s*[ap]\.?m|:\d\d)|'(?=\d0'?s)")

ANCHORS = sorted(
    set(lx.MONTHS) | set(lx.MONTH_ABBREVIATIONS) | set(lx.WEEKDAYS) | {w + "s" for w in lx.WEEKDAYS}
    | set(lx.SEASONS) | {w + "s" for w in lx.SEASONS} | set(lx.PARTS_OF_DAY)
    | {u + "s" for u in lx.UNITS} | set(lx.UNITS) | {"centuries"}
    | {w for w in lx.REFERENCE_WORDS if " " not in w} | {"past", "future", "moment", "present", "days"}
    | set(lx.DAY_WORDS) | {w for w in lx.SET_WORDS if " " not in w}
    | {h.split()[0] for h in list(lx.FIXED_HOLIDAYS) + list(lx.WEEKDAY_HOLIDAYS) + list(lx.EASTER_HOLIDAYS)}
    | set(lx.DECADE_WORDS) | {"nineteen", "eighteen", "thousand", "noon", "midnight", "time", "period", "term", "date",
                             "q1", "q2", "q3", "q4", "fy", "half", "every", "each", "once", "twice", "thrice", "times"}
)

LEFT_WORDS = (
    {"the", "a", "an", "this", "that", "its", "their", "last", "next", "past", "previous", "preceding",
     "coming", "following", "current", "upcoming", "same", "prior", "early", "earlier", "late", "later",
     "mid", "fiscal", "calendar", "model", "each", "every", "per", "of", "end", "beginning", "start",
     "middle", "close", "dawn", "half", "latest", "comparable", "corresponding", "recent", "just-ended", "year-ago",
     "year-earlier", "year-before", "year's", "first", "second", "third", "fourth", "final", "latter",
     "initial", "remaining", "ensuing", "more", "additional", "further", "straight", "consecutive",
     "another", "several", "few", "many", "some", "couple", "dozen", "dozens", "hundreds", "number",
     "numerous", "year", "than", "least", "most", "to", "no", "just", "only", "full", "entire", "whole",
     "under", "over", "within", "nearly", "almost", "about", "around", "approximately", "roughly",
     "short", "long", "trading", "business", "working", "school",
     "and", "1/2", "once", "twice", "thrice", "1st", "2nd", "3rd", "4th", "right", "near",
     "these", "at", "more", "up", "fewer", "less", "model", "traditionally", "seasonally", "nineteen", "then", "ad"}
    | {w for phrase in lx.QUANTITY_MODS for w in phrase.split()}
    | set(lx.CARDINALS) | set(lx.TENS) | set(lx.ORDINALS)
)
