"""The other-speaker filter of "what did X say" reads the stored speakers of all candidates at once: it
still drops exactly the sentences whose statement another person tied to the sentence makes, keeps
those whose statement fits, those writing the asked name before a verb of speech, and those whose
stored speaker is the one asked. Sentences and people made up for this test."""

from __future__ import annotations

import sqlite3

from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.speaker_checks import _others_dropped
from knowledge.answer.store_memo import StoreMemo

ASKED, OTHER, BODY = 21, 22, 23
KINDS = {ASKED: "person", OTHER: "person", BODY: "org"}


def _store(speakers: dict[int, list[int | None]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE statements (id INTEGER PRIMARY KEY, sentence_id INTEGER, speaker_id INTEGER)")
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sentence_id INTEGER)")
    conn.execute("CREATE TABLE event_participants (event_id INTEGER, actor_id INTEGER)")
    conn.executemany("INSERT INTO statements (sentence_id, speaker_id) VALUES (?, ?)",
                     [(sid, a) for sid, who in speakers.items() for a in who])
    return conn


def _r(sid: int, text: str, ties: dict[int, str], fits: bool = False) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=sid, paragraph=sid, text=text, ties=ties)
    return Ranked(cand, 1.0, [1.0], 0.5, False, fits)


def _plan() -> Plan:
    return Plan(answer_type="statement", terms=["harbour"], slots=[{ASKED}], slot_words=["Marta Okonkwo"],
                hard=[True], speaker_asked=True)


def test_only_another_tied_speakers_sentences_are_dropped():
    conn = _store({1: [OTHER], 2: [ASKED], 3: [OTHER], 4: [OTHER], 5: [BODY], 6: [None], 7: [OTHER]})
    ranked = [_r(1, "Harbour master Pieter Jansen said the harbour would be dredged.", {OTHER: "name"}),
              _r(2, "Okonkwo said the harbour would reopen in spring.", {ASKED: "name"}),
              _r(3, "Jansen told Okonkwo the harbour was ready.", {OTHER: "name", ASKED: "name"}, fits=True),
              _r(4, "Meeting Jansen, Okonkwo praised the harbour works.", {OTHER: "name", ASKED: "name"}),
              _r(5, "The port authority said the harbour fees would fall.", {BODY: "name"}),
              _r(6, "Someone said the harbour was busy.", {}),
              _r(7, "A harbour pilot said the channel was deep.", {})]  # the speaker stored is not tied here
    kept = _others_dropped(conn, ranked, _plan(), KINDS)
    assert [r.cand.sentence_id for r in kept] == [2, 3, 4, 6, 7]


def test_the_speakers_the_store_memo_keeps_drop_the_same_sentences_and_are_read_once():
    conn = _store({1: [OTHER], 2: [ASKED], 3: [OTHER], 5: [BODY], 6: [None], 7: [OTHER, ASKED]})
    ranked = [_r(1, "Harbour master Pieter Jansen said the harbour would be dredged.", {OTHER: "name"}),
              _r(2, "Okonkwo said the harbour would reopen in spring.", {ASKED: "name"}),
              _r(5, "The port authority said the harbour fees would fall.", {BODY: "name"}),
              _r(6, "Someone said the harbour was busy.", {}),
              _r(7, "Jansen and Okonkwo said the harbour was ready.", {OTHER: "name", ASKED: "name"})]
    want = [r.cand.sentence_id for r in _others_dropped(conn, ranked, _plan(), KINDS)]
    assert want == [2, 6, 7]
    memo = StoreMemo(conn)
    assert [r.cand.sentence_id for r in _others_dropped(conn, ranked, _plan(), KINDS, memo.sentence_facts)] == want
    reads: list[str] = []
    conn.set_trace_callback(reads.append)
    try:
        again = _others_dropped(conn, ranked, _plan(), KINDS, memo.sentence_facts)
    finally:
        conn.set_trace_callback(None)
    assert [r.cand.sentence_id for r in again] == want and not reads


def test_no_store_or_a_role_asked_drops_nothing():
    ranked = [_r(1, "Harbour master Pieter Jansen said the harbour would be dredged.", {OTHER: "name"})]
    assert _others_dropped(None, ranked, _plan(), KINDS) == ranked
    body = Plan(answer_type="statement", terms=["harbour"], slots=[{BODY}], slot_words=["the port authority"],
                hard=[True], speaker_asked=True)
    assert _others_dropped(_store({1: [OTHER]}), ranked, body, KINDS) == ranked
