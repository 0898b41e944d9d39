"""Folding, aliases, name heuristics and the place/country lexicon."""

from __future__ import annotations

import pytest

from knowledge import names
from knowledge.names import fold


@pytest.mark.parametrize("a, b", [
    ("Nguyễn Phú Trọng", "Nguyen Phu Trong"),
    ("NGUYỄN PHÚ TRỌNG", "nguyen phu trong"),
    ("Bùi Thanh Sơn", "bui thanh son"),
    ("Đà Nẵng", "Da Nang"),
    ("đ Đ", "d d"),
    ("Việt Nam", "Viet  Nam"),
    ("Hà Nội", "HA NOI"),
    ("Viet-Nga", "viet nga"),
    ("Putin's  leadership!", "putin s leadership"),
])
def test_fold_equal(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [("Việt Nam", "Vietnam"), ("Trọng", "Trung"), ("Sơn", "Son Tay")])
def test_fold_distinct(a, b):
    assert fold(a) != fold(b)


@pytest.mark.parametrize("variant, canonical", [
    ("Việt Nam", "Vietnam"), ("Viet Nam", "Vietnam"), ("VIETNAM", "Vietnam"), ("Вьетнам", "Vietnam"),
    ("Russia", "Russia"), ("the Russian Federation", "Russia"), ("Россия", "Russia"), ("Nga", "Russia"),
    ("the former Soviet Union", "Soviet Union"), ("Liên Xô", "Soviet Union"),
])
def test_canonical_country(variant, canonical):
    assert names.canonical_country(variant) == canonical


@pytest.mark.parametrize("variant, canonical", [
    ("Hà Nội", "Hanoi"), ("HÀ NỘI", "Hanoi"), ("Ha Noi", "Hanoi"), ("Ханой", "Hanoi"),
    ("Moscow", "Moscow"), ("Москва", "Moscow"), ("Mát-xcơ-va", "Moscow"), ("Moskva", "Moscow"),
    ("Hồ Chí Minh City", "Ho Chi Minh City"), ("HCM CITY", "Ho Chi Minh City"), ("the Kremlin", "Kremlin"),
])
def test_canonical_place(variant, canonical):
    assert names.canonical_place(variant) == canonical


def test_foreign_aliases_are_places_not_people():
    targets = set(names.FOREIGN_ALIASES.values())
    assert targets <= set(names.COUNTRIES) | set(names.PLACES) | set(names.ORGS)


@pytest.mark.parametrize("name, vietnamese, short", [
    ("Nguyễn Phú Trọng", True, "Trọng"), ("Nguyen Phu Trong", True, "Trong"), ("Pham Minh Chinh", True, "Chinh"),
    ("Bùi Thanh Sơn", True, "Sơn"), ("Sergey Lavrov", False, "Lavrov"), ("Vladimir Putin", False, "Putin"),
    ("Dmitry Medvedev", False, "Medvedev"), ("Le Hoai Trung", True, "Trung"),
])
def test_vietnamese_names_and_short_name(name, vietnamese, short):
    assert names.is_vietnamese_name(name) is vietnamese
    assert names.short_name(name) == short


@pytest.mark.parametrize("name, expected", [
    ("Nguyễn Phú Trọng", {"Nguyễn Phú Trọng", "Nguyen Phu Trong", "Trọng", "Trong", "Mr. Trọng", "Mr. Trong"}),
    ("Sergey Lavrov", {"Sergey Lavrov", "Lavrov", "Mr. Lavrov"}),
])
def test_person_aliases(name, expected):
    assert expected <= names.person_aliases(name)


def test_family_name_differs_by_naming_order():
    assert names.family_name("Nguyễn Phú Trọng") == "Nguyễn"
    assert names.family_name("Sergey Lavrov") == "Lavrov"


@pytest.mark.parametrize("cyr, lat", [("Путин", "Putin"), ("Лавров", "Lavrov"), ("Медведев", "Medvedev"),
                                      ("Дмитрий", "Dmitry"), ("Сергей Лавров", "Sergey Lavrov")])
def test_translit(cyr, lat):
    assert names.translit_cyrillic(cyr) == lat


@pytest.mark.parametrize("text, name", [
    ("Deputy Minister Somsak Thep co-chaired the meeting with his Lao counterpart, Khamla Vongsa, in Bangkok.",
     "Khamla Vongsa"),
    ("The talks were chaired by the ambassador, Kenji Watanabe.", "Kenji Watanabe"),
    ("He thanked his counterpart, Mr Vongsa, for the visit.", None),  # an honorific is no given name
    ("The minister, Vientiane and Bangkok agreed, would travel.", None),  # places are no name
    ("He told the ambassador, Lao Airlines would fly daily.", None),  # an organisation is no name
    ("He told his counterpart, Somsak Thep Wongsa Lee Kham, about it.", None),  # five words: no name
])
def test_a_name_set_off_by_commas_after_a_title_word(text, name):
    from knowledge.nlp import get_nlp
    from knowledge.nlp_names import _untagged_titled

    doc = get_nlp().make_doc(text)
    found = [s.text for s in _untagged_titled(doc, []) if s.label_ == "PERSON"]
    assert found[-1:] == ([name] if name else [])
