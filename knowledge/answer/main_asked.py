"""A question asking the *main* topic, aim or focus of something is answered by the sentence that says
which one was the main one.

"What was the main subject of the governor's talk with the consul?" finds first the report's lead
("The governor and the consul have talked over prospects for cooperation") or a sentence naming one
topic among several ("The two sides also talked about tourism links"), which match the question's
people and occasion as well as the answer does. The sentence that answers writes the prominence the
question asks: "Mutual visits were the central topic of their conversation", "the talks centred on
economic cooperation", "Its main aim was to …", "focused on …". When the best sentence writes no such
word and a close one of the same article does, that one goes first (through promote.py, as the other
preference stages do).

Only a "main / central / primary / chief / principal" qualifier right before a noun of content
("topic", "subject", "aim", "focus", "theme" …) asks this; "key" and "major" are left out, as
questions write them for any area or partner ("a key area of cooperation"). The words of prominence
are read in lower case, so "the Central Committee" or "Chief Justice" says nothing.
"""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.answer.promote import promote

_MAIN = {"main", "central", "primary", "chief", "principal", "core", "overriding", "foremost"}
_CONTENT = {"topic", "topics", "subject", "subjects", "focus", "theme", "themes", "issue", "issues", "aim", "aims",
            "goal", "goals", "purpose", "purposes", "point", "points", "message", "messages", "agenda", "question",
            "questions", "concern", "concerns", "task", "tasks", "objective", "objectives", "idea", "ideas",
            "content", "emphasis", "area", "areas", "field", "fields", "thrust", "priority", "priorities"}
# how news writes that a thing was the main one: lower case only (no "Central Committee", "Chief Justice")
_PROMINENCE = lazy_re.compile(r"\b(?:main(?:ly)?|primarily|chiefly|principally|above all|predominantly|first and foremost"
                         r"|focus(?:ed|ing|es|sed|sing)?|cent(?:er|re)(?:d|ing) (?:on|around)|revolved? around"
                         r"|at the (?:heart|centre|center|core) of|central (?:topic|theme|issue|subject|question|focus"
                         r"|place|role|part)|top priority|(?:key|main|central) focus|dominated)\b")


def asked(tokens: list[str]) -> bool:
    """Does the question ask the main one of some content ("the main topic", "its primary aim")? A
    qualifier right before the noun, or one word between ("the main political message")."""
    for i, t in enumerate(tokens):
        if t in _MAIN and any(w in _CONTENT for w in tokens[i + 1:i + 3]):
            return True
    return False


def written(text: str) -> bool:
    """Does the sentence say which was the main one (a word of prominence, in lower case)?"""
    return _PROMINENCE.search(text) is not None


def prefer(ranked: list, tokens: list[str]) -> list:
    """The ranking with a close sentence of the best one's article that writes the prominence asked put
    first, when the question asks the main topic (aim, focus …) and the best sentence writes none."""
    if len(ranked) < 2 or not asked(tokens) or written(ranked[0].cand.text):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: r.cand.source_id == best.cand.source_id and written(r.cand.text))
    return moved or ranked
