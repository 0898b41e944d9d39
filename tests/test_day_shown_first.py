"""An "on what date" question whose best sentence shows no day is answered by a close sentence that does,
in its own words or in its story's dateline (day_shown_first.py), instead of being declined; a question
about a plan is not answered by a dateline's day. The ranking is built by hand over a store of articles
written for this test, so the stage is tested alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answer.day_shown_first import leads, showing_day
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.facts import Answer, Citation
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

PILOTS = """Retired pilots welcomed in the capital

HÀ NỘI, October 4 (Test Wire) – Deputy Minister of Transport Tran Van Lam welcomed a group of retired Russian and Kazakh pilots who had flown transport aircraft for Việt Nam in the 1970s. At the reception, Lam highlighted the contribution the retired pilots had made to the country's civil aviation. The pilots trained hundreds of Vietnamese crew members, he noted.
"""

MINES = """Vietnam and Belarus share gold in mine-clearing contest

Việt Nam and Belarus have both won gold medals in the "Safe Route" mine-clearing contest of the 2023 Army Games.

The contest opened on July 12 at the Sơn Tây training ground, with teams from Belarus, Laos and the host country.

The Vietnamese Ministry of National Defence was hosting the Safe Route contest for the third time.
"""

engine = module_engine("day_shown_first", {"pilots.txt": PILOTS, "mines.txt": MINES})


@pytest.fixture(scope="module")
def conn(engine):
    return engine.conn


def _ranked(conn, *starts: str) -> list[Ranked]:
    """The stored sentences opening with `starts`, ranked in that order, each in every asked entity's article."""
    out = []
    for i, start in enumerate(starts):
        sid, source, pos, para, text = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences"
                                                    " WHERE text LIKE ?", [start + "%"]).fetchone()
        out.append(Ranked(Candidate(sid, source, pos, para, text), 5.0 - 0.5 * i, [0.35], 0.5, True, False))
    return out


def _reply(ranked: list[Ranked]) -> Answer:
    """A reply quoting the best of the ranking, as the pipeline rebuilds one."""
    c = ranked[0].cand
    cite = Citation(source="x.txt", title=None, outlet=None, date=None, quote=c.text, sentence_id=c.sentence_id)
    return Answer(answered=True, text=c.text, headline="", citations=[cite])


def _shown(conn, question: str, ranked: list[Ranked]) -> Answer:
    return showing_day(conn, parse(question), SimpleNamespace(hard=[True]), ranked, _reply(ranked), _reply)


def test_the_dateline_sentence_answers_when_the_best_shows_no_day(conn):
    ranked = _ranked(conn, "At the reception, Lam", "Deputy Minister of Transport", "The pilots trained")
    got = _shown(conn, "On what date did the deputy transport minister receive the retired pilots?", ranked)
    assert got.citations[0].quote.startswith("Deputy Minister of Transport Tran Van Lam welcomed"), got.text


def test_a_sentence_writing_the_day_answers_when_the_best_shows_none(conn):
    ranked = _ranked(conn, "The Vietnamese Ministry", "Việt Nam and Belarus", "The contest opened")
    got = _shown(conn, "On what date did the Safe Route contest open?", ranked)
    assert got.citations[0].quote.startswith("The contest opened on July 12"), got.text


def test_a_reply_showing_the_day_or_a_plan_asked_is_left_alone(conn):
    ranked = _ranked(conn, "The contest opened", "The Vietnamese Ministry")
    got = _shown(conn, "On what date did the Safe Route contest open?", ranked)
    assert got.citations[0].quote.startswith("The contest opened"), got.text
    ranked = _ranked(conn, "At the reception, Lam", "Deputy Minister of Transport")
    got = _shown(conn, "On what date will the deputy transport minister receive the retired pilots?", ranked)
    assert got.citations[0].quote.startswith("At the reception"), got.text  # a dateline dates no plan


def test_the_dateline_before_a_stored_sentence_is_read_from_the_search_text(conn):
    first, second = _ranked(conn, "Deputy Minister of Transport", "At the reception, Lam")
    got = leads(conn, [first.cand.sentence_id, second.cand.sentence_id])
    assert got == {first.cand.sentence_id: "HÀ NỘI, October 4 (Test Wire) – "}
