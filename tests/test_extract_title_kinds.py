"""Actors of the wrong kind the tagger makes out of titles and initials: a bare title ('Consul
General' tagged as an organisation) is no actor at all — the title belongs to the person it is
written beside ('X, Russia's Consul General in the city,') — and a name written with initials
('S.I. Verkhovtsev', tagged as a place) is a person; and the place between a title and the name
spelling it out ('met Vietnam's Consul General in Khabarovsk, Tran Van Minh') is no meeting's. An article written for this test."""

from __future__ import annotations

import sqlite3

from knowledge import loader
from knowledge.extract_actors import is_title_only
from tests.helpers.engine_stores import module_engine

ARTICLE = """---
title: Da Nang marks Russia Day with concert
outlet: Test Wire
date: 2021-06-14
---
Da Nang marks Russia Day with concert

DA NANG — A concert marking Russia Day was held in Da Nang on June 12.

Pavel Grigoryevich Anisimov, Russia's Consul General in the city, thanked local authorities for their support of Russian tourists.

The Consul General said more flights would link the two countries next year.

On June 13, Kirill Volkov, Chairman of the Legislative Duma of the Khabarovsk Territory, met Vietnam's Consul General in Khabarovsk, Tran Van Minh, the duma's press service reported.

The session was co-chaired by Indonesian Vice Admiral Budi Santoso and S.I. Verkhovtsev, first deputy director of the Russian arms export agency.
"""

engine = module_engine("title_kinds", {"danang.txt": ARTICLE})


def _actors(tmp_path) -> dict[str, str]:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "danang.txt").write_text(ARTICLE, encoding="utf-8")
    loader.load(tmp_path / "seeds", tmp_path / "s.db")
    conn = sqlite3.connect(tmp_path / "s.db")
    return {n: k for n, k in conn.execute("SELECT name, kind FROM actors")}


def test_title_words_alone_name_no_one():
    assert is_title_only("Consul General") and is_title_only("the Russian Ambassador")
    assert is_title_only("Vietnam's Deputy Prime Minister")
    assert not is_title_only("General Council") and not is_title_only("President Putin")
    assert not is_title_only("Gazprom") and not is_title_only("S.I. Verkhovtsev")


def test_bare_title_is_no_actor_and_initials_make_a_person(tmp_path):
    kinds = _actors(tmp_path)
    assert not any(is_title_only(n) for n in kinds), kinds
    assert kinds.get("S.I. Verkhovtsev") == "person", kinds


def test_title_before_in_the_city_is_the_persons(engine):
    titles = {t for t, in engine.conn.execute(
        "SELECT t.title FROM titles t JOIN actors a ON a.id = t.actor_id WHERE a.name LIKE '%Anisimov'")}
    assert any("Consul General" in t for t in titles), titles


def test_who_is_the_consul_general(engine):
    ans = engine.ask("Who is Russia's Consul General in Da Nang?")
    assert ans.answered and "Anisimov" in ans.headline, ans.text


def test_a_titles_place_is_no_meetings_place(engine):
    rows = list(engine.conn.execute(
        "SELECT e.kind, e.place FROM events e JOIN event_participants p ON p.event_id = e.id"
        " JOIN actors a ON a.id = p.actor_id WHERE a.name = 'Tran Van Minh'"))
    assert rows and all(place != "Khabarovsk" for _k, place in rows), rows
