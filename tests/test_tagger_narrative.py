"""Table tests of narrative time: each case is a short context as a story tells it, the expression
asked about, and the value it must get. The DCT is the day the piece was published."""
from __future__ import annotations

import pytest

from timeline.tagger import tag
from timeline.tagger.interval import granularity_of, interval


def value_of(text: str, phrase: str, dct: str, mode: str = "auto", nth: int = 0) -> str:
    """The value of the ``nth`` timex whose text is ``phrase``."""
    found = [t for t in tag(text, dct, mode=mode) if t.text == phrase]
    assert len(found) > nth, [(t.text, t.value) for t in tag(text, dct, mode=mode)]
    return found[nth].value


HISTORY = "2009-12-19"  # a history written long after
NEWS = "2020-12-09"  # a Wednesday


@pytest.mark.parametrize("text, phrase, value", [
    # a day and month, a bare month, a season: the year told of, not the DCT's
    ("The offensive opened in 1918. On 13 August, the Allies broke through at Amiens.", "13 August", "1918-08-13"),
    ("Paris was liberated in August 1944. In September, the Allies reached the German border.", "September", "1944-09"),
    ("The siege began in April 1862. By late June, the garrison was starving.", "late June", "1862-06"),
    ("The army wintered at Valley Forge in 1777. In the spring, it marched north.", "the spring", "1777-SP"),
    # the nearest occurrence to the story's time: a December then a January is the next year's
    ("Japan attacked Pearl Harbor on December 7, 1941. In January, the Allies signed a declaration.",
     "January", "1942-01"),
    # anaphora counts from the story's time
    ("Lincoln was shot on April 14, 1865. He died early the next morning.", "early the next morning", "1865-04-15TMO"),
    ("Lee surrendered on April 9, 1865. Two days later, the army disbanded.", "Two days later", "1865-04-11"),
    ("The armistice was signed on 11 November 1918. The day before, the Kaiser had fled.", "The day before", "1918-11-10"),
    ("The treaty was signed in June 1919. The following year, the league met.", "The following year", "1920"),
    ("The strike began on 3 May 1926. It ended the same month.", "the same month", "1926-05"),
    ("The revolt broke out in 1848. Later that year, the king abdicated.", "Later that year", "1848"),
    ("The treaty was signed in 1919. It took effect in March of the following year.", "March of the following year",
     "1920-03"),
    ("The storm hit on Tuesday, Oct. 8, 1985. The following week, the levees broke.", "The following week", "1985-W42"),
    # in a narrative a bare weekday is the one nearest the day told of
    ("Fighting began on 14 April 1865, a Friday, and on Saturday the city fell.", "Saturday", "1865-04-15"),
    # a date a flashback tells leaves the story where it was
    ("Chinese forces that had invaded Burma in late 1943 besieged Myitkyina in May 1944. By June, the Japanese "
     "had taken the province.", "June", "1944-06"),
])
def test_reference_time(text, phrase, value):
    assert value_of(text, phrase, HISTORY, mode="narrative") == value


@pytest.mark.parametrize("text, phrase, value", [
    # auto mode finds the story without being told: a history stating its years
    ("The war began in 1914. In 1915, Italy joined it. In 1916, the Somme offensive opened. In 1917, the United "
     "States declared war. In 1918, on 13 August, the Allies broke through. In September, the line collapsed.",
     "September", "1918-09"),
    # a news report keeps the DCT's time for a background year
    ("The bridge, built in 1998, will close in March for repairs.", "March", "2021-03"),
    # a date stated at the head of its sentence sets the time told
    ("In 2008, the army launched an offensive in Basra. In May, it entered Sadr City.", "May", "2008-05"),
    # a date told as when something happened, in the sentence before, is where the story is (trial coverage) ...
    ("Prosecutors said he met the contractor on 2 May 2011. The council approved the contract on May 23.",
     "May 23", "2011-05-23"),
    # ... but one that names a thing is background, and a bare month is the DCT's
    ("Two men were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103. Libya agreed in April to hand "
     "them over.", "April", "2020-04"),
    # a news story that tells mostly of other years still means the coming month by what lies ahead of its writing
    ("The mayor led the city from 2009 to 2016. The inquiry began in 2013, and he was arrested in 2017. An aide died "
     "in 2018. Two developers pleaded guilty in 2015 and are due to be sentenced in March.", "March", "2021-03"),
])
def test_auto_mode_decides_per_expression(text, phrase, value):
    assert value_of(text, phrase, NEWS) == value


