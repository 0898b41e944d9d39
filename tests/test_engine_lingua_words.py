"""Common Vietnamese and Russian words, dates and question forms read as the English the articles
use, on articles written for this test (other people, places and dates): Russian months in every
case, "каким был …" (what was), Russian words no table has searched as the articles spell them,
Vietnamese month names, "N nào" (which N), "Lao động" (labour, not Laos) — and a question naming a
place no article has still declines."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts, quoted

OMSK = """---
title: Omsk governor in Hanoi
outlet: Test Wire
date: 2019-02-14
---
Omsk governor in Hanoi

HÀ NỘI — Omsk Oblast Governor Alexander Burkov arrived in Hà Nội on February 11 for a four-day working visit.

On February 12, Deputy Prime Minister Vương Đình Huệ received Burkov at the Government headquarters.

Burkov and Huệ agreed to open direct cargo flights between Omsk and Hà Nội before the end of the year.

Trade between Omsk Oblast and Vietnam reached 27 million USD in 2018, up 9 percent on the year before.

Burkov said Omsk schools would start teaching Vietnamese in September.
"""

URALS = """---
title: Vietnamese minister tours the Urals
outlet: Test Wire
date: 2021-07-09
---
Vietnamese minister tours the Urals

KAZAN — Vietnamese Minister of Industry and Trade Nguyễn Hồng Diên was met at Kazan International Airport on July 8 by Deputy Prime Minister Roman Shaikhutdinov.

Diên had landed at Koltsovo Airport three days before, where he was met by Deputy Governor Oleg Chemezov.
"""

LAO_CAI = """---
title: Lào Cai delegation in Moscow
outlet: Test Wire
date: 2023-03-10
---
Lào Cai delegation in Moscow

MOSCOW — A delegation of Lào Cai province led by provincial Party Secretary Đặng Xuân Phong held a working session with Ambassador Đặng Minh Khôi in Moscow on March 6.

The memorandum on tourism cooperation was signed by Trịnh Xuân Trường, Chairman of the Lào Cai People's Committee, on behalf of the province.

Former ambassador Andrey Kovtun was awarded the Labour Order by the Vietnamese State in 2019 for his work on bilateral ties.

Phong called for Russian investment in the province's tourism and high-tech agriculture.

Twelve Lào Cai businesses have been allowed to export fresh fruit to Russia, Phong said.

Former State President Trương Tấn Sang visited the province's fruit farms in 2015.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    e = engine_from_texts(tmp_path_factory.mktemp("lingua_words"),
                          {"omsk_2019.txt": OMSK, "urals_2021.txt": URALS, "lao_cai_2023.txt": LAO_CAI})
    yield e
    e.close()


def test_russian_months_in_every_case_are_dates():
    q = parse("Зачем губернатор приезжал в Ханой в феврале 2019 года?")
    assert (q.date_lo, q.date_hi) == ("2019-02-01", "2019-02-28")
    q = parse("Кого принял вице-премьер 12 февраля?")
    assert (q.date_lo, q.date_hi) == ("0000-02-12", "0000-02-12")
    assert parse("Что было в мае 2020 года?").date_lo == "2020-05-01"
    assert parse("Что было в марте 2020 года?").date_lo == "2020-03-01"


def test_russian_question_forms():
    assert parse("Каким был товарооборот в 2018 году?").tokens[:3] == ["what", "was", "trade"]
    assert parse("Кому он передал приветы?").tokens[0] == "whom"
    assert parse("Кто принял главу МИД Вьетнама?").tokens[2:4] == ["foreign", "minister"]
    assert parse("Как долго длился визит?").tokens[:2] == ["how", "long"]


def test_vietnamese_months_by_name_and_which_before_the_noun():
    q = parse("Đoàn đến Moskva hồi tháng Ba năm 2023?")
    assert (q.date_lo, q.date_hi) == ("2023-03-01", "2023-03-31")
    assert parse("Họ gặp nhau ngày 6 tháng Mười Hai năm 2021?").date_lo == "2021-12-06"
    assert parse("Ông ấy sẽ quay lại vào tháng sau?").date_lo is None  # "tháng sau": next month, no June
    # "N nào" asks "which N"; the noun's qualifiers go with it
    # (and a country right after a title is its nationality, English-first: "which Russian ambassador")
    assert parse("Đoàn làm việc với đại sứ Nga nào?").tokens[-3:] == ["which", "russian", "ambassador"]
    assert "which province" in " ".join(parse("Tula kết nghĩa với tỉnh nào?").tokens)


