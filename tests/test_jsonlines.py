"""JSON lines: one reader (timeline/jsonlines.py) for `timeline extract --jsonl`, `timeline import` and `timeline story`,
each keeping what a bad line does: an error line and on, a failed item and on, a refusal."""
from __future__ import annotations

import io
import json

import pytest

from timeline import cli
from timeline.importer import read_source
from timeline.jsonlines import Line, read_lines
from timeline.stories.read import BadArticle, parse_lines

DEEP = "[" * 100_000  # Python's JSON parser recurses: this line is as unreadable as a broken one
GOOD = '{"id": "a", "text": "It rained on May 2, 2024."}'
# A good line, a blank one (counted, not read), a broken one, a too deeply nested one, a good one.
LINES = [GOOD, "   ", "{oops", DEEP, '{"id": "b", "text": "It snowed in 2023."}']


@pytest.mark.parametrize("lines, expected", [
    ([GOOD], [Line(1, json.loads(GOOD))]),
    (["", "  ", "\n"], []),
    (["1", "null", '"x"'], [Line(1, 1), Line(2, None), Line(3, "x")]),
    (["{oops"], [Line(1, error="invalid JSON (Expecting property name enclosed in double quotes)")]),
    (["{}", "", "[1,"], [Line(1, {}), Line(3, error="invalid JSON (Expecting value)")]),
    ([DEEP], [Line(1, error="invalid JSON (nested too deeply)")]),
])
def test_each_non_blank_line_gives_its_number_and_value_or_error(lines, expected):
    assert list(read_lines(lines)) == expected


def test_extract_jsonl_answers_each_bad_line_with_an_error_line_and_goes_on():
    out = io.StringIO()
    failed, read = cli.run_jsonl([line + "\n" for line in LINES], out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert read == 4 and len(results) == 4
    assert [result["error"]["line"] for result in results if "error" in result] == [3, 4]
    assert results[2]["error"]["message"] == "line 4: invalid JSON (nested too deeply)"
    assert results[0]["events"] and results[3]["id"] == "b" and results[3]["events"]
    assert failed == ["line 3: invalid JSON (Expecting property name enclosed in double quotes)",
                      "line 4: invalid JSON (nested too deeply)"]


def test_import_fails_each_bad_line_as_its_item_and_goes_on(tmp_path):
    source = tmp_path / "archive.jsonl"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    items = read_source(str(source), {})
    assert [(item.number, item.error) for item in items] == [
        (1, None), (3, "invalid JSON (Expecting property name enclosed in double quotes)"),
        (4, "invalid JSON (nested too deeply)"), (5, None)]
    assert items[3].article == {"text": "It snowed in 2023."}


@pytest.mark.parametrize("bad, message", [("{oops", "line 3: invalid JSON"), (DEEP, "line 3: invalid JSON (nested too deeply)")])
def test_story_refuses_the_first_bad_line(bad, message):
    with pytest.raises(BadArticle, match=message.replace("(", r"\(").replace(")", r"\)")):
        list(parse_lines([GOOD, "", bad, GOOD]))
