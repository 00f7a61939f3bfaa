"""Command line for the archive: ``timeline import``, ``timeline follow`` and ``timeline reextract``.

They work on the database the web app uses (TIMELINE_DATABASE_URL, else the instance folder's SQLite
file) and queue jobs on its broker (TIMELINE_BROKER_URL; none: the jobs run in this process).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from timeline.cli import CliError


def add_commands(commands: Any) -> None:
    """Add the archive's subcommands to the ``timeline`` parser."""
    imports = commands.add_parser("import", help="import articles into the archive (JSON lines, CSV, a feed or a sitemap)")
    imports.add_argument("source", help='a .jsonl file of {"text", "url", "title", "dct"} lines, a .csv file with such '
                                        "columns, or the URL of an RSS/Atom feed or a sitemap")
    imports.add_argument("--timeline", type=int, help="also add every article to this timeline")
    imports.add_argument("--window", type=int, default=64, help="most jobs queued at once (default 64)")
    imports.add_argument("--quiet", action="store_true", help="no progress bar")
    imports.set_defaults(handler=_command_import)

    follow = commands.add_parser("follow", help="follow a feed or sitemap: Celery beat imports its new items")
    follow.add_argument("url", nargs="?", help="the feed's URL (none: list the followed feeds)")
    follow.add_argument("--timeline", type=int, help="add the feed's articles to this timeline")
    follow.add_argument("--now", action="store_true", help="also import its new items now")
    follow.set_defaults(handler=_command_follow)

    reextract = commands.add_parser("reextract", help="queue re-extraction of the articles a newer pipeline version would change")
    reextract.add_argument("--limit", type=int, help="at most this many articles")
    reextract.set_defaults(handler=_command_reextract)


def _app():
    from timeline import create_app

    return create_app()


def _command_import(args: argparse.Namespace) -> None:
    from timeline.importer import Progress, SourceError, read_source, run_import

    app = _app()
    with app.app_context():
        try:
            items = read_source(args.source, app.config)
        except SourceError as error:
            raise CliError(str(error)) from None
        report = run_import(items, args.timeline, window=max(1, args.window),
                            progress=None if args.quiet else Progress(len(items)))
    for failure in report.failures:
        print(f"timeline: failed: {failure}", file=sys.stderr)
    print(f"{report.added} added, {report.skipped} already stored, {len(report.failures)} failed")
    if report.failures:
        raise CliError(f"{len(report.failures)} of {len(items)} items failed (listed above)")


def _command_follow(args: argparse.Namespace) -> None:
    from timeline import store

    app = _app()
    with app.app_context():
        if args.url is None:
            for feed in store.list_feeds():
                print(f"{feed['id']}\t{feed['url']}\t{feed['checked'] or 'never checked'}")
            return
        feed, created = store.follow_feed(args.url, args.timeline)
        print(f"{'following' if created else 'already following'} {feed['url']} (feed {feed['id']})")
        if args.now:
            from timeline.importer import Progress, read_source, run_import

            items = read_source(args.url, app.config)
            report = run_import(items, args.timeline, progress=Progress(len(items)))
            print(f"{report.added} added, {report.skipped} already stored, {len(report.failures)} failed")


def _command_reextract(args: argparse.Namespace) -> None:
    from timeline.jobs.tasks import queue_stale

    app = _app()
    with app.app_context():
        stale = queue_stale(args.limit)  # with no broker, re-extracted here and now
    print(f"queued {len(stale)} articles for re-extraction")
