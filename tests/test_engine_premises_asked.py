"""Questions whose premise no sentence bears out are declined, though a sentence shares their words:
a sum asked of a sentence with no figure ("the two economies" counts nothing), a country asked
of a sentence about another one, a founding asked of a sentence with no founding, a city no
article names, a venue asked in one city of a sentence placing it in another, the name of someone
a sentence only describes. Each has a control that the articles do answer. Articles written for
this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

TRADE = """---
title: Tula and Vietnam look to widen trade
outlet: Test Wire
date: 2019-10-14
---
Tula and Vietnam look to widen trade

TULA, October 14 (Test Wire) – Trade between Vietnam and Russia rose to 4.1 billion USD in 2018, up 12 percent, Deputy Governor Sergei Orlov told a visiting delegation from Cần Thơ on Monday.

Orlov said the two economies still traded far less than they could.

The free trade deal with the Eurasian Economic Union also covers Armenia and Kyrgyzstan, he noted.

Orlov received the Cần Thơ delegation at the regional government house in Tula.

The Cần Thơ delegation's five-day visit to Tula is due to end on Saturday.

Orlov said he hoped the guests would leave with new contracts.

"Tula was my second home," a retired engineer told the meeting.
"""

SOCIETY = """---
title: Friendship society holds its annual meeting
outlet: Test Wire
date: 2021-03-06
---
Friendship society holds its annual meeting

The Tula–Vietnam Friendship Society held its annual meeting in Tula on Saturday, chaired by Irina Volkova.

The society marks Vietnam's National Day every September with a concert.

Volkova said Vietnam–Russia trade in 2018 was still far below its potential.

A photo exhibition about the Mekong Delta opened in Cần Thơ on Friday, organised by the society.

The Kazan Vietnamese Cultural Centre was founded in 2011 by Lê Minh Đức, a former student of Kazan University.

Retired engineer Phạm Văn Lộc, who studied in Tula in the 1970s, thanked the society for its work.

The delegation will travel on to Hanoi next week.

Anna Petrova, who heads the society's youth club, spoke about a student exchange with Kazan.

Nikolai Gusev was appointed head of the society's music club in 2019.
"""

engine = module_engine("premises_asked", {"trade.txt": TRADE, "society.txt": SOCIETY})


def _declined(a) -> bool:
    return not a.answered and not a.citations


def test_a_sum_asked_of_a_sentence_with_no_figure_is_declined(engine):
    a = engine.ask("What was the value of two-way trade cited by Orlov for the two economies' potential?")
    assert _declined(a) or "4.1 billion" in a.text, a.text  # never the figure-less sentence as the answer
    assert "traded far less" not in quoted(a), a.text


def test_a_sum_asked_by_its_noun_is_answered_by_the_figure(engine):
    a = engine.ask("What was the value of trade between Vietnam and Russia in 2018?")
    assert a.answered and "4.1 billion" in a.text, a.text


def test_a_country_asked_of_a_sentence_about_another_is_declined(engine):
    a = engine.ask("What was Vietnam's trade with Armenia in 2018?")
    assert _declined(a), a.text
    a = engine.ask("Kim ngạch thương mại Việt Nam – Kyrgyzstan năm 2018 là bao nhiêu?")
    assert _declined(a), a.text


def test_a_founding_asked_of_a_sentence_with_no_founding_is_declined(engine):
    a = engine.ask("When was the Tula–Vietnam Friendship Society founded?")
    assert _declined(a), a.text


def test_a_founding_written_is_answered(engine):
    a = engine.ask("When was the Kazan Vietnamese Cultural Centre founded?")
    assert a.answered and "2011" in a.text, a.text


def test_leaving_is_answered_by_the_end_of_a_visit(engine):
    a = engine.ask("When will the Cần Thơ delegation leave Tula?")
    assert a.answered and "due to end on Saturday" in quoted(a), a.text


def test_a_city_no_article_names_is_declined_even_when_its_words_occur(engine):
    # "Minh" and "Chí" occur (Lê Minh Đức), the city does not
    a = engine.ask("Ông Orlov tiếp đoàn Cần Thơ tại Thành phố Hồ Chí Minh phải không?")
    assert _declined(a) and "Ho Chi Minh City" in a.text, a.text


def test_an_opening_asked_in_another_city_is_declined(engine):
    a = engine.ask("When did the Mekong Delta photo exhibition open in Hanoi?")
    assert _declined(a), a.text
    a = engine.ask("When did the Mekong Delta photo exhibition open in Cần Thơ?")
    assert a.answered and "opened in Cần Thơ on Friday" in quoted(a), a.text


def test_the_name_of_someone_only_described_is_not_given(engine):
    a = engine.ask("What is the name of the retired engineer quoted at the meeting with Orlov?")
    assert "second home" not in quoted(a), a.text
    assert _declined(a) or "Phạm Văn Lộc" in a.text, a.text


def test_who_was_appointed_needs_an_appointment(engine):
    a = engine.ask("Who was appointed to lead the student exchange with Kazan?")
    assert _declined(a), a.text
    a = engine.ask("Who was appointed head of the society's music club?")
    assert a.answered and "Gusev" in a.text, a.text


def test_a_flow_asked_with_what_was_wants_its_figure(engine):
    a = engine.ask("What was Vietnam–Russia trade in 2018?")
    assert a.answered and "4.1 billion" in a.text, a.text
