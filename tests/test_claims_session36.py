"""Claims, session 36 (issue 9: every quoted statement found as a claim with its speaker): how a speaker is looked for."""
from __future__ import annotations

import pytest

from generator.extract.segment import sentences
from tests.test_extract_events import extract


def _claims(text: str, language: str) -> list[tuple[str | None, str]]:
    """The (speaker, words) of every claim extracted from a text."""
    return [(c.speaker, c.quote) for c in extract(text, language) if c.kind == "claim"]


def _split(text: str) -> list[str]:
    """The sentences of a text, as the segmenter cuts them."""
    return [s.text for s in sentences(text, 0, len(text))]


def test_a_closing_guillemet_after_a_space_ends_the_sentence_it_closes() -> None:
    # French typography puts a space before », so the full stop is not right before the mark.
    assert _split("Il a tout perdu. « Personne ne nous a prévenus. » Le lendemain, la digue a cédé.") == [
        "Il a tout perdu.", "« Personne ne nous a prévenus. »", "Le lendemain, la digue a cédé."]
    # a quotation that goes on after the mark is no sentence's end
    assert _split("« Nous verrons. » a-t-il lâché avant de partir.") == ["« Nous verrons. » a-t-il lâché avant de partir."]


def test_a_quotation_alone_after_a_spaced_guillemet_goes_on_with_its_speaker() -> None:
    text = ("« Les carnets de commandes sont vides », a reconnu le gérant de la scierie Morvan, Lucien Ferrat. "
            "« Nous tiendrons jusqu'à l'hiver. » La scierie emploie douze personnes.")
    assert ("Lucien Ferrat", "Nous tiendrons jusqu'à l'hiver.") in _claims(text, "fr")


def test_the_words_that_name_the_speaker_next_outweigh_the_speaker_before() -> None:
    text = ("Devant la mairie, Gérard, un commerçant, hausse les épaules : « Rien ne change. » "
            "« Ce projet coûtera une fortune au village. » La phrase est d'Odile Marchand, conseillère municipale.")
    claims = _claims(text, "fr")
    assert ("Odile Marchand", "Ce projet coûtera une fortune au village.") in claims
    assert ("Gérard", "Ce projet coûtera une fortune au village.") not in claims


