"""A sentence that tells of a meeting by pointing back at it ("The meeting took place in Vũng Áng")
answers "where / when did X meet Y" when the sentences just before it name both; it names neither
itself, and the people check used to drop it, quoting the meeting's sentence without its place.
It is no answer for a person the paragraph does not name. Article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

TULA = """---
title: Tula and Hà Tĩnh
outlet: Test Wire
date: 2025-09-20
---
Tula and Hà Tĩnh

Tula Governor Alexei Dyumin met Hà Tĩnh Party Secretary Nguyễn Duy Lâm on Friday to discuss a fertiliser plant.
The meeting took place in Vũng Áng on the sidelines of a steel forum.
Lâm said the province would offer land for the plant in the economic zone.

On Saturday Dyumin toured a port in Nghi Sơn with Thanh Hóa Chairman Đỗ Minh Tuấn.
Tuấn said the port could handle Russian fertiliser cargoes.
"""

engine = module_engine("meeting_back", {"tula.txt": TULA})


def test_meeting_told_back_gives_the_place(engine):
    ans = engine.ask("Where did Dyumin meet Lam?")
    assert ans.answered and "The meeting took place in Vũng Áng" in quoted(ans)


def test_not_for_someone_the_paragraph_does_not_name(engine):
    ans = engine.ask("Where did Dyumin meet Tuan?")
    assert "Vũng Áng" not in quoted(ans)
