"""A count of those who did one act is not answered by a count of those who did a neighbouring one.

"How many countries have ratified the convention?" is not answered by "65 countries had signed it",
nor "How many people died in the fire?" by "four workers were injured", nor "how many were charged"
by "police detained 12 suspects": news reports these stages of one story side by side, the figure of
one says nothing of the other, and the counted noun fits both. A reply is declined when the question
asks one act of such a set (and no other of it) and every quote writes another of the set and none of
the asked act's words.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

# stages of one story news counts apart, each as word beginnings (patterns): signing vs ratifying; dying vs being hurt;
# being held vs being charged or sentenced
_STAGES: list[list[tuple[str, ...]]] = [
    [("ratif",), ("sign",)],
    [(r"die[sd]?\b", "dead", "death", "kill", "fatal", "perish", "drown", "lost their lives"),
     ("injur", "wound", "hurt", "hospitali")],
    [("arrest", "detain", "detention", "custody"), ("charg", "indict", "prosecut", "convict", "sentenc", "jail")],
]
_HOW_MANY = lazy_re.compile(r"\bhow\s+(?:many|much)\b")


def _writes(stems: tuple[str, ...], low: str) -> bool:
    return any(re.search(r"\b" + s, low) for s in stems)


def other_act(tokens: list[str], ans: Answer) -> bool:
    """Does every quote of a reply to "how many <did act A>" write another act of A's set and not A?"""
    text = " ".join(tokens).lower()
    if not _HOW_MANY.search(text) or not (texts := shown_texts(ans)):
        return False
    quotes = [q.lower() for q in texts[1:]]
    if not quotes:
        return False
    for stages in _STAGES:
        asked = [s for s in stages if _writes(s, text)]
        if len(asked) != 1:
            continue
        others = [s for s in stages if s is not asked[0]]
        if all(not _writes(asked[0], q) and any(_writes(o, q) for o in others) for q in quotes):
            return True
    return False
