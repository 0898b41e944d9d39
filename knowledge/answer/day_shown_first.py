"""When the best sentence shows no day an "on what date" question asks, a close one that does answers.

"On what date did the deputy minister receive the veterans?" ranks "At the reception, the minister
thanked the veterans …" above the story's opening "HÀ NỘI, August 23 (VNA) – The deputy minister
welcomed a group of veterans …", whose day stands in its dateline; "On what date did the contest open?"
ranks "The ministry was hosting the contest for the second time" above "The contest opened on August
15". A reply from the first shows no day and detail_shown.py declines it. This stage, as shown_first.py
does for a place or a body asked, puts first the first of the next few candidates (promote.py) with no
entity asked by name missing from its article that shows the day, in its words or in its dateline (which
the reply then quotes with it: datelines.py). It only replaces a reply that would be declined, never one
that shows a day. A dateline is the day a story was filed: it dates what happened, not a plan, so for a
question about something to come ("when will …", "on what date would X open") only a day the sentence
writes counts.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

from knowledge import lazy_re
from knowledge.answer import detail_shown
from knowledge.answer.datelines import dateline_before
from knowledge.answer.promote import REACH, promote
from knowledge.answer.tense_checks import asks_coming
from knowledge.facts import Answer

_MODAL = lazy_re.compile(r"\b(?:will|would|shall)\b", re.I)  # "on what date would X open": a plan, reported or not


def leads(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """The dateline of each of the sentences that has one, by sentence id. The loader searches a sentence
    with the dateline before it (passages.py writes both in passages_fts), so it is what precedes the
    sentence's own text there."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    out = {}
    for sid, own, searched in conn.execute("SELECT s.id, s.text, f.text FROM sentences s JOIN passages_fts f ON f.rowid"
                                           f" = s.id WHERE s.id IN ({','.join('?' * len(ids))})", ids):
        lead = searched[: len(searched) - len(own)] if searched and len(searched) > len(own) else ""
        if lead and dateline_before(lead, len(lead)):
            out[sid] = lead
    return out


def showing_day(conn: sqlite3.Connection, q, plan, ranked: list, ans: Answer,
                rebuild: Callable[[list], Answer]) -> Answer:
    """The reply rebuilt from a close candidate that shows the day asked, when neither the reply's quotes
    nor their datelines show one."""
    if not ans.answered or len(ranked) < 2 or detail_shown.asked(q.tokens, q.raw)[0] != "date" \
            or not detail_shown.unshown(conn, q.tokens, q.raw, ans):
        return ans
    day = detail_shown.day_written(q.raw)
    quoted = [c.sentence_id for c in ans.citations if c.sentence_id is not None]
    coming = asks_coming(q.raw) or _MODAL.search(q.raw) is not None
    dated = {} if coming else leads(conn, [r.cand.sentence_id for r in ranked[:REACH]] + quoted)
    if any(day.search(dated.get(sid, "")) for sid in quoted):
        return ans  # the dateline the engine quotes with it shows the day
    better = promote(ranked, lambda r: not any(got == 0 and hard for got, hard in zip(r.slots, plan.hard))
                     and day.search(dated.get(r.cand.sentence_id, "") + r.cand.text) is not None)
    return ans if better is None else rebuild(better)
