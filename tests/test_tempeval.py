"""The TempEval-3 scorer: alignment, figures and report, on small TimeML files."""
from __future__ import annotations

import pytest

from timeline.evaluation.tempeval import Report, align, format_report, main, score_corpus
from timeline.evaluation.timeml import GoldTimex, read_corpus
from timeline.model import Timex

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TEXT>{body}</TEXT>
</TimeML>
"""


def gold(text, start, end, value="2020", type_="DATE"):
    return GoldTimex("t1", text, start, end, type_, value)


def system(start, end, value="2020", type_="DATE"):
    return Timex(text="x", start=start, end=end, type=type_, value=value)


@pytest.mark.parametrize("gold_spans, system_spans, pairs, missed, spurious", [
    ([(0, 4)], [(0, 4)], 1, 0, 0),
    ([(0, 9)], [(4, 9)], 1, 0, 0),  # overlap: relaxed match only
    ([(0, 4)], [(5, 9)], 0, 1, 1),
    ([(0, 4), (5, 9)], [(0, 9)], 1, 1, 0),  # one-to-one: a long system span pairs once
])
def test_align_is_one_to_one(gold_spans, system_spans, pairs, missed, spurious):
    found = align([gold("x", s, e) for s, e in gold_spans], [system(s, e) for s, e in system_spans])
    assert (len(found[0]), len(found[1]), len(found[2])) == (pairs, missed, spurious)


def test_figures():
    report = Report(gold=4, system=5, strict_matches=3, relaxed_matches=4, value_matches=2, type_matches=4)
    assert report.strict == pytest.approx((60.0, 75.0, 100 * 2 * 0.6 * 0.75 / 1.35))
    relaxed_f1 = 100 * 2 * 0.8 * 1.0 / 1.8
    assert report.relaxed[2] == pytest.approx(relaxed_f1)
    assert report.value_f1 == pytest.approx(relaxed_f1 * 0.5)
    assert report.type_f1 == pytest.approx(relaxed_f1)


@pytest.fixture
def corpus(tmp_path):
    body = ('Prices rose <TIMEX3 tid="t1" type="DATE" value="2023">last year</TIMEX3> and fell '
            '<TIMEX3 tid="t2" type="DATE" value="2024-11-12">on Tuesday</TIMEX3>; '
            'they met <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> ago, in 1990.')
    (tmp_path / "a.tml").write_text(TIMEML.format(name="a", dct="2024-11-16", body=body), encoding="utf-8")
    return tmp_path


def test_score_corpus(corpus):
    report = score_corpus(corpus)
    # system: "last year" (exact, right value), "Tuesday" (inside "on Tuesday"), "two days ago"
    # (overlaps "two days", value differs), "1990" (spurious)
    assert (report.documents, report.gold, report.system) == (1, 3, 4)
    assert (report.strict_matches, report.relaxed_matches, report.value_matches) == (1, 3, 2)
    kinds = sorted(m.kind for m in report.misses)
    assert kinds == ["span", "span", "spurious", "type", "value"]


def test_format_report_lists_figures_and_misses(corpus):
    text = format_report(score_corpus(corpus), misses=5)
    assert "strict" in text and "relaxed" in text and "value F1" in text and "type F1" in text
    assert "-- spurious" in text and "'1990'" in text


def test_main_prints_report(corpus, capsys):
    assert main([str(corpus), "--misses", "0"]) == 0
    assert "TempEval-3 timex scores on 1 documents" in capsys.readouterr().out


TIMEX2_DOC = """<DOC>
<DOCID>{name}</DOCID>
<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>
<TEXT>
{body}
</TEXT>
</DOC>
"""


@pytest.fixture
def timex2_corpus(tmp_path):
    body = ('The army landed in <TIMEX2 val="1943-07">July 1943</TIMEX2> and took the city '
            '<TIMEX2 val="1943-07-12"><TIMEX2 val="1943-07-12">two days later</TIMEX2></TIMEX2>; for '
            '<TIMEX2 val="P1DE">a decade</TIMEX2> nothing changed, until <TIMEX2>the time the king died</TIMEX2>.')
    (tmp_path / "war.key.xml").write_text(TIMEX2_DOC.format(name="war", body=body), encoding="utf-8")
    (tmp_path / "notes.xml").write_text("<notes><note>not a corpus document</note></notes>", encoding="utf-8")
    return tmp_path


def test_reads_timex2_values_nested_and_unscored(timex2_corpus):
    [document] = read_corpus(timex2_corpus)
    assert document.dct == "2009-12-19"
    assert [(g.text, g.value, g.type) for g in document.timexes] == [
        ("July 1943", "1943-07", None), ("two days later", "1943-07-12", None), ("two days later", "1943-07-12", None),
        ("a decade", "P10Y", None)]  # TIMEX2's decade unit written as TIMEX3 does
    start = document.text.index("the time the king")
    assert document.unscored == ((start, start + len("the time the king died")),)


def test_scores_timex2_without_type(timex2_corpus):
    report = score_corpus(timex2_corpus)
    assert report.typed == 0 and report.gold == 4
    text = format_report(report, misses=0)
    assert "value F1" in text and "the gold has no types" in text
