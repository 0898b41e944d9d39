"""What one person said is not answered by what the person they met said.

"What did Zyuganov say in his phone call with Trong?" is not answered by "Trọng thanked Putin … for their
warm feelings", nor "Что сказал Лу Кан на встрече с Чан Дай Куангом?" by "The President said he was glad
to meet Russian war veterans": the other side of the meeting is named in the question, so a statement of
theirs fits its words, but the person asked to have spoken never does. The asked speaker is the person
the question names as the subject of its speech verb ("what did X say / tell / write": the names between
"did" and the verb; in a Russian or Vietnamese question's English reading, "what did said X …", the name
right after the verb), not a role ("the KPRF chairman"), whose holder the question may mean otherwise.
The reply is declined when every quote holds the loader's statements, each by a stored person, none of
them an asked speaker, and no quote names an asked speaker either (a quote naming them may report their
words without a stored statement of theirs).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from knowledge.answer.intent import SAY_ONE, speech_verb_at
from knowledge.facts import Answer
from knowledge.match import ActorIndex, Found
from knowledge.names import fold
from knowledge.question import Question

# how a mention names its person by name (not by a role or title)
_BY_NAME = ("alias", "part", "fuzzy")


def asked_speakers(q: Question, found: Found, kind: Callable[[int], str]) -> set[int]:
    """The people the question makes the subject of its speech verb (none when it has no such verb).
    `kind`: an actor id's kind ("person", "org", …)."""
    toks = q.tokens
    at = speech_verb_at(q)
    if at is not None:
        spans = [m for m in found.mentions if at[0] < m.span[0] < at[1]]
    elif len(toks) > 2 and toks[1] == "did" and toks[2] in SAY_ONE:
        spans = [m for m in found.mentions if m.span[0] == 3][:1]  # "what did said лу кан …"
    else:
        return set()
    if any(m.how not in _BY_NAME for m in spans):
        return set()  # "the KPRF chairman": a role read as one holder, whose words may be stored as another's
    return {a for m in spans for a in m.actor_ids if kind(a) == "person"}


def _last(name: str) -> str:
    """A name's last word, folded: a Russian's surname, a Vietnamese person's given name."""
    words = fold(name).split()
    return words[-1] if words else ""


def _names_one(text: str, names: list[str], speakers: list[str]) -> bool:
    """Does the quote write the last word of one of the names, where no speaker's name ends in it too
    ("Nhân added" is Hoàng Minh Nhân's, not Nguyễn Thiện Nhân's, when he is the one stored as speaking)?"""
    folded = " " + " ".join(re.findall(r"\w+", fold(text))) + " "
    theirs = {_last(n) for n in speakers}
    return any(f" {_last(n)} " in folded for n in names if _last(n) and _last(n) not in theirs)


def other_speaker(conn: sqlite3.Connection, q: Question, found: Found, ans: Answer, index: ActorIndex) -> bool:
    """Does every quote report only statements of people other than the asked speaker, and name the
    asked speaker nowhere? `index`: the actor index (an id's kind and name)."""
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    asked = asked_speakers(q, found, index.kind) if cites else set()
    return bool(asked) and all(_others_only(conn, c.sentence_id, c.quote, asked, index) for c in cites)


def _others_only(conn: sqlite3.Connection, sentence_id: int, quote: str, asked: set[int], index: ActorIndex) -> bool:
    """Does the sentence hold stored statements, every one by a person not asked, and the quote name no
    asked person?"""
    rows = conn.execute("SELECT speaker_id FROM statements WHERE sentence_id = ?", [sentence_id]).fetchall()
    speakers = {r[0] for r in rows}
    if not speakers or None in speakers or speakers & asked or any(index.kind(s) != "person" for s in speakers):
        return False
    return not _names_one(quote, [index.name(a) for a in asked], [index.name(a) for a in speakers])
