"""The default theme as a reader meets it without a browser: the timeline page, event pages, languages, scale."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_example_site, write


def make_story_site(root: Path, extra_site: str = "") -> Path:
    """An English site with every kind of date the theme must show: year, month, day, span, season, modifier."""
    write(root / "content/site.yaml", f"""
        title: Riverside bridge
        description: What happened to the Mill Street bridge.
        language: en
        locale: en_GB
        base_url: https://example.org/bridge/
        {extra_site}
        """)
    write(root / "content/sources/gazette.md", """
        ---
        title: The council votes to rebuild the bridge
        published: 2024-03-14
        language: en
        publisher: The Gazette
        url: https://example.org/gazette/bridge
        ---
        Text.
        """)
    write(root / "content/sources/radio.md", """
        ---
        title: Morning show
        published: 2023-05-02
        language: en
        ---
        Text.
        """)
    events = {
        "founded": """
            title: The bridge company is founded
            status: reviewed
            date: 2015
            date_mod: start
            actors: [Bridge Company]
            tags: [history]
            sources:
              - source: gazette
                quote: Early in 2015 the bridge company was set up.
                date_text: Early in 2015
            """,
        "repairs": """
            title: Repairs on the old bridge
            status: reviewed
            date: {start: 2019, end: 2021}
            actors: [Riverside Council]
            tags: [transport]
            sources:
              - source: gazette
                quote: Repairs ran from 2019 to 2021.
                date_text: from 2019 to 2021
            """,
        "closed": """
            title: The bridge closes after inspectors find cracks
            status: reviewed
            date: 2022-11
            actors: [Riverside Council]
            tags: [transport, safety]
            sources:
              - source: gazette
                quote: The bridge closed in November 2022 after inspectors found cracks.
                date_text: in November 2022
            """,
        "park-claim": """
            title: Ada Park says the closure hurts shops
            status: reviewed
            date: 2023-05
            kind: claim
            speaker: Ada Park
            actors: [Ada Park]
            tags: [economy]
            sources:
              - source: radio
                quote: Shops on <b>Mill Street</b> have lost half their customers.
                date_basis: published
            """,
        "vote": """
            title: The council votes to rebuild the bridge
            status: reviewed
            date: 2024-03-12
            actors: [Riverside Council]
            tags: [transport]
            sources:
              - source: gazette
                quote: The council voted on Tuesday to rebuild the bridge.
                date_text: on Tuesday
            """,
        "lopez-claim": """
            title: The mayor promises the bridge for spring
            status: reviewed
            date: 2024-03-12
            kind: claim
            speaker: Maria Lopez
            actors: [Maria Lopez, Riverside Council]
            tags: [transport]
            sources:
              - source: gazette
                quote: "We will not leave it closed another winter, said the mayor on Tuesday"
                date_text: on Tuesday
            """,
        "opening": """
            title: The new bridge should open
            status: reviewed
            date: 2025-SP
            actors: [Riverside Council]
            tags: [transport]
            sources:
              - source: gazette
                quote: The new bridge should open in spring 2025.
                date_text: in spring 2025
            """,
    }
    for name, text in events.items():
        write(root / f"content/events/{name}.yaml", text)
    return root


STORY_ORDER = ["founded", "repairs", "closed", "park-claim", "lopez-claim", "vote", "opening"]  # same day: by id


class _Page(HTMLParser):
    """Elements of a page by what the tests look at: ids in order, attributes of tags, JSON-LD, meta."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if tag == "script" and values.get("type") == "application/ld+json":
            self._script = ""

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        """Attributes of every `tag` whose attributes include `attrs` (class_ matches one class)."""
        found = []
        for name, values in self.tags:
            if name != tag:
                continue
            wanted = dict(attrs)
            cls = wanted.pop("class_", None)
            if cls and cls not in values.get("class", "").split():
                continue
            if all(values.get(k) == v for k, v in wanted.items()):
                found.append(values)
        return found

    def meta(self, key: str) -> str:
        """The content of a <meta property=…> or <meta name=…>."""
        for values in self.find("meta"):
            if key in (values.get("property"), values.get("name")):
                return values["content"]
        raise KeyError(key)


