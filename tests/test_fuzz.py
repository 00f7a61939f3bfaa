"""The long schemathesis run: at least 1,000 generated requests over the whole OpenAPI document.

tests/test_openapi.py is the quick conformance check; this file walks every
operation with many more cases, on SQLite and on PostgreSQL, and asserts no 5xx
and responses as documented. The case count is printed at the end.
"""
from __future__ import annotations

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api_helpers import ARTICLE, create

EXAMPLES_PER_OPERATION = 16
MINIMUM_CASES = 1000
CASES: list[str] = []
STARTED = time.monotonic()


@pytest.fixture
def fuzzed_schema(app, client, auth):
    """The document schemathesis walks, with a stored timeline so that id 1 exists."""
    create(client, auth, text=ARTICLE)
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


schema = schemathesis.pytest.from_fixture("fuzzed_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_generated_request_breaks_the_api(case, auth):
    """No 5xx and responses as documented (cross-field rules are not in the document, see test_openapi)."""
    CASES.append(case.operation.label)
    case.call_and_validate(headers=auth, excluded_checks=[schemathesis.checks.positive_data_acceptance])


def test_at_least_a_thousand_cases_ran():
    """Runs after the fuzz tests (file order)."""
    print(f"\nschemathesis fuzz: {len(CASES)} cases over {len(set(CASES))} operations in {time.monotonic() - STARTED:.0f} s")
    assert len(CASES) >= MINIMUM_CASES
