"""Helpers shared by the API tests: the one error shape, a small article, stored timelines."""
from __future__ import annotations

from typing import Any

ARTICLE = (
    "Published March 14, 2024\n\n"
    "The town reopened the bridge on Thursday. "
    "Engineers closed the bridge in April 2021 after a flood. "
    "In 2022, the council approved a repair plan. "
    "Work began in May 2023. "
    "The mayor will speak at a ceremony in June."
)
SECOND_ARTICLE = (
    "Published March 20, 2024\n\n"
    "Engineers closed the bridge in April 2021 after a flood. "
    "A ferry service started in 2021. "
    "The town opened a museum in 2019."
)


def assert_error(response, status: int) -> dict[str, Any]:
    """Assert the one JSON error shape with ``status``; return its body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    body = response.get_json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert set(error) <= {"status", "code", "message", "details"}
    return error


def create(client, auth, **body) -> dict[str, Any]:
    """Store a timeline (published unless said otherwise) and return the response body."""
    body = {"title": "Bridge", "text": ARTICLE, "status": "published", **body}
    response = client.post("/api/v1/timelines", json=body, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()