@pytest.mark.parametrize("text, language, speaker, words", [
    ("« Mon client n'a jamais signé ce contrat », a assuré l'avocate de Julien Marot, Claire Deville.", "fr",
     "Claire Deville", "Mon client n'a jamais signé ce contrat"),
    ("“Our father loved that mill,” said the eldest son of Harold Bixby, Martin Bixby.", "en",
     "Martin Bixby", "Our father loved that mill,"),
])
def test_the_person_in_apposition_to_a_role_speaks_not_a_name_in_its_complement(
        text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


def test_the_company_is_the_firm_the_sentence_before_opens_on() -> None:
    # the article first called the other firm "the company"
    text = ("Halstead Freight bought the depot in 2040, and the company has run it since. Tarrow Logistics wants to buy "
            "it now. Tarrow Logistics declined to meet us. In an email, the company said it had “no intention of "
            "closing the yard”.")
    assert ("Tarrow Logistics", "no intention of closing the yard") in _claims(text, "en")


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Au conseil, Yannick Salaün dénonce un budget « insincère ». « On nous cache le coût réel des travaux », "
     "insiste le conseiller municipal.", "fr", "Yannick Salaün", "On nous cache le coût réel des travaux"),
    ("At the meeting, Gwen Atherley called the plan “a betrayal of the valley”. “Nobody asked the farmers,” "
     "said the councillor.", "en", "Gwen Atherley", "Nobody asked the farmers,"),
])
def test_an_office_that_speaks_next_is_the_person_who_just_spoke(text: str, language: str, speaker: str,
                                                                  words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language, speaker, words", [
    # a dialogue: the office answers the person quoted before
    ("« On nous abandonne », lance Paul Rivière. « Nous faisons le maximum », répond le préfet.", "fr", "Le préfet",
     "Nous faisons le maximum"),
    # the person just named is written beside another role
    ("Paul Rivière, éleveur à Lanvic, dénonce un « abandon total ». « Nous faisons le maximum », répond le préfet.",
     "fr", "Le préfet", "Nous faisons le maximum"),
])
def test_an_office_answering_someone_else_keeps_its_own_voice(text: str, language: str, speaker: str,
                                                               words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language, speaker, words", [
    ("The tender went to Kellbrook. Kellbrook, a consortium backed by the lender Ashgrove, said it would name its "
     "partners “within a fortnight”.", "en", "Kellbrook", "within a fortnight"),
    ("La régie Eaux du Lison, soutenue par Paul Vidal, a dénoncé « un passage en force de l'agglomération ».", "fr",
     "Eaux du Lison", "un passage en force de l'agglomération"),
])
def test_the_agent_inside_an_apposition_does_not_speak(text: str, language: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


INTERVIEW_FR = """Nous avons rencontré la directrice du refuge, Solène Varaigne, une semaine après la fermeture.

Pourquoi fermer maintenant ?

Nous n'avions plus le choix. J'ai alerté la préfecture en mars, puis en mai.

Et ensuite ?

Nous rouvrirons quand la toiture sera refaite. Personne ne sera laissé dehors.
"""


def test_an_interview_answer_s_dated_sentence_is_the_interviewee_s_words_too() -> None:
    found = extract(INTERVIEW_FR, "fr")
    claims = [(c.speaker, c.quote) for c in found if c.kind == "claim"]
    assert ("Solène Varaigne", "Nous n'avions plus le choix. J'ai alerté la préfecture en mars, puis en mai.") in claims
    # and the dated fact it tells is still an event
    assert any(c.kind == "event" and c.date_text and "mars" in c.date_text for c in found)


@pytest.mark.parametrize("text, language, speaker, words", [
    ("Harrowby Rail cancelled all trains on the branch. Harrowby Rail blamed a signal fault. A spokeswoman said the "
     "line would reopen “by the end of the week”.", "en", "Harrowby Rail", "by the end of the week"),
    ("Les bus de Transvaldor ne rouleront plus. Transvaldor a supprimé la ligne 12 mardi. Un porte-parole a assuré "
     "que la décision était « définitive et mûrement réfléchie ».", "fr", "Transvaldor",
     "définitive et mûrement réfléchie"),
])
def test_a_spokesperson_alone_speaks_for_the_organisation_just_named(text: str, language: str, speaker: str,
                                                                      words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language, speaker", [
    ("The depot will reopen on Monday with a smaller fleet, its manager, Priya Vance, has told reporters.", "en",
     "Priya Vance"),
    ("La piscine rouvrira début février après la réfection des bassins, son directeur, Yvon Kerléo, a indiqué.", "fr",
     "Yvon Kerléo"),
])
def test_reported_words_closed_by_a_role_and_a_name_in_apposition_are_the_name_s(text: str, language: str,
                                                                                 speaker: str) -> None:
    assert [s for s, _ in _claims(text, language)] == [speaker]


@pytest.mark.parametrize("text, language, speaker", [
    ("Gilles Andrieu préside la coopérative depuis 2040. Mardi, il a défendu son plan devant les adhérents : « Sans "
     "ces fusions, nous aurions fermé deux caves. »", "fr", "Gilles Andrieu"),
    ("At the hearing, Mara Quinn defended her decision to close the ward: “The staff could not keep it safe.”", "en",
     "Mara Quinn"),
    # a thing received or found: its own words, no one's
    ("Le maire Paul Vidal a trouvé un tract sous sa porte : « Tu vas le regretter. »", "fr", None),
])
def test_a_colon_after_the_subject_s_own_object_introduces_the_subject_s_words(text: str, language: str,
                                                                               speaker: str | None) -> None:
    claims = [s for s, _ in _claims(text, language)]
    assert (claims[0] if claims else None) == speaker


