"""An entity asked about is not missing from the best sentence when the sentence writes its name
(though no actor was tied to it there), or when it is a body or place that the sentence's article
opens on and then writes around ("the carrier", "the island"); a person, or a body the article only
mentions in passing, still is (knowledge/answer/asked_near.py). Articles written for this test."""

from __future__ import annotations

from knowledge.answer import decision
from knowledge.answer.asked_near import article_subject, written_in
from knowledge.answer.retrieve import Candidate
from tests.helpers.engine_stores import module_engine

AIRLINE = """---
title: Orion Tours opens Irkutsk charters to Đà Lạt
outlet: Test Wire
date: 2024-11-02
---
Orion Tours opens Irkutsk charters to Đà Lạt

Travel agency Orion Tours has chartered flights from Irkutsk to Liên Khương airport in Lâm Đồng province, the first of which landed on Friday.

The Airbus A321 brought 212 holidaymakers, who were greeted with flowers and a lion dance.

The agency will run the charters twice a week until the end of March, provincial tourism director Phạm Thị Lan said.

Tour operator Taiga Holidays, which sold some of the seats, plans to add Nha Trang next season.
"""

FAIR = """---
title: Perm craftsmen bring lacquerware to a fair
outlet: Test Wire
date: 2023-04-14
---
Perm craftsmen bring lacquerware to a fair

Craftsmen from Perm opened a lacquerware fair in Huế on Thursday, the city's culture department said.

The stalls will stay open until Sunday evening.

A smaller exhibition of the same pieces was shown in Đà Nẵng last year.

Lacquer for the pieces came from Đà Nẵng suppliers, the craftsmen said.
"""

VIOLIN = """---
title: Vietnamese violinist wins Kazan competition
outlet: Test Wire
date: 2019-06-03
---
Vietnamese violinist wins Kazan competition

KAZAN, June 2, 2019 — Vietnamese violinist Trần Minh Khoa on Sunday won the Kazan Young Strings contest.

The 17-year-old played Sibelius in the final round and received 12,000 euros.

Later in the evening the jury also praised the Kazan orchestra that accompanied the finalists.

Khoa plans to study in Vienna next year.
"""

engine = module_engine("asked_near", {"airline.txt": AIRLINE, "fair.txt": FAIR, "violin.txt": VIOLIN})


def _cand(conn, like: str) -> Candidate:
    row = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE ?",
                       [f"%{like}%"]).fetchone()
    return Candidate(*row)


def _ids(conn, name: str) -> set[int]:
    return {r[0] for r in conn.execute("SELECT id FROM actors WHERE name = ?", [name])}


def test_a_name_written_in_the_sentence_is_there():
    assert written_in("The institutes will study AI and its uses in logistics.", "ai")
    assert written_in("Goods under HS codes 6104.41 and 6204.49 are affected.", "HS")
    assert not written_in("The institutes will study machine learning.", "ai")
    assert not written_in("They waited for the rain to stop.", "ai")  # no word "AI" in "rain" or "waited"
    assert written_in("Officials of the Lâm Đồng Tourism Department met them.", "lam dong tourism department")


def test_the_body_the_article_opens_on_is_the_subject_of_its_later_sentences(engine):
    conn = engine.conn
    airline = _ids(conn, "Orion Tours")
    assert airline
    kinds = {a: "org" for a in airline}
    assert article_subject(conn, _cand(conn, "twice a week"), airline, kinds)


def test_a_person_or_a_body_mentioned_later_is_no_subject(engine):
    conn = engine.conn
    agency = _ids(conn, "Taiga Holidays")
    assert agency and not article_subject(conn, _cand(conn, "twice a week"), agency, {a: "org" for a in agency})
    lan = _ids(conn, "Phạm Thị Lan")
    assert lan and not article_subject(conn, _cand(conn, "lion dance"), lan, {a: "person" for a in lan})


def test_the_agency_written_around_is_not_away(engine, monkeypatch):
    seen, real = [], decision.vector
    monkeypatch.setattr(decision, "vector", lambda *a, **k: seen.append(a[10]) or real(*a, **k))
    ans = engine.ask("How often will Orion Tours run the charters?")
    assert seen[:1] == [False]
    assert ans.answered and "twice a week" in ans.text


def test_the_city_the_article_opens_in_sets_its_sentences_unless_one_happens_in_another(engine):
    """Huế opens the article: a sentence naming no city, or naming Đà Nẵng only as where the lacquer
    came from, is set there; one telling what was shown in Đà Nẵng is not (a question setting it in
    Huế is a false premise)."""
    conn = engine.conn
    hue = _ids(conn, "Hue")
    kinds = {a: "place" for a in hue}
    assert hue and article_subject(conn, _cand(conn, "until Sunday evening"), hue, kinds)
    assert article_subject(conn, _cand(conn, "came from"), hue, kinds)
    assert not article_subject(conn, _cand(conn, "was shown in"), hue, kinds)


def test_a_person_the_article_opens_on_is_written_around_in_the_next_sentences(engine):
    conn = engine.conn
    khoa = _ids(conn, "Trần Minh Khoa")
    kinds = {a: "person" for a in khoa}
    assert khoa and article_subject(conn, _cand(conn, "played Sibelius"), khoa, kinds)  # "The 17-year-old"
    assert not article_subject(conn, _cand(conn, "jury also praised"), khoa, kinds)  # no subject written around
