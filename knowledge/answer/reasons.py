"""How news writes a reason outright, for "why" and "what was the purpose" questions.

answer_types.ANSWER_RX["reason"] is broad on purpose: "after", "since", "to discuss", "would help" may all
give a reason, so most sentences near the question's event carry one of them, the sentence that
only restates the event ("They swapped ideas on rice exports") as well as the one that explains it.
Some wordings say nothing but the reason: "because", "thanks to", "so that", "is meant to", "came to
see", "to mark", "in recognition of". A sentence that writes one of these is
a little likelier to answer a "why" than one that carries only the broad cues (measured on the
development sets). "Due to" before a verb is a schedule ("is due to leave"), no reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "due to" before a verb is a schedule ("the ship is due to leave on Friday")
NOT_DUE = (r"(?! (be|take|visit|leave|arrive|hold|open|start|begin|sign|meet|attend|return|run|end|finish|come|travel"
           r"|make|launch|resume|enter|go|host)\b)")
# verbs of coming and going, and what one comes to do, as news writes a visit's purpose
_CAME = r"(came|come|comes|coming|travell?ed|flew|went)"
_TO_DO = (r"(attend|see|visit|mark|celebrate|discuss|sign|seek|inform|learn|study|take part|join|explore|look|find"
          r"|promote|boost|strengthen|review|meet|deliver|present|open|launch|pay|lay|honou?r|receive|report)")
OUTRIGHT = re.compile(
    r"\b(because|owing to|due to" + NOT_DUE + r"|in order to|so as to|so that"
    r"|(meant|intended|designed) to|purposes?|the (main )?aim (is|was)|aims? to|aimed at|thanks to|the reason"
    r"|reasons? (for|why|behind)|amid|in a bid to|with a view to|in recognition of|in honou?r of|to mark"
    r"|on the occasion of|" + _CAME + r" (here |there )?to " + _TO_DO +
    r"|for (his|her|their|its) (\w+ ){0,3}(contributions?|efforts?|role|work|support|help|assistance))\b", re.I)


@lru_cache(maxsize=1 << 14)
def gives_reason(text: str) -> bool:
    """Does the sentence write a reason in words that only a reason takes?"""
    return OUTRIGHT.search(text) is not None


def asks_reason(plan) -> bool:
    """Is a reason the answer asked: "why", "on what occasion", "what was the purpose of"?"""
    return plan.answer_type == "reason" or plan.implied == "reason"


# a sentence that gives its reason by pointing back: "This is why …", "For that reason …", "… because of this"
_BACK = re.compile(r"\b((this|that) (is|was) (why|the reason)|which is why|for (this|that|these|those) reasons?"
                   r"|because of (this|that)|(this|that) (is|was) because)\b", re.I)


def reason_before(text: str) -> bool:
    """Does the sentence say its reason lies in the sentence before ("They said this is why firms
    need better access")? That sentence is then quoted with it, whoever it names."""
    return _BACK.search(text) is not None
