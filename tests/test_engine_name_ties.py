"""A sentence is tied to an asked person by a name it writes, never by a role one article kept as
an alias ("his Russian counterpart Aleksei Chekunkov" leaves "Russian counterpart" among
Chekunkov's aliases; another article's "his Russian counterpart" is someone else). Articles
written for this test."""

from __future__ import annotations

from knowledge.answer.retrieve import name_forms
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

ARCTIC = """---
title: Arctic ministers meet in Murmansk
outlet: Test Wire
date: 2022-06-14
---
Arctic ministers meet in Murmansk

MURMANSK — Vietnamese Minister of Natural Resources Đặng Quốc Khánh met his Russian counterpart Aleksei Chekunkov in Murmansk on Monday.

The two ministers discussed research on sea ice and fisheries in the Barents Sea.
"""

MINES = """---
title: Mining ministers talk by phone
outlet: Test Wire
date: 2023-02-09
---
Mining ministers talk by phone

Vietnamese Minister of Industry Nguyễn Hồng Diên and his Russian counterpart, Minister Denis Manturov, held a phone conversation on Wednesday to review cooperation in mining and machinery.

Diên said Vietnamese firms wanted to buy more Russian mining equipment.
"""

engine = module_engine("name_ties", {"arctic.txt": ARCTIC, "mines.txt": MINES})


def test_a_role_alias_is_no_name_form(engine):
    conn = engine.retrieval.store.conn
    (cid,) = conn.execute("SELECT id FROM actors WHERE name LIKE '%Chekunkov'").fetchone()
    aliases = {a for (a,) in conn.execute("SELECT alias FROM aliases WHERE actor_id = ?", [cid])}
    forms = name_forms(conn, cid)
    assert " Aleksei Chekunkov " in forms
    assert all("counterpart" not in f for f in forms), (aliases, forms)


def test_a_meeting_nobody_reports_is_not_answered_by_another_counterpart(engine):
    a = engine.ask("Where did Nguyen Hong Dien meet Aleksei Chekunkov?")
    assert not a.citations or all("Manturov" not in c.quote for c in a.citations), a.text
    assert not a.answered, a.text
    b = engine.ask("Where did Dang Quoc Khanh meet Aleksei Chekunkov?")
    assert b.answered and "Murmansk" in b.text, b.text


FERRY = """---
title: Kamchatka governor receives Vietnamese shipbuilders
outlet: Test Wire
date: 2024-05-20
---
Kamchatka governor receives Vietnamese shipbuilders

Kamchatka Governor Vladimir Solodov received a delegation of Vietnamese shipbuilders led by Trần Quang Vũ in Petropavlovsk-Kamchatsky on Friday.

The host said the region needed new fishing trawlers and repair docks.
"""

RICE = """---
title: Rice traders meet in Cần Thơ
outlet: Test Wire
date: 2024-07-02
---
Rice traders meet in Cần Thơ

Cần Thơ Vice Chairman Nguyễn Thực Hiện welcomed Russian grain importers to the city on Monday.

"Jasmine rice remains the clear favourite among our exports to Russia," Hiện told the visitors.
"""

roles_engine = module_engine("role_aliases", {"ferry.txt": FERRY, "rice.txt": RICE})


def test_an_article_s_role_alias_does_not_pin_a_question_s_role(roles_engine):
    conn = roles_engine.retrieval.store.conn
    aliases = {a.lower() for (a,) in conn.execute(
        "SELECT alias FROM aliases JOIN actors ON actors.id = aliases.actor_id WHERE actors.name LIKE '%Solodov'")}
    assert "the host" in aliases  # the loader's per-article role alias this test is about
    found = roles_engine.index.find(parse("Which export did the host call the clear favourite?"))
    assert not any(m.how == "alias" for m in found.mentions), found.mentions
    a = roles_engine.ask("Which export did the host call the clear favourite?")
    assert a.answered and "Jasmine rice" in a.text, a.text
