"""claim-timeline add: a text, Markdown or saved HTML article becomes content/sources/<slug>.md."""

from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pytest
import yaml

from conftest import write

PAGE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<title>Le conseil vote le budget | La Gazette du Val</title>
<meta property="og:title" content="Le conseil vote le budget">
<meta property="og:site_name" content="La Gazette du Val">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
<link rel="canonical" href="https://gazette.example/2024/03/budget">
</head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>
<article>
<h1>Le conseil vote le budget</h1>
<p>Le conseil municipal a adopté lundi le budget de la commune par 21 voix contre 8, après trois heures de débat.</p>
<p>« Nous n'augmenterons pas les impôts cette année », a déclaré la maire, Sophie Garnier, à l'issue de la séance.</p>
<p>Les travaux de la nouvelle médiathèque commenceront en septembre prochain, selon les services techniques.</p>
</article>
<footer><p>Partager cet article</p><p>Mentions légales</p></footer>
</body></html>
"""

BARE_PAGE = """<html><body>
<div class="content">
<p>The harbour authority closed the north pier on Monday after divers found cracks in two of its pillars.</p>
<p>Repairs are expected to take several months, and fishing boats will moor at the south quay in the meantime.</p>
<p>The authority said the pier had last been inspected five years ago and was considered safe at the time.</p>
</div>
</body></html>
"""


def site(tmp_path: Path, language: str | None = "fr") -> Path:
    """An empty site, with a default language or none."""
    root = tmp_path / "site"
    write(root / "content/site.yaml", "title: Test\n" + (f"language: {language}\n" if language else ""))
    return root


def front(path: Path) -> tuple[dict, str]:
    """A source file's front matter and body."""
    _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(head), body


def test_add_plain_text_with_options(tmp_path, run_cli):
    root = site(tmp_path)
    article = write(tmp_path / "ferry.txt", """
        The ferry will not sail this winter

        The ferry service closed in November 2022 after a storm damaged the pier.
        """)
    result = run_cli("--site", root, "add", article, "--published", "2024-03-14", "--lang", "en",
                     "--url", "https://example.org/ferry", "--publisher", "Island Post")
    assert result.code == 0, result.err
    path = root / "content/sources/the-ferry-will-not-sail-this-winter.md"
    assert "Added" in result.out and "the-ferry-will-not-sail-this-winter.md" in result.out
    assert "claim-timeline extract the-ferry-will-not-sail-this-winter" in result.out
    assert path.read_text(encoding="utf-8") == (
        "---\n"
        "title: The ferry will not sail this winter\n"
        'published: "2024-03-14"\n'
        "language: en\n"
        "url: https://example.org/ferry\n"
        "publisher: Island Post\n"
        "---\n"
        "\n"
        "The ferry service closed in November 2022 after a storm damaged the pier.\n"
    )
    assert run_cli("--site", root, "check").code == 0


def test_add_markdown_takes_its_heading_and_front_matter(tmp_path, run_cli):
    root = site(tmp_path)
    article = write(tmp_path / "notes.md", """
        ---
        published: 2024-05-13
        ---
        # Le festival fête ses 35 ans

        La billetterie a ouvert samedi.
        """)
    result = run_cli("--site", root, "add", article)
    assert result.code == 0, result.err
    meta, body = front(root / "content/sources/le-festival-fete-ses-35-ans.md")
    assert meta == {"title": "Le festival fête ses 35 ans", "published": "2024-05-13", "language": "fr"}
    assert body.strip() == "La billetterie a ouvert samedi."


def test_add_html_page_with_metadata(tmp_path, run_cli):
    root = site(tmp_path, language=None)
    page = tmp_path / "budget.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run_cli("--site", root, "add", page)
    assert result.code == 0, result.err
    meta, body = front(root / "content/sources/le-conseil-vote-le-budget.md")
    assert meta == {"title": "Le conseil vote le budget", "published": "2024-03-12", "language": "fr",
                    "url": "https://gazette.example/2024/03/budget", "publisher": "La Gazette du Val"}
    assert body.startswith("\nLe conseil municipal a adopté lundi le budget")
    assert "Accueil" not in body and "Partager" not in body and "Mentions légales" not in body
    assert "\n\n« Nous n'augmenterons pas les impôts cette année », a déclaré la maire" in body

    extracted = run_cli("--site", root, "extract", "--json")
    claims = [e for e in json.loads(extracted.out) if e["kind"] == "claim"]
    # "selon les services techniques": a public body written without a name speaks too (b17016b)
    assert [(c["speaker"], c["date"]) for c in claims] == [("Sophie Garnier", "2024-03-12"),
                                                           ("Les services techniques", "2024-03-12")]


def test_add_html_page_without_metadata_needs_the_options(tmp_path, run_cli):
    root = site(tmp_path, language=None)  # no default language either
    page = tmp_path / "pier.html"
    page.write_text(BARE_PAGE.replace("<p>The authority", "<p lang=x>The authority"), encoding="utf-8")

    missing = run_cli("--site", root, "add", page)
    assert missing.code == 1
    assert "pier.html: no title found: pass --title" in missing.err
    assert "no publication date found: pass --published YYYY-MM-DD" in missing.err
    assert "language" not in missing.err  # detected from the text: English
    assert not list((root / "content/sources").glob("*")) if (root / "content/sources").exists() else True

    result = run_cli("--site", root, "add", page, "--title", "North pier closed", "--published", "2024-10-08")
    assert result.code == 0, result.err
    meta, body = front(root / "content/sources/north-pier-closed.md")
    assert meta == {"title": "North pier closed", "published": "2024-10-08", "language": "en"}
    assert body.strip().startswith("The harbour authority closed the north pier on Monday")
    assert body.count("\n\n") >= 2  # one paragraph per <p>
    assert "language:   en  (detected from the text)" in result.out
    assert "published:  2024-10-08  (from --published)" in result.out


def test_add_short_text_takes_the_sites_language(tmp_path, run_cli):
    root = site(tmp_path, language="fr")
    article = write(tmp_path / "note.txt", "Pier closed\n\nThe pier closed.\n")  # too short to detect
    result = run_cli("--site", root, "add", article, "--published", "2024-10-08")
    assert result.code == 0, result.err
    assert "language:   fr  (the site's default language)" in result.out
    assert front(root / "content/sources/pier-closed.md")[0]["language"] == "fr"


def test_add_text_leaves_the_chrome_a_pasted_page_carries_out_of_the_source(tmp_path, run_cli):
    # Issue 9: comments, related lists and bylines never reach the source text, from a text file as from a page; the
    # article's own lines stay as written, its headings included, and add says what went; the title is the first line
    # that is no chrome.
    root = site(tmp_path)
    article = write(tmp_path / "pont.txt", """
        Accueil › Région › Varenne

        Par Anne Ruelle — jeudi 6 mars 2031 à 06 h 30, mis à jour à 14 h 05

        Le pont de Varenne fermé

        Le pont de Varenne a été fermé le 4 mars 2031 après la découverte de fissures.

        ## Des travaux en mai

        Les travaux commenceront le 12 mai 2031, selon la mairie.

        Ailleurs sur le site : Le marché de Noël rouvrira le 3 décembre · Grève des bus le 9 mars

        *Retrouvez notre dossier spécial dans l'édition papier de samedi.*

        **3 commentaires**

        Nono72 · 06/03/2031 à 08h12 — Le pont avait déjà été fermé le 2 février 2029.

        Le Courrier de Varenne · Mentions légales · Cookies
        """)
    result = run_cli("--site", root, "add", article, "--published", "2031-03-06")
    assert result.code == 0, result.err
    meta, body = front(root / "content/sources/le-pont-de-varenne-ferme.md")
    assert meta["title"] == "Le pont de Varenne fermé"
    assert body.strip() == ("Le pont de Varenne a été fermé le 4 mars 2031 après la découverte de fissures.\n\n"
                            "## Des travaux en mai\n\n"
                            "Les travaux commenceront le 12 mai 2031, selon la mairie.")
    # the thread's heading ends the text: what follows it is one block of comments
    assert "dropped:    5 blocks: 1 navigation, 1 bylines, 1 related links, 1 comments, 1 cookie, newsletter, share " \
           "or ad boxes" in result.out


