"""The stories' claim bench (bench/story_claims.py): what it counts as quoted, and as found."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.story_claims import _far_from, _gold_actors, _quoted, score_story


def _story(tmp_path: Path, body: str, facts: str) -> Path:
    """A story folder of one French source, "journal", with ``body`` as its text and ``facts`` as its gold's facts."""
    story = tmp_path / "stories" / "greve-depot"
    (story / "sources").mkdir(parents=True)
    (story / "sources" / "journal.md").write_text(
        f"---\ntitle: Grève au dépôt\npublished: 2026-03-10\nlanguage: fr\n---\n\n{body}", encoding="utf-8")
    (story / "gold.yaml").write_text(f"story: Grève\nfacts:\n{facts}", encoding="utf-8")
    return story


def test_a_no_break_space_inside_the_marks_keeps_the_words_quoted() -> None:
    for space in ("\u00a0", "\u202f", " "):
        text = f"Paul Vidal a déclaré :{space}«{space}Nous ne céderons pas.{space}»"
        assert _quoted(text, "Nous ne céderons pas.")
    assert not _quoted("Paul Vidal a déclaré que la mairie ne céderait pas.", "la mairie ne céderait pas")


def test_a_story_s_mentions_are_counted_by_whether_their_speaker_is_found(tmp_path: Path) -> None:
    # Hand-checked: the quotation is Paul Vidal's (found); the same words given to someone else are a miss.
    story = _story(
        tmp_path, "Les chauffeurs du dépôt de Lorient sont en grève depuis lundi.\n\n"
        "«\u202fNous ne reprendrons pas le travail sans accord écrit\u202f», a déclaré Paul Vidal, délégué syndical.\n",
        "  - id: vidal\n    kind: claim\n    speaker: Paul Vidal\n    mentions:\n"
        "      - source: journal\n        text: \"Nous ne reprendrons pas le travail sans accord écrit\"\n"
        "  - id: autre\n    kind: claim\n    speaker: Nina Osei\n    mentions:\n"
        "      - source: journal\n        text: \"Nous ne reprendrons pas le travail sans accord écrit\"\n")
    kinds: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    languages: Counter[tuple[str, bool, bool]] = Counter()
    quoted, reported = score_story(story, tmp_path, False, kinds, languages)
    assert (quoted, reported) == ([1, 2], [0, 0])
    assert languages == Counter({("fr", True, True): 1, ("fr", True, False): 1})


def test_a_story_s_actor_names_are_right_when_the_gold_names_them(tmp_path: Path) -> None:
    story = _story(
        tmp_path, "Les chauffeurs du dépôt de Lorient sont en grève depuis lundi, a annoncé Paul Vidal, délégué syndical.\n",
        "  - id: greve\n    kind: event\n    actors: [Paul Vidal]\n    mentions:\n"
        "      - source: journal\n        text: \"Les chauffeurs du dépôt de Lorient sont en grève depuis lundi\"\n")
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


def test_a_title_is_near_the_gold_when_it_holds_half_the_gold_s_words_its_mention_holds() -> None:
    # Hand-checked: of the gold title's names, figures and long words, the mention holds "scheme" and "opens" (as
    # "opened"); the title holds both. "North" and "Esker" are not in the mention, so no title made from it could hold
    # them.
    gold = "North Esker's heat pump grant scheme opens"
    mention = "The scheme, which opened on 1 September, offered grants"
    assert _far_from("The scheme opened", gold, mention) is None
    # The mention holds "conseil", "municipal", "grille", "tarifaire" of the gold; the title holds one of four.
    assert _far_from("Le conseil a voté", "Le conseil municipal vote la grille tarifaire",
                     "le conseil municipal a adopté la grille tarifaire") == "lacks grille, municipal, tarifaire"
    # A figure is the same or not: 2021 does not stand for 2020 (else the title would hold one of the two words).
    assert _far_from("The show opened in 2021", "The fair closes in 2020", "the fair closed in 2020") \
        == "lacks 2020, closes"


def test_a_story_s_event_titles_are_counted_near_the_gold_or_not(tmp_path: Path) -> None:
    # Hand-checked: the title extract makes ("Les chauffeurs du dépôt de Lorient ont voté la grève") holds
    # "chauffeurs", "lorient" and "grève" of the first gold title; the second fact's words are in no sentence of the
    # source, so no event tells it: a miss.
    story = _story(
        tmp_path, "Les chauffeurs du dépôt de Lorient ont voté la grève lundi.\n",
        "  - id: greve\n    kind: event\n    title: Les chauffeurs de Lorient votent la grève\n    mentions:\n"
        "      - source: journal\n        text: \"Les chauffeurs du dépôt de Lorient ont voté la grève lundi\"\n"
        "  - id: autre\n    kind: event\n    title: Le dépôt ferme\n    mentions:\n"
        "      - source: journal\n        text: \"Le dépôt restera fermé\"\n")
    titles = [0, 0]
    score_story(story, tmp_path, False, {True: Counter(), False: Counter()}, Counter(), titles=titles)
    assert titles == [1, 2]
