"""The preview's review page over HTTP (issue 11): the queue, and writes only with the token, from the page's origin."""

from __future__ import annotations

import http.client
import json
import os
import re
from pathlib import Path

import pytest

from conftest import write
from test_serve import Server

DRAFT = "content/events/bridge-toll.yaml"
DRAFT_TEXT = """
    # Extracted; the toll office name needs checking.
    title: A toll is planned
    date: "2024-03"
    actors: [Toll Office]
    sources:
      - source: city-paper
        quote: It reopened on Tuesday.
        date_text: on Tuesday
    """


@pytest.fixture
def review_server(small_site: Path):
    """The preview of small_site with one draft."""
    write(small_site / DRAFT, DRAFT_TEXT)
    server = Server(small_site)
    yield server
    code, output = server.stop()
    assert code == 0 and "Traceback" not in output, output


def token_of(server: Server) -> str:
    """The secret the review page carries."""
    status, body, _ = server.get("/_review/")
    assert status == 200
    return re.search(r'var TOKEN = "([^"]+)"', body).group(1)


def post(server: Server, payload: object, headers: dict[str, str]) -> tuple[int, dict]:
    """(status, JSON answer) of a POST to the review API."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    try:
        body = payload if isinstance(payload, str) else json.dumps(payload)
        conn.request("POST", "/_review/api", body=body, headers={"Content-Type": "application/json", **headers})
        response = conn.getresponse()
        return response.status, json.loads(response.read().decode("utf-8"))
    finally:
        conn.close()


def own(server: Server, token: str) -> dict[str, str]:
    """The headers the review page itself sends."""
    return {"Origin": f"http://127.0.0.1:{server.port}", "X-Review-Token": token}


def test_the_review_page_shows_the_queue_with_the_paragraph_and_the_date_words(review_server: Server):
    status, body, headers = review_server.get("/_review/")
    assert status == 200 and headers["X-Frame-Options"] == "DENY"
    assert "Events to review (1)" in body
    assert ('<mark class="quote">It reopened <mark class="date">on Tuesday</mark></mark>.' in body)
    assert "The bridge closed in November 2022." in body  # the paragraph around the quote
    assert 'value="A toll is planned"' in body and 'value="Toll Office"' in body
    assert "livereload" in body  # reloads by itself when a file changes
    assert "claim-timeline-review-link" not in body  # the link to the review page is on every other page


def test_every_page_links_to_the_review_page_while_drafts_exist(review_server: Server, small_site: Path):
    for path in ("/", "/events/bridge-toll/", "/events/bridge-closed/", "/no-such-page/"):
        body = review_server.get(path)[1]
        assert 'href="/_review/"' in body and "To review: 1" in body, path
    assert "_review" not in (small_site / "site/index.html").read_text(encoding="utf-8")  # never written into site/


def test_writes_need_the_token_and_the_pages_own_origin(review_server: Server, small_site: Path):
    token = token_of(review_server)
    before = (small_site / DRAFT).read_bytes()
    accept = {"id": "bridge-toll", "action": "accept"}
    origin = f"http://127.0.0.1:{review_server.port}"
    for headers, reason in [
        ({"Origin": origin}, "token"),
        ({"Origin": origin, "X-Review-Token": "wrong" + token[5:]}, "token"),
        ({"X-Review-Token": token}, "Origin"),
        ({"Origin": "http://evil.example", "X-Review-Token": token}, "Origin"),
        ({"Origin": f"http://localhost:{review_server.port + 1}", "X-Review-Token": token}, "Origin"),
    ]:
        status, answer = post(review_server, accept, headers)
        assert status == 403 and reason in answer["problems"][0], headers
    assert review_server.get("/_review/api")[0] == 405
    assert (small_site / DRAFT).read_bytes() == before


def test_only_files_inside_content_events_can_be_written(review_server: Server, small_site: Path, tmp_path: Path):
    token = token_of(review_server)
    outside = write(tmp_path / "outside.yaml", "title: Outside\ndate: 2024\nsources: [city-paper]\n")
    os.symlink(outside, small_site / "content/events/linked.yaml")
    for event_id in ("../site", "../../outside", "/etc/passwd", "linked", "no-such-event", ""):
        status, answer = post(review_server, {"id": event_id, "action": "accept"}, own(review_server, token))
        assert status == 400, (event_id, answer)
    assert outside.read_text(encoding="utf-8") == "title: Outside\ndate: 2024\nsources: [city-paper]\n"
    status, answer = post(review_server, {"id": "bridge-toll", "action": "save", "fields": {"status": "reviewed"}},
                          own(review_server, token))
    assert status == 400 and "does not edit 'status'" in answer["problems"][0]
    assert post(review_server, "not json", own(review_server, token))[0] == 400


def test_a_bad_date_is_refused_with_its_location_and_the_file_unchanged(review_server: Server, small_site: Path):
    token = token_of(review_server)
    before = (small_site / DRAFT).read_bytes()
    status, answer = post(review_server, {"id": "bridge-toll", "action": "accept", "fields": {"date": "March 2024"}},
                          own(review_server, token))
    assert status == 422 and answer["ok"] is False
    assert "bridge-toll.yaml:3:7: invalid date: 'March 2024' is not a date: did you mean \"2024-03\"?" in answer["problems"][0]
    assert (small_site / DRAFT).read_bytes() == before


def test_accept_fix_and_reject_write_the_files(review_server: Server, small_site: Path):
    token = token_of(review_server)
    status, answer = post(review_server, {"id": "bridge-toll", "action": "accept",
                                          "fields": {"title": "A toll is planned for the bridge", "actors": "Toll Office, Riverside Council", "tags": "money",
                                                     "date": "2024-03-12"}}, own(review_server, token))
    assert status == 200 and answer["ok"], answer
    text = (small_site / DRAFT).read_text(encoding="utf-8")
    assert text.startswith("# Extracted; the toll office name needs checking.\ntitle: A toll is planned for the bridge\n"
                           'date: "2024-03-12"\nactors: [Toll Office, Riverside Council]\ntags:\n  - money\nstatus: reviewed\n'
                           'sources:\n')
    review_server.wait_for_line("rebuilt", count=1, timeout=30)
    assert "Events to review (0)" in review_server.get("/_review/")[1]
    assert "To review" not in review_server.get("/")[1]
    # reject: the file goes, and the extraction record keeps it out
    write(small_site / "content/events/wrong.yaml", DRAFT_TEXT)
    review_server.wait_for_line("rebuilt", count=2, timeout=30)
    status, answer = post(review_server, {"id": "wrong", "action": "reject"}, own(review_server, token))
    assert status == 200, answer
    assert not (small_site / "content/events/wrong.yaml").exists()
    record = json.loads((small_site / "content/.extracted.json").read_text(encoding="utf-8"))
    assert record["events"]["wrong"] == {"source": "city-paper", "rejected": True}


def test_a_broken_file_shows_its_located_problem_on_the_review_page(review_server: Server, small_site: Path):
    (small_site / "content/events/broken.yaml").write_text("title: X\ndate: June 2024\nsources: [city-paper]\n",
                                                           encoding="utf-8")
    status, body, _ = review_server.get("/_review/")
    assert status == 200
    assert "content/events/broken.yaml:2:7: invalid date: &#39;June 2024&#39; is not a date: did you mean &#34;2024-06&#34;?" in body