def test_add_keeps_the_story_s_sentences_shaped_as_a_site_s_lines(tmp_path, run_cli):
    # A lettered list's "(c)" item, a sentence opening on "First published", a prompt or a label a source is quoted
    # saying, a sentence after "Watch" ending on "!" are the story's; the site's lines between them still go.
    root = site(tmp_path)
    article = write(tmp_path / "ferry.txt", """
        Hallam ferry rules tightened

        The council adopted new rules for the Hallam ferry on 3 March 2061.

        (a) the operator must publish its timetable a month ahead;

        (b) fares may rise once a year;

        (c) the operator must tell the council within 14 days of any cancelled crossing.

        First published in 1987, the ferry's charter was rewritten by the council in February.

        Sign up here for our weekly briefing.

        Register here by Friday, the council told regular passengers on Monday.

        Our principles: safety, punctuality and fair fares, the harbour master said.

        Watch out for the new timetable from 1 April, the operator warned on Tuesday!

        The next review is due in March 2062.
        """)
    result = run_cli("--site", root, "add", article, "--published", "2061-03-06", "--lang", "en")
    assert result.code == 0, result.err
    _, body = front(root / "content/sources/hallam-ferry-rules-tightened.md")
    for kept in ("(c) the operator must tell", "First published in 1987", "Register here by Friday",
                 "Our principles: safety", "Watch out for the new timetable", "The next review is due"):
        assert kept in body
    assert "Sign up here" not in body


def test_add_refuses_an_unknown_language_and_a_bad_day(tmp_path, run_cli):
    root = site(tmp_path)
    article = write(tmp_path / "a.txt", "Title\n\nSome text.\n")
    unknown = run_cli("--site", root, "add", article, "--published", "2024-01-02", "--lang", "xx")
    assert unknown.code == 1
    assert "unknown language code 'xx' for --lang" in unknown.err
    try:
        run_cli("--site", root, "add", article, "--published", "2024-13-02")
    except SystemExit as exc:  # argparse rejects the value before the command runs
        assert exc.code == 2
    else:
        raise AssertionError("argparse accepted 2024-13-02")


def test_add_never_overwrites_a_source(tmp_path, run_cli):
    root = site(tmp_path)
    first = write(tmp_path / "one.txt", "Le port change de cap\n\nLe port a fermé lundi.\n")
    assert run_cli("--site", root, "add", first, "--published", "2024-01-02").code == 0
    again = run_cli("--site", root, "add", first, "--published", "2024-01-02")
    assert again.code == 1
    assert "this article is already a source" in again.err and "le-port-change-de-cap.md" in again.err

    other = write(tmp_path / "two.txt", "Le port change de cap\n\nUn autre article, un autre jour.\n")
    before = (root / "content/sources/le-port-change-de-cap.md").read_bytes()
    result = run_cli("--site", root, "add", other, "--published", "2024-02-03")
    assert result.code == 0
    assert (root / "content/sources/le-port-change-de-cap.md").read_bytes() == before
    assert "Un autre article" in (root / "content/sources/le-port-change-de-cap-2.md").read_text(encoding="utf-8")


def test_add_reports_undecodable_text_with_its_place(tmp_path, run_cli):
    root = site(tmp_path)
    article = tmp_path / "latin1.txt"
    article.write_bytes("Titre\n\nLe caf\xe9 a ferm\xe9.\n".encode("latin-1"))
    result = run_cli("--site", root, "add", article, "--published", "2024-01-02")
    assert result.code == 1
    assert "latin1.txt:3:7: the file is not UTF-8 (byte 0xe9)" in result.err


def test_add_a_missing_file(tmp_path, run_cli):
    result = run_cli("--site", site(tmp_path), "add", tmp_path / "nope.html")
    assert result.code == 1
    assert "nope.html: no such file" in result.err


def test_add_finds_the_site_upwards_like_git(tmp_path, run_cli, monkeypatch):
    root = site(tmp_path)
    nested = root / "notes" / "drafts"
    nested.mkdir(parents=True)
    article = write(nested / "port.txt", "Le port change de cap\n\nLe port a fermé lundi, a annoncé la mairie.\n")
    monkeypatch.chdir(nested)
    result = run_cli("add", "port.txt", "--published", "2024-01-02")
    assert result.code == 0, result.err
    assert (root / "content/sources/le-port-change-de-cap.md").is_file()
    assert "Added ../../content/sources/le-port-change-de-cap.md" in result.out
    assert not (nested / "content").exists()
    assert article.is_file()
    # Every command finds it: check reads the site two levels up.
    checked = run_cli("check")
    assert checked.code == 0, checked.err
    assert "OK: 1 sources" in checked.out


def test_add_outside_a_site_is_refused_and_writes_nothing(tmp_path, run_cli, monkeypatch):
    folder = tmp_path / "downloads"
    article = write(folder / "port.txt", "Le port change de cap\n\nLe port a fermé lundi.\n")
    monkeypatch.chdir(folder)
    result = run_cli("add", "port.txt", "--published", "2024-01-02", "--lang", "fr")
    assert result.code == 1
    assert "not inside a site folder: no content/site.yaml here or in any parent folder" in result.err
    assert sorted(p.name for p in folder.iterdir()) == ["port.txt"]

    given = run_cli("--site", folder, "add", article, "--published", "2024-01-02", "--lang", "fr")
    assert given.code == 1
    assert f"{folder} is not a site folder (it has no content/site.yaml)" in given.err
    assert sorted(p.name for p in folder.iterdir()) == ["port.txt"]


def test_add_several_files_at_once_and_one_bad_one(tmp_path, run_cli):
    root = site(tmp_path)
    first = write(tmp_path / "a.txt", "Le port change de cap\n\nLe port a fermé lundi.\n")
    second = tmp_path / "budget.html"
    second.write_text(PAGE, encoding="utf-8")
    result = run_cli("--site", root, "add", first, tmp_path / "missing.txt", second, "--published", "2024-01-02")
    assert result.code == 1  # one of the three failed; the two others are in
    assert "missing.txt: no such file" in result.err
    assert sorted(p.name for p in (root / "content/sources").iterdir()) == [
        "le-conseil-vote-le-budget.md", "le-port-change-de-cap.md"]
    assert result.out.count("Added ") == 2
    assert "Next: claim-timeline extract le-port-change-de-cap le-conseil-vote-le-budget" in result.out

    refused = run_cli("--site", root, "add", first, second, "--id", "x")
    assert refused.code == 1
    assert "--id names one article: give one FILE or URL at a time" in refused.err


def test_add_id_option(tmp_path, run_cli):
    root = site(tmp_path)
    article = write(tmp_path / "a.txt", "Le port change de cap\n\nLe port a fermé lundi.\n")
    result = run_cli("--site", root, "add", article, "--published", "2024-01-02", "--id", "port-2024")
    assert result.code == 0, result.err
    assert (root / "content/sources/port-2024.md").is_file()
    assert "Next: claim-timeline extract port-2024" in result.out

    other = write(tmp_path / "b.txt", "Autre titre\n\nUn autre article.\n")
    taken = run_cli("--site", root, "add", other, "--published", "2024-01-02", "--id", "port-2024")
    assert taken.code == 1
    assert "the id 'port-2024' is taken" in taken.err and "choose another --id" in taken.err
    bad = run_cli("--site", root, "add", other, "--published", "2024-01-02", "--id", "../escape")
    assert bad.code == 1
    assert "--id '../escape': an id is letters, digits" in bad.err
    assert sorted(p.name for p in (root / "content/sources").iterdir()) == ["port-2024.md"]


def test_add_slug_is_cut_at_a_word_boundary(tmp_path, run_cli):
    root = site(tmp_path)
    title = "Le conseil municipal adopte un budget de rigueur après trois heures de débats houleux"
    article = write(tmp_path / "a.txt", f"{title}\n\nLe conseil a voté lundi.\n")
    assert run_cli("--site", root, "add", article, "--published", "2024-01-02").code == 0
    [path] = (root / "content/sources").iterdir()
    assert path.name == "le-conseil-municipal-adopte-un-budget-de-rigueur-apres-trois.md"


