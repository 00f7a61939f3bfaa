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
    assert lines[0] == "Timeline (publication date 2024-05-02)"
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
    assert set(outputs[0]) == {"id", "dct", "timexes", "events"}
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
