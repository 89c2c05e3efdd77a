"""claim-timeline add: a text, Markdown or saved HTML article becomes content/sources/<slug>.md."""

from __future__ import annotations

import json
from pathlib import Path

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
    root = tmp_path / "bare-site"  # no site.yaml: no default language either
    page = tmp_path / "pier.html"
    page.write_text(BARE_PAGE, encoding="utf-8")

    missing = run_cli("--site", root, "add", page)
    assert missing.code == 1
    assert "pier.html: no title found: pass --title" in missing.err
    assert "no publication date found: pass --published YYYY-MM-DD" in missing.err
    assert "the article's language is not given: pass --lang" in missing.err
    no_language = run_cli("--site", root, "add", page, "--title", "North pier closed", "--published", "2024-10-08")
    assert no_language.code == 1
    assert "pier.html: the article's language is not given: pass --lang" in no_language.err
    assert not (root / "content/sources").exists() or not list((root / "content/sources").iterdir())

    result = run_cli("--site", root, "add", page, "--title", "North pier closed", "--published", "2024-10-08",
                     "--lang", "en")
    assert result.code == 0, result.err
    meta, body = front(root / "content/sources/north-pier-closed.md")
    assert meta == {"title": "North pier closed", "published": "2024-10-08", "language": "en"}
    assert body.strip().startswith("The harbour authority closed the north pier on Monday")
    assert body.count("\n\n") >= 2  # one paragraph per <p>


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