def test_vietnamese_common_words_before_names_and_places():
    # a phrase longer than a country's name wins: "Lao động" is labour, not Laos
    assert "labour" in parse("Ông được trao Huân chương Lao động khi nào?").tokens
    assert "laos" in parse("Ông đến Lào khi nào?").tokens
    # a family name on its own starting the question is a common word ("Đoàn" delegation)
    assert parse("Đoàn tỉnh Lào Cai gặp ai?").tokens[0] == "delegation"
    assert "delegation" not in parse("Đoàn Văn Sáng gặp ai?").tokens
    assert "people committee" in " ".join(parse("Phó Chủ tịch UBND tỉnh là ai?").tokens)


def test_appeals_directions_and_whats_that_are_no_dates():
    from knowledge.answer.intent import answer_type

    # "call for" is an appeal (said), "call X" a phone call
    assert (parse("What did the governor call for?").kind, parse("What did the governor call for?").event_family) \
        == ("said", None)
    assert parse("Who did Putin call on Monday?").event_family == "call"
    # "sang" (to) where the question has diacritics; typed without, it may be a name
    assert "sang" not in parse("Nga xuất khẩu thủy sản sang Việt Nam?").tokens
    assert parse("truong tan sang gap ai").tokens[:3] == ["truong", "tan", "sang"]
    # "nỗ lực nào" (which efforts) folds like "lúc nào" (when) but asks no date
    assert answer_type(parse("Ông Nên nói về những nỗ lực nào của thành phố?"))[0] != "date"
    assert answer_type(parse("Ông Nên đến Moskva lúc nào?"))[0] == "date"


@pytest.mark.parametrize("question, words", [
    # a Russian word no table maps is searched as the articles spell it ("Кольцово" Koltsovo)
    ("Кто встречал Нгуен Хонг Зьена в аэропорту Кольцово?", "oleg chemezov"),
    ("Каким был товарооборот Омской области с Вьетнамом в 2018 году?", "27 million usd"),
    ("Кого принял Выонг Динь Хюэ 12 февраля?", "received burkov"),
    ("В каких школах Омска начнут преподавать вьетнамский язык?", "teaching vietnamese"),
    # Vietnamese: the lone "Đoàn" is a delegation, "đại sứ nào" which ambassador
    ("Đoàn tỉnh Lào Cai làm việc với đại sứ nào ở Moskva?", "working session with ambassador"),
    ("Ai là người ký bản ghi nhớ thay mặt tỉnh Lào Cai?", "on behalf of the province"),
    ("Cựu đại sứ Kovtun được trao Huân chương Lao động vào năm nào?", "labour order"),
    # "kêu gọi" (called for) is an appeal, no phone call; "sang Nga" is "to Russia", no one called Sang
    ("Ông Phong kêu gọi đầu tư vào những lĩnh vực nào?", "russian investment in the province"),
    ("Có bao nhiêu doanh nghiệp Lào Cai được phép xuất khẩu trái cây sang Nga?", "twelve lao cai businesses"),
])
def test_vi_ru_common_words_find_the_sentence(eng, question, words):
    a = eng.ask(question)
    assert a.answered, (question, a.text)
    assert words in fold(quoted(a)), (question, a.text)


@pytest.mark.parametrize("question", [
    "Кто встречал Нгуен Хонг Зьена в аэропорту Домодедово?",  # an airport no article names
    "Когда Бурков встречался с Выонг Динь Хюэ в Сочи?",  # a city no article names
])
def test_russian_places_no_article_names_still_decline(eng, question):
    a = eng.ask(question)
    assert not a.answered and not a.citations, (question, a.text)


BELLTOWER = """---
title: A bronze bell for Vladivostok
outlet: Test Wire
date: 2022-10-03
---
A bronze bell for Vladivostok

Craftsmen from Huế have cast a bronze bell for the Vietnamese community in Vladivostok.

The bell weighs 1.2 tonnes and stands 1.4 metres tall, the community's chairman Lê Văn Hòa said.

It will be hung at the community centre on Svetlanskaya Street in November.
"""


@pytest.mark.parametrize("question", [
    "Chuông nặng bao nhiêu?", "Chuông cao bao nhiêu mét?", "Сколько весит колокол?", "Какова высота колокола?",
])
def test_a_measure_asked_in_vietnamese_or_russian_asks_for_a_figure(question):
    from knowledge.answer.intent import answer_type
    q = parse(question)
    assert answer_type(q)[0] == "number", q.tokens
    assert "met" not in q.tokens  # "mét" is a metre, not a meeting


def test_how_heavy_in_vietnamese_and_russian_finds_the_weight(tmp_path):
    eng = engine_from_texts(tmp_path, {"bell.txt": BELLTOWER})
    for question in ("Chuông ở Vladivostok nặng bao nhiêu?", "Сколько весит колокол во Владивостоке?"):
        a = eng.ask(question)
        assert a.answered and "1.2 tonnes" in quoted(a), (question, a.text)
    eng.close()
