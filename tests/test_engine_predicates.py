"""The act a question asks about (agreed, asked, thanked, invited …) must be in the sentence that
answers it; a who/when/where question that asks more than the meeting is searched, not answered
with the meeting's line; question and article words compare by one stem. Articles written for
this test (other people, places and dates than the seeds)."""

from __future__ import annotations

import pytest

from knowledge.answer.retrieve import stem, tie_by_name
from tests.helpers.engine_stores import engine_from_texts, quoted

VISIT = """---
title: Vietnamese Deputy Prime Minister visits Buryatia
outlet: Test Wire
date: 2019-08-22
---
Vietnamese Deputy Prime Minister visits Buryatia

ULAN-UDE — Deputy Prime Minister Vương Đình Lộc began a two-day visit to Buryatia on Tuesday, where he met Head of the Republic Alexei Tsydenov.

Before the trip, Lộc told the Interfax and RIA news agencies that Vietnam hoped to buy more Siberian timber.

Tsydenov proposed opening a Buryat trade office in Hải Phòng.

Lộc thanked the republic for training 40 Vietnamese forestry students every year.

The two officials also discussed tourism, and Tsydenov said Lake Baikal drew 9,000 Vietnamese visitors last year.

Loc urged Buryat firms to take part in the Hải Phòng trade fair in October.
"""


