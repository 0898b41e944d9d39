"""The engine's shortcuts for speed give what the plain computation gives: a combined pattern that
tells first whether a text names any topic or asks any detail, the name search that starts only where
the name's first word stands, BM25 that skips sentences without the question's words, and the
followers of sentences read once."""

from __future__ import annotations

import math
import sqlite3

import pytest

from knowledge.answer import asked_detail, holders, pronoun_back
from knowledge.answer.retrieve import Candidate
from knowledge.answer.sentence_bm25 import local_bm25, sentence_stems
from knowledge.names import fold
from knowledge.topics import _TOPIC_RX, topics_of

TEXTS = [
    "The two ministers agreed to expand bilateral trade and investment in renewable energy.",
    "Governor Ilya Sorokin met the rector of Hue University on a rainy Tuesday.",
    "Talks in Da Lat covered the conflict in Ukraine and the situation in the East Sea.",
    "Nobody said anything at all.",
    "",
    "Who won the chess cup in Perm, and how old is the winner?",
]


@pytest.mark.parametrize("text", TEXTS)
def test_topics_as_every_topic_searched(text):
    assert topics_of(text) == [t for t, rx in _TOPIC_RX if rx.search(fold(text))]


QUESTIONS = [
    "Who won the regional chess cup in Perm?",
    "How old is Olga Petrenko?",
    "What was the weather like in Hue during the festival?",
    "How tall is the new monument in Tula?",
    "What is the height of the tower?",
    "Which ministry signed the memorandum on behalf of the Vietnamese side?",
    "What did Governor Sorokin say about tourism?",
    "Did the rector reply to the mayor's letter?",
    "How did the rector reply?",
    "Who led the delegation to Can Tho?",
    "When did Ilya Sorokin meet Tran Van Lam?",
    "Which hotel hosted the delegation?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_details_asked_as_every_way_searched(question):
    tokens = question.lower().rstrip("?").split()
    texts = [question.lower(), " ".join(tokens)]
    plain = [words for asks, words in (*asked_detail._MEASURES, *asked_detail._ACTS, asked_detail._LED)
             if any(asks.search(t) for t in texts)]
    got = asked_detail.asked_words(question, tokens)
    assert got[:len(plain)] == plain


@pytest.mark.parametrize("words, form", [
    (["Deputy", "Minister", "Tran", "Van", "Lam", "met", "Lam"], "Tran Van Lam"),
    (["Lam", "Lam", "Lam"], "Lam Lam"),
    (["Governor", "Ilya", "Sorokin"], "Sorokin"),
    (["Ilya"], "Ilya Sorokin"),
    ([], "Sorokin"),
    (["Sorokin"], ""),
])
def test_name_found_where_the_plain_scan_finds_it(words, form):
    toks = form.split()
    plain = [i for i in range(len(words) - len(toks) + 1) if words[i:i + len(toks)] == toks] if toks else []
    assert holders._name_at(words, form) == plain


def test_bm25_as_the_formula_gives_it():
    texts = ["Trade between the two provinces grew by a third.", "The governor visited a port.",
             "Trade and tourism, trade fairs and trade missions were discussed at length in Tula."]
    cands = [Candidate(i, 1, i, i, t) for i, t in enumerate(texts)]
    hits_of = {0: [1.0, 0.0], 1: [0.0, 0.0], 2: [1.0, 0.9]}
    weights = [1.3, 0.7]
    local_bm25(cands, ["trade", "tourism"], hits_of, weights)
    lens = [sentence_stems(t)[3] for t in texts]
    avg = sum(lens) / len(lens)
    for c, n in zip(cands, lens):
        norm = 1.2 * (1 - 0.75 + 0.75 * n / avg)
        want = sum([w * h * 2.2 / (h + norm) for w, h in zip(weights, hits_of[c.sentence_id]) if h], 0.0)
        assert math.isclose(c.bm25, want, rel_tol=0, abs_tol=0)
    assert cands[1].bm25 == 0.0


def test_followers_of_sentences_in_order():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INTEGER, position INTEGER, text TEXT)")
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?)", [
        (1, 7, 0, "The city of Tula opened a ferry service."), (2, 7, 1, "Its route passes three villages."),
        (3, 7, 2, "The mayor spoke."), (4, 8, 0, "A bridge was built in Perm."), (5, 8, 1, "It links two districts."),
        (6, 8, 2, "Officials attended.")])
    memo: dict[int, tuple[int, ...]] = {}
    assert pronoun_back.followers(conn, [4, 1, 3], memo) == [2, 5]
    assert pronoun_back.followers(conn, [1, 2, 4], memo) == [5]  # one asked already is not brought again
    assert pronoun_back.followers(conn, [], memo) == []