class _Pages(http.server.BaseHTTPRequestHandler):
    """A tiny web server for the URL tests: path -> (status, headers, body); never the internet."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
        if headers.get("X-Sleep"):
            time.sleep(float(headers["X-Sleep"]))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers and not headers.get("X-No-Length"):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def web():
    """A local HTTP server on 127.0.0.1 in a thread; yields (base URL, routes)."""
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    handler = type("Handler", (_Pages,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_add_url_fetches_and_archives_the_page(tmp_path, run_cli, web):
    base, routes = web
    page = PAGE.replace('<link rel="canonical" href="https://gazette.example/2024/03/budget">', "").encode("utf-8")
    routes["/old/budget"] = (301, {"Location": "/2024/03/budget"}, b"")
    routes["/2024/03/budget"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page)
    root = site(tmp_path)
    result = run_cli("--site", root, "add", f"{base}/old/budget")
    assert result.code == 0, result.err
    source = root / "content/sources/le-conseil-vote-le-budget.md"
    archive = root / "content/sources/le-conseil-vote-le-budget.html"
    assert archive.read_bytes() == page  # the page as fetched, byte for byte
    meta, body = front(source)
    assert meta["url"] == f"{base}/2024/03/budget"  # where the redirect led
    assert body.startswith("\nLe conseil municipal a adopté lundi le budget")
    assert "archived:   " in result.out and "le-conseil-vote-le-budget.html (the page as fetched)" in result.out
    # The archive is provenance, not a second source: the loader and extract read the .md only.
    checked = run_cli("--site", root, "check")
    assert checked.code == 0 and "OK: 1 sources" in checked.out
    again = run_cli("--site", root, "add", f"{base}/2024/03/budget")
    assert again.code == 1 and "this article is already a source" in again.err


def test_add_url_errors_are_messages(tmp_path, run_cli, web, monkeypatch):
    from generator.extract import fetch

    base, routes = web
    routes["/image.png"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    routes["/huge"] = (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 5000 + b"</p>")
    routes["/slow"] = (200, {"Content-Type": "text/html", "X-Sleep": "2"}, PAGE.encode())
    monkeypatch.setattr(fetch, "MAX_BYTES", 1000)
    monkeypatch.setattr(fetch, "READ_TIMEOUT", 0.3)
    root = site(tmp_path)
    cases = {
        f"{base}/missing": f"{base}/missing: the server answered 404",
        f"{base}/image.png": "not a web page (image/png)",
        f"{base}/huge": "the page is 5,007 bytes, above the 1,000-byte limit",
        f"{base}/slow": f"{base}/slow: could not fetch the page (",
        "http://127.0.0.1:1/nothing-listens": "http://127.0.0.1:1/nothing-listens: could not fetch the page (",
    }
    for url, message in cases.items():
        result = run_cli("--site", root, "add", url)
        assert result.code == 1, url
        assert message in result.err, (url, result.err)
        assert "Traceback" not in result.err
    assert not (root / "content/sources").exists() or not list((root / "content/sources").iterdir())


def test_add_url_size_cap_holds_without_content_length(tmp_path, web):
    from generator.extract.fetch import fetch
    from generator.errors import ClaimTimelineError

    base, routes = web
    # HTTP/1.0 without Content-Length: the body runs until the server closes; the cap stops the read.
    routes["/stream"] = (200, {"Content-Type": "text/html", "X-No-Length": "1"}, b"<p>" + b"y" * 500_000)
    with pytest.raises(ClaimTimelineError, match="larger than the 1,000-byte limit"):
        fetch(f"{base}/stream", max_bytes=1000)


ARTICLE_FR = """<p>Le conseil municipal de Val-Serein a voté lundi soir la fermeture de la piscine des Tilleuls, construite en 1972.</p>
<p>« Nous ne pouvions plus payer le chauffage », a déclaré le maire, Henri Dufresne, à la sortie de la séance.</p>
<p>Les nageurs du club local s'entraîneront à la piscine intercommunale à partir de septembre prochain.</p>"""
ARTICLE_EN = """<p>The county council voted on Monday night to close the Lime Street swimming pool, which opened in 1972.</p>
<p>"We could no longer pay for the heating," said the council leader, Henry Duffield, after the meeting.</p>
<p>Members of the local club will train at the regional pool from next September, the council said.</p>"""


def make_page(head: str = "", before: str = "", article: str = ARTICLE_FR, after: str = "", lang: str = "fr") -> str:
    """A news page: head metadata, chrome before and after the article."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
            f'<header class="site-header"><a href="/">Accueil</a></header>'
            f"<main><article><h1>La piscine des Tilleuls va fermer</h1>{before}"
            f'<div class="article-body">{article}</div>{after}</article></main></body></html>')


def add_page(tmp_path: Path, run_cli, html: str, *options: str):
    """Save a page, add it to a fresh site; the result, the front matter and the body."""
    root = tmp_path / "site"
    if not (root / "content/site.yaml").exists():
        write(root / "content/site.yaml", "title: Test\nlanguage: fr\n")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = run_cli("--site", root, "add", page, *options)
    assert result.code == 0, result.err
    [path] = (root / "content/sources").glob("*.md")
    meta, body = front(path)
    path.unlink()
    return result, meta, body


def test_add_publication_date_from_each_place_and_says_where(tmp_path, run_cli):
    cases = [
        ('<meta property="article:published_time" content="2024-05-06T08:00:00+02:00">', "", "2024-05-06",
         "from article:published_time"),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
         '{"@type": "WebSite", "name": "Autre"}, {"@type": "NewsArticle", "headline": "x", '
         '"datePublished": "2024-05-07T09:15:00+02:00", "dateModified": "2024-05-09"}]}</script>',
         "", "2024-05-07", "from JSON-LD datePublished"),
        ("", '<p class="meta"><time datetime="2024-05-08T10:00">8 mai 2024</time></p>', "2024-05-08",
         "from <time datetime>"),
        ("", '<p class="byline">Publié le 02/05/2023 à 18h10</p>', "2023-05-02",
         'from the byline "Publié le 02/05/2023"'),
        ("", '<p class="byline">Mis à jour le 4 mai 2023 à 9h. Publié le 3 mai 2023</p>', "2023-05-03",
         'from the byline "Publié le 3 mai 2023"'),
        ("", '<p class="byline">Mis à jour le 4 mai 2023 à 9h02</p>', "2023-05-04",
         'from the byline "Mis à jour le 4 mai 2023"'),
        ("", '<p class="byline">Publié à 18h10 le 2 mai 2023</p>', "2023-05-02",
         'from the byline "Publié à 18h10 le 2 mai 2023"'),
    ]
    for head, before, day, where in cases:
        result, meta, _ = add_page(tmp_path, run_cli, make_page(head, before))
        assert meta["published"] == day, (before or head, result.out)
        assert f"published:  {day}  ({where})" in result.out, result.out


def test_add_english_bylines(tmp_path, run_cli):
    cases = [
        ('<div class="byline">By Jane Roe · Updated March 3, 2024, 9:41 a.m.</div>', "2024-03-03", "Updated March 3, 2024"),
        ('<div class="byline">Published 12 June 2025 · Last updated 13 June 2025</div>', "2025-06-12",
         "Published 12 June 2025"),
        ('<div class="byline">Posted on Feb. 29, 2024</div>', "2024-02-29", "Posted on Feb. 29, 2024"),
        # a time of day before the day, with a weekday
        ('<div class="meta"><span>Ann Lee</span> <span>Published 3:12pm, Friday 13 February 2026</span></div>',
         "2026-02-13", "Published 3:12pm, Friday 13 February 2026"),
        ('<div class="byline">Updated 10.05 GMT, 4 March 2024</div>', "2024-03-04", "Updated 10.05 GMT, 4 March 2024"),
        ('<div class="byline">Posted 9 am on 7 May 2023</div>', "2023-05-07", "Posted 9 am on 7 May 2023"),
    ]
    for before, day, words in cases:
        result, meta, _ = add_page(tmp_path, run_cli, make_page(before=before, article=ARTICLE_EN, lang="en"))
        assert meta["published"] == day, (before, result.out)
        assert f'from the byline "{words}"' in result.out, result.out


def test_add_comment_dates_are_not_the_publication(tmp_path, run_cli):
    comments = ('<section class="comments"><h2>3 commentaires</h2>'
                '<div class="comment"><p class="author">Lucie</p><time datetime="2023-05-03T08:00">3 mai</time>'
                "<p>Encore une fermeture, c'est une honte pour notre commune.</p></div></section>")
    page = make_page(before='<p class="byline">Publié le 02/05/2023 à 18h10</p>', after=comments)
    result, meta, body = add_page(tmp_path, run_cli, page)
    assert meta["published"] == "2023-05-02"
    assert "honte" not in body and "Lucie" not in body and "commentaires" not in body


def test_add_publisher_and_title_from_each_place(tmp_path, run_cli):
    cases = [
        ('<meta property="og:site_name" content="Le Réveil du Val"><title>La piscine va fermer | Le Réveil du Val</title>',
         "Le Réveil du Val", "og:site_name", "La piscine des Tilleuls va fermer"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "La piscine des Tilleuls fermera",'
         ' "publisher": {"@type": "Organization", "name": "Val Matin"}}</script>',
         "Val Matin", "JSON-LD publisher", "La piscine des Tilleuls fermera"),
        ("<title>La piscine des Tilleuls va fermer - Le Monde du Val</title>",
         "Le Monde du Val", "the title's suffix", "La piscine des Tilleuls va fermer"),
        ('<meta property="og:title" content="La piscine ferme | BBC News"><meta property="og:site_name" content="BBC News">',
         "BBC News", "og:site_name", "La piscine ferme"),
    ]
    head_date = '<meta property="article:published_time" content="2024-05-06">'
    for head, publisher, where, title in cases:
        result, meta, _ = add_page(tmp_path, run_cli, make_page(head_date + head))
        assert meta["publisher"] == publisher, (head, result.out)
        assert f"publisher:  {publisher}  (from {where})" in result.out
        assert meta["title"] == title, (head, result.out)


def test_add_follows_a_json_ld_publisher_given_by_id(tmp_path, run_cli):
    """Issue 9: a graph names the publisher once, and the article points at it by @id; a WebSite node of the same
    graph with another name is not the publisher."""
    graph = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
             '{"@type": "WebSite", "@id": "https://example.org/#website", "name": "Val Matin, le site"},'
             '{"@type": "NewsMediaOrganization", "@id": "https://example.org/#org", "name": "Val Matin"},'
             '{"@type": "NewsArticle", "headline": "La piscine des Tilleuls fermera", "datePublished": "2024-05-06",'
             ' "publisher": {"@id": "https://example.org/#org"}}]}</script>')
    result, meta, _ = add_page(tmp_path, run_cli, make_page(graph))
    assert meta["publisher"] == "Val Matin"
    assert "publisher:  Val Matin  (from JSON-LD publisher)" in result.out


def test_add_drops_a_call_to_action_card_inside_the_post(tmp_path, run_cli):
    """Ghost puts its members' card (kg-cta-card) among the post's paragraphs (issue 9)."""
    card = ('<div class="kg-card kg-cta-card"><p>Vous aimez le Réveil ? Nous vivons de nos lecteurs. '
            '<a href="#/portal/signup">Soutenez une presse locale indépendante</a>.</p></div>')
    article = ARTICLE_FR.replace("</p>\n", "</p>\n" + card, 1)
    _, _, body = add_page(tmp_path, run_cli, make_page('<meta property="article:published_time" content="2024-05-06">',
                                                       article=article))
    assert "Réveil" not in body and "Soutenez" not in body
    assert "Henri Dufresne" in body and "intercommunale" in body


@pytest.mark.parametrize("heading", ["À lire aussi", "Newsletter", "Related"])
def test_add_keeps_the_body_after_a_heading_that_reads_as_chrome(tmp_path, run_cli, heading):
    """A chrome heading ("À lire aussi") left just above the article's body cuts the heading, never the body under it."""
    lead = ("<p>Après dix-huit mois de travaux, le marché couvert de Saint-Aubin a rouvert samedi matin avec vingt-deux "
            "étals, une verrière neuve et des horaires élargis le dimanche, a annoncé la mairie dans un communiqué "
            "envoyé vendredi soir à tous les commerçants de la halle.</p>")
    article = ("<p>Les commerçants avaient quitté la halle en octobre 2029, quand des infiltrations avaient fragilisé "
               "la charpente.</p><p>Le chantier a coûté 3,2 millions d'euros, dont un tiers payé par la région.</p>")
    html = make_page('<meta property="article:published_time" content="2031-04-02">', f"{lead}<h2>{heading}</h2>",
                     article)
    result, _, body = add_page(tmp_path, run_cli, html)
    assert "octobre 2029" in body and "3,2 millions" in body, result.out
    assert "dix-huit mois" in body and heading not in body


