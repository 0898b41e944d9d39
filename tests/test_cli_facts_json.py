"""`vnru-bot facts --json`: the events and statements as JSON Lines, through the real dispatcher
and the real extractor, on an article of our own."""

from __future__ import annotations

import importlib.util
import json

import pytest

from bot import cli

ARTICLE = ("---\ntitle: Mongolian minister in Hanoi\noutlet: Test Wire\ndate: 2023-10-11\n---\n"
           "Foreign Minister Bùi Thanh Sơn received Mongolian Foreign Minister Batmunkh Battsetseg in Hanoi "
           "on Tuesday.\n\n"
           "Battsetseg is paying an official visit to Vietnam from Monday to Wednesday.\n\n"
           "Sơn said the two countries should double their trade in coal and fertiliser.\n")


@pytest.fixture
def seeds(monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "COMMANDS", [m for m in cli.COMMANDS if importlib.util.find_spec(m)])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VNRU_SEEDS", raising=False)
    monkeypatch.delenv("VNRU_DB", raising=False)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "mongolia.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "seeds"


def facts_json(capsys, *argv) -> tuple[int, list[dict], str]:
    code = cli.main(["facts", "--json", *argv])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


EVENT_KEYS = {"fact", "kind", "date", "date_end", "date_phrase", "date_how", "place", "participants", "occasion",
              "confidence", "source", "sentence", "quote"}
STATEMENT_KEYS = {"fact", "speaker", "speaker_phrase", "verb", "topics", "content", "confidence", "source",
                  "sentence", "quote"}


def test_every_line_is_one_fact_with_its_fields(seeds, capsys):
    code, objs, err = facts_json(capsys)
    assert code == 0 and "store refreshed" in err
    events = [o for o in objs if o["fact"] == "event"]
    statements = [o for o in objs if o["fact"] == "statement"]
    assert len(events) + len(statements) == len(objs) and events and statements
    assert all(set(o) == EVENT_KEYS for o in events)
    assert all(set(o) == STATEMENT_KEYS for o in statements)
    text = (seeds / "mongolia.txt").read_text(encoding="utf-8")
    for o in objs:
        assert o["source"] == "mongolia.txt" and o["quote"] in text and 0 <= o["confidence"] <= 1
    rec = next(o for o in events if o["kind"] == "reception")
    assert rec["date"] == "2023-10-10" and rec["date_phrase"] == "on Tuesday" and rec["place"] == "Hanoi"
    assert {(p["name"], p["role"]) for p in rec["participants"]} == {
        ("Bùi Thanh Sơn", "host"), ("Batmunkh Battsetseg", "visitor")}
    assert rec["sentence"] == 0 and rec["quote"].startswith("Foreign Minister Bùi Thanh Sơn received")
    visit = next(o for o in events if "visit" in o["kind"])
    assert (visit["date"], visit["date_end"]) == ("2023-10-09", "2023-10-11")
    said = next(o for o in statements if o["verb"] == "say")
    assert said["speaker"] == "Bùi Thanh Sơn" and said["sentence"] == 2
    assert said["content"] in said["quote"]


def test_who_filters_and_unknown_names_fail(seeds, capsys):
    code, objs, _ = facts_json(capsys, "--who", "battsetseg")
    assert code == 0 and objs
    assert all(o["fact"] == "event" for o in objs)  # she makes no statement in the article
    assert all(any(p["name"] == "Batmunkh Battsetseg" for p in o["participants"]) for o in objs)
    code, objs, err = facts_json(capsys, "--who", "Zhang Wei")
    assert code == 1 and objs == [] and "Zhang Wei" in err
