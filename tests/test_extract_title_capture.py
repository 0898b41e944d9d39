"""Titles the answer engine resolves role questions by ('the Da Nang party chief', 'the deputy
chairman of the board'): written newspaper-style before a name, or as a long appositive after it;
and a name the model cuts in two is one person. Sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from knowledge.nlp import get_nlp
from knowledge.nlp_person_spans import fix_person_entities
from tests.helpers.articles import seed_from_text

TEXT = (
    "Da Nang City Party chief Nguyễn Văn Quảng hosted Russian Consul General Valery Nikolaevich Sidorenko in the "
    "coastal city on May 3, 2023.\n\n"
    "Prime Minister Hun Manet received Sergei Viktorovich Ivanov, Deputy Chairman of the Board of Trustees of the "
    "Russian Geographical Society, in Phnom Penh on May 4.\n\n"
    "The Vietnamese Party leader said the city wants more Russian tourists.\n"
)


def _titles():
    art = extract_article(seed_from_text(TEXT, date="2023-05-06"))
    return {a.name: a.titles for a in art.actors if a.kind == "person"}


def test_a_newspaper_style_title_before_a_name_is_a_title():
    assert "Da Nang City Party chief" in _titles()["Nguyễn Văn Quảng"]


def test_an_appositive_title_of_twelve_words_is_a_title():
    assert "Deputy Chairman of the Board of Trustees of the Russian Geographical Society" in \
        _titles()["Sergei Viktorovich Ivanov"]


def test_a_role_phrase_alone_or_a_relational_one_is_no_title():
    art = extract_article(seed_from_text(
        "Lao President Thongloun Sisoulith met his Vietnamese counterpart Võ Văn Thưởng in Vientiane on May 4.\n\n"
        "The Party leader said trade grew.\n", date="2023-05-06"))
    titles = {t for a in art.actors for t in a.titles}
    assert not any("counterpart" in t or t == "Party leader" for t in titles), titles


def test_two_person_entities_side_by_side_are_one_name():
    nlp = get_nlp()
    doc = nlp.make_doc("Ambassador Yuri Borisovich Petrov met him.")
    from spacy.tokens import Span

    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    doc = fix_person_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Yuri Borisovich Petrov", "PERSON")]
    # a comma between two people keeps them apart
    doc = nlp.make_doc("Yuri Petrov, Anna Smirnova met him.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    assert [e.text for e in fix_person_entities(doc).ents] == ["Yuri Petrov", "Anna Smirnova"]


def test_a_title_after_the_name_behind_its_article_and_describing_words():
    art = extract_article(seed_from_text(
        "Lima's top leaders have hosted Ivan Petrovich Sokolov, the newly accredited Consul General of Russia in the "
        "coastal city.\nMayor Renzo Reggiardo Barreto received the Russian diplomat and thanked Russia for its "
        "support.\n", date="2024-03-15"))
    sokolov = next(a for a in art.actors if a.name == "Ivan Petrovich Sokolov")
    assert "Consul General of Russia" in sokolov.titles
    # so 'the Russian diplomat' is the one the mayor received
    assert [(e.kind, sorted((p.actor, p.role) for p in e.participants)) for e in art.events] == [
        ("reception", [("Ivan Petrovich Sokolov", "visitor"), ("Renzo Reggiardo Barreto", "host")])]