def test_add_keeps_a_press_release_without_the_wire_header_and_boilerplate(tmp_path, run_cli):
    """A newswire page: the wire's kicker, the issuer, the time and the subtitle before the dateline, and the
    company's "About" paragraph, media contact and SOURCE line after the text, are no part of the release (issue 9)."""
    header = ('<p class="kicker">News provided by</p><p class="issuer"><a href="/co/lime">Lime Leisure Ltd</a></p>'
              '<p class="stamp">May 06, 2024, 09:00 BST</p>')
    release = ('<p class="sub">Two hundred jobs; reopening planned for 2026</p>'
               '<p>LIMEFORD, England, May 6, 2024 /WireCast/ -- Lime Leisure Ltd today announced that it will rebuild '
               'the Lime Street swimming pool, closed since March.</p>'
               '<p>"The town has waited long enough," said Henry Duffield, the company\'s chief executive.</p>'
               '<p>Work is due to start in September.</p>'
               '<h3>About Lime Leisure</h3><p>Lime Leisure Ltd runs twelve pools in the Midlands. Founded in 1988, '
               'it employs 400 people.</p><p>Media contact: Ann Best, press@lime.example</p><p>SOURCE Lime Leisure Ltd</p>')
    page = make_page('<meta property="article:published_time" content="2024-05-06">', before=header,
                     article=release, lang="en").replace("La piscine des Tilleuls va fermer", "Lime Leisure to rebuild pool")
    _, meta, body = add_page(tmp_path, run_cli, page)
    # the wire's dateline heads the release and is cut as an agency's is (tests/pages/README.md)
    assert body.lstrip().startswith("Lime Leisure Ltd today announced") and "/WireCast/" not in body
    assert body.rstrip().endswith("Work is due to start in September.")
    for chrome in ("News provided by", "09:00 BST", "Two hundred jobs", "About Lime Leisure", "twelve pools",
                   "Media contact", "SOURCE Lime"):
        assert chrome not in body


@pytest.mark.parametrize("lang, embargo, end, notes", [
    ("en", "EMBARGOED UNTIL 00:01 BST, THURSDAY 6 MAY 2024", "ENDS", "Notes to editors"),
    ("en", "Embargo: 10:00, 6 May 2024", "###", "Editor's notes:"),
    ("fr", "EMBARGO : 6 mai 2024, 10 h", "- FIN -", "Notes aux rédactions"),
    ("fr", "Sous embargo jusqu'au 6 mai 2024, 10 h", "Fin du communiqué", "Notes aux rédactions"),
])
def test_add_keeps_a_press_release_without_its_embargo_line_and_notes_to_editors(tmp_path, run_cli, lang, embargo,
                                                                                  end, notes):
    """An issuer's own release page: the embargo line over it, the mark that ends it and the notes to editors after
    it (the charity's founding year, the survey's method, a phone number) are no part of the story."""
    release = (f"<p><strong>{embargo}</strong></p>"
               "<p>Lime Leisure will rebuild the Lime Street swimming pool, closed since March, the company said today.</p>"
               "<p>Work is due to start in September and the pool should reopen in 2026.</p>"
               f"<p><strong>{end}</strong></p><h3>{notes}</h3>"
               "<ol><li>Lime Leisure was founded in 1988 and runs twelve pools.</li>"
               "<li>Figures from the 2023 survey of pool users.</li></ol><p>Ann Best, press office, 01632 960123</p>")
    page = make_page('<meta property="article:published_time" content="2024-05-06">', article=release, lang=lang)
    _, meta, body = add_page(tmp_path, run_cli, page)
    assert body.lstrip().startswith("Lime Leisure will rebuild the Lime Street swimming pool")
    assert body.rstrip().endswith("the pool should reopen in 2026.")


