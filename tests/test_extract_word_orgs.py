"""A one-word 'organisation' the tagger reads out of a title ('Deputy Minister of Energy', 'Industry
and Trade Minister') is no actor when the article writes the same word in lower case: it is the
sector, and an actor named 'Trade' made questions about trade read as questions about it. An
article written for this test."""

from __future__ import annotations

import sqlite3

from knowledge import loader

ARTICLE = """---
title: Energy officials meet in Hanoi
outlet: Test Wire
date: 2022-04-11
---
Energy officials meet in Hanoi

HÀ NỘI — Deputy Prime Minister Lê Văn Thành received Russian Deputy Minister of Energy Pavel Sorokin in Hà Nội on Monday.

Vietnam's Deputy Industry and Trade Minister Đỗ Thắng Hải also attended the meeting with Gazprom executives.

The two sides discussed energy cooperation and said trade in oil products had grown.

Gazprom plans to open an office in the city, Sorokin said.
"""


def test_sector_words_in_titles_are_no_organisations(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "energy.txt").write_text(ARTICLE, encoding="utf-8")
    loader.load(tmp_path / "seeds", tmp_path / "s.db")
    conn = sqlite3.connect(tmp_path / "s.db")
    orgs = {n for n, in conn.execute("SELECT name FROM actors WHERE kind = 'org'")}
    assert not orgs & {"Energy", "Trade"}, orgs