@pytest.mark.parametrize("text, language, speaker, words", [
    # review 36: a person who opens the sentence before and names an organisation after her is no firm
    ("Ann Lee criticised Brackenvale Water on Monday. A spokesman said the main would be “replaced this summer”.",
     "en", "A spokesman", "replaced this summer"),
    ("Ann Lee wrote to Brackenvale Water in March. A spokeswoman said the letter was “being looked at”.", "en",
     "A spokeswoman", "being looked at"),
    ("Anne Leroy a critiqué Transvaldor lundi. Un porte-parole a assuré que la ligne serait « rétablie en juin ».",
     "fr", "Un porte-parole", "rétablie en juin"),
    # the firm alone as the subject still speaks through its spokesperson
    ("Corrigan Homes declined to comment. A spokesman said later that the site was “secure”.", "en",
     "Corrigan Homes", "secure"),
])
def test_a_spokesperson_alone_after_a_sentence_naming_two_keeps_its_own_voice(text: str, language: str,
                                                                              speaker: str, words: str) -> None:
    assert (speaker, words) in _claims(text, language)


@pytest.mark.parametrize("text, language, speaker", [
    # review 36: a thing found, received or shown speaks for itself, the possessive notwithstanding
    ("Le maire Paul Vidal a trouvé sa voiture taguée : « Tu vas le regretter. »", "fr", None),
    ("Le maire Paul Vidal a reçu sa convocation mardi : « Vous êtes prié de vous présenter au commissariat. »", "fr",
     None),
    ("Marie Dubois a affiché sa lettre d'expulsion sur la porte : « Vous devez quitter les lieux. »", "fr", None),
    # a verb of stance: the subject's words, as the landed rule meant
    ("Le président Hervé Lannuzel a présenté ses excuses aux abonnés : « Nous aurions dû prévenir plus tôt. »", "fr",
     "Hervé Lannuzel"),
    ("Odile Ferrand ne cache pas sa colère : « On nous a menti pendant deux ans. »", "fr", "Odile Ferrand"),
])
def test_a_possessive_object_gives_the_subject_words_only_after_a_verb_of_stance(text: str, language: str,
                                                                                 speaker: str | None) -> None:
    claims = [s for s, _ in _claims(text, language)]
    assert (claims[0] if claims else None) == speaker


@pytest.mark.parametrize("text, language, date_text", [
    # review 36: the next sentence names the speaker and dates the saying
    ("« Nous tiendrons. Nous n'avons pas le choix. » Paul Vidal, maire de Lanvic, l'a répété mardi devant le conseil.",
     "fr", "mardi"),
    ("“We will hold on. We have no choice.” Paul Vidal, the mayor of Lanvic, repeated it on Tuesday to the council.",
     "en", "Tuesday"),
    # a date of the speaker's apposition, or of no saying, dates nothing said
    ("« Nous tiendrons. » Paul Vidal, maire de Lanvic depuis 2019, ne décolère pas.", "fr", None),
    ("« Nous tiendrons. » La phrase est de Paul Vidal, élu maire en 2019.", "fr", None),
])
def test_the_sentence_naming_the_speaker_next_dates_the_saying(text: str, language: str, date_text: str | None) -> None:
    claims = [c for c in extract(text, language) if c.kind == "claim"]
    assert [(c.speaker, c.date_text) for c in claims] == [("Paul Vidal", date_text)]


def test_a_document_named_in_running_text_is_a_whole_word_and_an_owned_one_may_be_plural() -> None:
    """The possessive-object check's own pattern (a plural allowed, review 36 finding 4) must not replace the whole-word
    one that finds a document named before: "newsletter" holds no "letter", "letters" is not "letter"."""
    from generator.extract.claims import _Cues
    from generator.extract.lang import for_text

    cues = for_text("en").compiled(_Cues)
    assert [m.group(0) for m in cues.document_noun.finditer("She read the newsletter and the letters.")] == []
    assert [m.group(0) for m in cues.document_noun.finditer("She read the letter.")] == ["letter"]
    assert cues.owned_document.fullmatch("letters")
