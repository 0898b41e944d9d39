"""An article names an organisation the loader stored under another spelling: "Hanoi Women's Union" kept
as "Hanoi Women Union" (the possessive dropped), the Communist Party of Vietnam written "Communist
Party of Viet Nam" or "CPV". Retrieval still finds the article by its text, as it does by an alias
(named_sources), so a question about them and someone else there is not read as naming two who were
never together. Articles written for this test."""

from __future__ import annotations

import sqlite3

from knowledge.answer.retrieve import named_sources, possessives
from tests.helpers.engine_stores import module_engine

UNION = """---
title: Russian nurses train in Hanoi
outlet: Test Wire
date: 2021-04-09
---
Russian nurses train in Hanoi

HANOI — A group of nurses from Kaluga began a two-week course in Hanoi on Friday, hosted by the Hanoi Women's Union.

Officials of the Communist Party of Viet Nam welcomed the group at the city hall.
"""

OTHER = """---
title: Kaluga opens a clinic
outlet: Test Wire
date: 2021-05-02
---
Kaluga opens a clinic

KALUGA — Governor Vladislav Shapsha opened a new clinic on Sunday.
"""

engine = module_engine("named_spellings", {"union.txt": UNION, "other.txt": OTHER})


def _writable(engine) -> sqlite3.Connection:
    path = engine.conn.execute("PRAGMA database_list").fetchone()[2]
    return sqlite3.connect(path)


def _actor(conn, name: str, kind: str) -> int:
    conn.execute("INSERT INTO actors (key, name, kind) VALUES (?, ?, ?)", [f"test:{name}", name, kind])
    aid = conn.execute("SELECT id FROM actors WHERE key = ?", [f"test:{name}"]).fetchone()[0]
    src = conn.execute("SELECT id FROM sources WHERE file = 'other.txt'").fetchone()[0]
    conn.execute("INSERT INTO aliases (actor_id, source_id, alias, folded) VALUES (?, ?, ?, ?)",
                 [aid, src, name, name.lower()])
    conn.commit()
    return aid


def _files(conn, sources: set[int]) -> set[str]:
    return {conn.execute("SELECT file FROM sources WHERE id = ?", [s]).fetchone()[0] for s in sources}


def test_possessive_variants_of_a_name():
    assert possessives("hanoi women union") == ["hanoi s women union", "hanoi women s union"]
    assert possessives("putin") == []


def test_an_organisation_kept_without_its_possessive_is_found_in_the_text(engine):
    conn = _writable(engine)
    aid = _actor(conn, "Hanoi Women Union", "org")
    assert "union.txt" in _files(conn, named_sources(conn, {aid}))


def test_a_listed_organisation_is_found_by_its_other_spelling(engine):
    conn = _writable(engine)
    aid = _actor(conn, "Vietnamese Communist Party", "org")
    assert "union.txt" in _files(conn, named_sources(conn, {aid}))