def test_a_news_page_keeps_its_lines_that_look_like_a_release_s_marks(tmp_path, run_cli):
    """A key-figures box ("Le chiffre" / "30"), a box's "Fin" and a strap starting "Embargo :" are a news page's own
    lines: no release mark cuts the text after them (a number or "Fin" ends a release only between dashes)."""
    article = ("<p>Embargo : les Vingt-Sept prolongent les sanctions jusqu'en 2027</p>"
               "<p>La préfecture a reconnu lundi l'état de catastrophe naturelle pour les communes touchées.</p>"
               "<p>Le chiffre</p><p>30</p>"
               "<p>Trente communes ont été sinistrées, selon le bilan publié mardi par la préfecture.</p>"
               "<p>Fin</p><p>Les sinistrés ont jusqu'au 15 avril pour déclarer leurs dommages, rappelle la préfecture.</p>")
    _, meta, body = add_page(tmp_path, run_cli, make_page('<meta property="article:published_time" content="2025-03-04">',
                                                          article=article))
    assert "Embargo : les Vingt-Sept" in body and "Trente communes ont été sinistrées" in body
    assert body.rstrip().endswith("rappelle la préfecture.")


def test_add_keeps_a_standfirst_before_an_agency_dateline(tmp_path, run_cli):
    """Only a newswire's dateline cuts what comes before it: a news agency's "PARIS (AFP) -" follows a standfirst."""
    article = ("<p>Le conseil municipal a tranché lundi soir après des mois de débat sur le coût du chauffage.</p>"
               "<p>VAL-SEREIN (AFP) - Le conseil municipal de Val-Serein a voté lundi soir la fermeture de la piscine.</p>"
               "<p>Les nageurs s'entraîneront ailleurs.</p>")
    _, _, body = add_page(tmp_path, run_cli, make_page('<meta property="article:published_time" content="2024-05-06">',
                                                       article=article))
    assert "des mois de débat" in body and "VAL-SEREIN (AFP)" in body


def test_add_title_suffix_that_is_not_a_publisher_stays(tmp_path, run_cli):
    page = make_page('<meta property="article:published_time" content="2024-05-06">'
                     "<title>Covid-19 - la piscine reste fermée jusqu'en septembre</title>").replace(
        "<h1>La piscine des Tilleuls va fermer</h1>", "")
    result, meta, _ = add_page(tmp_path, run_cli, page)
    assert meta["title"] == "Covid-19 - la piscine reste fermée jusqu'en septembre"
    assert "publisher" not in meta or meta["publisher"] != "la piscine reste fermée jusqu'en septembre"


@pytest.mark.parametrize("title", [
    "Live: Storm Ciarán hits Cornwall – Thousands without power",
    "Municipales : Les Verts en tête à Lyon – La droite garde Nice",
    "Live: Gale hits the Lizard · Ferries cancelled until Sunday",  # even with a list's mark: the first line is tested
])
def test_add_takes_a_kicker_headline_on_a_text_s_first_line_as_its_title(tmp_path, run_cli, title):
    # A kicker's headline (a label, a colon, two parts) has the shape of other stories' headlines listed under a label.
    root = site(tmp_path)
    article = write(tmp_path / "live.txt", f"{title}\n\nThe harbour was closed to all shipping on Tuesday, the "
                                           "port authority said.\n")
    result = run_cli("--site", root, "add", article, "--published", "2031-03-06")
    assert result.code == 0, result.err
    meta, _ = front(next((root / "content/sources").glob("*.md")))
    assert meta["title"] == title


def test_add_detects_the_language_and_lang_overrides_it(tmp_path, run_cli):
    head = '<meta property="article:published_time" content="2024-05-06">'
    result, meta, _ = add_page(tmp_path, run_cli, make_page(head, article=ARTICLE_EN, lang="fr"))
    assert meta["language"] == "en"  # the text is English whatever the template's lang says
    assert "language:   en  (detected from the text)" in result.out
    german = ("<p>Der Gemeinderat hat am Montagabend beschlossen, das Hallenbad an der Lindenstraße zu schließen.</p>"
              "<p>Die Mitglieder des Schwimmvereins trainieren ab September im Bad der Nachbarstadt.</p>")
    result, meta, _ = add_page(tmp_path, run_cli, make_page(head, article=german))
    assert meta["language"] == "de"
    result, meta, _ = add_page(tmp_path, run_cli, make_page(head, article=ARTICLE_EN), "--lang", "fr")
    assert meta["language"] == "fr"
    assert "language:   fr  (from --lang)" in result.out or "language:   fr  (--lang)" in result.out


def test_add_prints_what_it_kept(tmp_path, run_cli):
    head = ('<meta property="article:published_time" content="2024-05-06">'
            '<meta property="og:site_name" content="Le Réveil du Val">')
    chrome_before = ('<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/val">Val</a></nav>'
                     '<div class="share-bar"><a>Partager sur Facebook</a><a>Partager sur X</a></div>')
    chrome_after = ('<aside class="related"><h3>À lire aussi</h3><ul><li><a href="/a">La patinoire ferme ses portes'
                    " pour l'été</a></li></ul></aside>"
                    '<div class="newsletter-box"><p>Recevez chaque matin notre newsletter gratuite.</p></div>'
                    '<section id="comments"><article class="comment"><p>Scandaleux, il fallait garder la '
                    "piscine ouverte.</p></article><article class=\"comment\"><p>Et les impôts alors ?</p>"
                    "</article></section>"
                    '<footer class="site-footer"><p>© Le Réveil du Val 2024 — Mentions légales</p></footer>')
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, chrome_before, after=chrome_after))
    out = result.out
    assert "title:      La piscine des Tilleuls va fermer  (from the page's <h1>)" in out
    assert "published:  2024-05-06  (from article:published_time)" in out
    assert "publisher:  Le Réveil du Val  (from og:site_name)" in out
    assert "language:   fr  (detected from the text)" in out
    assert "words:      53" in out  # counted by hand in ARTICLE_FR: 19 + 19 + 15 (« s'entraîneront », « Val-Serein » one word each)
    assert "first:      Le conseil municipal de Val-Serein a voté lundi soir la fermeture de la piscine des" in out
    assert ("last:       Les nageurs du club local s'entraîneront à la piscine intercommunale à partir de "
            "septembre prochain.") in out
    # site header, breadcrumb and footer (navigation), related list, comments section, share bar and newsletter
    assert "dropped:    7 blocks: 3 navigation, 1 related links, 1 comments, 2 cookie, newsletter, share or ad boxes" in out
    for chrome in ("Accueil", "Partager", "patinoire", "newsletter", "Scandaleux", "impôts", "Mentions légales"):
        assert chrome not in body, chrome


def test_add_word_count_counts_words_as_a_person_does():
    from generator.extract.importer import word_count

    assert word_count("Le conseil a voté l'achat de 14 bus, à 1,3 million d'euros.") == 12
    assert word_count("Sablé-sur-Marne emploie 420 personnes.") == 4


def test_add_drops_related_and_newsletter_lines_inside_the_article(tmp_path, run_cli):
    head = '<meta property="article:published_time" content="2024-05-06">'
    article = (ARTICLE_FR.replace("</p>\n<p>« Nous", "</p>\n<p><strong>À lire aussi : La patinoire de Val-Serein "
                                  "ferme pour travaux</strong></p>\n<p>« Nous")
               + "<p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité locale.</p>")
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, article=article))
    assert "patinoire" not in body and "newsletter" not in body
    assert "« Nous ne pouvions plus payer le chauffage »" in body
    # the site header, then two lines trafilatura kept: the inline "À lire aussi" and the newsletter prompt
    assert "dropped:    3 blocks: 1 navigation, 1 related links, 1 cookie, newsletter, share or ad boxes" in result.out


PAGES = Path(__file__).resolve().parent / "pages"
# Dev pages on which add is known to fall short, with what it does wrong: strict, so the mark must go when add is
# fixed (a page written to measure add is not rewritten to suit it).
KNOWN_ADD_MISSES: dict[str, str] = {
    # an inset box inside the text may be the story's own (key dates, a reminder of the facts): add keeps it
    "fr-collecte-dechets-lambrac": "an 'À savoir' inset box (class encart) with a practical note is kept",
}