@pytest.mark.parametrize("mode, value", [("narrative", "1998-03"), ("news", "2020-03"), ("auto", "1998-03")])
def test_mode_overrides(mode, value):
    text = "She joined the paper on 4 January 1998. In March, she covered her first trial."
    assert value_of(text, "March", NEWS, mode=mode) == value


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="mode"):
        tag("It rained on Friday.", NEWS, mode="history")


@pytest.mark.parametrize("text, phrase, value", [
    # the present progressive of an arrangement, will, to be, set to, scheduled: ahead
    ("Prime Minister Justin Trudeau is meeting with premiers virtually Thursday.", "Thursday", "2020-12-10"),
    ("The minister will resign Friday.", "Friday", "2020-12-11"),
    ("The vote is set for Sunday.", "Sunday", "2020-12-13"),
    ("The hearing is scheduled for Monday.", "Monday", "2020-12-14"),
    ("Vowing to restore order, the president urged voters to turn out for the election on Sunday.", "Sunday",
     "2020-12-13"),
    # the past and the past perfect: back
    ("The minister resigned Friday.", "Friday", "2020-12-04"),
    ("The company had warned of losses Monday.", "Monday", "2020-12-07"),
    ("She was flying to Ottawa on Monday when the storm hit.", "Monday", "2020-12-07"),
    # "by ... Wednesday" looks ahead, but with a past perfect it is the past
    ("The company must reply by Wednesday.", "Wednesday", "2020-12-09"),
    ("The company must reply by Friday.", "Friday", "2020-12-11"),
    ("By 6 p.m. Monday, more than 2,000 residents had been ordered to evacuate.", "6 p.m. Monday", "2020-12-07T18:00"),
    # a month follows the clause's tense too
    ("The plant will reopen in January.", "January", "2021-01"),
    ("The plant closed in January.", "January", "2020-01"),
])
def test_tense_and_aspect_set_the_direction(text, phrase, value):
    assert value_of(text, phrase, NEWS) == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Darius ordered the campaign in 490 BC. The following year, he died.", "490 BC", "BC0490"),
    ("Darius ordered the campaign in 490 BC. The following year, he died.", "The following year", "BC0489"),
    ("The Ionian Revolt (499-493 BC) failed.", "499", "BC0499"),
    ("It lasted from 499 to 493 BC.", "493 BC", "BC0493"),
    ("Xerxes crossed into Europe in April 480 BC.", "April 480 BC", "BC0480-04"),
    ("The army gathered in the summer and autumn of 481 BC.", "the summer", "BC0481-SU"),
    ("The city was founded in the 8th century BC.", "the 8th century BC", "BC07"),
    ("Trade grew in the 480s BC.", "the 480s BC", "BC048"),
    ("Vesuvius erupted in AD 79.", "AD 79", "0079"),
    ("Vesuvius erupted in 79 AD.", "79 AD", "0079"),
    # a year that is a number, not a year; a month's name that is a noun
    ("The fleet had 1500 ships.", None, None),
    ("She led the March of the Combatant Mothers.", None, None),
])
def test_years_before_the_common_era(text, phrase, value):
    found = tag(text, HISTORY, mode="narrative")
    if phrase is None:
        assert found == []
        return
    assert [t.value for t in found if t.text == phrase][0] == value


def test_a_year_before_the_common_era_is_valued_but_not_placed():
    timex = tag("It fell in 490 BC.", HISTORY)[0]
    assert (timex.value, timex.granularity, timex.earliest) == ("BC0490", "year", None)
    assert granularity_of("BC0480-08") == "month" and interval("BC0490") == (None, None)


