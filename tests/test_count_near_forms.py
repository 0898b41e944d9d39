"""A count written in other words than the question's: a group counted by its size ("a 40-strong
team" for "how many members"), people counted back ("six of them"), the counted noun in a near word
("pupils" for "children", "delegates" for "participants", "people" for "residents"), and a figure
written in words up to ninety ("Seventeen of the delegates"). Other nouns still need their own word."""

from __future__ import annotations

from knowledge.answer.count_forms import _PEOPLE_COUNT, _one, written_count


def test_group_size_counts_its_members():
    assert written_count("members", "Maria Silva led a 40-strong Brazilian trade team to Accra.", False)
    assert not written_count("members", "Maria Silva led a strong Brazilian trade team to Accra.", False)


def test_people_counted_back():
    assert written_count("volunteers", "Six of them were decorated for bravery in Lagos.", False)
    assert not written_count("volunteers", "Six ministers were decorated for bravery in Lagos.", False)


def test_near_nouns_count():
    assert written_count("children", "The Lima school now teaches 84 pupils in four classes.", False)
    assert written_count("participants", "Some 900 delegates from 30 countries came to Nairobi.", False)
    assert written_count("residents", "About 12,000 people from the Tyrol visited Peru last year.", False)
    assert not written_count("residents", "About 12,000 tonnes of coffee reached Peru last year.", False)
    assert not written_count("tourists", "Some 900 engineers from 30 countries came to Nairobi.", False)


def test_irregular_plurals():
    assert _one("children") == "child" and _one("people") == "person"


def test_figures_in_words_count_people():
    assert _PEOPLE_COUNT.search("seventeen of the delegates") is None  # ('of': the noun is another's)
    assert _PEOPLE_COUNT.search("seventeen delegates arrived") is not None
    assert _PEOPLE_COUNT.search("a dozen journalists waited") is not None


def test_counted_back_from_another_group_is_not_the_asked_count():
    from knowledge.answer.count_forms import written_count
    text = "The board had 40 members, 12 of them women, when it met in Hue."
    assert not written_count("delegates", text, False, True)  # 'them' are the board's members
    assert written_count("delegates", "Some came from Laos; 12 of them were delegates of the union.", False, True)
    assert written_count("students", "About 900 Laotians study in Kazan, 300 of them on grants.", False, True)
