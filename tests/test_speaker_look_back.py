""""What did X say …" is answered by "He said …" that comes after a sentence or two naming nobody, when
the nearest sentence before naming anyone names X alone (a reader looks past "The province wants …" to
find whom "he" is); not when someone else is named in between. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

FAIR = """---
title: Tula region at a Hà Nội trade fair
outlet: Test Wire
date: 2021-05-11
---
Tula region at a Hà Nội trade fair

HÀ NỘI — Tula Governor Aleksey Dyumin opened a stand of his region at a trade fair in Hà Nội on Monday.

Dyumin presented the region's makers of samovars, gingerbread and farm machinery to Vietnamese buyers.

The region also hopes to sell more grain and timber to Vietnamese importers. Its factories are ready to ship by rail through China. That way, he said, the fair would help Tula companies find distributors in the Mekong Delta.

Deputy Minister Đỗ Thắng Hải welcomed the delegation and praised the quality of the goods on show.

He said the ministry would set up a hotline for importers of Russian machinery.
"""

engine = module_engine("speaker_look_back", {"fair.txt": FAIR})


def test_he_said_after_sentences_naming_nobody_is_the_last_named_speaker_s(engine):
    a = engine.ask("What did Dyumin say the fair would help Tula companies find?")
    assert a.answered and "distributors" in a.citations[0].quote, a.text


def test_he_said_after_another_person_is_named_is_not_the_first_speaker_s(engine):
    a = engine.ask("What did Dyumin say about a hotline for importers?")
    assert not (a.answered and a.citations and "hotline" in a.citations[0].quote), a.text
