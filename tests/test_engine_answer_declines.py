"""Questions the articles do not answer are declined, not answered with the closest sentence:

- a topic no article has, asked about a place and the reader's own time ("the weather in
  Novosibirsk today", in English, Russian or Vietnamese): a sentence sharing only the city or
  "today" with it shares no topic;
- "who did it" where the best sentence names no person, role or acting body beyond the question's;
- "which ambassador" where it names someone of another title, "which bank" where it names no bank.

Each has a question of the same shape that the articles do answer, which must stay answered.
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

The equipment had come by sea through Hoa Lu port in Ninh Bình last month.

A second clinic is planned for Sóc Trăng, and Vietcombank will lend 5 million US dollars for its building.
"""

FAIR = """---
title: Finnish craft fair in Tampere
outlet: Test Wire
date: 2024-09-14
---
Finnish craft fair in Tampere

Organised by the Estonian Embassy, the lantern parade also marked the tenth year of the twinning of Tampere and Tartu.

The city administration of Kuopio on Thursday hosted the third Nordic pottery forum, held in a former mill.

Local villagers and foreign tourists cheered the folk dancers from the riverbank.
"""

engine = module_engine("answer_declines", {"orchestra.txt": ORCHESTRA, "clinic.txt": CLINIC, "fair.txt": FAIR})


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


@pytest.mark.parametrize("question, unless", [
    # "who did it": the best sentence names no person, role or body doing it beyond the question's
    ("Who represented Russia at the opening ceremony of the children's clinic in Cần Thơ?", "Ivan Sokolov"),
    # the director Lâm Thị Hoa ("Hoa") is not named by the port of Hoa Lu
    ("Who shipped the equipment through Hoa Lu port?", "Ivan Sokolov"),
    # "which ambassador": a name under another title is no answer
    ("Which Russian ambassador attended the ceremony in Cần Thơ?", "Ivan Sokolov"),
    # "which bank": no sentence about the concert names one (nor any other organisation)
    ("Which bank paid for the orchestra's concert at the Novosibirsk Philharmonic?", "Vietcombank"),
])
def test_no_sentence_holds_what_is_asked(engine, question, unless):
    """Declined, unless the answer is the sentence that does hold it."""
    a = engine.ask(question)
    assert not a.answered or unless in quoted(a), a.text
    assert "Trần Quốc Bảo" not in quoted(a), a.text


@pytest.mark.parametrize("question, answer", [
    ("Who organised the orchestra's tour of Novosibirsk?", "ministry of culture"),  # a body doing it
    ("Who welcomed the guests at the Mekong Children's Hospital?", "Lâm Thị Hoa"),  # a person
    ("Which Russian ambassador handed over the equipment certificates?", "Ivan Sokolov"),  # the title and a name
    ("Which bank will lend money for the clinic in Sóc Trăng?", "Vietcombank"),
    # a body by its noun, though the entity model may read its name as a place; a group of people doing it
    ("Who organised the lantern parade?", "Estonian Embassy"),
    ("Who hosted the Nordic pottery forum?", "city administration of Kuopio"),
    ("Who cheered the folk dancers from the riverbank?", "villagers"),
])
def test_a_sentence_holding_what_is_asked_answers(engine, question, answer):
    a = engine.ask(question)
    assert a.answered and answer in quoted(a), a.text
