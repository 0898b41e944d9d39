"""A Vietnamese name after a title that the model cut short ('Ambassador Dang' a person, 'Minh'
untagged, 'Khoi' an organisation) is read whole; a name followed by a place word or another
capitalised word is left as the model had it."""

from spacy.tokens import Span

from knowledge.nlp import fix_entity_types, get_nlp


def _ents(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = get_nlp().make_doc(text)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
    return [(e.text, e.label_) for e in fix_entity_types(doc).ents]


def test_a_cut_name_with_its_last_syllable_typed_an_organisation_is_one_person():
    got = _ents("Consul Tran Huu Phuc addressed the gathering on Friday.", [(1, 2, "PERSON"), (3, 4, "ORG")])
    assert got == [("Tran Huu Phuc", "PERSON")], got


def test_a_cut_name_with_untagged_syllables_is_one_person():
    got = _ents("Ambassador Le Quang Vinh opened the fair on Friday.", [(1, 2, "PERSON")])
    assert got == [("Le Quang Vinh", "PERSON")], got


def test_a_name_before_a_place_word_is_not_stretched():
    got = _ents("Ambassador Le visited Quang Tri province on Friday.", [(1, 2, "PERSON"), (3, 5, "GPE")])
    assert ("Le", "PERSON") in got and ("Quang Tri", "GPE") in got, got


def test_a_place_glued_to_the_name_after_in_is_split_off():
    got = _ents("He was received in Kazan Tran Van Loc on Monday.", [(4, 8, "PERSON")])
    assert got == [("Kazan", "GPE"), ("Tran Van Loc", "PERSON")], got
    # no preposition before it: left as the model had it
    got = _ents("Kazan Tran Van Loc spoke on Monday.", [(0, 4, "PERSON")])
    assert got == [("Kazan Tran Van Loc", "PERSON")], got
