"""The review page in a real headless Chromium (issue 11): accept, reject, fix a date, and a refused edit."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import write
from test_review_page import DRAFT, DRAFT_TEXT
from test_serve import Server
from test_serve_browser import chromium  # noqa: F401 - the fixture

pytestmark = pytest.mark.browser

SECOND = """
    title: The council will vote on the toll
    date: "2024-04"
    sources:
      - source: city-paper
        quote: The bridge closed in November 2022.
    """


def wait_until(check, timeout: float = 15) -> None:
    """Poll a condition on the files until it holds."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def preview(small_site: Path):
    """The preview of small_site with two drafts."""
    write(small_site / DRAFT, DRAFT_TEXT)
    write(small_site / "content/events/toll-vote.yaml", SECOND)
    server = Server(small_site)
    yield server
    code, output = server.stop()
    assert code == 0 and "Traceback" not in output, output


def test_accept_from_the_review_page_publishes_the_event(chromium, preview: Server, small_site: Path):  # noqa: F811
    page = chromium.new_page()
    base = f"http://127.0.0.1:{preview.port}"
    page.goto(base + "/events/toll-vote/")
    assert page.locator(".badge-draft").inner_text().lower() == "to review"
    page.click("#claim-timeline-review-link")
    page.wait_for_url(base + "/_review/")
    assert page.locator("#review-bridge-toll mark.date").inner_text() == "on Tuesday"
    # Keyboard: the first draft in reading order (the article tells the closure first) has the focus
    # on its Accept button; Enter accepts it.
    assert page.evaluate("document.activeElement.className") == "accept"
    assert page.evaluate("document.activeElement.closest('article').id") == "review-toll-vote"
    page.keyboard.press("Enter")
    path = small_site / "content/events/toll-vote.yaml"
    wait_until(lambda: "status: reviewed" in path.read_text(encoding="utf-8"))
    page.wait_for_function("() => !document.getElementById('review-toll-vote')", timeout=15000)
    assert page.locator("h1").inner_text() == "Events to review (1)"
    page.goto(base + "/events/toll-vote/")
    # The badge goes once the rebuild is through (the page reloads itself when it is).
    page.wait_for_function("() => !document.querySelector('.badge-draft')", timeout=15000)
    assert page.locator("h1").inner_text() == "The council will vote on the toll"


def test_fix_a_date_a_refused_edit_and_reject(chromium, preview: Server, small_site: Path):  # noqa: F811
    page = chromium.new_page()
    base = f"http://127.0.0.1:{preview.port}"
    page.goto(base + "/_review/")
    card = page.locator("#review-toll-vote")
    before = (small_site / "content/events/toll-vote.yaml").read_bytes()
    # A date the loader refuses: the message shows in the card, the file is untouched.
    card.locator("input[name=date]").fill("April 2024")
    card.locator("button.save").click()
    problems = card.locator(".review-problems")
    problems.wait_for(state="visible")
    assert 'did you mean "2024-04"?' in problems.inner_text()
    assert "toll-vote.yaml:2:7" in problems.inner_text()
    assert (small_site / "content/events/toll-vote.yaml").read_bytes() == before
    # Fix it: saved, still a draft, and the page shows the new date after its reload.
    card.locator("input[name=date]").fill("2024-04-02")
    card.locator("button.save").click()
    wait_until(lambda: 'date: "2024-04-02"' in (small_site / "content/events/toll-vote.yaml").read_text(encoding="utf-8"))
    page.wait_for_function(
        "() => document.querySelector('#review-toll-vote input[name=date]').defaultValue === '2024-04-02'", timeout=15000)
    assert "status" not in (small_site / "content/events/toll-vote.yaml").read_text(encoding="utf-8")
    # Reject the other one: its file goes and so does its card.
    page.locator("#review-bridge-toll button.reject").click()
    wait_until(lambda: not (small_site / DRAFT).exists())
    page.wait_for_function("() => !document.getElementById('review-bridge-toll')", timeout=15000)
    # The card also goes while the page reloads itself: wait for the reloaded page, not a blank one.
    # (The preview may reload it once more when its rebuild is through: the wait is the check.)
    page.wait_for_function("() => document.querySelectorAll('article.review-item').length === 1", timeout=15000)
