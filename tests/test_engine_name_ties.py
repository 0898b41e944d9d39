"""A sentence is tied to an asked person by a name it writes, never by a role one article kept as
an alias ("his Russian counterpart Aleksei Chekunkov" leaves "Russian counterpart" among
Chekunkov's aliases; another article's "his Russian counterpart" is someone else). Articles
written for this test."""

from __future__ import annotations

from knowledge.answer.retrieve import name_forms
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

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


TWINNING = """---
title: Lào Cai and Tomsk review their ties
outlet: Test Wire
date: 2023-03-14
---
Lào Cai and Tomsk review their ties

Lào Cai Party Secretary Đặng Xuân Phong met a delegation led by Tomsk Vice Governor Igor Shaturny on Monday.

The province signed a twinning deal with Novosibirsk back in 2004, but because the priorities of both sides had changed a great deal, they agreed in 2021 to let it lapse.

The two sides agreed to open a Tomsk trade office in Lào Cai this year.
"""

twin_engine = module_engine("twinning", {"twinning.txt": TWINNING})


def test_the_two_sides_stand_for_a_meeting_s_people_only_where_they_agree(twin_engine):
    a = twin_engine.ask("What did Dang Xuan Phong agree?")
    assert a.answered and "trade office" in quoted(a), a.text
    assert "lapse" not in quoted(a), a.text  # Lào Cai and Novosibirsk agreed that, not Phong


def test_the_two_sides_are_the_ones_who_agree_only_as_its_subject():
    from knowledge.answer.agreements import _PAIR_AGREED
    assert _PAIR_AGREED.search("the two sides agreed to open a trade office")
    assert _PAIR_AGREED.search("both leaders also signed a joint statement")
    assert not _PAIR_AGREED.search("because both sides priorities had changed a great deal they agreed to end it")


def test_a_sentence_whose_both_sides_are_others_is_not_the_meeting_s_agreement(twin_engine):
    from knowledge.answer.agreements import agree_sentences
    (phong,) = twin_engine.conn.execute("SELECT id FROM actors WHERE name LIKE '%Phong'").fetchone()
    texts = [p[4] for p in agree_sentences(twin_engine, parse("What did Phong agree?"), [{phong}], [], [])]
    assert any("trade office" in t for t in texts), texts
    assert not any("lapse" in t for t in texts), texts


def test_a_lead_in_never_names_the_speaker_as_his_own_topic(twin_engine):
    from knowledge.answer.said import passage_answer
    (phong,) = twin_engine.conn.execute("SELECT id FROM actors WHERE name LIKE '%Phong'").fetchone()
    (sid, src, pos, text) = twin_engine.conn.execute(
        "SELECT id, source_id, position, text FROM sentences WHERE text LIKE 'Lào Cai Party Secretary%'").fetchone()
    a = passage_answer(twin_engine, [("2023-03-14", src, pos, sid, text)], [phong], [], {phong})
    name = twin_engine.index.name(phong)
    head = a.text.splitlines()[0]
    assert f"{name} and {name}" not in head and f"about {name}" not in head, head
    assert a.answered and a.citations[0].quote == text
