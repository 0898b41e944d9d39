"""A question pinned to a figure, a full name or a third country that the article the reply would
answer from does not write is declined (knowledge/answer/anchors_unwritten.py), though a sentence on
the same topic shares its words; each has a control the articles do answer. Articles written for this
test."""

from __future__ import annotations

import pytest

from knowledge.answer.anchors_unwritten import asked_abroad, asked_figures, asked_names, unwritten
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine, quoted

FLOUR = """---
title: Novosibirsk flour reaches Vietnam
outlet: Test Wire
date: 2023-11-09
---
Novosibirsk flour reaches Vietnam

NOVOSIBIRSK, November 9 (Test Wire) – A consignment of 42.5 tonnes of wheat flour from Russia's Novosibirsk province has been shipped to Vietnam after passing veterinary and phytosanitary checks.

Novosibirsk has sent 310 tonnes of flour to Vietnam since January, regional agriculture minister Yevgeny Lebedev said.

Lebedev told Vietnamese importers that the province could double its flour exports next year.

The flour will be sold to bakeries in Hai Phong and Quang Ninh.
"""

TEA = """---
title: Tea company plans Kazan warehouse
date: 2022-04-21
---
KAZAN, April 21 (Test Wire) – Thai Nguyen Tea Corporation has signed an agreement with Tatarstan to build two warehouses near Kazan at a combined cost of 75 million USD. Company director Hoang Thi Lan said the warehouses would open in 2024.

Belarus also buys Vietnamese tea, Lan noted, but in far smaller amounts.

Oleg Sorokin, Tatarstan's deputy trade minister, said the region wanted more Vietnamese green tea.
"""

engine = module_engine("anchors_unwritten", {"flour.txt": FLOUR, "tea.txt": TEA})


@pytest.mark.parametrize("question, quote", [
    ("What is the combined cost of the 42.5-tonne tea shipment?", None),  # a figure the tea article does not write
    ("Which Belarusian company buys Novosibirsk flour?", None),  # a third country the flour article does not
    ("How much flour has Novosibirsk sent to Vietnam since January?", "310 tonnes"),
    ("Which country also buys Vietnamese tea?", "Belarus"),
])
def test_an_anchor_is_answered_only_from_an_article_that_writes_it(engine, question, quote):
    a = engine.ask(question)
    if quote is None:
        assert not a.answered and not a.citations, a.text
    else:
        assert a.answered and quote in quoted(a), a.text


def test_a_full_name_no_cited_article_writes_is_an_unwritten_anchor(engine):
    said = "Lebedev told Vietnamese importers that the province could double its flour exports next year."
    flour = Answer(True, said, said, [Citation("flour.txt", None, None, None, said)])
    assert unwritten(engine.conn, "What did Lebedev tell Hoang Thi Lan about flour exports?", "en", flour) == "hoang thi lan"
    assert unwritten(engine.conn, "What did Yevgeny Lebedev tell importers about flour exports?", "en", flour) is None
    assert unwritten(engine.conn, "What did Lebedev tell importers in Hải Phòng about flour?", "en", flour) is None


def test_anchors_read_from_the_question():
    assert asked_figures("How many of the 2,550 cars came in 6/2020 over 12 days in 2019, the 22nd batch?") == ["2550"]
    assert asked_figures("What did the 69.5-tonne consignment cost?") == ["69.5"]
    assert asked_figures("Whom did Hoan receive on June 26, or on 17 December?") == []  # days: "on Tuesday" dates them
    assert asked_names("What did Tran Bich Nga tell the EAEU FTA office in Hà Nội?") == [["tran", "bich", "nga"], ["ha", "noi"]]
    assert [p for p, _ in asked_abroad("Which Belarusian carmaker came to Geneva?", "en")] == ["Belarusian", "Geneva"]
    assert asked_abroad("Hạm đội Thái Bình Dương đến Lao Cai khi nào?", "vi") == []  # the Pacific; a Vietnamese province


def test_a_name_one_letter_off_the_article_is_no_unwritten_anchor(engine):
    said = "Lebedev told Vietnamese importers that the province could double its flour exports next year."
    flour = Answer(True, said, said, [Citation("flour.txt", None, None, None, said)])
    assert unwritten(engine.conn, "What did Yevgeni Lebedv tell importers about flour exports?", "en", flour) is None
    assert unwritten(engine.conn, "What did Hoang Thi Lann tell importers about flour?", "en", flour) == "hoang thi lann"
