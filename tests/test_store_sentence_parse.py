"""The loader stores each sentence's parse (words, parts of speech, dependencies, entities) so the
answer checks that ask what kind of name a sentence holds read it from the store: asking a
question never loads spaCy (its first load cost a question ~4 s and ~185 MB). Article written for
this test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from knowledge.answer.evidence import stored_parse as _parse
from tests.helpers.engine_stores import module_engine

KHABAROVSK = """---
title: Vietnamese dancers in Khabarovsk
outlet: Test Wire
date: 2024-09-12
---
Vietnamese dancers in Khabarovsk

A troupe of dancers from Huế performed at the Khabarovsk Drama Theatre on Tuesday.

Governor Dmitry Demeshin thanked the dancers, and the consul of Vietnam in Vladivostok attended the show.
"""

engine = module_engine("sentence_parse", {"khabarovsk.txt": KHABAROVSK})


def test_every_sentence_has_its_parse_with_words_and_entities(engine):
    conn = engine.conn
    n = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM sentence_parses").fetchone()[0] == n
    sid, text = conn.execute("SELECT id, text FROM sentences WHERE text LIKE 'Governor%'").fetchone()
    doc = _parse(conn, sid)
    assert doc[0].text == "Governor" and any("Demeshin" in t.text for t in doc)
    assert doc[0].pos_ and doc[0].head.text  # parts of speech and heads read back
    assert any(e.label_ == "PERSON" and "Demeshin" in e.text for e in doc.ents)
    assert all(t.text in text for t in doc)  # the sentence's own words, nothing of its neighbours


def test_asking_never_loads_spacy(engine):
    """A "which official" question whose sentence ties no person reads the sentence's parse (for a
    name or a role in it); spaCy stays unloaded."""
    db = Path(engine.conn.execute("PRAGMA database_list").fetchone()[2])
    script = ("import json, sys; from knowledge.answer import Engine; e = Engine.open(sys.argv[1], sys.argv[2]);"
              " a = e.ask('Which Russian official welcomed the troupe at the Khabarovsk Drama Theatre?');"
              " print(json.dumps(['spacy' in sys.modules, a.answered]))")
    out = subprocess.run([sys.executable, "-c", script, str(db), str(db.parent / "seeds")], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    loaded, _answered = json.loads(out.stdout.strip().splitlines()[-1])
    assert not loaded
