"""The OpenAPI document: complete and browsable offline.

That the app obeys it is checked by schemathesis in tests/test_fuzz.py.
"""
from __future__ import annotations

import re

import pytest


@pytest.fixture
def openapi(client):
    """The app's OpenAPI document."""
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def test_every_api_route_is_documented(app, openapi):
    documented = {(path, method.upper()) for path, operations in openapi["paths"].items() for method in operations
                  if method in ("get", "post", "patch", "put", "delete")}
    routes = {(re.sub(r"<(?:[^:>]+:)?(\w+)>", r"{\1}", rule.rule), method) for rule in app.url_map.iter_rules()
              if rule.endpoint.startswith("api.") for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes == documented


def test_bodies_and_responses_come_from_the_marshmallow_schemas(openapi):
    schemas = openapi["components"]["schemas"]
    assert {"ExtractIn", "ExtractOut", "TimelineIn", "TimelineOut", "EventPatch", "EventOut", "ErrorOut"} <= set(schemas)
    create_timeline = openapi["paths"]["/api/v1/timelines"]["post"]
    assert create_timeline["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/TimelineIn")
    assert create_timeline["security"] == [{"bearerAuth": []}]
    assert openapi["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    feed = openapi["paths"]["/api/v1/events"]["get"]
    assert {parameter["name"] for parameter in feed["parameters"]} == {"from", "to", "q", "group", "limit", "cursor"}


def test_docs_page_loads_its_assets_locally(client):
    page = client.get("/api/v1/docs").get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="(/[^"]+)"', page)
    assert assets and all(asset.startswith("/api/v1/docs/assets/") for asset in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "//cdn" not in page and "unpkg" not in page
