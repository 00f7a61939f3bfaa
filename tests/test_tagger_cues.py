"""Table-driven tests of the cues that direct a bare date and of anaphora counted from the text's own dates."""
from __future__ import annotations

import pytest

from timeline.tagger import tag

DCT = "2023-11-16"  # a Thursday


def values(text: str, dct: str | None = DCT) -> list[str]:
    return [t.value for t in tag(text, dct)]


@pytest.mark.parametrize("text, expected", [
    # "would" looks ahead from the time of speaking
    ("The minister said she would visit Paris Tuesday.", ["2023-11-21"]),
    ("The summit would be held on April 24.", ["2024-04-24"]),  # "be held": a passive, not a past verb
    ("The vote would have been held Friday.", ["2023-11-10"]),  # but "would have" looks back
    ("Farmers may march on Monday.", ["2023-11-20"]),
    ("He resigned in May and left on Friday.", ["2023-05", "2023-11-10"]),  # the month is no modal
    # a capitalized "-ed" word is a name, not a past verb
    ("Officials will meet in the United Kingdom on Friday.", ["2023-11-17"]),
    # the auxiliary of "were planning to" is part of the future cue
    ("Farmers announced a protest in Lyon on Saturday and were planning to block roads.", ["2023-11-18"]),
    # what was set for a date lies ahead, as what was scheduled does
    ("Sentencing was set for March 3.", ["2024-03-03"]),
    # what was forecast lies ahead too, whatever the tense
    ("More rain was forecast for the weekend.", ["2023-W46-WE"]),
    # a future auxiliary before the date outweighs a later predicate's past verb
    ("The mayor said the bridge will open in May and thanked the workers.", ["2024-05"]),
    # a decision or a promise looks ahead of itself
    ("The board decided to sell the unit in February.", ["2024-02"]),
    # ... but not behind itself: the decision is then the clause's past verb
    ("In February, the board decided to sell the unit.", ["2023-02"]),
    # the past perfect puts a deadline before the DCT
    ("Until Wednesday, investigators had not named a suspect.", ["2023-11-15"]),
    ("Twelve states had filed reports by Monday.", ["2023-11-13"]),
    ("Twelve states will file reports by Monday.", ["2023-11-20"]),
    ("The offer had been scheduled to expire at midnight Friday.", ["2023-11-10T00:00"]),
    ("The offer is scheduled to expire at midnight Friday.", ["2023-11-17T00:00"]),
    ("Officials said the talks, which had stalled, will resume Monday.", ["2023-11-20"]),
    # a possessive weekday or month names an event already known
    ("Lawyers will appeal Tuesday's ruling.", ["2023-11-14"]),
    ("Lawyers will appeal the ruling on Tuesday.", ["2023-11-21"]),
    # "since" points back whatever the rest of the clause says
    ("The carrier has patrolled since March and will return in December.", ["2023-03", "2023-12"]),
    # a clause that opens after the date has a tense of its own: the saying is the date's
    ("The chief executive told analysts on a conference call Wednesday that the layoffs would end in April.",
     ["2023-11-15", "2024-04"]),
    # a participle after "stay", "remain", "get" is an adjective, not a past verb
    ("Schools will stay closed on Monday.", ["2023-11-20"]),
    ("The archive would remain sealed on Friday.", ["2023-11-17"]),
    # a time fronted before its clause takes the tense of that clause's verb, however far on it comes
    ("In January, a week after the anniversary of the court's landmark ruling on the right to an abortion, a bomb "
     "at a clinic in Birmingham, Alabama, killed a guard.", ["2023-01", "P1W"]),
    ("In January, after months of talks between the two governments and the unions that represent the dock "
     "workers of both countries, the new port will open.", ["2024-01", "PXM"]),
    # the simple present of a scheduled act looks ahead in the plural too ...
    ("He and the prime minister meet separately Monday with the envoy.", ["2023-11-20"]),
    ("Talks resume Friday in Geneva.", ["2023-11-17"]),
    ("New rules take effect Saturday.", ["2023-11-18"]),
    # ... but not the same form after "to" or a negation
    ("The two sides failed to meet Monday.", ["2023-11-13"]),
    ("The leaders did not meet Tuesday.", ["2023-11-14"]),
    # a fixture told in the simple present lies ahead
    ("City travel to Leeds on Tuesday night.", ["2023-11-21TNI"]),
    ("The champions face a trip to Lyon on Saturday.", ["2023-11-18"]),
    # an intention looks ahead only up to a participle phrase set off after it, which is the main verb's
    ("Three members wanted to hold rates, citing a rebound in prices in January.", ["2023-01"]),
    ("Forecasters expect temperatures to reach 40 degrees on Saturday.", ["2023-11-18"]),
    # a date something is set for lies ahead of the setting
    ("The judge set sentencing for July 5.", ["2024-07-05"]),
    # a relative clause holds its date, whatever the main clause's later verb says
    ("The captain, who damaged his ankle on Aug. 22, and is not expected back, watched.", ["2023-08-22"]),
    # "than expected" compares, looking ahead to nothing; "died" is a past
    ("Her work showed the ice was melting faster than expected, and she died Sunday.", ["2023-11-12"]),
    # a deadline opening the sentence, with a simple past after it, has passed
    ("By Feb. 7 there were 24 confirmed cases.", ["2023-02-07"]),
])
def test_clause_cues_pick_the_occurrence(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, kind, value", [
    ("Threats had become routine over the past decade.", "DURATION", "P10Y"),
    ("Inflation ate wages in the last decade.", "DATE", "201"),
    ("The wall fell a decade ago.", "DATE", "2013"),
    ("Such tools could one day replace the keyboard.", "DATE", "FUTURE_REF"),
    ("The strike lasted one day.", "DURATION", "P1D"),
    # days counted by what happens on them are days
    ("Eight trading days after the crash, the index recovered.", "DURATION", "P8D"),
    ("Refunds are paid within ten business days.", "DURATION", "P10D"),
    # quarters of something that happened are periods, not fractions
    ("The firm returned to profit after several quarters of losses.", "DURATION", "PXQ"),
    ("Exports grew for three straight quarters of strong demand.", "DURATION", "P3Q"),
    # the time ahead, however it is worded
    ("Investors may sell their bonds in the weeks ahead.", "DURATION", "PXW"),
    ("Rates will stay low in the near term.", "DATE", "FUTURE_REF"),
    ("The cuts hurt growth over the long term.", "DATE", "FUTURE_REF"),
    # "in N years" in a clause about the future is the time that far ahead, not a length ...
    ("The bonds would be redeemed in five years.", "DATE", "2028"),
    ("A carrier is expected to reach the island in a couple of days.", "DATE", "2023-11-18"),
    ("Nobody knows what the climate will do in 50 years' time.", "DATE", "2073"),
    ("You may, in a year or two, save more lives.", "DATE", "FUTURE_REF"),
    ("It may be ready in a year or two.", "DATE", "FUTURE_REF"),
    # ... but the span a record, a rate or a change is counted over stays a length
    ("Officials will declare the first pandemic in 40 years.", "DURATION", "P40Y"),
    ("The plant could make two billion doses of vaccine in one year.", "DURATION", "P1Y"),
    ("Cases rose fourfold in a week.", "DURATION", "P1W"),
    ("The company finished the bridge in two years.", "DURATION", "P2Y"),
])
def test_lengths_and_points(text, kind, value):
    [timex] = tag(text, DCT)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.parametrize("text, expected", [
    # "N weeks later" counts from the last date mentioned, at no finer a granularity than that date
    ("Engineers closed the bridge on April 3, 2021. A ferry began two weeks later.", ["2021-04-03", "2021-W15"]),
    ("Engineers closed the bridge in April 2021. A ferry began two weeks later.", ["2021-04", "2021-04"]),
    ("The mill closed in 2019. Three days later the union sued.", ["2019", "2019"]),
    # without a narrated time, a comparison is with the DCT
    ("Yields rose to 5% from 4.9% a week earlier.", ["2023-W45"]),
    ("Last year sales fell. Yields rose to 5% from 4.9% a week earlier.", ["2022", "2023-W45"]),
    # "the day before", "the week after" on their own count from the date told of; before an event they do not:
    # the event places them, and the text does not date it here
    ("The vote was on Tuesday. The day before, a senator spoke against it.", ["2023-11-14", "2023-11-13"]),
    ("The plant closed in March 2020 and reopened the month after.", ["2020-03", "2020-04"]),
    ("He spoke the day before the vote.", ["XXXX-XX-XX"]),
    ("Prices fell in the week following the crash.", ["XXXX-WXX"]),
    ("He was seen crossing the border days after a sniper killed the doctor.", ["XXXX-XX-XX"]),
    ("The storm raged for days after the landfall.", ["PXD"]),
    ("Reunion is a matter of days before it happens.", []),
    ("She flew home later in the day before returning to work.", []),
    # an apposition restates the day just named
    ("He was last seen on Nov. 3, the day before police issued a warrant.", ["2023-11-03", "2023-11-03"]),
    # "the days before the shooting", "the weeks after he left": a stretch placed by an event, which is no date
    ("His car was seen in the weeks before the shooting.", ["XXXX-WXX"]),
    ("Investigators think the rifle was buried in the days before Slepian was killed.", ["XXXX-XX-XX"]),
    ("In the months after the flood, rents rose.", ["XXXX-XX"]),
    ("Rents rose in the months that followed.", []),
    # "of that year" is part of the month or day it gives the year of
    ("Suspicions arose in March 2021. She was arrested in June of that year.", ["2021-03", "2021-06"]),
    ("The war began in 1939. On Dec. 14 of the same year, the ship sank.", ["1939", "1939-12-14"]),
    ("The plant opened in 1958. In June of that year, it flooded.", ["1958", "1958-06"]),
])
def test_anaphora_counts_from_the_narrated_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a morning after an evening or night just told of is the next day's
    ("The storm arrived shortly after 9 p.m. on Friday and peaked around 2 a.m.",
     ["2023-11-10T21:00", "2023-11-10", "2023-11-11T02:00"]),
    ("A tree fell on Friday night. By 7 a.m., crews had cleared the road.", ["2023-11-10TNI", "2023-11-11T07:00"]),
    # ... but not after a morning, nor a later hour of the same day
    ("The market opened at 9 a.m. on Friday and closed at 4 p.m.", ["2023-11-10T09:00", "2023-11-10", "2023-11-10T16:00"]),
    ("Polls opened at 7 a.m. on Friday. By 10 a.m., turnout was high.", ["2023-11-10T07:00", "2023-11-10", "2023-11-10T10:00"]),
])
def test_clock_times_follow_the_time_told_before(text, expected):
    assert values(text) == expected


