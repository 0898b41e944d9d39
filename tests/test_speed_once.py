"""Work done once instead of again (issue 10, speed): what is kept from one candidate, question or
article to the next must give what working it out afresh gives. Sentences, names and files written
for this test."""

from __future__ import annotations

import os
import sqlite3
from types import SimpleNamespace

from knowledge.answer import engine as engine_module
from knowledge.answer.intent import answer_type
from knowledge.answer.preceding import fill_before
from knowledge.answer.referred_back import has_pronoun, person_back, pronoun_back
from knowledge.answer.retrieve import Candidate
from knowledge.question import detect_language, parse
from knowledge.question.dates import parse_dates
from knowledge.question.ru_morph import ru_place_nominatives

KINDS = {1: "person", 2: "person", 3: "org"}


class _Store:
    """The two StoreMemo reads pronoun_back makes: an article's sentences and a person's name forms."""

    def __init__(self, rows):
        self.rows = rows

    def sentences(self, _sources):
        return self.rows

    def name_forms(self, actor_id):
        return {1: ("marina orlova",), 2: ("pyotr zuev",)}.get(actor_id, ())


def test_the_pronoun_test_is_the_same_once_kept():
    assert has_pronoun("She toured the Tula plant.") and has_pronoun("His remarks were brief.")
    assert not has_pronoun("Shepherds in Perm thanked the hosts.")  # "she" inside a word is no pronoun
    assert has_pronoun("She toured the Tula plant.")  # asked again: the kept answer


def test_person_back_for_a_slot_of_people_gives_what_pronoun_back_gives():
    rows = [(10, 7, 0, 0, "Marina Orlova arrived in Perm on Monday.", ((1, "named"),)),
            (11, 7, 1, 0, "She toured the Tula plant.", ())]
    store = _Store(rows)
    cand = Candidate(11, 7, 1, 0, "She toured the Tula plant.")
    assert pronoun_back(cand, {1}, KINDS, store) and person_back(cand, {1}, KINDS, store)
    assert not pronoun_back(cand, {2}, KINDS, store) and not person_back(cand, {2}, KINDS, store)
    assert not pronoun_back(cand, {1, 3}, KINDS, store)  # a slot with a body in it: no pronoun reading


def test_the_answer_type_kept_per_question_follows_its_kind():
    q = parse("Marina Orlova and the Perm plant")
    before = answer_type(q)
    q.kind = "said"  # a question's kind set later (a follow-up's frame): the type kept for the other kind is not given
    assert before != ("statement", True) and answer_type(q) == ("statement", True)
    assert answer_type(parse("Who met Pyotr Zuev in Perm?"))[0] == "person"
    assert answer_type(parse("When did Pyotr Zuev visit Tula?"))[0] == "date"


def test_language_and_dates_read_once_give_the_same():
    assert detect_language("Когда Зуев посетил Тулу?") == "ru" == detect_language("Когда Зуев посетил Тулу?")
    assert detect_language("Pyotr Zuev gặp ai ở Huế?") == "vi"
    assert parse_dates("who met on 9 march 2021".split())[:2] == ("2021-03-09", "2021-03-09")
    assert parse_dates("the plan to 2035 adopted in 2019".split())[3] == "2019"  # a target year is no date asked
    assert ru_place_nominatives("туле") == ru_place_nominatives("туле")
    assert ru_place_nominatives("туле") is not ru_place_nominatives("туле")  # each caller gets its own list


def _sentences():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INT, position INT, paragraph INT, text TEXT)")
    rows = [(1, 4, 0, 0, "Perm hosts a chess week."), (2, 4, 1, 0, "Pyotr Zuev opened it."),
            (3, 4, 2, 1, "Marina Orlova won."), (4, 5, 1, 0, "Tula sent a team.")]
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)
    return conn, rows


def test_the_sentences_before_kept_across_questions_are_those_read_afresh():
    conn, rows = _sentences()
    known: dict = {}
    for _ in range(2):  # the second time from what was kept
        cands = [Candidate(sid, src, pos, par, text) for sid, src, pos, par, text in rows]
        fill_before(conn, cands, known)
        assert [c.before for c in cands] == ["", "Perm hosts a chess week.", "", ""]
    assert known[(5, 0)] == (None, "")  # a sentence the store lacks is kept as lacking


def test_a_seed_file_is_read_again_once_it_changes(tmp_path):
    (tmp_path / "a.txt").write_text("Perm hosts a chess week.", encoding="utf-8")
    eng = SimpleNamespace(seeds_dir=tmp_path, _file_memo={})
    read = engine_module.Engine._file_text
    assert read(eng, "a.txt") == "Perm hosts a chess week."
    (tmp_path / "a.txt").write_text("Tula hosts a long chess week.", encoding="utf-8")
    os.utime(tmp_path / "a.txt", ns=(1, 1))  # another time, whatever the clock's grain
    assert read(eng, "a.txt") == "Tula hosts a long chess week."
    assert read(eng, "missing.txt") is None
