"""A "who" question tied to one side must not be answered by a person of the other side only.

"Who headed the Russian delegation at the conference?", "Кто возглавлял российскую делегацию …",
"Which Vietnamese official met the governor?" ask one country's person. Reports on the two countries
name both sides' people around the same event, so the reply may well offer only the other side's
(the Vietnamese academy head who opened the conference for "who headed the Russian delegation"):
that person does not answer, and the one asked is not in the sources. The persons offered are those
the reply's head line names (its quotes then naming no one of the side asked), or, when it only
quotes, those its quotes name, beyond the question; each one's side is what the actor index knows of
them (the demonyms of their titles, a Vietnamese personal name). An offered person of unknown side
never blocks: the reply is declined only when every person offered is known of the other side.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge.answer.compose import LEAD_IN
from knowledge.answer.holders import TITLE_NOUNS
from knowledge.answer.side_asked import OTHER, asked_nation
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.match import ActorIndex
from knowledge.names import canonical_country, fold

# the person nouns a "which <nation> <noun>" question asks a person with, beyond the titles
_PERSON_NOUNS = {"official", "officials", "leader", "leaders", "politician", "politicians", "diplomat",
                 "diplomats", "scientist", "scientists", "expert", "experts", "representative", "representatives"}
_NAME_WORD = re.compile(r"\w+")


def _person_asked(tokens: list[str]) -> bool:
    """Is a person asked: "who …", or "which <nation> <person noun>"?"""
    t = [w for w in tokens if w not in ("?", ",", ".")]
    if not t:
        return False
    if t[0] == "who":
        return True
    nouns = TITLE_NOUNS | _PERSON_NOUNS
    return t[0] in ("which", "what") and any(w in nouns or w.rstrip("s") in nouns for w in t[2:4])


def _sides(index: ActorIndex, aid: int) -> set[str]:
    """The countries the actor index gives a person (canonical names)."""
    return {canonical_country(n) or n for n in index.nationality.get(aid, set())}


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
    """The persons whose name is not all words of the question."""
    return {a for a in people if not set(_NAME_WORD.findall(fold(index.name(a)))) <= qwords}


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
    return _beyond(named, index, qwords), _beyond(quoted, index, qwords)


def other_side_offered(conn: sqlite3.Connection, index: ActorIndex, tokens: list[str], ans: Answer) -> bool:
    """Does the reply to a person question tied to one side offer only persons known of the other side:
    every one its head line names, with no one of the side asked in its quotes ("X and Russian Ambassador
    Y attended" answers under a head line naming X), or, a head line naming no one, every one quoted?"""
    if not ans.answered or not ans.citations or not _person_asked(tokens):
        return False
    asked = asked_nation(tokens)
    if asked is None or asked[1]:
        return False
    nation = asked[0]
    head, quoted = _named(conn, index, ans, set(tokens))
    if head:
        return all(_sides(index, a) == {OTHER[nation]} for a in head) \
            and not any(nation in _sides(index, a) for a in quoted)
    return bool(quoted) and all(_sides(index, a) == {OTHER[nation]} for a in quoted)
