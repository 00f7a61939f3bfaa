"""Story timelines: one happening told by several articles is one event with every source, ranked by importance."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.stories import build_story
from timeline.stories.read import BadArticle, parse_lines, story_article

# A small story written for these tests: a bridge collapses on Tuesday 5 March 2024; three articles tell it,
# a fourth (about a choir) happens to have an event on the same day.
ARTICLES = [
    {"id": "a", "dct": "2024-03-06", "url": "https://news.example/a", "title": "Bridge collapse kills two",
     "text": "The Millbrook bridge collapsed on Tuesday, killing two drivers. Engineers had warned about cracks in "
             "the bridge in January. The mayor ordered an inquiry on Wednesday."},
    {"id": "b", "dct": "2024-03-07", "url": "https://news.example/b", "title": "Inquiry into bridge collapse",
     "text": "Investigators are examining why the Millbrook bridge collapsed on Tuesday. The mayor ordered an inquiry "
             "into the collapse on Wednesday. The river was closed to boats on Thursday."},
    {"id": "c", "dct": "2024-03-10", "url": "https://news.example/c", "title": "Vigil for victims",
     "text": "The town held a vigil on Sunday for the two drivers who died when the Millbrook bridge collapsed on "
             "March 5. The river reopened to boats on Saturday."},
    {"id": "d", "dct": "2024-03-08", "title": "School news",
     "text": "The Millbrook school choir won a regional contest on Tuesday."},
]
ROOT = Path(__file__).resolve().parents[1]
TIMELINE17 = ROOT.parent / "shared" / "data" / "timeline17-dev"


@pytest.fixture(scope="module")
def articles():
    return [story_article(item) for item in parse_lines(json.dumps(item) for item in ARTICLES)]


@pytest.fixture(scope="module")
def story(articles):
    return build_story(articles)


def _on(story, day):
    return [event for event in story if event.date.earliest[:10] == day]


def test_one_happening_told_by_three_articles_is_one_event_with_every_source(story):
    collapse = [event for event in _on(story, "2024-03-05") if "collapsed" in event.headline]
    assert len(collapse) == 1
    assert sorted(source.article for source in collapse[0].sources) == ["a", "b", "c"]
    by_article = {source.article: source for source in collapse[0].sources}
    assert by_article["a"].url == "https://news.example/a" and by_article["a"].title == "Bridge collapse kills two"
    assert by_article["a"].sentence.startswith("The Millbrook bridge collapsed on Tuesday")
    assert all(source.lede for source in collapse[0].sources)  # each article opens with it


def test_another_happening_on_the_same_day_stays_apart(story):
    choir = [event for event in _on(story, "2024-03-05") if "choir" in event.headline]
    assert len(choir) == 1 and [source.article for source in choir[0].sources] == ["d"]


def test_two_articles_reporting_the_inquiry_fold(story):
    inquiry = [event for event in _on(story, "2024-03-06") if "inquiry" in event.headline]
    assert len(inquiry) == 1 and sorted(source.article for source in inquiry[0].sources) == ["a", "b"]
    assert not any(source.lede for source in inquiry[0].sources)


def test_most_reported_first_and_vague_dates_last(story):
    assert "collapsed" in story[0].headline and story[0].articles == 3
    scores = [event.score for event in story]
    assert scores == sorted(scores, reverse=True)
    assert story[-1].date.granularity == "month"  # "in January" tells less than any day


def test_limit_keeps_the_best_event_of_each_key_date(articles):
    key = build_story(articles, limit=2)
    assert [event.date.earliest[:10] for event in key] == ["2024-03-05", "2024-03-06"]
    assert "collapsed" in key[0].headline


def test_query_selects_articles_by_their_words(articles):
    story = build_story(articles, query="river boats")
    assert {source.article for event in story for source in event.sources} == {"b", "c"}
    assert build_story(articles, query="volcano") == []


def test_bad_lines_are_refused_with_their_number():
    with pytest.raises(BadArticle, match="line 2: invalid JSON"):
        list(parse_lines(['{"id": 1, "text": "It rained."}', "{oops"]))
    with pytest.raises(BadArticle, match='line 1: "dct" must be a string'):
        list(parse_lines(['{"id": 1, "text": "It rained.", "dct": 2024}']))


def run_cli(args, stdin=""):
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_cli_story_json_lists_events_best_first_with_sources():
    result = run_cli(["story", "-", "--json", "--limit", "3"],
                     stdin="".join(json.dumps(item) + "\n" for item in ARTICLES))
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)["events"]
    assert len(events) == 3
    assert events[0]["date"]["value"] == "2024-03-05" and events[0]["articles"] == 3
    assert {source["article"] for source in events[0]["sources"]} == {"a", "b", "c"}
    assert set(events[0]["sources"][0]) >= {"article", "sentence", "dct", "lede", "url", "title"}
    assert [event["score"] for event in events] == sorted((event["score"] for event in events), reverse=True)


@pytest.mark.parametrize("stdin, args, message", [
    ('{"id": 1}\n', [], 'line 1: expected an object with a string "text"'),
    ('{"id": 1, "text": "x"}\nnot json\n', [], "line 2: invalid JSON"),
    ('{"id": 1, "text": "x"}\n', ["--limit", "0"], "--limit must be a positive number"),
])
def test_cli_story_bad_input_is_one_line_and_a_non_zero_exit(stdin, args, message):
    result = run_cli(["story", "-", *args], stdin=stdin)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_timeline17_slice_scores_a_sane_date_f1(tmp_path):
    """The first 40 articles of one topic (extracted, cache in a temporary folder): the key dates must find
    some of the journalists' dates (the full topics average about 0.65)."""
    from timeline.evaluation import timeline17

    score = timeline17.score_topic(TIMELINE17 / "H1N1_guardian", cache=tmp_path, limit_articles=40)
    assert score.articles == 40 and len(score.chosen) == len(score.reference) == 12
    assert score.f1 >= 0.25
    again = timeline17.score_topic(TIMELINE17 / "H1N1_guardian", cache=tmp_path, limit_articles=40)
    assert again.chosen == score.chosen  # from the cache, the same result