def _saved_page(page: Path) -> object:
    """A saved page as a test parameter, marked when add is known to fall short on it."""
    reason = KNOWN_ADD_MISSES.get(page.stem)
    return pytest.param(page, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else page


@pytest.mark.parametrize("page", [_saved_page(p) for p in sorted(PAGES.glob("*.html"))], ids=lambda p: p.stem)
def test_add_saved_news_pages_keep_the_article_and_drop_the_chrome(tmp_path, run_cli, page):
    """The corpus engineer's saved pages (tests/pages/README.md): no chrome string reaches the text, metadata right."""
    gold = yaml.safe_load(page.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
    root = site(tmp_path, language=None)
    result = run_cli("--site", root, "add", page)
    assert result.code == 0, result.err
    [path] = (root / "content/sources").glob("*.md")
    meta, body = front(path)
    flat = " ".join(body.split())
    leaked = [s for s in gold["chrome"] if " ".join(s.split()) in flat]
    assert leaked == []
    assert meta["title"] == gold["page"]["title"]
    assert meta["publisher"] == gold["page"]["publisher"]
    assert meta["published"] == gold["page"]["published"]
    assert meta["language"] == gold["page"]["language"]
    assert flat.startswith(" ".join(gold["body"]["first_sentence"].split()))
    assert flat.endswith(" ".join(gold["body"]["last_sentence"].split()))
    for claim in gold["claims"]:
        assert " ".join(claim["quote"].split()) in flat


def test_bench_title_checks():
    from bench.page_quality import title_problem

    sentence = "La fréquentation a atteint 1,3 million de voyages en 2023, selon l'agglomération."
    assert title_problem("La fréquentation atteint 1,3 million de voyages", sentence) is None
    assert "cut" in title_problem("3 million de voyages", sentence)
    assert title_problem("De, la fréquentation atteint un record", sentence) == "starts with a lone word and a comma"
    assert title_problem("La fréquentation atteint un record d'ici", sentence) == "ends on 'd'ici'"
    assert title_problem("Les bus seront livrés avant la", sentence) == "ends on 'la'"
    assert title_problem("x" * 111, sentence) == "111 characters"
    assert title_problem("« Nous avons tout essayé", sentence) == "unbalanced quotation marks or brackets"
    # Dangling words are each language's: "on" is a French pronoun, an English preposition.
    assert title_problem("Le maire ne viendra pas, dit-on", "Le maire ne viendra pas, dit-on.", "fr") is None
    assert title_problem("The council will decide on", "The council will decide on Monday.", "en") == "ends on 'on'"


@pytest.mark.parametrize("title, language, verb", [
    ("La fréquentation atteint 1,3 million de voyages", "fr", True),
    ("Nous l'avions signalé", "fr", True),  # an elided auxiliary
    ("Des femmes feront une heure de route", "fr", True),  # a future
    ("Le ministre se rendra à Lorsac", "fr", True),  # the future of a -dre verb
    ("Le festival ne reviendra pas sur la place", "fr", True),
    ("La commune recevra une aide", "fr", True),
    ("Une aide de la région", "fr", False),
    ("Les soignants dénoncent un abandon", "fr", True),
    ("Au plus tard en juillet", "fr", False),
    ("Avant la refonte complète du réseau prévue", "fr", False),
    ("Selon le calendrier présenté aux élus", "fr", False),
    ("Le président de la région", "fr", False),  # -ent of a noun
    ("Its shares fell 6 per cent", "en", True),
    ("Skyline Regional expects to restore a full timetable", "en", True),
    ("The groundings were due to begin", "en", True),
    ("The jets of the regional airlines", "en", False),  # plural nouns are no verbs
    ("Priya Natarajan: “by the middle of the decade”", "en", False),
    # A word after a reflexive « se » / « s' », or between « ne » and « pas » / « plus », is a verb, any verb.
    ("Le comité se réunit à huis clos", "fr", True),
    ("Le puits ne débite plus", "fr", True),
    ("Le club s'interroge sur son avenir", "fr", True),
    ("The festival drew 4,000 visitors", "en", True),
    # Common verbs of news in the present, none of them a noun in -e.
    ("Le coureur clame son innocence", "fr", True),
    ("La nouvelle ligne relie la gare au campus", "fr", True),
    ("La commande de la région", "fr", False),
])
def test_bench_title_check_wants_a_verb(title, language, verb):
    from bench.page_quality import title_problem

    assert (title_problem(title, title, language) != "no verb") is verb
    assert title_problem(title, title) != "no verb"  # without a language, the verb is not checked


def test_add_drops_bylines_but_not_sentences_that_look_like_them(tmp_path, run_cli):
    head = '<meta property="article:published_time" content="2024-05-06">'
    article = ('<p class="post-info">By Jane Roe, Local Editor · <time datetime="2024-05-06">6 May 2024</time></p>'
               + ARTICLE_EN + "<p>Published on May 3, 2024, the audit found the roof unsafe.</p>"
               "<div>By Tom Hale</div><div>Tom Hale · updated 7 May 2024 at 10:12</div>")
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, article=article, lang="en"))
    assert "Jane Roe" not in body and "Tom Hale" not in body
    assert "Published on May 3, 2024, the audit found the roof unsafe." in body
    assert "3 bylines" in result.out


def test_add_url_of_plain_text_is_archived_under_a_name_that_is_no_source(tmp_path, run_cli, web):
    base, routes = web
    text = "Le port change de cap\n\nLe port de Val-Serein a fermé lundi, a annoncé la mairie dans un communiqué.\n"
    routes["/port.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode())
    root = site(tmp_path)
    result = run_cli("--site", root, "add", f"{base}/port.txt", "--published", "2024-01-02")
    assert result.code == 0, result.err
    assert sorted(p.name for p in (root / "content/sources").iterdir()) == [
        "le-port-change-de-cap.md", "le-port-change-de-cap.raw"]
    assert (root / "content/sources/le-port-change-de-cap.raw").read_text(encoding="utf-8") == text
    checked = run_cli("--site", root, "check")
    assert checked.code == 0 and "OK: 1 sources" in checked.out


def test_add_drops_chrome_as_common_publishing_systems_mark_it(tmp_path, run_cli):
    """Class names from WordPress, Disqus, consent managers and newsroom themes, none of them in tests/pages/."""
    head = '<meta property="article:published_time" content="2024-05-06">'
    after = (
        '<div id="onetrust-banner-sdk"><p>We and our partners use cookies to personalise ads. Accept all?</p></div>'
        '<div class="jp-relatedposts"><h3>Related</h3><p><a href="/b">Council to review bus fares in the spring</a>'
        '</p></div>'
        '<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><a>Tweet</a></div>'
        '<div id="disqus_thread"><p>Marjorie: Shameful decision, the pool was the heart of the town.</p></div>'
        '<ol class="commentlist"><li class="comment"><p>Derek said the council wasted money for years.</p></li></ol>'
        '<div class="mc4wp-form newsletter-signup"><p>Get the Morning Brief delivered to your inbox every day.</p>'
        "</div>"
        '<div data-component="recirculation"><p>Most read: Ferry timetable changes from Monday</p></div>')
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, after=after, article=ARTICLE_EN, lang="en"))
    for chrome in ("partners use cookies", "bus fares", "Tweet", "Marjorie", "Derek", "Morning Brief", "Ferry"):
        assert chrome not in body, chrome
    assert "Members of the local club will train at the regional pool from next September" in body


def test_add_drops_chrome_marked_by_data_attributes(tmp_path, run_cli):
    """Site builders (Wix's data-hook, React apps' data-testid) mark blocks by data attributes, not classes: a post's
    metadata line and stats, a recent posts list and the comments go all the same (session 29's dev page)."""
    page = """<!DOCTYPE html><html lang="en"><head><title>Pool reopening delayed | Downs Radio</title>
<meta property="article:published_time" content="2024-05-06T09:00:00+01:00"></head>
<body><div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><div data-hook="post-page">
<div data-hook="post-header"><div data-hook="post-metadata"><p><span data-hook="user-name">Newsroom</span> ·
<span data-hook="time-ago">6 May</span> · <span data-hook="time-to-read">2 min read</span></p></div>
<h1 data-hook="post-title">Pool reopening delayed</h1></div>
<div data-hook="post-description">
<p>The town pool will not reopen in June as planned, the leisure trust said on Monday, after inspectors found
cracks in the main basin during the spring works.</p>
<p>Swimmers have used the college pool since January, and the club's summer gala will move there too.</p>
<p>The trust expects the repairs to take until the autumn, its chair told the council's evening meeting.</p>
</div>
<div data-hook="post-footer"><p data-hook="post-stats">57 views · 2 comments</p></div>
<section data-hook="recent-posts"><h2>Recent posts</h2>
<div><p data-hook="post-title">Cricket nets reopen on the green</p><p data-hook="time-ago">2 May</p></div></section>
<section data-testid="comments-section"><h2>Comments</h2>
<div><p>Ruth P. · 6 May</p><p>About time the pool got some attention, it has leaked for years.</p></div></section>
</div></main></div></body></html>"""
    root = site(tmp_path, language=None)
    result = run_cli("--site", root, "add", write(tmp_path / "pool.html", page))
    assert result.code == 0, result.err
    [source] = (root / "content/sources").glob("*.md")
    meta, body = front(source)
    for chrome in ("2 min read", "57 views", "Cricket nets", "Ruth P.", "leaked for years"):
        assert chrome not in body, chrome
    assert "inspectors found cracks in the main basin" in body and "until the autumn" in body


