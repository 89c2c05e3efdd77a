"""Drafts stay private (issue 11): an event not yet ``status: reviewed`` is left out of the public site.

``build`` leaves drafts out and counts them; ``build --drafts`` and the live preview keep them,
and every page then shows each one with a "to review" badge. Exports (feed, sitemap, JSON,
iCalendar, TimelineJS) never carry drafts, in any mode: a reader of a feed or a calendar
cannot see a badge, so a draft there would pass for a checked fact.
"""

from __future__ import annotations

import dataclasses

from .model import Content, Event

REVIEWED = "reviewed"


def is_draft(event: Event) -> bool:
    """Whether a person has not yet reviewed this event."""
    return event.status != REVIEWED


def select_events(content: Content, drafts: bool) -> tuple[Content, int]:
    """The content a site is built from (drafts kept only when asked) and how many events await review."""
    awaiting = sum(map(is_draft, content.events))
    if drafts or not awaiting:
        return content, awaiting
    return published_only(content), awaiting


def published_only(content: Content) -> Content:
    """The same content with reviewed events only (what exports and feeds carry)."""
    if not any(map(is_draft, content.events)):
        return content
    return dataclasses.replace(content, events=[e for e in content.events if not is_draft(e)])