@pytest.mark.parametrize("text, phrase, value", [
    ("Coal powered the 19th century.", "the 19th century", "18"),
    ("It was built in the nineteenth century.", "the nineteenth century", "18"),
    ("It was built in the early 20th century.", "the early 20th century", "19"),
    ("Jazz spread in the 1920s.", "the 1920s", "192"),
    ("Disco ruled the late '70s.", "the late '70s", "197"),
    ("Disco ruled the seventies.", "the seventies", "197"),
    ("The 1995-96 season was his last.", "96", "1996"),
    ("Violence fell in 2007-08.", "08", "2008"),
])
def test_centuries_and_decades(text, phrase, value):
    assert value_of(text, phrase, NEWS) == value


@pytest.mark.parametrize("text, phrase, value, mod, mode", [
    # the end of the month or year the story is at, not the DCT's
    ("The British landed at Dunkirk in May 1940 and left by the end of the month.", "the end of the month", "1940-05",
     "END", "auto"),
    ("Saigon fell in April 1975. By the end of the year, the camps were full.", "the end of the year", "1975", "END",
     "narrative"),
    # in news, the DCT's
    ("The company expects to hire 200 people by the end of the year.", "the end of the year", "2020", "END", "auto"),
])
def test_end_of_month_or_year_relative_to_story_time(text, phrase, value, mod, mode):
    found = [t for t in tag(text, NEWS, mode=mode) if t.text == phrase]
    assert (found[0].value, found[0].mod) == (value, mod)


@pytest.mark.parametrize("text, phrase, value, mod", [
    ("The plant will open by mid-2026.", "mid-2026", "2026", "MID"),
    ("The deal should close by year-end 2027.", "year-end 2027", "2027", "END"),
    ("The deal should close by year end 2027.", "year end 2027", "2027", "END"),
    ("The ship sank in early 1942.", "early 1942", "1942", "START"),
    ("Prices rose in late 2019.", "late 2019", "2019", "END"),
    ("Sales rose in mid-March 2019.", "mid-March 2019", "2019-03", "MID"),
    ("The dam burst in the middle of 1927.", "the middle of 1927", "1927", "MID"),
])
def test_mid_year_end_and_early(text, phrase, value, mod):
    found = [t for t in tag(text, NEWS) if t.text == phrase]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, NEWS)]
    assert (found[0].value, found[0].mod) == (value, mod)


@pytest.mark.parametrize("text, phrase, value", [
    ("The storm made landfall at 18:00 UTC on Friday.", "18:00 UTC", "2020-12-04T18:00Z"),
    ("The launch is set for 14:30 GMT on Dec. 12.", "14:30 GMT", "2020-12-12T14:30Z"),
    ("The blast came at about 10:35 a.m. (0735 GMT) Friday.", "0735 GMT", "2020-12-04T07:35Z"),
    ("Flights resume at 0600Z.", "0600Z", "2020-12-09T06:00Z"),
    # other zones are kept as the local clock, as TimeML has them
    ("The offer expires at 5 p.m. EST Friday.", "5 p.m. EST Friday", "2020-12-11T17:00"),
    # a clock time takes the day named after its zone's name
    ("As of 1 a.m. Central time on Dec. 8, the storm was ashore.", "1 a.m.", "2020-12-08T01:00"),
])
def test_times_with_a_zone(text, phrase, value):
    assert value_of(text, phrase, NEWS) == value


def test_a_time_in_utc_is_placed():
    timex = [t for t in tag("It landed at 18:00 UTC on Friday.", NEWS) if t.type == "TIME"][0]
    assert (timex.earliest, timex.latest, timex.granularity) == ("2020-12-04T18:00", "2020-12-04T18:01", "minute")


