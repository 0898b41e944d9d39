"""Vietnamese and Russian questions about sport, ships, flights and money, on articles written for
this test: their everyday words read as the English the articles use, Russian adjectives that
start an institution's name ("Северного флота"), Vietnamese places Russian writes as one word
("в Хайфоне"), a company named after its city ("Khabarovsk Air") that is no stranger, and a
question about something else than a meeting is never declined as "no meeting there"."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

NAVY = """---
title: Northern Fleet ships call at Hai Phong
outlet: Test Wire
date: 2021-08-17
---
Northern Fleet ships call at Hai Phong

HAI PHONG — Two ships of the Russian Northern Fleet docked at Hai Phong port on Monday for a five-day friendly visit.

Some 410 sailors are on board, under the command of Captain First Rank Pavel Gromov.

The sailors will play a friendly football match with a team of the Vietnamese Navy's Region 1 command.
"""

MATCH = """---
title: Vietnam and Russia draw in Ho Chi Minh City
outlet: Test Wire
date: 2019-03-27
---
Vietnam and Russia draw in Ho Chi Minh City

HO CHI MINH CITY — Vietnam's under-23 team drew 1-1 with Russia's under-23 side in a friendly match at Thong Nhat Stadium on Tuesday.

Midfielder Ilya Sorokin put Russia ahead in the 31st minute, and Nguyễn Văn Toàn equalised ten minutes before the final whistle.
"""

AIR = """---
title: Khabarovsk Air flies to Nha Trang
outlet: Test Wire
date: 2017-11-02
---
Khabarovsk Air flies to Nha Trang

NHA TRANG — Khabarovsk Air opened direct flights from Khabarovsk to Cam Ranh airport on November 1, bringing 180 tourists to Khánh Hòa province.

The carrier plans to operate two flights a week until April.

By the end of September 2017, Khánh Hòa companies had invested 40 million USD in projects in Omsk Oblast.
"""

KAZAN = """---
title: Kazan university to teach Russian in Da Lat
outlet: Test Wire
date: 2022-04-12
---
Kazan university to teach Russian in Da Lat

DA LAT — Kazan Federal University signed a memorandum with Da Lat University on April 11 on teaching the Russian language.

The first Russian classes at the Da Lat centre are expected to open in the spring of 2023, rector Ilshat Gafurov said.
"""

GAS = """---
title: Gas from the Cuu Long basin
outlet: Test Wire
date: 2016-06-03
---
Gas from the Cuu Long basin

