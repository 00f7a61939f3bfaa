"""Table-driven tests of the temporal tagger: phrase, DCT → the timex it must produce."""
from __future__ import annotations

import pytest

from timeline.tagger import tag

DCT = "2023-11-16"  # a Thursday


def only(text: str, dct: str | None = DCT):
    """The single timex tagged in ``text``."""
    found = tag(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize("text, span, type_, value, granularity", [
    # full and partial dates in common written forms
    ("It opened on 2023-11-16.", "2023-11-16", "DATE", "2023-11-16", "day"),
    ("It opened on Oct. 5, 1998.", "Oct. 5, 1998", "DATE", "1998-10-05", "day"),
    ("It opened on October 5th 1998.", "October 5th 1998", "DATE", "1998-10-05", "day"),
    ("It opened on 5 October 1998.", "5 October 1998", "DATE", "1998-10-05", "day"),
    ("It opened on the 5th of October, 1998.", "the 5th of October, 1998", "DATE", "1998-10-05", "day"),
    ("It opened on 10/05/1998.", "10/05/1998", "DATE", "1998-10-05", "day"),
    ("It opened on 25/12/2001.", "25/12/2001", "DATE", "2001-12-25", "day"),
    ("He said on Monday, Oct. 26, 1998 that", "Monday, Oct. 26, 1998", "DATE", "1998-10-26", "day"),
    ("It closed in July 1997.", "July 1997", "DATE", "1997-07", "month"),
    ("It closed in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", "month"),
    # years, decades, centuries
    ("It was built in 1898.", "1898", "DATE", "1898", "year"),
    ("Atlanta, nineteen ninety-six: a bomb went off.", "nineteen ninety-six", "DATE", "1996", "year"),
    ("Profit rose in fiscal 1989.", "fiscal 1989", "DATE", "1989", "year"),
    ("Its FY24 outlook was cut.", "FY24", "DATE", "2024", "year"),
    ("Music of the 1990s was loud.", "the 1990s", "DATE", "199", "decade"),
    ("Music of the '80s was loud.", "the '80s", "DATE", "198", "decade"),
    ("It began in the 20th century.", "the 20th century", "DATE", "19", "century"),
    ("It began in the nineteenth century.", "the nineteenth century", "DATE", "18", "century"),
    # seasons, quarters, halves, weeks
    ("Sales fell in the third quarter.", "the third quarter", "DATE", "2023-Q3", "quarter"),
    ("Its third-quarter profit fell.", "third-quarter", "DATE", "2023-Q3", "quarter"),
    ("Sales fell in the first half of 2022.", "the first half of 2022", "DATE", "2022-H1", "half"),
    ("Revenue fell in the first half, to $2 million.", "the first half", "DATE", "2023-H1", "half"),
    ("The talks were held last fall.", "last fall", "DATE", "2022-FA", "season"),
    ("The talks will be held this summer.", "this summer", "DATE", "2023-SU", "season"),
    ("It was cold in the winter of 1994.", "the winter of 1994", "DATE", "1994-WI", "season"),
    ("They met this week.", "this week", "DATE", "2023-W46", "week"),
    ("They met last weekend.", "last weekend", "DATE", "2023-W45-WE", "week"),
    # weekdays, parts of the day, clock times
    ("The minister resigned Tuesday.", "Tuesday", "DATE", "2023-11-14", "day"),
    ("The minister will resign Tuesday.", "Tuesday", "DATE", "2023-11-21", "day"),
    ("The minister resigned last Friday.", "last Friday", "DATE", "2023-11-10", "day"),
    ("He spoke this morning.", "this morning", "TIME", "2023-11-16TMO", "part-of-day"),
    ("The vote was held Friday night.", "Friday night", "DATE", "2023-11-10TNI", "part-of-day"),
    ("He spoke yesterday afternoon.", "yesterday afternoon", "TIME", "2023-11-15TAF", "part-of-day"),
    ("The vote is tonight.", "tonight", "DATE", "2023-11-16TNI", "part-of-day"),
    ("The blast came at 10:35 a.m.", "10:35 a.m.", "TIME", "2023-11-16T10:35", "minute"),
    ("The offer expires at 5 p.m. EST Nov. 20.", "5 p.m. EST Nov. 20", "TIME", "2023-11-20T17:00", "minute"),
    ("The meeting starts at noon Thursday.", "noon Thursday", "TIME", "2023-11-16T12:00", "minute"),
    # relative and deictic expressions
    ("The attempt happened last year.", "last year", "DATE", "2022", "year"),
    ("Prices will rise next month.", "next month", "DATE", "2023-12", "month"),
    ("He left two weeks ago.", "two weeks ago", "DATE", "2023-W44", "week"),
    ("He left three days ago.", "three days ago", "DATE", "2023-11-13", "day"),
    ("Sales rose earlier this year.", "earlier this year", "DATE", "2023", "year"),
    ("He arrived yesterday.", "yesterday", "DATE", "2023-11-15", "day"),
    ("He arrives tomorrow.", "tomorrow", "DATE", "2023-11-17", "day"),
    ("The decision came today.", "today", "DATE", "2023-11-16", "day"),
    ("He conceded in January.", "January", "DATE", "2023-01", "month"),
    ("They will meet in January.", "January", "DATE", "2024-01", "month"),
    ("He spoke in early December.", "early December", "DATE", "2022-12", "month"),
    ("It happened last March.", "last March", "DATE", "2023-03", "month"),
    ("He paid on Nov. 2.", "Nov. 2", "DATE", "2023-11-02", "day"),
    ("The company was bought at Thanksgiving.", "Thanksgiving", "DATE", "2022-11-24", "day"),
    # a day counted from a day named; a week, month or year two away ("the" stays out of the span)
    ("He left the day before yesterday.", "day before yesterday", "DATE", "2023-11-14", "day"),
    ("He will go the day after tomorrow.", "day after tomorrow", "DATE", "2023-11-18", "day"),
    ("Stores opened the day after Christmas.", "day after Christmas", "DATE", "2022-12-26", "day"),
    ("He flew in the day before last Tuesday's hearing.", "day before last Tuesday", "DATE", "2023-11-13", "day"),
    ("She arrived the day after Nov. 3, 2021.", "day after Nov. 3, 2021", "DATE", "2021-11-04", "day"),
    ("They will meet the week after next.", "week after next", "DATE", "2023-W48", "week"),
    ("The plant opened the year before last.", "year before last", "DATE", "2021", "year"),
    # vague references
    ("The boy is now safe.", "now", "DATE", "PRESENT_REF", "unknown"),
    ("It is currently closed.", "currently", "DATE", "PRESENT_REF", "unknown"),
    ("It recently closed.", "recently", "DATE", "PAST_REF", "unknown"),
    ("It may open in the future.", "the future", "DATE", "FUTURE_REF", "unknown"),
    ("Holders may buy shares at the then-current price.", "then-current", "DATE", "PAST_REF", "unknown"),
    ("Holders may buy shares at the then current price.", "then current", "DATE", "PAST_REF", "unknown"),
    ("And then current events took over.", "current", "DATE", "PRESENT_REF", "unknown"),
    # durations
    ("The year-long investigation ended.", "year-long", "DURATION", "P1Y", "year"),
    ("A four-week strike ended.", "four-week", "DURATION", "P4W", "week"),
    ("The talks lasted two days.", "two days", "DURATION", "P2D", "day"),
    ("The talks lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", "hour"),
    ("The song lasts a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", "minute"),
    ("Profit rose over the past three years.", "the past three years", "DURATION", "P3Y", "year"),
    ("Profit rose in the first nine months.", "the first nine months", "DURATION", "P9M", "month"),
    ("They fought for several years.", "several years", "DURATION", "PXY", "year"),
    ("It lasted more than two decades.", "more than two decades", "DURATION", "P20Y", "year"),
    # sets
    ("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1", "day"),
    ("It is reviewed each season.", "each season", "SET", "P3M", "month"),
    ("Dividends are paid annually.", "annually", "SET", "P1Y", "year"),
    ("They meet twice a week.", "twice a week", "SET", "P1W", "week"),
    ("The paper appears daily.", "daily", "SET", "P1D", "day"),
    # a position before a deictic period is part of the span
    ("The plant will close by the end of the year.", "the end of the year", "DATE", "2023", "year"),
    ("It will be sold at the end of the fiscal year.", "the end of the fiscal year", "DATE", "2023", "year"),
])
def test_phrase(text, span, type_, value, granularity):
    found = tag(text, DCT)
    assert [(t.text, t.type, t.value, t.granularity) for t in found] == [(span, type_, value, granularity)]


@pytest.mark.parametrize("text, value, mod", [
    ("Prices rose in early 2020.", "2020", "START"),
    ("It peaked in the late 1970s.", "197", "END"),
    ("The vote was held early Friday.", "2023-11-10", None),  # "early" stays outside the span of a day
    ("Prices rose in mid-1996.", "1996", "MID"),
    ("It ends at the end of 1990.", "1990", "END"),
    ("It ends late next year.", "2024", "END"),
    ("It was cold in early December.", "2022-12", "START"),
    ("It took at least 72 hours.", "PT72H", "EQUAL_OR_MORE"),
    # a range of lengths: TIMEX3 has no range, so the least of it
    ("Shipments resume within two to three weeks.", "P2W", "EQUAL_OR_MORE"),
    ("Deals will be made in the next 12 to 18 months.", "P12M", "EQUAL_OR_MORE"),
    ("It took 12-18 months.", "P12M", "EQUAL_OR_MORE"),
    ("It may take a year or two.", "P1Y", "EQUAL_OR_MORE"),
    ("The plant will close over the next two years or so.", "P2Y", "APPROX"),
    # a position in a deictic period is inside the span, as a mod
    ("The plant will close by the end of the year.", "2023", "END"),
    ("Rents are due at the start of the month.", "2023-11", "START"),
    ("Sales slowed in the middle of the third quarter.", "2023-Q3", "MID"),
    ("The deal closes at the end of the fiscal year.", "2023", "END"),
])
def test_modifiers(text, value, mod):
    found = tag(text, DCT)
    assert [(t.value, t.mod) for t in found] == [(value, mod)]


@pytest.mark.parametrize("text, expected", [
    # anaphora: against the last date mentioned
    ("The plant opened on March 3, 1998. Two days later it closed.", ["1998-03-03", "1998-03-05"]),
    ("The war began in 1950. It ended three years later.", ["1950", "1953"]),
    ("He was elected on Oct. 5, 1998. That same day he resigned.", ["1998-10-05", "1998-10-05"]),
    ("The firm was founded in 1901. The following year it went bankrupt.", ["1901", "1902"]),
    ("The strike began on June 1, 1990. Talks resumed the next day.", ["1990-06-01", "1990-06-02"]),
    ("The war began in March 2003. On Dec. 14 of that year, the leader was caught.", ["2003-03", "2003-12-14"]),
    ("The shop opened on June 4, 1998. The next spring it moved; that fall it closed.",
     ["1998-06-04", "1999-SP", "1999-FA"]),
    # two dates in a row of one year make a narrative: its bare dates are of that year ...
    ("The plane crashed on Jan. 8, 2020. Three days later, they admitted it. On Jan. 11, they apologized.",
     ["2020-01-08", "2020-01-11", "2020-01-11"]),
    # ... but one date of an old year, in news, does not: "in April" is this year's
    ("Two agents were charged in the Dec. 21, 1988, bombing. They were freed after the leader agreed in April.",
     ["1988-12-21", "2023-04"]),
    # a clock time takes the day named right after it, not the DCT's
    ("The storm hit at 10:30 a.m. ET on Nov. 14.", ["2023-11-14T10:30", "2023-11-14"]),
    ("Police were called at 2 a.m. local time on Saturday.", ["2023-11-11T02:00", "2023-11-11"]),
    ("The attack came just after midnight on Oct. 7, 2022.", ["2022-10-07T00:00", "2022-10-07"]),
    ("The doors open at 9 p.m. (GMT), on Monday, Nov. 20.", ["2023-11-20T21:00", "2023-11-20"]),
    # a month or day without a year takes the year of the one it is paired with
    ("He served between March and May 2021.", ["2021-03", "2021-05"]),
    ("The fair ran from June 3 to July 9, 2020.", ["2020-06-03", "2020-07-09"]),
    ("Hearings ran from Nov. 14 to Dec. 2, 2019.", ["2019-11-14", "2019-12-02"]),
    ("It was closed in March or April of 2018.", ["2018-03", "2018-04"]),
])
def test_values_read_from_the_text_around(text, expected):
    assert [t.value for t in tag(text, DCT)] == expected


@pytest.mark.parametrize("text", [
    "You may go now, she said, and we may leave.",
    "Protesters march on the capital.",
    "The Sun reported the story.",
    "Flight PS752 carried 176 people.",
    "She paid $1990 for 2,000 shares, up 25%.",
    "His nine-year-old daughter and a 30-year-old man.",
    "The company sold 1,500 units and 3.5 million shares.",
    "A quarter of the shares were sold.",
    "The score went from 5 to 4 in the final.",
    "The plan saves $2 million a year.",
    # Names of programmes and works: time words English writes in lower case, capitalized inside a sentence.
    'Baker, speaking on ABC News\' "This Week," said the request was fair.',
    "This is VOA Today.",
    "He quoted the film ``High Noon.''",
    "Gonzalez said on CBS's ''60 Minutes.'' that he would stay.",
])
def test_no_false_alarms(text):
    assert [t.text for t in tag(text, DCT) if t.type != "DATE" or t.value != "PRESENT_REF"] == []


@pytest.mark.parametrize("text, value", [
    ("It happened last year.", "XXXX"),
    ("He arrived yesterday.", "XXXX-XX-XX"),
    ("He conceded in January.", "XXXX-01"),
    ("They met on Friday.", "XXXX-WXX-5"),
])
def test_without_dct_unknown_parts_stay_unknown(text, value):
    timex = only(text, None)
    assert (timex.value, timex.earliest, timex.latest) == (value, None, None)


def test_ids_order_and_offsets():
    text = "On Monday, prices rose; last year they fell, and in 2020 they were flat."
    found = tag(text, DCT)
    assert [t.id for t in found] == ["t1", "t2", "t3"]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday listed after "every <weekday>" repeats as the first one does ...
        ("Counts are published every Tuesday and Friday.", [("every Tuesday", "XXXX-WXX-2"), ("Friday", "XXXX-WXX-5")]),
        ("Trains run each Monday, Wednesday or Friday.",
         [("each Monday", "XXXX-WXX-1"), ("Wednesday", "XXXX-WXX-3"), ("Friday", "XXXX-WXX-5")]),
        # ... but a weekday in the next sentence is a date.
        ("They meet every Monday. On Friday they left.", [("every Monday", "XXXX-WXX-1"), ("Friday", "2023-11-10")]),
    ],
)
def test_weekdays_listed_after_every_are_sets(text, expected):
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A capitalized time word opening a sentence or a quote is still a time.
    ('This week the talks end. "Today is sad," he said.', ["This week", "Today"]),
    ("USA Today reported it. On Monday Morning the talks ended.", ["Monday Morning"]),
])
def test_capitalized_time_words_that_open_a_sentence_are_times(text, expected):
    assert [t.text for t in tag(text, DCT)] == expected
