"""How a meeting was held, checked against the question: one asked "by phone", "online" or "in
person" is not answered by a sentence (or a fact answer's quotes) stating only another format."""

from __future__ import annotations

import re
import sqlite3

from knowledge.answer.compose import quoted_ids
from knowledge.answer.rank import Ranked
from knowledge.facts import Answer
from knowledge.names import fold
from knowledge.question import Question

# How a meeting was held, as questions and news write it: "when did X and Y meet in person" is not
# answered by a sentence about their phone call, nor "what did they discuss in their video
# conference" by one about talks they held in the Kremlin.
_FORMATS = {"phone": r"\b(tele)?phone\b|\bby telephone\b|\bphone (call|talks|conversation)",
            "video": r"\bvideo\b|\bvideoconferenc|\bteleconferenc|\bonline\b|\bvirtual(ly)?\b",
            "in person": r"\bin[- ]person\b|\bface[- ]to[- ]face\b"}
_FORMAT_RX = {k: re.compile(v, re.I) for k, v in _FORMATS.items()}
_MET_THERE = {"talks", "meeting", "visit", "state visit", "official visit", "working visit", "reception", "signing"}


def asked_format(q: Question) -> str | None:
    """The one format the question says the meeting had ("talk by phone", "in person"); None when it
    names none or asks which ("in person or online?")."""
    said = [k for k, rx in _FORMAT_RX.items() if rx.search(fold(q.raw))]
    return said[0] if len(said) == 1 else None


def formats_written(conn: sqlite3.Connection, sentence_id: int, text: str) -> set[str]:
    """The formats a sentence states: in its words, or its event is a phone call."""
    got = {k for k, rx in _FORMAT_RX.items() if rx.search(text)}
    kinds = {k for k, placed in conn.execute("SELECT kind, place_id IS NOT NULL FROM events WHERE sentence_id = ?",
                                             [sentence_id]) if placed or k == "phone call"}
    if "phone call" in kinds:
        got.add("phone")
    if not got and kinds & _MET_THERE:
        got.add("in person")  # "sat down for talks in the Kremlin", no call or video written
    return got


def format_ok(conn: sqlite3.Connection, r: Ranked, asked: str, yesno: bool = False) -> bool:
    """A sentence that states only other formats than the one asked contradicts it; one that
    states none is read with its paragraph ("After the talks, …" under "… sat down for talks in
    the Kremlin"); a paragraph that states none does not contradict. A yes/no question ("did X
    speak in person?") is answered by a sentence stating any format: another one is its "no"
    ("X addressed the forum by video link")."""
    got = formats_written(conn, r.cand.sentence_id, r.cand.text)
    if got and yesno:
        return True
    if not got:
        for sid, text in conn.execute("SELECT id, text FROM sentences WHERE source_id = ? AND paragraph = ?",
                                      [r.cand.source_id, r.cand.paragraph]):
            got |= formats_written(conn, sid, text)
    return not got or asked in got


def fact_in_format(conn: sqlite3.Connection, fact: Answer, asked: str) -> bool:
    """Does some sentence the fact answer quotes fit the format asked?"""
    ids = quoted_ids(fact)
    rows = conn.execute(f"SELECT id, text FROM sentences WHERE id IN ({','.join('?' * len(ids))})", ids) if ids else []
    return not ids or any(not (got := formats_written(conn, sid, text)) or asked in got for sid, text in rows)
