"""docs/deployment.md lists every setting declared in timeline/web/config.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.web.config import SETTINGS

DEPLOYMENT = Path(__file__).resolve().parents[1] / "docs" / "deployment.md"
# The names in the first column of the settings table: "| `TIMELINE_...` | default | meaning |".
DOCUMENTED = set(re.findall(r"^\| `(TIMELINE_[A-Z0-9_]+)` \|", DEPLOYMENT.read_text(encoding="utf-8"), re.MULTILINE))


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_setting_is_in_the_deployment_table(name):
    assert name in DOCUMENTED, f"{name} is declared in timeline/web/config.py but missing from the settings table of docs/deployment.md"


def test_the_table_documents_no_undeclared_setting():
    assert DOCUMENTED <= set(SETTINGS), f"documented but not declared: {sorted(DOCUMENTED - set(SETTINGS))}"