def test_add_keeps_an_article_whose_wrapper_has_chrome_words(tmp_path, run_cli):
    """Drupal classes every front-page node "node--promoted" ("promo" is an ad's word): the node holding the
    headline and the body is the article all the same, and the comments inside it still go."""
    page = """<!DOCTYPE html><html lang="en"><head><title>Quarry road shut | Valley FM</title>
<meta property="article:published_time" content="2025-09-03T08:00:00+01:00"></head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">
<header role="banner"><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
</header><main role="main"><div class="region region-content">
<article class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Quarry road shut after a landslip</span></h1>
<div class="node__content"><div class="field field--name-body">
<p>The county closed the quarry road on Tuesday after a landslip carried part of the verge into the river.</p>
<p>Engineers said the repairs would take at least six weeks, and buses will run on the hill road meanwhile.</p>
<p>Residents of the upper village said the road had been cracking since the spring floods.</p>
</div></div>
<section class="comments"><article class="comment js-comment"><p>Glenys: told them in April, nobody listened.</p>
</article></section></article></div></main></div></body></html>"""
    root = site(tmp_path, language=None)
    path = write(tmp_path / "quarry.html", page)
    result = run_cli("--site", root, "add", path)
    assert result.code == 0, result.err
    [source] = (root / "content/sources").glob("*.md")
    meta, body = front(source)
    assert "after a landslip carried part of the verge" in body and "since the spring floods" in body
    assert "Glenys" not in body and "Home" not in body
    assert meta["title"] == "Quarry road shut after a landslip"


def test_add_drops_a_sponsored_box_that_prints_a_heading_of_its_own(tmp_path, run_cli):
    """Only the page's main heading (its one h1, or the one its title names) makes a wrapper the article: a
    sponsored box with an h1 of its own is still chrome, and its founding year no date of the story."""
    sponsored = ('<div class="sponsored-content"><article><h1>Why Brightwater is the builder of the year</h1>'
                 "<p>Founded on 14 March 1998, Brightwater has built four thousand homes, and opens an estate in May.</p>"
                 "</article></div>")
    head = ('<meta property="article:published_time" content="2024-05-06">'
            '<meta property="og:title" content="La piscine des Tilleuls va fermer">')
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, article=ARTICLE_EN + sponsored, lang="en"))
    assert "Brightwater" not in body and "1998" not in body
    assert "voted on Monday night to close the Lime Street swimming pool" in body


def test_add_keeps_a_post_whose_category_is_a_chrome_word(tmp_path, run_cli):
    """A WordPress post of the "Social" category is classed "category-social" ("social" is a share box's word)
    with its headline outside it: the post holds the page's text, so it is the article; a related box goes."""
    page = """<!DOCTYPE html><html lang="fr"><head><title>Grève à la laiterie – Le Petit Courrier</title>
<meta property="article:published_time" content="2025-03-04T07:00:00+01:00"></head>
<body class="single single-post"><div id="page" class="site">
<header class="site-header"><nav class="main-navigation"><ul><li><a href="/">Accueil</a></li></ul></nav></header>
<div class="content-area"><header class="entry-header"><h1 class="entry-title">Grève à la laiterie</h1></header>
<article id="post-881" class="post-881 post type-post status-publish category-social tag-greve">
<div class="entry-content">
<p>Les salariés de la laiterie de Saint-Aubin ont cessé le travail lundi matin pour réclamer une hausse des salaires.</p>
<p>La direction a proposé une prime de 300 euros, jugée insuffisante par les syndicats réunis en assemblée.</p>
<p>Une nouvelle réunion est prévue jeudi à la préfecture, a indiqué le délégué syndical du site.</p>
</div></article>
<section class="related-posts"><h2>À lire aussi</h2><p>La fromagerie de Brézé ferme ses portes après quarante ans.</p>
</section></div></div></body></html>"""
    root = site(tmp_path)
    result = run_cli("--site", root, "add", write(tmp_path / "greve.html", page))
    assert result.code == 0, result.err
    [source] = (root / "content/sources").glob("*.md")
    _, body = front(source)
    assert "ont cessé le travail lundi matin" in body and "a indiqué le délégué syndical" in body
    assert "fromagerie" not in body and "Accueil" not in body


@pytest.mark.parametrize("before", [
    "", '<p class="standfirst">The Lime Street pool will close after fifty years, the council has decided.</p>'])
def test_add_falls_back_on_the_uncut_page_when_the_chrome_cut_leaves_no_article(tmp_path, run_cli, monkeypatch,
                                                                                 before):
    """A layout whose every wrapper sounds like chrome must not lose its article: when the cut leaves too few
    words, trafilatura reads the whole page, and add says so (the line filters still run on its text)."""
    from generator.extract import page as page_module

    real_cut = page_module.strip_chrome

    def cut_too_much(tree):
        dropped = real_cut(tree)
        for body in tree.xpath("//div[@class='article-body']"):
            body.getparent().remove(body)  # as an unknown layout's chrome words would
        return dropped

    monkeypatch.setattr(page_module, "strip_chrome", cut_too_much)
    head = '<meta property="article:published_time" content="2024-05-06">'
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, before=before, article=ARTICLE_EN, lang="en"))
    assert "voted on Monday night to close the Lime Street swimming pool" in body
    assert "train at the regional pool from next September" in body and "Accueil" not in body
    assert "the whole page (the chrome cut left no article)" in result.out


def test_add_drops_a_picture_s_caption_in_a_definition_list_and_a_video_player_s_legend(tmp_path, run_cli):
    """A picture with its caption as a definition list (SPIP prints <dt><img></dt><dd>caption</dd>) and a video
    player's legend above the text date nothing in the story: they never reach the source text."""
    head = '<meta property="article:published_time" content="2024-05-06">'
    before = ('<div class="story-video-player"><div class="poster"></div>'
              '<p class="story-video-player__legend">Report broadcast in the 7 pm news on 5 May · 2 min 10 s</p></div>')
    paragraphs = ARTICLE_EN.split("\n")
    article = (paragraphs[0] + '<dl class="document"><dt><img src="pool.jpg" alt=""></dt>'
               "<dd>The pool in August 2019. © Town archive</dd></dl>" + "".join(paragraphs[1:]))
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, before=before, article=article, lang="en"))
    assert "August 2019" not in body and "7 pm news" not in body
    assert "voted on Monday night to close the Lime Street swimming pool" in body
    assert "train at the regional pool from next September" in body


def test_add_keeps_a_definition_list_of_dates_with_an_emoji(tmp_path, run_cli):
    """Only a definition list whose term is a bare picture is a caption: a "Key dates" list whose entry holds an
    emoji image is the article's."""
    head = '<meta property="article:published_time" content="2024-05-06">'
    dates = ('<p>Key dates in the pool\'s history:</p><dl class="timeline"><dt>12 March 1972</dt><dd>The pool opens '
             '<img class="emoji" src="wave.png" alt="wave"></dd><dt>3 June 2019</dt><dd>The roof is repaired</dd></dl>')
    result, meta, body = add_page(tmp_path, run_cli, make_page(head, article=ARTICLE_EN + dates, lang="en"))
    assert "12 March 1972" in body and "The roof is repaired" in body


def _paragraphs(page: bytes) -> list[str]:
    """The paragraphs of the text read_page keeps of a page."""
    from generator.extract.page import read_page

    article = read_page(page)
    assert article is not None
    return article.text.split("\n\n")


