"""Claims, session 39 (issue 9: every statement found as a claim with its speaker): reported speech after an inverted
verb of saying whose subject comes with where or when it was said."""
from __future__ import annotations

import pytest

from tests.test_extract_events import claims as _claims, extract

_OPENING = "Le marché couvert a rouvert en mai. "


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Le bureau de Saint-Loup fermera ses portes le 3 juin, a annoncé Postéa dans un communiqué diffusé aux maires "
     "du canton.", "Postéa", "Le bureau de Saint-Loup fermera ses portes le 3 juin"),
    ("La vente du phare se tiendra en ligne du 4 au 9 mars, a précisé la préfecture maritime de la Manche dans un "
     "communiqué.", "La préfecture maritime de la Manche", "La vente du phare se tiendra en ligne du 4 au 9 mars"),
    ("Les places du parking ne seront rendues qu'au printemps prochain, a reconnu la Ville lors de la réunion publique "
     "du 3 mai.", "La Ville", "Les places du parking ne seront rendues qu'au printemps prochain"),
    ("Le ministre de l'Intérieur est attendu sur place jeudi, a confirmé lundi la préfecture.", "La préfecture",
     "Le ministre de l'Intérieur est attendu sur place jeudi"),
])
def test_an_inverted_speaker_with_where_or_when_after_it_still_speaks(sentence: str, speaker: str,
                                                                          words: str) -> None:
    # "…, a précisé X dans un communiqué", "…, a reconnu la Ville lors de la réunion": the words after the speaker say
    # where or when, they do not make the noun phrase after the verb its object
    assert (speaker, words) in _claims(_OPENING + sentence, "fr")


@pytest.mark.parametrize("sentence", [
    # the verb has its subject before it ("le groupe promettait"): what follows it is its object, whatever its
    # length, even with a preposition that would end an inverted speaker ("dans la vallée du Lis"). A promise's
    # object is its subject's words since session 43 (« la société a promis des renforts … », test_reported_s43.py).
    "Sorvane a perdu le marché de la région, le groupe promettait pourtant 340 emplois dans la vallée du Lis.",
    # a verb of a list sharing the subject before the comma: its noun phrase is its object, not who speaks
    "Le groupe a fermé l'usine de Morvan en mai, a annoncé un plan social dans la foulée.",
    "Le groupe a fermé l'usine de Morvan en mai, a confirmé la fermeture du site dans un courrier.",
])
def test_an_object_after_the_verb_is_no_speaker(sentence: str) -> None:
    assert _claims(_OPENING + sentence, "fr") == []


@pytest.mark.parametrize("text, speaker, words", [
    ("Par un arrêté publié lundi, la préfecture du Val-Morin interdit la fête foraine. Dans son arrêté, la préfecture "
     "juge le plan de circulation « très insuffisant ».", "La préfecture du Val-Morin", "très insuffisant"),
    ("Par un arrêté publié lundi, la préfecture du Val-Morin interdit la fête foraine. Les manèges pourront rouvrir "
     "en juin, a indiqué la préfecture.", "La préfecture du Val-Morin", "Les manèges pourront rouvrir en juin"),
    # two bodies of that kind: either may speak, the description stays as written
    ("La mairie de Lanvic et la mairie de Sarlat ont signé la convention. Les manèges pourront rouvrir en juin, a "
     "indiqué la mairie.", "La mairie", "Les manèges pourront rouvrir en juin"),
    # a name that goes on after its first proper word ("et de la Vie associative") is not cut there
    ("La direction des Sports et de la Vie associative a fermé le gymnase. La direction a indiqué que le gymnase "
     "rouvrirait en septembre prochain.", "La direction", "le gymnase rouvrirait en septembre prochain"),
])
def test_a_body_described_by_its_kind_is_the_one_written_in_full(text: str, speaker: str, words: str) -> None:
    # French writes "la préfecture du Val-Morin" in lower case, once, then "la préfecture": the body written in full
    assert (speaker, words) in _claims(text, "fr")


def test_a_body_whose_name_goes_on_in_lower_case_stays_described() -> None:
    # "la direction de la Vie associative": read up to "Vie" only, the name would be cut
    text = ("La direction de la Vie associative a fermé le gymnase. La direction a indiqué que le gymnase rouvrirait "
            "en septembre prochain.")
    assert ("La direction", "le gymnase rouvrirait en septembre prochain") in _claims(text, "fr")


