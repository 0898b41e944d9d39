"""Questions the articles do not answer are declined, not answered with the closest sentence:
a topic no article has, asked about a place and the reader's own time ("the weather in
Novosibirsk today", in English, Russian or Vietnamese): a sentence sharing only the city or
"today" with it shares no topic. A question whose other words the quote carries stays answered.
Articles written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import module_engine, quoted

ORCHESTRA = """---
title: Hanoi orchestra plays Novosibirsk
outlet: Test Wire
date: 2024-04-18
---
Hanoi orchestra plays Novosibirsk

The Vietnam National Symphony Orchestra gave a concert of Tchaikovsky and Vietnamese folk songs at the Novosibirsk Philharmonic on Wednesday.

Conductor Lê Phi Phi said the musicians felt at home in Siberia today, thanks to a warm welcome.

The tour was organised by the Novosibirsk regional ministry of culture, which invited the orchestra last year.
"""

CLINIC = """---
title: Russian-equipped clinic opens in Cần Thơ
outlet: Test Wire
date: 2024-06-07
---
Russian-equipped clinic opens in Cần Thơ

The opening ceremony of a children's clinic took place on Friday at the Mekong Children's Hospital in Cần Thơ, with equipment worth 2 million US dollars from a Russian grant.

Hospital director Lâm Thị Hoa welcomed the guests and thanked Russia for the grant.

Trần Quốc Bảo, vice chairman of the city People's Committee, attended the ceremony.

Russian Ambassador Ivan Sokolov handed over the equipment certificates to the hospital.

A second clinic is planned for Sóc Trăng, and Vietcombank will lend 5 million US dollars for its building.
"""

engine = module_engine("answer_declines", {"orchestra.txt": ORCHESTRA, "clinic.txt": CLINIC})


@pytest.mark.parametrize("question", [
    "What is the weather like in Novosibirsk today?",
    "Какая погода сегодня в Новосибирске?",
    "Giá vàng hôm nay là bao nhiêu?",
])
def test_an_unknown_topic_about_a_place_today_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered and not a.citations, a.text


def test_a_word_no_article_has_with_the_rest_of_the_question_quoted_is_answered(engine):
    """'mood' is in no article, but the musicians and their feeling are: "today" alone would not be."""
    a = engine.ask("What mood did the musicians feel in Siberia today?")
    assert a.answered and "felt at home" in quoted(a), a.text
