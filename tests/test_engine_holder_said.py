""""Who is the director of X" answered from a sentence that writes a person with that title, though
the sentence names the body only by a common noun ("director of the fair") or names the body but
not the occasion the question adds ("according to the Agroprom 2022 report"): news names them once
in its lead (holders.holder_said), and the lead, which scores high, gives way to it (holders.prefer).
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.holders import holder_said
from knowledge.answer.retrieve import name_forms
from tests.helpers.engine_stores import module_engine

FAIR = """---
title: Vietnamese honey makers at HoneyExpo Kazan
outlet: Test Wire
date: 2024-08-20
---
Vietnamese honey makers at HoneyExpo Kazan

KAZAN, August 20, 2024 — Twelve Vietnamese beekeeping firms are showing their honey at HoneyExpo Kazan 2024, the 12th edition of the international honey fair, which opened in the Tatar capital on Tuesday.

The Vietnamese pavilion was opened by Nguyễn Minh Khoa, deputy director of the Trade Promotion Agency under the Ministry of Industry and Trade.

Vietnamese Ambassador to Russia Đặng Minh Khôi also toured the pavilion.

He said the large turnout showed the resolve of Vietnamese firms to win a bigger place in the Russian market.

Rustam Garipov, director of the fair, recalled the long-standing friendship between Russia and Việt Nam.

Opening the pavilion, Vinatrade director Phan Van Hieu stressed the need for closer collaboration.

The fair runs until August 25.
"""

AGROPROM = """---
title: Vietnamese food firms at Agroprom 2022
outlet: Test Wire
date: 2022-03-02
---
Vietnamese food firms at Agroprom 2022

NOVOSIBIRSK, March 2, 2022 — A number of Vietnamese companies are exhibiting at Agroprom 2022, the 20th international exhibition of food and farm machinery, which opened in Novosibirsk on Monday.

The fair is held under the auspices of the regional Ministry of Agriculture and the Siberian Chamber of Commerce.

More than 900 companies from 20 countries are taking part this year.

Lê Thị Vy, director of the Vietnamese company Sibfruit LLC, told the Vietnam News Agency that tropical fruit is popular in Siberia.

Tam Long, a Vietnamese brand of rice noodles, is among the labels on display.

Over the past 20 years, Agroprom has played a strategic role in the Siberian food sector.
"""

INSTITUTE = """---
title: Russian research ship docks in Quy Nhon
outlet: Test Wire
date: 2023-06-02
---
Russian research ship docks in Quy Nhon

QUY NHON, June 2, 2023 — The Russian research ship Akademik Lavrentyev docked in Quy Nhon on Thursday for a joint survey with the Institute of Coastal Studies.

Associate Professor Đỗ Văn Hà, director of the institute, said it was the third joint survey since 2015.

The survey will last three weeks.
"""

engine = module_engine("holder_said", {"fair.txt": FAIR, "agroprom.txt": AGROPROM, "institute.txt": INSTITUTE})


def test_a_director_of_the_fair_named_in_the_lead_answers(engine):
    a = engine.ask("Who is the director of HoneyExpo Kazan 2024?")
    assert a.answered and "Rustam Garipov" in a.citations[0].quote, a.text


def test_a_firm_s_director_answers_though_the_show_is_named_only_in_the_lead(engine):
    a = engine.ask("Who directs Sibfruit LLC according to the Agroprom 2022 report?")
    assert a.answered and "Lê Thị Vy" in a.citations[0].quote, a.text


def test_a_vietnamese_name_ending_in_a_two_letter_given_name_holds_the_title(engine):
    a = engine.ask("Who is the director of the Institute of Coastal Studies?")
    assert a.answered and "Đỗ Văn Hà" in a.citations[0].quote, a.text


def test_three_word_names_with_a_short_given_name_are_name_forms(engine):
    conn = engine.conn
    row = conn.execute("SELECT actor_id FROM aliases WHERE alias = 'Đỗ Văn Hà'").fetchone()
    assert row and " Do Van Ha " in name_forms(conn, row[0])


class _Plan:
    def __init__(self, holder, hard, terms=()):
        self.holder, self.hard, self.terms = holder, hard, list(terms)


class _Cand:
    def __init__(self, text):
        self.text = text


class _Best:
    def __init__(self, text, slots, bears=True):
        self.cand, self.slots, self.bears = _Cand(text), slots, bears


def test_holder_said_wants_the_title_tied_to_the_body():
    plan, asked = _Plan(("director",), [True]), ["who", "is", "the", "director", "of", "tomsk", "museum"]
    assert holder_said(plan, _Best("Ivan Popov, director of the museum, spoke.", [0.35]), asked)
    assert holder_said(plan, _Best("Its director, Ivan Popov, spoke.", [0.35]), asked)
    assert holder_said(plan, _Best("Ivan Popov, director of Tomsk Museum, spoke.", [1.0]), asked)
    assert not holder_said(plan, _Best("Ivan Popov, director of Tomsk Museum, spoke.", [0.35]), asked)
    assert not holder_said(plan, _Best("Ivan Popov, director of the museum, spoke.", [0.0]), asked)
    assert not holder_said(plan, _Best("Ivan Popov, director of the museum, spoke.", [0.35], bears=False), asked)
    assert not holder_said(_Plan((), [True]), _Best("Ivan Popov, director of the museum, spoke.", [1.0]), asked)


def test_a_common_noun_asked_must_be_the_body_the_title_is_of():
    plan = _Plan(("chairman", "head"), [True], ["jury"])
    asked = ["who", "chaired", "the", "kazan", "2024", "jury"]
    assert not holder_said(plan, _Best("It was staged by Oleg Sokolov, head of the federation.", [0.35]), asked)
    assert holder_said(plan, _Best("Oleg Sokolov, head of the jury, praised the act.", [0.35]), asked)
