"""The news scorer: its matching rules, pinned on a small fixture folder written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.evaluation import news
from timeline.model import Event, Sentence, Span, Timeline, Timex

FOLDER = Path(__file__).parent / "data" / "news"


def gold_event(value: str, quote: str = "q", end_value: str | None = None, time: str | None = None) -> news.GoldEvent:
    return news.GoldEvent(value=value, quotes=(quote,), must_mention=(), headline="", end_value=end_value, time=time)


def event(value: str, sentence: str, headline: str = "Crews reopened the bridge", start: int = 0) -> Event:
    return Event(id=value, headline=headline, sentence=Sentence(sentence, start, start + len(sentence)),
                 trigger=Span("", start, start), date=Timex("", start, start, value=value))


def timeline(*events: Event) -> Timeline:
    return Timeline(dct="2021-03-20", timexes=(), events=events, dct_source="given")


@pytest.fixture(scope="module")
def articles():
    return {article.file: article for article in news.read_gold(FOLDER)}


@pytest.mark.parametrize("output, gold, end_value, fits", [
    ("2021-03-15", "2021-03", None, True),            # finer and inside: a match
    ("2021-03", "2021-03-15", None, False),           # coarser: no match
    ("2021-03", "2021-03", None, True),               # equal
    ("2021-04-01", "2021-03", None, False),           # finer but outside
    ("2022-01", "2021", None, False),
    ("2012-03-21", "2012-W12", None, True),           # a day of ISO week 12 (March 19-25, 2012)
    ("2012-03-26", "2012-W12", None, False),
    ("2010-05-01", "2010-W17-WE", None, True),        # the Saturday of that week's weekend
    ("2010-04-30", "2010-W17-WE", None, False),       # its Friday
    ("2008-07", "2008-SU", None, True),               # seasons by calendar: June to August
    ("2008-09", "2008-SU", None, False),
    ("2021-02-14", "2021-Q1", None, True),
    ("2021-04-02", "2021-Q1", None, False),
    ("2019-03-16", "2019-03-15", "2019-03-17", True),  # inside a range that end_value closes
    ("2019-03-18", "2019-03-15", "2019-03-17", False),
    ("2019-03", "2019-03-15", "2019-03-17", False),
    ("2010-05-05TMO", "2010-05-05", None, True),      # a part of the day is finer than the day
    ("2010-05-05T07:00", "2010-05-05", None, True),
    ("PAST_REF", "2010", None, False),                # no interval, no match
    ("XXXX-03", "2021-03", None, False),
])
def test_value_matches_when_equal_or_finer_and_inside(output, gold, end_value, fits):
    assert news.value_matches(output, gold_event(gold, end_value=end_value)) is fits


def test_sentence_must_hold_the_quote_or_an_also_quote():
    gold = news.GoldEvent("2021-03-19", ("reopened the bridge on Friday", "Bridge reopens"), (), "")
    assert news.sentence_matches("Crews reopened the bridge on  Friday after repairs.", gold)  # spaces squeezed
    assert news.sentence_matches("Bridge reopens after repairs", gold)
    assert not news.sentence_matches("The bridge closed in March.", gold)
    assert not news.matches(news.Output("2021-03-19", "h", "The bridge closed in March.", 0), gold)


def test_matching_is_one_to_one():
    golds = [gold_event("2021-03-19", "reopened the bridge")]
    outputs = [news.Output("2021-03-19", "a", "Crews reopened the bridge on Friday.", 0),
               news.Output("2021-03-19", "b", "Crews reopened the bridge on Friday.", 0)]
    assert news.match_one_to_one(golds, outputs) == {0: 0}


def test_equal_values_are_matched_first():
    # One sentence, two dates. Taken in order without the exact pass, the year would grab the finer month
    # and leave the month's gold with only the coarser year, which cannot match it.
    sentence = "The plant opened in 2021 and expanded in March 2021."
    golds = [gold_event("2021", "The plant opened"), gold_event("2021-03", "The plant opened")]
    outputs = [news.Output("2021-03", "expanded", sentence, 0), news.Output("2021", "opened", sentence, 0)]
    assert news.match_one_to_one(golds, outputs) == {0: 1, 1: 0}


def test_the_rest_is_a_maximum_matching():
    sentence = "Talks ran through 2020 and into 2021-03."
    golds = [gold_event("2020", "Talks ran"), gold_event("2020-06", "Talks ran")]
    # the first gold could take either output; only giving it the second lets the other gold match too
    outputs = [news.Output("2020-06-01", "x", sentence, 0), news.Output("2020-02", "y", sentence, 0)]
    assert news.match_one_to_one(golds, outputs) == {0: 1, 1: 0}


def test_scores_an_article(articles):
    text = (FOLDER / "harbour-bridge.txt").read_text(encoding="utf-8")
    lede = "Crews reopened the Harbour Street bridge on Friday after three weeks of repairs."
    closed = "The city closed the bridge in early March when inspectors found cracks in a beam."
    vote = "The council will vote on a new bridge next year."
    assert lede in text and closed in text and vote in text
    result = news.score_article(articles["harbour-bridge.txt"], timeline(
        event("2021-03-19", lede, "Crews reopened the Harbour Street bridge"),
        event("2021-03-01", closed, "The city closed the bridge"),      # finer than the gold month: a match
        event("2022", vote, "The council will vote on a new bridge"),   # the optional event: set aside
        event("2021-03-20", "Saturday, March 20, 2021", "Saturday"),     # a not_event: a false positive
        event("2018", closed, "The city closed the bridge in 2018"),    # a wrong date: a false positive
    ))
    assert [gold.value for gold, _ in result.matched] == ["2021-03-19", "2021-03"]
    assert [(gold.value, closest) for gold, closest in result.misses] == [("2019", None)]
    assert (result.outputs, result.optional, result.scored_outputs) == (5, 1, 4)
    assert [(output.value, reason.kind if reason else None) for output, reason in result.false_positives] == [
        ("2021-03-20", "furniture"), ("2018", None)]


def test_optional_events_leave_precision_alone(articles):
    vote = "The council will vote on a new bridge next year."
    with_optional = news.score_article(articles["harbour-bridge.txt"], timeline(event("2022", vote)))
    assert (with_optional.scored_outputs, with_optional.false_positives) == (0, [])
    # the same output twice: the optional event takes one, the other is a false positive
    twice = news.score_article(articles["harbour-bridge.txt"], timeline(event("2022", vote), event("2022", vote)))
    assert (twice.optional, len(twice.false_positives)) == (1, 1)


def test_precision_recall_and_f1_are_micro_averaged(articles):
    lede = "Crews reopened the Harbour Street bridge on Friday after three weeks of repairs."
    first = news.score_article(articles["harbour-bridge.txt"], timeline(event("2021-03-19", lede), event("2017", lede)))
    second = news.score_article(articles["library-fire.txt"], timeline())
    score = news.NewsScore([first, second])
    assert (score.total("matched"), score.total("gold"), score.total("scored_outputs")) == (1, 7, 2)
    assert score.recall == pytest.approx(1 / 7) and score.precision == pytest.approx(1 / 2)
    assert score.f1 == pytest.approx(2 * (1 / 2) * (1 / 7) / (1 / 2 + 1 / 7))


def test_missing_must_mention_is_reported(articles):
    lede = "Crews reopened the Harbour Street bridge on Friday after three weeks of repairs."
    result = news.score_article(articles["harbour-bridge.txt"], timeline(event("2021-03-19", lede, "Work ended on the span")))
    assert len(result.matched) == 1 and [gold.value for gold, _ in result.missing_mention] == ["2021-03-19"]


@pytest.mark.parametrize("headline, checks", [
    ("Crews reopen the Harbour Street bridge", []),
    ("Adrian forms over the Eastern Pacific Ocean", []),
    ("Police arrest two suspects after the robbery", []),
    ("Prosecutor to introduce new evidence against the former aide", []),
    ("Peaches Geldof found dead at her home", []),
    ("Death of Pope Shenouda III", []),                              # an event noun phrase
    ("The 1998 beating and death of Matthew Shepard", []),
    ("Prices went up", []),                                          # a particle may end it
    ("Forécariah has seen incidents like this before", []),          # so may an adverb
    ("Toronto Raptors claiming Canada's first championship", ["fragment"]),  # no finite verb
    ("Than expected", ["fragment"]),
    ("Demolition to continue into", ["fragment"]),                   # ends on a preposition
    ("Guinea has seen 1,876 deaths, according to", ["fragment"]),
    ("Marked the opening night of an exhibit", ["fragment"]),        # no subject
    ("crews reopened the bridge", ["fragment"]),                     # lower-case start
    ("Hurricane Adrian", ["fragment"]),
    ("He announced his candidacy for the race", ["dangling_pronoun"]),
    ("It's going to be Joe the Painter", ["dangling_pronoun"]),
    ("Their plan was rejected by the council", ["dangling_pronoun"]),
    ("Posted Jan 25, 2021 12:28 PM", ["fragment", "furniture"]),
    ("This report by The Canadian Press was first published Nov. 15, 2024", ["furniture"]),
    ("The council voted to approve the plan for a new bridge over the river after a long and heated debate that night",
     ["too_long"]),
])
def test_headline_checks(headline, checks):
    assert news.headline_checks(headline) == checks


def test_a_sentence_holding_furniture_fails_the_furniture_check():
    assert news.headline_checks("Steph Rice announces retirement", sentence="Steph Rice announces retirement (1:28)") == [
        "furniture"]


def test_a_headline_under_two_dates_is_repeated():
    outputs = [news.Output("2000", "Schriner ran for president", "s", 0), news.Output("2004", "Schriner ran for president.", "s", 0),
               news.Output("2008", "Schriner ran again", "s", 0)]
    assert news.headline_problems(outputs) == [("repeated",), ("repeated",), ()]


def test_every_reference_headline_of_the_fixture_passes(articles):
    for article in articles.values():
        for gold in article.events + article.optional:
            assert news.headline_checks(gold.headline) == [], gold.headline


def test_cli_scores_the_folder_with_the_pipeline(capsys):
    assert main(["evaluate", "news", str(FOLDER), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["gold"] == 7 and report["with_dct"] is True
    assert [article["file"] for article in report["articles"]] == ["harbour-bridge.txt", "library-fire.txt"]
    for article in report["articles"]:
        assert article["dct"] == article["gold_dct"]
        for pair in article["pairs"]:  # every pair the scorer made obeys the rules
            gold = news.GoldEvent(pair["gold"]["value"], (pair["gold"]["quote"],), (), "", pair["gold"]["end_value"])
            assert news.matches(news.Output(**pair["output"]), gold)
    assert report["matched"] == sum(len(article["pairs"]) for article in report["articles"])


def test_cli_report_for_a_person_and_without_the_dct(capsys):
    assert main(["evaluate", "news", str(FOLDER), "--without-dct"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("news: recall ")
    assert "publication date from the text: 2/2 texts, 2 equal to the gold date" in out
    assert "misses (gold not found -> closest output):" in out and "false positives:" in out


def test_cli_refuses_a_folder_without_gold(tmp_path, capsys):
    assert main(["evaluate", "news", str(tmp_path)]) == 1
    assert "no gold.json" in capsys.readouterr().err
