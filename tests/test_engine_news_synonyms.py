"""Words a reader uses that news writes otherwise — 'envoys' for 'ambassadors', 'remove barriers'
for 'clear obstacles', 'widen' for 'extend' — still find the sentence that answers, ahead of a
neighbour that only repeats the question's other words. Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import module_engine

FORUM = """---
title: Da Nang and Kazan talk trade at river forum
outlet: Test Wire
date: 2023-05-19
---
Da Nang and Kazan talk trade at river forum

ĐÀ NẴNG — Da Nang Vice Chairman Hồ Kỳ Minh on Thursday received Kazan deputy mayor Ilsur Metshin at a river trade forum in the city.

Minh met Kazan business leaders at the forum on Friday. Minh also met the ambassadors of Belarus and Armenia on the sidelines of the forum.

Minh and Metshin agreed to remove the visa fee for forum guests. Minh and Metshin agreed to clear obstacles in customs and payments for small traders.

The city plans to widen the riverside road before next year's forum. Da Nang and Kazan officials said they would look into extending trade to seafood, textiles and river tourism.

Metshin praised the forum and thanked his host for the warm welcome.
"""

TOUR = """---
title: Perm ballet tours Cần Thơ
outlet: Test Wire
date: 2022-09-17
---
Perm ballet tours Cần Thơ

The Perm Opera and Ballet Theatre performed Swan Lake at the new riverside hall in Cần Thơ on Saturday.

Perm Vice Governor Oleg Malkov urged Vietnamese rice exporters to open an office in Perm. Malkov thanked Vietnamese rice exporters for their interest in Perm.

Malkov told correspondents that the tour had sold out within a week. Malkov said the tour would go on to Huế.
"""

engine = module_engine("news_synonyms", {"forum.txt": FORUM, "tour.txt": TOUR})


@pytest.mark.parametrize("question, sentence_has", [
    ("Which envoys did Minh meet at the forum?", "ambassadors of Belarus and Armenia"),
    ("What barriers did Minh and Metshin agree to remove?", "clear obstacles"),
    ("What might Da Nang and Kazan widen trade to?", "extending trade to seafood"),
    ("What did Malkov advise Vietnamese rice exporters to do?", "urged Vietnamese rice exporters"),
    ("What did Malkov tell journalists about the tour?", "told correspondents that the tour had sold out"),
])
def test_a_word_news_writes_otherwise_finds_its_sentence(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text


@pytest.mark.parametrize("word, sentence", [
    ("show", "The museum will display lacquer paintings"), ("displayed", "Artists will show lacquer paintings"),
    ("exhibited", "The museum will display lacquer paintings"), ("displays", "The museum exhibits lacquer paintings"),
    ("shipment", "A consignment of timber reached the port"), ("consignments", "The cargo of timber reached the port"),
    ("cargo", "A consignment of timber reached the port"), ("advised", "Malkov urged exporters to open an office"),
    ("journalists", "Malkov told correspondents that"), ("correspondents", "Malkov told journalists that"),
    ("audience", "More than 2,000 spectators filled the hall"), ("spectators", "The audience filled the hall"),
    ("expire", "The programme lapses at the end of 2027"), ("lapsed", "The programme expired at the end of 2027"),
])
def test_news_words_for_what_was_shown_sent_watched_or_ran_out(word, sentence):
    assert term_hits([word], sentence) == [0.9]
    assert term_hits(["ships"], "A consignment of timber reached the port") == [0.0]  # 'ship' keeps its own row
