"""Vietnamese and Russian questions in the forms readers write them, on articles written for this
test: a Vietnamese name Russian declines ("посла Тхоя", genitive of Тхой = Thoi), an adjective made
from a Vietnamese place ("Ламдонгской ГЭС": Lam Dong), a Russian name with its English gloss in
brackets, the abbreviations Russian names plants with ("ТЭС"), "Дне" (day) in the prepositional,
Vietnamese everyday words, counts written as words, a lower-case phrase that folds like a place
("diễn biến", developments, is no Điện Biên) and an English title quoted in a Vietnamese question
("My" is no Mỹ there)."""

from __future__ import annotations

import pytest

from knowledge.match.name_forms import place_adjective_bases, vi_stems
from knowledge.question import parse
from knowledge.question.glosses import gloss_names, latin_quoted
from knowledge.question.order import which_before_noun
from tests.helpers.engine_stores import module_engine, quoted

ENVOY = """---
title: Ambassador Le Van Thoi reviews ties with Kazakhstan
outlet: Test Wire
date: 2022-03-04
---
Ambassador Le Van Thoi reviews ties with Kazakhstan

ASTANA — Two-way trade between Vietnam and Kazakhstan reached 1.2 billion USD last year, Vietnamese Ambassador Le Van Thoi told a news conference on Thursday.

Thoi said the two sides would open a joint trade office in Almaty in the autumn.
"""

DAM = """---
title: Memorial opens at Lam Dong dam
outlet: Test Wire
date: 2018-10-09
---
Memorial opens at Lam Dong dam

LAM DONG — A memorial at the Lam Dong hydropower plant honours the 57 workers who died while the dam was being built in the 1980s.

Northern Turbines, the Czech maker of turbines owned by the businessman Karel Novak, supplied four generators.

Work on the Song Hau 3 thermal power plant started in 2016, the operator said.
"""

SHOW = """---
title: Kazan shows a Vietnamese painter
outlet: Test Wire
date: 2023-05-13
---
Kazan shows a Vietnamese painter

KAZAN — The exhibition "Volga in My Heart", oil paintings by the Vietnamese artist Mai Thu Ha, opened at the Kazan art gallery on May 12.

The show brings together 35 landscapes of the river.
"""

engine = module_engine("lingua_daily", {"envoy.txt": ENVOY, "dam.txt": DAM, "show.txt": SHOW})


def test_a_declined_vietnamese_name_keeps_its_final_i():
    # "Тхоя", "Тхою", "Тхоем": the case ending took the place of "й" (Тхой = Thoi), as in "Хая" (Hải)
    assert "тхой" in vi_stems("тхоя") and "тхой" in vi_stems("тхоем")
    assert "хай" in vi_stems("хаю")


def test_an_adjective_made_from_a_place_names_it():
    assert "ламдонг" in place_adjective_bases("Ламдонгской")
    assert "хоабинь" in place_adjective_bases("хоабинскои")  # folded as the question's tokens are
    assert place_adjective_bases("Ламдонг") == []


def test_a_bracketed_english_gloss_replaces_the_russian_name():
    assert gloss_names("Кому принадлежит компания «Северные турбины» (Northern Turbines)?") == \
        "Кому принадлежит компания Northern Turbines?"
    assert gloss_names("Кто владеет компанией Северные турбины (Northern Turbines)?") == \
        "Кто владеет компанией Northern Turbines?"
    # the question's own first word stays, however long the gloss
    assert gloss_names("Кто возглавляет ОИЯИ (Joint Institute for Nuclear Research)?") == \
        "Кто возглавляет Joint Institute for Nuclear Research?"


@pytest.mark.parametrize("question, words", [
    ("Кто выступил на Дне Вьетнама в Алматы?", "day vietnam"),
    ("Когда началось строительство ТЭС Шонгхау-3?", "thermal power plant"),
    ("Bảy cuốn sách văn học Nga được ra mắt ở đâu?", "seven literature"),
    ("Ai là Bí thư Huyện ủy Lâm Hà?", "secretary district party committee"),
    ("Tội phạm nào diễn biến phức tạp?", "developments complex"),
    ("Đến nay đã có bao nhiêu đầu sách được xuất bản?", "so far titles"),
    ("Ông ấy sinh năm nào?", "born what year"),
])
def test_everyday_words_read_as_english(question, words):
    text = " ".join(parse(question).tokens)
    assert all(w in text.split() for w in words.split()), text
    assert "dien bien" not in text


def test_vietnamese_counts_and_months_keep_their_place():
    assert "years" not in parse("Nhà máy nhiệt điện Sông Hậu 3 nằm ở đâu?").tokens  # "nằm" (lies) is no "năm"
    assert "years" in parse("Dự án kéo dài 3 năm").tokens
    assert which_before_noun(["he", "visit", "hanoi", "which", "month"])[-2:] == ["which", "month"]


@pytest.mark.parametrize("question, words", [
    ("Каким был товарооборот с Казахстаном, по словам посла Тхоя?", "1.2 billion"),
    ("Где откроется торговое представительство, по словам посла Тхоя?", "Almaty"),
    ("Сколько человек погибло при строительстве Ламдонгской ГЭС?", "57 workers"),
    ("Кому принадлежит компания «Северные турбины» (Northern Turbines)?", "Karel Novak"),
])
def test_russian_forms_of_names_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in quoted(a), a.text


def test_a_quoted_english_title_stays_as_written():
    q = "Triển lãm 'Volga in My Heart' khai mạc ở Kazan ngày nào?"
    words = ["Triển", "lãm", "Volga", "in", "My", "Heart", "khai", "mạc", "ở", "Kazan", "ngày", "nào"]
    assert latin_quoted(q, words) == {2, 3, 4, 5}
    assert "united" not in parse(q).tokens and "my" in parse(q).tokens
    assert latin_quoted("Phim 'Chiến tranh và hòa bình' chiếu ở đâu?", ["Phim", "Chiến"]) == set()


def test_a_state_of_two_words_stays_whole_before_which():
    assert "united states" in " ".join(parse("Tàu khu trục Mỹ nào đã ghé cảng Cam Ranh?").tokens)


def test_a_quoted_english_title_finds_its_sentence(engine):
    a = engine.ask("Triển lãm tranh 'Volga in My Heart' khai mạc ở Kazan ngày nào?")
    assert a.answered and "May 12" in quoted(a), a.text