@pytest.mark.parametrize("text, language, speaker, words", [
    ("The pool reopened in May. Last year the Kestrel Lifeguard Trust said pay would have to rise by a third.", "en",
     "Kestrel Lifeguard Trust", "pay would have to rise by a third"),
    ("The pool reopened in May. Three years ago the Kestrel Lifeguard Trust told councils that pay would have to rise "
     "by a third.", "en", "Kestrel Lifeguard Trust", "pay would have to rise by a third"),
    ("Denholm Pharmaceuticals makes the drug. A year ago the company told investors that it had no single supplier "
     "left in Asia.", "en", "Denholm Pharmaceuticals", "it had no single supplier left in Asia"),
    ("La piscine a rouvert en mai. Il y a trois ans le Forum de la baignade a indiqué que la paie devrait augmenter "
     "d'un tiers.", "fr", "Forum de la baignade", "la paie devrait augmenter d'un tiers"),
])
def test_when_it_was_said_opening_the_sentence_is_no_part_of_the_subject(text: str, language: str, speaker: str,
                                                                          words: str) -> None:
    # "Last year the X said", "A year ago the company told …": a time phrase without a comma before the subject
    assert (speaker, words) in _claims(text, language)


def test_an_alliance_is_no_person() -> None:
    # "the Rural Shops Alliance": an organisation's word, not a person's name of three capitalised words, so the
    # survey it published speaks as it
    text = ("The pool reopened in May. One in four village shops has closed since 2058, according to a survey "
            "published on Tuesday by the Rural Shops Alliance.")
    assert ("Rural Shops Alliance", "One in four village shops has closed since 2058") in _claims(text, "en")


def test_a_preposition_after_a_name_s_comma_is_no_other_role() -> None:
    # "à la maire, Josiane Ferrand, lors d'une réunion": "lors" opens when it happened, it is no role beside her name,
    # so "l'élue" goes on with the mayor just named
    text = ("L'information a été confirmée lundi à la maire, Josiane Ferrand, lors d'une réunion avec la direction de "
            "Postéa. « On l'a appris sans aucun préavis », souffle l'élue.")
    assert ("Josiane Ferrand", "On l'a appris sans aucun préavis") in _claims(text, "fr")


@pytest.mark.parametrize("text, speaker", [
    # the full name comes after the claim, for another town: it names no one who spoke before
    ("Le marché de Noël de Lanvic rouvrira samedi, a annoncé la mairie. La formule a déjà été testée l'an dernier "
     "par la mairie de Rodez.", "La mairie"),
    # written in full before, but the claim's sentence names another town (whose town hall this may be)
    ("La mairie de Rodez a testé la formule l'an dernier. Le marché de Noël de Lanvic rouvrira samedi, a annoncé la "
     "mairie.", "La mairie"),
    # written in full before, but the claim's sentence names another département: either préfecture may speak
    ("La préfecture du Val-Morin a interdit la baignade en juillet. Les feux d'artifice de la Haute-Sarve sont "
     "annulés, a indiqué la préfecture.", "La préfecture"),
    # written in full before, nothing between: that body, with its article, as the title writes it
    ("La préfecture de l'Aveyron avait interdit la baignade en juillet. La baignade restera interdite jusqu'en mai, a "
     "indiqué la préfecture.", "La préfecture de l'Aveyron"),
])
def test_a_body_described_by_its_kind_is_read_before_the_claim_only(text: str, speaker: str) -> None:
    assert [s for s, _ in _claims(text, "fr")] == [speaker]


def test_a_body_written_in_full_is_one_actor_and_keeps_its_article_in_the_title() -> None:
    text = ("La préfecture de l'Aveyron avait interdit la baignade en juillet. La baignade restera interdite jusqu'en "
            "mai, a indiqué la préfecture.")
    found = extract(text, "fr")
    assert [c.title for c in found if c.kind == "claim"] == [
        "La préfecture de l'Aveyron a indiqué que la baignade restera interdite jusqu'en mai"]
    assert {a for c in found for a in c.actors} == {"préfecture de l'Aveyron"}