def test_sample_article_places_two_weeks_later_after_the_closure():
    from pathlib import Path

    import timeline
    text = (Path(timeline.__file__).parent / "samples" / "sample_article.txt").read_text(encoding="utf-8")
    found = {t.text: t for t in tag(text, "2024-03-14")}
    assert found["April 2021"].value == "2021-04"
    later = found["two weeks later"]
    assert later.value == "2021-04" and later.earliest >= found["April 2021"].earliest


@pytest.mark.parametrize("text, expected", [
    # the period a report compares with is one that has ended, not a forecast
    ("Third-quarter profit fell. Losses may last through the third quarter of 2024. "
     "In the year-ago period, the company earned $1 million.", ["2023-Q3", "2024-Q3", "2022-Q3"]),
    # "the 2022 period" in a 2023 report is the comparison: "year-ago" names that same year's period
    ("Net rose in the third quarter, compared with a loss in the 2022 period. "
     "The year-ago results included a charge.", ["2023-Q3", "2022-Q3", "2022-Q3"]),
    # a comparison of quarters is no quarter
    ("The quarter-to-quarter comparison was hurt by charges.", []),
    # a quarter the report's period came after is not the period its comparisons refer to
    ("Net income rose 20% in the third quarter. After a flat second quarter, the company credited price rises. "
     "Charges taken in the year-earlier period helped the comparison.", ["2023-Q3", "2023-Q2", "2022-Q3"]),
    ("Following a weak first half, sales rose in the third quarter from a year ago.", ["2023-H1", "2023-Q3", "2022-Q3"]),
])
def test_financial_periods(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a period named after a day or a holiday is the ISO week holding it
    ("A hearing is set for the week of March 6.", "2000-02-24", [("the week of March 6", "2000-W10")]),
    ("Talks resumed the week of Oct. 9, 1995.", DCT, [("the week of Oct. 9, 1995", "1995-W41")]),
    # a week already begun is the one meant, though its feast is still ahead
    ("Pilgrims prayed as Easter week began.", "2000-04-17", [("Easter week", "2000-W16")]),
    ("Shops will open over the Thanksgiving weekend.", DCT, [("Thanksgiving weekend", "2023-W47-WE")]),
    ("Shops will stay open through the Thanksgiving weekend.", "2023-11-25", [("Thanksgiving weekend", "2023-W47-WE")]),
    # a period of last year is one expression, not a period and a year
    ("Profit rose in the third quarter. For the quarter a year ago, it earned $1.", DCT,
     [("the third quarter", "2023-Q3"), ("the quarter a year ago", "2022-Q3")]),
    ("Net was $2 in the third quarter, against $1 in the corresponding period last year.", DCT,
     [("the third quarter", "2023-Q3"), ("the corresponding period last year", "2022-Q3")]),
    # "or so" leaves an approximate point in time
    ("Then, a week or so ago, the general picked a date.", DCT, [("a week or so ago", "2023-W45")]),
])
def test_named_periods(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize("text, expected", [
    # a year comparison after "the nine months" compares those months, a year-long span: the year
    ("Profit rose in the third quarter. For the nine months, net was $5, compared with $4 a year earlier.",
     ["2023-Q3", "P9M", "2022"]),
    ("For the first nine months, net was $5, compared with $4 in the 2022 period.", ["P9M", "2022"]),
    # without such a span, the quarter in question stays the one compared, however far back it was named
    ("Profit rose in the third quarter. " + "Costs fell. " * 60 + "A year earlier, the firm lost money.",
     ["2023-Q3", "2022-Q3"]),
])
def test_reporting_periods(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", ["Flight 1990 left from gate 12.", "Guests in Room 2001 complained.",
                                  "Take Highway 1999 north."])
