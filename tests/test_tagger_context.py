"""Table-driven tests of context the tagger reads: clause tense, sentence bounds, reference dates, extreme DCTs."""
from __future__ import annotations

import dataclasses
import gc

import pytest

from timeline.model import Timex
from timeline.tagger import tag

DCT = "2023-11-16"  # a Thursday


@pytest.mark.parametrize("text, expected", [
    # the tense of the clause picks the occurrence; initials and titles do not end the clause
    ("He will succeed Daniel P. Davison Feb. 1.", ["2024-02-01"]),
    ("Mr. Davison will retire Feb. 1.", ["2024-02-01"]),
    ("He retired Feb. 1.", ["2023-02-01"]),
    ("Traders squared positions ahead of the weekend.", ["2023-W46-WE"]),
    ("Traders squared positions over the weekend.", ["2023-W45-WE"]),
    ("The index is down 5% since year-end.", ["2022-12-31"]),
    ("The deal is expected to close by year-end.", ["2023-12-31"]),
    # a reference date coarser than a day leaves "that day" within it, day unknown
    ("The riots began in October 1998. That same day the army left.", ["1998-10", "1998-10-XX"]),
    ("He was elected on Oct. 5, 1998. That same day he resigned.", ["1998-10-05", "1998-10-05"]),
    ("Prices will fall, U.S. officials expect, in June.", ["2024-06"]),
    # a future verb further off than the clause's nearest words still points ahead ...
    ("Colonel Jane Doe will be named commander of the space station crew for a mission in September.", ["2024-09"]),
    ("The carrier said two new ferries would leave the port on weekdays, with the third departing from May 6.",
     ["2024-05-06"]),
    # ... a past one does not: news tells of the past, and a bare month is the nearest occurrence
    ("The supplier notified refiners of a 15 percent cutback in its supply of crude in January.", ["2024-01"]),
    # a participle after a determiner is an adjective, not the clause's past tense
    ("The split would be paid on a still unspecified date in January.", ["2024-01"]),
    ("The city hosted a parade and the hastily planned fireworks show in September.", ["2023-09"]),
    ("The march began as previously planned in September.", ["2023-09"]),
    # the verb of a quote's attribution is not the quote's tense
    ("\"They will leave the port at dawn, around 6 a.m. Saturday,\" he said.", ["2023-11-18T06:00"]),
    ("\u201cThe minister will sign the treaty in September,\u201d he said.", ["2024-09"]),
    # a clock time's day read after it, "next" or "last" included
    ("The funeral will be held at 11 a.m. next Thursday.", ["2023-11-23T11:00", "2023-11-23"]),
    # a clock time's day read after it is in its own sentence ("p.m." swallows the full stop)
    ("The alarm was raised at 2 p.m. Sunday. Crews left shortly before 9 p.m. On Monday, rain came.",
     ["2023-11-12T14:00", "2023-11-12T21:00", "2023-11-13"]),
    # a story told less than a year before the writing is the news's own time: the latest Sept. 29, not the one
    # nearest to last December
    ("Last December, a judge ruled on the motion. At trial, which began on Sept. 29, the jury heard the tape.",
     ["2022-12", "2023-09-29"]),
    # a year-comparison compares the half in question only until a later sentence tells another date
    ("Prices may rise in the second half of the year. Jobless claims rose in October, up from a year earlier.",
     ["2023-H2", "2023-10", "2022"]),
])
def test_context(text, expected):
    assert [t.value for t in tag(text, DCT)] == expected


TEXTS = [
    "Next year, the century ends. Last year was quiet. Q1 results came in the next decade.",
    "Two years ago, in 10 years, tomorrow, yesterday, last week, next month, next Monday, this weekend.",
    "Christmas, next summer, last spring, the 99th century, year-end, a year later, the next century.",
    "The 9990s and the 1st century, next quarter, Q4 2020, the previous Friday, 4 in the morning.",
]


@pytest.mark.parametrize("dct", ["0001-01-01", "0001-12-31", "9999-01-01", "9999-12-31", None])
@pytest.mark.parametrize("text", TEXTS)
def test_any_dct_in_the_calendar_never_raises(text, dct):
    for timex in tag(text, dct):
        assert (timex.earliest is None) == (timex.latest is None)
        assert timex.earliest is None or timex.earliest < timex.latest


@pytest.mark.parametrize("text, value", [
    ("Q3 results", "2023-Q3"),
    ("Q1 2020 results", "2020-Q1"),
])
def test_quarter_written_with_q(text, value):
    assert [t.value for t in tag(text, DCT)] == [value]


def test_timexes_equal_ones_built_by_the_constructor():
    for timex in tag("On Monday, Oct. 26, 1998, sales rose 5% from a year earlier, every week.", DCT):
        built = Timex(**dataclasses.asdict(timex))
        assert built == timex and hash(built) == hash(timex) and repr(built) == repr(timex)
        with pytest.raises(dataclasses.FrozenInstanceError):
            timex.value = "x"


@pytest.mark.parametrize("unit", ["Jan. 1, ", "January ", "last Friday and ", "the week before 2 p.m. ",
                                  "In 1990 sales rose. Two years later they fell. ",
                                  "She will be named commander of the station crew for a mission in September, and "])
def test_reused_outcomes_read_as_fresh_ones(unit):
    # Repeated text reuses outcomes; spacing each copy differently defeats the reuse and must
    # not change a single value.
    repeated = tag(unit * 40, DCT)
    spaced = tag("".join(unit + " " * (i % 5) for i in range(40)), DCT)
    assert [(t.type, t.value, t.mod) for t in repeated] == [(t.type, t.value, t.mod) for t in spaced]
    assert len(repeated) >= 40


@pytest.mark.parametrize("enabled", [True, False])
def test_tagging_leaves_the_cycle_collector_as_it_found_it(enabled):
    # tag() pauses the collector while it builds timexes; it must leave no cycle behind for it
    # to find later, and must not turn on a collector its caller had turned off.
    text = "On Monday, Oct. 26, 1998, sales rose 5% from a year earlier. Two days later they fell. " * 20
    (gc.enable if enabled else gc.disable)()
    try:
        gc.collect()
        assert len(tag(text, DCT)) == 60
        assert gc.isenabled() is enabled
        assert gc.collect() == 0
    finally:
        gc.enable()
