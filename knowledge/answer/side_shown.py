"""A "who" question tied to one country must not be answered by a person of another country only.

"Who headed the Russian delegation at the conference?", "Кто возглавлял российскую делегацию …",
"Which Vietnamese official met the governor?", "Who commanded the Philippine ship X?" ask one country's
person (side_asked.asked_nation, nation_asked.person_nation_asked). Reports on the two countries
name both sides' people around the same event, so the reply may well offer only the other side's
(the Vietnamese academy head who opened the conference for "who headed the Russian delegation"):
that person does not answer, and the one asked is not in the sources. The persons offered are those
the reply's head line names (its quotes then naming no one of the side asked), or, when it only
quotes, those its quotes name, beyond the question; each one's countries are what the actor index
knows of them and, a person surely asked, their name's form (nation_asked.person_nations). An offered
person of unknown country never blocks, nor a quote writing a name of the country asked or its side: the
reply is declined only when every person offered is known of another country.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.compose import LEAD_IN
from knowledge.answer.holders import TITLE_NOUNS
from knowledge.answer.nation_asked import names_of, person_nation_asked, person_nations
from knowledge.answer.side_asked import asked_nation
from knowledge.answer.sides import sides_written
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.match import ActorIndex
from knowledge.names import fold, short_name

# the person nouns a "which <nation> <noun>" question asks a person with, beyond the titles
_PERSON_NOUNS = {"official", "officials", "leader", "leaders", "politician", "politicians", "diplomat",
                 "diplomats", "scientist", "scientists", "expert", "experts", "representative", "representatives"}
_NAME_WORD = lazy_re.compile(r"\w+")


def _person_asked(tokens: list[str]) -> bool:
    """Is a person asked: "who …", or "which <nation> <person noun>"?"""
    t = [w for w in tokens if w not in ("?", ",", ".")]
    if not t:
        return False
    if t[0] == "who":
        return True
    nouns = TITLE_NOUNS | _PERSON_NOUNS
    return t[0] in ("which", "what") and any(w in nouns or w.rstrip("s") in nouns for w in t[2:4]) \
        or person_nation_asked(t) is not None


def _sides(index: ActorIndex, aid: int, texts: list[str], by_form: bool) -> set[str]:
    """The countries a person may be of: what the actor index gives, with `by_form` the name's form, or a
    nationality one of the reply's texts writes just before the name (nation_asked.person_nations)."""
    known = index.nationality.get(aid, set())
    name = index.name(aid)
    for text in texts or [""]:
        if got := person_nations(known, name, text, by_form):
            return got
    return set()


def _named_in(text: str, index: ActorIndex) -> set[int]:
    """The persons whose full name (an alias of two words or more) the text writes."""
    words = _NAME_WORD.findall(fold(text))
    out: set[int] = set()
    for n in range(min(index.max_n, 6), 1, -1):
        for i in range(len(words) - n + 1):
            for aid in index.exact.get(" ".join(words[i:i + n]), ()):
                if index.kind(aid) == "person":
                    out.add(aid)
    return out


def _beyond(people: set[int], index: ActorIndex, qwords: set[str]) -> set[int]:
    """The persons the question does not name: by every word of their name, or by the name they are
    called by ("Quan" for Đỗ Hồng Quân, "Lavrov")."""
    return {a for a in people if not set(_NAME_WORD.findall(fold(index.name(a)))) <= qwords
            and fold(short_name(index.name(a))) not in qwords}


def _named(conn: sqlite3.Connection, index: ActorIndex, ans: Answer, qwords: set[str]) -> tuple[set[int], set[int]]:
    """The persons the reply's head line names and those its quotes name, beyond those the question
    names ("which official met Chupriyan": Chupriyan is no answer offered)."""
    texts = shown_texts(ans)
    head = texts[0].replace(LEAD_IN, " ") if texts else ""
    named = _named_in(head, index) if re.search(r"\w", head) else set()
    ids = [c.sentence_id for c in ans.citations if c.sentence_id is not None]
    quoted: set[int] = set()
    if ids:
        rows = conn.execute("SELECT sa.actor_id FROM sentence_actors sa JOIN actors a ON a.id = sa.actor_id"
                            f" WHERE sa.sentence_id IN ({','.join('?' * len(ids))}) AND a.kind = 'person'", ids)
        quoted = {a for (a,) in rows}
    quoted |= set().union(*(_named_in(c.quote, index) for c in ans.citations))  # a name the loader tied to none
    return _beyond(named, index, qwords), _beyond(quoted, index, qwords)


def other_side_offered(conn: sqlite3.Connection, index: ActorIndex, tokens: list[str], ans: Answer) -> bool:
    """Does the reply to a person question tied to one country offer only persons known of another:
    every one its head line names, with no one of the country asked in its quotes ("X and Russian
    Ambassador Y attended" answers under a head line naming X), or, a head line naming no one, every one
    quoted?"""
    if not ans.answered or not ans.citations or not _person_asked(tokens):
        return False
    own, side = person_nation_asked(tokens), asked_nation(tokens)
    if own is None and (side is None or side[1]):
        return False  # (side_asked's flag: a place is asked)
    nation, sure = own or (side[0], False)
    texts = [c.quote for c in ans.citations]
    if names_of(texts, nation, set(tokens)) or any(nation in sides_written(t) for t in texts):
        return False  # a person of the nation asked is quoted, known to the store or not, or its side is written
    head, quoted = _named(conn, index, ans, set(tokens))
    sides = {a: _sides(index, a, texts, sure) for a in head | quoted}
    other = [a for a, got in sides.items() if got and nation not in got]
    if head:
        return set(head) <= set(other) and not any(nation in sides[a] for a in quoted)
    return bool(quoted) and set(quoted) <= set(other)
