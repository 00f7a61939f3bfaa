"""Reading English numbers written in words: amounts ("twenty-one", "5 1/2") and spoken years."""
from __future__ import annotations

import re

from timeline.languages.en.time import words


def number(text: str | None) -> float | None:
    """The amount a number phrase states ("two", "21", "twenty-one", "5 1/2"); None when vague."""
    if text is None:
        return None
    text = re.sub(r"\s+", " ", text.strip())
    half = 0.5 if text.endswith((" 1/2", "and a half")) else 0.0
    text = re.sub(r"\s*(?:1/2|and a half)$", "", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    if text in words.CARDINALS:
        return words.CARDINALS[text] + half
    parts = re.split(r"[\s-]", text)
    if len(parts) == 2 and parts[0] in words.TENS and parts[1] in words.CARDINALS:
        return words.TENS[parts[0]] + words.CARDINALS[parts[1]] + half
    return None


def spoken_year(text: str) -> int | None:
    """The year a spelled-out year names: "nineteen ninety-six" → 1996, "two thousand" → 2000."""
    text = re.sub(r"[\s-]+", " ", text)
    if text.startswith("two thousand"):
        rest = text[len("two thousand"):].replace("and", "").strip()
        return 2000 + int(number(rest) or 0) if rest else 2000
    head, _, rest = text.partition(" ")
    tail = 0 if rest == "hundred" else number(rest)
    return words.CARDINALS[head] * 100 + int(tail) if tail is not None else None
