"""Command line: ``timeline extract``, ``timeline story`` and ``timeline evaluate`` (the archive's commands:
``timeline.archive_cli``).

Errors print one line to stderr and exit non-zero; results go to stdout.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterable, TextIO

from timeline.events.parser import ParserUnavailable, check_parser
from timeline.ingest import IngestError
from timeline.jsonlines import read_lines
from timeline.model import Timeline
from timeline.pipeline import extract
from timeline.serialize import timeline_dict
from timeline.tagger import MODES

_MODE_HELP = ("how dates without a year or day resolve: against the publication date (news), the story's own "
              "time (narrative), or each as its sentence tells (auto, the default)")
EXIT_USAGE = 2
EXIT_BAD_INPUT = 1
# How the person-readable output says where the publication date came from.
_DCT_SOURCES = {"dateline": ", from the dateline", "byline": ", from a byline"}


class CliError(Exception):
    """An error reported to the user as one line, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.status = status


def format_timeline(timeline: Timeline) -> str:
    """The timeline for a person: one line per event, date first."""
    from timeline.display import display_date

    lines = [f"Timeline (publication date {timeline.dct or 'unknown'}{_DCT_SOURCES.get(timeline.dct_source, '')})"]
    if not timeline.events and not timeline.undated:
        lines.append("  no dated events found")
    for event in timeline.events:
        when = display_date(event.date.value, event.date.granularity)
        if event.end_date is not None:
            when += " – " + display_date(event.end_date.value, event.end_date.granularity)
        lines.append(f"  {when:<20} {event.headline}")
    for event in timeline.undated:
        lines.append(f"  {'(undated)':<20} {event.headline}")
    return "\n".join(lines)


