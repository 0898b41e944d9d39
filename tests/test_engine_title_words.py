"""A word only an article's headline writes (knowledge/answer/title_words.py): it is no unknown name to
decline over, and the article it heads is searched even when its sentences leave the word unsaid."""

from __future__ import annotations

from knowledge.answer.title_words import MAX_TITLED, titled_sources
from tests.helpers.engine_stores import first_quote, module_engine

SABANTUY = """Tatar museum hosts Sabantuy festivities in Kazan

KAZAN, June 10 – The National Museum of Tatarstan opened its riverside grounds to visitors on Saturday.

The programme offered horse races, folk songs and belt wrestling for guests of every age.
"""

FERRY = """New ferry links Vladivostok with Russky Island

VLADIVOSTOK, May 3 – A regional carrier launched a passenger ferry across the Eastern Bosphorus strait.

The vessel offered free tea and a small library to passengers during the first week.
"""

engine = module_engine("titlewords", {"sabantuy.txt": SABANTUY, "ferry.txt": FERRY})


def test_a_headline_word_is_no_unknown_name(engine):
    a = engine.ask("What did the Sabantuy programme offer to guests?")
    assert a.answered, a.text
    assert "horse races" in first_quote(a), a.text


def test_a_name_in_no_headline_and_no_sentence_is_still_declined(engine):
    a = engine.ask("What did the Maslenitsa programme offer to guests?")
    assert not a.answered, a.text


def test_titled_sources_keeps_only_words_no_sentence_holds_and_few_headlines_share():
    index = {"sabantuy": frozenset({1}), "kazan": frozenset({1}), "news": frozenset(range(MAX_TITLED + 1))}
    assert titled_sources(index, ["sabantuy", "offer"], {"sabantuy": 0, "offer": 4}) == {1}
    assert titled_sources(index, ["kazan"], {"kazan": 3}) is None  # the sentences write it: searched as words
    assert titled_sources(index, ["news"], {"news": 0}) is None  # in too many headlines to tell articles apart


def test_title_index_keeps_the_names_a_headline_capitalises_after_its_first_word():
    import sqlite3

    from knowledge.answer.title_words import title_index
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sources (id INTEGER, title TEXT)")
    conn.execute("INSERT INTO sources VALUES (7, 'Festive Sabantuy held in Kazan with undocumented guests')")
    index = title_index(conn)
    assert index["sabantuy"] == {7} and index["kazan"] == {7}
    assert "undocumented" not in index and "festive" not in index and "held" not in index
