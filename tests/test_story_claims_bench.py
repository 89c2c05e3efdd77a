"""The stories' claim bench (bench/story_claims.py): what it counts as quoted, and as found."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.story_claims import _gold_actors, _quoted, score_story


def test_a_no_break_space_inside_the_marks_keeps_the_words_quoted() -> None:
    for space in ("\u00a0", "\u202f", " "):
        text = f"Paul Vidal a déclaré :{space}«{space}Nous ne céderons pas.{space}»"
        assert _quoted(text, "Nous ne céderons pas.")
    assert not _quoted("Paul Vidal a déclaré que la mairie ne céderait pas.", "la mairie ne céderait pas")


def test_a_story_s_mentions_are_counted_by_whether_their_speaker_is_found(tmp_path: Path) -> None:
    story = tmp_path / "stories" / "greve-depot"
    (story / "sources").mkdir(parents=True)
    (story / "sources" / "journal.md").write_text(
        "---\ntitle: Grève au dépôt\npublished: 2026-03-10\nlanguage: fr\n---\n\n"
        "Les chauffeurs du dépôt de Lorient sont en grève depuis lundi.\n\n"
        "«\u202fNous ne reprendrons pas le travail sans accord écrit\u202f», a déclaré Paul Vidal, délégué syndical.\n",
        encoding="utf-8")
    # Hand-checked: the quotation is Paul Vidal's (found); the same words given to someone else are a miss.
    (story / "gold.yaml").write_text(
        "story: Grève\nfacts:\n"
        "  - id: vidal\n    kind: claim\n    speaker: Paul Vidal\n    mentions:\n"
        "      - source: journal\n        text: \"Nous ne reprendrons pas le travail sans accord écrit\"\n"
        "  - id: autre\n    kind: claim\n    speaker: Nina Osei\n    mentions:\n"
        "      - source: journal\n        text: \"Nous ne reprendrons pas le travail sans accord écrit\"\n",
        encoding="utf-8")
    kinds: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    languages: Counter[tuple[str, bool, bool]] = Counter()
    quoted, reported = score_story(story, tmp_path, False, kinds, languages)
    assert (quoted, reported) == ([1, 2], [0, 0])
    assert languages == Counter({("fr", True, True): 1, ("fr", True, False): 1})


def test_a_story_s_actor_names_are_right_when_the_gold_names_them(tmp_path: Path) -> None:
    story = tmp_path / "stories" / "greve-depot"
    (story / "sources").mkdir(parents=True)
    (story / "sources" / "journal.md").write_text(
        "---\ntitle: Grève au dépôt\npublished: 2026-03-10\nlanguage: fr\n---\n\n"
        "Les chauffeurs du dépôt de Lorient sont en grève depuis lundi, a annoncé Paul Vidal, délégué syndical.\n",
        encoding="utf-8")
    (story / "gold.yaml").write_text(
        "story: Grève\nfacts:\n"
        "  - id: greve\n    kind: event\n    actors: [Paul Vidal]\n    mentions:\n"
        "      - source: journal\n        text: \"Les chauffeurs du dépôt de Lorient sont en grève depuis lundi\"\n",
        encoding="utf-8")
    actors, kinds = [0, 0], Counter[str]()
    score_story(story, tmp_path, False, {True: Counter(), False: Counter()}, Counter(), actors, kinds)
    # Hand-checked: the sentence names Lorient and Paul Vidal; the gold names Paul Vidal only, so Lorient counts as
    # wrong (the figure is a lower bound), of no kind the name or the text tells.
    assert (actors, kinds) == ([1, 2], Counter({"other": 1}))


def test_a_gold_name_of_a_person_s_shape_is_a_person_whose_surname_alone_is_right() -> None:
    gold = {"facts": [{"kind": "claim", "speaker": "Nina Osei", "actors": ["Agnès Morvillier", "Harbridge City Council",
                                                                           "Trajo"]}]}
    texts = ["Nina Osei said on Monday that Agnès Morvillier had resigned. Osei added that Morvillier would stay."]
    assert _gold_actors(gold, texts) == {"people": ["Agnès Morvillier", "Nina Osei"],
                                         "names": ["Harbridge City Council", "Trajo"]}


def test_an_organisation_a_place_or_a_description_is_no_person_though_of_a_person_s_shape() -> None:
    # Hand-checked: none of these is a person, so "Sud", "Air", "York", "Marché" extracted alone are pieces of a
    # longer name, never a right surname; a speaker described ("une employée de …") is no person either.
    gold = {"facts": [{"kind": "claim", "speaker": "une employée de Brival Marché",
                       "actors": ["Ferrovia Sud", "Orvane Air", "New York", "AS Tréville", "Léa Domergue"]}]}
    texts = ["Ferrovia Sud et Orvane Air relient New York. L'AS Tréville a gagné. Léa Domergue a parlé ; "
             "selon Domergue, une employée de Brival Marché l'a confirmé. Le vent du sud soufflait."]
    assert _gold_actors(gold, texts) == {
        "people": ["Léa Domergue"],
        "names": ["AS Tréville", "Ferrovia Sud", "New York", "Orvane Air", "une employée de Brival Marché"]}
