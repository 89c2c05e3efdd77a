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
    assert [(c["speaker"], c["date"]) for c in claims] == [("Sophie Garnier", "2024-03-12")]


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