@pytest.mark.parametrize("text, phrase, value", [
    # a time given with the attribution places the quote's deictic words
    ('In a 2019 interview, he said: "This week I was diagnosed with cancer."', "This week", "2019-WXX"),
    ('"I was diagnosed this week," he told the Herald in March 2019.', "this week", "2019-WXX"),
    ('"We met yesterday," she said in a 2015 speech.', "yesterday", "2015-XX-XX"),
    ('"The plant will close next year," the owner wrote in a 2016 letter.', "next year", "2017"),
    # with no time given, a news quote speaks from the DCT
    ('"I was diagnosed this week," he told reporters.', "this week", "2020-W50"),
    ('"I had a conversation with officers in January," he said.', "January", "2020-01"),
])
def test_quoted_speech(text, phrase, value):
    assert value_of(text, phrase, NEWS) == value


def test_a_quote_in_a_narrative_speaks_from_the_story_time():
    text = ("Saigon fell on 30 April 1975. Thieu had resigned on 21 April, saying: \"Kissinger tricked me into "
            "signing the agreement two years ago.\"")
    assert value_of(text, "two years ago", HISTORY, mode="narrative") == "1973"


@pytest.mark.parametrize("text, phrase, value", [
    ("Surrendering on May 4 and 5 were the last departments.", "5", "1865-05-05"),
    ("The battle raged on April 13-15.", "15", "1865-04-15"),
])
def test_the_second_day_of_a_pair_is_a_date(text, phrase, value):
    assert value_of("The war ended in 1865. " + text, phrase, HISTORY, mode="narrative") == value


@pytest.mark.parametrize("text, phrase, value", [
    # a clock time takes the day written after it, in either order, and "3.30 pm" is a clock time too
    ("At 5:20 pm on 10 Jun 2009, a reader wrote:", "5:20 pm", "2009-06-10T17:20"),
    ("Calls began at around 3.30 pm on Sunday.", "around 3.30 pm", "2020-12-06T15:30"),
    ("The offer closes at 9am on Tuesday 2 February 2021.", "9am", "2021-02-02T09:00"),
])
def test_a_clock_time_takes_the_day_after_it(text, phrase, value):
    assert value_of(text, phrase, NEWS) == value


CONVENTION_REPORT = "2019-03-25"  # a Monday, eight days after the convention's last day


@pytest.mark.parametrize("text, phrase, value", [
    # a span of days heading the lead is the event reported: a weekday among them is that day of the event
    ("From March 15 to 17, Toronto played host to the convention. Last year, it raised funds for a sanctuary. "
     "The guests held a session on costume making on Saturday afternoon.", "Saturday afternoon", "2019-03-16TAF"),
    ("From March 30 to April 2, the league met in Lyon. On Sunday, the delegates voted.", "Sunday", "2019-03-31"),
    # a weekday the span does not hold is the DCT's week's, as in any news
    ("From March 15 to 17, Toronto played host to the convention. Organizers met on Wednesday.", "Wednesday",
     "2019-03-20"),
    # a span that is not the time the text goes on from does not place the weekdays after it
    ("The outbreak peaked between March 15 and 17, officials said. The city was calmer on Saturday.", "Saturday",
     "2019-03-23"),
    # once the text tells of another day, the weekdays are the DCT's week's again
    ("From March 15 to 17, Toronto played host to the convention. On Monday, its organizers said they would "
     "announce the next venue on Saturday.", "Saturday", "2019-03-30"),
])
def test_a_weekday_of_the_event_reported(text, phrase, value):
    assert value_of(text, phrase, CONVENTION_REPORT) == value


@pytest.mark.parametrize("text, phrase, value", [
    # a bare season listed after another is the one that follows it, whatever the tense
    ("Officials expect a second wave this autumn and winter.", "winter", "2009-WI"),
    ("Cases rose this spring and summer.", "summer", "2009-SU"),
    ("Cases fell last autumn or winter.", "winter", "2008-WI"),
])
def test_a_season_listed_after_another_follows_it(text, phrase, value):
    assert value_of(text, phrase, "2009-05-05") == value
