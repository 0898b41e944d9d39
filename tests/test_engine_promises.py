"""A promise is a statement: "X promised to …" and "X assured his host that …" are stored as X's
statements, so "what did X promise / pledge" quotes that sentence and not X's first remark.
Article written for this test."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_file
from tests.helpers.engine_stores import module_engine, quoted

CONSUL = """---
title: Consul visits Bình Định
outlet: Test Wire
date: 2025-09-12
---
Consul visits Bình Định

Bình Định Party Secretary Hồ Quốc Dũng on Thursday received Russian Consul General Yury Belousov in Quy Nhơn.

"We will keep working so that more Russian tourists choose the coast of central Vietnam," Belousov said.

Belousov promised to open a visa desk in Quy Nhơn and to invite provincial firms to the Kazan fair.

He also assured his host that charter flights from Novosibirsk would resume in the winter.
"""

engine = module_engine("promises", {"consul.txt": CONSUL})


def test_what_someone_promised_quotes_his_promise(engine):
    a = engine.ask("What did Belousov pledge to do?")
    assert a.answered and "visa desk" in quoted(a).split("\n")[0], a.text


def test_promised_and_assured_are_stored_as_his_statements(tmp_path):
    path = tmp_path / "consul.txt"
    path.write_text(CONSUL, encoding="utf-8")
    verbs = {s.verb for s in extract_article(seed_file(path)).statements if "Belousov" in (s.speaker or "")}
    assert {"promise", "assure"} <= verbs, verbs