VUNG TAU — Fields of the Cuu Long basin have produced 4.2 billion cubic metres of gas since 2013, the operator said on Thursday.
"""

engine = module_engine("lingua_news", {"navy.txt": NAVY, "match.txt": MATCH, "air.txt": AIR, "kazan.txt": KAZAN,
                                       "gas.txt": GAS})


@pytest.mark.parametrize("question, words", [
    ("Tỷ số trận giao hữu giữa U23 Việt Nam và Nga là bao nhiêu?", "score friendly match"),
    ("Có bao nhiêu thủy thủ trên tàu?", "sailors on board"),
    ("Công ty đã đầu tư bao nhiêu tiền?", "how much money"),
    ("Ai ghi bàn thắng đầu tiên?", "scored goal first"),
    ("Кто забил первый гол в товарищеском матче?", "scored first goal in friendly match"),
    ("Сколько моряков на борту?", "how many sailors on board"),
    ("Кто командует отрядом кораблей Тихоокеанского флота?", "commands detachment ships pacific fleet"),
    ("Сколько кораблей Северного флота пришло?", "ships northern fleet"),
    ("Что сказал он о месте Вьетнама среди партнёров России?", "place vietnam among partners russia"),
    ("К какому съезду готовилась КПВ?", "communist party"),
    ("Сколько денег вложили компании?", "how much money invested"),
    ("Hai bộ trưởng cho biết gì?", "two minister said"),
    ("Кто принимал делегацию во главе с Гуровым?", "headed by"),
    ("Зачем он приезжал в Россию?", "why visit russia"),
    ("Что он сказал о сотрудничестве с Вьетнамом?", "cooperation with vietnam"),
])
def test_everyday_words_read_as_english(question, words):
    text = " ".join(parse(question).tokens)
    assert all(w in text.split() for w in words.split()), text


def test_vietnamese_word_order_and_question_shapes():
    q = parse("Có bao nhiêu thủy thủ trên các tàu Nga cập cảng Hải Phòng?")
    assert q.tokens[:2] == ["how", "many"] and not q.yesno, q.tokens
    assert "russian ships" in " ".join(q.tokens)  # "tàu Nga": Russian ships, no country asked about
    q = parse("Giá vé máy bay từ Khabarovsk đến Cam Ranh là bao nhiêu?")
    assert "ticket" in q.tokens and "visit" not in q.tokens, q.tokens  # "từ X đến Y": from X to Y
    assert parse("Hãng thông tấn Nga nào ký thỏa thuận với VOV?").tokens[:3] == ["which", "news", "agency"]
    assert parse("Phiên họp diễn ra ở Hải Phòng phải không?").yesno
    assert parse("Ông Gromov giữ chức vụ gì?").kind == "profile"
    assert parse("Gromov holds what post?").kind == "profile"
    assert "federal" in parse("Khi nào Đại học Liên bang Kazan mở lớp?").tokens


def test_ordinals_read_as_english_writes_them():
    # "17-е": the 17th (a session no article reports is not the 16th); "5-го мая" is a day, not May
    assert "17th" in parse("Где прошло 17-е заседание комиссии?").tokens
    assert "21st" in parse("Когда прошла 21-я сессия комиссии?").tokens
    q = parse("Кого принял губернатор 5-го мая 2019 года?")
    assert (q.date_lo, q.date_hi) == ("2019-05-05", "2019-05-05")


def test_a_capitalised_russian_name_stays_a_name():
    # "Ростов" is never "рост" (growth), "Северов" no northern: a short stem with a name's ending
    assert "growth" not in parse("Когда губернатор Ростова приезжал в Ханой?").tokens
    assert "northern" not in parse("Кого принял Северов?").tokens


@pytest.mark.parametrize("question, words", [
    ("Tỷ số trận giao hữu giữa Việt Nam và Nga ở Thành phố Hồ Chí Minh là bao nhiêu?", "drew 1 1"),
    ("Сколько моряков на борту российских кораблей в Хайфоне?", "410 sailors"),
    ("В каком году «Хабаровск Авиа» открыла рейсы в Камрань?", "opened direct flights"),
    ("Các công ty Khánh Hòa đã đầu tư bao nhiêu tiền vào tỉnh Omsk?", "40 million usd"),
    ("Có bao nhiêu du khách Nga đến Khánh Hòa?", "180 tourists"),
    # a Vietnamese name Russian spells by sound, of something no actor stands for ("Кыу Лонг": Cuu Long)
    ("Сколько газа добыто в бассейне Кыу Лонг?", "4 2 billion cubic metres"),
    # an organisation and more asked than a meeting: the search answers, not the events
    ("When will Kazan Federal University open its first Russian classes?", "expected to open"),
])
def test_vi_ru_questions_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered, (question, a.text)
    assert words in fold(quoted(a)), (question, a.text)


def test_a_vietnamese_place_russian_writes_as_one_word(engine):
    # one word by sound, in any case, named as surely as the place's own name
    for question, place in (("Сколько туристов прилетело в Кханьхоа?", "Khanh Hoa"),
                            ("Сколько моряков было в Хайфоне?", "Hai Phong")):
        found = engine.index.find(parse(question))
        hits = [m for m in found.mentions if place in {engine.index.name(a) for a in m.actor_ids}]
        assert hits and hits[0].how == "alias", (question, [(m.text, m.how) for m in found.mentions])


@pytest.mark.parametrize("question", [
    "Có bao nhiêu thủy thủ trên các tàu Nga cập cảng Đà Nẵng?",  # no article is about ships at Da Nang
    "Сколько туристов посетило Хайфон?",  # tourists came to Khánh Hòa, not to Hai Phong
    "How many tourists visited Hai Phong?",
])
def test_a_question_about_no_meeting_is_not_declined_as_one(engine, question):
    a = engine.ask(question)
    assert not a.answered and not a.citations, (question, a.text)
    assert "meeting" not in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", ["Ai trao giải thưởng cho Nguyễn Văn Toàn?", "Кто вручил приз Нгуен Ван Тоану?"])
def test_a_question_naming_someone_is_not_declined_as_no_meeting_of_his(engine, question):
    a = engine.ask(question)  # who presented him with a prize: no article says
    # Since the decision weighs no language, these are answered from the one
    # sentence naming him, as their English twin "Who gave an award to Nguyễn Văn Toàn?" already was:
    # what is kept here is that no reply claims or denies a meeting of his
    assert "meeting" not in a.text.split("\n")[0], a.text
    assert not a.answered or "toan equalised" in fold(quoted(a)), a.text


def test_a_company_named_after_its_city_is_no_stranger(engine):
    a = engine.ask("Khabarovsk Air có bao nhiêu máy bay?")  # how many aircraft: no article says
    assert not a.answered and not a.citations, a.text
    assert "no one called" not in a.text, a.text
