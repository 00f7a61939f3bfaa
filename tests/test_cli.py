"""The command line: extract for people and for machines, batch mode, clear errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed" / "article.txt"
ARTICLE = "Published May 2, 2024\n\nThe library reopened on Tuesday. It had closed in 2019 after a fire."


def run_cli(args, stdin=""):
    """Run ``python -m timeline`` as a user would."""
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[1], timeout=120)


def test_extract_prints_one_line_per_event(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Timeline (publication date 2024-05-02, from a byline)"
    assert lines[1].lstrip().startswith("2019")
    assert any("April 30, 2024" in line for line in lines[2:])


def test_extract_json_of_the_seed_article():
    result = run_cli(["extract", str(SEED), "--json"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["dct"] == "2023-11-16"
    text = SEED.read_text(encoding="utf-8")
    for timex in data["timexes"]:
        assert text[timex["start"]:timex["end"]] == timex["text"]
    values = [event["date"]["value"] for event in data["events"]]
    assert values == sorted(values, key=lambda value: (value[:4], value))


def test_extract_reads_stdin_with_explicit_dct():
    result = run_cli(["extract", "-", "--dct", "2024-05-02", "--json"], stdin="It rained yesterday.")
    assert result.returncode == 0, result.stderr
    assert [e["date"]["value"] for e in json.loads(result.stdout)["events"]] == ["2024-05-01"]


def test_jsonl_batch_streams_one_line_per_input():
    lines = [{"id": "a", "text": "It rained yesterday.", "dct": "2024-05-02"},
             {"id": 2, "text": "The mill closed in 1998.", "dct": None}]
    result = run_cli(["extract", "--jsonl"], stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a", 2]
    assert set(outputs[0]) == {"id", "dct", "dct_source", "warnings", "timexes", "events"}
    assert outputs[0]["timexes"][0]["value"] == "2024-05-01"
    assert outputs[1]["timexes"][0]["value"] == "1998"


@pytest.mark.parametrize("args, stdin, message", [
    (["extract", "/no/such/file.txt"], "", "no such file"),
    (["extract", "-", "--dct", "16/11/2023"], "Text.", "invalid dct"),
    (["extract", "--jsonl"], "{not json}\n", "line 1: invalid JSON"),
    (["extract", "--jsonl"], '{"id": 1}\n', 'line 1: expected an object with a string "text"'),
    (["evaluate", "tempeval", "/no/such/folder"], "", "no such folder"),
])
def test_bad_input_gives_one_line_and_non_zero_exit(args, stdin, message):
    result = run_cli(args, stdin)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_a_text_without_a_date_is_warned_about_on_one_line_of_stderr(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("The library reopened on Tuesday. It had closed in 2019 after a fire.", encoding="utf-8")
    result = run_cli(["extract", str(path)])
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "Timeline (publication date unknown)"
    assert result.stderr.startswith("timeline: warning: No publication date") and result.stderr.count("\n") == 1
    data = json.loads(run_cli(["extract", str(path), "--json"]).stdout)
    assert (data["dct"], data["dct_source"], [w["code"] for w in data["warnings"]]) == (None, "none", ["no_dct"])


def test_a_dateline_without_its_year_is_warned_about(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("LONDON, July 7 (Reuters) - Shares fell on Monday.", encoding="utf-8")
    result = run_cli(["extract", str(path), "--json"])
    assert result.returncode == 0 and result.stderr.count("\n") == 1
    assert "July 7" in result.stderr and "no year" in result.stderr
    assert [w["code"] for w in json.loads(result.stdout)["warnings"]] == ["dct_without_year"]


def test_a_date_read_from_a_byline_says_so(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Library reopens\nBy Dana Whitlock\nPosted Jan 25, 2021\n\nThe library reopened on Monday.",
                    encoding="utf-8")
    result = run_cli(["extract", str(path)])
    assert result.stdout.splitlines()[0] == "Timeline (publication date 2021-01-25, from a byline)"
    assert result.stderr == ""


def test_jsonl_reports_a_failed_line_and_goes_on(monkeypatch):
    import io

    import timeline.cli as cli

    real = cli.extract

    def flaky(text, dct=None, **options):
        if "crash" in text:
            raise ValueError("boom")
        return real(text, dct, **options)

    monkeypatch.setattr(cli, "extract", flaky)
    lines = ['{"id": "a", "text": "It rained yesterday.", "dct": "2024-05-02"}',
             "{not json",
             '{"id": 7, "text": "It rained.", "dct": "2024-13-01"}',
             '{"id": "c", "text": "The crash text."}',
             '{"id": 9, "dct": "2024-05-02"}',
             '{"id": "d", "text": "The mill closed in 1998."}']
    out = io.StringIO()
    failed, read = cli.run_jsonl([line + "\n" for line in lines], out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [result["id"] for result in results] == ["a", None, 7, "c", 9, "d"]
    errors = {result["error"]["line"]: result["error"]["message"] for result in results if "error" in result}
    assert set(errors) == {2, 3, 4, 5} and len(failed) == 4 and read == 6
    assert errors[2].startswith("line 2: invalid JSON")
    assert "invalid dct" in errors[3]
    assert errors[4] == "line 4: extraction failed: ValueError: boom"
    assert 'string "text"' in errors[5]
    assert results[5]["timexes"][0]["value"] == "1998" and results[0]["events"]


def test_jsonl_exits_non_zero_when_a_line_failed():
    stdin = '{"id": 1, "text": "It rained yesterday.", "dct": "2024-05-02"}\n{"id": 2, "text": 5}\n'
    result = run_cli(["extract", "--jsonl"], stdin)
    assert result.returncode == 1
    assert [json.loads(line).get("error") is None for line in result.stdout.splitlines()] == [True, False]
    assert result.stderr.count("\n") == 1 and "1 of 2 lines failed" in result.stderr


@pytest.mark.parametrize("mode, march", [("narrative", "1998-03"), ("news", "2024-03")])
def test_extract_takes_a_mode(tmp_path, capsys, mode, march):
    path = tmp_path / "profile.txt"
    path.write_text("She joined the paper on 4 January 1998. In March, she covered her first trial.", encoding="utf-8")
    assert main(["extract", str(path), "--dct", "2024-11-14", "--json", "--mode", mode]) == 0
    timexes = json.loads(capsys.readouterr().out)["timexes"]
    assert [t["value"] for t in timexes if t["text"] == "March"] == [march]


def test_unknown_mode_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "-", "--mode", "history"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