PORT = """---
title: Russian-built grain terminal opens in Quy Nhơn
outlet: Test Wire
date: 2018-03-09
---
Russian-built grain terminal opens in Quy Nhơn

QUY NHƠN — A grain terminal built by the Russian firm Agroport opened in Quy Nhơn on Thursday, Deputy Minister of Transport Lê Đình Khải said.

About 300 Vietnamese workers were employed on the site for two years.

Agroport's director Pavel Grigorenko said the terminal could handle 2 million tonnes of grain a year.

The terminal cost 40 million USD, and Russian banks lent half of it.

On Friday, Khải held talks with Grigorenko in Hà Nội on a second terminal.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("predicates"), {"visit.txt": VISIT, "port.txt": PORT})
    yield eng
    eng.close()



def test_a_question_about_more_than_the_meeting_is_answered_from_its_sentence(engine):
    a = engine.ask("Which news agencies did Lộc speak to before the trip?")
    assert a.answered
    assert "Interfax" in quoted(a)


def test_the_act_asked_must_be_in_the_sentence(engine):
    a = engine.ask("What did Lộc thank the republic for?")
    assert a.answered and "40 Vietnamese forestry students" in quoted(a)
    # tourism was discussed, nothing about it was agreed
    b = engine.ask("What did Lộc and Tsydenov agree on tourism?")
    assert not b.answered and not b.citations


def test_an_unextracted_statement_is_found_by_the_name_it_writes(engine):
    """'Loc urged …' (the name without its diacritics) is found for 'what did Lộc urge'."""
    a = engine.ask("What did Lộc urge Buryat firms to do?")
    assert a.answered and "Hải Phòng trade fair" in quoted(a)


def test_tie_by_name_ties_only_sentences_that_write_the_name(engine):
    store = engine.retrieval.store
    kinds = engine.retrieval.kinds
    loc = next(a for a, (_k, name, kind) in engine.index.actors.items() if name == "Vương Đình Lộc")
    rows = [(1, 1, 0, 0, "Loc urged Buryat firms to take part.", ()),
            (2, 1, 1, 0, "The fair opens in October.", ())]
    out = tie_by_name(store, rows, [{loc}], kinds)
    assert (loc, "text") in out[0][5]
    assert out[1][5] == ()


def test_tie_by_name_with_many_people_adds_each_written_name_once_in_the_order_asked():
    class Forms:  # the store's name forms of three people, two of whom share the surname Belov
        def name_forms(self, a):
            return {1: (" Dmitry Belov ", " Belov "), 2: (" Belov ",), 3: (" Nguyen Van Tuan ", " Tuan ")}[a]

    kinds = {1: "person", 2: "person", 3: "person"}
    rows = [(10, 1, 0, 0, "Belov met Nguyễn Văn Tuấn in Hanoi.", ()),
            (11, 1, 1, 0, "Tuan said Belovo is far.", ((3, "speaker"),)),
            (12, 1, 2, 0, "Dmitry Belov arrived.", ((1, "subject"),))]
    out = tie_by_name(Forms(), rows, [{1, 2}, {3}], kinds)
    assert out[0][5] == ((1, "text"), (2, "text"), (3, "text"))
    assert out[1] == rows[1]  # 'Belovo' is no Belov; Tuan was tied already
    assert out[2][5] == ((1, "subject"), (2, "text"))


@pytest.mark.parametrize("a, b", [("agree", "agreed"), ("urge", "urged"), ("hope", "hoped"), ("offer", "offered"),
                                  ("promise", "promised"), ("signings", "signed"), ("arrive", "arrival"),
                                  ("tour", "toured"), ("labour", "labor"), ("honours", "honor")])
def test_a_verb_and_its_inflections_share_a_stem(a, b):
    assert stem(a) == stem(b)


def test_words_that_merely_share_letters_do_not(engine):
    assert stem("offer") != stem("off")
    assert stem("power") != stem("pow")
    assert stem("tour") != stem("tor")



def test_a_fact_answer_the_search_contradicts_is_declined(engine):
    """Sentences were found but none on the date (or with the act) asked: the fact answerers'
    statement is not quoted beside the question. With no sentence found at all, the fact answer
    stands for what someone said (a topic synonym) and for answers from events (a count, 'what
    happened on …'), and is declined for anything else."""
    from knowledge.answer.intent import Plan
    from knowledge.answer.pipeline import Choice, fallback
    from knowledge.answer.engine import _Texts

    fact = engine.ask("What did Lộc say?")
    assert fact.answered
    texts = _Texts(engine)
    for why in ("no sentence with the date asked", "no sentence with the act asked"):
        got = fallback(Choice(fact, Plan("statement", []), [], [], settled=fact, why=why), texts)
        assert not got.answered and not got.citations
    kept = fallback(Choice(fact, Plan("statement", [], speaker_asked=True), [], [], settled=fact, why="no sentence"),
                    texts)
    assert kept is fact
    other = fallback(Choice(fact, Plan("other", []), [], [], settled=fact, why="no sentence"), texts)
    assert not other.answered and not other.citations


def test_a_fact_answer_quoting_only_other_dates_than_asked_is_declined(engine):
    """'What did Lộc say in 2021?': the facts know what he said in 2019; the answer is no quote."""
    from knowledge.answer.checks import fact_on_date as _fact_on_date
    from knowledge.question import parse

    fact = engine.ask("What did Lộc say?")
    conn = engine.conn
    assert not _fact_on_date(conn, fact, parse("What did Lộc say in 2021?"), False)
    assert _fact_on_date(conn, fact, parse("What did Lộc say in 2019?"), False)
    a = engine.ask("What did Lộc say in 2021?")
    assert not a.answered and not a.citations


@pytest.mark.parametrize("question, quote", [
    ("How much did the grain terminal cost?", "40 million USD"),
    ("How many Vietnamese workers were employed on the site?", "About 300 Vietnamese workers"),
    ("How many tonnes of grain can the terminal handle a year?", "2 million tonnes"),
])
def test_a_number_question_is_answered_by_the_number_of_what_it_counts(engine, question, quote):
    a = engine.ask(question)
    assert a.answered and quote in " ".join(c.quote for c in a.citations)


def test_a_sum_of_money_asked_is_never_answered_by_a_head_count(engine):
    a = engine.ask("How much did the Vietnamese workers earn?")
    assert "300 Vietnamese workers" not in " ".join(c.quote for c in a.citations)


def test_a_sentence_reporting_the_meeting_in_another_city_does_not_answer(engine):
    from knowledge.answer.checks import place_ok
    from knowledge.answer.rank import Ranked
    from knowledge.answer.retrieve import Candidate

    conn = engine.conn
    sid, src, pos, par, text = conn.execute(
        "SELECT s.id, s.source_id, s.position, s.paragraph, s.text FROM sentences s JOIN events e"
        " ON e.sentence_id = s.id WHERE e.place_id IS NOT NULL LIMIT 1").fetchone()
    held = conn.execute("SELECT place_id FROM events WHERE sentence_id = ? AND place_id IS NOT NULL", [sid]).fetchone()[0]
    other = next(a for a, (_k, _n, kind) in engine.index.actors.items() if kind == "place" and a != held)
    r = Ranked(Candidate(sid, src, pos, par, text), 0.0, [], 0.0, False, False)
    assert place_ok(conn, r, [{held}])
    assert not place_ok(conn, r, [{other}])


def test_when_two_named_people_met_is_answered_only_by_a_sentence_naming_both(engine):
    """Khải held talks with Grigorenko; Lộc never met Grigorenko, though both are in the store."""
    a = engine.ask("When did Khải meet Grigorenko?")
    assert a.answered and "Friday" in a.text
    b = engine.ask("When did Lộc meet Grigorenko?")
    assert not b.answered and not b.citations


def test_a_summary_of_who_someone_is_answers_only_who_they_are(engine):
    """'How did X describe Vietnam?': when the search is not taken, X's profile is no answer to it;
    'what post does X hold' keeps it."""
    from knowledge.answer.engine import _Texts
    from knowledge.answer.intent import Plan
    from knowledge.answer.pipeline import Choice, fallback

    profile = engine.who("Vương Đình Lộc")
    assert profile.answered and ": in " in profile.headline
    texts = _Texts(engine)
    other = fallback(Choice(profile, Plan("other", ["describe", "vietnam"]), [], []), texts)
    assert not other.answered and not other.citations
    post = fallback(Choice(profile, Plan("other", ["post", "hold"]), [], []), texts)
    assert post is profile
