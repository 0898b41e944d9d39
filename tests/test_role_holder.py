"""A "who is the <head / profession>" reply must offer someone holding that role: a deputy's title alone does
not tell the head, and a person standing in the quote is not the reporter asked unless written as one or
as the one who did the act asked (knowledge/answer/role_holder.py). On sentences written for this test."""

from __future__ import annotations

import re

from knowledge.answer.role_holder import deputy_only, profession_unheld
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine


def _quoted(*quotes: str) -> Answer:
    return Answer(True, "From Test Wire:", "From Test Wire:",
                  [Citation("x.txt", None, "Test Wire", "2019-03-02", q) for q in quotes])


def test_a_deputy_title_does_not_tell_the_head():
    vice = _quoted("Ilze Ozola, a vice chair of the Latvia-Vietnam Friendship Society, opened the fair.")
    assert deputy_only("Who chairs the Latvia-Vietnam Friendship Society?", vice)
    assert deputy_only("Ai là chủ tịch Hội hữu nghị Latvia - Việt Nam?", vice)
    assert not deputy_only("Who is the vice chair of the society?", vice)  # a deputy asked
    head = _quoted("Ilze Ozola, a vice chair of the society, thanked its chairman Andris Kalns.")
    assert not deputy_only("Who chairs the Latvia-Vietnam Friendship Society?", head)
    ceo = _quoted("Janis Berzins, vice-president of Baltic Rail and chief executive of Riga Tours, spoke.")
    assert not deputy_only("Ai là giám đốc điều hành công ty Riga Tours?", ceo)  # a chief executive heads it
    assert deputy_only("Who is the president of Baltic Rail?", _quoted("Janis Berzins, vice-president of Baltic Rail, spoke."))
    plain = _quoted("The society opened a fair in Riga on March 1.")
    assert not deputy_only("Who chairs the Latvia-Vietnam Friendship Society?", plain)  # no title: other checks


REPORT = """---
title: Latvian reporter talks to Vietnamese minister
outlet: Test Wire
date: 2019-03-02
---
Latvian reporter talks to Vietnamese minister

RIGA, March 1 – Vietnamese Transport Minister Nguyen Van Binh said in an exclusive interview with LETA that rail links with the Baltic states would grow.

Andris Kalns interviewed the finance minister of Estonia on the same day.

The photographer Ilze Ozola took pictures of the talks in Riga.

Kalns was the first reporter to ask the Estonian minister about the budget.
"""

engine = module_engine("role_holder", {"report.txt": REPORT})


def test_the_person_asked_by_profession_must_hold_it(engine):
    def unheld(question: str, sentence_start: str) -> bool:
        sid, text = engine.conn.execute("SELECT id, text FROM sentences WHERE text LIKE ?",
                                        [sentence_start + "%"]).fetchone()
        ans = Answer(True, "From Test Wire:", "From Test Wire:",
                     [Citation("report.txt", None, "Test Wire", "2019-03-02", text, sid)])
        return profession_unheld(engine.conn, re.findall(r"[a-z]+", question.lower()), question, ans)
    asked = "Who was the LETA journalist who interviewed the transport minister?"
    assert unheld(asked, "Vietnamese Transport Minister")  # the one interviewed, not the journalist
    assert not unheld("Who was the journalist who interviewed the Estonian minister?", "Andris Kalns")
    assert not unheld("Who was the photographer at the talks?", "The photographer Ilze")
    assert not unheld("Who chaired the talks?", "Vietnamese Transport Minister")  # no profession asked
    assert not unheld("Who was the first reporter to ask about the budget?", "Kalns was")  # "<Name> was the <trade>"
