"""Search and stories across the archive, on SQLite (FTS5) and PostgreSQL (full-text search) alike."""
from __future__ import annotations

from api_helpers import assert_error

# A small story written for these tests: a bridge collapses on Tuesday 5 March 2024, told by two outlets.
FIRST = {"title": "Bridge collapse kills two", "url": "https://news.example/collapse", "dct": "2024-03-06",
         "text": "The Millbrook bridge collapsed on Tuesday, killing two drivers. Engineers had warned about cracks "
                 "in the bridge in January. The mayor ordered an inquiry on Wednesday."}
SECOND = {"title": "Inquiry into bridge collapse", "url": "https://other.example/inquiry", "dct": "2024-03-07",
          "text": "Investigators are examining why the Millbrook bridge collapsed on Tuesday. The mayor ordered an "
                  "inquiry into the collapse on Wednesday. The river was closed to boats on Thursday."}
LATER = {"title": "Vigil for victims", "url": "https://news.example/vigil", "dct": "2024-03-10",
         "text": "The town held a vigil on Sunday for the two drivers who died when the Millbrook bridge collapsed on "
                 "March 5. The river reopened to boats on Saturday."}
UNRELATED = {"title": "Choir", "dct": "2024-03-08", "text": "The Hillside school choir won a regional contest on Tuesday."}


