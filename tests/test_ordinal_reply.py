"""A reply is declined when no quoted sentence's article writes the ordinal asked
(knowledge/answer/ordinal_checks.reply_unwritten): a reply composed from an event may quote an article the
candidate check never read. Articles written for this test."""

from __future__ import annotations

from knowledge.answer.ordinal_checks import reply_unwritten
from knowledge.facts import Answer, Citation
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

THIRD = """---
title: Pacific trawler ends third joint cruise
outlet: Test Wire
date: 2019-08-02
---
Pacific trawler ends third joint cruise

The trawler Professor Kaganovsky ended its third joint cruise with Vietnamese biologists in Da Nang on Thursday.
"""

WELCOME = """---
title: Trawler welcomed in Da Nang
outlet: Test Wire
date: 2019-07-01
---
Trawler welcomed in Da Nang

A welcome ceremony for the trawler Professor Kaganovsky was held at Tien Sa port on Monday.
"""

engine = module_engine("ordinal_reply", {"third.txt": THIRD, "welcome.txt": WELCOME})


def _reply(conn, word: str) -> Answer:
    sid, text = conn.execute("SELECT id, text FROM sentences WHERE text LIKE ?", [f"%{word}%"]).fetchone()
    return Answer(True, "From Test Wire:", "From Test Wire:", [Citation("x.txt", None, "Test Wire", None, text, sid)])


def test_a_quote_from_an_article_never_writing_the_ordinal_is_declined(engine):
    q = parse("On what date was the welcome ceremony for the third cruise held?", "en")
    assert reply_unwritten(engine.conn, q, _reply(engine.conn, "welcome ceremony"))
    assert not reply_unwritten(engine.conn, q, _reply(engine.conn, "ended its third"))
    plain = parse("On what date was the welcome ceremony for the trawler held?", "en")
    assert not reply_unwritten(engine.conn, plain, _reply(engine.conn, "welcome ceremony"))  # no ordinal asked


def _quote(text: str) -> Answer:
    return Answer(True, "From Test Wire:", "From Test Wire:", [Citation("x.txt", None, "Test Wire", None, text)])


def test_a_figure_of_another_ordinal_does_not_count_the_one_asked():
    """ "How many biologists were on the fourth cruise?" is not answered by the third cruise's 40 biologists,
    though the quote goes on to the fourth; a figure after the asked cruise, or after no ordinal, answers."""
    from knowledge.answer.ordinal_checks import figures_of_another
    q = parse("How many biologists were on the fourth joint cruise?", "en")
    assert figures_of_another(q, _quote("The third cruise, with 40 biologists aboard, ended on May 3, 2019, "
                                        "and a fourth cruise was due in June."))
    assert not figures_of_another(q, _quote("The third cruise ended, and the fourth cruise took 35 biologists."))
    assert not figures_of_another(q, _quote("Some 35 biologists joined the cruise in Da Nang."))
