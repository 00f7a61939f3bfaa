"""The TempEval-3 scorer: alignment, figures and report, on small TimeML files."""
from __future__ import annotations

import pytest

from timeline.evaluation.tempeval import Report, align, format_report, main, score_corpus
from timeline.evaluation.timeml import GoldTimex
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
