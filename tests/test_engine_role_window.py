"""A role no stored title fits is found where the article writes it: a hyphened deputy ("Vice-Director"),
a qualifier the question spells out but the sentence writes by the acronym the article defines, an office
written by its verb over "the centre" the question names, and the title of a person the sentences just
before name when the answering one says only "he". Names, bodies and places made up for these tests."""

from __future__ import annotations

from knowledge.match.head_verbs import body_asked
from knowledge.match.roles import canon_role, role_text, parse_title
from knowledge.answer.role_written import deputy_before
from tests.helpers.engine_stores import module_engine, quoted

SPACE = """---
title: Siberian space institute hosts Vietnamese students
outlet: Test Wire
date: 2021-10-05
---
Siberian space institute hosts Vietnamese students

NOVOSIBIRSK — A group of Vietnamese physics students visited the Siberian Institute of Space Research (SISR) on Tuesday.

The guests toured two laboratories and a satellite assembly hall.

Speaking for the SISR, Vice-Director Pavel Ignatov promised that the institute would take ten more Vietnamese interns next year.

Ignatov also offered to organise summer courses in satellite design for students from Huế.
"""

CENTRE = """---
title: Russian charity gives library to Huế centre
outlet: Test Wire
date: 2022-03-11
---
Russian charity gives library to Huế centre

HUẾ — A library was opened on Friday at the Huế Centre for Deaf Children, a gift from the Russian charity Svet.

Ribbons were cut before the books were handed over to the centre.

Lê Thị Mai, who heads the centre, thanked the donors together with 12 of her teachers.
"""

PROVINCE = """---
title: Lạng Sơn receives Tver delegation
outlet: Test Wire
date: 2023-04-18
---
Lạng Sơn receives Tver delegation

LẠNG SƠN — Nguyễn Văn Tâm, who heads the Party Committee of Lạng Sơn province, received a delegation from the Russian region of Tver on Monday.

The province borders China and runs two large border gates.

Its farms grow star anise, cinnamon and custard apples.

Tâm said the province wanted Russian firms to invest in logistics.

He proposed opening a direct rail freight service between Lạng Sơn and Tver by 2026.
"""

engine = module_engine("role_written", {"space.txt": SPACE, "centre.txt": CENTRE, "province.txt": PROVINCE})


def test_a_hyphened_vice_is_a_deputy():
    assert deputy_before(["speaking", "for", "the", "vice", "-"])
    assert not deputy_before(["speaking", "for", "the", "-"])


def test_the_body_a_verb_heads_may_be_the_kind_asked_named_before():
    text = "le thi mai who heads the centre thanked the donors"
    end = text.index("who heads") + len("who heads")
    assert body_asked(text, end, {"director", "deaf", "children", "centre"})
    assert not body_asked(text, end, {"director", "deaf", "children", "institute"})
    other = "pavel ignatov who heads the centre of optics thanked the donors"
    assert not body_asked(other, other.index("heads") + 5, {"director", "deaf", "centre"})  # a body of its own


def test_a_translated_chairman_may_be_written_president():
    role = parse_title("deputy chairman")
    assert "president" in role_text(role, None, set(), translated=True).forms
    assert "president" not in role_text(role, None, set()).forms
    assert canon_role("minister internal affairs".split()) == ["interior", "minister"]


def test_a_qualifier_written_by_the_articles_acronym(engine):
    a = engine.ask("What summer courses did the SISR vice-director offer to organise for students?")
    assert a.answered, a.text
    assert "satellite design" in quoted(a)


def test_an_office_written_by_its_verb_over_the_centre(engine):
    a = engine.ask("Who is the director of the Huế centre for deaf children?")
    assert a.answered, a.text
    assert "Lê Thị Mai" in a.text


def test_he_is_the_one_named_just_before(engine):
    a = engine.ask("What did the Lạng Sơn party chief propose opening?")
    assert a.answered, a.text
    assert "rail freight" in quoted(a)
    b = engine.ask("What did the Lạng Sơn governor propose opening?")
    assert not b.answered and not b.citations, b.text
