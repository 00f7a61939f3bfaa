"""The anchoring evaluation and the trainer, on a tiny TimeML corpus written for the test."""
from __future__ import annotations

import json

import pytest

from timeline.evaluation.anchoring import format_report, gold_anchors, main, score_anchoring
from timeline.evaluation.timeml import read_timeml
from timeline.events.train import main as train_main

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-05-10" temporalFunction="false" functionInDocument="CREATION_TIME">2023-05-10</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">approved</EVENT> the budget on <TIMEX3 tid="t1" type="DATE" value="2023-05-08">May 8, 2023</TIMEX3>.
Engineers <EVENT eid="e2" class="OCCURRENCE">inspected</EVENT> the bridge in <TIMEX3 tid="t2" type="DATE" value="2021">2021</TIMEX3> and <EVENT eid="e3" class="OCCURRENCE">said</EVENT> it was safe.
Traffic <EVENT eid="e4" class="OCCURRENCE">flows</EVENT> again <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t3"/>
</TimeML>
"""


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "tiny.tml").write_text(TIMEML, encoding="utf-8")
    return tmp_path


def test_gold_anchors_keep_only_dating_relations_in_the_same_sentence(corpus):
    anchors = gold_anchors(read_timeml(corpus / "tiny.tml"))
    assert [(timex.text, len(spans)) for timex, spans in anchors] == [("May 8, 2023", 1), ("2021", 1)]


def test_vague_words_are_left_out_unless_asked_for(corpus):
    document = read_timeml(corpus / "tiny.tml")
    assert [timex.text for timex, _ in gold_anchors(document, with_vague=True)] == ["May 8, 2023", "2021", "now"]
    result = score_anchoring(str(corpus), gold_timexes=True, with_vague=True)
    assert (result.anchored, result.total) == (2, 3)  # "now" dates no event: a miss when counted


def test_score_with_gold_timexes_counts_each_dated_event(corpus):
    result = score_anchoring(str(corpus), gold_timexes=True)
    assert (result.anchored, result.total, result.documents) == (2, 2, 1)
    assert format_report(result) == "anchoring: 2/2 gold dated events anchored = 100.0% (1 documents)"


def test_command_line_prints_the_report(corpus, capsys):
    assert main([str(corpus), "--gold-timexes"]) == 0
    assert "2/2" in capsys.readouterr().out


def test_training_is_deterministic(corpus, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    train_main([str(corpus), "--output", str(first)])
    train_main([str(corpus), "--output", str(second)])
    assert first.read_bytes() == second.read_bytes()
    assert set(json.loads(first.read_text())) == {"weights", "eventive"}