def _read_text(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise CliError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise CliError(f"is a directory, not an article: {path}") from None
    except UnicodeDecodeError:
        raise CliError(f"not UTF-8 text: {path}") from None
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from None


def _extract(text: str, dct: str | None, mode: str = "auto") -> Timeline:
    try:
        return extract(text, dct, mode=mode)
    except IngestError as error:
        raise CliError(str(error)) from None


class _BadLine(ValueError):
    """A batch line that is not a valid request."""


def run_jsonl(lines: Iterable[str], out: TextIO, mode: str = "auto") -> tuple[list[str], int]:
    """Batch mode: one JSON object ``{"id", "text", "dct"}`` in, one result line out, streaming.

    A line that fails (bad JSON, a bad dct, or any failure of the pipeline on its text) gives an error line
    ``{"id", "error": {"message", "line"}}`` and the batch goes on. Returns (the failures' messages, lines read).
    """
    failed: list[str] = []
    read = 0
    for line in read_lines(lines):
        read += 1
        item, number, identifier = line.value, line.number, None
        try:
            if line.error is not None:
                raise _BadLine(line.error)
            identifier = item.get("id") if isinstance(item, dict) else None
            _check_item(item)
            result = timeline_dict(extract(item["text"], item.get("dct"), mode=mode))
        except (_BadLine, IngestError) as error:
            message = str(error)
        except Exception as error:  # noqa: BLE001 - any text that breaks the pipeline fails its own line only
            message = f"extraction failed: {type(error).__name__}: {error}"
        else:
            out.write(json.dumps({"id": identifier, "dct": result["dct"], "dct_source": result["dct_source"],
                                  "warnings": result["warnings"], "timexes": result["timexes"],
                                  "events": result["events"]}, ensure_ascii=False) + "\n")
            out.flush()
            continue
        failed.append(f"line {number}: {message}")
        out.write(json.dumps({"id": identifier, "error": {"message": failed[-1], "line": number}},
                             ensure_ascii=False) + "\n")
        out.flush()
    return failed, read


def _check_item(item: Any) -> None:
    """A batch request is an object with a string "text" and, if any, a string "dct"."""
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise _BadLine('expected an object with a string "text"')
    if item.get("dct") is not None and not isinstance(item["dct"], str):
        raise _BadLine('"dct" must be a string YYYY-MM-DD')


def _command_extract(args: argparse.Namespace) -> None:
    if args.jsonl:
        if args.file not in (None, "-"):
            raise CliError("--jsonl reads JSON lines from standard input; give no FILE", EXIT_USAGE)
        failed, read = run_jsonl(sys.stdin, sys.stdout, args.mode)
        if failed:
            raise CliError(f"{len(failed)} of {read} lines failed (their error lines say why); the first, {failed[0]}")
        return
    if args.file is None:
        raise CliError("give a FILE to read (or - for standard input)", EXIT_USAGE)
    timeline = _extract(_read_text(args.file), args.dct, args.mode)
    for warning in timeline.warnings:
        print(f"timeline: warning: {warning.message}", file=sys.stderr)
    if args.json:
        json.dump(timeline_dict(timeline), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_timeline(timeline))


def format_story(events: list) -> str:
    """A story timeline for a person: one line per event, best first, with the articles reporting it."""
    from timeline.display import display_date

    if not events:
        return "Story: no dated events found"
    lines = [f"Story: {len(events)} events, most important first"]
    for event in events:
        when = display_date(event.date.value, event.date.granularity)
        if event.end_date is not None:
            when += " – " + display_date(event.end_date.value, event.end_date.granularity)
        articles = ", ".join(dict.fromkeys(source.article for source in event.sources))
        lines.append(f"  {when:<20} {event.headline}  [{event.articles} article{'s' * (event.articles != 1)}: {articles}]")
    return "\n".join(lines)


def _command_story(args: argparse.Namespace) -> None:
    from timeline.serialize import story_event_dict
    from timeline.stories import build_story
    from timeline.stories.read import BadArticle, parse_lines, story_article

    if args.limit is not None and args.limit < 1:
        raise CliError("--limit must be a positive number of key dates", EXIT_USAGE)
    articles = []
    try:
        for item in parse_lines(_read_text(args.file).splitlines()):
            try:
                articles.append(story_article(item))
            except IngestError as error:
                raise CliError(f"line {item['line']}: {error}") from None
    except BadArticle as error:
        raise CliError(str(error)) from None
    events = build_story(articles, query=args.query, limit=args.limit)
    if args.json:
        json.dump({"events": [story_event_dict(event) for event in events]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_story(events))


def _command_evaluate(args: argparse.Namespace) -> None:
    from pathlib import Path

    if not Path(args.folder).is_dir():
        raise CliError(f"no such folder: {args.folder}")
    if args.kind == "tempeval":
        from timeline.evaluation import tempeval

        print(tempeval.format_report(tempeval.score_corpus(args.folder, mode=args.mode), misses=20 if args.misses is None else args.misses))
    elif args.kind == "news":
        from timeline.evaluation import news

        if not (Path(args.folder) / "gold.json").is_file():
            raise CliError(f"no gold.json in {args.folder}: a news folder holds gold.json and the articles' .txt files")
        score = news.score_folder(args.folder, with_dct=not args.without_dct)
        print(json.dumps(news.report_dict(score), ensure_ascii=False, indent=2) if args.json
              else news.format_report(score, limit=args.misses))
    elif args.kind == "timeline17":
        from timeline.evaluation import timeline17

        topics = timeline17.topic_folders(args.folder)
        if not topics:
            raise CliError(f"no topics in {args.folder}: a topic folder holds articles.jsonl and timeline.json")
        scores = [timeline17.score_topic(topic, timeline17.cache_folder(),
                                         progress=lambda message: print(message, file=sys.stderr))
                  for topic in topics]
        print(json.dumps(timeline17.report_dict(scores), ensure_ascii=False, indent=2) if args.json
              else timeline17.format_report(scores))
    else:
        from timeline.evaluation import anchoring

        print(anchoring.format_report(anchoring.score_anchoring(args.folder)))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``timeline`` command."""
    parser = argparse.ArgumentParser(prog="timeline", description="Turn news articles into timelines.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract_parser = commands.add_parser("extract", help="print the timeline of an article")
    extract_parser.add_argument("file", nargs="?", help="article file (text or HTML); - reads standard input")
    extract_parser.add_argument("--dct", help="publication date YYYY-MM-DD (default: the article's dateline)")
    extract_parser.add_argument("--mode", choices=MODES, default="auto", help=_MODE_HELP)
    output = extract_parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of lines for a person")
    output.add_argument("--jsonl", action="store_true",
                        help='batch: read {"id","text","dct"} lines from stdin, write one result line each')
    extract_parser.set_defaults(handler=_command_extract)

    story_parser = commands.add_parser("story", help="print the story timeline told across many articles")
    story_parser.add_argument("file", help='JSON lines {"id", "dct", "text"} (optional "url", "title"); - reads standard input')
    story_parser.add_argument("--query", help="only articles holding every word of the query")
    story_parser.add_argument("--limit", type=int, help="only the best event of each of the LIMIT most important dates")
    story_parser.add_argument("--json", action="store_true", help='print {"events": [...]} (best first) instead of lines')
    story_parser.set_defaults(handler=_command_story)

    evaluate_parser = commands.add_parser("evaluate", help="score the pipeline on gold files")
    evaluate_parser.add_argument("kind", choices=["tempeval", "anchoring", "news", "timeline17"],
                                 help="tempeval: time expressions (TempEval-3); anchoring: events tied to dates; "
                                      "news: dated events and headlines of news with gold timelines; "
                                      "timeline17: date F1 of story timelines against journalists' timelines")
    evaluate_parser.add_argument("folder", help="folder of .tml files, inline TIMEX2 .xml files for tempeval, "
                                                "gold.json and the articles' .txt files for news, or Timeline17 "
                                                "topic folders (articles.jsonl, timeline.json)")
    evaluate_parser.add_argument("--misses", type=int, default=None,
                                 help="how many misses to list (tempeval: 20; news: all, per section)")
    evaluate_parser.add_argument("--without-dct", action="store_true",
                                 help="news: do not give the gold publication date (measure the one found in the text)")
    evaluate_parser.add_argument("--json", action="store_true", help="news, timeline17: print the report as JSON")
    evaluate_parser.add_argument("--mode", choices=MODES, default="auto", help=_MODE_HELP)
    evaluate_parser.set_defaults(handler=_command_evaluate)

    from timeline.archive_cli import add_commands

    add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.handler is not _command_evaluate or args.kind != "tempeval":
            check_parser()  # a missing model is one line at the start, not a failure per article
        args.handler(args)
    except ParserUnavailable as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CliError as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return error.status
    except BrokenPipeError:
        return 0
    return 0


def entry_point() -> Any:
    """Console-script entry point."""
    sys.exit(main())