def _timeline(client, auth, title, articles, status="published"):
    response = client.post("/api/v1/timelines", json={"title": title, "status": status, "articles": articles}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def _archive(client, auth, status="published"):
    return _timeline(client, auth, "Millbrook", [FIRST, SECOND, UNRELATED], status)


def _search(client, headers=None, **query):
    response = client.get("/api/v1/search", query_string=query, headers=headers or {})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def test_search_finds_events_by_stemmed_words_in_date_order(client, auth):
    _archive(client, auth)
    found = _search(client, q="collapsing bridge")["events"]
    assert found and all("collaps" in (event["headline"] + event["text"]).lower() for event in found)
    assert [event["date"]["earliest"] for event in found] == sorted(event["date"]["earliest"] for event in found)
    assert _search(client, q="volcano")["events"] == []


def test_search_filters_by_date_range_article_source_and_entity(client, auth):
    timeline = _archive(client, auth)
    inquiry = _search(client, q="inquiry", **{"from": "2024-03-06", "to": "2024-03-06"})["events"]
    assert inquiry and all(event["date"]["earliest"] == "2024-03-06" for event in inquiry)
    assert _search(client, q="inquiry", **{"from": "2024-03-07"})["events"] == []
    first_article = next(article for article in timeline["articles"] if article["url"] == FIRST["url"])
    by_article = _search(client, q="bridge", article=first_article["id"])["events"]
    assert by_article and {event["article"] for event in by_article} == {first_article["id"]}
    assert _search(client, q="river boats", source="other.example")["events"]  # only the second article has it
    assert _search(client, q="river boats", source="news.example")["events"] == []
    choir = _search(client, entity="regional contest")["events"]
    assert [event["headline"] for event in choir] and all("choir" in event["text"] for event in choir)
    assert _search(client, entity="contest regional")["events"] == []  # a phrase, in its order


def test_search_articles_newest_first_without_their_text(client, auth):
    _archive(client, auth)
    articles = _search(client, q="bridge", type="articles")["articles"]
    assert [article["url"] for article in articles] == [SECOND["url"], FIRST["url"]]
    assert "text" not in articles[0]


def test_drafts_are_searched_only_with_a_token(client, auth):
    _archive(client, auth, status="draft")
    assert _search(client, q="bridge")["events"] == []
    assert _search(client, q="bridge", type="articles")["articles"] == []
    assert _search(client, auth, q="bridge")["events"]


def test_search_refuses_bad_queries_in_the_one_error_shape(client):
    assert_error(client.get("/api/v1/search"), 422)  # no words
    assert_error(client.get("/api/v1/search?q=x&type=people"), 422)
    assert_error(client.get("/api/v1/search?q=x&from=yesterday"), 422)
    # FTS operators and quotes are words, not syntax
    assert client.get('/api/v1/search', query_string={"q": 'bridge" OR NEAR(* -'}).status_code == 200


def test_a_story_folds_an_event_reported_by_two_articles_and_lists_both_sources(client, auth):
    _archive(client, auth)
    response = client.post("/api/v1/stories", json={"query": "Millbrook bridge"}, headers=auth)
    assert response.status_code == 200, response.get_data(as_text=True)
    story = response.get_json()
    assert story["articles"] == 2 and story["timeline"] is None
    first = story["events"][0]
    assert first["date"]["value"] == "2024-03-05" and "collapsed" in first["headline"]
    assert {source["url"] for source in first["sources"]} == {FIRST["url"], SECOND["url"]}
    assert all(source["sentence"] and source["title"] for source in first["sources"])
    inquiry = [event for event in story["events"] if "inquiry" in event["headline"]]
    assert len(inquiry) == 1 and inquiry[0]["articles"] == 2
    scores = [event["score"] for event in story["events"]]
    assert scores == sorted(scores, reverse=True)


def test_a_story_limit_and_window(client, auth):
    _archive(client, auth)
    limited = client.post("/api/v1/stories", json={"query": "Millbrook", "limit": 2}, headers=auth).get_json()
    assert [event["date"]["value"] for event in limited["events"]] == ["2024-03-05", "2024-03-06"]
    window = client.post("/api/v1/stories", json={"query": "Millbrook", "from": "2024-03-06", "to": "2024-03-31"},
                         headers=auth).get_json()
    assert window["events"] and all(event["date"]["earliest"] >= "2024-03-06" for event in window["events"])


def test_a_saved_story_takes_in_matching_articles_as_they_arrive(client, auth):
    _archive(client, auth)
    response = client.post("/api/v1/stories", json={"query": "Millbrook bridge", "save": True, "title": "Millbrook"},
                           headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    saved = response.get_json()["timeline"]
    assert response.headers["Location"].endswith(f"/api/v1/stories/{saved}")
    before = client.get(f"/api/v1/stories/{saved}", headers=auth).get_json()
    assert before["articles"] == 2
    _timeline(client, auth, "Vigil", [LATER])  # a new article arrives in the archive
    _timeline(client, auth, "Elsewhere", [{"title": "Fair", "dct": "2024-03-09", "text": "The county fair opened on Friday."}])
    after = client.get(f"/api/v1/stories/{saved}", headers=auth).get_json()
    assert after["articles"] == 3
    collapse = after["events"][0]
    assert {source["url"] for source in collapse["sources"]} == {FIRST["url"], SECOND["url"], LATER["url"]}
    timeline = client.get(f"/api/v1/timelines/{saved}", headers=auth).get_json()
    assert {article["url"] for article in timeline["articles"]} == {FIRST["url"], SECOND["url"], LATER["url"]}


def test_stories_need_a_token_and_a_query(client, auth):
    assert_error(client.post("/api/v1/stories", json={"query": "bridge"}), 401)
    assert_error(client.post("/api/v1/stories", json={}, headers=auth), 422)
    assert_error(client.post("/api/v1/stories", json={"query": "bridge", "limit": 0}, headers=auth), 422)
    assert_error(client.get("/api/v1/stories/999"), 404)


def test_the_story_page_lists_events_by_importance_with_their_sources(client, auth):
    _archive(client, auth)
    page = client.get("/stories?q=Millbrook+bridge&limit=2")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert html.count('<h3 dir="auto">') == 2
    first = html.index('<h3 dir="auto">')
    assert "collapsed" in html[first:first + 120]
    assert f'href="{FIRST["url"]}"' in html and f'href="{SECOND["url"]}"' in html
    assert '<time datetime="2024-03-05">March 5, 2024</time>' in html
    assert client.get("/stories").status_code == 400
    saved = client.post("/api/v1/stories", json={"query": "Millbrook", "save": True}, headers=auth).get_json()["timeline"]
    assert client.get(f"/stories/{saved}").status_code == 404  # a draft story is not public
    client.patch(f"/api/v1/timelines/{saved}", json={"status": "published"}, headers=auth)
    assert "collapsed" in client.get(f"/stories/{saved}").get_data(as_text=True)


def test_a_query_with_no_words_is_refused(client, auth):
    assert_error(client.post("/api/v1/stories", json={"query": "\u0080 !?"}, headers=auth), 422)
    assert_error(client.get("/api/v1/search", query_string={"q": "!?"}), 422)


def test_a_story_source_without_a_web_address_is_named_not_linked(app, client):
    """The story page's source list and the timeline page's source lines share one macro: only http(s) links."""
    from timeline import store

    with app.app_context():  # past the API's validation, as an old or damaged row could be
        store.create_timeline("Hostile", [{**FIRST, "url": "javascript:alert(1)"}], status="published")
    html = client.get("/stories?q=Millbrook").get_data(as_text=True)
    assert "javascript:" not in html and f'<span dir="auto">{FIRST["title"]}</span>' in html
