"""Who a question names: a lower-case word is no name part when the question writes names with
capitals; a stored name cut from a longer phrase ('Lộc and') is no alias; a fact answer about a
meeting in another city than the one asked, or an ordinal no article has, is declined. Articles
written for this test."""

from __future__ import annotations

import sqlite3

from knowledge.answer import Engine
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts, module_engine, quoted

KAZAN = """---
title: Vietnamese deputy premier and Russian minister meet in Kazan
outlet: Test Wire
date: 2023-07-19
---
Vietnamese deputy premier and Russian minister meet in Kazan

KAZAN — Deputy Prime Minister Trần Văn Lộc met Russian Economic Development Minister Maxim Reshetnikov in Kazan on Tuesday.

Lộc and Reshetnikov agreed to open a joint fund for small exporters before the end of the year.

They also co-chaired the 24th session of the trade working group.

It was the eighth meeting of the two ministers since 2019.
"""

GRANT = """---
title: Russian geologists visit Huế
outlet: Test Wire
date: 2023-10-05
---
Russian geologists visit Huế

HUẾ — Vice Chairman Trần Văn Sang of Thừa Thiên Huế province met a team of Russian geologists in Huế on Thursday.

The Saint Petersburg Mining University received a research grant of 2 million roubles to study rare earths in central Vietnam.
"""


engine = module_engine("names_case", {"kazan.txt": KAZAN, "grant.txt": GRANT})


def test_a_lower_case_word_is_no_name_part(engine):
    """'sang' (Vietnamese 'to') written in lower case is not Trần Văn Sang; 'Sang' capitalised is."""
    to = engine.index.find(parse("Việt Nam xuất khẩu bao nhiêu tấn gạo sang Nga?"))
    assert not any("sang" in m.text for m in to.mentions), [m.text for m in to.mentions]
    him = engine.index.find(parse("Ông Sang gặp ai ở Huế?"))
    assert any(m.text == "sang" for m in him.mentions), [m.text for m in him.mentions]


def test_a_fact_answer_quoting_another_city_fails_the_place_check(engine):
    from knowledge.answer.checks import fact_in_place
    from knowledge.facts import Answer, Citation

    row = engine.conn.execute("SELECT id, text FROM sentences WHERE text LIKE 'Lộc and Reshetnikov agreed%'").fetchone()
    fact = Answer(answered=True, text="", headline="", citations=[Citation("kazan.txt", None, None, None, row[1], row[0])])
    place = {p: {a for a in engine.index.actors if engine.index.name(a) == p} for p in ("Kazan", "Hue")}
    assert fact_in_place(engine.conn, fact, [place["Kazan"]])
    assert not fact_in_place(engine.conn, fact, [place["Hue"]])


def test_a_name_cut_from_a_longer_phrase_is_no_alias(tmp_path):
    """A stored organisation 'Lộc and' (the extractor cut it from 'Lộc and Reshetnikov') must not
    swallow 'Lộc and' of a question."""
    engine_from_texts(tmp_path, {"kazan.txt": KAZAN}).close()
    db, seeds = tmp_path / "store.db", tmp_path / "seeds"
    conn = sqlite3.connect(db)
    src = conn.execute("SELECT id FROM sources").fetchone()[0]
    aid = conn.execute("INSERT INTO actors(key, name, kind) VALUES ('loc and', 'Lộc and', 'org')").lastrowid
    conn.execute("INSERT INTO aliases(actor_id, source_id, alias, folded) VALUES (?, ?, 'Lộc and', 'loc and')",
                 [aid, src])
    conn.commit()
    conn.close()
    with Engine.open(db, seeds) as eng:
        a = eng.ask("What did Lộc and Reshetnikov agree?")
        assert a.answered, a.text
        assert "joint fund" in quoted(a)


def test_an_ordinal_no_article_has_is_declined(engine):
    a = engine.ask("Who co-chaired the 25th session of the trade working group?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("Who co-chaired the 24th session of the trade working group?")
    assert b.answered, b.text


def test_an_ordinal_in_figures_finds_it_in_words(engine):
    b = engine.ask("Since when have the two ministers met, as of their 8th meeting?")
    assert b.answered, b.text
    assert "eighth meeting" in quoted(b)