def test_numbered_things_are_not_years(text):
    assert tag(text, DCT) == []


@pytest.mark.parametrize("text, expected", [
    ("The minister told the Today programme that the bridge would open.", []),  # a programme's name
    ("He watched the Tonight Show in bed.", []),
    ("The minister said the bridge opens today.", ["2023-11-16"]),
    ("The bridge opened. Today the road opens too.", ["2023-11-16"]),
])
def test_a_day_word_with_an_article_is_a_name(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", ["Violence flared for the past three summers.", "Over the past 12 sessions, shares fell."])
def test_counted_things_after_the_past_are_not_the_past(text):
    assert tag(text, DCT) == []


@pytest.mark.parametrize("text, expected", [
    # the first or last weeks of a month or a year named are a part of it, not weeks counted from now
    ("During the last week of August the pressure grew.", [("the last week of August", "2023-08", "END")]),
    ("Talks began in the first days of 1942.", [("the first days of 1942", "1942", "START")]),
    ("The assembly meets in the first week of June.", [("the first week of June", "2024-06", "START")]),
    # the last week of what follows is placed by it, which the text does not date here
    ("In the last month of the war, the army collapsed.", [("the last month", "XXXX-XX", None)]),
    # a week placed by another time's event is not this week
    ("Outflows doubled the level of the week following last month's crash.",
     [("week", "XXXX-WXX", None), ("last month", "2023-10", None)]),
    ("Outflows were low the week after last.", [("week after last", "2023-W46", None)]),
])
def test_parts_and_placed_periods(text, expected):
    assert [(t.text, t.value, t.mod) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize("text", ["The Communist Party daily Granma printed the letter.",
                                  "The story ran in the weekly Der Spiegel.", "He told the Daily Record."])
def test_a_publication_by_its_name_is_no_recurrence(text):
    assert tag(text, DCT) == []


def test_a_recurrence_before_a_name_is_one():
    assert [t.value for t in tag("She works on a new daily World Service broadcast.", DCT)] == ["P1D"]
