"""Retrieval reaches the sentence that answers, whatever way its article names what was asked
about: a country by its adjective only ("Belarusian tractors" in an article that never writes
"Belarus"); people by a plural role the question's words must still pick out ("the defence ministers"
beside "the health ministers"). Articles written for these tests."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

MINSK = """---
title: Belarus and Vietnam review trade
outlet: Test Wire
date: 2023-03-02
---
Belarus and Vietnam review trade

MINSK — Deputy Prime Minister Trần Lưu Quang held talks with Belarus Prime Minister Roman Golovchenko in Minsk on Wednesday.

The two sides agreed to raise two-way trade and to speed up work on a joint vaccine plant.

Bilateral trade between the two countries reached 210 million USD in 2022, Golovchenko said.
"""

TRACTORS = """---
title: Tractor line opens in Hưng Yên
outlet: Test Wire
date: 2023-09-14
---
Tractor line opens in Hưng Yên

HƯNG YÊN — A Belarusian machinery maker opened a tractor assembly line in Hưng Yên province on Thursday.

The line will assemble 1,200 tractors a year for Vietnamese rice farms, the plant's director Pavel Ostrovsky said.
"""

MINISTERS = """---
title: Ministers plan next rounds
outlet: Test Wire
date: 2024-05-06
---
Ministers plan next rounds

Health Minister Đào Hồng Lan and Russian Health Minister Mikhail Murashko signed a memorandum on vaccines in Moscow on May 2.

Defence Minister Phan Văn Giang and Russian Defence Minister Andrei Belousov met in Hanoi on May 3.

The defence ministers agreed to meet again in Vladivostok in December.

The health ministers agreed to meet again in Kazan in October.
"""

NHA_TRANG = """---
title: Tomsk university delegation in Nha Trang
outlet: Test Wire
date: 2024-10-08
---
Tomsk university delegation in Nha Trang

Nha Trang University received a delegation of Tomsk State University led by Rector Eduard Galazhinsky on Tuesday.

The host side was led by Vice Rector Lê Hữu Hoàng, accompanied by heads of the university's faculties.

Hoàng said the university had sent dozens of lecturers to Russia for doctoral training.

"Our many alumni of Siberian universities are the foundation of this partnership," the host said.

Galazhinsky said the university would open a Vietnamese language course next year.
"""

IRKUTSK = """---
title: Irkutsk governor meets Vietnamese ambassador
outlet: Test Wire
date: 2024-11-20
---
Irkutsk governor meets Vietnamese ambassador

Irkutsk Governor Igor Kobzev received Vietnamese Ambassador Đặng Minh Khôi in Irkutsk on Tuesday to review links in forestry and education.

They also said a direct air route between Irkutsk and Nha Trang could open next summer.
"""

engine = module_engine("recall", {"irkutsk.txt": IRKUTSK, "minsk.txt": MINSK, "tractors.txt": TRACTORS, "ministers.txt": MINISTERS,
                                  "nha_trang.txt": NHA_TRANG})


def test_a_country_named_only_by_its_adjective_is_found(engine):
    a = engine.ask("What did the Belarus machinery maker open in Hung Yen?")
    assert a.answered and "tractor assembly line" in quoted(a), a.text
    b = engine.ask("What did the Belarus machinery maker open in Minsk?")  # the adjective is no licence
    assert not b.answered, b.text


def test_the_words_of_a_plural_role_are_searched(engine):
    from knowledge.answer.intent import make_plan
    from knowledge.question import parse

    q = parse("Where will the Russian defence ministers meet again?")
    terms = make_plan(q, engine.index.find(q)).terms
    # "ministers" is the group's (the event answerers read it); "defence" picks the meeting out
    assert "defence" in terms and "ministers" not in terms and "russian" not in terms, terms
    a = engine.ask("Where will the defence ministers meet again?")
    assert a.citations and "Vladivostok" in a.citations[0].quote, a.text
    b = engine.ask("Where will the health ministers meet again?")
    assert b.citations and "Kazan" in b.citations[0].quote, b.text


def test_a_quote_told_by_the_host_is_his_statement(engine):
    a = engine.ask("What did Hoang say about alumni of Siberian universities?")
    assert a.answered and "alumni of Siberian universities" in quoted(a), a.text


def test_a_number_word_is_not_what_a_how_much_counts(engine):
    from knowledge.answer.intent import make_plan
    from knowledge.question import parse

    q = parse("How much was two-way trade between Vietnam and Belarus in 2022?")
    assert make_plan(q, engine.index.find(q)).focus == "trade"
    a = engine.ask("How much was two-way trade between Vietnam and Belarus in 2022?")
    assert a.answered and "210 million USD" in quoted(a), a.text


def test_they_after_a_meeting_of_two_people_is_about_them(engine):
    a = engine.ask("What did Kobzev and Khoi say about an air route?")
    assert a.answered and "direct air route" in quoted(a), a.text
