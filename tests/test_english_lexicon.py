"""english_lexicon reads its word classes from the prepared file next to it, with the standard
library: answering a question with a word no article writes never imports srsly or numpy (half a
second), and the prepared file says what the spaCy model's own tables say."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from knowledge.answer import english_lexicon as lex
from tests.data.engine_articles import build_store

WORDS = ["tickets", "want", "besides", "won", "better", "paid", "meeting", "ran", "cities", "quickly",
         "prezident", "hanoi", "trong", "capcity", "geese", "went", "happier", "featuring", "the", "of"]


@pytest.fixture(scope="module")
def model():
    tables = lex.model_tables()
    if not tables:
        pytest.skip("the spaCy model is not installed")
    return tables


def test_the_prepared_file_holds_the_models_tables(model):
    prepared = lex.read_prepared()
    assert prepared is not None, "knowledge/answer/english_lexicon.json.gz is missing"
    assert prepared == model, "out of date: regenerate with english_lexicon.write_prepared()"


def test_words_have_the_classes_the_model_gives(model):
    for word in WORDS:
        assert lex.classes(word) == lex.classes_in(model, word), word
    assert "noun" in lex.classes("tickets") and {"noun", "verb"} <= lex.classes("want")
    assert "adv" in lex.classes("besides") and lex.classes("prezident") == frozenset()


def test_a_missing_prepared_file_reads_as_none(tmp_path):
    assert lex.read_prepared(tmp_path / "none.json.gz") is None
    (tmp_path / "bad.json.gz").write_bytes(b"not gzip")
    assert lex.read_prepared(tmp_path / "bad.json.gz") is None


def test_writing_the_prepared_file_is_reproducible(model, tmp_path):
    assert lex.write_prepared(tmp_path / "l.json.gz") == model
    assert (tmp_path / "l.json.gz").read_bytes() == lex.PREPARED.read_bytes()


def test_asking_with_an_unwritten_word_imports_neither_srsly_nor_numpy(tmp_path):
    db = build_store(tmp_path / "u.db", tmp_path / "seeds")
    code = ("import json, sys; from knowledge.answer import Engine, english_lexicon;"
            "e = Engine.open(sys.argv[1]); e.ask('Who did the prezident meet in Hanoi besides Trong?');"
            "print(json.dumps([english_lexicon._tables.cache_info().currsize,"
            " [m for m in ('srsly', 'numpy', 'spacy') if m in sys.modules]]))")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True)
    read, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert read == 1, "the question should consult the lexicon"
    assert heavy == []
