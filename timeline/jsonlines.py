"""JSON lines in, one line at a time: every reader of them (``timeline extract --jsonl``, ``timeline import``,
``timeline story``) reads them here and decides what a bad line does to the rest."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator


@dataclass(frozen=True)
class Line:
    """A non-blank line: its number (from 1, blank lines counted) and the JSON value it holds, or why it holds none."""

    number: int
    value: Any = None
    error: str | None = None  # "invalid JSON (...)"


def read_lines(lines: Iterable[str]) -> Iterator[Line]:
    """Each non-blank line's number with its value or error; a bad line never stops the reading."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Line(number, json.loads(line))
        except json.JSONDecodeError as error:
            yield Line(number, error=f"invalid JSON ({error.msg})")
        except RecursionError:  # Python's parser recurses: a deeply nested line is as unreadable as a broken one
            yield Line(number, error="invalid JSON (nested too deeply)")