def test_an_advertisement_slots_labels_never_reach_the_text():
    page = b"""<html lang="en"><head><title>Bridge approved | The Herald</title></head><body><article>
    <h1>Bridge approved</h1>
    <p>The Wendmouth council approved the new bridge on Tuesday after a long debate in the chamber.</p>
    <div class="inline-block"><p class="label">ADVERTISEMENT</p></div>
    <p>Residents had opposed the plan since 2019, fearing heavy traffic near the school gates.</p>
    <div><span>Advertisement</span><span>Scroll to continue with content</span></div>
    <p><span class="label">Advertisement</span> The bridge will cost 40 million pounds, paid by the county.</p>
    <div class="story-continues">Story continues below advertisement</div>
    <p>The Advertising Standards Authority said in May that the campaign posters were misleading.</p>
    <p>A public meeting is planned for April 3 at the town hall, the council said on Tuesday.</p>
    </article></body></html>"""
    assert _paragraphs(page) == [
        "The Wendmouth council approved the new bridge on Tuesday after a long debate in the chamber.",
        "Residents had opposed the plan since 2019, fearing heavy traffic near the school gates.",
        "The bridge will cost 40 million pounds, paid by the county.",
        "The Advertising Standards Authority said in May that the campaign posters were misleading.",
        "A public meeting is planned for April 3 at the town hall, the council said on Tuesday.",
    ]


def test_a_live_blog_s_post_times_and_a_download_button_never_reach_the_text():
    """A live blog prints each post's time of day alone over it, a report page a button to its PDF: neither is a
    sentence of the story (issue 9). A time inside a sentence, a link among a sentence's words, a figure with a
    decimal point, and the sentence after a stamp stay: trafilatura deletes a <time> element with its words, so
    "until <time>Thursday</time>" would lose its date."""
    page = b"""<html lang="en"><head><title>Live: storm Edda | Coast FM</title></head><body><article>
    <h1>Live: storm Edda reaches the coast</h1>
    <a class="btn btn-primary" href="/edda-briefing.pdf">Download the Met briefing (PDF, 1.1 MB)</a>
    <div class="entry"><span class="entry__time">21:40</span>
      <p>The ferry from Porthlow has been cancelled until <time datetime="2025-01-16">Thursday</time>, the operator said, as gusts reached 80 mph.</p></div>
    <div class="entry"><time class="entry__time" datetime="2025-01-14T21:05">9.05pm</time>
      <p>Power has been cut to 3,000 homes around Penmarrow since the evening, the network said.</p></div>
    <div class="entry"><div><span>20:30 GMT</span></div>
      <p>Kick-off of the cup tie at <time>19:45</time> was called off, and the replay is set for <b>7:45pm</b>.</p>
      <p>Read the <a class="button" href="/advice">council's advice</a> before travelling tonight.</p></div>
    <ul><li class="entry"><time>19:10</time><p>Trains between Porthlow and Carrick are suspended for the night.</p></li>
      <li class="entry"><p><strong>18:55</strong> The coastguard has closed the harbour until <time>Friday</time> noon.</p>
      </li></ul>
    <div class="summary">Gusts of 3.15 times the seasonal mean were logged, the forecaster said. See the <a
      class="btn btn-link" href="/method">method it used</a> before comparing storms, as the masts moved in May.</div>
    <div class="key-figure"><span class="value">12.50</span> <span class="label">millimetres of rain fell in an hour at Carrick</span></div>
    </article></body></html>"""
    assert _paragraphs(page) == [
        "The ferry from Porthlow has been cancelled until Thursday, the operator said, as gusts reached 80 mph.",
        "Power has been cut to 3,000 homes around Penmarrow since the evening, the network said.",
        "Kick-off of the cup tie at 19:45 was called off, and the replay is set for 7:45pm.",
        "Read the council's advice before travelling tonight.",
        "- Trains between Porthlow and Carrick are suspended for the night.",
        "- The coastguard has closed the harbour until Friday noon.",
        "Gusts of 3.15 times the seasonal mean were logged, the forecaster said. See the method it used before "
        "comparing storms, as the masts moved in May.",
        "12.50 millimetres of rain fell in an hour at Carrick",
    ]


def test_a_french_advertisement_label_is_cut_from_the_sentence_it_is_glued_to():
    page = """<html lang="fr"><head><title>Le pont rouvre</title></head><body><article><h1>Le pont rouvre</h1>
    <p>Le conseil municipal de Lorsac a voté mardi la réouverture du pont des Tanneurs après six mois de travaux.</p>
    <p>Publicité La mairie prévoit une inauguration le 3 juin en présence des habitants du quartier.</p>
    <p>La suite après cette publicité</p>
    <p>Les travaux ont coûté 2 millions d'euros, financés par la région et le département.</p>
    </article></body></html>""".encode("utf-8")
    text = "\n\n".join(_paragraphs(page))
    assert "Publicité" not in text and "La suite après" not in text
    assert "La mairie prévoit une inauguration le 3 juin en présence des habitants du quartier." in text.split("\n\n")


def test_add_reads_a_javascript_app_s_page_data_and_says_so(tmp_path, run_cli):
    """An Arc page that prints no article (Fusion.globalContent holds it) is added, not refused (issue 9)."""
    import json

    paragraphs = ["Le conseil municipal a voté mardi soir la fermeture de la piscine des Tilleuls après un long débat.",
                  "Les nageurs du club local s'entraîneront dans la commune voisine à partir du mois de septembre.",
                  "Une pétition contre la fermeture a recueilli plus de deux mille signatures en un mois seulement."]
    content = json.dumps({"content_elements": [{"type": "text", "content": p} for p in paragraphs]})
    page = ('<!DOCTYPE html><html lang="fr"><head><title>La piscine des Tilleuls va fermer</title>'
            '<meta property="article:published_time" content="2024-05-07"></head><body><div id="fusion-app"></div>'
            f"<script>Fusion.globalContent={content};</script></body></html>")
    result, meta, body = add_page(tmp_path, run_cli, page)
    assert body.split() == " ".join(paragraphs).split()
    assert "text:       from the page data Fusion.globalContent" in result.out


def test_bench_sorts_missed_statements_and_wrong_actors_by_kind():
    from bench.page_quality import _actor_kind, _quote_kinds

    text = ("Paul Vernet runs Carrow Water. “We will close the plant,” Vernet said. “Nobody wants it.”\n\n"
            "He added it was sad. « C'est la fin », a-t-il dit. The firm raised its Series B. Investors were happy.")
    gold = {"claims": [{"speaker": "Paul Vernet", "quote": "We will close the plant,"},
                       {"speaker": "Paul Vernet", "quote": "Nobody wants it."},
                       {"speaker": "Paul Vernet", "quote": "C'est la fin"}],
            "not_actors": ["Series B"], "page": {"language": "en"}}
    first, second, third = gold["claims"]
    assert _quote_kinds(text, first, gold, None) == ["no claim", "named after", "“ ”", "split around the attribution"]
    # "“Nobody wants it.”" is a sentence of its own: Vernet is named in the one before.
    assert _quote_kinds(text, second, gold, {"speaker": ""}) == [
        "speaker missing", "named in an earlier sentence", "“ ”", "split around the attribution"]
    assert _quote_kinds(text, third, gold, {"speaker": "Carrow"}) == [
        "speaker wrong", "a pronoun (named earlier)", "« »", "one quotation"]
    names = {"paul vernet", "vernet", "carrow water"}
    assert _actor_kind("Series B Investors", text, names, gold, "en") == "crosses a sentence's end"
    assert _actor_kind("Carrow", text, names, gold, "en") == "part of a longer name"
    assert _actor_kind("Minister Paul Vernet", text, names, gold, "en") == "a name with more words"
    assert _actor_kind("Series B", text, names, gold, "en") == "listed as no actor"
    assert _actor_kind("Investors", text, names, gold, "en") == "opens sentences only"
    assert _actor_kind("Geneva", text + " It sold a lot in Geneva.", names, gold, "en") == "written as a place"
    assert _actor_kind("Geneva", text + " Geneva sold a lot.", names, gold, "en") != "written as a place"
    # A firm after "in" or "at" is no place when the body has it speak, or names it with a body's word.
    assert _actor_kind("Tolvane", text + " Investors bought a stake in Tolvane. Tolvane said it was pleased.", names,
                       gold, "en") == "other"
    assert _actor_kind("Geneva", text + " It sold a lot in Geneva. Geneva's dealers were pleased.", names, gold,
                       "en") == "written as a place"
    assert _actor_kind("Carrow Council", text + " Staff at Carrow Council walked out.", names, gold, "en") == "other"
