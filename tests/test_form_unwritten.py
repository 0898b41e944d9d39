"""An asked detail with a written form of its own (a sum of money, a fine, a sentence, a judge, a
court, a school) must be written in the reply, or the question is declined
(knowledge/answer/form_unwritten.py); a Russian age question with a title or a full name
(asked_unwritten.py). Sentences and article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.asked_unwritten import age_unwritten
from knowledge.answer.form_unwritten import form_unwritten
from tests.helpers.engine_stores import module_engine

COURT = """---
title: Da Nang court jails Polish tourist over forged banknotes
outlet: Test Wire
date: 2016-10-12
---
Da Nang court jails Polish tourist over forged banknotes

A court in Da Nang on Tuesday handed a seven-year prison term to Polish tourist Tomasz Wrona for bringing forged banknotes into Vietnam.

Wrona told the court that a man he had met in Warsaw gave him the notes in exchange for a holiday on the coast.

Investigators said Wrona had spent almost a month in the resort city before his arrest.
"""

engine = module_engine("form_unwritten", {"court.txt": COURT})


@pytest.mark.parametrize("question, text", [
    ("How much money did the Gdansk club donate to the school?", "The Gdansk club sent books to the school in Hue."),
    ("What budget did the ministry allocate to the programme?", "The ministry approved a programme called Polish Days."),
    ("What is the cost of the Hue bridge?", "The bridge will cross the Perfume River in Hue."),
    ("What fine did the court impose on Wrona?", "Wrona paid 1,000 US dollars for the trip, the court heard."),
    ("Какой штраф заплатил Томаш Врона?", "Wrona paid 1,000 US dollars for the trip."),
    ("What sentence did the Hue attacker receive?", "The province was told to punish the attacker strictly."),
    ("Tòa án Đà Nẵng xử Wrona bao nhiêu năm tù?", "Wrona had lived in the resort city for three years."),  # no penalty
    ("Which judge presided over Wrona's trial?", "Prosecutors asked for a long term for Wrona, 41."),
    ("Which court sentenced the smuggler Le Van Tam?", "The smuggler Le Van Tam worked through a broker."),
    ("Which university in Gdansk does Mai Lan attend?", "Mai Lan is 21 and studies at a university in Gdansk."),
])
def test_a_detail_unwritten_is_missing(question, text):
    assert form_unwritten(question, [text])


@pytest.mark.parametrize("question, text", [
    ("How much money did the Gdansk club donate to the school?", "The club gave 200,000 dong to the school."),
    ("How much was the Hue bridge deal worth?", "A 40-million-dollar deal covers the bridge."),
    ("What is the cost of the Hue bridge?", "The bridge will cost about two billion dollars."),
    ("What fine did the court impose on Wrona?", "Wrona was also fined 5,000 US dollars."),
    ("What sentence did the Hue attacker receive?", "The attacker was jailed for 12 years."),
    ("Which judge presided over Wrona's trial?", "Judge Pham Van Hai presided over the trial."),
    ("Which court sentenced the smuggler Le Van Tam?", "The Hue People's Court sentenced Tam."),
    ("Which university in Gdansk does Mai Lan attend?", "Mai Lan studies at the Gdansk University of Technology."),
    ("Which university in Gdansk does Mai Lan attend?", "Mai Lan studies at the GUT in Gdansk."),
    # no detail of that form asked: the question's focus is elsewhere
    ("By how much did trade grow?", "Trade grew by a third."),
    ("What did the university official say?", "The official said ties would grow."),
    ("What term does the congress cover?", "The congress covers the 2024-2029 term."),
    ("Trữ lượng mỏ được đánh giá lại là bao nhiêu?", "The field holds 40 million tonnes."),  # assessed, no price
    ("Đại biểu bàn về dự án gì?", "The delegates discussed a bridge project."),
])
def test_a_detail_written_or_not_asked_is_kept(question, text):
    assert not form_unwritten(question, [text])


def test_a_russian_age_with_a_title_or_full_name_is_asked():
    assert age_unwritten("Сколько лет полковнику Вронскому?", ["The colonel spoke of 40 years of service."])
    assert age_unwritten("Сколько лет Анне Вронской?", ["Anna Vronskaya toured the port."])
    assert not age_unwritten("Сколько лет Анне Вронской?", ["Anna Vronskaya, 34, toured the port."])
    assert not age_unwritten("Сколько лет отношениям России и Польши?", ["Ties go back 70 years."])  # no person


def test_the_engine_declines_a_fine_it_never_read(engine):
    a = engine.ask("What fine did the Da Nang court impose on Tomasz Wrona?")
    assert not a.answered, a.text


def test_the_engine_answers_the_sentence_written(engine):
    a = engine.ask("What sentence did the Da Nang court give Tomasz Wrona?")
    assert a.answered and "seven-year" in a.text, a.text
