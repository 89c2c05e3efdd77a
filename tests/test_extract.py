"""claim-timeline extract: articles in content/sources/ become event files a person can trust to re-run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, snapshot, write

PORT = """
    ---
    title: Le port de Lorient change de cap
    published: 2025-02-04
    language: fr
    ---

    Le port de Lorient a été fondé en 1666 par la Compagnie des Indes.

    En juin dernier, la région Bretagne a voté un plan de modernisation des quais.

    Interrogée sur ce projet, Anne Kerhervé a défendu le calendrier. Elle a déclaré : « Les premiers travaux commenceront très vite, et nous tiendrons les délais. »

    La directrice du port a ajouté : « Nous ne demanderons pas un euro de plus. »

    La préfecture a interdit la pêche à pied dans la rade pour raisons sanitaires.
    """

FERRY = """
    ---
    title: The ferry will not sail this winter
    published: 2024-03-14
    language: en
    ---

    The ferry service closed in November 2022 after a storm damaged the pier.

    "We will not leave the island without a link for another winter," said Mayor Jane Holt.
    """

PAGE_WITH_CHROME = """
    ---
    title: Museum closes for repairs
    published: 2024-03-05
    language: en
    ---

    Home | News | Local | Culture

    By Jane Doe

    Published March 4, 2024

    Museum closes for repairs

    The town museum closed on 3 March 2024 for repairs to its roof.

    Share this:

    Related articles

    Museum reopens in 2026 after two years of work

    News | Culture | Museums

    You may also like

    Leave a Comment
    """


def make_site(root: Path, sources: dict[str, str], actors: str = "") -> Path:
    """A site folder with site.yaml, actors.yaml and the given sources."""
    write(root / "content/site.yaml", "title: Test\nlanguage: fr\n")
    write(root / "content/actors.yaml", actors or """
        Anne Kerhervé: [Kerhervé, la directrice du port]
        Région Bretagne: [la région Bretagne]
        """)
    for name, text in sources.items():
        write(root / "content/sources" / f"{name}.md", text)
    return root


def extracted_dates(tmp_path: Path, run_cli, sources: dict[str, str]) -> list[str]:
    """The dates of the events ``extract --json`` proposes for a new site holding these sources, sorted."""
    site = make_site(tmp_path / "site", sources)
    return sorted(event["date"] for event in json.loads(run_cli("--site", site, "extract", "--json").out))


def events(root: Path) -> dict[str, dict]:
    """Every event file, parsed, by id."""
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((root / "content/events").glob("*.yaml"))}


def by_quote(found: dict[str, dict], fragment: str) -> tuple[str, dict]:
    """The one event whose quote holds a fragment."""
    hits = [(k, v) for k, v in found.items() if fragment in v["sources"][0]["quote"]]
    assert len(hits) == 1, (fragment, [v["sources"][0]["quote"] for v in found.values()])
    return hits[0]


def test_extract_writes_one_file_per_event_and_claim(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    result = run_cli("--site", site, "extract")
    assert result.code == 0, result.err
    assert ("5 events from 1 source(s): 5 created, 0 updated, 0 unchanged, 0 kept because edited, "
            "0 kept because reviewed, 0 skipped because deleted") in result.out
    assert "content/.extracted.json" in result.out
    found = events(site)
    assert len(found) == 5

    _, founded = by_quote(found, "fondé en 1666")
    assert founded["date"] == "1666" and founded["kind"] == "event"
    assert founded["title"] == "Le port de Lorient est fondé par la Compagnie des Indes"
    assert founded["sources"][0]["date_basis"] == "text"
    assert "1666" in founded["sources"][0]["date_text"]

    _, vote = by_quote(found, "En juin dernier")
    assert vote["date"] == "2024-06"  # the last June before 4 February 2025
    assert vote["title"] == "La région Bretagne vote un plan de modernisation des quais"
    assert vote["actors"] == ["Région Bretagne"]  # an alias maps to the actor's name

    _, said = by_quote(found, "Les premiers travaux")
    assert said["kind"] == "claim"
    assert said["speaker"] == "Anne Kerhervé"  # "Elle a déclaré": the person named in the sentence before
    assert said["date"] == "2025-02-04" and said["sources"][0]["date_basis"] == "published"
    assert said["title"] == "Anne Kerhervé : « Les premiers travaux commenceront très vite, et nous tiendrons les délais »"

    _, added = by_quote(found, "pas un euro de plus")
    assert added["speaker"] == "Anne Kerhervé"  # "la directrice du port" is one of her aliases

    ban_id, ban = by_quote(found, "a interdit la pêche")
    assert (site / "content/events" / f"{ban_id}.yaml").read_text(encoding="utf-8") == (
        "title: La préfecture interdit la pêche à pied dans la rade pour raisons sanitaires\n"
        'date: "2025-02-04"\n'
        "kind: event\n"
        "actors: []\n"
        "tags: []\n"
        "status: extracted\n"
        "sources:\n"
        "- source: port-de-lorient\n"
        "  quote: La préfecture a interdit la pêche à pied dans la rade pour raisons sanitaires.\n"
        "  date_basis: published\n"
    )
    record = json.loads((site / "content/.extracted.json").read_text(encoding="utf-8"))
    assert sorted(record["events"]) == sorted(found)
    assert {v["source"] for v in record["events"].values()} == {"port-de-lorient"}
    # The site still builds with what extraction wrote.
    assert run_cli("--site", site, "check").code == 0


def test_second_run_changes_no_file(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT, "ferry": FERRY})
    assert run_cli("--site", site, "extract").code == 0
    before = snapshot(site / "content")
    mtimes = {p: p.stat().st_mtime_ns for p in (site / "content").rglob("*") if p.is_file()}
    result = run_cli("--site", site, "extract")
    assert result.code == 0
    assert "0 created, 0 updated, 7 unchanged" in result.out
    assert snapshot(site / "content") == before
    assert {p: p.stat().st_mtime_ns for p in (site / "content").rglob("*") if p.is_file()} == mtimes


def test_ids_do_not_depend_on_the_order_of_sentences(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    run_cli("--site", site, "extract")
    first = set(events(site))
    source = site / "content/sources/port-de-lorient.md"
    text = source.read_text(encoding="utf-8").replace(
        "Le port de Lorient a été fondé", "Le premier navire est arrivé en 1670.\n\nLe port de Lorient a été fondé")
    source.write_text(text, encoding="utf-8")
    result = run_cli("--site", site, "extract")
    assert "1 created, 0 updated, 5 unchanged" in result.out
    assert first < set(events(site))


def test_edited_and_reviewed_files_are_kept(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    run_cli("--site", site, "extract")
    found = events(site)
    vote_id, _ = by_quote(found, "En juin dernier")
    ban_id, _ = by_quote(found, "a interdit la pêche")
    founded_id, _ = by_quote(found, "fondé en 1666")
    edited = site / "content/events" / f"{vote_id}.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("title: La région", "title: Vote de la région"), encoding="utf-8")
    reviewed = site / "content/events" / f"{ban_id}.yaml"
    reviewed.write_text(reviewed.read_text(encoding="utf-8").replace("status: extracted", "status: reviewed"), encoding="utf-8")
    kept = {p: p.read_bytes() for p in (edited, reviewed)}
    # Read against another day, every relative date moves: extraction would rewrite them all.
    source = site / "content/sources/port-de-lorient.md"
    source.write_text(source.read_text(encoding="utf-8").replace("2025-02-04", "2025-03-04"), encoding="utf-8")

    result = run_cli("--site", site, "extract", "--verbose")
    assert result.code == 0
    assert "1 kept because edited, 1 kept because reviewed" in result.out
    assert f"kept content/events/{vote_id}.yaml" in result.out or f"kept {edited}" in result.out
    assert {p: p.read_bytes() for p in kept} == kept
    # Files nobody touched follow the source: the claims are now dated by the new publication day.
    assert events(site)[by_quote(found, "Les premiers travaux")[0]]["date"] == "2025-03-04"
    assert events(site)[founded_id]["date"] == "1666"

    forced = run_cli("--site", site, "extract", "--force")
    assert "2 updated" in forced.out
    assert events(site)[ban_id]["status"] == "extracted" and events(site)[ban_id]["date"] == "2025-03-04"
    assert events(site)[vote_id]["title"] == "La région Bretagne vote un plan de modernisation des quais"


def test_deleted_event_is_not_brought_back_unless_forced(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    run_cli("--site", site, "extract")
    ban_id, _ = by_quote(events(site), "a interdit la pêche")
    (site / "content/events" / f"{ban_id}.yaml").unlink()
    result = run_cli("--site", site, "extract")
    assert "0 created, 0 updated, 4 unchanged, 0 kept because edited, 0 kept because reviewed, 1 skipped because deleted" in result.out
    assert not (site / "content/events" / f"{ban_id}.yaml").exists()
    forced = run_cli("--site", site, "extract", "--force")
    assert "1 created" in forced.out
    assert (site / "content/events" / f"{ban_id}.yaml").exists()


def test_a_renamed_or_hand_written_event_is_not_duplicated(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    run_cli("--site", site, "extract")
    ban_id, _ = by_quote(events(site), "a interdit la pêche")
    vote_id, _ = by_quote(events(site), "a voté un plan")
    folder = site / "content/events"
    (folder / f"{ban_id}.yaml").rename(folder / "peche-interdite.yaml")  # a person gives it a readable id
    write(folder / "quais.yaml", """
        title: La région modernise les quais
        date: 2024-06
        sources:
          - source: port-de-lorient
            quote: >-
              En juin dernier, la région Bretagne a voté
              un plan de modernisation des quais.
        """)
    (folder / f"{vote_id}.yaml").unlink()  # the person's own file replaces the extracted one
    result = run_cli("--site", site, "extract", "--verbose")
    assert "0 created" in result.out and "2 already told in another file" in result.out
    assert "skipped (the same quote is in) content/events/peche-interdite.yaml" in result.out.replace(str(site) + "/", "")
    assert sorted(p.stem for p in folder.glob("*.yaml")).count("peche-interdite") == 1
    assert not (folder / f"{ban_id}.yaml").exists() and not (folder / f"{vote_id}.yaml").exists()


def test_dry_run_writes_nothing(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    before = snapshot(site)
    result = run_cli("--site", site, "extract", "--dry-run")
    assert result.code == 0
    assert result.out.count("would create ") == 5
    assert "Dry run: 5 events from 1 source(s): 5 created" in result.out
    assert "Nothing was written." in result.out
    assert snapshot(site) == before


def test_json_prints_the_events_and_writes_nothing(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT, "ferry": FERRY})
    before = snapshot(site)
    result = run_cli("--site", site, "extract", "--json", "ferry")
    assert result.code == 0
    data = json.loads(result.out)
    assert [e["date"] for e in data] == ["2022-11", "2024-03-14"]
    closed, claim = data
    assert closed["kind"] == "event" and closed["sources"][0]["source"] == "ferry"
    assert closed["title"] == "The ferry service closes after a storm damaged the pier"
    assert claim["kind"] == "claim" and claim["speaker"] == "Jane Holt"  # "said Mayor Jane Holt"
    assert claim["id"].startswith("we-will-not-leave-the-island-")
    assert snapshot(site) == before


def test_page_chrome_yields_nothing(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"museum": PAGE_WITH_CHROME})
    result = run_cli("--site", site, "extract", "--json")
    data = json.loads(result.out)
    assert [(e["date"], e["sources"][0]["quote"]) for e in data] == [
        ("2024-03-03", "The town museum closed on 3 March 2024 for repairs to its roof.")]


def test_a_text_source_s_related_line_and_reader_comments_yield_nothing(tmp_path, run_cli):
    # A pasted or saved article carries the page's chrome as lines: page.py's line filters drop them here too, and a
    # comment thread's heading after the text ends the article (its readers' dated comments told no event).
    site = make_site(tmp_path / "site", {"pool": """
        ---
        title: Pool closes
        published: 2024-03-05
        language: en
        ---

        12 comments

        The town pool closed on 3 March 2024 for repairs to its roof.

        Read more: Library to reopen on 9 March after a flood in its basement

        **2 comments**

        *Sam K., 4 March 2024* — My son had his swimming test booked on 10 March.

        *Ann* · 5 March 2024: The roof was repaired in 2019 already.
        """})
    result = run_cli("--site", site, "extract", "--json")
    data = json.loads(result.out)
    # the count before any text is a line of chrome, not the thread's heading: the article after it is kept
    assert [(e["date"], e["sources"][0]["quote"]) for e in data] == [
        ("2024-03-03", "The town pool closed on 3 March 2024 for repairs to its roof.")]


def test_a_bare_reactions_heading_is_no_comment_thread(tmp_path, run_cli):
    # "Réactions" alone may head the article's own section (the politicians' reactions): that line is dropped, the
    # text after it is kept; with a count it is the readers' thread and ends the article.
    dates = extracted_dates(tmp_path, run_cli, {"usine": """
        ---
        title: Fermeture de l'usine
        published: 2024-03-05
        language: fr
        ---

        La direction a annoncé le 4 mars 2024 la fermeture de l'usine de Vernois.

        **Réactions**

        Le maire a réuni les syndicats le 5 mars 2024 pour préparer un recours.

        **Réactions (2)**

        *Lulu, 5 mars 2024* — Le site avait déjà fermé ses portes en 2019.
        """})
    assert dates == ["2024-03-04", "2024-03-05"]


# A text source's front matter and its two dated paragraphs, for the closing-notes tests below.
BRIDGE = """
    ---
    title: Le pont de Varenne fermé
    published: 2031-03-06
    language: fr
    ---

    {closed}Le pont de Varenne a été fermé le 4 mars 2031 après la découverte de fissures.{closed}

    Les travaux commenceront le *12 mai 2031*, selon le calendrier.
    """


def test_a_text_source_s_dated_comments_headline_lists_and_closing_notes_yield_nothing(tmp_path, run_cli):
    # Issue 9: a pasted article keeps its readers' comments as lines of their own (a handle, a stamp, the words) after a
    # heading no list knows, other stories' headlines on one line under a label, the outlet's notes set in italics and
    # its appeal for money after the text; each told dated events. The story's own paragraphs, plain or emphasised
    # inside, stay.
    article = BRIDGE.format(closed="").replace("    ---\n\n", """    ---

    Par Anne Ruelle — jeudi 6 mars 2031 à 06 h 30, mis à jour à 14 h 05

    """) + """
    Ailleurs sur le site : Le marché de Noël rouvrira le 3 décembre · Grève des bus le 9 mars

    *Retrouvez notre dossier spécial dans l'édition papier de samedi.*

    Ce que vous en pensez

    Nono72 · 06/03/2031 à 08h12 — Le pont avait déjà été fermé le 2 février 2029.

    Marie L. — 6 mars 2031 à 09 h 40 : Les bus ne passeront pas avant le 15 mars.

    Le Courrier de Varenne a été fondé en 2019 par ses lecteurs. Soutenez notre rédaction
    """
    assert extracted_dates(tmp_path, run_cli, {"pont": article}) == ["2031-03-04", "2031-05-12"]


def test_a_chronology_s_dated_lines_between_paragraphs_are_the_article_s(tmp_path, run_cli):
    # A chronology's line has a reader's comment's shape (a name, a day, a colon, words): only a line after the text's
    # last one is a comment; between the article's paragraphs it is a dated event, whatever mark follows the name.
    article = BRIDGE.format(closed="").replace("    Les travaux", """    Lyon, 8 mars 2031 : le conseil municipal a voté la fermeture de la ligne.

    Phase 1 — 9 avril 2031 : ouverture du chantier.

    Les travaux""") + """
    Nono72 · 06/03/2031 à 08h12 — Le pont avait déjà été fermé le 2 février 2029.

    R. Okoye, 6 mars 2031 : Les bus ne passeront pas avant le 15 mars.
    """
    assert extracted_dates(tmp_path, run_cli, {"pont": article}) == [
        "2031-03-04", "2031-03-08", "2031-04-09", "2031-05-12"]


@pytest.mark.parametrize("closing", [
    "**Le vote définitif aura lieu le 12 mai 2031.**",
    "*La ligne rouvrira en 2032, selon le calendrier.*",
    "_Le chantier doit s'achever le 30/09/2031._",
])
def test_an_emphasised_closing_paragraph_that_names_a_day_month_or_year_is_the_story_s(tmp_path, run_cli, closing):
    # The outlet's notes after the text are cut by their emphasis; a fact it sets in bold or italics last is dated, and
    # cutting it at extraction would lose its event unseen.
    article = BRIDGE.format(closed="") + f"\n    {closing}\n"
    dates = extracted_dates(tmp_path, run_cli, {"pont": article})
    assert dates[:2] == ["2031-03-04", "2031-05-12"] and len(dates) == 3


def test_a_text_whose_paragraphs_are_all_emphasised_keeps_them(tmp_path, run_cli):
    # The closing notes are emphasised paragraphs after the last plain one: a text with no plain paragraph is the story.
    article = BRIDGE.format(closed="*").replace("Les travaux commenceront le *12 mai 2031*, selon le calendrier.",
                                                "*Les travaux commenceront le 12 mai 2031, selon le calendrier.*")
    assert extracted_dates(tmp_path, run_cli, {"pont": article}) == ["2031-03-04", "2031-05-12"]


def test_a_bad_source_is_named_and_the_others_are_extracted(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT, "ferry": FERRY})
    write(site / "content/sources/no-date.md", """
        ---
        title: Undated
        language: en
        ---
        The council met on Monday.
        """)
    write(site / "content/sources/unknown-language.md", """
        ---
        title: Unknown
        published: 2024-01-02
        language: xx
        ---
        Text.
        """)
    write(site / "content/sources/broken-yaml.md", """
        ---
        title: [unclosed
        published: 2024-01-02
        ---
        Text.
        """)
    (site / "content/sources/latin1.md").write_bytes(
        "---\ntitle: Caf\xe9\npublished: 2024-01-02\nlanguage: fr\n---\nLe caf\xe9 a ferm\xe9.\n".encode("latin-1"))

    result = run_cli("--site", site, "extract", "--jobs", "2")
    assert result.code == 1
    assert "no-date.md:1:1: the front matter has no 'published' date" in result.err
    assert "unknown-language.md:4:11: unknown language 'xx'" in result.err
    assert "broken-yaml.md:" in result.err and "YAML syntax error" in result.err
    assert "latin1.md:2:11: the file is not UTF-8" in result.err
    assert "7 events from 2 source(s), 4 failed: 7 created" in result.out
    assert {v["sources"][0]["source"] for v in events(site).values()} == {"port-de-lorient", "ferry"}


def test_sources_by_id_or_path_and_unknown_ones(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT, "ferry": FERRY})
    result = run_cli("--site", site, "extract", site / "content/sources/ferry.md")
    assert "2 events from 1 source(s)" in result.out
    assert {v["sources"][0]["source"] for v in events(site).values()} == {"ferry"}
    unknown = run_cli("--site", site, "extract", "fery")
    assert unknown.code == 1
    assert "error: no source 'fery'" in unknown.err and "did you mean 'ferry'?" in unknown.err


def test_source_without_language_and_site_default(tmp_path, run_cli):
    site = tmp_path / "site"
    write(site / "content/sources/ferry.md", FERRY.replace("    language: en\n", ""))
    result = run_cli("--site", site, "extract")
    assert result.code == 1
    assert "ferry.md:1:1: the front matter has no 'language' and content/site.yaml sets no default" in result.err
    write(site / "content/site.yaml", "title: Test\nlanguage: en\n")
    assert run_cli("--site", site, "extract").code == 0


def test_a_broken_actors_file_stops_before_writing(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"ferry": FERRY}, actors="Jane Holt: [unclosed\n")
    result = run_cli("--site", site, "extract")
    assert result.code == 1
    assert "actors.yaml:2:1: YAML syntax error" in result.err and "nothing was written" in result.err
    assert not (site / "content/events").exists()


def test_progress_bar_only_on_a_terminal(tmp_path):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT, "ferry": FERRY})
    done = subprocess.run([sys.executable, "-m", "generator", "--site", str(site), "extract"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # stderr is a pipe here: no bar, no noise


def test_help_does_not_import_the_extraction_libraries():
    code = "import sys, generator.cli; print(sorted(m for m in ('dateparser', 'trafilatura', 'tqdm') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.strip() == "[]"


def test_events_no_longer_in_their_source_are_reported_not_deleted(tmp_path, run_cli):
    site = make_site(tmp_path / "site", {"port-de-lorient": PORT})
    run_cli("--site", site, "extract")
    ban_id, _ = by_quote(events(site), "a interdit la pêche")
    source = site / "content/sources/port-de-lorient.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "La préfecture a interdit la pêche à pied dans la rade pour raisons sanitaires.\n", ""), encoding="utf-8")
    result = run_cli("--site", site, "extract", "--verbose")
    assert "1 earlier extracted event(s) no longer found in their source: kept; delete them if they are wrong" in result.out
    assert f"{ban_id}.yaml" in result.out
    assert (site / "content/events" / f"{ban_id}.yaml").exists()


def test_a_quotation_broken_over_lines_keeps_its_speaker(tmp_path, run_cli):
    # Scraped text often breaks a paragraph inside a quotation; the attribution comes on the next line.
    site = make_site(tmp_path / "site", {"loans": """
        ---
        title: Loans for the car makers
        published: 2009-04-03
        language: en
        ---

        "This is a regrettable but necessary step.
        We are doing this to protect jobs."
        said Stephen Harper, Prime Minister of Canada.
        """})
    data = json.loads(run_cli("--site", site, "extract", "--json").out)
    assert [(e["kind"], e["speaker"], e["date"]) for e in data] == [("claim", "Stephen Harper", "2009-04-03")]