def page(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture
def story(tmp_path: Path, run_cli) -> Path:
    """The story site, built; returns its output folder."""
    root = make_story_site(tmp_path / "story")
    result = run_cli("--site", root, "build")
    assert result.code == 0, result.err
    return root / "site"


def test_timeline_groups_years_and_months_and_shows_each_date_at_its_precision(story):
    index = (story / "index.html").read_text(encoding="utf-8")
    html = page(story / "index.html")
    assert [a["id"] for a in html.find("article", class_="event")] == STORY_ORDER
    assert [s["id"] for s in html.find("section", class_="year")] == ["2015", "2019", "2022", "2023", "2024", "2025"]
    # Months get a heading and an anchor; the year, the span and the season sit at the top of their year.
    assert [s["id"] for s in html.find("section", class_="month") if "id" in s] == ["2022-11", "2023-05", "2024-03"]
    assert re.search(r'<h3 class="month-heading"[^>]*>November 2022</h3>', index)
    for datetime, label in [("2015", "early 2015"), ("2019", "2019–2021"), ("2022-11", "November 2022"),
                            ("2024-03-12", "12 March 2024"), ("2025", "spring 2025")]:
        assert f'<time datetime="{datetime}">{label}</time>' in index
    # A month-only event never shows a day.
    assert "1 November 2022" not in index and "30 November 2022" not in index
    # A span is marked as one, and says so in words.
    repairs = html.find("article", id="repairs")[0]
    assert "event-span" in repairs["class"].split()
    assert re.search(r'id="repairs".*?Event · period</span>', index, re.S)


def test_quotes_mark_the_date_words_and_stay_escaped(story):
    index = (story / "index.html").read_text(encoding="utf-8")
    assert "The bridge closed <mark>in November 2022</mark> after inspectors found cracks." in index
    assert "<mark>Early in 2015</mark> the bridge company" in index
    assert "said the mayor <mark>on Tuesday</mark>" in index
    # Markup written in a quote is shown, never interpreted.
    assert "Shops on &lt;b&gt;Mill Street&lt;/b&gt; have lost" in index and "<b>Mill Street" not in index


def test_claims_show_their_speaker_and_every_source_its_publisher_and_date(story):
    index = (story / "index.html").read_text(encoding="utf-8")
    html = page(story / "index.html")
    claims = [a["id"] for a in html.find("article", class_="event-claim")]
    assert claims == ["park-claim", "lopez-claim"]
    assert re.search(r'id="lopez-claim".*?<a href="\./actors/maria-lopez/">Maria Lopez</a> said.*?</article>', index, re.S)
    assert re.search(r'id="vote".*?<a href="\./sources/gazette/">The Gazette</a>, published 14 March 2024', index, re.S)
    # A source without a publisher is named by its title; a date from the publication says so.
    assert re.search(r'id="park-claim".*?Morning show</a>, published 2 May 2023.*?dated by the article&#39;s publication', index, re.S)


def test_density_strip_links_each_year_to_its_part_of_the_timeline(story):
    html = page(story / "index.html")
    svg_links = [a for a in html.find("a") if "aria-label" in a and a.get("href", "").startswith("#")]
    by_href = {a["href"]: a["aria-label"] for a in svg_links}
    # 2015 to 2025 is too long for months: one bar per year, a link only where something happened.
    assert by_href == {
        "#2015": "2015: 1 event", "#2019": "2019: 1 event", "#2022": "2022: 1 event",
        "#2023": "2023: 1 event", "#2024": "2024: 2 events", "#2025": "2025: 1 event",
    }
    index = (story / "index.html").read_text(encoding="utf-8")
    assert index.count('<rect class="bar"') == 6
    assert 'viewBox="0 0 11 108"' in index  # eleven years, and one row for the span drawn below the bars
    assert re.search(r'<line class="span"[^>]*><title>Repairs on the old bridge</title>', index)


def test_short_story_gets_one_bar_per_month(small_site, run_cli):
    assert run_cli("--site", small_site, "build").code == 0
    index = (small_site / "site/index.html").read_text(encoding="utf-8")
    # November 2022 to March 2024: 17 months, two of them with an event.
    assert 'viewBox="0 0 17 100"' in index
    assert re.findall(r'<a href="(#[\d-]+)" aria-label="([^"]+)"', index) == [
        ("#2022-11", "November 2022: 1 event"), ("#2024-03", "March 2024: 1 event")]


def test_without_javascript_the_page_shows_every_event(story):
    html = page(story / "index.html")
    assert len(html.find("article", class_="event")) == len(STORY_ORDER)
    toolbar = html.find("form", class_="toolbar")[0]
    assert "hidden" in toolbar  # the filters only appear once the script can run them
    assert html.find("script", src="./assets/timeline.js")
    assert (story / "assets/timeline.js").is_file()
    # Filters offer what the page holds, with the values the cards carry.
    options = [o["value"] for o in html.find("option")]
    assert {"ada-park", "bridge-company", "maria-lopez", "riverside-council"} <= set(options)
    assert {"transport", "safety", "event", "claim", "gazette", "radio"} <= set(options)
    lopez = html.find("article", id="lopez-claim")[0]
    assert lopez["data-actors"] == "maria-lopez riverside-council"
    assert lopez["data-kind"] == "claim" and lopez["data-sources"] == "gazette" and lopez["data-tags"] == "transport"


def _json_ld(path: Path) -> dict:
    scripts = page(path).scripts
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_event_pages_carry_json_ld_sharing_meta_and_a_citation(story):
    claim = _json_ld(story / "events/lopez-claim/index.html")
    assert claim["@type"] == "Claim" and claim["@context"] == "https://schema.org"
    assert claim["author"] == {"@type": "Person", "name": "Maria Lopez"}
    assert claim["text"] == "We will not leave it closed another winter, said the mayor on Tuesday"
    assert claim["appearance"][0]["url"] == "https://example.org/gazette/bridge"
    assert claim["appearance"][0]["publisher"] == {"@type": "Organization", "name": "The Gazette"}
    assert claim["appearance"][0]["datePublished"] == "2024-03-14"
    assert claim["url"] == "https://example.org/bridge/events/lopez-claim/"
    assert "ClaimReview" not in json.dumps(claim)
    event = _json_ld(story / "events/closed/index.html")
    assert event["@type"] == "Event" and event["startDate"] == "2022-11" and "endDate" not in event
    span = _json_ld(story / "events/repairs/index.html")
    assert (span["startDate"], span["endDate"]) == ("2019", "2021")
    season = _json_ld(story / "events/opening/index.html")
    assert season["startDate"] == "2025-03-01"

    html = page(story / "events/lopez-claim/index.html")
    assert html.meta("og:title") == "The mayor promises the bridge for spring"
    assert html.meta("og:type") == "article"
    assert html.meta("og:url") == "https://example.org/bridge/events/lopez-claim/"
    assert html.meta("twitter:card") == "summary"
    assert html.meta("og:locale") == "en_GB"
    assert html.meta("og:description").startswith("12 March 2024 — We will not leave it closed")
    text = (story / "events/lopez-claim/index.html").read_text(encoding="utf-8")
    assert ("Riverside bridge, “The mayor promises the bridge for spring” (12 March 2024), "
            "https://example.org/bridge/events/lopez-claim/") in text
    assert '<a href="../../#lopez-claim">' in text  # back to its place on the timeline


def test_a_quote_cannot_close_the_json_ld_script(tmp_path, run_cli):
    root = make_story_site(tmp_path / "s")
    write(root / "content/events/closed.yaml", """
        title: The bridge closes
        status: reviewed
        date: 2022-11
        sources:
          - source: gazette
            quote: "</script><script>alert(1)</script>"
        """)
    assert run_cli("--site", root, "build").code == 0
    text = (root / "site/events/closed/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in text
    assert _json_ld(root / "site/events/closed/index.html")["description"] == "</script><script>alert(1)</script>"


def test_interface_speaks_the_site_language(tmp_path, run_cli, story):
    english = (story / "index.html").read_text(encoding="utf-8")
    for text in ("Search", "Filters", "When the story happened", "Calendar (iCalendar)", "7 events"):
        assert text in english
    site = copy_example_site(tmp_path)
    assert run_cli("--site", site, "build").code == 0
    french = (site / "site/index.html").read_text(encoding="utf-8")
    for text in ("Rechercher", "Filtres", "Quand l&#39;histoire s&#39;est déroulée", "Agenda (iCalendar)",
                 "Effacer les filtres", "1 événement<"):
        assert text in french
    assert "Search" not in french and "Filters" not in french
    assert '<meta property="og:locale" content="fr_FR">' in french


def test_message_catalogs_have_the_same_keys():
    english = yaml.safe_load((REPO / "templates/messages/en.yaml").read_text(encoding="utf-8"))
    french = yaml.safe_load((REPO / "templates/messages/fr.yaml").read_text(encoding="utf-8"))
    assert set(english) == set(french)
    for key, text in english.items():
        if key == "century":
            continue  # dates.py offers both {ordinal} (20th) and {roman} (XXe): each language picks one
        assert set(re.findall(r"{\w+}", text)) == set(re.findall(r"{\w+}", french[key])), key


def test_a_site_above_the_threshold_is_split_into_year_pages(tmp_path, run_cli):
    root = make_story_site(tmp_path / "s", extra_site="split_years_above: 5")
    assert run_cli("--site", root, "build").code == 0
    out = root / "site"
    overview = page(out / "index.html")
    assert not overview.find("div", id="timeline")  # the overview is not the whole timeline...
    assert [a["href"] for a in overview.find("a") if a.get("href", "").startswith("./years/")][:6] == [
        "./years/2015/", "./years/2019/", "./years/2022/", "./years/2023/", "./years/2024/", "./years/2025/"
    ]  # the density strip's bars, one per year with events
    latest = [a["id"] for a in overview.find("article", class_="event")]
    assert latest == STORY_ORDER[::-1]  # ...but opens on the latest events, newest first
    year = page(out / "years/2024/index.html")
    assert [a["id"] for a in year.find("article", class_="event")] == ["lopez-claim", "vote"]
    assert year.find("a", rel="prev", href="../../years/2023/")
    assert year.find("a", rel="next", href="../../years/2025/")
    assert year.find("a", href="../../years/2024/", **{"aria-current": "page"})
    event = (out / "events/vote/index.html").read_text(encoding="utf-8")
    assert '<a href="../../years/2024/#vote">' in event
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/bridge/years/2024/</loc>" in sitemap


def test_the_small_example_keeps_one_page(tmp_path, run_cli):
    site = copy_example_site(tmp_path)
    assert run_cli("--site", site, "build").code == 0
    assert not (site / "site/years").exists()


@pytest.mark.slow
def test_five_thousand_events_give_pages_under_1_5_mb(tmp_path, run_cli):
    root = make_story_site(tmp_path / "big")
    speakers = ["Maria Lopez", "Ada Park", "Riverside Council", "Bridge Company", "Tom Reed"]
    for i in range(5000):
        year, month, day = 2010 + i % 15, 1 + i % 12, 1 + i % 28
        date = [f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}", f"{year}"][i % 3]
        kind = "claim" if i % 4 == 0 else "event"
        write(root / f"content/events/e{i:05d}.yaml", f"""
            title: "Event {i}: the council discusses the Mill Street bridge and its budget again"
            status: reviewed
            date: "{date}"
            kind: {kind}
            {"speaker: " + speakers[i % 5] if kind == "claim" else ""}
            actors: [{speakers[i % 5]}, {speakers[(i + 1) % 5]}]
            tags: [tag{i % 7}]
            sources:
              - source: {"gazette" if i % 2 else "radio"}
                quote: "On Tuesday, item {i} of the council's agenda said the bridge carries half of the town's traffic."
                date_text: On Tuesday
            """)
    result = run_cli("--site", root, "build")
    assert result.code == 0, result.err
    out = root / "site"
    sizes = {p.relative_to(out).as_posix(): p.stat().st_size for p in out.rglob("*.html")}
    assert len([p for p in sizes if p.startswith("events/")]) == 5007
    assert len([p for p in sizes if p.startswith("years/")]) == 16  # 2010 to 2025
    too_big = {p: s for p, s in sizes.items() if s > 1_500_000}
    assert not too_big
    year = (out / "years/2016/index.html").read_text(encoding="utf-8")
    assert year.count('<article class="event') == 5000 // 15 + (1 if 5000 % 15 > 6 else 0)


def test_printed_values_are_escaped_as_markupsafe_escapes_them(tmp_path):
    """The theme's environment prints values through its own escaper: the same text as Jinja's."""
    import jinja2
    from markupsafe import Markup

    from generator.render import Theme

    class Html:
        def __html__(self) -> str:
            return "<i>as it says</i>"

    source = ("{{ s }}|{{ m }}|{{ n }}|{{ h }}|{{ none }}|{{ s ~ m }}|{% set b %}<{{ s }}>{% endset %}{{ b }}|"
              "{% macro card(x) %}[{{ x }}]{% endmacro %}{{ card(s) }}|{{ card(s) | upper }}|"
              "{% autoescape false %}{{ s }}{% endautoescape %}|{{ s | e }}|{{ '<lit>' }}")
    values = {"s": "a<b & \"c\" 'd'>é", "m": Markup("<b>safe</b>"), "n": 3.5, "h": Html(), "none": None}
    theme = Theme(None, "en")
    plain = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    ours = theme.env.from_string(source).render(values)
    assert ours == plain.from_string(source).render(values)
    assert ours.startswith("a&lt;b &amp; &#34;c&#34; &#39;d&#39;&gt;é|<b>safe</b>|3.5|<i>as it says</i>|None|")


def test_blocks_read_through_self_render_as_jinjas_own_and_raise_nothing_on_the_way(tmp_path):
    """``self.name()`` finds the block as an attribute (no AttributeError raised and caught first), as Jinja
    finds it; a name that is no block is still undefined (issue 12: base.html asks for two blocks so, every page)."""
    import jinja2

    from generator.render import Theme

    (tmp_path / "base.html").write_text(
        "<t>{% block title %}[{{ x }}]{% endblock %}</t>{% set d = self.title() | trim %}{{ d }}|{{ self['title']() }}|"
        "{{ self.nope is defined }}|{{ self.nope | default('none') }}|{{ self.title is defined }}|{{ self.title() | length }}")
    child = '{% extends "base.html" %}{% block title %} <{{ super() }}> {% endblock %}'
    values = {"x": "a<b"}
    theme = Theme(tmp_path, "en")
    plain = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True)
    for source in (child, "{% extends 'base.html' %}"):
        assert theme.env.from_string(source).render(values) == plain.from_string(source).render(values)
    raised = []
    original = type(theme.env).getattr

    def watched(env, obj, attribute):
        try:
            getattr(obj, attribute)
        except AttributeError:
            raised.append(attribute)
        return original(env, obj, attribute)

    type(theme.env).getattr = watched
    try:
        theme.env.from_string(child).render(values)
    finally:
        type(theme.env).getattr = original
    assert "title" not in raised


def test_printed_values_fall_back_to_escape_where_markupsafe_has_no_private_helper():
    """A MarkupSafe without ``_escape_inner`` (before 3.0, or a later one) still escapes, as a plain str."""
    from types import SimpleNamespace

    import markupsafe

    from generator.render import plain_escape

    older = plain_escape(SimpleNamespace(escape=markupsafe.escape))
    escaped = older("a<b & \"c\" 'd'>é")
    assert escaped == "a&lt;b &amp; &#34;c&#34; &#39;d&#39;&gt;é" and type(escaped) is str


@pytest.mark.parametrize("ids", [[], ["gazette"], ["gazette", "herald", "gazette"], ["Gazette", "gazette", "herald"]])
def test_source_count_counts_what_jinjas_unique_counts(ids: list[str]) -> None:
    # The card's "reported by N" once came from map(attribute="source") | unique | list | length, which
    # compares ids without case: the filter that replaced it (issue 12) must print the same N.
    import jinja2

    from generator.model import SourceRef
    from generator.timeline import source_count

    class Event:
        sources = [SourceRef(source=i, quote="") for i in ids]

    chain = jinja2.Environment().from_string('{{ event.sources | map(attribute="source") | unique | list | length }}')
    assert str(source_count(Event())) == chain.render(event=Event())
    assert source_count(Event()) == len({i.lower() for i in ids})


def test_a_notes_fenced_code_is_plain_and_the_converter_leaves_pygments_unimported() -> None:
    """Notes are converted without highlighting: Markdown's fenced code is imported without Pygments (issue 12:
    its import was the largest of a cold build's serial start), and the block is the plain one either way."""
    script = (
        "import sys\n"
        "from generator.render import render_markdown\n"
        "html = render_markdown('```python\\nx = 1 < 2\\n```\\n')\n"
        "assert 'pygments' not in sys.modules, 'pygments imported'\n"
        "print(html)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "<pre><code>x = 1 &lt; 2\n</code></pre>\n"
